import fc from 'fast-check';
import { parseNumeral, readArabic, readChinese, scaleValue } from '../../src/quantities/numerals.js';
import { toChineseDecimal, toChineseNumeral, withThousands } from './format.js';

const runs = { seed: 20231, numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

describe('quantities/numerals', () => {
  describe('parseNumeral with Chinese numerals', () => {
    it.each([
      ['三十五', 35],
      ['一万', 10000],
      ['两千', 2000],
      ['一百零五', 105],
      ['十二万五千', 125000],
      ['十', 10],
      ['十二', 12],
      ['一千零五十', 1050],
      ['三亿五千万', 350000000],
      ['一万亿', 1e12],
      ['一万五', 15000],
      ['一百五', 150],
    ])('reads %s as %d', (written, value) => {
      expect(parseNumeral(written)).toEqual({ value, comparator: '=' });
    });

    it('reads 二〇二三 digit by digit as 2023', () => {
      expect(parseNumeral('二〇二三')?.value).toBe(2023);
    });

    it('reads 三点五 with 点 as a decimal point', () => {
      expect(parseNumeral('三点五')?.value).toBe(3.5);
      expect(parseNumeral('一点五万')?.value).toBe(15000);
      // the decimals of a numeral holding 万 belong to the whole of it
      expect(parseNumeral('一万零二十六点七五')?.value).toBe(10026.75);
      expect(parseNumeral('三亿点零五')?.value).toBe(300000000.05);
    });

    it('reads 二十余 as more than 20', () => {
      expect(parseNumeral('二十余')).toEqual({ value: 20, comparator: '>' });
      expect(parseNumeral('三千多')).toEqual({ value: 3000, comparator: '>' });
    });

    it('reads 十几万 as more than 100000 and 一百零几万 as more than 1000000', () => {
      expect(parseNumeral('十几万')).toEqual({ value: 100000, comparator: '>' });
      expect(parseNumeral('一百零几万')).toEqual({ value: 1000000, comparator: '>' });
    });

    it('reads a bare 十 after 零: 一万零十二 is 10012', () => {
      expect(parseNumeral('一万零十二')).toEqual({ value: 10012, comparator: '=' });
      expect(parseNumeral('一百零十万')).toEqual({ value: 1100000, comparator: '=' });
    });

    it('rejects strings that are not one numeral', () => {
      for (const written of ['十三五', '百', '千万', '一二', '三五', '', '元', '两高', '二十大']) {
        expect(parseNumeral(written)).toBeNull();
      }
    });
  });

  describe('parseNumeral with Arabic numerals', () => {
    it.each([
      ['1200', 1200],
      ['1,200', 1200],
      ['12,000.5', 12000.5],
      ['1,234,567', 1234567],
      ['0.22', 0.22],
      ['１２．５', 12.5],
      ['２０２５', 2025],
    ])('reads %s as %d', (written, value) => {
      expect(parseNumeral(written)).toEqual({ value, comparator: '=' });
    });

    it('multiplies by a scale word written after the digits', () => {
      expect(parseNumeral('1.2万')?.value).toBe(12000);
      expect(parseNumeral('3千')?.value).toBe(3000);
      expect(parseNumeral('3.05亿')?.value).toBe(305000000);
      expect(parseNumeral('1.39万')?.value).toBe(13900);
      expect(parseNumeral('2万亿')?.value).toBe(2e12);
      expect(parseNumeral('100余万')).toEqual({ value: 1000000, comparator: '>' });
    });

    it('does not read a comma before a group of other than three digits as a separator', () => {
      expect(parseNumeral('1,20')).toBeNull();
      expect(readArabic('30,20家', 0)?.value).toBe(30);
    });
  });

  describe('readArabic', () => {
    it('reports digits, separators, decimals and a leading zero', () => {
      expect(readArabic('达到12,000.5个', 2)).toEqual({
        start: 2, end: 10, value: 12000.5, integerDigits: 5, fractionDigits: 1, grouped: true, leadingZero: false,
      });
      expect(readArabic('0632', 0)?.leadingZero).toBe(true);
    });

    it('joins single digits split by single spaces, as PDF extraction leaves them', () => {
      expect(readArabic('1 2 0个', 0)).toMatchObject({ value: 120, end: 5 });
      expect(readArabic('1 20个', 0)).toMatchObject({ value: 1, end: 1 });
      expect(readArabic('12 0个', 0)).toMatchObject({ value: 12, end: 2 });
    });

    it('stops before a full stop that ends a task number', () => {
      expect(readArabic('12.完善', 0)?.end).toBe(2);
      expect(readArabic('12．5%', 0)?.value).toBe(12.5);
    });

    it('reads a decimal point spaced off after a space (6 . 5), never one without a space before it', () => {
      expect(readArabic('6 . 5%', 0)).toMatchObject({ end: 5, value: 6.5, fractionDigits: 1 });
      expect(readArabic('6 .5%', 0)?.value).toBe(6.5);
      expect(readArabic('3. 100个', 0)).toMatchObject({ end: 1, value: 3 });
    });

    it('returns null when no digit starts at the offset', () => {
      expect(readArabic('abc', 0)).toBeNull();
    });
  });

  describe('readChinese', () => {
    it('reports where the numeral characters run past the numeral', () => {
      const reading = readChinese('十三五规划', 0);
      expect(reading?.end).toBe(2);
      expect(reading?.runEnd).toBe(3);
    });

    it('offers the numeral one character shorter when the last character may start a unit', () => {
      expect(readChinese('两千瓦', 0)?.shorter).toEqual({ end: 1, value: 2, hasSectionUnit: false });
      expect(readChinese('五万亩', 0)?.shorter).toEqual({ end: 1, value: 5, hasSectionUnit: false });
    });

    it('reads a bare place unit only when asked to (百分之百)', () => {
      expect(readChinese('百', 0)).toBeNull();
      expect(readChinese('百', 0, { allowBarePlace: true })?.value).toBe(100);
    });

    it('never reads a bare section unit (百城万站)', () => {
      expect(readChinese('万站', 0)).toBeNull();
    });
  });

  describe('scaleValue', () => {
    it('multiplies by powers of ten without binary noise', () => {
      expect(scaleValue(1.39, 1e4)).toBe(13900);
      expect(scaleValue(0.582, 1e4)).toBe(5820);
      expect(scaleValue(12.24, 1e8)).toBe(1224000000);
      expect(scaleValue(280, 1e3)).toBe(280000);
      expect(scaleValue(5, 1e-3)).toBe(0.005);
    });

    it('rounds other factors to fifteen significant digits', () => {
      expect(scaleValue(1.2e4, 10000 / 15)).toBe(8000000);
    });
  });

  describe('properties', () => {
    const integer = fc.integer({ min: 0, max: 999_999_999_999 });

    it('reads back any integer written in Chinese numerals', () => {
      fc.assert(fc.property(integer, (n) => parseNumeral(toChineseNumeral(n))?.value === n), runs);
    });

    it('reads back any decimal written in Chinese numerals with 点', () => {
      const decimal = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 99 }))
        .map(([whole, hundredths]) => Number(`${whole}.${String(hundredths).padStart(2, '0')}`.replace(/0+$/, '')));
      fc.assert(fc.property(decimal, (n) => parseNumeral(toChineseDecimal(n))?.value === n), runs);
    });

    it('reads back any number written with thousands separators', () => {
      const decimal = fc.tuple(integer, fc.integer({ min: 0, max: 99 }))
        .map(([whole, cents]) => Number(`${whole}.${cents}`));
      fc.assert(fc.property(decimal, (n) => parseNumeral(withThousands(n))?.value === n), runs);
    });

    it('reads any run of digits, with or without a fraction, as Number reads it', () => {
      const digits = (max: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: max });
      fc.assert(fc.property(digits(22), fc.option(digits(8)), (whole, part) => {
        const written = part === null ? whole : `${whole}.${part}`;
        const read = readArabic(`达到${written}个`, 2);
        expect(read?.value).toBe(Number(written));
        expect(read?.end).toBe(2 + written.length);
      }), runs);
    });

    it('never throws and returns null or a finite value for any string', () => {
      const alphabet = fc.constantFrom(...'0123456789０９.,．一二两三十百千万亿零〇点余多元%个 -'.split(''));
      fc.assert(fc.property(fc.string({ unit: alphabet, maxLength: 20 }), (text) => {
        const parsed = parseNumeral(text);
        return parsed === null || Number.isFinite(parsed.value);
      }), runs);
    });
  });
});
