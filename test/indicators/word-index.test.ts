import fc from 'fast-check';
import { foundWords, lastEndOfAny, wordFlags, wordIndex } from '../../src/indicators/word-index.js';

/** The words of a list that a text holds, by `wordFlags`. */
const wordsIn = (list: readonly string[], text: string): Set<string> => {
  const index = wordIndex(list);
  const flags = wordFlags(index, text);
  return new Set(index.words.filter((_, at) => flags[at] === 1));
};

describe('word index', () => {
  it('finds the words of a list in a text', () => {
    expect([...wordsIn(['基站', '5G', '楼宇', ''], '新建5G基站100个')].sort()).toEqual(['5G', '基站']);
    expect(wordsIn(['累计'], '新建').size).toBe(0);
    const index = wordIndex(['新建', '新增', '新建', '', '建成']);
    expect(index.words).toEqual(['新建', '新增', '建成']);
    expect((index.byFirst[(index.first['新'.charCodeAt(0)] as number) - 1] ?? []).map((at) => index.words[at])).toEqual(['新建', '新增']);
    expect(index.first['成'.charCodeAt(0)]).toBe(0);
    expect(Array.from(wordFlags(index, '计划建成新增'))).toEqual([0, 1, 1]);
  });

  it('ends where the last-ending word ends, even when a longer word starts earlier', () => {
    expect(lastEndOfAny(['新建', '建成'], '新建并建成')).toBe(5);
    expect(lastEndOfAny(['达到', '到'], '达到')).toBe(2);
    expect(lastEndOfAny(['保持在', '保持'], '保持在')).toBe(3);
    expect(lastEndOfAny(['累计'], '')).toBe(-1);
  });

  it('lists each word found once, in the order first met, however often one index is used', () => {
    const index = wordIndex(['基站', '5G', '楼宇', '站']);
    const named = (text: string): string[] => foundWords(index, text).map((at) => index.words[at] as string);
    expect(named('楼宇里的5G基站和5G基站')).toEqual(['楼宇', '5G', '基站', '站']);
    // a word at the very end, a first unit at the very end with nothing after it
    expect(named('建成5G')).toEqual(['5G']);
    expect(named('基')).toEqual([]);
    // the same index, scanned again: nothing carried over from the texts before
    expect(named('新建基站')).toEqual(['基站', '站']);
    expect(named('')).toEqual([]);
    expect(lastEndOfAny(index, '5G基站')).toBe(4);
  });

  it('agrees with one search per word on any text over a small alphabet', () => {
    const alphabet = fc.constantFrom('新', '建', '成', '达', '到', '5', 'G');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((chars) => chars.join(''));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join('')), (words, text) => {
      const expected = Math.max(-1, ...words.map((w) => (text.lastIndexOf(w) >= 0 ? text.lastIndexOf(w) + w.length : -1)));
      expect(lastEndOfAny([...words], text)).toBe(expected);
      expect([...wordsIn([...words], text)].sort()).toEqual([...new Set(words.filter((w) => text.includes(w)))].sort());
      // one index reused for a second text
      const index = wordIndex(words);
      expect(lastEndOfAny(index, text)).toBe(expected);
      const reversed = [...text].reverse().join('');
      expect(foundWords(index, reversed).map((at) => index.words[at]).sort()).toEqual([...new Set(words.filter((w) => reversed.includes(w)))].sort());
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });

  it('agrees with one search per word for any units, words cut from the text or not', () => {
    // any UTF-16 units: the pairs of first units are hashed, and different pairs share bits
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const cut = fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 4 }));
    fc.assert(fc.property(text, fc.array(cut, { maxLength: 5 }), fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), { maxLength: 3 }), (body, cuts, others) => {
      const words = [...cuts.map(([from, length]) => body.slice(from, from + length)).filter((w) => w !== ''), ...others];
      const expected = Math.max(-1, ...words.map((w) => (body.lastIndexOf(w) >= 0 ? body.lastIndexOf(w) + w.length : -1)));
      expect(lastEndOfAny(words, body)).toBe(expected);
      expect([...wordsIn(words, body)].sort()).toEqual([...new Set(words.filter((w) => body.includes(w)))].sort());
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });

  it('lists the words in the order first met, with one-unit words in the list or without (two scans)', () => {
    const alphabet = fc.constantFrom('新', '建', '成', '达', '到', '5', 'G');
    const word = (minLength: number): fc.Arbitrary<string> => fc.array(alphabet, { minLength, maxLength: 3 }).map((chars) => chars.join(''));
    const firstMet = (words: readonly string[], text: string): string[] => [...new Set(words)]
      .filter((w) => text.includes(w))
      .map((w, at) => ({ w, at, start: text.indexOf(w) }))
      .sort((a, b) => a.start - b.start || a.at - b.at)
      .map(({ w }) => w);
    for (const minLength of [1, 2]) {
      fc.assert(fc.property(fc.array(word(minLength), { minLength: 1, maxLength: 6 }), fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join('')), (words, text) => {
        const index = wordIndex(words);
        expect(foundWords(index, text).map((at) => index.words[at])).toEqual(firstMet(words, text));
      }), { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) });
    }
  });
});
