import { CHINESE_DIGITS as NUMERAL_DIGITS, YEAR_ZERO_LOOKALIKES } from '../catalogue/index.js';

/** Chinese digits used in written years and dates (二〇二三年八月二十五日, 二O二三年): the catalogue's. */
const CHINESE_DIGITS: Readonly<Record<string, number>> = { ...NUMERAL_DIGITS, ...YEAR_ZERO_LOOKALIKES };

/**
 * A year written in Arabic or Chinese digits (`2023`, `二〇二三`, `二O二三`) as a number, or null.
 *
 * @example
 * parseYear('二〇二三') // → 2023
 */
export function parseYear(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (text.length !== 4) return null;
  let value = 0;
  for (const ch of text) {
    const digit = CHINESE_DIGITS[ch];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value >= 1900 && value <= 2100 ? value : null;
}

/** A month or day number in Arabic or Chinese (`8`, `八`, `十二`, `二十五`), or null. */
export function parseSmallNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const match = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return null;
  const [, tens = '', ten = '', units = ''] = match;
  // a lone digit (三月) is read by the first group: it is units, not tens
  if (ten === '') return tens !== '' && units !== '' ? null : CHINESE_DIGITS[tens || units] ?? null;
  const tensValue = tens === '' ? 1 : CHINESE_DIGITS[tens] ?? 0;
  return tensValue * 10 + (units === '' ? 0 : CHINESE_DIGITS[units] ?? 0);
}

const YEAR = '((?:19|20)\\d{2}|[〇零一二三四五六七八九OＯ]{4})';
const SMALL = '(\\d{1,2}|[一二三]?十?[一二三四五六七八九]?)';
/** A full date `2023年8月25日` / `二〇二三年八月二十五日` / `2023-08-25` / `2023.8.25`. */
export const DATE_PATTERN = new RegExp(`${YEAR}\\s*年\\s*${SMALL}\\s*月\\s*${SMALL}\\s*日|((?:19|20)\\d{2})[-./](\\d{1,2})[-./](\\d{1,2})`, 'g');

/**
 * The first full date in a text as ISO `YYYY-MM-DD`, or null.
 *
 * @example
 * findDate('发布日期:2023-01-10 10:25') // → '2023-01-10'
 * findDate('二〇二二年十二月二十八日') // → '2022-12-28'
 */
export function findDate(text: string): string | null {
  for (const match of text.matchAll(DATE_PATTERN)) {
    const year = parseYear(match[1] ?? match[4] ?? '');
    const month = parseSmallNumber(match[2] ?? match[5] ?? '');
    const day = parseSmallNumber(match[3] ?? match[6] ?? '');
    if (year === null || month === null || day === null) continue;
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
