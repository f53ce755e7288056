import fc from 'fast-check';
import { lastEndOfAny, wordFlags, wordIndex } from '../../src/indicators/word-index.js';

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

  it('agrees with one search per word on any text over a small alphabet', () => {
    const alphabet = fc.constantFrom('新', '建', '成', '达', '到', '5', 'G');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((chars) => chars.join(''));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join('')), (words, text) => {
      const expected = Math.max(-1, ...words.map((w) => (text.lastIndexOf(w) >= 0 ? text.lastIndexOf(w) + w.length : -1)));
      expect(lastEndOfAny([...words], text)).toBe(expected);
      expect([...wordsIn([...words], text)].sort()).toEqual([...new Set(words.filter((w) => text.includes(w)))].sort());
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });
});
