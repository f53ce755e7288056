import { table, type ColumnTable } from 'arquero';

export { COMPARISON_COLUMNS } from './columns.js';

/**
 * Turn records (comparison, composite, robustness or peer-gap records) into an arquero
 * table, one row per record. Array fields (`flags`, `missing_indicators`, `peers`) become
 * `;`-joined strings so the table writes cleanly to CSV and Excel. Columns follow `columns`
 * when given (so an empty list still has its columns), else the first record's keys.
 *
 * @example
 * recordsToTable(comparison.records, COMPARISON_COLUMNS).columnNames().length // → 32
 * recordsToTable([{ region: '滕州市', flags: ['bound-at-least', 'denominator-stale'] }]).objects()
 * // → [{ region: '滕州市', flags: 'bound-at-least;denominator-stale' }]
 */
export function recordsToTable<T extends object>(records: readonly T[], columns?: readonly (keyof T & string)[]): ColumnTable {
  const names: readonly string[] = columns ?? (records[0] === undefined ? [] : Object.keys(records[0]));
  const data: Record<string, unknown[]> = {};
  for (const name of names) {
    data[name] = records.map((record) => {
      const value: unknown = (record as Record<string, unknown>)[name];
      return Array.isArray(value) ? value.join(';') : value ?? null;
    });
  }
  return table(data);
}
