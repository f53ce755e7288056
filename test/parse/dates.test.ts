import { findDate, parseSmallNumber, parseYear } from '../../src/parse/dates.js';

describe('parse/dates', () => {
  it('reads dates written in Arabic digits, with dashes or dots', () => {
    expect(findDate('2023年8月25日')).toBe('2023-08-25');
    expect(findDate('发布日期:2023-01-10 10:25')).toBe('2023-01-10');
    expect(findDate('2023.8.8')).toBe('2023-08-08');
  });

  it('reads dates written in Chinese numerals, single-digit months included', () => {
    expect(findDate('二〇二四年三月十五日')).toBe('2024-03-15');
    expect(findDate('二〇二二年十二月二十八日')).toBe('2022-12-28');
    expect(findDate('二O二三年九月一日')).toBe('2023-09-01');
  });

  it('reads month and day numbers from one to thirty-one', () => {
    expect([parseSmallNumber('三'), parseSmallNumber('十'), parseSmallNumber('十二'), parseSmallNumber('二十'), parseSmallNumber('三十一')]).toEqual([3, 10, 12, 20, 31]);
    expect(parseSmallNumber('')).toBeNull();
    expect(parseSmallNumber('三五')).toBeNull();
  });

  it('reads years in both scripts and refuses impossible ones', () => {
    expect(parseYear('2023')).toBe(2023);
    expect(parseYear('二〇二三')).toBe(2023);
    expect(parseYear('一二三四')).toBeNull();
  });

  it('rejects a month or day out of range', () => {
    expect(findDate('2023年13月5日')).toBeNull();
  });
});
