/**
 * Reading numerals: Arabic (`1,200`, `12.5`, full width `１２．５`) and Chinese (`三十五`,
 * `十二万五千`, `二〇二三`, `三点五`), plus scale words (`1.2万`) and 余/多 "odd" markers.
 *
 * The `read*` functions scan from an offset and stop at the first character that cannot
 * continue the numeral; they run in time linear in what they read and never throw.
 */
import { CHINESE_DECIMAL_POINT } from '../catalogue/index.js';
import {
  arabicDigitAt,
  chineseDigitAt,
  chinesePlaceAt,
  chineseSectionAt,
  isChineseNumeralAt,
  matchBoundAfter,
  isSpaceAt,
  matchScaleAt,
  skipSpaces,
} from './lexicon.js';
import type { Comparator } from './types.js';

/** An Arabic numeral read from the text. */
export interface ArabicReading {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Digits before the decimal point (separators not counted). */
  readonly integerDigits: number;
  /** Digits after the decimal point. */
  readonly fractionDigits: number;
  /** Written with thousands separators (`1,200`). */
  readonly grouped: boolean;
  /** More than one integer digit and the first is 0 (`0632`, `00116`): an identifier. */
  readonly leadingZero: boolean;
}

/** A Chinese numeral read from the text. */
export interface ChineseReading {
  readonly start: number;
  /** End of the longest valid numeral. */
  readonly end: number;
  readonly value: number;
  /** Contains a section unit 万/亿 (a scale). */
  readonly hasSectionUnit: boolean;
  /** End of the run of numeral characters starting at `start` (≥ `end`); `十三五` runs past `十三`. */
  readonly runEnd: number;
  /**
   * The valid numeral one character shorter, when the last character is a unit (十/百/千/万/亿)
   * that may instead start a unit word: `两千瓦` = 两 + 千瓦, `五万亩` = 五 + 万亩.
   */
  readonly shorter: { readonly end: number; readonly value: number; readonly hasSectionUnit: boolean } | null;
}

/** Options for `readChinese`. */
export interface ChineseReadOptions {
  /** Accept a bare place unit as one of it: 百 → 100 (only after 百分之: 百分之百). */
  readonly allowBarePlace?: boolean;
}

/** A whole string parsed as a numeral by `parseNumeral`. */
export interface ParsedNumeral {
  readonly value: number;
  /** `>` when written with 余/多 "odd, more than" (二十余 → more than 20), else `=`. */
  readonly comparator: Comparator;
}

/**
 * Read an Arabic numeral at `start`: digits (ASCII or full width), optional thousands
 * separators (`,` before groups of exactly three digits), optional decimal part (`.` or `．`).
 * Single digits split by single spaces (`1 2 0`, left by PDF extraction) are read as one number.
 *
 * Returns null when `start` is not a digit. Values too long for a double come back as
 * `Infinity`; callers treat long digit runs as identifiers.
 *
 * @example
 * readArabic('达到12,000.5个', 2) // { start: 2, end: 10, value: 12000.5, integerDigits: 5, fractionDigits: 1, grouped: true, leadingZero: false }
 */
export function readArabic(text: string, start: number): ArabicReading | null {
  const integer: number[] = [];
  let p = start;
  for (let d = arabicDigitAt(text, p); d !== null; d = arabicDigitAt(text, p)) {
    integer.push(d);
    p += 1;
  }
  if (integer.length === 0) return null;
  // 1 2 0个: single digits split by single spaces, as PDF text extraction leaves them
  if (integer.length === 1) {
    for (let d = arabicDigitAt(text, p + 1); text[p] === ' ' && d !== null && arabicDigitAt(text, p + 2) === null; d = arabicDigitAt(text, p + 1)) {
      integer.push(d);
      p += 2;
    }
  }
  let grouped = false;
  if (integer.length <= 3) {
    // 1,200 / 12,000,000: every group after the first has exactly three digits
    while (text[p] === ',' && threeDigitsAt(text, p + 1) && arabicDigitAt(text, p + 4) === null) {
      for (let k = 1; k <= 3; k += 1) integer.push(arabicDigitAt(text, p + k) ?? 0);
      p += 4;
      grouped = true;
    }
  }
  const fraction: number[] = [];
  let fractionFrom = -1;
  if ((text[p] === '.' || text[p] === '．') && arabicDigitAt(text, p + 1) !== null) fractionFrom = p + 1;
  else if (text[p] === ' ' && (text[p + 1] === '.' || text[p + 1] === '．') && !grouped) {
    // 6 . 5%, 6 .5: a decimal point spaced off in PDF or web text (with a space before the
    // point: task numbers `3. 100个` have none)
    const digitAt = text[p + 2] === ' ' ? p + 3 : p + 2;
    if (arabicDigitAt(text, digitAt) !== null) fractionFrom = digitAt;
  }
  if (fractionFrom >= 0) {
    p = fractionFrom;
    for (let d = arabicDigitAt(text, p); d !== null; d = arabicDigitAt(text, p)) {
      fraction.push(d);
      p += 1;
    }
  }
  return {
    start,
    end: p,
    value: numberFrom(integer, fraction),
    integerDigits: integer.length,
    fractionDigits: fraction.length,
    grouped,
    leadingZero: integer.length > 1 && integer[0] === 0,
  };
}

/**
 * The value of decimal digits. A whole number of up to 15 digits is summed exactly; any other
 * is read from its digits written out, so a fraction is rounded as `Number` rounds it.
 */
function numberFrom(integer: readonly number[], fraction: readonly number[]): number {
  if (fraction.length === 0 && integer.length <= 15) {
    let value = 0;
    for (const digit of integer) value = value * 10 + digit;
    return value;
  }
  return Number(fraction.length > 0 ? `${integer.join('')}.${fraction.join('')}` : integer.join(''));
}

function threeDigitsAt(text: string, pos: number): boolean {
  return arabicDigitAt(text, pos) !== null && arabicDigitAt(text, pos + 1) !== null
    && arabicDigitAt(text, pos + 2) !== null;
}

/**
 * Where the numeral goes on after `p`, the first character past a numeral character: `p` itself,
 * or past spaces that PDF text puts between the characters (三千 九百 六十五) when a numeral
 * character follows them; -1 when the numeral ends at `p`.
 */
function continuesAt(text: string, p: number): number {
  if (isChineseNumeralAt(text, p)) return p;
  const next = skipSpaces(text, p);
  return next > p && isChineseNumeralAt(text, next) ? next : -1;
}

/** End of the run of Chinese numeral characters starting at `start`, spaces inside included. */
function chineseRunEnd(text: string, start: number): number {
  let p = start;
  for (let next = continuesAt(text, p); next >= 0; next = continuesAt(text, p)) p = next + 1;
  return p;
}

interface Prefix {
  readonly end: number;
  readonly value: number;
  readonly hasSectionUnit: boolean;
}

/**
 * Longest valid Chinese numeral in `text[start, runEnd)` in the usual grouped notation
 * (三十五, 一百零五, 十二万五千, 一万五 = 15000), and the valid numeral one character shorter.
 */
function readGrouped(text: string, start: number, runEnd: number, allowBarePlace: boolean): { best: Prefix | null; shorter: Prefix | null } {
  let result = 0; // completed sections (above the current section unit)
  let section = 0; // current section below 万/亿
  let digit: number | null = null; // pending digit
  let zero = false; // a 零 waits for its digit
  let lastPlace = Infinity; // place units must fall within a section: 千 > 百 > 十
  let lastSection = Infinity;
  let unitBeforeDigit = 0; // unit right before the pending digit (一万五: 5 × 1000)
  let hasDigit = false;
  let hasSectionUnit = false;
  let best: Prefix | null = null;
  let shorter: Prefix | null = null;
  let previous = start - 1; // the numeral character before `p`, spaces skipped
  for (let p = start; p < runEnd; p += 1) {
    // a space inside the run: chineseRunEnd let it in only before another numeral character
    if (isSpaceAt(text, p)) continue;
    const before = previous;
    previous = p;
    const d = chineseDigitAt(text, p);
    const place = chinesePlaceAt(text, p);
    const sectionUnit = chineseSectionAt(text, p);
    if (d !== null && d > 0) {
      if (digit !== null) break;
      digit = d;
      hasDigit = true;
      zero = false;
    } else if (d === 0) {
      if (digit !== null || (result === 0 && section === 0)) break;
      zero = true;
      unitBeforeDigit = 0;
      continue; // a trailing 零 is never a complete numeral
    } else if (place !== null) {
      if (place >= lastPlace) break;
      let n = digit;
      if (n === null) {
        const atStart = result === 0 && section === 0 && !zero;
        // 十二 "twelve", 一万零十二 "10012"; 百 alone only where a bare place is allowed (百分之百)
        if ((atStart || zero) && (place === 10 || allowBarePlace)) n = 1;
        else break;
      }
      section += n * place;
      lastPlace = place;
      digit = null;
      zero = false;
      unitBeforeDigit = place;
    } else if (sectionUnit !== null) {
      section += digit ?? 0;
      digit = null;
      const afterSection = p > start && chineseSectionAt(text, before) !== null;
      if (sectionUnit === lastSection || (section === 0 && !(afterSection && sectionUnit > lastSection))) break;
      // 一万亿: a larger section unit multiplies everything before it
      result = sectionUnit < lastSection ? result + section * sectionUnit : (result + section) * sectionUnit;
      section = 0;
      lastPlace = Infinity;
      lastSection = sectionUnit;
      zero = false;
      hasSectionUnit = true;
      unitBeforeDigit = sectionUnit;
    } else {
      break;
    }
    const pending = digit === null ? 0 : digit * (unitBeforeDigit >= 100 && !zero ? unitBeforeDigit / 10 : 1);
    const valid = (hasDigit || allowBarePlace || text[start] === '十') && !zero;
    if (!valid) continue;
    const prefix = { end: p + 1, value: result + section + pending, hasSectionUnit };
    shorter = best !== null && best.end === before + 1 ? best : null;
    best = prefix;
    if (digit !== null) unitBeforeDigit = 0;
  }
  return { best, shorter };
}

/**
 * Read a Chinese numeral at `start`.
 *
 * Grouped notation (三十五 35, 一百零五 105, 十二万五千 125000, 两千 2000, 一万五 15000) and
 * digit-by-digit notation of three or more digits (二〇二三 2023) are read; 点 adds decimals
 * (三点五 3.5, 一万零一十八点一五 10018.15). `end` is the longest valid numeral; `runEnd` the end of the numeral characters,
 * so callers can tell `十三五` (a plan period, runs past `十三`) from `十三家`. A lone
 * 零/〇 reads as 0; a bare 百/千/万 ("百城万站") is not a numeral. Returns null when no
 * numeral starts at `start`.
 *
 * @example
 * readChinese('十二万五千亩', 0) // { start: 0, end: 5, value: 125000, hasSectionUnit: true, runEnd: 5, shorter: { end: 4, value: 120005, hasSectionUnit: true } }
 */
export function readChinese(text: string, start: number, options: ChineseReadOptions = {}): ChineseReading | null {
  if (!isChineseNumeralAt(text, start)) return null;
  const runEnd = chineseRunEnd(text, start);
  let digitsEnd = start;
  while (digitsEnd < runEnd && chineseDigitAt(text, digitsEnd) !== null) digitsEnd += 1;
  const runLength = digitsEnd - start;

  let best: Prefix | null;
  let shorter: Prefix | null = null;
  if (runLength >= 3 && text[start] !== '零') {
    // 二〇二三: one digit per place
    let value = 0;
    for (let p = start; p < digitsEnd; p += 1) value = value * 10 + (chineseDigitAt(text, p) ?? 0);
    best = { end: digitsEnd, value, hasSectionUnit: false };
  } else if (chineseDigitAt(text, start) === 0) {
    best = runLength === 1 && runEnd === start + 1 ? { end: start + 1, value: 0, hasSectionUnit: false } : null;
  } else {
    ({ best, shorter } = readGrouped(text, start, runEnd, options.allowBarePlace ?? false));
  }
  if (best === null) return null;

  // 三点五 "three point five"; 一万零一十八点一五 "10018.15": the decimals follow the whole numeral
  // (PDF text may space the point and the digits: 四百 点 五)
  const pointAt = skipSpaces(text, best.end);
  if (text[pointAt] === CHINESE_DECIMAL_POINT) {
    let end = pointAt + 1;
    const fraction: number[] = [];
    for (let p = skipSpaces(text, end), d = chineseDigitAt(text, p); d !== null && text[p] !== '两'; p = skipSpaces(text, end), d = chineseDigitAt(text, p)) {
      fraction.push(d);
      end = p + 1;
    }
    if (fraction.length > 0) {
      const value = Number(`${best.value}.${fraction.join('')}`);
      return { start, end, value, hasSectionUnit: best.hasSectionUnit, runEnd: Math.max(end, chineseRunEnd(text, end)), shorter: null };
    }
  }
  return { start, end: best.end, value: best.value, hasSectionUnit: best.hasSectionUnit, runEnd, shorter };
}

/**
 * Multiply `value` by `factor` without binary noise: powers of ten shift the decimal point
 * (1.39 × 1e4 = 13900, not 13899.999999999998); other factors round to 15 significant digits.
 *
 * @example
 * scaleValue(1.39, 10000) // 13900
 */
export function scaleValue(value: number, factor: number): number {
  if (factor === 1) return value;
  const product = value * factor;
  if (!Number.isFinite(product)) return product;
  // within rounding error of an integer: that integer (1.39 × 1e4 = 13899.999999999998 → 13900)
  const nearest = Math.round(product);
  if (Math.abs(product) < 1e15 && Math.abs(product - nearest) <= 1e-12 * Math.max(1, Math.abs(product))) return nearest;
  const exponent = Math.round(Math.log10(Math.abs(factor)));
  if (10 ** exponent === Math.abs(factor)) {
    const [mantissa = '0', power = '0'] = value.toExponential().split('e');
    return Math.sign(factor) * Number(`${mantissa}e${Number(power) + exponent}`);
  }
  return Number(product.toPrecision(15));
}

/**
 * Parse a whole string as one numeral: Arabic or Chinese, optionally followed by 余/多 and a
 * scale word (万, 亿, 万亿, 千, 百 …) in either order.
 *
 * Surrounding spaces are ignored; anything else left over makes it null. 余/多 mean "odd, more
 * than" and give comparator `>` (二十余 is 21 to 29).
 *
 * @example
 * parseNumeral('二十余') // { value: 20, comparator: '>' }
 * parseNumeral('1.2万') // { value: 12000, comparator: '=' }
 * parseNumeral('十二万五千') // { value: 125000, comparator: '=' }
 */
export function parseNumeral(text: string): ParsedNumeral | null {
  const trimmed = text.trim();
  const arabic = readArabic(trimmed, 0);
  const reading = arabic ?? readChinese(trimmed, 0);
  if (reading === null) return null;
  let p = reading.end;
  let value = reading.value;
  let comparator: Comparator = '=';
  const odd = matchBoundAfter(trimmed, p, 'between');
  if (odd !== null) {
    comparator = odd.word.comparator;
    p = odd.end;
  }
  const scale = matchScaleAt(trimmed, p);
  if (scale !== null) {
    value = scaleValue(value, scale.scale.factor);
    p = scale.end;
    const oddAfter = odd === null ? matchBoundAfter(trimmed, p, 'between') : null;
    if (oddAfter !== null) {
      comparator = oddAfter.word.comparator;
      p = oddAfter.end;
    }
  }
  if (p !== trimmed.length || !Number.isFinite(value)) return null;
  return { value, comparator };
}
