import fc from 'fast-check';
import { sortShort } from '../src/sort.js';

describe('sortShort', () => {
  it('sorts numbers in place', () => {
    const list = [5, 3, 9, 1];
    expect(sortShort(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([1, 3, 5, 9]);
    expect(sortShort([], (a: number, b: number) => a - b)).toEqual([]);
  });

  it('keeps equal elements in their order, as Array.prototype.sort does', () => {
    const list = [{ key: 2, tag: 'a' }, { key: 1, tag: 'b' }, { key: 2, tag: 'c' }, { key: 1, tag: 'd' }];
    expect(sortShort(list, (a, b) => a.key - b.key).map((item) => item.tag)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('gives the order of Array.prototype.sort for lists short and long', () => {
    const item = fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() });
    fc.assert(fc.property(fc.array(item, { maxLength: 40 }), (list) => {
      const compare = (a: { key: number }, b: { key: number }): number => a.key - b.key;
      expect(sortShort([...list], compare)).toEqual([...list].sort(compare));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });
});
