/**
 * Arrow IPC export of a tidy table, apart from the other formats so that arquero (a third of
 * a second to load) is only loaded by runs that write Arrow.
 */
import { table as arqueroTable, toArrowIPC } from 'arquero';
import { bool, float64, int32, utf8 } from '@uwdata/flechette';
import { columnTypes, typedRows, type Table } from './export.js';
import type { Cell } from './format.js';
import type { ColumnType } from './labels.js';

/**
 * Arrow IPC bytes in the file format (Feather v2: `pyarrow.feather.read_table`,
 * `pandas.read_feather`, R `arrow::read_feather`, DuckDB `read_arrow`/the arrow extension,
 * apache-arrow `tableFromIPC`). Column types are fixed by the catalogue: text → utf8,
 * integer → int32, number → float64, boolean → bool; nulls stay nulls.
 *
 * @example
 * tableFromIPC(arrowOf(tableOf('t', [{ region: '滕州市', rank: 1 }]))).schema.fields.map(String)
 * // → ['region: Utf8', 'rank: Int32']
 */
export function arrowOf(table: Table): Uint8Array {
  const types = columnTypes(table);
  const rows = typedRows(table);
  const data: Record<string, Cell[]> = {};
  const arrowTypes: Record<string, ReturnType<typeof arrowType>> = {};
  table.columns.forEach((column, position) => {
    data[column] = rows.map((row) => row[position] ?? null);
    arrowTypes[column] = arrowType(types[position] ?? 'text');
  });
  return toArrowIPC(arqueroTable(data), { format: 'file', types: arrowTypes });
}

function arrowType(type: ColumnType): ReturnType<typeof utf8> | ReturnType<typeof int32> | ReturnType<typeof float64> | ReturnType<typeof bool> {
  switch (type) {
    case 'text': return utf8();
    case 'integer': return int32();
    case 'number': return float64();
    case 'boolean': return bool();
  }
}
