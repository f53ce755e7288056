/**
 * The quantity recogniser: plan text in, figures with units, bounds and spans out.
 *
 * One left-to-right pass. At each numeral (Arabic or Chinese, or a prefix unit such as 百分之)
 * it reads, in order:
 *
 *   [bound word] [sign] numeral [余|多|几] [scale word [groups]] [余|多] [unit]
 *     [range connector numeral … [之间]] [bound word]
 *
 * (groups: 3万4000, 1亿2000万), or a share (三分之一, 1/3 after a cue, 半数), or a bare scale
 * word marked as an amount (近万家, 千余家),
 * then rejects figures that are names, dates, labels or references (see
 * `NOT_QUANTITY_CONTEXT` in the unit catalogue). Every step looks at a bounded window, so the
 * pass is linear in the length of the text.
 */
import { BETWEEN_RANGES, CHINESE_DECIMAL_POINT, DIMENSION_BASE_UNITS, HALF_AFTER_UNIT, NOT_QUANTITY_CONTEXT, SHARES, UNITS, VAGUE_PREFIXES } from '../catalogue/index.js';
import type { UnitDef } from '../catalogue/index.js';
import {
  arabicDigitAt,
  canStartQuantityAt,
  chineseDigitAt,
  chinesePlaceValue,
  chineseSectionAt,
  chineseSectionValue,
  isChineseNumeralAt,
  isLatinLetterAt,
  isSpaceAt,
  isUrlEscapeAt,
  matchBoundAfter,
  matchBoundBefore,
  matchConnectorAt,
  matchPrefixUnitAt,
  matchScaleAt,
  matchShareWordAt,
  matchUnitAt,
  negativeSignEnd,
  skipSpaces,
  skipSpacesBack,
  wordEndAt,
} from './lexicon.js';
import type { BoundMatch, UnitMatch } from './lexicon.js';
import { isMasked, maskedSpans } from './masks.js';
import { readArabic, readChinese, scaleValue } from './numerals.js';
import type { ArabicReading } from './numerals.js';
import type { Comparator, Quantity } from './types.js';

const context = NOT_QUANTITY_CONTEXT;
const dateSuffixes: readonly string[] = context.dateSuffixes;
const labelSuffixes: readonly string[] = context.labelSuffixes;
const labelPrefixes: readonly string[] = context.labelPrefixes;
const vaguePrefixes: readonly string[] = context.vaguePrefixes;
const sloganJoiners: readonly string[] = context.sloganJoiners;
const identifierNeighbours: readonly string[] = context.identifierNeighbours;
const compoundJoiners: readonly string[] = context.compoundJoiners;
const enumeratorMarks: readonly string[] = context.enumeratorMarks;
const clauseBoundaries: readonly string[] = context.clauseBoundaries;
const bracketPairs: readonly (readonly [string, string])[] = context.bracketPairs;
const [firstYear, lastYear] = context.yearRange;
const listBullets: readonly string[] = context.listBullets;
const dateSeparators: readonly string[] = context.dateSeparators;
const unitSeparators: readonly string[] = context.unitSeparators;
const perPrefixes: readonly string[] = context.perPrefixes;
const slashes: readonly string[] = SHARES.slashes;
const slashCues: readonly string[] = SHARES.slashCues;
const slashCuesAfter: readonly string[] = SHARES.slashCuesAfter;
const vagueWords: readonly { readonly text: string; readonly comparator: Comparator | null; readonly notPrecededBy: readonly string[] }[] = VAGUE_PREFIXES;
/** Last characters of vague words, by code: most numerals follow none. */
const vagueEnds = new Uint8Array(0x10000);
for (const word of vagueWords) vagueEnds[word.text.charCodeAt(word.text.length - 1)] = 1;
const betweenConnectors: readonly string[] = BETWEEN_RANGES.connectors;
const betweenClosers: readonly string[] = BETWEEN_RANGES.closers;
const fractionUnit = catalogueUnit('fraction');

/**
 * The one-character words of a list by character code, asked with `text.charCodeAt(pos)`:
 * no string is made for the character tested (see the note in `lexicon.ts`). Longer words of the
 * list are left out: they never equal one character.
 */
function codesOf(list: readonly string[]): ReadonlySet<number> {
  return new Set(list.filter((word) => word.length === 1).map((word) => word.charCodeAt(0)));
}

const sloganJoinerCodes = codesOf(sloganJoiners);
const identifierNeighbourCodes = codesOf(identifierNeighbours);
const compoundJoinerCodes = codesOf(compoundJoiners);
const enumeratorMarkCodes = codesOf(enumeratorMarks);
const clauseBoundaryCodes = codesOf(clauseBoundaries);
const listBulletCodes = codesOf(listBullets);
const unitSeparatorCodes = codesOf(unitSeparators);
const slashCodes = codesOf(slashes);
const betweenConnectorCodes = codesOf(betweenConnectors);
/** Commas that end a share cue's reach as a clause boundary does. */
const listCommaCodes = codesOf(['，', ',', '、']);
/** Bracket pairs of one character each, by code: [open, close]. */
const bracketCodePairs: readonly (readonly [number, number])[] = bracketPairs
  .filter(([open, close]) => open.length === 1 && close.length === 1)
  .map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]);
const decimalPointCode = CHINESE_DECIMAL_POINT.charCodeAt(0);
const urlEscapeCode = context.urlEscapeMark.charCodeAt(0);

/** Whether the character at `pos` is one of `codes` (false outside the text). */
function isCodeAt(codes: ReadonlySet<number>, text: string, pos: number): boolean {
  return codes.has(text.charCodeAt(pos));
}

/** A row of the unit catalogue the recogniser relies on. */
function catalogueUnit(id: string): UnitDef {
  const unit: UnitDef | undefined = UNITS.find((row) => row.id === id);
  if (unit === undefined) throw new Error(`unit catalogue lacks the unit ${id}`);
  return unit;
}

/** A numeral with what directly follows it: 余/多, scale word, unit. */
interface Term {
  readonly script: 'arabic' | 'chinese';
  /** First character of the numeral. */
  readonly start: number;
  readonly numeralEnd: number;
  /** End of the number including its scale word. */
  readonly numberEnd: number;
  /** End of the whole term (after 余/多, scale and unit). */
  readonly end: number;
  /** The numeral's value as written, before the scale word. */
  readonly numeral: number;
  readonly scale: number;
  readonly hasScale: boolean;
  /** Comparator of 余/多 "odd, more than" when written, else null. */
  readonly odd: Comparator | null;
  /** A unit written after the term (null for prefix units, which the caller holds). */
  readonly unit: UnitMatch | null;
  readonly arabic: ArabicReading | null;
  /** A Chinese numeral containing 万/亿. */
  readonly chineseSection: boolean;
  /** Where scanning resumes if the term is rejected. */
  readonly resume: number;
}

/** Either a term, or how far to skip because the numeral is not a figure (`十三五`). */
type TermRead = { readonly term: Term } | { readonly rejectTo: number };

/** Result of looking for a quantity at one offset. */
interface Step {
  readonly quantity: Quantity | null;
  readonly next: number;
}

function includesChar(list: readonly string[], ch: string | undefined): boolean {
  return ch !== undefined && list.includes(ch);
}

function startsWithAny(text: string, pos: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, pos)) return true;
  return false;
}

/** Whether one of `words` ends at `pos`. */
function endsWithAny(text: string, pos: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, pos - word.length)) return true;
  return false;
}

/** 三方/二元/三次 are words: such units need Arabic digits or a scale; 成 takes at most 十. */
function unitAccepted(unit: UnitDef, script: Term['script'], scaled: boolean, numeral: number): boolean {
  if (unit.maxNumber !== undefined && (scaled || Math.abs(numeral) > unit.maxNumber)) return false;
  return !(unit.requiresDigits === true && script === 'chinese' && !scaled && (unit.scale ?? 1) === 1);
}

/**
 * Arabic groups after a scale word, each smaller than the one before: 3万4000 (+4000),
 * 1亿2000万 (+2000万), 5万4千6百, 1千零1. A group without a scale word of its own needs a 零
 * before it or exactly the digits the scale leaves (four after 万): 1万2 stays 1万.
 */
function readScaleGroups(text: string, from: number, scale: number): { readonly end: number; readonly add: number } | null {
  let p = from;
  let add = 0;
  let current = scale;
  let read = false;
  while (current >= 100) {
    // 7万 5千 4百, 7 万5 千: PDF text spaces the groups; a spaced group needs a scale word of its
    // own (3万 4000 may be two cells of a table row)
    const spaced = isSpaceAt(text, p);
    let q = spaced ? skipSpaces(text, p) : p;
    const zero = chineseDigitAt(text, q) === 0;
    if (zero) q += 1;
    const group = readArabic(text, q);
    if (group === null || group.fractionDigits > 0 || group.grouped || (group.leadingZero && !zero)) break;
    if (isLatinLetterAt(text, group.end)) break;
    const groupScale = matchScaleAt(text, group.end) ?? (isSpaceAt(text, group.end) ? matchScaleAt(text, skipSpaces(text, group.end)) : null);
    if (groupScale !== null && groupScale.scale.factor < current) {
      const part = group.value * groupScale.scale.factor;
      if (part >= current) break;
      add += part;
      current = groupScale.scale.factor;
      p = groupScale.end;
      read = true;
      continue;
    }
    const places = Math.round(Math.log10(current));
    if (spaced || !(zero || group.integerDigits === places) || group.value >= current) break;
    if (startsWithAny(text, group.end, dateSuffixes) || startsWithAny(text, group.end, labelSuffixes)) break;
    add += group.value;
    p = group.end;
    read = true;
    break;
  }
  return read ? { end: p, add } : null;
}

/** Read 余/多, scale word and unit after a numeral ending at `numeralEnd`. */
function readTail(
  text: string,
  base: Pick<Term, 'script' | 'start' | 'numeralEnd' | 'numeral' | 'arabic' | 'chineseSection' | 'resume'>,
  prefixed: boolean,
): Term {
  let p = base.numeralEnd;
  let odd: Comparator | null = null;
  let scale = 1;
  let hasScale = false;
  let numberEnd = base.numeralEnd;
  let unit: UnitMatch | null = null;
  // 十 余 万: PDF text spaces the odd word too
  const oddWord = matchBoundAfter(text, p, 'between') ?? (isSpaceAt(text, p) ? matchBoundAfter(text, skipSpaces(text, p), 'between') : null);
  if (oddWord !== null) {
    odd = oddWord.word.comparator;
    p = oddWord.end;
  }
  let numeral = base.numeral;
  if (!prefixed) {
    unit = matchUnitAt(text, skipSpaces(text, p));
    if (unit === null) {
      // 60 万个, 十 余 万: PDF and web text put spaces between digits and their scale word
      const scaleWord = matchScaleAt(text, p) ?? (isSpaceAt(text, p) ? matchScaleAt(text, skipSpaces(text, p)) : null);
      if (scaleWord !== null) {
        scale = scaleWord.scale.factor;
        hasScale = true;
        p = scaleWord.end;
        if (base.script === 'arabic' && odd === null) {
          const groups = readScaleGroups(text, p, scale);
          if (groups !== null) {
            numeral = scaleValue(numeral, scale) + groups.add;
            scale = 1;
            p = groups.end;
          }
        }
        numberEnd = p;
        const oddAfter = odd === null ? matchBoundAfter(text, p, 'between') : null;
        if (oddAfter !== null) {
          odd = oddAfter.word.comparator;
          p = oddAfter.end;
        }
        unit = matchUnitAt(text, skipSpaces(text, p));
      }
    }
    if (unit !== null && !unitAccepted(unit.unit, base.script, hasScale || base.chineseSection, numeral)) unit = null;
    // 一吨半, 三成半: half a unit more
    if (unit !== null && unit.unit.takesHalf === true && !hasScale && odd === null && Number.isInteger(numeral)
      && text.startsWith(HALF_AFTER_UNIT.text, unit.end) && !startsWithAny(text, unit.end + HALF_AFTER_UNIT.text.length, HALF_AFTER_UNIT.notFollowedBy)) {
      numeral += HALF_AFTER_UNIT.share;
      unit = { unit: unit.unit, form: unit.form, start: unit.start, end: unit.end + HALF_AFTER_UNIT.text.length };
    }
  }
  // properties listed one by one: object spread is slow on this hot path
  return {
    script: base.script, start: base.start, numeralEnd: base.numeralEnd, numberEnd, end: unit?.end ?? p,
    numeral, scale, hasScale, odd, unit, arabic: base.arabic,
    chineseSection: base.chineseSection, resume: base.resume,
  };
}

/** Read a numeral and its tail at `pos`; null when no numeral starts there. */
function readTerm(text: string, pos: number, prefixed: boolean): TermRead | null {
  const arabic = readArabic(text, pos);
  if (arabic !== null) {
    const term = readTail(text, {
      script: 'arabic', start: pos, numeralEnd: arabic.end, numeral: arabic.value, arabic,
      chineseSection: false, resume: arabic.end,
    }, prefixed);
    return { term };
  }
  const chinese = readChinese(text, pos, { allowBarePlace: prefixed });
  if (chinese === null) {
    if (!isChineseNumeralAt(text, pos)) return null;
    const bare = prefixed ? null : readBareScale(text, pos);
    if (bare !== null) return { term: bare };
    let runEnd = pos;
    while (isChineseNumeralAt(text, runEnd)) runEnd += 1;
    return { rejectTo: runEnd };
  }
  // 两千瓦 = 两 + 千瓦, 五万亩 = 五 + 万亩: the longest unit form wins, when the split keeps the
  // value (一亿零一万亩 is not 一亿零一 + 万亩)
  const shorter = chinese.shorter;
  const splitChar = shorter === null ? undefined : text[shorter.end];
  const splitValue = chineseSectionValue(splitChar) ?? chinesePlaceValue(splitChar);
  if (!prefixed && shorter !== null && splitValue !== null && shorter.value * splitValue === chinese.value) {
    const unit = matchUnitAt(text, shorter.end);
    if (unit !== null && unit.end > chinese.end && unitAccepted(unit.unit, 'chinese', shorter.hasSectionUnit, shorter.value)) {
      return {
        term: {
          script: 'chinese', start: pos, numeralEnd: shorter.end, numberEnd: shorter.end, end: unit.end,
          numeral: shorter.value, scale: 1, hasScale: false, odd: null, unit, arabic: null,
          chineseSection: shorter.hasSectionUnit, resume: chinese.runEnd,
        },
      };
    }
  }
  const term = readTail(text, {
    script: 'chinese', start: pos, numeralEnd: chinese.end, numeral: chinese.value, arabic: null,
    chineseSection: chinese.hasSectionUnit, resume: chinese.runEnd,
  }, prefixed);
  // 十三五, 十百千: numeral characters left over that start no unit or scale
  const leftOver = chinese.end < chinese.runEnd && term.unit?.start !== skipSpaces(text, chinese.end) && term.numberEnd === chinese.end;
  return leftOver ? { rejectTo: chinese.runEnd } : { term };
}

/** The vague word (数, 几, 上, 若干) right before `pos`, or null. */
function vagueWordBefore(text: string, pos: number): { readonly text: string; readonly comparator: Comparator | null } | null {
  if (pos < 1 || vagueEnds[text.charCodeAt(pos - 1)] !== 1) return null;
  for (const word of vagueWords) {
    const start = pos - word.text.length;
    if (start >= 0 && text.startsWith(word.text, start) && !includesChar(word.notPrecededBy, text[start - 1])) return word;
  }
  return null;
}

/**
 * A scale word standing for one of itself, as in 近万家 "nearly ten thousand firms", 超万个,
 * 千余家 "a thousand odd", 数百 "several hundred", 上万人, 百亿元. Read only where something marks
 * it as an amount: a bound word or vague word before it, 余/多 after it, or a unit after a scale
 * word of two characters (百亿元); never after 每 "per" (每万人 is a denominator).
 */
function readBareScale(text: string, pos: number): Term | null {
  // most bare 百/千/万 are words (百姓, 千方百计, 万物): the cheapest signs first
  if (vagueWordBefore(text, pos) === null && matchBoundBefore(text, skipSpacesBack(text, pos), 0) === null) {
    const scaleWord = matchScaleAt(text, pos);
    if (scaleWord === null) return null;
    const oddAfter = matchBoundAfter(text, scaleWord.end, 'between') !== null;
    if (!oddAfter && !(scaleWord.end - pos >= 2 && matchUnitAt(text, scaleWord.end) !== null)) return null;
  }
  if (startsWithAny(text, pos - 1, perPrefixes)) return null;
  const scaledUnit = matchUnitAt(text, pos);
  if ((scaledUnit === null || (scaledUnit.unit.scale ?? 1) === 1) && matchScaleAt(text, pos) === null) return null;
  const term = readTail(text, {
    script: 'chinese', start: pos, numeralEnd: pos, numeral: 1, arabic: null, chineseSection: false, resume: pos + 1,
  }, false);
  if (!term.hasScale && term.unit === null) return null;
  // the number is the scale word, also when a scaled unit (万元, 万亩) carries it
  const numberEnd = term.numberEnd > pos ? term.numberEnd : (matchScaleAt(text, pos)?.end ?? pos + 1);
  return {
    script: term.script, start: term.start, numeralEnd: term.numeralEnd, numberEnd, end: term.end,
    numeral: term.numeral, scale: term.scale, hasScale: term.hasScale, odd: term.odd, unit: term.unit, arabic: term.arabic,
    chineseSection: term.chineseSection, resume: term.resume,
  };
}

/** End of a written date `2023-08-25`, `2023/8/25`, `2023.08.25` starting at `pos`, or null. */
function dateEnd(text: string, pos: number): number | null {
  if (arabicDigitAt(text, pos - 1) !== null) return null;
  for (let k = 0; k < 4; k += 1) if (arabicDigitAt(text, pos + k) === null) return null;
  const separator = text[pos + 4];
  if (separator === undefined || !dateSeparators.includes(separator)) return null;
  let p = pos + 5;
  for (let part = 0; part < 2; part += 1) {
    const from = p;
    while (p - from < 2 && arabicDigitAt(text, p) !== null) p += 1;
    if (p === from || arabicDigitAt(text, p) !== null) return null;
    if (part === 0) {
      if (text[p] !== separator) return null;
      p += 1;
    }
  }
  return p;
}

/** A figure glued to latin letters or following a compound joiner is part of a name. */
function isNameByLeftContext(text: string, start: number): boolean {
  if (isLatinLetterAt(text, start - 1)) return true;
  if (!isCodeAt(compoundJoinerCodes, text, start - 1)) return false;
  if (arabicDigitAt(text, start - 2) !== null) return true;
  // 100MW/200MWh: a slash after a unit separates two figures
  return isLatinLetterAt(text, start - 2) && !isCodeAt(unitSeparatorCodes, text, start - 1);
}

/** `12.` `12．` `3、` `1）` opening a line or clause: a task or list number. */
function isEnumerator(text: string, start: number, numeralEnd: number): boolean {
  if (!isCodeAt(enumeratorMarkCodes, text, numeralEnd)) return false;
  if (arabicDigitAt(text, numeralEnd + 1) !== null) return false;
  let p = start;
  while (p > 0 && isSpaceAt(text, p - 1)) p -= 1;
  if (p > 0 && isCodeAt(listBulletCodes, text, p - 1)) {
    p -= 1;
    while (p > 0 && isSpaceAt(text, p - 1)) p -= 1;
  }
  return p === 0 || isCodeAt(clauseBoundaryCodes, text, p - 1);
}

function isEnclosed(text: string, start: number, end: number): boolean {
  // NaN before the text's start or after its end: no bracket
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  for (const [open, close] of bracketCodePairs) if (before === open && after === close) return true;
  return false;
}

function isYearLike(reading: ArabicReading | null): boolean {
  return reading !== null && reading.integerDigits === 4 && reading.fractionDigits === 0 && !reading.grouped
    && reading.value >= firstYear && reading.value <= lastYear;
}

/** `2023.8` with no unit: a year and month. */
function isYearMonth(reading: ArabicReading | null): boolean {
  if (reading === null || reading.integerDigits !== 4 || reading.fractionDigits < 1 || reading.fractionDigits > 2) return false;
  const year = Math.trunc(reading.value);
  const month = Math.round((reading.value - year) * 10 ** reading.fractionDigits);
  return year >= firstYear && year <= lastYear && month >= 1 && month <= 12;
}

/** Whether a Chinese numeral writes a digit 1–9 (十万 does not, 三十万 does). */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p += 1) if ((chineseDigitAt(text, p) ?? 0) > 0) return true;
  return false;
}

/** `2.0平台`, `3.0建设` with no unit: a version label. */
function isVersion(reading: ArabicReading | null): boolean {
  return reading !== null && reading.fractionDigits === 1 && Number.isInteger(reading.value);
}

function isIdentifier(reading: ArabicReading | null): boolean {
  return reading !== null && (reading.leadingZero || reading.integerDigits > context.maxIntegerDigits);
}

/** Right-hand signs that the bare figure ending at `end` is a date, label or slogan. */
function isLabelByRightContext(text: string, term: Term): boolean {
  return startsWithAny(text, term.end, dateSuffixes)
    || startsWithAny(text, term.end, labelSuffixes)
    || startsWithAny(text, term.numeralEnd, labelSuffixes)
    || isCodeAt(sloganJoinerCodes, text, term.end);
}

/** The second half of a range `a–b`, when it fits the first. */
interface RangeEnd {
  readonly high: Term;
  /** End of the range as written (after 之间 for "between" ranges). */
  readonly end: number;
  readonly unit: UnitMatch | null;
  readonly low: number;
  readonly highValue: number;
}

type RangeRead = { readonly range: RangeEnd } | { readonly rejectTo: number } | null;

function readRange(text: string, low: Term, prefix: UnitMatch | null): RangeRead {
  const connectorAt = skipSpaces(text, low.end);
  let connectorEnd = matchConnectorAt(text, connectorAt);
  // 20和30之间: "and" connects a range only when 之间 closes it
  const between = connectorEnd === null && isCodeAt(betweenConnectorCodes, text, connectorAt);
  if (between) connectorEnd = connectorAt + 1;
  if (connectorEnd === null) return null;
  let p = skipSpaces(text, connectorEnd);
  if (prefix !== null) {
    const repeated = matchPrefixUnitAt(text, p);
    if (repeated !== null && repeated.unit.id === prefix.unit.id) p = repeated.end;
  }
  const read = readTerm(text, p, prefix !== null);
  if (read === null || !('term' in read)) return null;
  let high = read.term;
  let end = high.end;
  if (between) {
    const closerAt = skipSpaces(text, high.end);
    const closer = betweenClosers.find((word) => text.startsWith(word, closerAt));
    // 10000与20000间: 间 was read as the classifier "rooms"
    const unitCloser = high.unit === null ? undefined : betweenClosers.find((word) => text.startsWith(word, high.unit?.start ?? 0));
    if (closer !== undefined) end = closerAt + closer.length;
    else if (unitCloser !== undefined && high.unit !== null) {
      end = high.unit.start + unitCloser.length;
      high = {
        script: high.script, start: high.start, numeralEnd: high.numeralEnd, numberEnd: high.numberEnd, end: high.unit.start,
        numeral: high.numeral, scale: high.scale, hasScale: high.hasScale, odd: high.odd, unit: null, arabic: high.arabic,
        chineseSection: high.chineseSection, resume: high.resume,
      };
    } else return null;
  }
  if (isIdentifier(high.arabic) || (high.script === 'arabic' && isLatinLetterAt(text, high.numeralEnd) && high.unit?.start !== high.numeralEnd)) return null;
  const lowUnit = prefix ?? low.unit;
  const highUnit = prefix ?? high.unit;
  if (lowUnit !== null && highUnit !== null && lowUnit.unit.id !== highUnit.unit.id) return null;
  if (lowUnit !== null && highUnit === null && high.hasScale) return null;
  const unit = highUnit ?? lowUnit;
  const highValue = scaleValue(high.numeral, high.scale);
  const bare = !low.hasScale && !low.chineseSection && lowUnit === null;
  // A low end written without scale or unit shares the high end's: 1—3万头, 三到五万, 1-3万元;
  // failing that it is written in the plain unit: 9991-1万亩 (9991 亩 to 10000 亩).
  // A low end with a scale word of its own, before a unit that carries one, is in that unit
  // when it fits no other way: 1.5万—2万亩 is 1.5 to 2 万亩, 5000万-1亿元 0.5 to 1 亿元. The
  // largest low end below the high end wins, as for a bare one.
  const unitScale = lowUnit === null ? unit?.unit.scale ?? 1 : 1;
  const lowCandidates = bare
    ? [high.scale * trailingSection(text, high), high.scale, 1 / (unit?.unit.scale ?? 1)]
    : [low.scale, low.scale / unitScale];
  let lowValue: number | undefined;
  for (const scale of lowCandidates) {
    const value = scaleValue(low.numeral, scale);
    if (highValue > value) { lowValue = value; break; }
  }
  if (lowValue === undefined) return null;
  if (unit === null) {
    // 2023-2025年, 2023-2025: a span of years; 1-3号: labels
    const years = isYearLike(low.arabic) && isYearLike(high.arabic);
    if (years || startsWithAny(text, high.end, dateSuffixes) || startsWithAny(text, high.end, labelSuffixes)) {
      return { rejectTo: high.end };
    }
  }
  return { range: { high, end, unit, low: lowValue, highValue } };
}

/** The section units 万/亿 that end a Chinese numeral (五万 → 1e4), 1 for other numerals. */
function trailingSection(text: string, term: Term): number {
  if (term.script !== 'chinese') return 1;
  let factor = 1;
  for (let p = term.numeralEnd - 1; p > term.start; p -= 1) {
    const section = chineseSectionAt(text, p);
    if (section === null) break;
    factor *= section;
  }
  return factor;
}

/** A strong word before the figure wins, then a word after it, then 余/多, then a weak 控制在. */
function combineComparators(before: BoundMatch | null, after: BoundMatch | null, odd: Comparator | null): Comparator {
  if (before !== null && before.word.weak !== true) return before.word.comparator;
  return after?.word.comparator ?? odd ?? before?.word.comparator ?? '=';
}

/** A term read after a prefix unit that takes a scale word (¥1.2万), with that scale word. */
function withScaleAfterPrefix(text: string, term: Term): Term {
  const scaleWord = term.hasScale ? null : matchScaleAt(text, term.numberEnd);
  if (scaleWord === null) return term;
  return {
    script: term.script, start: term.start, numeralEnd: term.numeralEnd, numberEnd: scaleWord.end, end: scaleWord.end,
    numeral: term.numeral, scale: scaleWord.scale.factor, hasScale: true, odd: term.odd, unit: term.unit, arabic: term.arabic,
    chineseSection: term.chineseSection, resume: Math.max(term.resume, scaleWord.end),
  };
}

/** The same term, negative (after a sign: -2.5%, 负3.9%). */
function negated(term: Term): Term {
  return {
    script: term.script, start: term.start, numeralEnd: term.numeralEnd, numberEnd: term.numberEnd, end: term.end,
    numeral: -term.numeral, scale: term.scale, hasScale: term.hasScale, odd: term.odd, unit: term.unit, arabic: term.arabic,
    chineseSection: term.chineseSection, resume: term.resume,
  };
}

/** 二点五 "two point five": a Chinese decimal standing alone (not 三点一线, an idiom). */
function isLoneDecimal(text: string, term: Term): boolean {
  // look only inside the numeral: a search of the rest of the text would make the pass quadratic
  let point = term.start;
  while (point < term.numeralEnd && text.charCodeAt(point) !== decimalPointCode) point += 1;
  if (point >= term.numeralEnd) return false;
  const next = skipSpaces(text, term.end);
  const code = text.charCodeAt(next);
  return !(code >= 0x4e00 && code <= 0x9fff) || matchBoundAfter(text, next, 'after') !== null;
}

/**
 * 五百以上, 超过了一千, 三十左右: a bare Chinese numeral of ten or more with a strong bound word
 * is an amount, not a word (一以上 and 近五 stay words).
 */
function isBoundedBareNumeral(text: string, term: Term, rawStart: number, floor: number): boolean {
  if (term.numeral < 10 || term.odd !== null) return false;
  if (matchBoundAfter(text, skipSpaces(text, term.end), 'after') !== null) return true;
  const before = matchBoundBefore(text, skipSpacesBack(text, rawStart), floor);
  return before !== null && before.word.weak !== true;
}

/** A share (unit `fraction`) spanning `[start, end)` with the bound words around it. */
function shareStep(text: string, start: number, end: number, share: number, written: Comparator, floor: number): Step {
  const afterWord = matchBoundAfter(text, skipSpaces(text, end), 'after');
  const beforeWord = matchBoundBefore(text, skipSpacesBack(text, start), floor);
  // 过半 is "more than half" by itself; a bound word before it or after it still wins
  const comparator = combineComparators(beforeWord, afterWord, written === '=' ? null : written);
  const rawStart = beforeWord?.start ?? start;
  const rawEnd = afterWord?.end ?? end;
  const quantity: Quantity = {
    value: Number((share * fractionUnit.factor).toPrecision(15)),
    valueHigh: null,
    number: share,
    comparator,
    unit: fractionUnit.id,
    unitText: text.slice(start, end),
    dimension: fractionUnit.dimension,
    baseUnit: DIMENSION_BASE_UNITS[fractionUnit.dimension],
    raw: text.slice(rawStart, rawEnd),
    start: rawStart,
    end: rawEnd,
    numberStart: start,
    numberEnd: end,
  };
  return { quantity, next: rawEnd };
}

/** A share cue (占, 的 …) in the same clause within `SHARES.slashCueWindow` characters before `pos`. */
function hasShareCueBefore(text: string, pos: number): boolean {
  for (let p = pos; p > 0 && pos - p < SHARES.slashCueWindow; p -= 1) {
    if (isCodeAt(clauseBoundaryCodes, text, p - 1) || isCodeAt(listCommaCodes, text, p - 1)) return false;
    if (slashCues.some((word) => text.startsWith(word, p - word.length))) return true;
  }
  return false;
}

/**
 * A share written as a fraction starting with `low`: 三分之一 "one of three parts", 一万分之三,
 * or 1/3 where a bound word or share cue marks it (超过1/2, 1/3以上, 占1/3, 1/3的; a bare 3/4
 * may be a date or a code).
 */
function readFraction(text: string, low: Term, rawStart: number, floor: number): Step | null {
  if (low.unit !== null || low.odd !== null) return null;
  // 三分之一, and 五 分之 一 as letter-spaced PDF text writes it
  const partsEnd = wordEndAt(text, SHARES.partsOf, skipSpaces(text, low.numberEnd));
  if (partsEnd >= 0) {
    const denominator = scaleValue(low.numeral, low.scale);
    const read = readTerm(text, skipSpaces(text, partsEnd), true);
    if (read === null || !('term' in read) || denominator <= 0) return null;
    const numerator = read.term;
    return shareStep(text, rawStart, numerator.end, numerator.numeral / denominator, numerator.odd ?? '=', floor);
  }
  if (low.script !== 'arabic' || low.hasScale || low.arabic === null || low.arabic.fractionDigits > 0) return null;
  if (!isCodeAt(slashCodes, text, low.numeralEnd)) return null;
  const high = readArabic(text, low.numeralEnd + 1);
  if (high === null || high.fractionDigits > 0 || high.grouped || high.value <= low.numeral || high.value > SHARES.maxSlashDenominator) return null;
  const afterAt = high.end;
  if (arabicDigitAt(text, afterAt) !== null || isLatinLetterAt(text, afterAt) || isCodeAt(slashCodes, text, afterAt) || isCodeAt(compoundJoinerCodes, text, afterAt)) return null;
  const cued = matchBoundBefore(text, skipSpacesBack(text, rawStart), floor) !== null
    || matchBoundAfter(text, skipSpaces(text, high.end), 'after') !== null
    || hasShareCueBefore(text, rawStart)
    || startsWithAny(text, high.end, slashCuesAfter);
  return cued && low.numeral >= 0 ? shareStep(text, rawStart, high.end, low.numeral / high.value, '=', floor) : null;
}

/**
 * A whole number and a fraction joined by 又 (`SHARES.mixedJoiner`): 一又三分之一 "one and a
 * third", 2又3分之1倍. A number, not a share: its unit is the one written after the fraction.
 */
function readMixedNumber(text: string, whole: Term, rawStart: number, floor: number): Step | null {
  if (whole.unit !== null || whole.odd !== null || whole.hasScale || !Number.isInteger(whole.numeral)) return null;
  const joinerAt = skipSpaces(text, whole.numberEnd);
  if (!text.startsWith(SHARES.mixedJoiner, joinerAt)) return null;
  const partStart = skipSpaces(text, joinerAt + SHARES.mixedJoiner.length);
  const read = readTerm(text, partStart, false);
  if (read === null || !('term' in read)) return null;
  // the fraction's own floor is where it starts: no bound word stands between 又 and it
  const share = readFraction(text, read.term, partStart, partStart)?.quantity ?? null;
  if (share === null || share.numberStart !== partStart) return null;
  const number = whole.numeral < 0 ? whole.numeral - share.number : whole.numeral + share.number;
  const unitMatch = matchUnitAt(text, skipSpaces(text, share.numberEnd));
  const unit = unitMatch?.unit ?? null;
  const end = unitMatch?.end ?? share.numberEnd;
  const afterWord = matchBoundAfter(text, skipSpaces(text, end), 'after');
  const beforeWord = matchBoundBefore(text, skipSpacesBack(text, rawStart), floor);
  const dimension = unit?.dimension ?? 'none';
  const start = beforeWord?.start ?? rawStart;
  const rawEnd = afterWord?.end ?? end;
  const quantity: Quantity = {
    value: scaleValue(number, unit?.factor ?? 1),
    valueHigh: null,
    number: scaleValue(number, unit?.scale ?? 1),
    comparator: combineComparators(beforeWord, afterWord, null),
    unit: unit?.id ?? null,
    unitText: unitMatch?.form ?? '',
    dimension,
    baseUnit: DIMENSION_BASE_UNITS[dimension],
    raw: text.slice(start, rawEnd),
    start,
    end: rawEnd,
    numberStart: whole.start,
    numberEnd: share.numberEnd,
  };
  return { quantity, next: rawEnd };
}

/** Look for a quantity starting at `pos`; null when no numeral or prefix unit starts there. */
function readQuantityAt(text: string, pos: number, floor: number, masked: readonly number[]): Step | null {
  const date = dateEnd(text, pos);
  if (date !== null) return { quantity: null, next: date };
  const shareWord = matchShareWordAt(text, pos);
  if (shareWord !== null) {
    if (masked.length > 0 && isMasked(masked, pos)) return { quantity: null, next: shareWord.end };
    return shareStep(text, pos, shareWord.end, shareWord.share, shareWord.comparator, floor);
  }
  const signEnd = negativeSignEnd(text, pos);
  const numberPos = signEnd ?? pos;
  let prefix = matchPrefixUnitAt(text, numberPos);
  let read: TermRead | null = null;
  if (prefix !== null) {
    read = readTerm(text, skipSpaces(text, prefix.end), true);
    if (read === null || !('term' in read)) prefix = null;
  }
  if (prefix === null) read = readTerm(text, numberPos, false);
  if (read === null) return null;
  if (!('term' in read)) return { quantity: null, next: read.rejectTo };
  if (prefix?.unit.prefixTakesScale === true) read = { term: withScaleAfterPrefix(text, read.term) };
  const low = signEnd === null ? read.term : negated(read.term);
  const rawStart = signEnd !== null ? pos : prefix?.start ?? low.start;
  const reject: Step = { quantity: null, next: Math.max(low.resume, low.numeralEnd) };

  if (masked.length > 0 && isMasked(masked, rawStart)) return { quantity: null, next: Math.max(low.end, low.resume) };
  if (endsWithAny(text, rawStart, labelPrefixes)) return reject;
  // %E5%B9%B4: bytes of URL-encoded text, not figures
  if (text.charCodeAt(rawStart - 1) === urlEscapeCode || (low.unit !== null && isUrlEscapeAt(text, low.unit.start))) return reject;
  // 数百家 "several hundred firms" → more than 100; 数一数二 is a word, 户数938户 a count (Arabic)
  let vague: Comparator | null = null;
  let vagueStart = rawStart;
  const vagueWord = low.script === 'chinese' && prefix === null ? vagueWordBefore(text, low.start) : null;
  if (vagueWord !== null) {
    // 以上百: the 上 belongs to the figure before
    if (low.start - vagueWord.text.length < floor) return reject;
    if (vagueWord.comparator !== null && !hasDigit(text, low.start, low.numeralEnd)) {
      vague = vagueWord.comparator;
      vagueStart = low.start - vagueWord.text.length;
    } else if (vaguePrefixes.includes(vagueWord.text)) return reject;
  }
  if (isCodeAt(sloganJoinerCodes, text, rawStart - 1)) return reject;
  if (low.script === 'arabic' && prefix === null) {
    if (signEnd === null && isNameByLeftContext(text, low.start)) return reject;
    // 5G, 3A级, 10G-PON: digits glued to letters that are not a unit
    if (isLatinLetterAt(text, low.numeralEnd) && low.unit?.start !== low.numeralEnd) return reject;
  }
  if (isIdentifier(low.arabic)) return reject;
  // 零部件 "components": a Chinese zero is a word
  if (low.script === 'chinese' && low.numeral === 0) return reject;

  if (prefix === null) {
    const fraction = readMixedNumber(text, low, rawStart, floor) ?? readFraction(text, low, rawStart, floor);
    if (fraction !== null) return fraction;
  }

  const rangeRead = readRange(text, low, prefix);
  if (rangeRead !== null && 'rejectTo' in rangeRead) return { quantity: null, next: rangeRead.rejectTo };
  const range = rangeRead?.range ?? null;
  const unitMatch = range !== null ? range.unit : (prefix ?? low.unit);
  const end = range?.end ?? low.end;

  if (range === null && unitMatch === null) {
    // every test of this block rejects alike: the ones that reject most figures cheaply come first
    // (a bare Chinese numeral, most often 一 of a word, and a year: a fifth of all candidates)
    // a bare Chinese numeral is a word (二十大, 一带一路, 十万火急) unless it carries a scale, a
    // decimal (二点五) or a sign (负三十二)
    if (low.script === 'chinese' && !low.hasScale && !(low.chineseSection && hasDigit(text, low.start, low.numeralEnd))
      && !isLoneDecimal(text, low) && signEnd === null && !isBoundedBareNumeral(text, low, rawStart, floor)) return reject;
    if (!low.hasScale && low.odd === null && (isYearLike(low.arabic) || isYearMonth(low.arabic) || isVersion(low.arabic))) return reject;
    if (isLabelByRightContext(text, low)) return reject;
    // 1.28:1, 10:30, 1.2.3, 10-5: one part of a ratio, time or compound label
    if (isCodeAt(compoundJoinerCodes, text, low.end) && arabicDigitAt(text, low.end + 1) !== null) return reject;
    if (isCodeAt(identifierNeighbourCodes, text, rawStart - 1) || isCodeAt(identifierNeighbourCodes, text, low.end)) return reject;
    if (isEnumerator(text, rawStart, low.numeralEnd) || isEnclosed(text, rawStart, low.end)) return reject;
  }
  const unit = unitMatch?.unit ?? null;
  // 一批, 一座, 一件事: a bare 一 with a classifier means "a", not "one"
  if (range === null && low.script === 'chinese' && unit?.dimension === 'count' && (unit.scale ?? 1) === 1
    && !low.hasScale && text.slice(low.start, low.numeralEnd) === '一') return reject;

  const afterWord = matchBoundAfter(text, skipSpaces(text, end), 'after');
  const beforeWord = matchBoundBefore(text, skipSpacesBack(text, rawStart), floor);
  const factor = unit?.factor ?? 1;
  const unitScale = unit?.scale ?? 1;
  const lowNumber = range?.low ?? scaleValue(low.numeral, low.scale);
  const value = scaleValue(lowNumber, factor);
  const valueHigh = range === null ? null : scaleValue(range.highValue, factor);
  const number = scaleValue(lowNumber, unitScale);
  if (!Number.isFinite(value) || !Number.isFinite(number) || (valueHigh !== null && !Number.isFinite(valueHigh))) return reject;

  const start = beforeWord?.start ?? vagueStart;
  const rawEnd = afterWord?.end ?? end;
  const dimension = unit?.dimension ?? 'none';
  const quantity: Quantity = {
    value,
    valueHigh,
    number,
    comparator: range !== null ? 'range' : combineComparators(beforeWord, afterWord, low.odd ?? vague),
    unit: unit?.id ?? null,
    unitText: unitMatch?.form ?? '',
    dimension,
    baseUnit: DIMENSION_BASE_UNITS[dimension],
    raw: text.slice(start, rawEnd),
    start,
    end: rawEnd,
    numberStart: low.start,
    numberEnd: range?.high.numberEnd ?? low.numberEnd,
  };
  return { quantity, next: rawEnd };
}

/**
 * Recognise the quantities written in `text`, in reading order, with their spans.
 *
 * Reads Arabic and Chinese numerals with scale words (万, 亿, 万亿, 千, 百), units from the unit
 * catalogue (longest written form wins: 万千瓦 before 千瓦), bound words before or after the
 * figure (不少于, 超过了, 至少有, ≥, 控制在 … 以内, 以上, 之下, 左右, 余, 多, 几), ranges (`1-2个`,
 * `1—3万头`, `三到五`, `20和30之间`), percentages (`%`, `百分之十五`, `‰`, `个百分点`, 四成, 五折),
 * shares (三分之一, 超过1/2, 1/3的, 半数: unit `fraction`, `number` the share of one), mixed
 * numbers (一又三分之一倍: a number with the unit written after it), half a unit
 * after units that take it (一吨半, 三成半), ¥/￥ before a figure (¥1.2万 yuan), negative
 * figures (-2.5%, 负3.9%), numerals split by scale words (3万4000, 1亿2000万) and vague amounts
 * with a scale (千余家 `>`, 近万家 `~`, 数百家 `>`, 上万人 `>=`). Letter-spaced text, as PDF
 * extraction leaves it, reads as if closed up: spaces inside Chinese numerals (三千 九百 六十五),
 * decimals (四百 点 五), units and prefix units (个 百 分 点, 百 分 之), 分 之, bound words
 * (小于 或 等于) and scale groups that carry their own scale word (7万 5千). `value` is in the
 * base unit of the dimension; `number` is the figure times its scale word in the written unit.
 *
 * Years, dates, task and section numbers, document numbers (`〔2023〕15号`), ordinals (第三),
 * names with digits (5G, 3A级, S243), slogans (“5+3”, short quoted phrases), titles in 《》,
 * identifiers and bare Chinese numerals without a unit (十四五, 二十大, 一批) are skipped.
 * Arabic figures without a unit are kept with dimension `none`. Never throws; linear time.
 *
 * @example
 * recogniseQuantities('全市用水总量控制在12.24亿立方米以内')
 * // [{ value: 1224000000, valueHigh: null, number: 1224000000, comparator: '<=', unit: 'yi_m3',
 * //    unitText: '亿立方米', dimension: 'volume', baseUnit: 'm3', raw: '控制在12.24亿立方米以内',
 * //    start: 6, end: 20, numberStart: 9, numberEnd: 14 }]
 */
export function recogniseQuantities(text: string): Quantity[] {
  const masked = maskedSpans(text);
  const quantities: Quantity[] = [];
  let floor = 0;
  let pos = 0;
  while (pos < text.length) {
    if (!canStartQuantityAt(text, pos)) {
      pos += 1;
      continue;
    }
    const step = readQuantityAt(text, pos, floor, masked);
    if (step === null) {
      pos += 1;
      continue;
    }
    if (step.quantity !== null) {
      quantities.push(step.quantity);
      floor = step.quantity.end;
    }
    pos = Math.max(step.next, pos + 1);
  }
  return quantities;
}
