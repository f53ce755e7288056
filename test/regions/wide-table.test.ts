import { detectWideLayout, splitDelimited, wideTableFromRows, WIDE_LAYOUTS, type WideLayout } from '../../src/regions/index.js';

function layout(id: string): WideLayout {
  const found = WIDE_LAYOUTS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no layout ${id}`);
  return found;
}

/** A census-shaped tabulation with invented counts (persons), one row of each kind the reader meets. */
const CENSUS = [
  '区划代码,省,市,区县,人口数_合计',
  '000000,全国,,,1000',
  '330000,浙江省,,,6000000',
  '330500,浙江省,湖州市,,3000000',
  '330521,浙江省,湖州市,德清县,500000',
  '330521,浙江省,湖州市,德清县,1',
  'NA,浙江省,湖州市,某园区,100',
  '330522,浙江省,湖州市,乙县,about 5',
  '330523,浙江省,湖州市,丙县,',
  '330571,浙江省,湖州市,某经济开发区,20000',
].join('\n');

describe('regions/wide-table', () => {
  it('knows a layout by its columns, in any order and with more beside them', () => {
    expect(detectWideLayout(['人口数_合计', '城镇人口', '区县', '市', '省', '区划代码'])?.id).toBe('census-2020-county');
    expect(detectWideLayout(['division_code', 'name', 'admin_type', 'prefecture', 'province', 'resident_population_2020', 'land_area_km2'])?.id).toBe('national-reference');
    expect(detectWideLayout(['区划代码', '省', '市', '人口数_合计'])).toBeNull();
  });

  it('reads the census: persons as 万人, the deepest filled column as the name, the column above as the parent', () => {
    const { table, skipped } = wideTableFromRows(splitDelimited(CENSUS, 'csv'), layout('census-2020-county'), 'census.csv');
    expect(table.map((figure) => [figure.region, figure.division_code, figure.admin_level, figure.parent, figure.value, figure.unit, figure.year])).toEqual([
      ['浙江省', '330000', '省', '', 600, '万人', 2020],
      ['湖州市', '330500', '地级市', '浙江省', 300, '万人', 2020],
      ['德清县', '330521', '县', '湖州市', 50, '万人', 2020],
      // a code whose fifth digit is 7: a development zone, whatever its name says
      ['某经济开发区', '330571', '功能区', '湖州市', 2, '万人', 2020],
    ]);
    expect(table[0]?.origin).toBe('census.csv');
    expect(skipped).toEqual([
      { row: 2, reason: 'a whole-country row, not a region' },
      { row: 6, reason: 'division code 330521 already given at row 5' },
      { row: 7, reason: '某园区 has no six-digit division code ("NA")' },
      { row: 8, reason: 'column 人口数_合计: "about 5" is not a non-negative number' },
    ]);
  });

  it('reads the national table: two figures a row, the level from its type column (brackets dropped, non-formal units apart)', () => {
    const text = [
      'division_code,name,admin_type,prefecture,province,resident_population_2020,land_area_km2',
      '370481,滕州市,县级市（省直管）,枣庄市,山东省,1500000,1495',
      '232799,某县,行政委员会（非正式）,大兴安岭地区,黑龙江省,10000,',
      '370400,枣庄市,地级市,枣庄市,山东省,3800000,4563',
    ].join('\n');
    const { table, skipped } = wideTableFromRows(splitDelimited(text, 'csv'), layout('national-reference'), 'national.csv');
    expect(table.map((figure) => [figure.region, figure.admin_level, figure.parent, figure.metric, figure.value, figure.year])).toEqual([
      ['滕州市', '县级市', '枣庄市', 'resident_population', 150, 2020],
      ['滕州市', '县级市', '枣庄市', 'land_area', 1495, 2021],
      // named like a county, but the table says it is no formal one; no land area given
      ['某县', '县级单位', '大兴安岭地区', 'resident_population', 1, 2020],
      // a prefecture: its province is its parent
      ['枣庄市', '地级市', '山东省', 'resident_population', 380, 2020],
      ['枣庄市', '地级市', '山东省', 'land_area', 4563, 2021],
    ]);
    expect(skipped).toEqual([]);
  });
});
