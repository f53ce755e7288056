import fc from 'fast-check';
import { pack, transferables, unpack, type Packed } from '../../src/workers/pack.js';

/** What JSON would carry of a value: the reference `pack` must match. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
/** Packed, moved as a worker thread moves it (its buffers transferred), and unpacked. */
const roundTrip = (value: Record<string, unknown>): unknown => {
  const packed = pack(value);
  return unpack(structuredClone(packed, { transfer: transferables(packed) }));
};

describe('pack', () => {
  it('sends each string once and records by column', () => {
    const rows = [
      { doc_id: 'a1', region: '交城县', sentence: '新建5G基站100个', value: 100 },
      { doc_id: 'a1', region: '交城县', sentence: '新建5G基站100个', value: null },
      { doc_id: 'a1', region: '交城县', sentence: '改造老旧小区10个', value: 10 },
    ];
    const packed = pack({ rows, one: rows[0], note: 'x', missing: undefined });
    expect(packed.text).toBe('a1交城县新建5G基站100个改造老旧小区10个');
    expect(Array.from(packed.lengths)).toEqual([2, 3, 10, 9]);
    // rows: column by column (doc_id, region, sentence, value); then the single record `one`
    expect(packed.fields.rows).toEqual({ records: { keys: ['doc_id', 'region', 'sentence', 'value'], length: 3, at: 0 } });
    expect(Array.from(packed.cells.subarray(0, 12))).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 3, 100, 0, 10]);
    expect(Array.from(packed.types.subarray(0, 12))).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 0, 1]);
    expect(packed.fields.one).toEqual({ record: { keys: ['doc_id', 'region', 'sentence', 'value'], length: 1, at: 12 } });
    expect(packed.fields.note).toEqual({ json: '"x"' });
    expect(packed.fields).not.toHaveProperty('missing');
    expect(roundTrip({ rows, one: rows[0], note: 'x', missing: undefined })).toEqual({ rows, one: rows[0], note: 'x' });
  });

  it('keeps null apart from strings, empty strings and zero, and mixed columns as they are', () => {
    const rows = [{ a: null, b: 'x' }, { a: '', b: 1 }, { a: 'y', b: true }, { a: 0, b: false }];
    expect(roundTrip({ rows })).toEqual({ rows });
  });

  it('writes −0 as JSON does, and leaves a list whose later records differ whole to JSON', () => {
    expect(Object.is((roundTrip({ rows: [{ a: -0 }] }) as { rows: { a: number }[] }).rows[0]?.a, 0)).toBe(true);
    const packed = pack({ good: [{ a: 'x' }], bad: [{ a: 'y' }, { a: 'z', extra: 1 }], after: [{ a: 'w' }] });
    expect(packed.fields.bad).toEqual({ json: '[{"a":"y"},{"a":"z","extra":1}]' });
    // the cells the failed list had taken are given back: the next list starts right after the first
    expect(packed.fields.after).toEqual({ records: { keys: ['a'], length: 1, at: 1 } });
  });

  it('sends records of different shapes, nested values and numbers JSON cannot hold as JSON would', () => {
    const value = {
      shapes: [{ a: 1, b: 2 }, { b: 2, a: 1 }],
      fewer: [{ a: 1, b: 2 }, { a: 1 }],
      nested: [{ a: { b: 1 } }],
      notANumber: [{ a: Number.NaN }, { a: Number.POSITIVE_INFINITY }],
      holes: [{ a: undefined }],
      dated: [{ a: new Date(0) }],
      empty: [],
      prototype: JSON.parse('[{"__proto__": 1}]') as unknown,
    };
    expect(roundTrip(value)).toEqual(viaJson(value));
  });

  it('packs records whose keys are not plain names, in their order, as JSON would', () => {
    // the packing code is written out per list of keys: keys must be data, never code
    const keys = ['a"b', "c'd", '`${x}`', 'e\\', 'f\n\u2028', '2', '10', 'constructor', 'toString', '});throw 1;({'];
    const rows = [0, 1].map((row) => Object.fromEntries(keys.map((key, at) => [key, row === 0 ? at : `${key}!`])));
    const back = roundTrip({ rows }) as { rows: Record<string, unknown>[] };
    expect(back).toEqual(viaJson({ rows }));
    expect(Object.keys(back.rows[1] ?? {})).toEqual(Object.keys(rows[1] ?? {}));
    expect(Object.getPrototypeOf(back.rows[0])).toBe(Object.prototype);
  });

  it('unpacks a key named __proto__ as an own property, never as the prototype', () => {
    // pack never writes such a key (it sends those lists as JSON); unpack stays safe if given one
    const packed: Packed = {
      text: 'x', lengths: Uint32Array.of(1), cells: Float64Array.of(0), types: Uint8Array.of(2),
      fields: { rows: { records: { keys: ['__proto__'], length: 1, at: 0 } } },
    };
    const rows = (unpack(packed) as { rows: Record<string, unknown>[] }).rows;
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value).toBe('x');
  });

  it('round-trips any JSON-like object of records as JSON would', () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom('重复', '重复', 'x'));
    const record = fc.dictionary(fc.oneof(fc.constantFrom('a', 'b', 'c', '__proto__', '中文', '1'), fc.string({ maxLength: 3 })), cell);
    const field = fc.oneof(fc.array(record, { maxLength: 6 }), record, cell, fc.array(cell));
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 4 }), field), (value) => {
      expect(roundTrip(value)).toEqual(viaJson(value));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });
});
