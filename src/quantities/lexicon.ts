/**
 * Longest-match lookups over the unit catalogue (`src/catalogue/units.ts`): units, scale words,
 * bound words, range connectors and character classes. Built once from the data at import;
 * every function is pure and looks at a bounded window of the text.
 */
import {
  BOUND_FILLERS,
  BOUND_WORDS,
  CHINESE_DIGITS,
  CHINESE_PLACE_UNITS,
  CHINESE_SECTION_UNITS,
  NEGATIVE_SIGNS,
  NOT_NEGATIVE_AFTER,
  NOT_QUANTITY_CONTEXT,
  RANGE_CONNECTORS,
  SCALE_WORDS,
  SHARES,
  UNITS,
} from '../catalogue/index.js';
import type { BoundPosition, BoundWordDef, ScaleWordDef, UnitDef } from '../catalogue/index.js';
import type { Comparator } from './types.js';

/** A unit written at some offset of the text. */
export interface UnitMatch {
  readonly unit: UnitDef;
  /** The written form as it appears (`万立方米`, `%`, `百分之`). */
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

/** A scale word written at some offset of the text. */
export interface ScaleMatch {
  readonly scale: ScaleWordDef;
  readonly start: number;
  readonly end: number;
}

/** A bound word written at some offset of the text. */
export interface BoundMatch {
  readonly word: BoundWordDef;
  readonly start: number;
  readonly end: number;
}

interface FormEntry {
  readonly form: string;
  readonly unit: UnitDef;
  /** Written in Chinese characters only, of two or more: PDF text may space it (个 百 分 点). */
  readonly spaceable: boolean;
  /** Ends in a latin letter, digit or ²/³ (kW, km, m²): must not run into more letters or digits. */
  readonly latinEnd: boolean;
}

/** Whether a word of two or more characters has no ASCII in it, so spaces between its characters are layout. */
function isSpaceable(word: string): boolean {
  if (word.length < 2) return false;
  for (let k = 0; k < word.length; k += 1) if (word.charCodeAt(k) < 0x80) return false;
  return true;
}

// the catalogue's rows as they are, seen through their row types (a row copied field by field
// would drop a field added later; the copies' one shape made no difference the bench can tell)
const unitRows: readonly UnitDef[] = UNITS;
const scaleRows: readonly ScaleWordDef[] = SCALE_WORDS;
const boundRows: readonly BoundWordDef[] = BOUND_WORDS;

/**
 * Index written forms by the code of their first character, longest first, so the longest form
 * wins. Keyed by code, the text's character needs no string of its own to look it up.
 */
function indexForms(pick: (unit: UnitDef) => readonly string[] | undefined): ReadonlyMap<number, readonly FormEntry[]> {
  const index = new Map<number, FormEntry[]>();
  for (const unit of unitRows) {
    for (const form of pick(unit) ?? []) {
      if (form === '') continue;
      const first = form.charCodeAt(0);
      const entries = index.get(first) ?? [];
      entries.push({ form, unit, spaceable: isSpaceable(form), latinEnd: hasLatinEnd(form) });
      index.set(first, entries);
    }
  }
  for (const entries of index.values()) entries.sort((a, b) => b.form.length - a.form.length);
  return index;
}

const suffixForms = indexForms((unit) => unit.forms);
const prefixForms = indexForms((unit) => unit.prefixForms);
const scalesLongestFirst = [...scaleRows].sort((a, b) => b.text.length - a.text.length);
/** `before` words by the code of their last character, longest first: looked up backwards from a number. */
const beforeByLastChar = new Map<number, BoundWordDef[]>();
for (const word of [...boundRows].sort((a, b) => b.text.length - a.text.length)) {
  if (word.position !== 'before' || word.text === '') continue;
  const last = word.text.charCodeAt(word.text.length - 1);
  beforeByLastChar.set(last, [...(beforeByLastChar.get(last) ?? []), word]);
}
const boundsByPosition = new Map<BoundPosition, readonly BoundWordDef[]>(
  (['before', 'after', 'between'] as const).map((position) => [
    position,
    boundRows.filter((word) => word.position === position).sort((a, b) => b.text.length - a.text.length),
  ]),
);
/** `after` and `between` words by the code of their first character, longest first. */
function byFirstChar(position: BoundPosition): ReadonlyMap<number, readonly BoundWordDef[]> {
  const index = new Map<number, BoundWordDef[]>();
  for (const word of boundsByPosition.get(position) ?? []) {
    if (word.text === '') continue;
    const first = word.text.charCodeAt(0);
    index.set(first, [...(index.get(first) ?? []), word]);
  }
  return index;
}
const afterByFirstChar = byFirstChar('after');
const betweenByFirstChar = byFirstChar('between');
/** Range connectors of one character by code (a doubled dash is read as one connector). */
const connectorCodes = new Set(RANGE_CONNECTORS.filter((connector) => connector.length === 1).map((connector) => connector.charCodeAt(0)));
/** Bound fillers (了, 有 …) by code. */
const fillerCodes = new Set(BOUND_FILLERS.map((filler) => filler.charCodeAt(0)));
const shareWords = [...SHARES.words].sort((a, b) => b.text.length - a.text.length);
/** First characters of share words, by code. */
const shareStarts = new Set(shareWords.map(({ text }) => text.charCodeAt(0)));
const notNegativeAfter: readonly string[] = NOT_NEGATIVE_AFTER;
/** Negative signs by code: 1 before Arabic digits only, 2 also before Chinese numerals. */
const signKinds = new Map(NEGATIVE_SIGNS.map((sign) => [sign.text.charCodeAt(0), sign.beforeChinese ? 2 : 1]));
/**
 * A value per one-unit key, by its character code: the recogniser asks about single characters
 * of the text all the time, and looks them up by code (no string is made for the lookup).
 */
function unitTable(entries: readonly (readonly [string, number])[]): ReadonlyMap<number, number> {
  const table = new Map<number, number>();
  // a key of more units than one is never a single character of the text
  for (const [key, value] of entries) if (key.length === 1) table.set(key.charCodeAt(0), value);
  return table;
}

/** The value of a single character in a `unitTable`, or null. */
function unitValue(table: ReadonlyMap<number, number>, ch: string | undefined): number | null {
  if (ch === undefined || ch.length !== 1) return null;
  return table.get(ch.charCodeAt(0)) ?? null;
}

/*
 * Characters of the text are tested by code (`text.charCodeAt(pos)`, NaN outside the text, which
 * no table holds), through the `…At(text, pos)` functions below: `text[pos]` makes a string of one
 * character for an ideograph each time, only to be tested and dropped, about a million times a
 * pass over bench's documents. Measured on `recogniseQuantities` over bench's 3,000 documents
 * (`node /tmp/stages.mjs DIST quantities 4`, builds alternated): see bench/README.md, session 12.
 */

/** The value of the character at `pos` in a `unitTable`, or null (also outside the text). */
function unitValueAt(table: ReadonlyMap<number, number>, text: string, pos: number): number | null {
  return table.get(text.charCodeAt(pos)) ?? null;
}

const spaces = unitTable(NOT_QUANTITY_CONTEXT.spaces.map((space) => [space, 1]));
const digitValues = unitTable(Object.entries(CHINESE_DIGITS));
const placeValues = unitTable(Object.entries(CHINESE_PLACE_UNITS));
const sectionValues = unitTable(Object.entries(CHINESE_SECTION_UNITS));
/** Characters of Chinese numerals: digits, place units and section units. */
const numeralKeys = [...Object.keys(CHINESE_DIGITS), ...Object.keys(CHINESE_PLACE_UNITS), ...Object.keys(CHINESE_SECTION_UNITS)];
const numeralChars = unitTable(numeralKeys.map((ch) => [ch, 1]));
/** Character codes a quantity can start with, one array read per character of the text. */
const quantityStartCodes = new Uint8Array(0x10000);
for (const ch of [...numeralKeys, ...'0123456789０１２３４５６７８９']) {
  quantityStartCodes[ch.charCodeAt(0)] = 1;
}
for (const code of prefixForms.keys()) quantityStartCodes[code] = 1;
for (const { text } of [...NEGATIVE_SIGNS, ...SHARES.words]) quantityStartCodes[text.charCodeAt(0)] = 1;

/**
 * Whether `ch` is a latin letter (ASCII or full width).
 *
 * @example
 * isLatinLetter('G') // true
 */
export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && isLatinLetterAt(ch, 0);
}

/**
 * Whether the character at `pos` is a latin letter (false outside the text).
 *
 * @example
 * isLatinLetterAt('5G', 1) // true
 */
export function isLatinLetterAt(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/**
 * Value of an Arabic digit (ASCII `0-9` or full width `０-９`), or null.
 *
 * @example
 * arabicDigitValue('７') // 7
 */
export function arabicDigitValue(ch: string | undefined): number | null {
  return ch === undefined ? null : arabicDigitAt(ch, 0);
}

/**
 * Value of the Arabic digit at `pos`, or null (also outside the text).
 *
 * @example
 * arabicDigitAt('第７', 1) // 7
 */
export function arabicDigitAt(text: string, pos: number): number | null {
  const code = text.charCodeAt(pos);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return null;
}

/**
 * Value of a Chinese digit (一…九, 两, 〇/零), or null.
 *
 * @example
 * chineseDigitValue('两') // 2
 */
export function chineseDigitValue(ch: string | undefined): number | null {
  return unitValue(digitValues, ch);
}

/**
 * Value of the Chinese digit at `pos`, or null (also outside the text).
 *
 * @example
 * chineseDigitAt('第两', 1) // 2
 */
export function chineseDigitAt(text: string, pos: number): number | null {
  return unitValueAt(digitValues, text, pos);
}

/**
 * Value of a Chinese place unit (十 10, 百 100, 千 1000), or null.
 *
 * @example
 * chinesePlaceValue('百') // 100
 */
export function chinesePlaceValue(ch: string | undefined): number | null {
  return unitValue(placeValues, ch);
}

/**
 * Value of the Chinese place unit at `pos`, or null (also outside the text).
 *
 * @example
 * chinesePlaceAt('三百', 1) // 100
 */
export function chinesePlaceAt(text: string, pos: number): number | null {
  return unitValueAt(placeValues, text, pos);
}

/**
 * Value of a Chinese section unit (万 1e4, 亿 1e8), or null.
 *
 * @example
 * chineseSectionValue('万') // 10000
 */
export function chineseSectionValue(ch: string | undefined): number | null {
  return unitValue(sectionValues, ch);
}

/**
 * Value of the Chinese section unit at `pos`, or null (also outside the text).
 *
 * @example
 * chineseSectionAt('五万', 1) // 10000
 */
export function chineseSectionAt(text: string, pos: number): number | null {
  return unitValueAt(sectionValues, text, pos);
}

/**
 * Whether `ch` can be part of a Chinese numeral (digit, place unit or section unit).
 *
 * @example
 * isChineseNumeralChar('万') // true
 */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return unitValue(numeralChars, ch) !== null;
}

/**
 * Whether the character at `pos` can be part of a Chinese numeral (false outside the text).
 *
 * @example
 * isChineseNumeralAt('五万', 1) // true
 */
export function isChineseNumeralAt(text: string, pos: number): boolean {
  return numeralChars.has(text.charCodeAt(pos));
}

/**
 * Whether a quantity can start at `pos`: an Arabic digit, a Chinese numeral character or the
 * first character of a prefix unit (百分之). Lets the recogniser skip other text quickly.
 *
 * @example
 * canStartQuantityAt('建成100个', 2) // true
 * canStartQuantityAt('建成100个', 0) // false
 */
export function canStartQuantityAt(text: string, pos: number): boolean {
  return quantityStartCodes[text.charCodeAt(pos)] === 1;
}

/**
 * Whether `ch` is a space tolerated between a number and its unit.
 *
 * @example
 * isSpace('\u3000') // true
 */
export function isSpace(ch: string | undefined): boolean {
  return unitValue(spaces, ch) !== null;
}

/**
 * Whether the character at `pos` is a space tolerated between a number and its unit (false
 * outside the text).
 *
 * @example
 * isSpaceAt('100 个', 3) // true
 */
export function isSpaceAt(text: string, pos: number): boolean {
  return spaces.has(text.charCodeAt(pos));
}

/**
 * Offset after at most `NOT_QUANTITY_CONTEXT.maxSpaces` spaces from `pos`.
 *
 * @example
 * skipSpaces('100 个', 3) // 4
 */
export function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p - pos < NOT_QUANTITY_CONTEXT.maxSpaces && isSpaceAt(text, p)) p += 1;
  return p;
}

/**
 * Offset before at most `NOT_QUANTITY_CONTEXT.maxSpaces` spaces ending at `pos`.
 *
 * @example
 * skipSpacesBack('约 100', 2) // 1
 */
export function skipSpacesBack(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && pos - p < NOT_QUANTITY_CONTEXT.maxSpaces && isSpaceAt(text, p - 1)) p -= 1;
  return p;
}

function followedByAny(text: string, pos: number, words: readonly string[] | undefined): boolean {
  if (words === undefined) return false;
  for (const word of words) if (text.startsWith(word, pos)) return true;
  return false;
}

function precededByAny(text: string, pos: number, words: readonly string[] | undefined): boolean {
  if (words === undefined) return false;
  for (const word of words) if (pos >= word.length && text.startsWith(word, pos - word.length)) return true;
  return false;
}

/** Whether a form ends in a latin letter, a digit or ²/³ (kW, km, m²): see `endsCleanly`. */
function hasLatinEnd(form: string): boolean {
  const last = form.length - 1;
  return isLatinLetterAt(form, last) || arabicDigitAt(form, last) !== null || /[²³]/.test(form.charAt(last));
}

/** A latin form (kW, km) must not run into more letters or digits: `5GWx` is a name. */
function endsCleanly(text: string, entry: FormEntry, end: number): boolean {
  return !entry.latinEnd || (!isLatinLetterAt(text, end) && arabicDigitAt(text, end) === null);
}

/**
 * End of `word` written at `pos` with at most `NOT_QUANTITY_CONTEXT.maxSpaces` spaces between
 * any two of its characters (百 分 之, 以 上: letter-spaced PDF text), or -1. The first character
 * is taken as matched: callers look words up by it.
 */
function spacedEnd(text: string, word: string, pos: number): number {
  let p = pos + 1;
  for (let k = 1; k < word.length; k += 1) {
    p = skipSpaces(text, p);
    if (text.charCodeAt(p) !== word.charCodeAt(k)) return -1;
    p += 1;
  }
  return p;
}

/**
 * Start of `word` ending at `end`, spaces allowed between its characters as for `spacedEnd`, and
 * not before `floor`; -1 when it is not written there. The last character is taken as matched.
 */
function spacedStart(text: string, word: string, end: number, floor: number): number {
  let p = end - 1;
  for (let k = word.length - 2; k >= 0; k -= 1) {
    p = skipSpacesBack(text, p);
    if (p - 1 < floor || text.charCodeAt(p - 1) !== word.charCodeAt(k)) return -1;
    p -= 1;
  }
  return p;
}

/**
 * End of `word` written at `pos`, as it is or letter-spaced (分 之 after 三: 三 分 之 一), or -1.
 *
 * @example
 * wordEndAt('三分 之一', '分之', 1) // 4
 */
export function wordEndAt(text: string, word: string, pos: number): number {
  if (text.startsWith(word, pos)) return pos + word.length;
  return word.length > 1 && text.charCodeAt(pos) === word.charCodeAt(0) ? spacedEnd(text, word, pos) : -1;
}

function matchForm(index: ReadonlyMap<number, readonly FormEntry[]>, text: string, pos: number): UnitMatch | null {
  if (pos >= text.length) return null;
  const entries = index.get(text.charCodeAt(pos));
  if (entries === undefined) return null;
  for (const entry of entries) {
    const { form, unit } = entry;
    const end = text.startsWith(form, pos) ? pos + form.length : entry.spaceable ? spacedEnd(text, form, pos) : -1;
    if (end < 0) continue;
    if (!endsCleanly(text, entry, end) || followedByAny(text, end, unit.notFollowedBy)) continue;
    return { unit, form, start: pos, end };
  }
  return null;
}

/**
 * The longest unit written at `pos` (after a number), or null.
 *
 * Forms followed by text that makes them another word (`notFollowedBy`), and latin forms that
 * run into more letters, do not match.
 *
 * @example
 * matchUnitAt('万千瓦', 0)?.unit.id // 'wan_kW'
 */
export function matchUnitAt(text: string, pos: number): UnitMatch | null {
  return matchForm(suffixForms, text, pos);
}

/**
 * The unit written before a number at `pos` (百分之, 千分之), or null.
 *
 * @example
 * matchPrefixUnitAt('百分之十五', 0)?.unit.id // 'percent'
 */
export function matchPrefixUnitAt(text: string, pos: number): UnitMatch | null {
  return matchForm(prefixForms, text, pos);
}

/**
 * The longest scale word written at `pos`, or null.
 *
 * @example
 * matchScaleAt('1.2万亩', 3)?.scale.factor // 10000
 */
export function matchScaleAt(text: string, pos: number): ScaleMatch | null {
  for (const scale of scalesLongestFirst) {
    if (!text.startsWith(scale.text, pos)) continue;
    const end = pos + scale.text.length;
    if (followedByAny(text, end, scale.notFollowedBy)) continue;
    return { scale, start: pos, end };
  }
  return null;
}

/**
 * The longest bound word of `position` written at `pos` (`after` / `between`), or null.
 *
 * @example
 * matchBoundAfter('以上。', 0, 'after')?.word.comparator // '>='
 */
export function matchBoundAfter(text: string, pos: number, position: 'after' | 'between'): BoundMatch | null {
  const byFirst = position === 'after' ? afterByFirstChar : betweenByFirstChar;
  const words = byFirst.get(text.charCodeAt(pos));
  if (words === undefined) return null;
  for (const word of words) {
    // 以 上: letter-spaced as PDF text leaves it
    const end = wordEndAt(text, word.text, pos);
    if (end < 0 || followedByAny(text, end, word.notFollowedBy)) continue;
    return { word, start: pos, end };
  }
  return null;
}

/**
 * The longest `before` bound word ending at `end` and starting at or after `floor`, or null.
 * A filler (`BOUND_FILLERS`: 了, 有, 是, 为) may stand between a strong word and `end`.
 *
 * @example
 * matchBoundBefore('不少于2家', 3, 0)?.word.comparator // '>='
 */
export function matchBoundBefore(text: string, end: number, floor: number): BoundMatch | null {
  if (end < 1 || end > text.length) return null;
  const direct = matchBoundEndingAt(text, end, floor);
  if (direct !== null || !fillerCodes.has(text.charCodeAt(end - 1))) return direct;
  // 超过了80, 至少有10: a filler between a strong bound word and the number
  const filled = matchBoundEndingAt(text, end - 1, floor);
  return filled === null || filled.word.weak === true ? null : { word: filled.word, start: filled.start, end };
}

function matchBoundEndingAt(text: string, end: number, floor: number): BoundMatch | null {
  if (end < 1) return null;
  for (const word of beforeByLastChar.get(text.charCodeAt(end - 1)) ?? []) {
    const direct = end - word.text.length;
    // 小于 或 等于, < =: letter-spaced as PDF text leaves it
    const start = direct >= floor && text.startsWith(word.text, direct) ? direct : word.text.length > 1 ? spacedStart(text, word.text, end, floor) : -1;
    if (start < 0) continue;
    if (precededByAny(text, start, word.notPrecededBy)) continue;
    return { word, start, end };
  }
  return null;
}

/**
 * End offset of a range connector at `pos` (`-`, `—`, `——`, `至`, `到`, `~`), or null.
 *
 * @example
 * matchConnectorAt('1—3万头', 1) // 2
 */
export function matchConnectorAt(text: string, pos: number): number | null {
  const code = text.charCodeAt(pos);
  if (!connectorCodes.has(code)) return null;
  // a doubled dash (——) is one connector
  return text.charCodeAt(pos + 1) === code ? pos + 2 : pos + 1;
}

/**
 * End of a negative sign at `pos` (`-`, `－`, `−`, `负`) when a number follows that it makes
 * negative, or null. A dash needs an Arabic digit after it and no digit, letter or closing mark
 * before it (2023-2025, COVID-19, 1)-2 keep their dash); 负 may also precede a Chinese numeral.
 *
 * @example
 * negativeSignEnd('增长-2.5%', 2) // 3
 * negativeSignEnd('2023-2025', 4) // null
 */
export function negativeSignEnd(text: string, pos: number): number | null {
  const kind = signKinds.get(text.charCodeAt(pos));
  if (kind === undefined || kind === 0) return null;
  const beforeChinese = kind === 2;
  if (pos > 0 && notNegativeAfter.includes(text.charAt(pos - 1))) return null;
  if (arabicDigitAt(text, pos + 1) === null && !(beforeChinese && isChineseNumeralAt(text, pos + 1))) return null;
  if (beforeChinese) return pos + 1;
  if (arabicDigitAt(text, pos - 1) !== null || isLatinLetterAt(text, pos - 1) || isChineseNumeralAt(text, pos - 1)) return null;
  const previous = text[pos - 1];
  // 1)-2, 5%-8%, 备2022009963号-20: the dash follows a figure, a closing mark or a label
  if (previous !== undefined && (')）]】%％.．'.includes(previous) || NOT_QUANTITY_CONTEXT.labelSuffixes.some((suffix) => suffix === previous))) return null;
  return pos + 1;
}

/** A word that is a share by itself (半数 "half"), written at some offset. */
export interface ShareWordMatch {
  readonly share: number;
  readonly comparator: Comparator;
  readonly start: number;
  readonly end: number;
}

/**
 * The share word (`SHARES.words`: 半数, 一半, 过半) written at `pos`, or null.
 *
 * @example
 * matchShareWordAt('半数以上', 0) // { share: 0.5, comparator: '=', start: 0, end: 2 }
 */
export function matchShareWordAt(text: string, pos: number): ShareWordMatch | null {
  if (!shareStarts.has(text.charCodeAt(pos))) return null;
  for (const word of shareWords) {
    if (text.startsWith(word.text, pos)) return { share: word.share, comparator: word.comparator, start: pos, end: pos + word.text.length };
  }
  return null;
}

function isHexDigit(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9A-Fa-f]$/.test(ch);
}

/**
 * Whether `pos` starts a URL escape `%XX` whose two hex digits include a letter (%E5, %2F):
 * text that was URL-encoded, not a percent sign.
 *
 * @example
 * isUrlEscapeAt('%E5%B9%B4', 3) // true
 * isUrlEscapeAt('5%以上', 1) // false
 */
export function isUrlEscapeAt(text: string, pos: number): boolean {
  if (text[pos] !== NOT_QUANTITY_CONTEXT.urlEscapeMark) return false;
  const first = text[pos + 1];
  const second = text[pos + 2];
  return isHexDigit(first) && isHexDigit(second) && (isLatinLetter(first) || isLatinLetter(second));
}
