import { documentRegionStatus, gapLines, GAP_LINES_MAX, regionsLacking, templateCsv } from '../../src/reference/index.js';
import { parseRegionTable } from '../../src/regions/index.js';

/** Invented figures: 甲县 has all three denominators for 2023, 乙区 only a 2015 population. */
const TABLE = parseRegionTable([
  'region,division_code,admin_level,parent,metric,year,value,unit',
  '甲县,330521,县,湖州市,resident_population,2023,50,万人',
  '甲县,330521,县,湖州市,land_area,2023,900,km2',
  '甲县,330521,县,湖州市,gdp,2023,500,亿元',
  '乙区,510117,市辖区,成都市,resident_population,2015,100,万人',
].join('\n'), 'csv');

const DOCUMENTS = [
  { plan_year: 2023, region: '甲县', region_code: '330521', region_level: 'county' },
  { plan_year: 2023, region: '甲县', region_code: '330521', region_level: 'county' },
  { plan_year: 2023, region: '乙区', region_code: '510117', region_level: 'district' },
  { plan_year: 2023, region: '', region_code: '', region_level: '' },
  { plan_year: 2023, region: '丙县', region_code: '999999', region_level: 'county' },
];

describe('reference/status', () => {
  it('lists each region of the documents once per plan year, with every denominator\'s standing', () => {
    const rows = documentRegionStatus(DOCUMENTS, TABLE);
    expect(rows.map((row) => `${row.region} ${row.metric} ${row.status}`)).toEqual([
      '甲县 resident_population present', '甲县 land_area present', '甲县 gdp present',
      // a 2015 figure for a 2023 plan is eight years old: stale, not missing
      '乙区 resident_population stale', '乙区 land_area missing', '乙区 gdp missing',
      '丙县 resident_population unknown-region', '丙县 land_area unknown-region', '丙县 gdp unknown-region',
    ]);
    expect(regionsLacking(rows)).toEqual({ regions: 3, lacking: 2 });
  });

  it('checks a region again for another plan year', () => {
    const rows = documentRegionStatus([{ plan_year: 2023, region: '甲县', region_code: '330521', region_level: 'county' }, { plan_year: 2030, region: '甲县', region_code: '330521', region_level: 'county' }], TABLE);
    expect(rows.map((row) => `${row.plan_year} ${row.metric} ${row.status}`)).toEqual([
      '2023 resident_population present', '2023 land_area present', '2023 gdp present',
      '2030 resident_population stale', '2030 land_area stale', '2030 gdp stale',
    ]);
  });

  it('writes a template of the rows to fill in that the region table reader accepts once filled', () => {
    const rows = documentRegionStatus(DOCUMENTS, TABLE).filter((row) => row.status !== 'present');
    const lines = templateCsv(rows).trim().split(/\r?\n/);
    expect(lines[0]).toBe('region,division_code,admin_level,parent,metric,year,value,unit,source_url,note,licence');
    expect(lines.slice(1)).toEqual([
      '乙区,510117,市辖区,成都市,resident_population,2023,,万人,,stale: reference data have 100 万人 (2015),',
      '乙区,510117,市辖区,成都市,land_area,2023,,km2,,missing,',
      '乙区,510117,市辖区,成都市,gdp,2023,,亿元,,missing,',
      // the level the document gave (county), written as the table writes levels
      '丙县,999999,县,,resident_population,2023,,万人,,unknown-region,',
      '丙县,999999,县,,land_area,2023,,km2,,unknown-region,',
      '丙县,999999,县,,gdp,2023,,亿元,,unknown-region,',
    ]);
    const filled = lines.map((line, at) => (at === 0 ? line : line.replace(',2023,,', ',2023,7,'))).join('\n');
    const table = parseRegionTable(filled, 'csv');
    expect(table.map((figure) => `${figure.region} ${figure.metric} ${figure.value}`)).toContain('丙县 gdp 7');
    expect(table).toHaveLength(6);
  });

  it('names at most GAP_LINES_MAX regions, sums up the rest, and says once that GDP is the user\'s to give', () => {
    const gap = (at: number, metrics: ('resident_population' | 'gdp')[]) => ({ region: `县${at}`, region_code: '', region_level: 'county', metrics, unknown: false });
    const few = gapLines([gap(1, ['resident_population'])]);
    expect(few).toEqual([expect.stringMatching(/^县1 has no resident population figure; left out of per-capita rankings/)]);
    const many = gapLines(Array.from({ length: GAP_LINES_MAX + 3 }, (_, at) => gap(at, at === 0 ? ['gdp'] : ['resident_population'])));
    expect(many).toHaveLength(GAP_LINES_MAX + 2);
    expect(many[GAP_LINES_MAX]).toBe('… and 3 more regions without some denominator (all listed in data/diagnostics.csv)');
    expect(many[GAP_LINES_MAX + 1]).toMatch(/^GDP has no open national source/);
    const zh = gapLines([{ ...gap(1, ['resident_population']), region_code: '330599', unknown: true }, gap(2, ['gdp'])], 'zh');
    expect(zh[0]).toBe('县1 (330599) 不在参考数据中：没有常住人口；不参加人均排名；办法：`regionbench regions import FILE`（普查数据、全国参考表），或 `regionbench regions template PATHS > regions.csv`，填好后用 `--regions regions.csv` 传入');
    expect(zh[1]).toMatch(/^县2 没有地区生产总值数字；不参加单位GDP排名；办法：`regionbench regions template PATHS > regions.csv`，填好GDP后用/);
    expect(zh[2]).toMatch(/^GDP 没有公开的全国数据来源/);
  });
});
