import { compareIndicator } from '../../src/compare/compare-indicator.js';
import { compositeIndex } from '../../src/compare/composite.js';
import { groupRanking, perGroup, rankGroup } from '../../src/compare/rank-groups.js';
import { CATALOGUE, OBSERVATIONS, seedRegions } from '../fixtures/compare/observations.js';

describe('compare/rank-groups', () => {
  it('groups by tier when levels are apart, all together when mixed', () => {
    expect(rankGroup('county', 'separate')).toBe('county');
    expect(rankGroup(null, 'separate')).toBe('unknown');
    expect(rankGroup('prefecture', 'mixed')).toBe('all');
  });

  it('applies a function to each group and puts the results back in place', () => {
    expect(perGroup(['a', 'b', 'a', 'b'], [1, 2, 3, 4], (values) => values.map((v) => v + values.length * 10))).toEqual([21, 22, 23, 24]);
  });

  it('lists the group with most ranked regions first, ties by tier', () => {
    const order = groupRanking(['prefecture', 'county', 'county', 'prefecture'], [true, true, true, false]);
    expect([...order.keys()]).toEqual(['county', 'prefecture']);
    expect([...groupRanking(['prefecture', 'county'], [true, true]).keys()]).toEqual(['county', 'prefecture']);
  });

  it('ranks the four county-level seed regions among themselves and 泰安市 apart, without level-mismatch flags', () => {
    const seed = seedRegions();
    const separate = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita', levels: 'separate' });
    // per 万人: 滕州市 1,500,000/154.78, 罗庄区 600,000/67.9333, 台儿庄区 250,000/30.51, 嘉祥县 500,000/80; 泰安市 alone
    expect(separate.records.map((r) => [r.region, r.rank, r.n_ranked, r.rank_group])).toEqual([
      ['滕州市', 1, 4, 'county'], ['罗庄区', 2, 4, 'county'], ['台儿庄区', 3, 4, 'county'], ['嘉祥县', 4, 4, 'county'], ['泰安市', 1, 1, 'prefecture'],
    ]);
    expect(separate.records.some((r) => r.flags.includes('level-mismatch'))).toBe(false);
    // a lone prefecture scores in the middle, not at the top or bottom
    expect(separate.records[4]?.score).toBe(50);
    const mixed = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita', levels: 'mixed' });
    expect(mixed.records.find((r) => r.region === '泰安市')).toMatchObject({ rank: 5, n_ranked: 5, rank_group: 'all' });
    expect(mixed.records.find((r) => r.region === '泰安市')?.flags).toContain('level-mismatch');
  });

  it('ranks the composite within each level too', () => {
    const index = compositeIndex(OBSERVATIONS, seedRegions(), CATALOGUE, { planYear: 2023, per: 'capita', levels: 'separate' });
    const taian = index.records.find((r) => r.region === '泰安市');
    expect(taian).toMatchObject({ rank: 1, n_ranked: 1, rank_group: 'prefecture' });
    // 嘉祥县 has a figure for green building only (5G named without a figure, no water cap): too few
    const counties = index.records.filter((r) => r.rank_group === 'county');
    expect(counties.map((r) => r.rank)).toEqual([1, 2, 3, null]);
    expect(counties[3]).toMatchObject({ region: '嘉祥县', null_reason: 'low-coverage' });
  });
});

describe('compare/compare-indicator: units of another scope', () => {
  it('flags a development zone in words wherever it is ranked', () => {
    const table = [
      ...seedRegions(),
      // an invented zone beside the seed counties
      { region: '某高新区', division_code: '370471', admin_level: '功能区', parent: '枣庄市', metric: 'resident_population' as const, year: 2023, value: 5, unit: '万人', source_url: '', note: '', licence: '', disputed: false, origin: 'test', row: 2 },
    ];
    const zone = { ...OBSERVATIONS[0]!, region: '某高新区', region_code: '370471', region_level: '', doc_id: 'zone', value: 300_000 };
    const comparison = compareIndicator([...OBSERVATIONS, zone], table, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita', levels: 'separate' });
    const record = comparison.records.find((r) => r.region === '某高新区');
    expect(record).toMatchObject({ rank_group: 'county', region_level: '功能区' });
    // 300,000 m² / 5 万人 = 60,000 per 万人: far above every county, as zone ratios tend to be
    expect(record?.rank).toBe(1);
    expect(record?.flags).toContain('other-scope-unit');
    expect(comparison.records.filter((r) => r.flags.includes('other-scope-unit'))).toHaveLength(1);
  });
});
