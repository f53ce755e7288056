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

/** Typed arrays of cells, made once at the size the packed lists will need, grown only if a guess was short. */
class Cells {
  cells: Float64Array;
  types: Uint8Array;
  length = 0;

  constructor(size: number) {
    this.cells = new Float64Array(size);
    this.types = new Uint8Array(size);
  }

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

  /** The cells in use (the arrays themselves when every cell is). */
  used(): { cells: Float64Array; types: Uint8Array } {
    if (this.length === this.cells.length) return { cells: this.cells, types: this.types };
    return { cells: this.cells.slice(0, this.length), types: this.types.slice(0, this.length) };
  }
}

/** Cells a field will take if it packs: rows times the keys of its first record. */
function cellsWanted(field: unknown): number {
  if (Array.isArray(field)) {
    const first: unknown = field[0];
    return isFlatRecord(first) ? field.length * Object.keys(first).length : 0;
  }
  return isFlatRecord(field) ? Object.keys(field).length : 0;
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
  const entries = Object.entries(value);
  let wanted = 0;
  for (const [, field] of entries) wanted += cellsWanted(field);
  const cells = new Cells(wanted);
  const fields: Record<string, PackedField> = {};
  for (const [name, field] of entries) {
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
    lengths: lengthsOf(table),
    ...cells.used(),
    fields,
  };
}

/** The lengths of strings (a loop: `Uint32Array.from` with a map function was a third of the packing). */
function lengthsOf(table: readonly string[]): Uint32Array {
  const lengths = new Uint32Array(table.length);
  for (let at = 0; at < table.length; at++) lengths[at] = (table[at] as string).length;
  return lengths;
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
  if (!codecOf(keys).pack(records, at, length, out.cells, out.types, intern, isFlatRecord)) {
    out.length = at;
    return null;
  }
  return { keys, length, at };
}

function unpackRecords(packed: PackedRecords, { cells, types }: Packed, strings: readonly string[]): Record<string, unknown>[] {
  const { keys, length, at } = packed;
  const records = new Array<Record<string, unknown>>(length);
  // a key that an object literal would take for the prototype (never packed) is assigned instead
  if (keys.includes('__proto__')) {
    for (let row = 0; row < length; row++) {
      const record: Record<string, unknown> = {};
      for (let column = 0; column < keys.length; column++) {
        Object.defineProperty(record, keys[column] as string, { value: cellAt(at + column * length + row, cells, types, strings), enumerable: true, writable: true, configurable: true });
      }
      records[row] = record;
    }
    return records;
  }
  codecOf(keys).unpack(records, at, length, cells, types, strings);
  return records;
}

function cellAt(place: number, cells: Float64Array, types: Uint8Array, strings: readonly string[]): unknown {
  const type = types[place];
  return type === STRING ? strings[cells[place] as number] : type === NUMBER ? cells[place] : type === NULL ? null : type === TRUE;
}

/**
 * Packing and unpacking of one list of records, written out for its keys. Unpacked by a loop
 * over the keys, every record was built one property at a time through names known only at
 * run time, which the compiler cannot make fast once records of several shapes pass through
 * (each list of an answer has its own): 0.2 ms per document in the main thread. Written out
 * for one shape, each record is one object literal: 0.07 ms (packing stayed as fast as
 * before, 0.2–0.3 ms, most of it interning and joining strings). Keys are written as JSON
 * strings, so any key is safe in the code. It pays: session 8's A/B against a generic codec (a
 * loop over the keys), on bench's 3,000 documents (`node dist/cli/main.js extract /tmp/corp3000
 * --workers 1`, alternated, wall s): generated 7.41 7.56 7.49 7.29, generic 7.98 7.90 7.77
 * 7.84 (+5.8 %, every pair the same way); same output.
 */
interface Codec {
  /** Writes the cells of every record, or returns false when one does not fit (other keys, other order, a value JSON would change). */
  readonly pack: (records: readonly unknown[], at: number, length: number, cells: Float64Array, types: Uint8Array, intern: (text: string) => number, isFlat: (value: unknown) => boolean) => boolean;
  readonly unpack: (records: Record<string, unknown>[], at: number, length: number, cells: Float64Array, types: Uint8Array, strings: readonly string[]) => void;
}

const codecs = new Map<string, Codec>();
/** Shapes kept at most (an answer has five): a caller packing ever new shapes cannot fill memory. */
const MAX_CODECS = 64;

function codecOf(keys: readonly string[]): Codec {
  const name = JSON.stringify(keys);
  let codec = codecs.get(name);
  if (codec === undefined) {
    codec = makeCodec(keys);
    if (codecs.size >= MAX_CODECS) codecs.clear();
    codecs.set(name, codec);
  }
  return codec;
}

function makeCodec(keys: readonly string[]): Codec {
  const quoted = keys.map((key) => JSON.stringify(key));
  const packCells = quoted.map((key, column) => `
      value = record[${key}]; place = at + ${column} * length + row;
      if (value === null) types[place] = ${NULL};
      else if (typeof value === 'string') {
        types[place] = ${STRING};
        // a column often repeats the string of the row before (the document's id, a sentence)
        if (value !== last${column}) { last${column} = value; string${column} = intern(value); }
        cells[place] = string${column};
      }
      else if (typeof value === 'number' && Number.isFinite(value)) { types[place] = ${NUMBER}; cells[place] = value === 0 ? 0 : value; }
      else if (value === true) types[place] = ${TRUE};
      else if (value === false) types[place] = ${FALSE};
      else return false;`).join('');
  const pack = new Function('records', 'at', 'length', 'cells', 'types', 'intern', 'isFlat', `
    const keys = ${JSON.stringify(keys)};
    ${keys.map((_, column) => `let last${column} = null; let string${column} = 0;`).join(' ')}
    for (let row = 0; row < length; row++) {
      const record = records[row];
      if (!isFlat(record)) return false;
      // the same keys in the same order (JSON writes them in this order)
      let count = 0;
      for (const key in record) { if (key !== keys[count]) return false; count++; }
      if (count !== ${keys.length}) return false;
      let value; let place;${packCells}
    }
    return true;`) as Codec['pack'];
  const cell = (column: number): string => `cell(at + ${column} * length + row)`;
  const unpack = new Function('records', 'at', 'length', 'cells', 'types', 'strings', `
    const cell = (place) => {
      const type = types[place];
      return type === ${STRING} ? strings[cells[place]] : type === ${NUMBER} ? cells[place] : type === ${NULL} ? null : type === ${TRUE};
    };
    for (let row = 0; row < length; row++) {
      records[row] = { ${quoted.map((key, column) => `${key}: ${cell(column)}`).join(', ')} };
    }`) as Codec['unpack'];
  return { pack, unpack };
}
