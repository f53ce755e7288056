import fc from 'fast-check';
import { allMatches } from '../src/patterns.js';

describe('patterns allMatches', () => {
  it('gives every match in order, with groups and offsets', () => {
    const found = allMatches(/(\d{4})\s*年/g, '2023年至2025 年,较2020年');
    expect(found.map((match) => [match[1], match.index])).toEqual([['2023', 0], ['2025', 6], ['2020', 14]]);
  });

  it('leaves the pattern ready for the next text, whatever it held before', () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect(allMatches(pattern, 'aaa')).toHaveLength(3);
    expect(pattern.lastIndex).toBe(0);
    expect(allMatches(pattern, 'ba')).toHaveLength(1);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(/global/);
  });

  it('agrees with matchAll, empty matches included', () => {
    const patterns = [/a*/g, /(?<!\d)\d+(?: \d+)+/g, /年|/g, /[a-c]{1,2}/gu, /b*/gu];
    fc.assert(fc.property(fc.constantFrom(...patterns), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', ' ', '年', '😀'), maxLength: 20 }), (pattern, text) => {
      const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
      expect(allMatches(pattern, text).map((match) => [match.index, match[0]])).toEqual(expected);
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) });
  });
});
