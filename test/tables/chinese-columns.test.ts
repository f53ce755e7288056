import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { CODED_COLUMNS, codeName, levelCode } from '../../src/catalogue/code-names.js';
import { ADMIN_LEVELS, PARSED_LEVEL_NAMES } from '../../src/regions/catalogue.js';
import { chineseColumnsFor, tableForFormat, withChineseColumns } from '../../src/tables/chinese-columns.js';
import { workbookOf } from '../../src/tables/export.js';
import { columnHeader } from '../../src/tables/labels.js';

describe('tables/chinese-columns', () => {
  it('puts the Chinese name right after each code and keeps the code', () => {
    const rows = [{ region: '滕州市', region_level: 'county_level_city', indicator: 'fiveg_stations_new', kind: 'increment', tier: 'strive', comparator: '~', unit: 'station', value: 500 }];
    const { rows: out, columns } = withChineseColumns(rows, ['region', 'region_level', 'indicator', 'kind', 'tier', 'comparator', 'value', 'unit'], DEFAULT_CATALOGUE);
    expect(columns).toEqual(['region', 'region_level', 'region_level_zh', 'indicator', 'indicator_zh', 'kind', 'kind_zh', 'tier', 'tier_zh', 'comparator', 'comparator_zh', 'value', 'unit', 'unit_zh']);
    expect(out[0]).toMatchObject({ region_level: 'county_level_city', region_level_zh: '县级市', indicator_zh: '新建5G基站', kind_zh: '新增量', tier_zh: '力争', comparator_zh: '左右', unit_zh: '个', value: 500 });
    expect(rows[0]).not.toHaveProperty('kind_zh');
  });

  it('makes the same rows one at a time (chineseColumnsFor) as for a whole table, leaving the source rows as they were', () => {
    const columns = ['region', 'region_level', 'indicator', 'tier', 'value'];
    const rows = [
      { region: '滕州市', region_level: '县级市', indicator: 'fiveg_stations_new', tier: 'strive', value: 500 },
      { region: '泰安市', region_level: '地级市', indicator: 'combined', tier: null, value: null },
    ];
    const { columns: out, row } = chineseColumnsFor(columns, DEFAULT_CATALOGUE);
    const whole = withChineseColumns(rows, columns, DEFAULT_CATALOGUE);
    expect(out).toEqual(whole.columns);
    expect(rows.map(row)).toEqual(whole.rows);
    expect(row(rows[0] ?? {})).toMatchObject({ region_level: 'county_level_city', region_level_zh: '县级市', indicator_zh: '新建5G基站', tier_zh: '力争' });
    expect(rows[0]?.region_level).toBe('县级市');
  });

  it('gives a workbook of rows derived as they are written the bytes of one of the derived rows', async () => {
    const columns = ['region', 'region_level', 'indicator', 'value'];
    const rows = Array.from({ length: 300 }, (_, index) => ({ region: `滕州市${index}`, region_level: index % 2 === 0 ? '县级市' : '市辖区', indicator: 'fiveg_stations_new', value: index * 1.25 }));
    const { columns: out, row } = chineseColumnsFor(columns, DEFAULT_CATALOGUE);
    const created = new Date('2023-08-15T00:00:00Z');
    const derived = await workbookOf([{ name: 't', columns: out, rows, derive: row }], { created });
    const copied = await workbookOf([{ name: 't', ...withChineseColumns(rows, columns, DEFAULT_CATALOGUE) }], { created });
    expect(Buffer.from(derived).equals(Buffer.from(copied))).toBe(true);
    const sheet = XLSX.read(derived, { type: 'array' }).Sheets.t ?? {};
    expect(XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 })[2]).toEqual(['滕州市1', 'district', '市辖区', 'fiveg_stations_new', '新建5G基站', 1.25]);
  });

  it('names each part of a combined count and calls the count itself 多类合计', () => {
    const { rows } = withChineseColumns([{ indicator: 'combined', parts: 'gazelle_firms_new、specialized_sme_new' }], ['indicator', 'parts'], DEFAULT_CATALOGUE);
    const expected = `${DEFAULT_CATALOGUE.byId.get('gazelle_firms_new')?.name_zh}、${DEFAULT_CATALOGUE.byId.get('specialized_sme_new')?.name_zh}`;
    expect(rows[0]).toMatchObject({ indicator_zh: '多类合计', parts_zh: expected });
    expect(expected).not.toContain('gazelle');
  });

  it('writes a level given in Chinese as its code with the Chinese beside it, and leaves an empty cell empty', () => {
    expect(codeName('region_level', '县级市')).toBe('县级市');
    const { rows: levels } = withChineseColumns([{ region_level: '县级市' }, { region_level: '自治县' }, { region_level: '功能区' }], ['region_level'], DEFAULT_CATALOGUE);
    expect(levels).toEqual([
      { region_level: 'county_level_city', region_level_zh: '县级市' },
      { region_level: 'autonomous_county', region_level_zh: '自治县' },
      { region_level: 'functional_zone', region_level_zh: '功能区' },
    ]);
    const { rows } = withChineseColumns([{ region_level: '', tier: null }], ['region_level', 'tier'], DEFAULT_CATALOGUE);
    expect(rows[0]).toMatchObject({ region_level: '', region_level_zh: '', tier_zh: null });
  });

  it('gives every administrative level one code, the Chinese name read back from it', () => {
    for (const { level } of ADMIN_LEVELS) {
      const code = levelCode(level);
      expect([level, /^[a-z_]+$/.test(code)]).toEqual([level, true]);
      expect(codeName('region_level', code)).toBe(level);
      expect(PARSED_LEVEL_NAMES[code]).toBe(level);
    }
    expect(levelCode('county')).toBe('county');
    expect(levelCode('镇')).toBe('镇');
  });

  it('adds Chinese columns for CSV and XLSX only; every format writes levels as codes', () => {
    const table = { name: 't', columns: ['region', 'region_level', 'tier'], rows: [{ region: '长兴县', region_level: '县', tier: 'ensure' }] };
    for (const format of ['csv', 'xlsx']) {
      expect(tableForFormat(table, format, DEFAULT_CATALOGUE)).toEqual({
        name: 't', columns: ['region', 'region_level', 'region_level_zh', 'tier', 'tier_zh'],
        rows: [{ region: '长兴县', region_level: 'county', region_level_zh: '县', tier: 'ensure', tier_zh: '确保' }],
      });
    }
    for (const format of ['jsonl', 'json', 'arrow']) {
      expect(tableForFormat(table, format, DEFAULT_CATALOGUE)).toEqual({ name: 't', columns: ['region', 'region_level', 'tier'], rows: [{ region: '长兴县', region_level: 'county', tier: 'ensure' }] });
    }
    expect(table.rows[0]?.region_level).toBe('县');
  });

  it('has a Chinese header for every Chinese-name column', () => {
    for (const column of [...Object.keys(CODED_COLUMNS), 'indicator', 'parts', 'unit']) {
      expect(columnHeader(`${column}_zh`, 'zh')).toMatch(/（名称）$/);
    }
  });

  const report = join(process.cwd(), 'reports', '2023', 'data', 'tables.xlsx');
  (existsSync(report) ? it : it.skip)('gives every code column of the committed report\'s tables.xlsx its Chinese name beside it', () => {
    const book = XLSX.read(readFileSync(report), { type: 'buffer' });
    const sheet = book.Sheets.observations;
    expect(sheet).toBeDefined();
    const [header = [], ...body] = XLSX.utils.sheet_to_json<string[]>(sheet as XLSX.WorkSheet, { header: 1 });
    for (const column of ['indicator', 'kind', 'status', 'tier', 'comparator', 'region_level', 'unit']) {
      const at = header.indexOf(columnHeader(column, 'zh'));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(header[at + 1]).toBe(columnHeader(`${column}_zh`, 'zh'));
    }
    const indicatorAt = header.indexOf(columnHeader('indicator', 'zh'));
    const tierAt = header.indexOf(columnHeader('tier', 'zh'));
    const fiveg = body.find((row) => row[indicatorAt] === 'fiveg_stations_new');
    expect(fiveg?.[indicatorAt + 1]).toBe('新建5G基站');
    const strive = body.find((row) => row[tierAt] === 'strive');
    expect(strive?.[tierAt + 1]).toBe('力争');
  });
});
