/**
 * Chinese names beside the codes of a table, for exports a planner reads (CSV, XLSX): after
 * each coded column (`indicator`, `parts`, `unit`, `kind`, `status`, `tier`, `comparator`,
 * `region_level`, `year_basis`, `genre`, `severity`, `outcome` and the tracking table's
 * `target_*`/`result_*` codes) a column `<name>_zh` holding the Chinese name; the codes stay
 * where they were, for machines. Pure: new rows and columns, the input untouched.
 */
import { CODED_COLUMNS, INDICATOR_UNITS, codeName, isIndicatorUnit, type Catalogue } from '../catalogue/index.js';
import type { Row } from './format.js';

/** The name of the column that holds a coded column's Chinese names. */
export function chineseColumnOf(column: string): string {
  return `${column}_zh`;
}

/** 合计 "together": the name of a combined count, whose parts are named in `parts_zh`. */
const COMBINED_NAME = '多类合计';

function namer(column: string, catalogue: Catalogue): ((code: string) => string) | null {
  const indicatorName = (id: string): string => (id === 'combined' ? COMBINED_NAME : catalogue.byId.get(id)?.name_zh ?? id);
  if (column === 'indicator') return indicatorName;
  // parts of a combined count are joined by 、 (or ; when the table joined an array)
  if (column === 'parts') return (codes) => (codes === '' ? '' : codes.split(/[、;]/).map(indicatorName).join('、'));
  if (column === 'unit') return (code) => (isIndicatorUnit(code) ? INDICATOR_UNITS[code].zh : code);
  const vocabulary = CODED_COLUMNS[column];
  return vocabulary === undefined ? null : (code) => codeName(vocabulary, code);
}

/**
 * A table with a Chinese column after every coded column it has (see the module comment).
 * Cells that are not text (null, numbers) are left empty in the Chinese column.
 *
 * @example
 * withChineseColumns([{ indicator: 'fiveg_stations_new', tier: 'strive' }], ['indicator', 'tier'], DEFAULT_CATALOGUE)
 * // → { columns: ['indicator', 'indicator_zh', 'tier', 'tier_zh'],
 * //     rows: [{ indicator: 'fiveg_stations_new', indicator_zh: '新建5G基站', tier: 'strive', tier_zh: '力争' }] }
 */
export function withChineseColumns(rows: readonly Row[], columns: readonly string[], catalogue: Catalogue): { readonly rows: Row[]; readonly columns: string[] } {
  const named = columns.flatMap((column) => {
    const name = namer(column, catalogue);
    return name === null ? [] : [[column, name] as const];
  });
  const out = columns.flatMap((column) => (named.some(([coded]) => coded === column) ? [column, chineseColumnOf(column)] : [column]));
  const withNames = rows.map((row) => {
    const record = row as Record<string, unknown>;
    const added = Object.fromEntries(named.map(([column, name]) => {
      const cell = record[column];
      return [chineseColumnOf(column), typeof cell === 'string' ? name(cell) : null];
    }));
    return { ...record, ...added };
  });
  return { rows: withNames, columns: out };
}
