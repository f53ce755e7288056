/**
 * Round trips: every export is read back by a reader that shares no code with the writer
 * (SheetJS for XLSX, apache-arrow for Arrow IPC, a small RFC 4180 parser for CSV) and
 * compared row by row with the records it was written from.
 */
import { tableFromIPC, Type } from 'apache-arrow';
import XLSX from 'xlsx';
import { compareIndicator, peerGap, COMPARISON_COLUMNS } from '../../src/compare/index.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract, type Extraction } from '../../src/pipeline.js';
import { arrowOf } from '../../src/tables/arrow.js';
import {
  columnTypes, csvOf, displayWidth, exportTable, extractionTables, isBinaryFormat, jsonOf, normalizeWorkbookOptions,
  tableOf, typedRows, workbookOf, DICTIONARY_HEADERS, WORKBOOK_ROWS_MAX, WORKBOOK_TEXT_BYTES_MAX, XLSX_CELL_LIMIT, type Table,
} from '../../src/tables/export.js';
import { neutraliseFormula, type Row } from '../../src/tables/format.js';
import { columnHeader, columnLabel } from '../../src/tables/labels.js';
import { CATALOGUE, OBSERVATIONS, seedRegions } from '../fixtures/compare/observations.js';
import { SEEDS_DIR } from '../helpers/seeds.js';

type Value = string | number | boolean | null;

/** What a record's field should read back as, before any format-specific treatment. */
function expected(row: object, column: string): Value {
  const value: unknown = (row as Record<string, unknown>)[column];
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** A plain RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; }
    else if (char === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += char;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** CSV and XLSX write a fractional number to six significant digits (136666.666666667 → 136667). */
function roundedForPeople<T>(value: T): T | number {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value;
}

function readWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellStyles: true, bookFiles: true });
}

function sheetRows(workbook: XLSX.WorkBook, name: string): Value[][] {
  const sheet = workbook.Sheets[name];
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<Value[]>(sheet, { header: 1, defval: null, raw: true, blankrows: true });
}

/** A raw file of the XLSX package (SheetJS keeps them with `bookFiles`). */
function packageFile(workbook: XLSX.WorkBook, path: string): string {
  const files = (workbook as unknown as { files: Record<string, { content: Uint8Array | string }> }).files;
  const content = files[path]?.content;
  if (content === undefined) throw new Error(`no ${path} in the package`);
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/** Awkward cells: formula-looking text, Chinese, quotes and line breaks, nulls, arrays, negatives. */
const AWKWARD: Table = tableOf('awkward', [
  { region: '=HYPERLINK("http://x","点我")', value: -5, task: 3, flags: ['bound-at-least', 'denominator-stale'], meets_median: true, comment: 'a, "b"\r\nc' },
  { region: '+86 10 1234', value: 0.1 + 0.2, task: null, flags: [], meets_median: false, comment: '' },
  { region: '台儿庄区', value: null, task: -2147483647, flags: ['level-mismatch'], meets_median: null, comment: '@SUM(A1)' },
  { region: '-', value: 1e21, task: 0, flags: null, meets_median: null, comment: '=' },
]);

describe('tables/export', () => {
  let extraction: Extraction;
  let tables: Table[];

  beforeAll(async () => {
    extraction = await extract([SEEDS_DIR], nodeEffects(), { relativeTo: process.cwd() });
    const comparison = compareIndicator(OBSERVATIONS, seedRegions(), CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita' });
    tables = [
      ...extractionTables(extraction),
      tableOf('comparisons', comparison.records, COMPARISON_COLUMNS),
      tableOf('peer_gap', [peerGap(comparison, '滕州市')]),
      AWKWARD,
    ];
  });

  it('names the six extraction tables in reading order with their documented columns', () => {
    const extracted = extractionTables(extraction);
    expect(extracted.map((table) => table.name)).toEqual(['documents', 'tasks', 'quantities', 'observations', 'inputs', 'diagnostics']);
    expect(extracted.map((table) => table.rows.length)).toEqual([5, extraction.tasks.length, extraction.quantities.length, extraction.observations.length, 6, extraction.diagnostics.length]);
    expect(extracted[0]?.columns).toContain('task_count');
  });

  describe('XLSX', () => {
    let workbook: XLSX.WorkBook;
    beforeAll(async () => {
      workbook = readWorkbook(await workbookOf(tables));
    });

    it('writes one sheet per table in order, then the columns sheet', () => {
      expect(workbook.SheetNames).toEqual([...tables.map((table) => table.name), 'columns']);
    });

    it('reads back the same rows as the records, cell by cell, under Chinese headers', () => {
      for (const table of tables) {
        const [header, ...rows] = sheetRows(workbook, table.name);
        expect(header).toEqual(table.columns.map((column) => columnHeader(column, 'zh')));
        expect(rows).toHaveLength(table.rows.length);
        table.rows.forEach((record, index) => {
          const want = table.columns.map((column) => {
            const value = expected(record, column);
            if (typeof value === 'string') return neutraliseFormula(value);
            return columnLabel(column)?.type === 'text' && value !== null ? String(value) : roundedForPeople(value);
          });
          expect({ table: table.name, row: index + 1, cells: rows[index] }).toEqual({ table: table.name, row: index + 1, cells: want });
        });
      }
    });

    it('keeps numbers as number cells and codes as text cells', () => {
      const documents = workbook.Sheets.documents;
      const header = sheetRows(workbook, 'documents')[0] ?? [];
      const codeColumn = XLSX.utils.encode_col(header.indexOf('行政区划代码'));
      const countColumn = XLSX.utils.encode_col(header.indexOf('任务数'));
      expect(documents?.[`${codeColumn}2`]).toMatchObject({ t: 's', v: '370405' });
      expect(documents?.[`${countColumn}2`]).toMatchObject({ t: 'n', v: 46 });
      expect(workbook.Sheets.awkward?.E2).toMatchObject({ t: 'b', v: true });
    });

    it('neutralises formula-looking text and writes no formula anywhere', () => {
      const cells = sheetRows(workbook, 'awkward').slice(1).map((row) => row[0]);
      expect(cells).toEqual(['\'=HYPERLINK("http://x","点我")', "'+86 10 1234", '台儿庄区', "'-"]);
      for (const name of workbook.SheetNames) {
        const sheet = workbook.Sheets[name] ?? {};
        expect(Object.keys(sheet).filter((key) => !key.startsWith('!') && (sheet[key] as XLSX.CellObject).f !== undefined)).toEqual([]);
      }
    });

    it('sizes columns by content, counting a CJK character twice, within 6 and 60', () => {
      const documents = tables[0];
      const columns = workbook.Sheets.documents?.['!cols'] ?? [];
      const header = documents?.columns ?? [];
      const widthOf = (column: string): number | undefined => columns[header.indexOf(column)]?.width;
      // 行政区划代码 is 12 wide, the codes 6: header + 2
      expect(widthOf('region_code')).toBe(14);
      // 地区 (4) and 台儿庄区 (8): content + 2
      expect(widthOf('region')).toBe(10);
      // the title is long Chinese text: capped
      expect(widthOf('title')).toBe(60);
      // 字形（简/繁） = 2·6 + 1 = 13 (full-width brackets count two)
      expect(widthOf('script')).toBe(15);
      for (const column of columns) {
        expect(column.width).toBeGreaterThanOrEqual(6);
        expect(column.width).toBeLessThanOrEqual(60);
      }
    });

    it('makes the header row bold and frozen, with a filter', () => {
      const sheetXml = packageFile(workbook, 'xl/worksheets/sheet1.xml');
      expect(sheetXml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
      // the documents sheet: its 25 columns, A to Y
      expect(sheetXml).toMatch(/<autoFilter ref="A1:Y1"\/>/);
      const styles = packageFile(workbook, 'xl/styles.xml');
      const fonts = [...(styles.match(/<fonts[^>]*>([\s\S]*?)<\/fonts>/)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) => m[0]);
      const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf [^>]*?fontId="(\d+)"/g)].map((m) => Number(m[1]));
      const isBold = (cell: string): boolean => {
        const style = Number(sheetXml.match(new RegExp(`<c r="${cell}"[^>]*? s="(\\d+)"`))?.[1] ?? 0);
        return (fonts[xfs[style] ?? 0] ?? '').includes('<b/>');
      };
      expect(isBold('A1')).toBe(true);
      expect(isBold('Q1')).toBe(true);
      expect(isBold('A2')).toBe(false);
    });

    it('lists every column with both labels and its type in the columns sheet', () => {
      const [header, ...rows] = sheetRows(workbook, 'columns');
      expect(header).toEqual([...DICTIONARY_HEADERS]);
      expect(rows).toHaveLength(tables.reduce((sum, table) => sum + table.columns.length, 0));
      expect(rows).toContainEqual(['observations', 'region_code', '行政区划代码', 'Division code', 'text']);
      expect(rows).toContainEqual(['awkward', 'meets_median', '是否达到中位数', 'Meets median', 'boolean']);
      expect(rows).toContainEqual(['awkward', 'comment', 'comment', 'comment', 'text']);
    });

    it('heads the sheets with English labels or column names when asked, and can leave out the columns sheet', async () => {
      const english = readWorkbook(await workbookOf(tables.slice(0, 1), { headers: 'en', dictionary: false }));
      expect(english.SheetNames).toEqual(['documents']);
      expect(sheetRows(english, 'documents')[0]?.slice(0, 3)).toEqual(['Document id', 'Source file', 'Title']);
      const names = readWorkbook(await workbookOf(tables.slice(0, 1), { headers: 'name' }));
      expect(sheetRows(names, 'documents')[0]?.slice(0, 3)).toEqual(['doc_id', 'source', 'title']);
    });

    it('cuts text longer than an Excel cell holds, marking the cut, and drops characters XML cannot carry', async () => {
      const long = '台'.repeat(XLSX_CELL_LIMIT + 10);
      const read = readWorkbook(await workbookOf([tableOf('long', [{ text: long, raw: 'a\u0001b' }])]));
      const [cell, raw] = sheetRows(read, 'long')[1] ?? [];
      expect(String(cell)).toHaveLength(XLSX_CELL_LIMIT);
      expect(String(cell).endsWith('台…')).toBe(true);
      expect(raw).toBe('ab');
      expect(new TextDecoder().decode(csvOf(tableOf('long', [{ text: long }])))).toContain(long);
    });

    it('stores the creation time it is given, reading no clock of its own when given one', async () => {
      const created = new Date('2023-08-15T00:00:00Z');
      const read = readWorkbook(await workbookOf(tables.slice(0, 1), { created }));
      expect(read.Props?.CreatedDate?.toISOString()).toBe('2023-08-15T00:00:00.000Z');
      expect(read.Props?.Author).toBe('regionbench');
    });

    it('writes an empty table as its header row', async () => {
      const empty = readWorkbook(await workbookOf([tableOf('diagnostics', [], ['source', 'message'])]));
      expect(sheetRows(empty, 'diagnostics')).toEqual([['来源文件', '说明']]);
    });

    it('beside its CSVs, puts a table of more rows than the budget in its CSV only: a note in its sheet, a first sheet naming it', async () => {
      expect(WORKBOOK_ROWS_MAX).toBe(50_000);
      const many = tableOf('tasks', Array.from({ length: 50_001 }, (_, index) => ({ doc_id: 'd', task: index + 1, text: `任务${index + 1}` })), ['doc_id', 'task', 'text']);
      const few = tableOf('documents', [{ doc_id: 'd', title: '通知' }], ['doc_id', 'title']);
      const read = readWorkbook(await workbookOf([few, many], { csvBeside: true }));
      expect(read.SheetNames).toEqual(['说明', 'documents', 'tasks', 'columns']);
      const readme = sheetRows(read, '说明').map((row) => String(row[0]));
      expect(readme[1]).toMatch(/行数多于 50,000 或文字多于 4 MB，未写入本工作簿/);
      expect(readme[2]).toBe('tasks.csv（50,001 行）');
      const note = sheetRows(read, 'tasks').map((row) => String(row[0]));
      expect(note[1]).toMatch(/^本表共 50,001 行，.*同一文件夹中的 tasks\.csv/);
      expect(note).toHaveLength(3);
      // the small table keeps its rows, and the columns sheet still lists the large one's columns
      expect(sheetRows(read, 'documents')[1]).toEqual(['d', '通知']);
      expect(sheetRows(read, 'columns').filter((row) => row[0] === 'tasks').map((row) => row[1])).toEqual(['doc_id', 'task', 'text']);
      // a table at the budget, or any table without CSVs beside it, keeps every row
      const whole = readWorkbook(await workbookOf([many]));
      expect(whole.SheetNames).toEqual(['tasks', 'columns']);
      expect(sheetRows(whole, 'tasks')).toHaveLength(50_002);
      const atBudget = readWorkbook(await workbookOf([tableOf('tasks', many.rows.slice(0, 50_000), many.columns)], { csvBeside: true }));
      expect(atBudget.SheetNames).toEqual(['tasks', 'columns']);
      expect(sheetRows(atBudget, 'tasks')).toHaveLength(50_001);
    }, 60_000);

    it('beside its CSVs, puts a table of few rows but more text than the budget in its CSV only, counting the text as written', async () => {
      expect(WORKBOOK_TEXT_BYTES_MAX).toBe(4_000_000);
      // 2,000 rows of 700 CJK characters (2,100 bytes each in UTF-8): 4.2 MB, over the 4 MB budget
      // in UTF-8 though only 1.4 million characters
      const row = (index: number) => ({ doc_id: 'd', task: index + 1, text: '街'.repeat(700) });
      const heavy = tableOf('tasks', Array.from({ length: 2_000 }, (_, index) => row(index)), ['doc_id', 'task', 'text']);
      const few = tableOf('documents', [{ doc_id: 'd', title: '通知' }], ['doc_id', 'title']);
      const read = readWorkbook(await workbookOf([few, heavy], { csvBeside: true }));
      expect(read.SheetNames).toEqual(['说明', 'documents', 'tasks', 'columns']);
      const readme = sheetRows(read, '说明').map((line) => String(line[0]));
      expect(readme[1]).toMatch(/文字多于 4 MB，未写入本工作簿/);
      expect(readme[2]).toBe('tasks.csv（2,000 行）');
      const note = sheetRows(read, 'tasks').map((line) => String(line[0]));
      expect(note[1]).toMatch(/^本表共 2,000 行，文字多于工作簿每表 4 MB 的限度.*同一文件夹中的 tasks\.csv/);
      expect(sheetRows(read, 'documents')[1]).toEqual(['d', '通知']);
      // the same rows with their text blanked as written (derive) keep their sheet: 1,900 rows
      // of the same text (3.99 MB) too
      const blanked = { ...heavy, derive: (shown: Row) => ({ ...shown, text: '' }) };
      const light = readWorkbook(await workbookOf([blanked], { csvBeside: true }));
      expect(light.SheetNames).toEqual(['tasks', 'columns']);
      expect(sheetRows(light, 'tasks')[1]).toEqual(['d', 1, '']);
      const under = readWorkbook(await workbookOf([tableOf('tasks', heavy.rows.slice(0, 1_900), heavy.columns)], { csvBeside: true }));
      expect(under.SheetNames).toEqual(['tasks', 'columns']);
      expect(sheetRows(under, 'tasks')).toHaveLength(1_901);
    }, 60_000);

    it('refuses sheet names Excel cannot hold and bad options, naming them', async () => {
      await expect(workbookOf([tableOf('a/b', [])])).rejects.toThrow('invalid sheet name: a/b');
      await expect(workbookOf([tableOf('x'.repeat(32), [])])).rejects.toThrow(/^invalid sheet name: x{32}$/);
      await expect(workbookOf([tableOf('Data', []), tableOf('data', [])])).rejects.toThrow('invalid sheet name: data');
      await expect(workbookOf([tableOf('columns', [])])).rejects.toThrow('invalid sheet name: columns');
      await expect(workbookOf([], { headers: 'fr' })).rejects.toThrow('invalid headers: fr');
      expect(() => normalizeWorkbookOptions({ maxColumnWidth: 2 })).toThrow('invalid maxColumnWidth: 2');
      expect(normalizeWorkbookOptions({})).toEqual({ headers: 'zh', dictionary: true, maxColumnWidth: 60, created: null, csvBeside: false });
    });
  });

  describe('Arrow IPC', () => {
    it('reads back (apache-arrow) the same rows as the records, with fixed column types', () => {
      for (const table of tables) {
        const arrow = tableFromIPC(arrowOf(table));
        expect(arrow.schema.fields.map((field) => field.name)).toEqual([...table.columns]);
        const types = columnTypes(table);
        arrow.schema.fields.forEach((field, position) => {
          const want = { text: Type.Utf8, integer: Type.Int, number: Type.Float, boolean: Type.Bool }[types[position] ?? 'text'];
          expect({ column: field.name, type: field.typeId }).toEqual({ column: field.name, type: want });
        });
        expect(arrow.numRows).toBe(table.rows.length);
        table.rows.forEach((record, index) => {
          const row = arrow.get(index)?.toJSON() as Record<string, unknown>;
          const want = Object.fromEntries(table.columns.map((column) => {
            const value = expected(record, column);
            return [column, types[table.columns.indexOf(column)] === 'text' && value !== null ? String(value) : value];
          }));
          expect({ table: table.name, row: index + 1, cells: row }).toEqual({ table: table.name, row: index + 1, cells: want });
        });
      }
    });

    it('gives a column the same type whatever its values: integers as Int32 even when all null', () => {
      const arrow = tableFromIPC(arrowOf(tableOf('t', [{ task: null, value: 3, region: null }])));
      expect(arrow.schema.fields.map(String)).toEqual(['task: Int32', 'value: Float64', 'region: Utf8']);
    });

    it('writes the Arrow file format (Feather v2), readable without a schema', () => {
      const bytes = arrowOf(tables[0] as Table);
      expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe('ARROW1');
      expect(tableFromIPC(arrowOf(tableOf('empty', [], ['region', 'rank']))).schema.fields.map(String)).toEqual(['region: Utf8', 'rank: Int32']);
    });

    it('refuses a value that does not fit its column type, naming table, column and row', () => {
      expect(() => arrowOf(tableOf('t', [{ value: 1 }, { value: '12' }]))).toThrow('invalid cell in table t, column value, row 2: expected a number, got "12"');
      expect(() => typedRows(tableOf('t', [{ task: 2.5 }]))).toThrow('invalid cell in table t, column task, row 1: expected an integer, got 2.5');
      expect(() => typedRows(tableOf('t', [{ bytes: 2 ** 31 }]))).toThrow(/expected an integer/);
    });
  });

  describe('CSV and JSON', () => {
    it('reads back (RFC 4180) the same rows as the records, after a UTF-8 byte-order mark', () => {
      for (const table of tables) {
        const bytes = csvOf(table);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
        expect(header).toEqual([...table.columns]);
        expect(rows).toHaveLength(table.rows.length);
        table.rows.forEach((record, index) => {
          const want = table.columns.map((column) => {
            const value = expected(record, column);
            return value === null ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(roundedForPeople(value));
          });
          expect({ table: table.name, row: index + 1, cells: rows[index] }).toEqual({ table: table.name, row: index + 1, cells: want });
        });
      }
    });

    it('reads back JSON as the records restricted to the columns', () => {
      for (const table of tables) {
        const parsed = JSON.parse(new TextDecoder().decode(jsonOf(table))) as unknown[];
        expect(parsed).toEqual(table.rows.map((record) => Object.fromEntries(table.columns.map((column) => [column, expected(record, column)]))));
      }
    });
  });

  it('exports one table in any format by name, and says which formats are binary', async () => {
    const table = tables[0] as Table;
    expect(readWorkbook(await exportTable(table, 'xlsx')).SheetNames).toEqual(['documents', 'columns']);
    expect(tableFromIPC(await exportTable(table, 'arrow')).numRows).toBe(5);
    expect(new TextDecoder().decode(await exportTable(table, 'jsonl')).trim().split('\n')).toHaveLength(5);
    expect(await exportTable(table, 'csv')).toEqual(csvOf(table));
    await expect(exportTable(table, 'parquet')).rejects.toThrow('invalid format: parquet');
    expect(['jsonl', 'csv', 'json', 'xlsx', 'arrow'].filter(isBinaryFormat)).toEqual(['xlsx', 'arrow']);
  });

  it('measures display width with CJK and full-width characters counted twice', () => {
    expect(displayWidth('台儿庄区 2023')).toBe(13);
    expect(displayWidth('（简/繁）')).toBe(9);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('𠀋')).toBe(2);
  });
});

describe('tables/export rounding for people', () => {
  const table = tableOf('ranks', [{ region: '滕州市', value: 9691.174570357927, rank: 2 }], ['region', 'value', 'rank']);

  it('writes a fractional number to six significant digits in CSV and XLSX', async () => {
    expect(new TextDecoder().decode(csvOf(table))).toContain('滕州市,9691.17,2\r\n');
    const [, row] = sheetRows(readWorkbook(await workbookOf([table])), 'ranks');
    expect(row).toEqual(['滕州市', 9691.17, 2]);
  });

  it('keeps every digit in JSON and Arrow', async () => {
    expect(new TextDecoder().decode(jsonOf(table))).toContain('"value": 9691.174570357927');
    const arrow = tableFromIPC(await exportTable(table, 'arrow'));
    expect(arrow.getChild('value')?.get(0)).toBe(9691.174570357927);
  });
});
