import { ConfigError } from '../errors.js';
import { REGION_MESSAGES } from '../messages.js';

const { unclosedQuote } = REGION_MESSAGES;

/** One record of a delimited text, numbered as a spreadsheet numbers rows (header = 1). */
export interface TextRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * Split CSV (RFC 4180: `"` quotes, `""` escapes, quoted fields may hold commas and line
 * breaks) or TSV (tab-separated, no quoting) text into numbered records. A leading BOM is
 * dropped, CRLF and LF both end a record, and blank records are skipped but still counted,
 * so row numbers match what an editor or spreadsheet shows.
 *
 * @example
 * splitDelimited('a,b\n"x, y",2\n', 'csv')
 * // → [{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['x, y', '2'] }]
 */
export function splitDelimited(text: string, format: 'csv' | 'tsv'): TextRow[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records = format === 'tsv' ? splitTsv(body) : splitCsv(body);
  const rows: TextRow[] = [];
  records.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: index + 1, cells });
  });
  return rows;
}

function splitTsv(text: string): string[][] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

function splitCsv(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let recordStarted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      recordStarted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
      recordStarted = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = '';
      recordStarted = false;
    } else {
      cell += char;
      recordStarted = true;
    }
  }
  if (quoted) throw new ConfigError(unclosedQuote(records.length + 1));
  if (recordStarted) {
    cells.push(cell);
    records.push(cells);
  }
  return records;
}
