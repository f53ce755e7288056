import * as semantics from '../../src/catalogue/semantics.js';
import { GENRE_WORDS } from '../../src/catalogue/genres.js';

const lists = (Object.entries(semantics) as [string, unknown][]).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

describe('catalogue/semantics', () => {
  it('holds word lists of non-empty, distinct words', () => {
    expect(lists.length).toBeGreaterThan(15);
    for (const [name, words] of lists) {
      expect({ name, empty: words.filter((word) => word.trim() === '') }).toEqual({ name, empty: [] });
      expect({ name, size: new Set(words).size }).toEqual({ name, size: words.length });
    }
  });

  it('never lists a word as both a target word and a result word', () => {
    const reported = new Set<string>(semantics.REPORTED_WORDS);
    expect(semantics.TARGET_WORDS.filter((word) => reported.has(word))).toEqual([]);
  });

  it('weights every genre word with a positive number', () => {
    for (const words of Object.values(GENRE_WORDS)) for (const [word, weight] of words) expect({ word, ok: word !== '' && weight > 0 }).toEqual({ word, ok: true });
  });

  it('reads a per-capita wording and a part of the year with its patterns', () => {
    expect(semantics.PER_CAPITA.test('每千人口拥有托位')).toBe(true);
    expect(semantics.PER_CAPITA.test('全县托位')).toBe(false);
    expect(semantics.PARTIAL_YEAR.test('1—8月')).toBe(true);
    expect(semantics.PARTIAL_YEAR.test('8月底')).toBe(false);
  });
});
