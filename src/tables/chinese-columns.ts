/**
 * Chinese names beside the codes of a table, for exports a planner reads (CSV, XLSX): after
 * each coded column (`indicator`, `parts`, `unit`, `kind`, `status`, `tier`, `comparator`,
 * `region_level`, `year_basis`, `genre`, `severity`, `outcome` and the tracking table's
 * `target_*`/`result_*` codes) a column `<name>_zh` holding the Chinese name; the codes stay
 * where they were, for machines. Administrative levels are written as one vocabulary of codes
 * whichever command wrote them (`county`, not `县`, with `县` in `region_level_zh`): a region
 * table's Chinese level and the document parser's code meet here. Pure: new rows and columns,
 * the input untouched.
 */
import { CODED_COLUMNS, INDICATOR_UNITS, UNITS, codeName, isIndicatorUnit, levelCode, type Catalogue } from '../catalogue/index.js';
import type { Table } from './export.js';
import type { Row } from './format.js';

/** Formats a person reads in a spreadsheet, which get a Chinese column beside every code. */
export const NAMED_FORMATS = ['csv', 'xlsx'] as const;

/** The name of the column that holds a coded column's Chinese names. */
export function chineseColumnOf(column: string): string {
  return `${column}_zh`;
}

/** The first written form of each unit of the recogniser's lexicon, by id (`wan_m3` → 万立方米). */
const WRITTEN_UNITS = new Map<string, string>(UNITS.map((unit) => [unit.id, unit.forms[0] ?? unit.id]));

/** 合计 "together": the name of a combined count, whose parts are named in `parts_zh`. */
const COMBINED_NAME = '多类合计';

function namer(column: string, catalogue: Catalogue): ((code: string) => string) | null {
  const indicatorName = (id: string): string => (id === 'combined' ? COMBINED_NAME : catalogue.byId.get(id)?.name_zh ?? id);
  if (column === 'indicator') return indicatorName;
  // parts of a combined count are joined by 、 (or ; when the table joined an array)
  if (column === 'parts') return (codes) => (codes === '' ? '' : codes.split(/[、;]/).map(indicatorName).join('、'));
  // an indicator's unit (observations), else a unit as the recogniser read it (quantities: `ge` → 个)
  if (column === 'unit') return (code) => (isIndicatorUnit(code) ? INDICATOR_UNITS[code].zh : WRITTEN_UNITS.get(code) ?? code);
  const vocabulary = CODED_COLUMNS[column];
  return vocabulary === undefined ? null : (code) => codeName(vocabulary, levelCodeIn(column, code));
}

/** The columns whose cells are administrative levels. */
function isLevelColumn(column: string): boolean {
  return CODED_COLUMNS[column] === 'region_level';
}

function levelCodeIn(column: string, cell: string): string {
  return isLevelColumn(column) ? levelCode(cell) : cell;
}

/**
 * Rows with every level cell written as its code (see `levelCode`); other cells as they were.
 *
 * @example
 * withLevelCodes([{ region: '德清县', region_level: '县' }], ['region', 'region_level'])
 * // → [{ region: '德清县', region_level: 'county' }]
 */
export function withLevelCodes(rows: readonly Row[], columns: readonly string[]): Row[] {
  const levels = columns.filter(isLevelColumn);
  if (levels.length === 0) return [...rows];
  return rows.map((row) => {
    const record = row as Record<string, unknown>;
    return { ...record, ...Object.fromEntries(levels.map((column) => {
      const cell = record[column];
      return [column, typeof cell === 'string' ? levelCode(cell) : cell];
    })) };
  });
}

/**
 * A table with a Chinese column after every coded column it has (see the module comment), and
 * its levels written as codes. Cells that are not text (null, numbers) are left empty in the
 * Chinese column.
 *
 * @example
 * withChineseColumns([{ indicator: 'fiveg_stations_new', tier: 'strive' }], ['indicator', 'tier'], DEFAULT_CATALOGUE)
 * // → { columns: ['indicator', 'indicator_zh', 'tier', 'tier_zh'],
 * //     rows: [{ indicator: 'fiveg_stations_new', indicator_zh: '新建5G基站', tier: 'strive', tier_zh: '力争' }] }
 * withChineseColumns([{ region_level: '县' }], ['region_level'], DEFAULT_CATALOGUE).rows
 * // → [{ region_level: 'county', region_level_zh: '县' }]
 */
export function withChineseColumns(rows: readonly Row[], columns: readonly string[], catalogue: Catalogue): { readonly rows: Row[]; readonly columns: string[] } {
  const { row, columns: out } = chineseColumnsFor(columns, catalogue);
  return { rows: rows.map(row), columns: out };
}

/**
 * What `withChineseColumns` does, one row at a time: the columns it gives, and the function
 * that makes a row with its Chinese columns (and levels as codes). A writer that makes each
 * row as it writes it never holds the whole table twice (a national run's tables with their
 * Chinese columns were 330 MB of heap at once).
 *
 * @example
 * const { columns, row } = chineseColumnsFor(['indicator'], DEFAULT_CATALOGUE);
 * [columns, row({ indicator: 'fiveg_stations_new' })]
 * // → [['indicator', 'indicator_zh'], { indicator: 'fiveg_stations_new', indicator_zh: '新建5G基站' }]
 */
export function chineseColumnsFor(columns: readonly string[], catalogue: Catalogue): { readonly columns: string[]; readonly row: (row: Row) => Row } {
  const named = columns.flatMap((column) => {
    const name = namer(column, catalogue);
    return name === null ? [] : [[column, name] as const];
  });
  const out = columns.flatMap((column) => (named.some(([coded]) => coded === column) ? [column, chineseColumnOf(column)] : [column]));
  const levels = columns.filter(isLevelColumn);
  const row = (source: Row): Row => {
    const record = levels.length === 0 ? source as Record<string, unknown> : withLevelCodes([source], levels)[0] as Record<string, unknown>;
    const added = Object.fromEntries(named.map(([column, name]) => {
      const cell = record[column];
      return [chineseColumnOf(column), typeof cell === 'string' ? name(cell) : null];
    }));
    return { ...record, ...added };
  };
  return { columns: out, row };
}

/**
 * A table as a format writes it: in CSV and XLSX (`NAMED_FORMATS`, read by people) with a
 * Chinese column beside every code (`withChineseColumns`); in JSON, JSON lines and Arrow (read
 * by programs) with the columns as they are. In every format the levels are codes.
 *
 * @example
 * tableForFormat(tableOf('t', [{ region_level: '县级市' }]), 'csv', DEFAULT_CATALOGUE)
 * // → { name: 't', columns: ['region_level', 'region_level_zh'], rows: [{ region_level: 'county_level_city', region_level_zh: '县级市' }] }
 * tableForFormat(tableOf('t', [{ region_level: '县级市' }]), 'jsonl', DEFAULT_CATALOGUE).rows
 * // → [{ region_level: 'county_level_city' }]
 */
export function tableForFormat(table: Table, format: string, catalogue: Catalogue): Table {
  if ((NAMED_FORMATS as readonly string[]).includes(format)) return { name: table.name, ...withChineseColumns(table.rows, table.columns, catalogue) };
  return { name: table.name, columns: table.columns, rows: withLevelCodes(table.rows, table.columns) };
}
