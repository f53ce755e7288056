/**
 * Spans of text whose figures are never quantities: document titles in 《》, short quoted
 * slogans (“十四五”, “1+3+4+N”, “八抓20条”), web addresses and idioms with numerals (一波三折).
 * Computed once per text in linear time.
 */
import { CHINESE_SECTION_UNITS, NOT_QUANTITY_CONTEXT } from '../catalogue/index.js';
import { allMatches } from '../patterns.js';
import { sortShort } from '../sort.js';

type Pair = readonly [string, string];

/** The pairs of marks of one character each, by code (the text's marks are looked up by code, no string made for them). */
function codePairs(pairs: readonly Pair[]): readonly (readonly [number, number])[] {
  return pairs.filter(([open, close]) => open.length === 1 && close.length === 1).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]);
}

const titlePairs = codePairs(NOT_QUANTITY_CONTEXT.titlePairs);
const quotePairs = codePairs(NOT_QUANTITY_CONTEXT.quotePairs);
const titleOpen = new Set(titlePairs.map(([open]) => open));
const titleClose = new Set(titlePairs.map(([, close]) => close));
/** Directional quotes: opening mark → closing mark. */
const quoteClose = new Map(quotePairs.filter(([open, close]) => open !== close));
/** Symmetric quotes (") pair up in order within a line. */
const symmetricQuotes = new Set(quotePairs.filter(([open, close]) => open === close).map(([open]) => open));
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Characters worth a closer look, by code. */
const marks = [LINE_FEED, CARRIAGE_RETURN, ...titleOpen, ...titleClose, ...quoteClose.keys(), ...symmetricQuotes];
/**
 * Any one of them, as one global pattern (each mark's first UTF-16 unit, escaped): the pattern
 * engine jumps from mark to mark (`test`, which makes no match object), where a loop over every
 * unit of the text looked each one up. Over the lines of bench's 3,000 documents (235,000 texts,
 * 30 million units, 474,000 marks) `maskedSpans` took 242–287 ms a pass this way and 664–847 ms
 * with the loop; the quantities stage (`node bench/stages.ts DIST quantities 3`, bundled, see
 * bench/README.md session 10) every pass lower, 0.1 s a pass.
 */
const MARKS = new RegExp(`[${marks.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/**
 * Whether `text[from, to)` holds Arabic digits followed by a section unit (万/亿): a quoted target
 * (“新建5G基站4.8万个”), not a slogan — slogans count with small numbers (“5+3”, “八抓20条”).
 */
function quotesMeasuredFigure(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k += 1) {
    if (sectionCodes.includes(text.charCodeAt(k)) && isDigitCode(text.charCodeAt(k - 1))) return true;
  }
  return false;
}

const sectionCodes: readonly number[] = Object.keys(CHINESE_SECTION_UNITS).map((unit) => unit.charCodeAt(0));

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

const urlStarts: readonly string[] = NOT_QUANTITY_CONTEXT.urlStarts;
/** Whether a text may hold a web address at all: the start words, as one pattern. */
const MAY_HOLD_URL = new RegExp(urlStarts.map((start) => start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Printable ASCII other than a space: what a web address is written in. */
function isUrlCode(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/**
 * Push the span of every web address (`https://…`, `www.…`) up to the first space or non-ASCII
 * character: URL-encoded text (`q=30%25%2020%`) holds digits and percent signs that are no
 * figures. Each start word is looked for with `indexOf`, so text without addresses costs a few
 * scans.
 */
function addUrlSpans(text: string, found: number[]): void {
  // most texts hold no address: one test before a scan per start word
  if (!MAY_HOLD_URL.test(text)) return;
  for (const start of urlStarts) {
    for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
      // www. inside an address already masked (https://www.…) starts nothing new
      if (at > 0 && isUrlCode(text.charCodeAt(at - 1))) continue;
      let end = at + start.length;
      while (end < text.length && isUrlCode(text.charCodeAt(end))) end += 1;
      found.push(at, end - 1);
      at = end - 1;
    }
  }
}

const idioms: readonly string[] = NOT_QUANTITY_CONTEXT.idioms;

/** Push the span of every idiom of `NOT_QUANTITY_CONTEXT.idioms` (一波三折): its numerals are no figures. */
function addIdiomSpans(text: string, found: number[]): void {
  // one scan for all idioms (a text holds none of them almost always; an exec loop, not
  // `matchAll`, which makes a new pattern for every text)
  for (const match of allMatches(IDIOMS, text)) found.push(match.index, match.index + match[0].length - 1);
}

const IDIOMS = new RegExp([...idioms].sort((a, b) => b.length - a.length).map((idiom) => idiom.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/**
 * The spans inside a title (《…》, on one line, nesting allowed) or inside a quoted phrase of at
 * most `NOT_QUANTITY_CONTEXT.sloganMaxLength` characters (unless it quotes a figure with 万/亿:
 * “新建5G基站4.8万个” is a target), quote and title marks included, as
 * sorted, separate `[first, last]` offset pairs (inclusive) flattened into one list. Unclosed
 * marks mark nothing. Most task texts have none, so the list costs nothing to make or keep.
 *
 * @example
 * maskedSpans('建成“5+3”体系') // → [2, 6]
 */
export function maskedSpans(text: string): number[] {
  const n = text.length;
  const found: number[] = [];
  const maxInside = NOT_QUANTITY_CONTEXT.sloganMaxLength;
  const openTitles: number[] = [];
  let openSymmetric: Map<number, number> | null = null;
  // `test` on the global pattern moves `lastIndex` past the next mark and makes no match
  // object: a text of nothing but marks costs no more than the loop over every unit did
  MARKS.lastIndex = 0;
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    const ch = text.charCodeAt(i);
    if (ch === LINE_FEED || ch === CARRIAGE_RETURN) {
      openTitles.length = 0;
      openSymmetric?.clear();
      continue;
    }
    if (titleOpen.has(ch)) openTitles.push(i);
    else if (titleClose.has(ch)) {
      const open = openTitles.pop();
      if (open !== undefined) found.push(open, i);
    }
    const close = quoteClose.get(ch);
    if (close !== undefined) {
      for (let j = i + 1; j <= i + maxInside + 1 && j < n; j += 1) {
        const next = text.charCodeAt(j);
        if (next === close) {
          if (!quotesMeasuredFigure(text, i + 1, j)) found.push(i, j);
          break;
        }
        if (next === ch || next === LINE_FEED || next === CARRIAGE_RETURN) break;
      }
    } else if (symmetricQuotes.has(ch)) {
      openSymmetric ??= new Map<number, number>();
      const openedAt = openSymmetric.get(ch);
      if (openedAt === undefined) openSymmetric.set(ch, i);
      else {
        if (i - openedAt - 1 <= maxInside && !quotesMeasuredFigure(text, openedAt + 1, i)) found.push(openedAt, i);
        openSymmetric.delete(ch);
      }
    }
  }
  addUrlSpans(text, found);
  addIdiomSpans(text, found);
  if (found.length <= 2) return found;
  // nested titles and quotes inside titles overlap: sort by start and merge
  // (the pairs' numbers by a loop: `Array.from` over `{ length }` took a tenth of the function)
  const order: number[] = [];
  for (let k = 0; k < found.length / 2; k += 1) order.push(k);
  sortShort(order, (a, b) => (found[2 * a] as number) - (found[2 * b] as number));
  const merged: number[] = [];
  for (const k of order) {
    const from = found[2 * k] as number;
    const to = found[2 * k + 1] as number;
    const last = merged.length - 1;
    if (last > 0 && from <= (merged[last] as number) + 1) merged[last] = Math.max(merged[last] as number, to);
    else merged.push(from, to);
  }
  return merged;
}

/**
 * Whether an offset lies in one of `maskedSpans`' spans.
 *
 * @example
 * isMasked(maskedSpans('建成“5+3”体系'), 3) // → true
 */
export function isMasked(spans: readonly number[], offset: number): boolean {
  let low = 0;
  let high = spans.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (offset < (spans[2 * middle] as number)) high = middle - 1;
    else if (offset > (spans[2 * middle + 1] as number)) low = middle + 1;
    else return true;
  }
  return false;
}
