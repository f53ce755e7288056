import fc from 'fast-check';
import { pack, unpack } from '../../src/workers/pack.js';

/** What JSON would carry of a value: the reference `pack` must match. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const roundTrip = (value: Record<string, unknown>): unknown => unpack(viaJson(pack(value)) as ReturnType<typeof pack>);

describe('pack', () => {
  it('sends each string once and records by column', () => {
    const rows = [
      { doc_id: 'a1', region: '交城县', sentence: '新建5G基站100个', value: 100 },
      { doc_id: 'a1', region: '交城县', sentence: '新建5G基站100个', value: null },
      { doc_id: 'a1', region: '交城县', sentence: '改造老旧小区10个', value: 10 },
    ];
    const packed = pack({ rows, one: rows[0], note: 'x', missing: undefined });
    expect(packed.strings).toEqual(['a1', '交城县', '新建5G基站100个', '改造老旧小区10个', ]);
    expect(packed.fields.rows).toEqual({ records: { keys: ['doc_id', 'region', 'sentence', 'value'], length: 3, columns: [[0, 0, 0], [1, 1, 1], [2, 2, 3], [100, null, 10]], strings: [1, 1, 1, 0] } });
    expect(roundTrip({ rows, one: rows[0], note: 'x', missing: undefined })).toEqual({ rows, one: rows[0], note: 'x' });
  });

  it('keeps null apart from strings in a string column, and mixed columns as they are', () => {
    const rows = [{ a: null, b: 'x' }, { a: '', b: 1 }, { a: 'y', b: true }];
    expect(roundTrip({ rows })).toEqual({ rows });
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

  it('round-trips any JSON-like object of records as JSON would', () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom('重复', '重复', 'x'));
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', '中文'), cell);
    const field = fc.oneof(fc.array(record, { maxLength: 6 }), record, cell, fc.array(cell));
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 4 }), field), (value) => {
      expect(roundTrip(value)).toEqual(viaJson(value));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });
});
