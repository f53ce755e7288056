import fc from 'fast-check';
import { convertLines, identity, mapUnits, originalSpan } from '../../src/ingest/mapped-text.js';

/** Full-width ASCII to half-width, soft hyphens deleted: the kind of rule normalising uses. */
const rule = (code: number): number => (code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0xad ? -1 : code);

describe('ingest/mapped-text identity', () => {
  it('maps every character to itself, plus the end, for texts shorter and longer than any before', () => {
    // the last is longer than the shared ramp of offsets (2^20), and gets a map of its own
    for (const text of ['', '新', '新建5G基站'.repeat(3000), '约', '力争'.repeat(40000), '基'.repeat(2 ** 20 + 5)]) {
      const { map } = identity(text);
      expect(map.length).toBe(text.length + 1);
      expect(map.every((value, i) => value === i)).toBe(true);
    }
  });

  it('gives each text a map of its own', () => {
    const first = identity('基站100个');
    const second = identity('基站100个');
    (first.map as Int32Array)[2] = 99;
    expect(Array.from(second.map)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(Array.from(identity('基站').map)).toEqual([0, 1, 2]);
  });
});

describe('ingest/mapped-text mapUnits', () => {
  it('replaces units in place and deletes others, mapping each kept unit to its original offset', () => {
    const mapped = mapUnits(identity('新建１\u00ad２个'), rule);
    expect(mapped.text).toBe('新建12个');
    expect(Array.from(mapped.map)).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it('returns its input when no unit changes', () => {
    const input = identity('力争建成5G基站100个');
    expect(mapUnits(input, rule)).toBe(input);
  });

  it('keeps every other unit as it is: lone surrogates, byte-order marks, NUL, astral characters', () => {
    const text = `Ａ\ud800b\udc00\ufeff\u0000𠀀${'字'.repeat(20000)}Ｚ`;
    const mapped = mapUnits(identity(text), rule);
    const expected = `A\ud800b\udc00\ufeff\u0000𠀀${'字'.repeat(20000)}Z`;
    expect(mapped.text.length).toBe(expected.length);
    expect(mapped.text === expected).toBe(true);
  });

  it('agrees with mapping unit by unit for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      let expected = '';
      const map: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const out = rule(text.charCodeAt(i));
        if (out < 0) continue;
        expected += String.fromCharCode(out);
        map.push(i);
      }
      map.push(text.length);
      const mapped = mapUnits(identity(text), rule);
      expect(mapped.text === expected).toBe(true);
      expect(Array.from(mapped.map)).toEqual(map);
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });
});

describe('ingest/mapped-text convertLines', () => {
  /** Each character on its own: 𡻕 (astral, two units) → 岁 (one unit), 僤 (one unit) → 𫢸 (two units), 個 → 个. */
  const table: Record<string, string> = { '𡻕': '岁', '僤': '𫢸', '個': '个' };
  const convert = (line: string): string => Array.from(line, (ch) => table[ch] ?? ch).join('');

  it('maps every character exactly when a conversion shortens a line (an astral character becomes a BMP one)', () => {
    const written = '𡻕𡻕𡻕新建500個以上';
    const mapped = convertLines(identity(written), convert);
    expect(mapped.text).toBe('岁岁岁新建500个以上');
    const start = mapped.text.indexOf('500');
    expect(originalSpan(written, mapped, start, start + 6)).toBe('500個以上');
    expect(originalSpan(written, mapped, 0, 1)).toBe('𡻕');
  });

  it('maps every character exactly when a conversion lengthens a line, and never cuts a surrogate pair', () => {
    const written = '僤僤新建500個\n僤建成8個';
    const mapped = convertLines(identity(written), convert);
    expect(mapped.text).toBe('𫢸𫢸新建500个\n𫢸建成8个');
    const figure = mapped.text.indexOf('500');
    expect(originalSpan(written, mapped, figure, figure + 4)).toBe('500個');
    // the second unit of an astral character leads to the whole original character
    expect(originalSpan(written, mapped, 0, 2)).toBe('僤');
    expect(originalSpan(written, mapped, 1, 4)).toBe('僤僤');
    const second = mapped.text.indexOf('8');
    expect(originalSpan(written, mapped, second, second + 2)).toBe('8個');
  });

  it('maps exactly when a conversion changes how many characters a line has', () => {
    // a phrase rule that turns two characters into one, as a dictionary conversion may
    const phrase = (line: string): string => line.replace(/甲乙/g, '丙');
    const written = '甲乙甲乙新建500個';
    const mapped = convertLines(identity(written), phrase);
    const figure = mapped.text.indexOf('500');
    expect(originalSpan(written, mapped, figure, figure + 4)).toBe('500個');
  });
});
