/** Output formats of every table. */
export const TABLE_FORMATS = ['jsonl', 'csv', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export type Cell = string | number | boolean | null;
/** A record of any table: plain fields whose values are cells (other values are stringified). */
export type Row = object;

function cellOf(row: Row, column: string): Cell {
  const value = (row as Record<string, unknown>)[column];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return Array.isArray(value) ? value.join(';') : JSON.stringify(value);
}

/**
 * A spreadsheet cell that starts with `=` (followed by anything), `+`, `-`, `@` (or a tab/CR)
 * would run as a formula in Excel; such text cells get a leading apostrophe. Numbers, and the
 * lone comparator `=`, are left alone.
 *
 * @example
 * neutraliseFormula('=cmd|\' /C calc\'!A0') // → "'=cmd|' /C calc'!A0"
 * neutraliseFormula('-5')                   // → "'-5" (text; the number -5 stays a number)
 */
export function neutraliseFormula(text: string): string {
  return /^(=.|[+\-@\t\r])/s.test(text) ? `'${text}` : text;
}

/**
 * Significant digits of a fractional number in the exports people open (CSV, XLSX); JSON,
 * JSON lines and Arrow keep every digit.
 *
 * @example
 * PEOPLE_DIGITS // → 6
 */
export const PEOPLE_DIGITS = 6;

/**
 * A number as the exports people open write it: whole numbers as they are, others rounded to
 * `PEOPLE_DIGITS` significant digits (9691.174570357927 → 9691.17, 136666.666666667 → 136667,
 * 0.0516949152542 → 0.0516949), so a spreadsheet shows what a planner would write while the
 * machine formats keep the full value.
 *
 * @example
 * forPeople(9691.174570357927) // → 9691.17
 * forPeople(34270000) // → 34270000
 */
export function forPeople(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  return Number(value.toPrecision(PEOPLE_DIGITS));
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(forPeople(value));
  if (typeof value === 'boolean') return String(value);
  const safe = neutraliseFormula(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Serialise rows in a table format. Columns are `columns` in that order (so an empty table
 * still has its header). CSV is RFC 4180 with CRLF line ends, formula-neutralised text cells,
 * fractional numbers rounded for people (`forPeople`; JSON keeps every digit), and a UTF-8
 * byte-order mark when `bom` is set (Excel needs it to read Chinese).
 *
 * @example
 * formatRows([{ region: '台儿庄区', value: 100 }], ['region', 'value'], 'csv')
 * // → 'region,value\r\n台儿庄区,100\r\n'
 */
export function formatRows(rows: readonly Row[], columns: readonly string[], format: TableFormat, options: { bom?: boolean } = {}): string {
  // each row's record set field by field in the columns' order, not from a list of pairs: no
  // pair arrays made, and every record of the table one shape (the CLI's JSON lines of bench's
  // 69,250 observations: `pick` 242 → 40 ms self in a CPU profile; bench/README.md, session 12)
  const pick = (row: Row): Record<string, Cell> => {
    const picked: Record<string, Cell> = {};
    for (const column of columns) picked[column] = cellOf(row, column);
    return picked;
  };
  switch (format) {
    case 'jsonl':
      return rows.map((row) => JSON.stringify(pick(row))).join('\n') + (rows.length > 0 ? '\n' : '');
    case 'json':
      return `${JSON.stringify(rows.map(pick), null, 2)}\n`;
    case 'csv': {
      const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((column) => csvCell(cellOf(row, column))).join(','))];
      return `${options.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
    }
  }
}

/** Rows of a CSV encoded together by `csvBytes`. */
const CSV_ROWS_PER_CHUNK = 5000;

/**
 * The bytes of `formatRows(rows, columns, 'csv', options)` as UTF-8, encoded a few thousand
 * rows at a time: a table of 180,000 tasks is 105 MB of UTF-8 but was 210 MB as one JS string
 * (two bytes a character once a single Chinese character is in it), plus its lines, before
 * it was encoded. Same bytes.
 *
 * @example
 * new TextDecoder().decode(csvBytes([{ region: '台儿庄区', value: 100 }], ['region', 'value']))
 * // → 'region,value\r\n台儿庄区,100\r\n'
 */
export function csvBytes(rows: readonly Row[], columns: readonly string[], options: { bom?: boolean } = {}): Uint8Array {
  return joinedBytes([...csvChunks(rows, columns, options)]);
}

/**
 * The bytes of `csvBytes`, a few thousand rows at a time (the header first): a caller can
 * let other work run between chunks, and give rows made as they are taken (any iterable).
 *
 * @example
 * [...csvChunks([{ a: 1 }], ['a'])].map((chunk) => new TextDecoder().decode(chunk)) // → ['a\r\n', '1\r\n']
 */
export function* csvChunks(rows: Iterable<Row>, columns: readonly string[], options: { bom?: boolean } = {}): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`${options.bom ? '\ufeff' : ''}${columns.map(csvCell).join(',')}\r\n`);
  let text = '';
  let count = 0;
  for (const row of rows) {
    text += `${columns.map((column) => csvCell(cellOf(row, column))).join(',')}\r\n`;
    count += 1;
    if (count === CSV_ROWS_PER_CHUNK) {
      yield encoder.encode(text);
      text = '';
      count = 0;
    }
  }
  if (count > 0) yield encoder.encode(text);
}

/** Byte chunks joined into one array, in order. */
export function joinedBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
