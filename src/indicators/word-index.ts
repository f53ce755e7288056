/**
 * Word lists indexed by their first UTF-16 unit, so a text is scanned once for a whole list
 * instead of once per word (the cue and verb lists run to dozens of words, and are asked about
 * every figure of every document).
 */

/** A word list ready for one-pass scanning. */
export interface WordIndex {
  /** 1 where some word starts with this code unit. */
  readonly starts: Uint8Array;
  readonly byStart: ReadonlyMap<number, readonly string[]>;
}

// lists are constants or catalogue data: each is indexed once, on first use
const indexes = new WeakMap<readonly string[], WordIndex>();

/**
 * The index of a word list (made once per list object; empty words are ignored).
 *
 * @example
 * wordIndex(['新建', '新增']).byStart.get('新'.charCodeAt(0)) // → ['新建', '新增']
 */
export function wordIndex(words: readonly string[]): WordIndex {
  let index = indexes.get(words);
  if (index === undefined) {
    const starts = new Uint8Array(0x10000);
    const byStart = new Map<number, string[]>();
    for (const word of new Set(words)) {
      if (word === '') continue;
      const code = word.charCodeAt(0);
      starts[code] = 1;
      const list = byStart.get(code);
      if (list === undefined) byStart.set(code, [word]);
      else list.push(word);
    }
    index = { starts, byStart };
    indexes.set(words, index);
  }
  return index;
}

/**
 * The words of a list that occur anywhere in a text.
 *
 * @example
 * [...wordsIn(wordIndex(['基站', '5G', '楼宇']), '新建5G基站')] // → ['5G', '基站']
 */
export function wordsIn(words: readonly string[], text: string): Set<string> {
  const { starts, byStart } = wordIndex(words);
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (starts[code] !== 1) continue;
    for (const word of byStart.get(code) ?? []) if (text.startsWith(word, i)) found.add(word);
  }
  return found;
}

/**
 * Where the last-ending occurrence of any word of a list ends in a text, or -1: the same as
 * the largest `text.lastIndexOf(word) + word.length` over the words.
 *
 * @example
 * lastEndOfAny(['新建', '建成'], '新建并建成') // → 5
 * lastEndOfAny(['累计'], '新建') // → -1
 */
export function lastEndOfAny(words: readonly string[], text: string): number {
  const { starts, byStart } = wordIndex(words);
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (starts[code] !== 1) continue;
    for (const word of byStart.get(code) ?? []) {
      if (i + word.length > best && text.startsWith(word, i)) best = i + word.length;
    }
  }
  return best;
}
