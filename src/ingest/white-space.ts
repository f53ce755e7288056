/**
 * Whether a UTF-16 unit is white space as a pattern's `\s` reads it: tab, the line breaks,
 * space, the no-break and ideographic spaces, the Unicode space separators and U+FEFF. A test
 * on one unit without a pattern, for loops that look at every unit of a text (a pattern per
 * unit, or per line, cost more than the look itself); ideographs are answered by the first
 * comparison.
 *
 * @example
 * [0x20, 0x3000, 0x65b0].map(isWhiteSpace) // → [true, true, false]
 */
export function isWhiteSpace(code: number): boolean {
  if (code > 0x3000) return code === 0xfeff;
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}
