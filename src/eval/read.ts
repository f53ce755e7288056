import { UsageError } from '../errors.js';
import { splitDelimited } from '../regions/index.js';
import { EVAL_MESSAGES } from '../messages.js';
import type { GoldRow, Prediction } from './types.js';

const { goldEmpty, goldMissingColumn, goldRowWithoutFile, goldUnclosedQuote, predictionsMissingColumn } = EVAL_MESSAGES;

/**
 * Split tab-separated text the way spreadsheet tools write it: a cell that starts with `"` is
 * quoted (it may hold tabs and line breaks, `""` is one quote, text after the closing quote is
 * kept); a `"` anywhere else is an ordinary character. CRLF and LF end a record; a leading BOM
 * is dropped. Returns records with the line each starts on; empty lines are skipped.
 */
function splitTabbed(text: string, origin: string): { line: number; cells: string[] }[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let started = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i] as string;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        if (char === '\r' && body[i + 1] === '\n') {
          i += 1;
          line += 1;
          cell += '\n';
          continue;
        }
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      started = true;
    } else if (char === '\t') {
      cells.push(cell);
      cell = '';
      started = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      if (started) {
        cells.push(cell);
        records.push({ line: recordLine, cells });
      }
      cells = [];
      cell = '';
      started = false;
      line += 1;
      recordLine = line;
    } else {
      cell += char;
      started = true;
    }
  }
  if (quoted) throw new UsageError(goldUnclosedQuote(origin, recordLine));
  if (started) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records;
}

/**
 * Read a gold TSV (header row, then one labelled figure per row): the columns of the labelling
 * guide (`file`, `indicator`, `status`, `kind`, `comparator`, `value`, `value_high`, `unit`,
 * `year`, `region`, `evidence`), in any order; `doc` may stand for `file`. Cells missing at the
 * end of a short row are null. Throws (the gold file is the user's configuration) when the
 * `file`/`doc`, `indicator` or `value` column is missing or a row names no file.
 *
 * @example
 * parseGold('file\tindicator\tkind\tvalue\nx.txt\tgdp_growth\tgrowth\t6.5\n', 'gold.tsv')
 * // → [{ file: 'x.txt', indicator: 'gdp_growth', kind: 'growth', value: '6.5', status: null, …, line: 2 }]
 */
export function parseGold(text: string, origin: string): GoldRow[] {
  const [header, ...records] = splitTabbed(text, origin);
  if (!header) throw new UsageError(goldEmpty(origin));
  const columns = header.cells;
  const at = (name: string): number => columns.indexOf(name);
  const fileColumn = at('file') >= 0 ? at('file') : at('doc');
  if (fileColumn < 0) throw new UsageError(goldMissingColumn(origin, 'file'));
  for (const required of ['indicator', 'value']) if (at(required) < 0) throw new UsageError(goldMissingColumn(origin, required));
  const cellOf = (cells: readonly string[], name: string): string | null => {
    const index = at(name);
    return index < 0 ? null : (cells[index] ?? null);
  };
  return records.map(({ line, cells }) => {
    // a `doc` column stands in for an empty `file` cell, as in the reference scorer
    const file = (cells[fileColumn] || (at('doc') >= 0 ? cells[at('doc')] : '') || '').trim();
    if (file === '') throw new UsageError(goldRowWithoutFile(origin, line));
    return {
      file,
      indicator: cellOf(cells, 'indicator') ?? '',
      status: cellOf(cells, 'status'),
      kind: cellOf(cells, 'kind'),
      comparator: cellOf(cells, 'comparator'),
      value: cellOf(cells, 'value'),
      valueHigh: cellOf(cells, 'value_high'),
      unit: cellOf(cells, 'unit'),
      year: cellOf(cells, 'year'),
      region: cellOf(cells, 'region'),
      evidence: cellOf(cells, 'evidence'),
      line,
    };
  });
}

/** Predictions read from a file, and the lines passed over. */
export interface PredictionFile {
  readonly predictions: Prediction[];
  /** Lines (1-based) of a JSON-lines file that are not a JSON object; never any for CSV. */
  readonly skippedLines: number[];
}

/**
 * Read predictions: JSON lines (one observation record per line, as `extract` writes them;
 * blank lines ignored, lines that are not a JSON object listed in `skippedLines` and passed
 * over) or CSV with a header (as `extract --format csv` writes it: BOM, CRLF, formula-guarding
 * apostrophes undone). Throws when a CSV lacks the `source`, `indicator` or `value` column.
 *
 * @example
 * parsePredictions('{"source":"x.txt","indicator":"gdp_growth","value":6.5}\nnot json\n', 'jsonl', 'pred.jsonl')
 * // → { predictions: [{ source: 'x.txt', indicator: 'gdp_growth', value: 6.5 }], skippedLines: [2] }
 */
export function parsePredictions(text: string, format: 'jsonl' | 'csv', origin: string): PredictionFile {
  if (format === 'csv') {
    const [header, ...rows] = splitDelimited(text, 'csv');
    const columns = header?.cells ?? [];
    for (const required of ['source', 'indicator', 'value']) if (!columns.includes(required)) throw new UsageError(predictionsMissingColumn(origin, required));
    const predictions = rows.map(({ cells }) => Object.fromEntries(columns.map((column, index) => [column, unguard(cells[index] ?? '')])));
    return { predictions, skippedLines: [] };
  }
  const predictions: Prediction[] = [];
  const skippedLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) predictions.push(value as Prediction);
      else skippedLines.push(index + 1);
    } catch {
      skippedLines.push(index + 1);
    }
  });
  return { predictions, skippedLines };
}

/** Undo the apostrophe CSV export puts before text that a spreadsheet would run as a formula. */
function unguard(cell: string): string {
  return /^'(=.|[+\-@\t\r])/s.test(cell) ? cell.slice(1) : cell;
}
