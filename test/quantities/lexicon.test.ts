import {
  arabicDigitAt, arabicDigitValue, chineseDigitAt, chineseDigitValue, chinesePlaceAt, chinesePlaceValue, chineseSectionAt, chineseSectionValue,
  isChineseNumeralAt, isChineseNumeralChar, isLatinLetter, isLatinLetterAt, isSpace, isSpaceAt, matchBoundAfter, matchBoundBefore,
  matchConnectorAt, matchUnitAt, wordEndAt,
} from '../../src/quantities/lexicon.js';

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

  it('reads a character of a text by its position as it reads the character alone, and nothing outside the text', () => {
    const text = '约 三万两千零５0kW，x\u3000百亿';
    for (let pos = -1; pos <= text.length; pos += 1) {
      const ch = text[pos];
      expect([arabicDigitAt(text, pos), chineseDigitAt(text, pos), chinesePlaceAt(text, pos), chineseSectionAt(text, pos)])
        .toEqual([arabicDigitValue(ch), chineseDigitValue(ch), chinesePlaceValue(ch), chineseSectionValue(ch)]);
      expect([isChineseNumeralAt(text, pos), isLatinLetterAt(text, pos), isSpaceAt(text, pos)])
        .toEqual([isChineseNumeralChar(ch), isLatinLetter(ch), isSpace(ch)]);
    }
    expect([chineseDigitAt(text, 2), chineseSectionAt(text, 3), arabicDigitAt(text, 7), isSpaceAt(text, 13), chinesePlaceAt(text, 14)]).toEqual([3, 1e4, 5, true, 100]);
  });

  it('finds range connectors of one character, a doubled dash as one', () => {
    expect(matchConnectorAt('1—3万头', 1)).toBe(2);
    expect(matchConnectorAt('1——3万头', 1)).toBe(3);
    expect(matchConnectorAt('三到五', 1)).toBe(2);
    expect(matchConnectorAt('三和五', 1)).toBeNull();
    expect(matchConnectorAt('3', 1)).toBeNull();
  });

  it('knows the spaces tolerated between a number and its unit', () => {
    expect(isSpace(' ')).toBe(true);
    expect(isSpace('\u3000')).toBe(true);
    expect(isSpace('\u00a0')).toBe(true);
    expect(isSpace('  ')).toBe(false);
    expect(isSpace('个')).toBe(false);
    expect(isSpace(undefined)).toBe(false);
  });

  it('matches words letter-spaced by PDF text, at most three spaces between two characters', () => {
    expect(wordEndAt('三分 之一', '分之', 1)).toBe(4);
    expect(wordEndAt('三分之一', '分之', 1)).toBe(3);
    expect(wordEndAt('三分    之一', '分之', 1)).toBe(-1);
    expect(wordEndAt('三分，之一', '分之', 1)).toBe(-1);
    expect(matchUnitAt('个 百 分 点', 0)).toMatchObject({ form: '个百分点', start: 0, end: 7 });
    expect(matchUnitAt('万 亩', 0)?.unit.id).toBe('wan_mu');
    expect(matchBoundAfter('以 上', 0, 'after')).toMatchObject({ start: 0, end: 3 });
    expect(matchBoundBefore('不 少 于 5', 5, 0)).toMatchObject({ start: 0, end: 5 });
  });

  it('does not space latin unit forms (m 2 is a metre and a digit)', () => {
    expect(matchUnitAt('m 2', 0)?.unit.id).toBe('m');
  });
});
