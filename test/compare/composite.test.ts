import { combineScores, compositeIndex, defaultIndicators, scenarioRanks } from '../../src/compare/composite.js';
import { fieldOf } from '../../src/compare/comparable-set.js';
import { normalizeCompositeOptions } from '../../src/compare/options.js';
import type { Composite, CompositeRecord } from '../../src/compare/types.js';
import { CATALOGUE, GREEN_SHARE, OBSERVATIONS, WATER_CAP, observation, seedRegions } from '../fixtures/compare/observations.js';

const seed = seedRegions();

function byRegion(composite: Composite): Record<string, CompositeRecord> {
  return Object.fromEntries(composite.records.map((r) => [r.region, r]));
}

// Hand arithmetic, plan year 2023, per 10,000 residents, min-max scores.
// Green building area (higher is better): min 泰安市, max 滕州市.
const green = { 滕州市: 1_500_000 / 154.78, 罗庄区: 600_000 / 67.9333, 台儿庄区: 250_000 / 30.51, 嘉祥县: 500_000 / 80, 泰安市: 2_000_000 / 534.87 };
const greenScore = (x: number) => (100 * (x - green.泰安市)) / (green.滕州市 - green.泰安市);
// Water-use cap (lower is better): best 台儿庄区, worst 泰安市; 嘉祥县 absent, 罗庄区 mentioned only.
const water = { 台儿庄区: 34_270_000 / 30.51, 滕州市: 305_000_000 / 154.78, 泰安市: 1_224_000_000 / 534.87 };
const waterScore = (x: number) => (100 * (water.泰安市 - x)) / (water.泰安市 - water.台儿庄区);

const PAIR = { planYear: 2023, indicators: ['green_building_area', 'water_use_cap'], per: 'capita' } as const;

describe('compare/composite', () => {
  describe('equal weights', () => {
    const composite = compositeIndex(OBSERVATIONS, seed, CATALOGUE, PAIR);
    const records = byRegion(composite);

    it('averages the available indicator scores', () => {
      expect(records['台儿庄区']?.composite).toBeCloseTo((greenScore(green.台儿庄区) + 100) / 2, 9);
      expect(records['滕州市']?.composite).toBeCloseTo((100 + waterScore(water.滕州市)) / 2, 9);
      expect(records['泰安市']?.composite).toBe(0);
    });

    it('never counts a missing indicator as zero: it averages over what is there and reports coverage', () => {
      expect(records['嘉祥县']).toMatchObject({ coverage: 0.5, n_available: 1, n_indicators: 2, missing_indicators: ['water_use_cap'], flags: ['partial-coverage'] });
      expect(records['嘉祥县']?.composite).toBeCloseTo(greenScore(green.嘉祥县), 9);
      expect(records['罗庄区']?.composite).toBeCloseTo(greenScore(green.罗庄区), 9);
      expect(records['台儿庄区']).toMatchObject({ coverage: 1, flags: [], missing_indicators: [] });
    });

    it('ranks the composite best first', () => {
      expect(composite.records.map((r) => [r.region, r.rank])).toEqual([
        ['台儿庄区', 1], ['罗庄区', 2], ['滕州市', 3], ['嘉祥县', 4], ['泰安市', 5],
      ]);
    });

    it('returns the comparisons it combined', () => {
      expect(composite.components.map((c) => [c.indicator, c.per, c.method])).toEqual([
        ['green_building_area', 'capita', 'minmax'], ['water_use_cap', 'capita', 'minmax'],
      ]);
      expect(composite.weights).toEqual({ green_building_area: 1, water_use_cap: 1 });
    });
  });

  it('gives no composite to regions below the coverage threshold', () => {
    const records = byRegion(compositeIndex(OBSERVATIONS, seed, CATALOGUE, { ...PAIR, minCoverage: 0.6 }));
    expect(records['嘉祥县']).toMatchObject({ composite: null, rank: null, null_reason: 'low-coverage', flags: ['low-coverage'] });
    expect(records['台儿庄区']).toMatchObject({ rank: 1, n_ranked: 3 });
  });

  it('applies user weights over the available indicators', () => {
    const composite = compositeIndex(OBSERVATIONS, seed, CATALOGUE, { ...PAIR, weights: { green_building_area: 3 } });
    const records = byRegion(composite);
    expect(composite.weights).toEqual({ green_building_area: 3, water_use_cap: 1 });
    expect(records['台儿庄区']?.composite).toBeCloseTo((3 * greenScore(green.台儿庄区) + 100) / 4, 9);
    expect(records['滕州市']?.composite).toBeCloseTo((300 + waterScore(water.滕州市)) / 4, 9);
    expect(records['罗庄区']).toMatchObject({ coverage: 0.75 });
    expect(records['罗庄区']?.composite).toBeCloseTo(greenScore(green.罗庄区), 9);
  });

  it('combines z-scores and percentile ranks the same way', () => {
    const z = byRegion(compositeIndex(OBSERVATIONS, seed, CATALOGUE, { ...PAIR, method: 'zscore' }));
    const greenGreen = compositeIndex(OBSERVATIONS, seed, CATALOGUE, { ...PAIR, indicators: ['green_building_area'], method: 'zscore' });
    expect(z['嘉祥县']?.composite).toBeCloseTo(byRegion(greenGreen)['嘉祥县']?.composite ?? Number.NaN, 12);
    const percentile = byRegion(compositeIndex(OBSERVATIONS, seed, CATALOGUE, { ...PAIR, method: 'percentile' }));
    // 台儿庄区: green percentile 50 (beats 嘉祥县 and 泰安市 of four others), water percentile 100
    expect(percentile['台儿庄区']?.composite).toBe(75);
  });

  it('chooses by default the indicators with a value for at least half the regions', () => {
    const options = normalizeCompositeOptions({ planYear: 2023 });
    // green 5/5, 5G 3/5, water 3/5 kept; green share 2/5 dropped
    expect(defaultIndicators(OBSERVATIONS, seed, CATALOGUE, options)).toEqual(['green_building_area', 'stations_5g', 'water_use_cap']);
    expect(compositeIndex(OBSERVATIONS, seed, CATALOGUE, { planYear: 2023 }).indicators).toEqual(['green_building_area', 'stations_5g', 'water_use_cap']);
  });

  it('ignores observed indicators the catalogue does not know when choosing by default', () => {
    const unknown = observation({ region: '滕州市', region_code: '370481', indicator: 'not_in_catalogue', value: 1 });
    expect(defaultIndicators([...OBSERVATIONS, unknown], seed, CATALOGUE, normalizeCompositeOptions({ planYear: 2023 })))
      .not.toContain('not_in_catalogue');
  });

  it('gives one region composite 50 and rank 1', () => {
    const one = OBSERVATIONS.filter((o) => o.region === '滕州市');
    const [record] = compositeIndex(one, seed, CATALOGUE, PAIR).records;
    expect(record).toMatchObject({ region: '滕州市', composite: 50, rank: 1, n_ranked: 1, coverage: 1 });
  });

  it('gives no composite to anyone when nothing is chosen by default', () => {
    // 罗庄区 only names the water task, 嘉祥县 only gives a green share: no indicator covers both regions
    const observations = [WATER_CAP[3], GREEN_SHARE[0]].filter((o) => o !== undefined);
    const composite = compositeIndex(observations, seed, CATALOGUE, { planYear: 2023, minIndicatorShare: 1 });
    expect(composite.indicators).toEqual([]);
    expect(composite.records.map((r) => [r.region, r.composite, r.coverage, r.null_reason])).toEqual([
      ['嘉祥县', null, 0, 'low-coverage'], ['罗庄区', null, 0, 'low-coverage'],
    ]);
  });

  it('throws for an indicator the catalogue does not know', () => {
    expect(() => compositeIndex(OBSERVATIONS, seed, CATALOGUE, { planYear: 2023, indicators: ['nope'] }))
      .toThrow(new Error('invalid indicator: nope is not in the catalogue'));
  });

  it('combineScores treats weights positionally and coverage as a share of total weight', () => {
    const composite = compositeIndex(OBSERVATIONS, seed, CATALOGUE, PAIR);
    const records = combineScores(fieldOf(OBSERVATIONS, 2023), composite.components, [1, 3], {
      planYear: 2023, method: 'minmax', per: 'capita', minCoverage: 0.5,
    });
    expect(records.find((r) => r.region === '嘉祥县')).toMatchObject({ coverage: 0.25, composite: null, null_reason: 'low-coverage' });
  });
});

describe('compare/composite: regions without a denominator', () => {
  const seed = seedRegions();
  // three counties outside the seed reference table, each with a figure for both indicators
  const outsiders = [
    { region: '德清县', region_code: '330521', region_level: 'county' },
    { region: '昆山市', region_code: '320583', region_level: 'county_level_city' },
    { region: '郫都区', region_code: '510117', region_level: 'district' },
  ].flatMap((region) => [
    observation({ ...region, indicator: 'green_building_area', value: 400_000 }),
    observation({ ...region, indicator: 'water_use_cap', kind: 'cap', unit: 'm3', value: 90_000_000, comparator: '<=' }),
  ]);
  const observations = [...OBSERVATIONS, ...outsiders];

  it('keeps the indicators the regions with a denominator have (water use: 3 of the 5 seed regions, not 3 of 8)', () => {
    const index = compositeIndex(observations, seed, CATALOGUE, { planYear: 2023, per: 'capita' });
    expect(index.indicators).toEqual(['green_building_area', 'water_use_cap']);
  });

  it('says a region with figures but no denominator lacks the denominator, not figures', () => {
    const index = compositeIndex(observations, seed, CATALOGUE, { planYear: 2023, per: 'capita' });
    const deqing = index.records.find((record) => record.region === '德清县');
    expect(deqing).toMatchObject({ composite: null, rank: null, null_reason: 'denominator-missing', flags: ['denominator-missing'] });
    // a seed region without a water-use figure still falls short for want of figures
    expect(index.records.find((record) => record.region === '罗庄区')?.flags).toEqual(['partial-coverage']);
  });

  it('still says low coverage for a region whose documents lack the figures, in a view that needs no denominator', () => {
    const index = compositeIndex([...OBSERVATIONS, observation({ region: '德清县', region_code: '330521', indicator: 'stations_5g', unit: 'station', value: 3 })], seed, CATALOGUE, { planYear: 2023, per: 'none', indicators: ['green_building_area', 'water_use_cap'] });
    expect(index.records.find((record) => record.region === '德清县')).toMatchObject({ null_reason: 'low-coverage', flags: ['low-coverage'] });
  });

  describe('scenarioRanks (many weightings, no records)', () => {
    const composite = compositeIndex(OBSERVATIONS, seed, CATALOGUE, PAIR);
    const field = fieldOf(OBSERVATIONS, 2023);

    it('ranks equal weights as the hand arithmetic above: 台儿庄区, 罗庄区, 滕州市, 嘉祥县, 泰安市', () => {
      const { keys, ranks } = scenarioRanks(field, composite.components, { minCoverage: 0.5, levels: 'mixed' });
      const byName = Object.fromEntries(keys.map((key, index) => [key.split('\u0000')[1], ranks([1, 1])[index]]));
      expect(byName).toEqual({ 台儿庄区: 1, 罗庄区: 2, 滕州市: 3, 嘉祥县: 4, 泰安市: 5 });
    });

    it('gives the ranks combineScores gives, for any weights, coverage and levels', () => {
      for (const levels of ['mixed', 'separate'] as const) {
        for (const minCoverage of [0.5, 1]) {
          const { keys, ranks } = scenarioRanks(field, composite.components, { minCoverage, levels });
          for (const weights of [[1, 1], [1, 3], [3, 1], [0.1, 5], [2, 0]]) {
            const records = combineScores(field, composite.components, weights, { planYear: 2023, method: 'minmax', per: 'capita', minCoverage, levels });
            const expected = Object.fromEntries(records.map((record) => [`${record.region_code}\u0000${record.region}`, record.rank]));
            expect(Object.fromEntries(keys.map((key, index) => [key, ranks(weights)[index]]))).toEqual(expected);
          }
        }
      }
    });
  });
});
