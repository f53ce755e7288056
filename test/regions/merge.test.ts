import { mergeRegionTables } from '../../src/regions/merge.js';
import { parseRegionTable } from '../../src/regions/parse-table.js';
import { seedRegions } from '../fixtures/compare/observations.js';

const HEADER = 'region,division_code,admin_level,parent,metric,year,value,unit,source_url,note';

function user(...lines: string[]) {
  return parseRegionTable(`${[HEADER, ...lines].join('\n')}\n`, 'csv', { origin: 'user.csv' });
}

describe('regions/merge', () => {
  it('adds figures a user table brings', () => {
    const seed = seedRegions();
    const merged = mergeRegionTables(seed, user('台儿庄区,370405,市辖区,枣庄市,resident_population,2023,29.8,万人,https://example.org,user figure'));
    expect(merged).toHaveLength(seed.length + 1);
    expect(merged.filter((f) => f.region === '台儿庄区' && f.metric === 'resident_population').map((f) => [f.year, f.value]))
      .toEqual([[2020, 30.51], [2023, 29.8]]);
  });

  it('replaces a figure with the same region, metric and year in place', () => {
    const seed = seedRegions();
    const merged = mergeRegionTables(seed, user('嘉祥县,370829,县,济宁市,land_area,,968,km2,,county yearbook'));
    const index = seed.findIndex((f) => f.region === '嘉祥县' && f.metric === 'land_area');
    expect(merged).toHaveLength(seed.length);
    expect(merged[index]).toMatchObject({ value: 968, note: 'county yearbook', disputed: false, origin: 'user.csv' });
  });

  it('takes a region’s name, level and parent from the last table that mentions it', () => {
    const merged = mergeRegionTables(seedRegions(), user('滕州,370481,县级市,枣庄,gdp,2023,950,亿元,,'));
    expect(new Set(merged.filter((f) => f.division_code === '370481').map((f) => `${f.region}/${f.parent}`))).toEqual(new Set(['滕州/枣庄']));
  });

  it('lets later overrides win over earlier ones and does not mutate its inputs', () => {
    const seed = seedRegions();
    const before = JSON.stringify(seed);
    const merged = mergeRegionTables(seed,
      user('泰安市,370900,地级市,山东省,gdp,2023,3300,亿元,,first'),
      user('泰安市,370900,地级市,山东省,gdp,2023,3324,亿元,,second'));
    expect(merged.find((f) => f.region === '泰安市' && f.metric === 'gdp' && f.year === 2023)?.note).toBe('second');
    expect(JSON.stringify(seed)).toBe(before);
  });
});
