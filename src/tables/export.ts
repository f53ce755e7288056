/**
 * Export tables as bytes: CSV and JSON for anyone, XLSX (one sheet per table, Chinese
 * headers) for spreadsheet users, Arrow IPC for pandas, R, Polars and DuckDB. Pure functions:
 * tables in, bytes out; the caller (the CLI, a notebook) writes the file.
 *
 * Cell types come from the column-label catalogue (`labels.ts`): the XLSX export writes
 * numbers as numbers and text as text, and the Arrow export gives every column a fixed type
 * (utf8, int32, float64, bool), so a column has the same type in every run whatever its
 * values. Columns the catalogue does not know are typed from their values.
 */
import { UsageError } from '../errors.js';
import { EXPORT_ERRORS } from '../messages.js';
import { xlsxPackageAsync, type XlsxSheet } from './xlsx.js';
// flechette is arquero's Arrow encoder; its type constructors name the Arrow type of each column.
import { keyword } from '../options.js';
import { forPeople, formatRows, neutraliseFormula, type Cell, type Row } from './format.js';
import { HEADER_LANGUAGES, columnHeader, columnLabel, type ColumnType, type HeaderLanguage } from './labels.js';
import { DIAGNOSTIC_COLUMNS, DOCUMENT_COLUMNS, INPUT_COLUMNS, OBSERVATION_COLUMNS, QUANTITY_COLUMNS, TASK_COLUMNS } from './records.js';

/** Export formats: the three text formats of `formatRows`, XLSX and Arrow IPC. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'json', 'xlsx', 'arrow'] as const;
/** `jsonl`, `csv`, `json`, `xlsx` or `arrow`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats whose bytes are not text (a terminal cannot show them). */
export const BINARY_FORMATS = ['xlsx', 'arrow'] as const satisfies readonly ExportFormat[];
/** `xlsx` or `arrow`. */
export type BinaryFormat = (typeof BINARY_FORMATS)[number];

/** A named table: rows (plain records) and the columns to write, in order. */
export interface Table {
  /** Sheet name in a workbook: at most 31 characters, none of `[ ] : * ? / \`. */
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  /**
   * Each row as it is written, made from one of `rows` (default: the row as it is); `columns`
   * are the columns it gives. A writer calls it row by row, so a derived table (such as
   * `chineseColumnsFor`'s) is never held whole.
   */
  readonly derive?: (row: Row) => Row;
}

/** XLSX options as a caller writes them. */
export interface WorkbookOptionsInput {
  /** Header row: `zh` Chinese labels (default), `en` English labels, `name` the column names. */
  readonly headers?: string;
  /** Add a last sheet `columns` listing each table's columns with both labels and type; default true. */
  readonly dictionary?: boolean;
  /** Widest column, in character widths (a CJK character counts two); default 60. */
  readonly maxColumnWidth?: number;
  /** Stored as the workbook's creation and modification time; default: exceljs's (now). */
  readonly created?: Date;
  /**
   * Tables that are also written as CSV beside the workbook (`<name>.csv` in its folder): a
   * sheet of more rows than `WORKBOOK_ROWS_MAX` or more text than `WORKBOOK_TEXT_BYTES_MAX`
   * holds a note pointing to that CSV instead of its rows, and a first sheet `说明` says which (none: every sheet holds its rows).
   */
  readonly csvBeside?: boolean;
}

/** Fully defaulted XLSX options. */
export interface WorkbookOptions {
  readonly headers: HeaderLanguage;
  readonly dictionary: boolean;
  readonly maxColumnWidth: number;
  readonly created: Date | null;
  readonly csvBeside: boolean;
}

/**
 * Most rows a sheet holds in a workbook written beside its CSVs (`csvBeside`); a larger table
 * is in its CSV only (Excel opens that directly). A national run's tasks, quantities and
 * observations repeated 47 MB of CSV in the workbook, which Excel opens slowly if at all.
 */
export const WORKBOOK_ROWS_MAX = 50_000;

/**
 * Most text a sheet holds in a workbook written beside its CSVs (`csvBeside`): UTF-8 bytes of
 * its text cells as written (after `derive`). A text-heavy table above it (in practice tasks and
 * quantities: task titles, units, sections) is in its CSV only, as a table of more than
 * `WORKBOOK_ROWS_MAX` rows is. The seeds' tasks hold 0.2 MB of text; a national run's 46,000
 * tasks some 6 MB, which the workbook repeated beside the CSV and built in memory.
 *
 * @example
 * WORKBOOK_TEXT_BYTES_MAX // → 4000000
 */
export const WORKBOOK_TEXT_BYTES_MAX = 4_000_000;

/** Name of the first sheet of a workbook whose larger tables are in their CSVs only. */
export const README_SHEET = '说明';

/** Name of the data-dictionary sheet. */
export const DICTIONARY_SHEET = 'columns';

const MIN_COLUMN_WIDTH = 6;
const WIDTH_SAMPLE_ROWS = 2000;
const INT32_LIMIT = 2 ** 31;

/**
 * A table from records; columns default to the first record's keys.
 *
 * @example
 * tableOf('ranking', [{ region: '滕州市', rank: 1 }]).columns // → ['region', 'rank']
 */
export function tableOf(name: string, rows: readonly Row[], columns?: readonly string[]): Table {
  return { name, rows, columns: columns ?? (rows[0] === undefined ? [] : Object.keys(rows[0])) };
}

/** The tables of an extraction (the shape `extract` returns). */
export interface ExtractionTables {
  readonly documents: readonly Row[];
  readonly tasks: readonly Row[];
  readonly quantities: readonly Row[];
  readonly observations: readonly Row[];
  readonly inputs: readonly Row[];
  readonly diagnostics: readonly Row[];
}

/**
 * The six tables of an extraction, named and with their documented columns, in the order a
 * reader meets them: documents, tasks, quantities, observations, inputs, diagnostics.
 *
 * @example
 * extractionTables(await extract(['seeds'], nodeEffects())).map((t) => `${t.name}:${t.rows.length}`)
 * // → ['documents:5', 'tasks:346', 'quantities:429', 'observations:135', 'inputs:6', 'diagnostics:1']
 */
export function extractionTables(extraction: ExtractionTables): Table[] {
  return [
    { name: 'documents', columns: DOCUMENT_COLUMNS, rows: extraction.documents },
    { name: 'tasks', columns: TASK_COLUMNS, rows: extraction.tasks },
    { name: 'quantities', columns: QUANTITY_COLUMNS, rows: extraction.quantities },
    { name: 'observations', columns: OBSERVATION_COLUMNS, rows: extraction.observations },
    { name: 'inputs', columns: INPUT_COLUMNS, rows: extraction.inputs },
    { name: 'diagnostics', columns: DIAGNOSTIC_COLUMNS, rows: extraction.diagnostics },
  ];
}

/**
 * Check and default the XLSX options; a bad value throws `invalid <name>: <value>`.
 *
 * @example
 * normalizeWorkbookOptions({}) // → { headers: 'zh', dictionary: true, maxColumnWidth: 60, created: null, csvBeside: false }
 */
export function normalizeWorkbookOptions(input: WorkbookOptionsInput = {}): WorkbookOptions {
  const maxColumnWidth = input.maxColumnWidth ?? 60;
  if (!Number.isInteger(maxColumnWidth) || maxColumnWidth < MIN_COLUMN_WIDTH || maxColumnWidth > 255) {
    throw new UsageError(EXPORT_ERRORS.invalidOption('maxColumnWidth', maxColumnWidth));
  }
  if (input.created !== undefined && Number.isNaN(input.created.getTime())) throw new UsageError(EXPORT_ERRORS.invalidOption('created', input.created));
  return {
    headers: keyword(input.headers ?? 'zh', 'headers', HEADER_LANGUAGES),
    dictionary: input.dictionary ?? true,
    maxColumnWidth,
    created: input.created ?? null,
    csvBeside: input.csvBeside ?? false,
  };
}

/**
 * The type of each column: the catalogue's, or for an unknown column the type its values
 * share (`number` when all are numbers, `boolean` when all are booleans, else `text`).
 *
 * @example
 * columnTypes({ name: 't', columns: ['region', 'value', 'mine'], rows: [{ mine: true }] })
 * // → ['text', 'number', 'boolean']
 */
export function columnTypes(table: Table): ColumnType[] {
  const derive = table.derive ?? ((row: Row) => row);
  return table.columns.map((column) => columnLabel(column)?.type ?? inferType(table.rows.map((row) => valueOf(derive(row), column))));
}

/**
 * A table's cells, typed by column: text cells are strings (arrays joined by `;`, objects as
 * JSON), numbers non-finite become null, and a value that does not fit its column's type
 * (text in a number column, 2.5 in an integer column) throws, naming table, column and row.
 *
 * @example
 * typedRows({ name: 't', columns: ['region', 'rank', 'flags'], rows: [{ region: '滕州市', rank: 1, flags: ['a', 'b'] }] })
 * // → [['滕州市', 1, 'a;b']]
 */
export function typedRows(table: Table): Cell[][] {
  const types = columnTypes(table);
  const derive = table.derive ?? ((row: Row) => row);
  return table.rows.map((row, index) => typedRow(table, types, derive(row), index));
}

function typedRow(table: Table, types: readonly ColumnType[], row: Row, index: number): Cell[] {
  return table.columns.map((column, position) => {
    const type = types[position] ?? 'text';
    return typedCell(valueOf(row, column), type, () => `table ${table.name}, column ${column}, row ${index + 1}`);
  });
}

/**
 * A table's rows as records keyed by their headers in a language (typed cells as in
 * `typedRows`): for data-frame libraries and notebooks that show Chinese column names.
 *
 * @example
 * labelledRecords(tableOf('t', [{ region: '滕州市', rank: 1, flags: ['a', 'b'] }]), 'zh')
 * // → [{ 地区: '滕州市', 排名: 1, 提示标记: 'a;b' }]
 */
export function labelledRecords(table: Table, headers: HeaderLanguage = 'zh'): Record<string, Cell>[] {
  const names = table.columns.map((column) => columnHeader(column, keyword(headers, 'headers', HEADER_LANGUAGES)));
  return typedRows(table).map((row) => Object.fromEntries(names.map((name, position) => [name, row[position] ?? null])));
}

/**
 * CSV bytes: UTF-8 with a byte-order mark (so Excel reads Chinese), RFC 4180, CRLF, text
 * cells that would run as formulas neutralised (see `neutraliseFormula`).
 *
 * @example
 * const bytes = csvOf(tableOf('t', [{ region: '滕州市', value: 1 }]));
 * [...bytes.subarray(0, 3)]       // → [239, 187, 191] (the byte-order mark)
 * new TextDecoder().decode(bytes) // → 'region,value\r\n滕州市,1\r\n'
 */
export function csvOf(table: Table): Uint8Array {
  return new TextEncoder().encode(formatRows(table.rows, table.columns, 'csv', { bom: true }));
}

/**
 * JSON bytes: an array of records with the table's columns, null for missing values.
 *
 * @example
 * new TextDecoder().decode(jsonOf(tableOf('t', [{ a: 1 }]))) // → '[\n  {\n    "a": 1\n  }\n]\n'
 */
export function jsonOf(table: Table): Uint8Array {
  return new TextEncoder().encode(formatRows(table.rows, table.columns, 'json'));
}


/**
 * An XLSX workbook with one sheet per table (in the given order) and, unless
 * `dictionary: false`, a last sheet `columns` listing every table's columns with their
 * Chinese and English labels and type. Each sheet has a bold header row (`headers`: Chinese
 * labels by default), frozen so it stays in view, with a filter; column widths follow the
 * content (a CJK character counts two, capped at `maxColumnWidth`); numbers are number
 * cells (fractional ones rounded for people as in CSV, `forPeople`) and text cells that would
 * run as formulas are neutralised as in CSV. Text longer than
 * Excel's 32,767 characters per cell is cut to fit and ends with "…" (CSV, JSON and Arrow keep it
 * whole); characters XML cannot carry (C0 controls other than tab and line ends) are dropped.
 * With `csvBeside` (the run's `data/tables.xlsx`, beside a CSV of each table), a table of more
 * than `WORKBOOK_ROWS_MAX` rows or `WORKBOOK_TEXT_BYTES_MAX` bytes of text gets a sheet with a
 * note pointing to its CSV instead of its rows, and the workbook opens with a sheet `说明` naming those tables.
 *
 * @example
 * const bytes = await workbookOf(extractionTables(extraction));
 * // sheets: documents, tasks, quantities, observations, inputs, diagnostics, columns
 */
export async function workbookOf(tables: readonly Table[], options: WorkbookOptionsInput = {}): Promise<Uint8Array> {
  const opts = normalizeWorkbookOptions(options);
  // beside its CSVs, a table too large for a sheet people can open is a note pointing to its CSV
  const csvOnly = opts.csvBeside ? tables.filter((table) => table.rows.length > WORKBOOK_ROWS_MAX || textBytesOver(table, WORKBOOK_TEXT_BYTES_MAX)) : [];
  const names = [...(csvOnly.length > 0 ? [README_SHEET] : []), ...tables.map((table) => table.name)];
  if (opts.dictionary) names.push(DICTIONARY_SHEET);
  checkSheetNames(names);
  // each sheet's cells are made row by row as it is written (number cells rounded for people
  // as in CSV; JSON and Arrow keep every digit): a national run's tables are never held as
  // cells too, only a sample for the column widths
  const sheets: XlsxSheet[] = tables.map((table) => {
    if (csvOnly.includes(table)) return sheetOf(table.name, [NOTE_HEADER], csvOnlyNote(table).map((line) => [line]), opts.maxColumnWidth);
    const types = columnTypes(table);
    const derive = table.derive ?? ((row: Row) => row);
    const cells = (row: Row, index: number): Cell[] => typedRow(table, types, derive(row), index).map((cell) => xlsxCell(typeof cell === 'number' ? forPeople(cell) : cell));
    const headers = table.columns.map((column) => columnHeader(column, opts.headers));
    const sample = table.rows.slice(0, WIDTH_SAMPLE_ROWS).map(cells);
    const rows = { *[Symbol.iterator]() { for (const [index, row] of table.rows.entries()) yield cells(row, index); } };
    return { name: table.name, headers, rows, rowCount: table.rows.length, widths: columnWidths(headers, sample, opts.maxColumnWidth) };
  });
  if (csvOnly.length > 0) {
    const lines = [
      `以下各表行数多于 ${WORKBOOK_ROWS_MAX.toLocaleString('en-US')} 或文字多于 ${megabytes(WORKBOOK_TEXT_BYTES_MAX)} MB，未写入本工作簿，请用 Excel 直接打开同一文件夹中的 CSV 文件（UTF-8 带 BOM，中文可直接显示）：`,
      ...csvOnly.map((table) => `${table.name}.csv（${table.rows.length.toLocaleString('en-US')} 行）`),
      `Tables of more than ${WORKBOOK_ROWS_MAX.toLocaleString('en-US')} rows or ${megabytes(WORKBOOK_TEXT_BYTES_MAX)} MB of text are not in this workbook; open their CSV files in the same folder in Excel (UTF-8 with BOM): ${csvOnly.map((table) => `${table.name}.csv`).join(', ')}.`,
      '其余各表在后面的工作表中；columns 工作表列出每张表（含只在 CSV 中的表）的字段。',
    ];
    sheets.unshift(sheetOf(README_SHEET, [NOTE_HEADER], lines.map((line) => [line]), opts.maxColumnWidth));
  }
  if (opts.dictionary) {
    const rows = tables.flatMap((table) => {
      const types = columnTypes(table);
      return table.columns.map((column, position): Cell[] => [
        table.name, column, columnHeader(column, 'zh'), columnHeader(column, 'en'), types[position] ?? 'text',
      ]);
    });
    sheets.push(sheetOf(DICTIONARY_SHEET, DICTIONARY_HEADERS, rows, opts.maxColumnWidth));
  }
  // without a date of its own the workbook is dated now (the one clock read of this module)
  // a large workbook's sheets are deflated in worker threads (`xlsxPackageAsync`, same bytes)
  return xlsxPackageAsync(sheets, { creator: 'regionbench', created: opts.created ?? new Date() });
}

/** The one column of a note sheet. */
const NOTE_HEADER = '说明 note';

/** What a table's sheet says when its rows are in its CSV only. */
function csvOnlyNote(table: Table): string[] {
  const rows = table.rows.length.toLocaleString('en-US');
  if (table.rows.length <= WORKBOOK_ROWS_MAX) {
    const most = megabytes(WORKBOOK_TEXT_BYTES_MAX);
    return [
      `本表共 ${rows} 行，文字多于工作簿每表 ${most} MB 的限度，未写入工作簿：请用 Excel 直接打开同一文件夹中的 ${table.name}.csv（UTF-8 带 BOM）。字段见 columns 工作表。`,
      `This table has ${rows} rows and more text than the workbook's ${most} MB a sheet: open ${table.name}.csv in the same folder (UTF-8 with BOM). Its columns are listed in the columns sheet.`,
    ];
  }
  const most = WORKBOOK_ROWS_MAX.toLocaleString('en-US');
  return [
    `本表共 ${rows} 行，多于工作簿每表 ${most} 行的限度，未写入工作簿：请用 Excel 直接打开同一文件夹中的 ${table.name}.csv（UTF-8 带 BOM）。字段见 columns 工作表。`,
    `This table has ${rows} rows, more than the workbook's ${most} a sheet: open ${table.name}.csv in the same folder (UTF-8 with BOM). Its columns are listed in the columns sheet.`,
  ];
}

/** Bytes as whole megabytes (10⁶) for a note. */
function megabytes(bytes: number): string {
  return (bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** Whether a table's text cells, as written (after `derive`), hold more than `budget` UTF-8 bytes; stops counting once over. */
function textBytesOver(table: Table, budget: number): boolean {
  const derive = table.derive ?? ((row: Row) => row);
  let bytes = 0;
  for (const row of table.rows) {
    const shown = derive(row);
    for (const column of table.columns) {
      const value = valueOf(shown, column);
      if (typeof value === 'string') bytes += Buffer.byteLength(value, 'utf8');
    }
    if (bytes > budget) return true;
  }
  return false;
}

/** Headers of the `columns` sheet: table, column name, Chinese label, English label, type. */
export const DICTIONARY_HEADERS = ['表 table', '字段 column', '中文名称', 'English label', '类型 type'] as const;

/**
 * One table in a format, as bytes; `xlsx` is a workbook with that table's sheet (and the
 * `columns` sheet), the text formats are UTF-8 (CSV with a byte-order mark).
 *
 * @example
 * await exportTable(tableOf('observations', extraction.observations, OBSERVATION_COLUMNS), 'arrow')
 * // → Uint8Array [65, 82, 82, 79, 87, 49, …] ("ARROW1" magic)
 */
export async function exportTable(table: Table, format: string, options: WorkbookOptionsInput = {}): Promise<Uint8Array> {
  const checked = keyword(format, 'format', EXPORT_FORMATS);
  switch (checked) {
    case 'csv': return csvOf(table);
    case 'json': return jsonOf(table);
    case 'jsonl': return new TextEncoder().encode(formatRows(table.rows, table.columns, 'jsonl'));
    // arquero loads on first use: most runs write no Arrow file
    case 'arrow': return (await import('./arrow.js')).arrowOf(table);
    case 'xlsx': return workbookOf([table], options);
  }
}

/**
 * Whether a format's bytes are binary (and so need a file, not a terminal).
 *
 * @example
 * isBinaryFormat('xlsx') // → true
 * isBinaryFormat('csv')  // → false
 */
export function isBinaryFormat<T extends string>(format: T): format is Extract<T, BinaryFormat> {
  return (BINARY_FORMATS as readonly string[]).includes(format);
}

/**
 * Display width of a text in character cells: CJK ideographs, kana, hangul and full-width
 * forms count two, everything else one.
 *
 * @example
 * displayWidth('台儿庄区 2023') // → 13
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

// CJK punctuation, kana, CJK ideographs (incl. extension A and compatibility), hangul, full-width forms.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function sheetOf(name: string, headers: readonly string[], rows: readonly Cell[][], maxWidth: number): XlsxSheet {
  const cells = rows.map((row) => row.map(xlsxCell));
  return { name, headers, rows: cells, widths: columnWidths(headers, cells, maxWidth) };
}

/** Each column's width in characters: its header's or its widest text among the first `WIDTH_SAMPLE_ROWS` rows, within bounds. */
function columnWidths(headers: readonly string[], rows: readonly Cell[][], maxWidth: number): number[] {
  return headers.map((header, position) => {
    let widest = displayWidth(header);
    for (const row of rows.slice(0, WIDTH_SAMPLE_ROWS)) widest = Math.max(widest, displayWidth(cellText(row[position] ?? null).slice(0, 2 * maxWidth)));
    return Math.min(maxWidth, Math.max(MIN_COLUMN_WIDTH, widest + 2));
  });
}

/** Excel's limit on the characters of one cell. */
export const XLSX_CELL_LIMIT = 32_767;

function xlsxCell(cell: Cell): Cell {
  // A null cell is left empty; text that a spreadsheet would evaluate gets the CSV treatment;
  // Excel refuses (or "repairs") a cell longer than its limit, so such text is cut and marked with "…".
  if (typeof cell !== 'string') return cell;
  const safe = neutraliseFormula(cell);
  return safe.length > XLSX_CELL_LIMIT ? `${safe.slice(0, XLSX_CELL_LIMIT - 1)}…` : safe;
}

function cellText(cell: Cell): string {
  return cell === null ? '' : typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
}

function checkSheetNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    // Excel: 1–31 characters, none of []:*?/\, not starting or ending with an apostrophe, unique regardless of case.
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || seen.has(name.toLowerCase())) {
      throw new UsageError(EXPORT_ERRORS.sheetName(name));
    }
    seen.add(name.toLowerCase());
  }
}

function valueOf(row: Row, column: string): unknown {
  return (row as Record<string, unknown>)[column];
}

function inferType(values: readonly unknown[]): ColumnType {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length > 0 && present.every((value) => typeof value === 'number')) return 'number';
  if (present.length > 0 && present.every((value) => typeof value === 'boolean')) return 'boolean';
  return 'text';
}

function typedCell(value: unknown, type: ColumnType, where: () => string): Cell {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'text':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return Array.isArray(value) ? value.join(';') : JSON.stringify(value);
    case 'number':
      if (typeof value !== 'number') throw new UsageError(EXPORT_ERRORS.cell(where(), 'a number', value));
      return Number.isFinite(value) ? value : null;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) >= INT32_LIMIT) {
        throw new UsageError(EXPORT_ERRORS.cell(where(), 'an integer', value));
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new UsageError(EXPORT_ERRORS.cell(where(), 'true or false', value));
      return value;
  }
}
