import {
  BETWEEN_RANGES,
  BOUND_FILLERS,
  BOUND_WORDS,
  CHINESE_DIGITS,
  CHINESE_PLACE_UNITS,
  CHINESE_SECTION_UNITS,
  DIMENSION_BASE_UNITS,
  HALF_AFTER_UNIT,
  NEGATIVE_SIGNS,
  NOT_QUANTITY_CONTEXT,
  RANGE_CONNECTORS,
  SCALE_WORDS,
  SHARES,
  UNITS,
  VAGUE_PREFIXES,
} from '../../src/catalogue/units.js';
import type { BoundWordDef, ScaleWordDef, UnitDef, UnitId } from '../../src/catalogue/units.js';
import { INDICATOR_UNITS } from '../../src/catalogue/indicator-units.js';

const units: readonly UnitDef[] = UNITS;
const scales: readonly ScaleWordDef[] = SCALE_WORDS;
const bounds: readonly BoundWordDef[] = BOUND_WORDS;

function unit(id: UnitId): UnitDef {
  const found = units.find((row) => row.id === id);
  if (found === undefined) throw new Error(`no unit ${id}`);
  return found;
}

describe('catalogue/units', () => {
  describe('unit table', () => {
    it('gives every unit a distinct id', () => {
      const ids = units.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('assigns each written form to exactly one unit', () => {
      const forms = units.flatMap((row) => [...row.forms, ...(row.prefixForms ?? [])]);
      expect(new Set(forms).size).toBe(forms.length);
    });

    it('uses a dimension with a base unit and a positive finite factor for every unit', () => {
      for (const row of units) {
        // `fraction` is written by a pattern (三分之一, 1/3, 半数: SHARES), not by forms of its own
        if (row.id !== 'fraction') expect(row.forms.length + (row.prefixForms?.length ?? 0)).toBeGreaterThan(0);
        expect(Object.keys(DIMENSION_BASE_UNITS)).toContain(row.dimension);
        expect(row.dimension).not.toBe('none');
        expect(Number.isFinite(row.factor) && row.factor > 0).toBe(true);
      }
    });

    it('writes every scaled unit as a scale word followed by a form of its unscaled sibling', () => {
      const scaled = units.filter((row) => (row.scale ?? 1) !== 1);
      expect(scaled.length).toBeGreaterThan(10);
      for (const row of scaled) {
        const scale = row.scale ?? 1;
        for (const form of row.forms) {
          const word = scales.find((s) => s.factor === scale && form.startsWith(s.text));
          expect(word).toBeDefined();
          const rest = form.slice(word?.text.length ?? 0);
          const sibling = units.find((other) => other.forms.includes(rest));
          expect(sibling?.dimension).toBe(row.dimension);
          expect((sibling?.factor ?? 0) * scale).toBeCloseTo(row.factor, 6);
        }
      }
    });

    it('lets 半 "half" follow only units without a scale word, and keeps 半径/半岛 out', () => {
      const halves = units.filter((row) => row.takesHalf === true);
      expect(halves.map((row) => row.id)).toEqual(expect.arrayContaining(['t', 'cheng', 'multiple']));
      for (const row of halves) expect(row.scale ?? 1).toBe(1);
      expect(HALF_AFTER_UNIT.notFollowedBy).toEqual(expect.arrayContaining(['径', '岛']));
    });

    it('lets a scale word follow only the yuan sign among prefix forms (¥1.2万, not 百分之)', () => {
      expect(units.filter((row) => row.prefixTakesScale === true).map((row) => row.id)).toEqual(['yuan']);
      expect(unit('yuan').prefixForms).toEqual(['¥', '￥']);
    });

    it('converts the units named in the domain primer to their base units', () => {
      expect(unit('MW').factor).toBe(1000);
      expect(unit('wan_kW').factor).toBe(10000);
      expect(unit('km2').factor).toBe(1e6);
      expect(unit('ha').factor).toBeCloseTo(unit('mu').factor * 15, 9);
      expect(unit('wan_m3').factor).toBe(1e4);
      expect(unit('yi_m3').factor).toBe(1e8);
      expect(unit('yi_yuan').factor).toBe(1e8);
      expect(unit('wan_tce').factor).toBe(1e4);
      expect(unit('wan_renci').factor).toBe(1e4);
    });

    it('keeps percentage points apart from percent', () => {
      expect(unit('percent_point').dimension).toBe('percent_point');
      expect(unit('percent').dimension).toBe('percent');
      expect(unit('percent').prefixForms).toContain('百分之');
    });

    it('gives classifiers their own ids with dimension count and factor 1', () => {
      for (const id of ['ge', 'jia', 'hu', 'zuo', 'chu', 'zhan', 'ren', 'renci'] as const) {
        expect(unit(id).dimension).toBe('count');
        expect(unit(id).factor).toBe(1);
      }
    });

    it('marks the units whose Chinese numeral forms are ordinary words as needing digits', () => {
      expect(unit('fang').requiresDigits).toBe(true);
      expect(unit('yuan').requiresDigits).toBe(true);
      expect(unit('ci').requiresDigits).toBe(true);
    });
  });

  describe('scale words', () => {
    it('holds powers of ten from hundred to trillion', () => {
      for (const scale of scales) expect(Number.isInteger(Math.log10(scale.factor))).toBe(true);
      expect(scales.find((s) => s.text === '万亿')?.factor).toBe(1e12);
      expect(scales.find((s) => s.text === '千')?.factor).toBe(1e3);
    });

    it('agrees with the Chinese numeral unit tables', () => {
      for (const [ch, value] of Object.entries({ ...CHINESE_PLACE_UNITS, ...CHINESE_SECTION_UNITS })) {
        if (ch === '十') continue;
        expect(scales.find((s) => s.text === ch)?.factor).toBe(value);
      }
    });
  });

  describe('bound words', () => {
    it('lists each word once with a valid position and comparator', () => {
      const keys = bounds.map((word) => `${word.position}:${word.text}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const word of bounds) {
        expect(['before', 'after', 'between']).toContain(word.position);
        expect(['>=', '>', '<=', '<', '~']).toContain(word.comparator);
        expect(word.text).not.toBe('');
      }
    });

    it('maps the comparator words of the domain primer', () => {
      const comparatorOf = (text: string): string | undefined => bounds.find((w) => w.text === text)?.comparator;
      expect(comparatorOf('以上')).toBe('>=');
      expect(comparatorOf('不少于')).toBe('>=');
      expect(comparatorOf('超过')).toBe('>');
      expect(comparatorOf('突破')).toBe('>');
      expect(comparatorOf('以内')).toBe('<=');
      expect(comparatorOf('不超过')).toBe('<=');
      expect(comparatorOf('低于')).toBe('<');
      expect(comparatorOf('左右')).toBe('~');
      expect(comparatorOf('将近')).toBe('~');
    });
  });

  describe('numeral characters and context', () => {
    it('maps Chinese digits to 0–9 with 两 as 2', () => {
      const digits: Readonly<Record<string, number>> = CHINESE_DIGITS;
      expect(digits['两']).toBe(2);
      expect(digits['〇']).toBe(0);
      expect(Object.values(digits).every((v) => Number.isInteger(v) && v >= 0 && v <= 9)).toBe(true);
    });

    it('includes the dash, tilde and 至/到 range connectors', () => {
      for (const connector of ['-', '—', '~', '～', '至', '到']) expect(RANGE_CONNECTORS).toContain(connector);
    });

    it('treats 年, 月 and 日 after a figure as a date', () => {
      for (const suffix of ['年', '月', '日']) expect(NOT_QUANTITY_CONTEXT.dateSuffixes).toContain(suffix);
    });
  });

  describe('signs, shares, vague words and between-ranges', () => {
    it('writes every negative sign as one character, 负 the only one before Chinese numerals', () => {
      for (const sign of NEGATIVE_SIGNS) expect(sign.text).toHaveLength(1);
      expect(NEGATIVE_SIGNS.filter((sign) => sign.beforeChinese).map((sign) => sign.text)).toEqual(['负']);
    });

    it('gives every share word a share between 0 and 1 and a one-sided comparator or =', () => {
      const texts = SHARES.words.map((word) => word.text);
      expect(new Set(texts).size).toBe(texts.length);
      for (const word of SHARES.words) {
        expect(word.share > 0 && word.share <= 1).toBe(true);
        expect(['=', '>', '>=', '<', '<=', '~']).toContain(word.comparator);
      }
      expect(units.find((row) => row.id === 'fraction')).toMatchObject({ dimension: 'percent', factor: 100 });
    });

    it('keeps fillers, vague words and range words apart from numeral characters', () => {
      const numeralChars = new Set([...Object.keys(CHINESE_DIGITS), '十', '百', '千', '万', '亿']);
      for (const word of [...BOUND_FILLERS, ...VAGUE_PREFIXES.map((w) => w.text), ...BETWEEN_RANGES.connectors]) {
        expect([...word].some((ch) => numeralChars.has(ch))).toBe(false);
      }
      expect(VAGUE_PREFIXES.find((word) => word.text === '若干')?.comparator).toBeNull();
    });

    it('reads 成 as tenths of at most ten, and keeps 平方英尺 apart from 平方米', () => {
      expect(unit('cheng')).toMatchObject({ dimension: 'percent', factor: 10, maxNumber: 10 });
      expect(unit('sq_ft').factor).toBeCloseTo(0.0929, 4);
      expect(unit('ug_m3')).toMatchObject({ dimension: 'concentration', factor: 1 });
      expect(unit('mg_m3').factor).toBe(1000);
      // an indicator can be kept in µg/m³ (PM2.5): its canonical unit shares the dimension
      expect(INDICATOR_UNITS.ug_m3.dimension).toBe(unit('ug_m3').dimension);
      expect(DIMENSION_BASE_UNITS.concentration).toBe('ug/m3');
    });
  });
});
