/**
 * A compact form for the answers worker threads send: lists of records of one shape become
 * columns under one list of keys, and every string is sent once in a table and referred to by
 * its index. An answer of `extract` repeats the document's id, source and region in every
 * record and the same sentence in every quantity read from it; as JSON text it was twice the
 * size of the document, and writing, copying and reading that text cost a third of the time
 * the threads saved.
 *
 * `unpack(JSON.parse(JSON.stringify(pack(value))))` equals `JSON.parse(JSON.stringify(value))`
 * for any JSON value: whatever does not fit the compact form is sent as it is.
 */

/** One list of records of the same shape, by column. */
interface PackedRecords {
  readonly keys: readonly string[];
  readonly length: number;
  /** Per key: indexes into the string table (−1 for null), or the values as they are. */
  readonly columns: readonly (readonly unknown[])[];
  /** Per key: 1 when the column holds string-table indexes. */
  readonly strings: readonly (0 | 1)[];
}

type PackedField = { readonly records: PackedRecords } | { readonly record: PackedRecords } | { readonly plain: unknown };

/** A packed object: its fields, each a packed list of records, a packed record or the value as it is. */
export interface Packed {
  readonly strings: readonly string[];
  readonly fields: Readonly<Record<string, PackedField>>;
}

/**
 * Pack the fields of an object (one level: a field that is a list of flat records or a flat
 * record is packed; anything else is kept as it is).
 *
 * @example
 * pack({ rows: [{ a: 'x', n: 1 }, { a: 'x', n: 2 }] })
 * // → { strings: ['x'], fields: { rows: { records: { keys: ['a', 'n'], length: 2, columns: [[0, 0], [1, 2]], strings: [1, 0] } } } }
 */
export function pack(value: Readonly<Record<string, unknown>>): Packed {
  const table: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string): number => {
    let at = index.get(text);
    if (at === undefined) {
      at = table.length;
      table.push(text);
      index.set(text, at);
    }
    return at;
  };
  const fields: Record<string, PackedField> = {};
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (Array.isArray(field)) {
      const records = packRecords(field, intern);
      fields[name] = records === null ? { plain: field } : { records };
    } else if (isFlatRecord(field)) {
      const record = packRecords([field], intern);
      fields[name] = record === null ? { plain: field } : { record };
    } else {
      fields[name] = { plain: field };
    }
  }
  return { strings: table, fields };
}

/**
 * The object `pack` was given, as JSON would have carried it.
 *
 * @example
 * unpack(pack({ rows: [{ a: 'x', n: 1 }] })) // → { rows: [{ a: 'x', n: 1 }] }
 */
export function unpack<T>(packed: Packed): T {
  const { strings } = packed;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(packed.fields)) {
    if ('plain' in field) out[name] = field.plain;
    else if ('records' in field) out[name] = unpackRecords(field.records, strings);
    else out[name] = unpackRecords(field.record, strings)[0];
  }
  return out as T;
}

function isFlatRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** A column-wise copy of records that all have the same keys in the same order and only string, number, boolean or null values; else null. */
function packRecords(records: readonly unknown[], intern: (text: string) => number): PackedRecords | null {
  if (records.length === 0) return { keys: [], length: 0, columns: [], strings: [] };
  const first = records[0];
  if (!isFlatRecord(first)) return null;
  const keys = Object.keys(first);
  // a key that assignment would take for the prototype is left to JSON
  if (keys.includes('__proto__')) return null;
  const columns: unknown[][] = keys.map(() => new Array<unknown>(records.length));
  // a column is a string column while every value in it is a string or null
  const stringColumn: (0 | 1)[] = keys.map(() => 1);
  for (let row = 0; row < records.length; row++) {
    const record = records[row];
    if (!isFlatRecord(record)) return null;
    let count = 0;
    for (const key in record) {
      if (keys[count] !== key) return null;
      const cell = record[key];
      const type = typeof cell;
      if (!(cell === null || type === 'string' || (type === 'number' && Number.isFinite(cell)) || type === 'boolean')) return null;
      (columns[count] as unknown[])[row] = cell;
      if (type !== 'string' && cell !== null) stringColumn[count] = 0;
      count++;
    }
    if (count !== keys.length) return null;
  }
  for (let column = 0; column < keys.length; column++) {
    if (stringColumn[column] !== 1) continue;
    const values = columns[column] as (string | null)[];
    const indexes = new Array<number>(values.length);
    for (let row = 0; row < values.length; row++) {
      const cell = values[row] as string | null;
      indexes[row] = cell === null ? -1 : intern(cell);
    }
    columns[column] = indexes;
  }
  return { keys, length: records.length, columns, strings: stringColumn };
}

function unpackRecords(packed: PackedRecords, strings: readonly string[]): Record<string, unknown>[] {
  const { keys, length, columns } = packed;
  const records = new Array<Record<string, unknown>>(length);
  // string columns resolved once, so each record is filled from plain lists
  const values = columns.map((column, at) => (packed.strings[at] === 1 ? column.map((index) => (index === -1 ? null : strings[index as number])) : column));
  for (let row = 0; row < length; row++) {
    const record: Record<string, unknown> = {};
    for (let column = 0; column < keys.length; column++) record[keys[column] as string] = (values[column] as unknown[])[row];
    records[row] = record;
  }
  return records;
}
