import { compareIndicator } from '../../src/compare/compare-indicator.js';
import { compositeIndex } from '../../src/compare/composite.js';
import { rankRobustness } from '../../src/compare/robustness.js';
import type { Per } from '../../src/compare/views.js';
import type { Robustness, RobustnessRecord } from '../../src/compare/types.js';
import { CATALOGUE, OBSERVATIONS, observation, seedRegions } from '../fixtures/compare/observations.js';

const seed = seedRegions();

function byRegion(robustness: Robustness): Record<string, RobustnessRecord> {
  return Object.fromEntries(robustness.records.map((r) => [r.region, r]));
}

describe('compare/robustness', () => {
  it('runs the full grid of methods × views × (1 + draws) weight sets', () => {
    const result = rankRobustness(OBSERVATIONS, seed, CATALOGUE, { planYear: 2023, indicators: ['green_building_area', 'water_use_cap'], draws: 10 });
    expect(result.n_scenarios).toBe(3 * 4 * 11);
    expect(result.records.every((r) => r.n_scenarios === 132)).toBe(true);
  });

  it('reports min, 5th percentile, median, 95th percentile and max of the ranks', () => {
    // green building area alone, raw vs per 10,000 residents:
    // raw 泰安 1, 滕州 2, 罗庄 3, 嘉祥 4, 台儿庄 5; per capita 滕州 1, 罗庄 2, 台儿庄 3, 嘉祥 4, 泰安 5
    const result = rankRobustness(OBSERVATIONS, seed, CATALOGUE, {
      planYear: 2023, indicators: ['green_building_area'], methods: ['minmax'], pers: ['none', 'capita'], draws: 0,
    });
    const records = byRegion(result);
    expect(records['泰安市']).toMatchObject({ base_rank: 1, rank_min: 1, rank_max: 5, median_rank: 3, n_ranked_scenarios: 2 });
    // R type 7 over [1, 5]: 1 + 0.05 × 4 and 1 + 0.95 × 4
    expect(records['泰安市']?.rank_p05).toBeCloseTo(1.2, 12);
    expect(records['泰安市']?.rank_p95).toBeCloseTo(4.8, 12);
    expect(result.records.map((r) => [r.region, r.median_rank])).toEqual([
      ['滕州市', 1.5], ['罗庄区', 2.5], ['泰安市', 3], ['台儿庄区', 4], ['嘉祥县', 4],
    ]);
  });

  it('flags a region whose 5th–95th interval covers at least half the rank scale', () => {
    const records = byRegion(rankRobustness(OBSERVATIONS, seed, CATALOGUE, {
      planYear: 2023, indicators: ['green_building_area'], methods: ['minmax'], pers: ['none', 'capita'], draws: 0,
    }));
    // field of 5: flagged when p95 − p05 ≥ 2. 泰安市 4.8 − 1.2 = 3.6; 台儿庄区 (3, 5): 4.9 − 3.1 = 1.8
    expect(records['泰安市']?.flags).toEqual(['rank-unstable']);
    expect(records['台儿庄区']?.flags).toEqual([]);
    expect(records['嘉祥县']).toMatchObject({ rank_p05: 4, rank_p95: 4, flags: [] });
  });

  it('gives a single scenario an interval of zero width', () => {
    const result = rankRobustness(OBSERVATIONS, seed, CATALOGUE, {
      planYear: 2023, indicators: ['green_building_area'], methods: ['minmax'], pers: ['capita'], per: 'capita', draws: 0,
    });
    expect(result.n_scenarios).toBe(1);
    expect(result.records.every((r) => r.median_rank === r.base_rank && r.rank_p05 === r.rank_p95 && r.flags.length === 0)).toBe(true);
  });

  it('counts only the scenarios where a region was ranked (台儿庄区 has no GDP)', () => {
    const records = byRegion(rankRobustness(OBSERVATIONS, seed, CATALOGUE, {
      planYear: 2023, indicators: ['green_building_area', 'water_use_cap'], draws: 4,
    }));
    // no GDP figure: neither indicator is normalised in the gdp view, so 3 methods × 3 views × 5 weight sets
    expect(records['台儿庄区']).toMatchObject({ n_scenarios: 60, n_ranked_scenarios: 45 });
    expect(records['滕州市']).toMatchObject({ n_ranked_scenarios: 60 });
  });

  it('flags a region ranked in no scenario', () => {
    const odd = observation({ region: '某县', indicator: 'green_building_share', kind: 'rate', unit: 'percent', value: 80 });
    const records = byRegion(rankRobustness([...OBSERVATIONS, odd], seed, CATALOGUE, {
      planYear: 2023, indicators: ['green_building_area'], draws: 2,
    }));
    expect(records['某县']).toMatchObject({ median_rank: null, rank_min: null, n_ranked_scenarios: 0, flags: ['never-ranked'] });
  });

  it('gives the same ranks when the base composite and the views are handed to it', () => {
    const options = { planYear: 2023, per: 'capita', levels: 'separate', draws: 20, seed: 3 } as const;
    const alone = rankRobustness(OBSERVATIONS, seed, CATALOGUE, options);
    const made = new Map<string, ReturnType<typeof compareIndicator>>();
    let asked = 0;
    const known = (indicator: string, per: Per) => {
      asked += 1;
      const key = `${indicator}/${per}`;
      if (!made.has(key)) made.set(key, compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator, planYear: 2023, per, levels: 'separate', method: 'percentile' }));
      return made.get(key);
    };
    const base = compositeIndex(OBSERVATIONS, seed, CATALOGUE, options, known);
    expect(base).toEqual(compositeIndex(OBSERVATIONS, seed, CATALOGUE, options));
    expect(rankRobustness(OBSERVATIONS, seed, CATALOGUE, options, { base, known })).toEqual(alone);
    // the known views were used: each indicator in each of the four views
    expect(asked).toBeGreaterThanOrEqual(4 * base.indicators.length);
  });

  it('repeats exactly with the same seed', () => {
    const options = { planYear: 2023, indicators: ['green_building_area', 'water_use_cap'], draws: 25, seed: 7 } as const;
    expect(rankRobustness(OBSERVATIONS, seed, CATALOGUE, options)).toEqual(rankRobustness(OBSERVATIONS, seed, CATALOGUE, options));
  });

  it('moves ranks and coverage with the weights when views and methods are fixed', () => {
    // green + water per 10,000 residents (see composite tests): 罗庄区 has green only, so its coverage
    // w_green / (w_green + w_water) falls below 0.5 whenever the water weight draws higher, and it goes unranked;
    // 泰安市 scores 0 on both and is always last, 5th of 5 or 3rd of 3.
    const result = rankRobustness(OBSERVATIONS, seed, CATALOGUE, {
      planYear: 2023, indicators: ['green_building_area', 'water_use_cap'], methods: ['minmax'], pers: ['capita'], per: 'capita', draws: 200, seed: 3,
    });
    const records = byRegion(result);
    expect(result.n_scenarios).toBe(201);
    expect(records['罗庄区']?.n_ranked_scenarios).toBeGreaterThan(0);
    expect(records['罗庄区']?.n_ranked_scenarios).toBeLessThan(201);
    expect(records['泰安市']).toMatchObject({ base_rank: 5, rank_min: 3, rank_max: 5, n_ranked_scenarios: 201 });
    expect(records['台儿庄区']).toMatchObject({ base_rank: 1, rank_min: 1 });
  });
});
