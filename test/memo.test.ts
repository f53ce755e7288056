import { remembered } from '../src/memo.js';

describe('memo', () => {
  it('makes a value once per key and reads it back after', () => {
    const store = new Map<string, number[]>();
    let made = 0;
    const make = (): number[] => {
      made++;
      return [made];
    };
    const first = remembered(store, 'a', make);
    expect(remembered(store, 'a', make)).toBe(first);
    expect(remembered(store, 'b', make)).toEqual([2]);
    expect(made).toBe(2);
  });

  it('keeps values per object in a WeakMap', () => {
    const store = new WeakMap<object, string>();
    const key = {};
    expect(remembered(store, key, () => 'made')).toBe('made');
    expect(remembered(store, key, () => 'again')).toBe('made');
    expect(remembered(store, {}, () => 'other')).toBe('other');
  });
});
