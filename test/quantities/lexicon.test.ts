import { chineseDigitValue, chinesePlaceValue, chineseSectionValue, isChineseNumeralChar, isSpace } from '../../src/quantities/lexicon.js';

describe('quantities/lexicon single characters', () => {
  it('reads the value of a Chinese digit, place unit or section unit', () => {
    expect(chineseDigitValue('两')).toBe(2);
    expect(chineseDigitValue('〇')).toBe(0);
    expect(chineseDigitValue('九')).toBe(9);
    expect(chinesePlaceValue('百')).toBe(100);
    expect(chineseSectionValue('亿')).toBe(1e8);
    // each table knows its own characters only
    expect(chineseDigitValue('万')).toBeNull();
    expect(chinesePlaceValue('三')).toBeNull();
    expect(chineseSectionValue('千')).toBeNull();
  });

  it('answers null or false for no character, several characters or any other character', () => {
    expect(chineseDigitValue(undefined)).toBeNull();
    expect(chineseDigitValue('')).toBeNull();
    expect(chineseDigitValue('一二')).toBeNull();
    expect(chineseSectionValue('万亿')).toBeNull();
    expect(isChineseNumeralChar('万')).toBe(true);
    expect(isChineseNumeralChar('零')).toBe(true);
    expect(isChineseNumeralChar('五万')).toBe(false);
    expect(isChineseNumeralChar('个')).toBe(false);
    expect(isChineseNumeralChar('\ud800')).toBe(false);
  });

  it('knows the spaces tolerated between a number and its unit', () => {
    expect(isSpace(' ')).toBe(true);
    expect(isSpace('\u3000')).toBe(true);
    expect(isSpace('\u00a0')).toBe(true);
    expect(isSpace('  ')).toBe(false);
    expect(isSpace('个')).toBe(false);
    expect(isSpace(undefined)).toBe(false);
  });
});
