import { allMatches } from '../patterns.js';

/**
 * Text that remembers where each character came from. `map[i]` is the offset in the original
 * string of character `i`; `map[text.length]` is the original length. Every normalisation step
 * takes and returns one, so evidence found in normalised text can be shown as written.
 */
export interface MappedText {
  readonly text: string;
  readonly map: Int32Array;
}

/** Wrap an original string: every character maps to itself. */
export function identity(text: string): MappedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i < map.length; i++) map[i] = i;
  return { text, map };
}

/**
 * Replace or delete single UTF-16 units by code: `replace` returns a code unit (kept at the same
 * original offset) or -1 (deleted). Returns the input itself when nothing changes.
 *
 * @example
 * mapUnits(identity('Ａ1'), (code) => (code === 0xff21 ? 0x41 : code)).text // → 'A1'
 */
export function mapUnits(input: MappedText, replace: (code: number) => number): MappedText {
  const { text } = input;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (replace(code) !== code) { first = i; break; }
  }
  if (first === -1) return input;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < first; i++) codes[i] = text.charCodeAt(i);
  // replacements keep every offset: the map is shared until a unit is deleted
  let map: Int32Array | null = null;
  let length = first;
  for (let i = first; i < text.length; i++) {
    const out = replace(text.charCodeAt(i));
    if (out < 0) {
      if (map === null) {
        map = new Int32Array(text.length + 1);
        map.set(input.map.subarray(0, length));
      }
      continue;
    }
    codes[length] = out;
    if (map !== null) map[length] = input.map[i] as number;
    length++;
  }
  if (map === null) return { text: fromCodes(codes), map: input.map };
  map[length] = input.map[text.length] as number;
  return { text: fromCodes(codes.subarray(0, length)), map: map.subarray(0, length + 1) };
}

/** Whether this machine stores a Uint16Array's units low byte first, as UTF-16LE does. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * A string from UTF-16 code units, every unit kept as it is (lone surrogates and U+FEFF too).
 * Read as UTF-16LE bytes, which takes microseconds; spreading the units into
 * `String.fromCharCode` took half a millisecond for a 10,000-character notice.
 */
function fromCodes(codes: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
  const parts: string[] = [];
  // argument lists have a limit: in chunks
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return parts.join('');
}

function grow(map: Int32Array, least: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(least, map.length * 2));
  bigger.set(map);
  return bigger;
}

/** Delete the given half-open ranges (sorted, non-overlapping) of the current text. */
export function deleteRanges(input: MappedText, ranges: readonly (readonly [number, number])[]): MappedText {
  if (ranges.length === 0) return input;
  const parts: string[] = [];
  const map = new Int32Array(input.text.length + 1);
  let length = 0;
  let cursor = 0;
  const take = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(input.text.slice(from, to));
    map.set(input.map.subarray(from, to), length);
    length += to - from;
  };
  for (const [from, to] of ranges) {
    if (from < cursor) continue;
    take(cursor, from);
    cursor = to;
  }
  take(cursor, input.text.length);
  map[length] = input.map[input.text.length] as number;
  return { text: parts.join(''), map: map.subarray(0, length + 1) };
}

/** Delete every match of a global regex (or of one capture group of it, when `group` is given). */
export function deleteMatches(input: MappedText, pattern: RegExp, group?: number): MappedText {
  const ranges: [number, number][] = [];
  for (const match of allMatches(pattern, input.text)) {
    const whole = match.index;
    if (group === undefined) {
      ranges.push([whole, whole + match[0].length]);
    } else {
      const part = match[group];
      if (part === undefined) continue;
      const offset = match[0].indexOf(part);
      ranges.push([whole + offset, whole + offset + part.length]);
    }
  }
  return deleteRanges(input, ranges);
}

/**
 * Rewrite each line with `convert`, mapping every character exactly. A line whose code points
 * are as many as before maps code point by code point (an astral character that became a BMP
 * one, or the reverse: both units of a pair lead to the whole original character, so no span
 * ever cuts a pair). When the number of code
 * points changed (a phrase rule), the line is converted clause by clause, and a clause that
 * still changes its count character by character, so the map never guesses.
 *
 * @example
 * convertLines(identity('𡻕500個'), (line) => line.replace('𡻕', '岁').replace('個', '个')).map
 * // → Int32Array [0, 2, 3, 4, 5, 6]
 */
export function convertLines(input: MappedText, convert: (line: string) => string): MappedText {
  const parts: string[] = [];
  let map = new Int32Array(input.text.length + 1);
  let length = 0;
  const push = (value: number): void => {
    if (length >= map.length) map = grow(map, length + 1);
    map[length++] = value;
  };
  const { text } = input;
  /** Map `converted` onto text[from, to) code point by code point; false when their counts differ. */
  const mapCodePoints = (converted: string, from: number, to: number): boolean => {
    if (countCodePoints(converted) !== countCodePoints(text, from, to)) return false;
    let source = from;
    for (let i = 0; i < converted.length; ) {
      const units = unitsAt(converted, i);
      const sourceUnits = unitsAt(text, source);
      push(input.map[source] as number);
      if (units === 2) push(input.map[source + sourceUnits - 1] as number);
      i += units;
      source += sourceUnits;
    }
    return true;
  };
  /** Convert text[from, to) piece by piece (clauses, then characters) until each maps exactly. */
  const convertPieces = (from: number, to: number, byCharacter: boolean): void => {
    let start = from;
    while (start < to) {
      let end = start;
      if (byCharacter) end += unitsAt(text, start);
      else {
        while (end < to && !CLAUSE_END.test(text[end] as string)) end++;
        end = Math.min(to, end + 1);
      }
      const piece = text.slice(start, end);
      const converted = convert(piece);
      if (mapCodePoints(converted, start, end)) parts.push(converted);
      else if (byCharacter) {
        // one character that became several, or none: all of it leads to the one written
        parts.push(converted);
        for (let i = 0; i < converted.length; i++) push(input.map[start] as number);
      } else convertPieces(start, end, true);
      start = end;
    }
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const converted = convert(line);
    // code point by code point even when the length is the same: 𡻕 → 岁 and 僤 → 𫢸 in one
    // line cancel out in length but not in where each character stands
    if (mapCodePoints(converted, lineStart, lineEnd)) {
      parts.push(converted);
    } else {
      convertPieces(lineStart, lineEnd, false);
    }
    if (lineEnd < text.length) {
      parts.push('\n');
      push(input.map[lineEnd] as number);
    }
    lineStart = lineEnd + 1;
  }
  push(input.map[text.length] as number);
  return { text: parts.join(''), map: map.subarray(0, length) };
}

/** Punctuation that ends a clause: where a line is cut when it must be converted in pieces. */
const CLAUSE_END = /[，,。；;：:！!？?、\s]/;

/** 2 when a surrogate pair starts at `index`, else 1. */
function unitsAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

function countCodePoints(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i += unitsAt(text, i)) count++;
  return count;
}

/**
 * The original text behind a span of the normalised text.
 *
 * @example
 * originalSpan('１２个', mapped, 0, 3) // → '１２个' (the full-width digits as written)
 */
export function originalSpan(original: string, mapped: MappedText, start: number, end: number): string {
  if (end <= start) return '';
  let from = mapped.map[start] ?? original.length;
  const last = mapped.map[end - 1] ?? original.length;
  // whole characters as written: a span never starts or ends inside a surrogate pair
  if (from > 0 && from < original.length && unitsAt(original, from - 1) === 2) from--;
  return original.slice(from, last + unitsAt(original, last));
}
