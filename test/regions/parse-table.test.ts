import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { REGION_METRICS } from '../../src/regions/catalogue.js';
import { REGION_COLUMNS, formatRegionTable, parseRegionTable, regionTableFromRows } from '../../src/regions/parse-table.js';

const HEADER = 'region,division_code,admin_level,parent,metric,year,value,unit,source_url,note';
const seedText = readFileSync(new URL('../../seeds/regions.csv', import.meta.url), 'utf8');
/** A small TSV in the shape of the shared reference table, with invented rows. */
const fixtureTsv = readFileSync(new URL('../fixtures/regions/reference.tsv', import.meta.url), 'utf8');

/** A table with the header and the given data lines. */
function csv(...lines: string[]): string {
  return `${[HEADER, ...lines].join('\n')}\n`;
}

describe('regions/parse-table', () => {
  describe('the seed table', () => {
    it('keeps every row of the seed table, with notes, URLs and missing years', () => {
      const seed = parseRegionTable(seedText, 'csv', { origin: 'seeds/regions.csv' });
      expect(seed).toHaveLength(20);
      expect(seed.filter((f) => f.year === null).map((f) => `${f.region} ${f.metric}`)).toEqual([
        '泰安市 land_area', '嘉祥县 land_area', '罗庄区 land_area',
      ]);
      expect(seed.every((f) => f.source_url.startsWith('http'))).toBe(true);
      expect(seed.find((f) => f.region === '嘉祥县' && f.metric === 'resident_population')?.note)
        .toBe('year-end, includes 济宁经济技术开发区 (11.7); county-run part 68.3');
      expect(seed[0]?.origin).toBe('seeds/regions.csv');
    });

    it('reads a TSV in the reference shape: tabs, an empty note, an undated row, persons to 万人', () => {
      const table = parseRegionTable(fixtureTsv, 'tsv', { origin: 'reference.tsv' });
      expect(table.map((f) => [f.region, f.metric, f.year, f.value, f.unit, f.row])).toEqual([
        ['滕州市', 'resident_population', 2021, 150.5, '万人', 2],
        ['滕州市', 'gdp', 2021, 888.8, '亿元', 3],
        ['嘉祥县', 'land_area', null, 970, 'km2', 4],
        ['嘉祥县', 'resident_population', 2022, 750, '万人', 5],
      ]);
      expect(table[1]?.note).toBe('');
      expect(table[2]?.disputed).toBe(true);
      expect(table[0]?.source_url).toBe('https://example.org/tz-pop');
    });

    it('reads 滕州市 2023 population as 154.78 万人 from row 6', () => {
      const figure = parseRegionTable(seedText, 'csv')
        .find((f) => f.division_code === '370481' && f.metric === 'resident_population' && f.year === 2023);
      expect(figure).toMatchObject({ value: 154.78, unit: '万人', row: 6, disputed: false, admin_level: '县级市', parent: '枣庄市' });
    });

    it('reads an admin level written as extract writes it (county, County, county_level_city) as its Chinese name', () => {
      const text = `${HEADER}\n长兴县,330522,county,湖州市,resident_population,2022,67.9,万人,,\n长兴县,330522,County,湖州市,land_area,,1430,km2,,\n滕州市,370481,county_level_city,枣庄市,gdp,2022,901,亿元,,\n`;
      const table = parseRegionTable(text, 'csv');
      expect(table.map((figure) => figure.admin_level)).toEqual(['县', '县', '县级市']);
    });

    it('marks the disputed seed figures from their notes', () => {
      const disputed = parseRegionTable(seedText, 'csv').filter((f) => f.disputed).map((f) => `${f.region} ${f.metric}`);
      expect(disputed).toEqual(['滕州市 land_area', '泰安市 land_area', '嘉祥县 land_area', '嘉祥县 gdp', '罗庄区 land_area']);
    });
  });

  describe('columns and units', () => {
    it('reads columns in any order and case, ignores extra columns, and defaults optional ones to empty', () => {
      const table = parseRegionTable('Value,Metric,Unit,Year,Region,Division_Code,Admin_Level,Parent,remark\n' +
        '80,resident_population,万人,2023,嘉祥县,370829,县,济宁市,x\n', 'csv');
      expect(table).toEqual([{
        region: '嘉祥县', division_code: '370829', admin_level: '县', parent: '济宁市', metric: 'resident_population',
        year: 2023, value: 80, unit: '万人', source_url: '', note: '', licence: '', disputed: false, origin: '', row: 2,
      }]);
    });

    it('converts other units of a metric to the canonical one', () => {
      const table = parseRegionTable(csv(
        '滕州市,370481,县级市,枣庄市,resident_population,2023,1547800,人,,',
        '滕州市,370481,县级市,枣庄市,land_area,2019,149514,公顷,,',
        '滕州市,370481,县级市,枣庄市,gdp,2022,9010000,万元,,',
      ), 'csv');
      expect(table.map((f) => [f.value, f.unit])).toEqual([[154.78, '万人'], [1495.14, 'km2'], [901, '亿元']]);
    });

    it('accepts Chinese metric names', () => {
      const table = parseRegionTable(csv('滕州市,370481,县级市,枣庄市,常住人口,2023,154.78,万人,,'), 'csv');
      expect(table[0]?.metric).toBe('resident_population');
    });

    it('accepts empty cells beyond the header (a trailing comma)', () => {
      const table = parseRegionTable(csv('嘉祥县,370829,县,济宁市,land_area,,971.6,km2,,,,'), 'csv');
      expect(table[0]).toMatchObject({ region: '嘉祥县', value: 971.6 });
    });

    it('trims cells and reads an empty year as undated', () => {
      const table = parseRegionTable(csv(' 嘉祥县 , 370829 ,县,济宁市,land_area, ,971.6,km2,,'), 'csv');
      expect(table[0]).toMatchObject({ region: '嘉祥县', division_code: '370829', year: null, value: 971.6 });
    });
  });

  describe('invalid tables throw naming row and column', () => {
    it.each([
      ['a value that is not a number', '滕州市,370481,县级市,枣庄市,gdp,2022,abc,亿元,,', 'invalid regions row 4 column value: "abc" is not a number'],
      ['a value with a thousands separator', '滕州市,370481,县级市,枣庄市,gdp,2022,"1,901",亿元,,', 'invalid regions row 4 column value: "1,901" is not a number'],
      ['an empty value', '滕州市,370481,县级市,枣庄市,gdp,2022,,亿元,,', 'invalid regions row 4 column value: a value is required'],
      ['a negative value', '滕州市,370481,县级市,枣庄市,gdp,2022,-3,亿元,,', 'invalid regions row 4 column value: "-3" is negative'],
      ['a year with a suffix', '滕州市,370481,县级市,枣庄市,gdp,2022年,901,亿元,,', 'invalid regions row 4 column year: "2022年" is not a year (1900–2100)'],
      ['a short division code', '滕州市,37048,县级市,枣庄市,gdp,2022,901,亿元,,', 'invalid regions row 4 column division_code: "37048" is not a six-digit GB/T 2260 code'],
      ['an unknown level', '滕州市,370481,镇,枣庄市,gdp,2022,901,亿元,,', 'invalid regions row 4 column admin_level: "镇" is not an administrative level (省, 自治区, 直辖市, 特别行政区, 地级市, 地区, 自治州, 盟, 市辖区, 县级市, 县, 自治县, 旗, 自治旗, 林区, 特区, 功能区, 县级单位, 地级单位, province, prefecture_city, county_level_city, county, district, autonomous_region, municipality, special_administrative_region, prefecture, autonomous_prefecture, league, autonomous_county, banner, autonomous_banner, forestry_district, special_district, functional_zone, county_level_unit, prefecture_level_unit)'],
      ['a level that contradicts the code', '泰安市,370900,县,山东省,gdp,2022,3198.1,亿元,,', 'invalid regions row 4 column admin_level: "县" does not match division code 370900 (prefecture level)'],
      ['an unknown metric', '滕州市,370481,县级市,枣庄市,gpd,2022,901,亿元,,', 'invalid regions row 4 column metric: "gpd" is not a metric (resident_population, land_area, gdp)'],
      ['a unit of another metric', '滕州市,370481,县级市,枣庄市,gdp,2022,901,万人,,', 'invalid regions row 4 column unit: "万人" is not a unit of gdp (亿元, 万元, 元)'],
      ['a missing region', ',370481,县级市,枣庄市,gdp,2022,901,亿元,,', 'invalid regions row 4 column region: a value is required'],
      ['a value too large to be a number (Infinity)', '滕州市,370481,县级市,枣庄市,gdp,2022,1e309,亿元,,', 'invalid regions row 4 column value: "1e309" is not a finite number'],
      ['a value written with a minus sign and an exponent', '滕州市,370481,县级市,枣庄市,gdp,2022,-1e3,亿元,,', 'invalid regions row 4 column value: "-1e3" is negative'],
      ['a cell beyond the header', '滕州市,370481,县级市,枣庄市,gdp,2022,901,亿元,,,2023', 'invalid regions row 4: 1 cell beyond the header\'s 10 columns ("2023")'],
      ['cells beyond the header', '滕州市,370481,县级市,枣庄市,gdp,2022,901,亿元,,,a,,b', 'invalid regions row 4: 3 cells beyond the header\'s 10 columns ("a", "", "b")'],
    ])('rejects %s', (_case, line, message) => {
      const text = csv('滕州市,370481,县级市,枣庄市,resident_population,2023,154.78,万人,,', '滕州市,370481,县级市,枣庄市,land_area,2019,1495.14,km2,,', line);
      expect(() => parseRegionTable(text, 'csv')).toThrow(new Error(message));
    });

    it('rejects a second figure for the same region, metric and year', () => {
      const text = csv('滕州市,370481,县级市,枣庄市,gdp,2022,901,亿元,,', '滕州市,370481,县级市,枣庄市,gdp,2022,905,亿元,,');
      expect(() => parseRegionTable(text, 'csv')).toThrow(new Error('invalid regions row 3 column year: duplicate figure for 滕州市 gdp 2022 (first at row 2)'));
    });

    it('rejects a second undated figure for the same region and metric', () => {
      const text = csv('嘉祥县,370829,县,济宁市,land_area,,971.6,km2,,', '嘉祥县,370829,县,济宁市,land_area,,968,km2,,');
      expect(() => parseRegionTable(text, 'csv')).toThrow(new Error('invalid regions row 3 column year: duplicate figure for 嘉祥县 land_area undated (first at row 2)'));
    });

    it('rejects a row whose parent contradicts an earlier row of the same code', () => {
      const text = csv('滕州市,370481,县级市,枣庄市,gdp,2022,901,亿元,,', '滕州市,370481,县级市,济宁市,gdp,2023,950,亿元,,');
      expect(() => parseRegionTable(text, 'csv')).toThrow(new Error('invalid regions row 3 column parent: "济宁市" differs from "枣庄市" given for 370481 at row 2'));
    });

    it('rejects a header without a required column', () => {
      expect(() => parseRegionTable('region,division_code,admin_level,parent,metric,year,unit\n', 'csv'))
        .toThrow(new Error('invalid regions header: missing column value'));
    });

    it('rejects a header naming a column twice', () => {
      expect(() => parseRegionTable(`${HEADER},value\n`, 'csv')).toThrow(new Error('invalid regions header: column value appears twice'));
    });

    it('rejects an empty text', () => {
      expect(() => parseRegionTable('', 'csv')).toThrow(new Error('invalid regions table: no header row'));
    });

    it('rejects an unknown format', () => {
      expect(() => parseRegionTable(csv(), 'xls' as 'csv')).toThrow(new Error('invalid format: xls'));
    });

    it('accepts a header-only table as empty', () => {
      expect(parseRegionTable(csv(), 'csv')).toEqual([]);
    });
  });

  describe('formatRegionTable', () => {
    it('writes the seed back to the same figures', () => {
      const seed = parseRegionTable(seedText, 'csv');
      expect(parseRegionTable(formatRegionTable(seed), 'csv')).toEqual(seed);
    });

    it('quotes cells holding commas, quotes or line breaks', () => {
      const [figure] = parseRegionTable(csv('嘉祥县,370829,县,济宁市,land_area,,971.6,km2,,"a ""b"", c"'), 'csv');
      expect(figure).toBeDefined();
      expect(formatRegionTable(figure === undefined ? [] : [figure]))
        .toBe(`${REGION_COLUMNS.join(',')}\n嘉祥县,370829,县,济宁市,land_area,,971.6,km2,,"a ""b"", c",\n`);
    });

    it('round-trips any figures through CSV (property, fixed seed)', () => {
      const text = fc.string({ unit: fc.constantFrom('a', 'Z', '滕', ',', '"', '\n', '\r', ' ', ';', '1') }).map((s) => s.trim());
      const figure = fc.record({
        metric: fc.constantFrom(...REGION_METRICS),
        year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
        value: fc.double({ min: 0, max: 1e12, noNaN: true }).map((v) => v + 0),
        source_url: text,
        note: text,
      });
      const units = { resident_population: '万人', land_area: 'km2', gdp: '亿元' } as const;
      fc.assert(fc.property(
        fc.uniqueArray(figure, { selector: (f) => `${f.metric}|${f.year}`, maxLength: 8 }),
        (rows) => {
          const table = regionTableFromRows([
            { row: 1, cells: [...REGION_COLUMNS] },
            ...rows.map((f, index) => ({
              row: index + 2,
              cells: ['滕州市', '370481', '县级市', '枣庄市', f.metric, String(f.year ?? ''), String(f.value), units[f.metric], f.source_url, f.note],
            })),
          ], '');
          expect(parseRegionTable(formatRegionTable(table), 'csv')).toEqual(table);
        },
      ), { seed: 20230101, numRuns: 200 });
    });
  });
});
