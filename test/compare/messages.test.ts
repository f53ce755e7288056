import { FLAG_MESSAGES, describeFlag, type FlagCode } from '../../src/compare/messages.js';

describe('compare/messages', () => {
  it('has Chinese and English text for every flag, without a trailing period', () => {
    for (const code of Object.keys(FLAG_MESSAGES) as FlagCode[]) {
      for (const language of ['zh', 'en'] as const) {
        const text = describeFlag(code, language);
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/[.。]$/);
      }
    }
  });

  it('defaults to Chinese', () => {
    expect(describeFlag('bound-range')).toBe('数字是区间,按下端排名');
    expect(describeFlag('denominator-zero', 'en')).toBe('the denominator is zero; not normalised');
  });
});
