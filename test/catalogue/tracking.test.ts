import { KINDS } from '../../src/catalogue/schema.js';
import {
  JUDGING_KINDS, KIND_WORDS, RESULT_CHANGES, RESULT_CHANGE_WORDS, TARGET_CHANGES, TARGET_CHANGE_WORDS, TIER_VERDICT_WORDS,
  TRACKING_REASONS, VERDICTS, VERDICT_WORDS, type Wording,
} from '../../src/catalogue/tracking.js';

function wordings(table: Readonly<Record<string, Wording | undefined>>): Wording[] {
  return Object.values(table).filter((wording): wording is Wording => wording !== undefined);
}

describe('catalogue/tracking', () => {
  it('words every verdict, kind and change in Chinese and English', () => {
    expect(Object.keys(VERDICT_WORDS).sort()).toEqual([...VERDICTS].sort());
    expect(Object.keys(KIND_WORDS).sort()).toEqual([...KINDS].sort());
    expect(Object.keys(TARGET_CHANGE_WORDS).sort()).toEqual([...TARGET_CHANGES].sort());
    expect(Object.keys(RESULT_CHANGE_WORDS).sort()).toEqual([...RESULT_CHANGES].sort());
    const all = [VERDICT_WORDS, KIND_WORDS, TARGET_CHANGE_WORDS, RESULT_CHANGE_WORDS, TRACKING_REASONS, TIER_VERDICT_WORDS.ensure, TIER_VERDICT_WORDS.strive].flatMap(wordings);
    for (const { zh, en } of all) expect({ zh, ok: /[\u4e00-\u9fff]/.test(zh) && /[a-z]/.test(en) }).toEqual({ zh, ok: true });
  });

  it('lets every kind with a figure be judged by its own kind, and a cap by the year\'s total', () => {
    for (const [kind, judging] of Object.entries(JUDGING_KINDS)) if (kind !== 'cap') expect(judging).toContain(kind);
    expect(JUDGING_KINDS.cap).toContain('stock');
    expect(JUDGING_KINDS.increment).not.toContain('stock');
  });

  it('fills the same blanks in both languages of a reason', () => {
    for (const { zh, en } of wordings(TRACKING_REASONS)) {
      const blanks = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
      expect(blanks(zh)).toEqual(blanks(en));
    }
  });
});
