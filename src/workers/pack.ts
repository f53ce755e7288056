/**
 * A compact form for the answers worker threads send. An answer of `extract` is a few lists of
 * flat records that repeat the document's id, source and region in every record and the same
 * sentence in every quantity read from it. Sent as it is, the receiving thread rebuilds every
 * record from a structured clone; sent as JSON text, both threads spent more time writing and
 * reading the text than the records took to make (a third of the time the threads saved).
 *
 * Packed, every cell of the records is one number in a typed array (a number, or the index of
 * a string), with one type code per cell; each distinct string is sent once, all of them end
 * to end in one string, cut apart by their lengths. Typed arrays are moved between threads,
 * not copied (`transferables`), so sending an answer copies one string and a little JSON.
 *
 * `unpack(structuredClone(pack(value)))` equals `JSON.parse(JSON.stringify(value))` for any
 * JSON value: whatever does not fit the compact form is sent as JSON text.
 */

/** One list of records of the same shape: its keys and row count, and where its cells start. */
interface PackedRecords {
  readonly keys: readonly string[];
  readonly length: number;
  /** Offset of the list's first cell in `cells`; cells go column by column. */
  readonly at: number;
}

type PackedField = { readonly records: PackedRecords } | { readonly record: PackedRecords } | { readonly json: string };

/** A packed object: its fields (each a packed list of records, a packed record or JSON text), and their cells and strings. */
export interface Packed {
  /** Every distinct string of the records, end to end; `lengths` cuts them apart. */
  readonly text: string;
  readonly lengths: Uint32Array;
  /** Every cell: its number, or its string's index; unused for null and booleans. */
  readonly cells: Float64Array;
  /** Per cell: `NULL`, `NUMBER`, `STRING`, `FALSE` or `TRUE`. */
  readonly types: Uint8Array;
  readonly fields: Readonly<Record<string, PackedField>>;
}

const NULL = 0;
const NUMBER = 1;
const STRING = 2;
const FALSE = 3;
const TRUE = 4;

/** A typed array that grows as cells are added. */
class Cells {
  cells = new Float64Array(1024);
  types = new Uint8Array(1024);
  length = 0;

  /** Make room for `count` more cells; returns where they start. */
  reserve(count: number): number {
    const at = this.length;
    if (at + count > this.cells.length) {
      const size = Math.max(at + count, this.cells.length * 2);
      const cells = new Float64Array(size);
      cells.set(this.cells.subarray(0, at));
      const types = new Uint8Array(size);
      types.set(this.types.subarray(0, at));
      this.cells = cells;
      this.types = types;
    }
    this.length = at + count;
    return at;
  }
}

/**
 * Pack the fields of an object (one level: a field that is a list of flat records or a flat
 * record is packed; anything else is kept as JSON text).
 *
 * @example
 * const packed = pack({ rows: [{ a: 'x', n: 1 }, { a: 'x', n: 2 }] });
 * packed.text // → 'x'
 * Array.from(packed.cells) // → [0, 0, 1, 2]  (column a: string 0 twice; column n: 1, 2)
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
  const cells = new Cells();
  const fields: Record<string, PackedField> = {};
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (Array.isArray(field)) {
      const records = packRecords(field, intern, cells);
      fields[name] = records === null ? { json: JSON.stringify(field) } : { records };
    } else if (isFlatRecord(field)) {
      const record = packRecords([field], intern, cells);
      fields[name] = record === null ? { json: JSON.stringify(field) } : { record };
    } else {
      fields[name] = { json: JSON.stringify(field) };
    }
  }
  return {
    text: table.join(''),
    lengths: Uint32Array.from(table, (text) => text.length),
    cells: cells.cells.slice(0, cells.length),
    types: cells.types.slice(0, cells.length),
    fields,
  };
}

/**
 * The buffers of a packed object, to move them to another thread instead of copying them.
 *
 * @example
 * port.postMessage(packed, transferables(packed));
 */
export function transferables(packed: Packed): ArrayBuffer[] {
  return [packed.lengths.buffer, packed.cells.buffer, packed.types.buffer].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/**
 * The object `pack` was given, as JSON would have carried it.
 *
 * @example
 * unpack(pack({ rows: [{ a: 'x', n: 1 }] })) // → { rows: [{ a: 'x', n: 1 }] }
 */
export function unpack<T>(packed: Packed): T {
  const strings = new Array<string>(packed.lengths.length);
  let offset = 0;
  for (let at = 0; at < strings.length; at++) {
    const length = packed.lengths[at] as number;
    strings[at] = packed.text.slice(offset, offset + length);
    offset += length;
  }
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(packed.fields)) {
    if ('json' in field) out[name] = JSON.parse(field.json) as unknown;
    else if ('records' in field) out[name] = unpackRecords(field.records, packed, strings);
    else out[name] = unpackRecords(field.record, packed, strings)[0];
  }
  return out as T;
}

function isFlatRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * The cells of records that all have the same keys in the same order and only string, finite
 * number, boolean or null values, written column by column; else null (and no cells taken).
 */
function packRecords(records: readonly unknown[], intern: (text: string) => number, out: Cells): PackedRecords | null {
  if (records.length === 0) return { keys: [], length: 0, at: out.length };
  const first = records[0];
  if (!isFlatRecord(first)) return null;
  const keys = Object.keys(first);
  // a key that assignment would take for the prototype is left to JSON
  if (keys.includes('__proto__')) return null;
  const length = records.length;
  const at = out.reserve(length * keys.length);
  const { cells, types } = out;
  for (let row = 0; row < length; row++) {
    const record = records[row];
    let column = 0;
    let fits = isFlatRecord(record);
    if (fits) {
      const flat = record as Record<string, unknown>;
      for (const key in flat) {
        const cell = flat[key];
        const place = at + column * length + row;
        if (keys[column] !== key) fits = false;
        else if (cell === null) types[place] = NULL;
        else if (typeof cell === 'string') {
          types[place] = STRING;
          cells[place] = intern(cell);
        } else if (typeof cell === 'number' && Number.isFinite(cell)) {
          types[place] = NUMBER;
          // JSON writes −0 as 0
          cells[place] = cell === 0 ? 0 : cell;
        } else if (typeof cell === 'boolean') types[place] = cell ? TRUE : FALSE;
        else fits = false;
        if (!fits) break;
        column++;
      }
    }
    if (!fits || column !== keys.length) {
      out.length = at;
      return null;
    }
  }
  return { keys, length, at };
}

function unpackRecords(packed: PackedRecords, { cells, types }: Packed, strings: readonly string[]): Record<string, unknown>[] {
  const { keys, length, at } = packed;
  const records = new Array<Record<string, unknown>>(length);
  for (let row = 0; row < length; row++) {
    const record: Record<string, unknown> = {};
    for (let column = 0; column < keys.length; column++) {
      const place = at + column * length + row;
      const type = types[place];
      record[keys[column] as string] = type === STRING ? strings[cells[place] as number]
        : type === NUMBER ? cells[place]
          : type === NULL ? null
            : type === TRUE;
    }
    records[row] = record;
  }
  return records;
}
