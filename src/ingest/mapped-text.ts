/**
 * Text that remembers where each character came from. `map[i]` is the offset in the original
 * string of character `i`; `map[text.length]` is the original length. Every normalisation step
 * takes and returns one, so evidence found in normalised text can be shown as written.
 */
export interface MappedText {
  readonly text: string;
  readonly map: readonly number[];
}

/** Wrap an original string: every character maps to itself. */
export function identity(text: string): MappedText {
  const map = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/**
 * Replace or delete single UTF-16 units: `replace` returns one character (kept at the same
 * original offset) or '' (deleted).
 */
export function mapUnits(input: MappedText, replace: (unit: string) => string): MappedText {
  let changes = false;
  for (let i = 0; i < input.text.length && !changes; i++) {
    const unit = input.text[i] as string;
    changes = replace(unit) !== unit;
  }
  if (!changes) return input;
  const chars: string[] = [];
  const map: number[] = [];
  const { text } = input;
  for (let i = 0; i < text.length; i++) {
    const out = replace(text[i] as string);
    if (out === '') continue;
    chars.push(out);
    map.push(input.map[i] as number);
  }
  map.push(input.map[text.length] as number);
  return { text: chars.join(''), map };
}

/** Delete the given half-open ranges (sorted, non-overlapping) of the current text. */
export function deleteRanges(input: MappedText, ranges: readonly (readonly [number, number])[]): MappedText {
  if (ranges.length === 0) return input;
  const parts: string[] = [];
  const map: number[] = [];
  let cursor = 0;
  const take = (from: number, to: number): void => {
    parts.push(input.text.slice(from, to));
    for (let i = from; i < to; i++) map.push(input.map[i] as number);
  };
  for (const [from, to] of ranges) {
    if (from < cursor) continue;
    take(cursor, from);
    cursor = to;
  }
  take(cursor, input.text.length);
  map.push(input.map[input.text.length] as number);
  return { text: parts.join(''), map };
}

/** Delete every match of a global regex (or of one capture group of it, when `group` is given). */
export function deleteMatches(input: MappedText, pattern: RegExp, group?: number): MappedText {
  const ranges: [number, number][] = [];
  for (const match of input.text.matchAll(pattern)) {
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
 * Rewrite each line with `convert`. A line whose length is unchanged maps character by
 * character; otherwise characters map proportionally onto the original line.
 */
export function convertLines(input: MappedText, convert: (line: string) => string): MappedText {
  const parts: string[] = [];
  const map: number[] = [];
  let lineStart = 0;
  const { text } = input;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const converted = convert(line);
    parts.push(converted);
    for (let i = 0; i < converted.length; i++) {
      const source = converted.length === line.length ? i : Math.floor((i * line.length) / Math.max(1, converted.length));
      map.push(input.map[lineStart + source] as number);
    }
    if (lineEnd < text.length) {
      parts.push('\n');
      map.push(input.map[lineEnd] as number);
    }
    lineStart = lineEnd + 1;
  }
  map.push(input.map[text.length] as number);
  return { text: parts.join(''), map };
}

/**
 * The original text behind a span of the normalised text.
 *
 * @example
 * originalSpan('１２个', mapped, 0, 3) // → '１２个' (the full-width digits as written)
 */
export function originalSpan(original: string, mapped: MappedText, start: number, end: number): string {
  if (end <= start) return '';
  const from = mapped.map[start] ?? original.length;
  const last = mapped.map[end - 1] ?? original.length;
  return original.slice(from, last + 1);
}
