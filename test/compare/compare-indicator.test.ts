import * as aq from 'arquero';
import { compareIndicator, rescore } from '../../src/compare/compare-indicator.js';
import type { Comparison, ComparisonRecord } from '../../src/compare/types.js';
import { parseRegionTable } from '../../src/regions/index.js';
import {
  CATALOGUE, GREEN_BUILDING, OBSERVATIONS, REGIONS, STATIONS_5G, WATER_CAP, observation, seedRegions,
} from '../fixtures/compare/observations.js';

const seed = seedRegions();

function byRegion(comparison: Comparison): Record<string, ComparisonRecord> {
  return Object.fromEntries(comparison.records.map((r) => [r.region, r]));
}

// Hand arithmetic: green building area (m²) per 10,000 residents, plan year 2023, populations
// from seeds/regions.csv (closest year: 2023 where present, else the 2020 census).
const PER_CAPITA = {
  滕州市: 1_500_000 / 154.78,
  罗庄区: 600_000 / 67.9333,
  台儿庄区: 250_000 / 30.51,
  嘉祥县: 500_000 / 80,
  泰安市: 2_000_000 / 534.87,
};

describe('compare/compare-indicator', () => {
  describe('per 10,000 residents', () => {
    const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita' });
    const records = byRegion(comparison);

    it('divides each figure by the population in 万人 closest to the plan year', () => {
      for (const [region, expected] of Object.entries(PER_CAPITA)) {
        expect(records[region]?.normalised_value).toBeCloseTo(expected, 9);
      }
      expect(records['滕州市']).toMatchObject({
        value: 1_500_000, unit: 'm2', per: 'capita', denominator_metric: 'resident_population', denominator_value: 154.78,
        denominator_unit: '万人', denominator_year: 2023, normalised_unit: 'm2/万人',
        denominator_source: 'https://www.chaxiaohao.com/read-1752171793l6607700.html',
      });
      expect(records['台儿庄区']).toMatchObject({ denominator_value: 30.51, denominator_year: 2020 });
    });

    it('ranks best first with min-max scores from 0 to 100', () => {
      expect(comparison.records.map((r) => [r.region, r.rank])).toEqual([
        ['滕州市', 1], ['罗庄区', 2], ['台儿庄区', 3], ['嘉祥县', 4], ['泰安市', 5],
      ]);
      const spread = PER_CAPITA.滕州市 - PER_CAPITA.泰安市;
      expect(records['滕州市']?.score).toBe(100);
      expect(records['泰安市']?.score).toBe(0);
      expect(records['嘉祥县']?.score).toBeCloseTo((100 * (PER_CAPITA.嘉祥县 - PER_CAPITA.泰安市)) / spread, 9);
      expect(comparison.records.every((r) => r.n_ranked === 5 && r.score_method === 'minmax')).toBe(true);
    });

    it('flags bounds, stale denominators and the prefecture among counties', () => {
      expect(records['泰安市']?.flags).toEqual(['bound-at-least', 'level-mismatch']);
      expect(records['罗庄区']?.flags).toEqual(['bound-at-least', 'denominator-stale']);
      expect(records['台儿庄区']?.flags).toEqual(['denominator-stale']);
      expect(records['滕州市']?.flags).toEqual([]);
      expect(comparison.summary.flags).toEqual(['bound-at-least', 'denominator-stale', 'level-mismatch']);
    });

    it('carries the evidence behind each figure', () => {
      expect(records['罗庄区']).toMatchObject({ comparator: '>=', tier: 'plain', evidence: '2023年全区新增绿色建筑60万平方米以上', doc_id: 'doc-罗庄区' });
    });

    it('summarises the normalised values', () => {
      expect(comparison.summary).toMatchObject({ n_regions: 5, n_with_value: 5, n_ranked: 5, n_missing: 0, n_other_years: 0 });
      expect(comparison.summary.mean).toBeCloseTo(Object.values(PER_CAPITA).reduce((a, b) => a + b) / 5, 9);
    });
  });

  it('ranks raw figures by size in the raw view', () => {
    const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023 });
    expect(comparison.records.map((r) => [r.region, r.normalised_value, r.rank])).toEqual([
      ['泰安市', 2_000_000, 1], ['滕州市', 1_500_000, 2], ['罗庄区', 600_000, 3], ['嘉祥县', 500_000, 4], ['台儿庄区', 250_000, 5],
    ]);
    expect(comparison.records.every((r) => r.denominator_value === null && r.per === 'none')).toBe(true);
  });

  it('divides by km² in the area view and flags undated and disputed areas', () => {
    const records = byRegion(compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'area' }));
    expect(records['罗庄区']?.normalised_value).toBeCloseTo(600_000 / 564.2, 9);
    expect(records['罗庄区']?.rank).toBe(1);
    expect(records['滕州市']?.flags).toEqual(['denominator-stale', 'denominator-disputed']);
    expect(records['嘉祥县']?.flags).toEqual(['denominator-undated', 'denominator-disputed']);
    expect(records['泰安市']?.normalised_value).toBeCloseTo(2_000_000 / 7762, 9);
  });

  it('leaves a region without GDP unnormalised, with a reason, and excludes it from scores', () => {
    const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'gdp' });
    const records = byRegion(comparison);
    expect(records['台儿庄区']).toMatchObject({
      value: 250_000, denominator_value: null, normalised_value: null, score: null, rank: null, null_reason: 'denominator-missing',
    });
    expect(records['台儿庄区']?.flags).toContain('denominator-missing');
    expect(comparison.summary).toMatchObject({ n_ranked: 4, n_missing: 1 });
    expect(comparison.records.map((r) => [r.region, r.rank])).toEqual([
      ['嘉祥县', 1], ['滕州市', 2], ['罗庄区', 3], ['泰安市', 4], ['台儿庄区', null],
    ]);
    expect(records['滕州市']?.normalised_value).toBeCloseTo(1_500_000 / 901, 9);
    expect(records['泰安市']).toMatchObject({ denominator_value: 3323.86, denominator_year: 2023 });
  });

  it('gives a zero denominator a null value with its reason', () => {
    const table = parseRegionTable('region,division_code,admin_level,parent,metric,year,value,unit\n' +
      '滕州市,370481,县级市,枣庄市,land_area,2023,0,km2\n罗庄区,371311,市辖区,临沂市,land_area,2023,564.2,km2\n', 'csv');
    const observations = [GREEN_BUILDING[1], GREEN_BUILDING[4]].filter((o) => o !== undefined);
    const records = byRegion(compareIndicator(observations, table, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'area' }));
    expect(records['滕州市']).toMatchObject({ denominator_value: 0, normalised_value: null, score: null, rank: null, null_reason: 'denominator-zero' });
    expect(records['罗庄区']).toMatchObject({ rank: 1, score: 50, n_ranked: 1 });
  });

  it('gives a region missing from the reference table no per-capita value, but keeps its raw figure', () => {
    const stranger = observation({ region: '某县', indicator: 'green_building_area', region_level: '县', value: 300_000 });
    const perCapita = byRegion(compareIndicator([...GREEN_BUILDING, stranger], seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita' }));
    expect(perCapita['某县']).toMatchObject({ region_code: '', region_level: '县', normalised_value: null, null_reason: 'region-unknown' });
    const raw = byRegion(compareIndicator([...GREEN_BUILDING, stranger], seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023 }));
    expect(raw['某县']).toMatchObject({ normalised_value: 300_000, rank: 5, flags: [] });
  });

  it('fills the code of a region known by name only from the reference table', () => {
    const named = observation({ region: '滕州市', indicator: 'green_building_area', value: 1_500_000 });
    const [record] = compareIndicator([named], seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita' }).records;
    expect(record).toMatchObject({ region_code: '370481', region_level: '县级市', denominator_value: 154.78 });
  });

  describe('polarity', () => {
    const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'water_use_cap', planYear: 2023, per: 'capita' });
    const records = byRegion(comparison);

    it('ranks the smallest cap per resident first for a lower-is-better indicator', () => {
      expect(comparison.records.map((r) => [r.region, r.rank, r.score])).toEqual([
        ['台儿庄区', 1, 100],
        ['滕州市', 2, expect.closeTo((100 * (1_224_000_000 / 534.87 - 305_000_000 / 154.78)) / (1_224_000_000 / 534.87 - 34_270_000 / 30.51), 9)],
        ['泰安市', 3, 0],
        ['嘉祥县', null, null],
        ['罗庄区', null, null],
      ]);
      expect(records['台儿庄区']?.normalised_value).toBeCloseTo(34_270_000 / 30.51, 6);
    });

    it('tells a task without a figure from an indicator absent from the document', () => {
      expect(records['罗庄区']).toMatchObject({ value: null, null_reason: 'mentioned-only', n_alternatives: 1 });
      expect(records['嘉祥县']).toMatchObject({ value: null, null_reason: 'absent', n_alternatives: 0 });
    });

    it('flags the ceiling on each cap', () => {
      expect(records['滕州市']?.flags).toEqual(['bound-at-most']);
    });
  });

  describe('comparable sets', () => {
    it('ranks only the kind most regions report and keeps the stock out with a flag', () => {
      const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023 });
      const records = byRegion(comparison);
      expect(comparison.kind).toBe('increment');
      expect(comparison.records.map((r) => [r.region, r.value, r.rank])).toEqual([
        ['滕州市', 500, 1], ['罗庄区', 344, 2], ['台儿庄区', 100, 3], ['嘉祥县', null, null], ['泰安市', null, null],
      ]);
      expect(records['泰安市']).toMatchObject({ kind: 'increment', null_reason: 'kind-mismatch', n_alternatives: 1 });
      expect(records['嘉祥县']?.null_reason).toBe('mentioned-only');
      expect(records['滕州市']?.flags).toEqual(['bound-approximate']);
      expect(comparison.alternatives.map((a) => [a.region, a.reason])).toEqual([['泰安市', 'other-kind'], ['嘉祥县', 'mentioned']]);
      expect(comparison.summary).toMatchObject({ n_regions: 5, n_with_value: 3, n_ranked: 3, n_missing: 2 });
    });

    it('compares the stock set when asked, flagging the increments as another kind', () => {
      const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023, kind: 'stock' });
      expect(comparison.records.map((r) => [r.region, r.rank, r.null_reason])).toEqual([
        ['泰安市', 1, null], ['台儿庄区', null, 'kind-mismatch'], ['滕州市', null, 'kind-mismatch'],
        ['嘉祥县', null, 'mentioned-only'], ['罗庄区', null, 'kind-mismatch'],
      ]);
    });

    it('keeps actual figures out of a target comparison', () => {
      // 已累计建成 "already built": 嘉祥县 reports an actual beside its task without a target figure
      const actual = observation({ ...REGIONS.jiaxiang, indicator: 'stations_5g', unit: 'station', status: 'actual', value: 1200 });
      const comparison = compareIndicator([...STATIONS_5G, actual], seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023 });
      expect(byRegion(comparison)['嘉祥县']).toMatchObject({ value: null, null_reason: 'status-mismatch', n_alternatives: 2 });
      expect(comparison.alternatives.filter((a) => a.region === '嘉祥县').map((a) => a.reason)).toEqual(['mentioned', 'other-status']);
    });

    it('compares actual figures when asked', () => {
      const actual = observation({ ...REGIONS.jiaxiang, indicator: 'stations_5g', unit: 'station', status: 'actual', value: 1200 });
      const comparison = compareIndicator([...STATIONS_5G, actual], seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023, status: 'actual' });
      expect(comparison.records.map((r) => [r.region, r.status, r.rank, r.null_reason])).toEqual([
        ['嘉祥县', 'actual', 1, null], ['台儿庄区', 'actual', null, 'status-mismatch'], ['滕州市', 'actual', null, 'status-mismatch'],
        ['泰安市', 'actual', null, 'status-mismatch'], ['罗庄区', 'actual', null, 'status-mismatch'],
      ]);
    });

    it('resolves several figures of one region to the largest and lists the others', () => {
      const extra = [
        observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', unit: 'station', value: 800 }),
        observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', unit: 'station', value: 300 }),
      ];
      const comparison = compareIndicator([...STATIONS_5G, ...extra], seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023 });
      const records = byRegion(comparison);
      expect(records['罗庄区']).toMatchObject({ value: 800, rank: 1, n_alternatives: 2 });
      expect(records['罗庄区']?.flags).toEqual(['several-observations']);
      expect(comparison.alternatives.filter((a) => a.region === '罗庄区').map((a) => a.observation.value)).toEqual([344, 300]);
    });

    it('ranks a range by its lower end and flags it', () => {
      const range = observation({ ...REGIONS.jiaxiang, indicator: 'stations_5g', unit: 'station', value: 200, value_high: 300, comparator: 'range' });
      const records = byRegion(compareIndicator([...STATIONS_5G, range], seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023 }));
      expect(records['嘉祥县']).toMatchObject({ value: 200, value_high: 300, normalised_value: 200, rank: 3, flags: ['bound-range'] });
    });

    it('leaves out and counts observations of other plan years', () => {
      const lastYear = observation({ ...REGIONS.tengzhou, indicator: 'green_building_area', year: 2022, value: 9_000_000 });
      const undated = observation({ region: '某县', indicator: 'green_building_area', year: null, value: 1 });
      const comparison = compareIndicator([...GREEN_BUILDING, lastYear, undated], seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023 });
      expect(comparison.summary.n_other_years).toBe(2);
      expect(comparison.records.map((r) => r.region)).not.toContain('某县');
      expect(byRegion(comparison)['滕州市']?.value).toBe(1_500_000);
    });
  });

  it('compares rates as written in every view, saying so', () => {
    const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_share', planYear: 2023, per: 'capita' });
    expect(comparison.per).toBe('none');
    expect(comparison.records.slice(0, 2).map((r) => [r.region, r.normalised_value, r.rank, r.denominator_value, r.flags])).toEqual([
      ['嘉祥县', 100, 1, null, ['view-not-applicable']],
      ['罗庄区', 95, 2, null, ['view-not-applicable', 'bound-at-least']],
    ]);
  });

  describe('degenerate inputs', () => {
    it('gives one region score 50 and rank 1 (min-max), z 0, percentile 50', () => {
      const one = [GREEN_BUILDING[1]].filter((o) => o !== undefined);
      for (const [method, score] of [['minmax', 50], ['zscore', 0], ['percentile', 50]] as const) {
        const [record] = compareIndicator(one, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita', method }).records;
        expect(record).toMatchObject({ region: '滕州市', score, rank: 1, n_ranked: 1 });
      }
    });

    it('gives all-equal regions score 50 and a shared rank 1', () => {
      const equal = [
        observation({ ...REGIONS.tengzhou, indicator: 'stations_5g', unit: 'station', value: 300 }),
        observation({ ...REGIONS.jiaxiang, indicator: 'stations_5g', unit: 'station', value: 300 }),
        observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', unit: 'station', value: 300 }),
      ];
      const minmax = compareIndicator(equal, seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023 });
      expect(minmax.records.map((r) => [r.score, r.rank])).toEqual([[50, 1], [50, 1], [50, 1]]);
      const z = compareIndicator(equal, seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023, method: 'zscore' });
      expect(z.records.map((r) => r.score)).toEqual([0, 0, 0]);
      expect(z.summary.sd).toBe(0);
    });

    it('ranks ties 1224', () => {
      const tied = [
        observation({ ...REGIONS.tengzhou, indicator: 'stations_5g', unit: 'station', value: 500 }),
        observation({ ...REGIONS.jiaxiang, indicator: 'stations_5g', unit: 'station', value: 300 }),
        observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', unit: 'station', value: 300 }),
        observation({ ...REGIONS.taierzhuang, indicator: 'stations_5g', unit: 'station', value: 100 }),
      ];
      const comparison = compareIndicator(tied, seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023 });
      expect(comparison.records.map((r) => [r.region, r.rank])).toEqual([['滕州市', 1], ['嘉祥县', 2], ['罗庄区', 2], ['台儿庄区', 4]]);
    });

    it('gives every region a null score when no region has a value', () => {
      const comparison = compareIndicator(WATER_CAP.slice(3), seed, CATALOGUE, { indicator: 'water_use_cap', planYear: 2023 });
      expect(comparison.records).toEqual([expect.objectContaining({ region: '罗庄区', score: null, rank: null, n_ranked: 0 })]);
      expect(comparison.summary).toMatchObject({ n_ranked: 0, n_missing: 1, mean: null, sd: null });
    });

    it('returns no records for a plan year without documents', () => {
      const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2025 });
      expect(comparison.records).toEqual([]);
      expect(comparison.summary).toMatchObject({ n_regions: 0, n_other_years: 5 });
    });
  });

  it('flags every region with a known tier when two tiers are equally common', () => {
    const levels = [
      observation({ region: '甲市', indicator: 'stations_5g', region_level: '地级市', value: 1 }),
      observation({ region: '乙市', indicator: 'stations_5g', region_level: '地级市', value: 2 }),
      observation({ region: '丙县', indicator: 'stations_5g', region_level: '县', value: 3 }),
      observation({ region: '丁区', indicator: 'stations_5g', region_level: '市辖区', value: 4 }),
      observation({ region: '戊镇', indicator: 'stations_5g', region_level: '镇', value: 5 }),
    ];
    const records = byRegion(compareIndicator(levels, seed, CATALOGUE, { indicator: 'stations_5g', planYear: 2023 }));
    expect(['甲市', '乙市', '丙县', '丁区'].map((region) => records[region]?.flags)).toEqual([
      ['level-mismatch'], ['level-mismatch'], ['level-mismatch'], ['level-mismatch'],
    ]);
    expect(records['戊镇']?.flags).toEqual([]);
  });

  it('reads observations from an arquero table and gives the same result', () => {
    const options = { indicator: 'green_building_area', planYear: 2023, per: 'capita' } as const;
    expect(compareIndicator(aq.from(OBSERVATIONS), seed, CATALOGUE, options)).toEqual(compareIndicator(OBSERVATIONS, seed, CATALOGUE, options));
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([OBSERVATIONS, seed]);
    compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita' });
    expect(JSON.stringify([OBSERVATIONS, seed])).toBe(before);
  });

  it('rescores a comparison to what comparing with the other method gives, in every view and level mode', () => {
    const methods = ['minmax', 'zscore', 'percentile'] as const;
    let checked = 0;
    for (const indicator of ['green_building_area', 'water_use_cap', 'stations_5g', 'green_building_share']) {
      for (const per of ['none', 'capita', 'area', 'gdp'] as const) {
        for (const levels of ['mixed', 'separate'] as const) {
          const made = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator, planYear: 2023, per, levels, method: 'percentile' });
          for (const method of methods) {
            const direct = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator, planYear: 2023, per, levels, method });
            expect(rescore(made, method)).toEqual(direct);
            checked += direct.records.filter((record) => record.score !== null).length;
          }
        }
      }
    }
    // scores were compared, not only empty records
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the same comparison back when the method is already the one asked for', () => {
    const made = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, method: 'zscore' });
    expect(rescore(made, 'zscore')).toBe(made);
    expect(rescore(made, 'minmax').records[0]?.score_method).toBe('minmax');
  });

  it('throws for an unknown indicator or option', () => {
    expect(() => compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'nope', planYear: 2023 }))
      .toThrow(new Error('invalid indicator: nope is not in the catalogue'));
    expect(() => compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'household' }))
      .toThrow(new Error('invalid per: household'));
  });
});
