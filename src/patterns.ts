/**
 * Every match of a global pattern in a text, in order, as `[...text.matchAll(pattern)]` gives
 * them. An `exec` loop on the pattern itself: `matchAll` makes a new pattern object on every
 * call, which showed in profiles where it ran per task or per figure. The pattern's `lastIndex`
 * is reset before and left at 0 after; an empty match moves on by one unit (one character in a
 * `u` pattern), as `matchAll` does.
 *
 * @example
 * allMatches(/(\d{4})年/g, '2023年至2025年').map((match) => match[1]) // → ['2023', '2025']
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global pattern, got /${pattern.source}/${pattern.flags}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex = nextIndex(text, match.index, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** The offset after `at`: one unit, or two for a surrogate pair when the pattern reads characters. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

/**
 * A text with every occurrence of some words replaced by as many spaces, in the words' order:
 * what is left keeps its offsets, and no two pieces join into a word that was not there.
 *
 * @example
 * blankedOut('完成营造林5万亩', ['营造林']) // → '完成   5万亩'
 */
export function blankedOut(text: string, words: readonly string[]): string {
  let rest = text;
  for (const word of words) if (rest.includes(word)) rest = rest.split(word).join(' '.repeat(word.length));
  return rest;
}
