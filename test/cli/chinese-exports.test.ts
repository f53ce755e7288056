/**
 * What `extract`, `compare` and `track` write for people (CSV, XLSX): every code column with
 * its Chinese name beside it, and administrative levels in one vocabulary of codes whichever
 * way the input wrote them. The inputs are the two invented county notices of
 * `test/fixtures/counties` (德清县, a county; 郫都区, a district) and region tables written here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { EXIT } from '../../src/cli/commands.js';
import { CODED_COLUMNS } from '../../src/catalogue/code-names.js';
import { columnHeader } from '../../src/tables/labels.js';
import { runCommand as run } from '../helpers/cli.js';

const COUNTIES = join(process.cwd(), 'test', 'fixtures', 'counties');
/** Columns whose cells are codes: those of the code vocabularies, and indicators, their parts and units. */
const CODE_COLUMNS = new Set([...Object.keys(CODED_COLUMNS), 'indicator', 'parts', 'unit']);

/** Rows of a CSV or of a workbook's first sheet, as arrays of cells, the header first. */
function sheetRows(book: XLSX.WorkBook): string[][] {
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (sheet === undefined) throw new Error('no sheet');
  return XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
}

function csvRows(text: string): string[][] {
  return sheetRows(XLSX.read(text.replace(/^\uFEFF/, ''), { type: 'string', raw: true }));
}

/** The rows as records keyed by column name. */
function records(rows: string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body.map((row) => Object.fromEntries(header.map((column, at) => [column, row[at] ?? ''])));
}

describe('cli/commands: Chinese names and one level vocabulary in exports', () => {
  const folder = mkdtempSync(join(tmpdir(), 'regionbench-chinese-exports-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('extract --format csv puts the Chinese name right after every code column of the observations', async () => {
    const { status, stdout } = await run(['extract', COUNTIES, '--format', 'csv']);
    expect(status).toBe(EXIT.ok);
    const rows = csvRows(stdout);
    const header = rows[0] ?? [];
    const coded = header.filter((column) => CODE_COLUMNS.has(column));
    expect(coded).toEqual(expect.arrayContaining(['indicator', 'kind', 'status', 'tier', 'comparator', 'unit', 'region_level', 'year_basis']));
    for (const column of coded) expect([column, header[header.indexOf(column) + 1]]).toEqual([column, `${column}_zh`]);
    // 德清县: 全年新建5G基站300个以上 — a county's yearly new stations, 300 or more
    const deqing = records(rows).find((row) => row.region === '德清县' && row.indicator === 'fiveg_stations_new');
    expect(deqing).toMatchObject({
      region_level: 'county', region_level_zh: '县', indicator_zh: '新建5G基站', kind: 'increment', kind_zh: '新增量',
      comparator: '>=', comparator_zh: '以上', status: 'target', status_zh: '目标', unit_zh: '个', value: '300',
    });
    // 郫都区: 全年新增高新技术企业80家以上; 德清县 the same without a bound word: 60家
    const firms = records(rows).filter((row) => row.indicator === 'high_tech_firms_new');
    expect(firms.map((row) => [row.region, row.region_level, row.region_level_zh, row.comparator_zh, row.value]).sort())
      .toEqual([['德清县', 'county', '县', '确数', '60'], ['郫都区', 'district', '市辖区', '以上', '80']]);
  });

  it('extract --format xlsx: read back, every code column has its Chinese name beside it, under Chinese headers', async () => {
    const out = join(folder, 'observations.xlsx');
    const { status } = await run(['extract', COUNTIES, '--format', 'xlsx', '--out', out]);
    expect(status).toBe(EXIT.ok);
    const book = XLSX.read(readFileSync(out), { type: 'buffer' });
    const rows = sheetRows(book);
    const header = rows[0] ?? [];
    let checked = 0;
    for (const column of CODE_COLUMNS) {
      const at = header.indexOf(columnHeader(column, 'zh'));
      if (at < 0) continue;
      expect([column, header[at + 1]]).toEqual([column, columnHeader(`${column}_zh`, 'zh')]);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    const named = records(rows).find((row) => row[columnHeader('region', 'zh')] === '郫都区' && row[columnHeader('indicator', 'zh')] === 'fiveg_stations_new');
    // 郫都区: 全年新建5G基站450个 — no bound word
    expect(named?.[columnHeader('indicator_zh', 'zh')]).toBe('新建5G基站');
    expect(named?.[columnHeader('region_level_zh', 'zh')]).toBe('市辖区');
    expect(named?.[columnHeader('comparator_zh', 'zh')]).toBe('确数');
  });

  it('extract --table quantities --format csv names each unit as the document wrote it', async () => {
    const { stdout } = await run(['extract', COUNTIES, '--table', 'quantities', '--format', 'csv']);
    const rows = records(csvRows(stdout));
    // a quantity's region is its document's: joined on doc_id with the documents table
    const documents = records(csvRows((await run(['extract', COUNTIES, '--table', 'documents', '--format', 'csv'])).stdout));
    const deqingId = documents.find((row) => row.region === '德清县')?.doc_id;
    expect(deqingId).toMatch(/^[0-9a-f]{16}$/);
    // 德清县: 300个以上 (stations), 60家 (firms), 40万平方米 (green building), 3000亩 (afforestation)
    const deqing = rows.filter((row) => row.doc_id === deqingId);
    for (const [raw, unit] of [['300个以上', '个'], ['60家', '家'], ['40万平方米', '万平方米'], ['3000亩', '亩']]) {
      expect([raw, deqing.find((row) => row.raw === raw)?.unit_zh]).toEqual([raw, unit]);
    }
    expect(rows.every((row) => !/^[a-z_0-9]+$/i.test(row.unit_zh ?? '') || row.unit_zh === '')).toBe(true);
    // 40万平方米 is an area counted in square metres; 60家 a count of firms
    expect(deqing.find((row) => row.raw === '40万平方米')).toMatchObject({ dimension: 'area', dimension_zh: '面积', base_unit: 'm2', base_unit_zh: '平方米', value: '400000' });
    expect(deqing.find((row) => row.raw === '60家')).toMatchObject({ dimension: 'count', dimension_zh: '个数', base_unit_zh: '个' });
  });

  it('extract --format xlsx of every table: each code column it has is followed by its Chinese name', async () => {
    const expected: Record<string, readonly string[]> = {
      documents: ['region_level', 'genre'],
      tasks: [],
      quantities: ['comparator', 'unit', 'dimension', 'base_unit'],
      observations: ['indicator', 'parts', 'kind', 'status', 'tier', 'comparator', 'unit', 'region_level', 'year_basis'],
      inputs: ['outcome'],
      diagnostics: ['severity', 'code'],
    };
    for (const [name, columns] of Object.entries(expected)) {
      const out = join(folder, `${name}.xlsx`);
      expect((await run(['extract', COUNTIES, '--table', name, '--format', 'xlsx', '--out', out])).status).toBe(EXIT.ok);
      const book = XLSX.read(readFileSync(out), { type: 'buffer' });
      // the column names, in sheet order, from the workbook's own `columns` sheet (two columns may share a Chinese header)
      const dictionary = XLSX.utils.sheet_to_json<string[]>(book.Sheets.columns as XLSX.WorkSheet, { header: 1 }).slice(1);
      const names = dictionary.filter((row) => row[0] === name).map((row) => row[1] ?? '');
      expect(sheetRows(book)[0]).toEqual(dictionary.filter((row) => row[0] === name).map((row) => row[2]));
      const coded = names.filter((column) => CODE_COLUMNS.has(column));
      expect([name, coded.sort()]).toEqual([name, [...columns].sort()]);
      for (const column of coded) expect([name, column, names[names.indexOf(column) + 1]]).toEqual([name, column, `${column}_zh`]);
    }
  });

  it('extract --manifest names each outcome in Chinese beside its code', async () => {
    const manifest = join(folder, 'inputs.csv');
    const { status } = await run(['extract', COUNTIES, '--table', 'documents', '--manifest', manifest]);
    expect(status).toBe(EXIT.ok);
    const rows = records(csvRows(readFileSync(manifest, 'utf8')));
    // the folder holds the two notices, both read
    expect(rows.map((row) => [(row.source ?? '').replace(/^.*\//, ''), row.outcome, row.outcome_zh]).sort())
      .toEqual([['deqing-2023.txt', 'read', '已读取'], ['pidu-2023.txt', 'read', '已读取']]);
  });

  it('extract keeps JSON lines for programs: codes only, no Chinese columns', async () => {
    const { stdout } = await run(['extract', COUNTIES, '--table', 'documents']);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.region, line.region_level]).sort()).toEqual([['德清县', 'county'], ['郫都区', 'district']]);
    expect(Object.keys(lines[0] ?? {}).some((key) => key.endsWith('_zh'))).toBe(false);
  });

  it('compare --regions takes levels written as codes or in Chinese, and writes both as codes with the Chinese beside them', async () => {
    const regions = join(folder, 'regions.csv');
    // 德清县's level written as extract writes it, 郫都区's in Chinese
    writeFileSync(regions, [
      'region,division_code,admin_level,parent,metric,year,value,unit',
      '德清县,330521,county,湖州市,resident_population,2022,55,万人',
      '郫都区,510117,市辖区,成都市,resident_population,2022,140,万人',
    ].join('\n'));
    const { status, stdout, stderr } = await run(['compare', COUNTIES, '--no-reference', '--regions', regions, '--indicator', 'fiveg_stations_new', '--per', 'capita', '--format', 'csv']);
    expect({ status, stderr: stderr.includes('invalid') }).toEqual({ status: EXIT.ok, stderr: false });
    const rows = records(csvRows(stdout));
    expect(rows.map((row) => [row.region, row.region_level, row.region_level_zh, row.indicator_zh]).sort())
      .toEqual([['德清县', 'county', '县', '新建5G基站'], ['郫都区', 'district', '市辖区', '新建5G基站']]);
    // 300 stations for 55万 residents, 450 for 140万: 德清县 first per capita
    expect(rows.find((row) => row.region === '德清县')?.rank).toBe('1');
  });

  it('compare --format jsonl writes the level as a code even when the region table gave it in Chinese', async () => {
    const regions = join(folder, 'regions-zh.csv');
    writeFileSync(regions, [
      'region,division_code,admin_level,parent,metric,year,value,unit',
      '德清县,330521,县,湖州市,resident_population,2022,55,万人',
      '郫都区,510117,市辖区,成都市,resident_population,2022,140,万人',
    ].join('\n'));
    const { stdout } = await run(['compare', COUNTIES, '--no-reference', '--regions', regions, '--indicator', 'fiveg_stations_new']);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.region, line.region_level]).sort()).toEqual([['德清县', 'county'], ['郫都区', 'district']]);
  });
});
