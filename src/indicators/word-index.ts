/**
 * Word lists indexed by their first UTF-16 unit, so a text is scanned once for a whole list
 * instead of once per word (the cue and verb lists run to dozens of words, and are asked about
 * every figure of every document).
 */
import { remembered } from '../memo.js';

/** A word list ready for one-pass scanning. */
export interface WordIndex {
  /** The distinct non-empty words, in list order. */
  readonly words: readonly string[];
  /** Per code unit: 0, or 1 + the index in `byFirst` of the words starting with it. */
  readonly first: Uint16Array;
  /** Indexes (into `words`) of the words sharing a first unit. */
  readonly byFirst: readonly (readonly number[])[];
  /** Length of the longest word. */
  readonly longest: number;
}

// lists are constants or catalogue data: each is indexed once, on first use
const indexes = new WeakMap<readonly string[], WordIndex>();

/**
 * The index of a word list (made once per list object; empty and repeated words are ignored).
 *
 * @example
 * const index = wordIndex(['新建', '新增', '建成']);
 * index.byFirst[index.first['新'.charCodeAt(0)] - 1].map((at) => index.words[at]) // → ['新建', '新增']
 */
export function wordIndex(list: readonly string[]): WordIndex {
  return remembered(indexes, list, () => {
    const words = [...new Set(list)].filter((word) => word !== '');
    const first = new Uint16Array(0x10000);
    const byFirst: number[][] = [];
    words.forEach((word, at) => {
      const code = word.charCodeAt(0);
      if (first[code] === 0) {
        byFirst.push([]);
        first[code] = byFirst.length;
      }
      (byFirst[(first[code] as number) - 1] as number[]).push(at);
    });
    return { words, first, byFirst, longest: Math.max(0, ...words.map((word) => word.length)) };
  });
}

/**
 * Which words of an index occur anywhere in a text: one flag per word of `index.words`.
 *
 * @example
 * const index = wordIndex(['基站', '5G', '楼宇']);
 * Array.from(wordFlags(index, '新建5G基站')) // → [1, 1, 0]
 */
export function wordFlags(index: WordIndex, text: string): Uint8Array {
  const { words, first, byFirst } = index;
  const flags = new Uint8Array(words.length);
  for (let i = 0; i < text.length; i++) {
    const list = first[text.charCodeAt(i)] as number;
    if (list === 0) continue;
    const candidates = byFirst[list - 1] as readonly number[];
    for (let k = 0; k < candidates.length; k++) {
      const at = candidates[k] as number;
      if (flags[at] === 0 && text.startsWith(words[at] as string, i)) flags[at] = 1;
    }
  }
  return flags;
}

/**
 * Where the last-ending occurrence of any word of a list ends in a text, or -1: the same as
 * the largest `text.lastIndexOf(word) + word.length` over the words. Scans from the end and
 * stops once no word starting further left could end later.
 *
 * @example
 * lastEndOfAny(['新建', '建成'], '新建并建成') // → 5
 * lastEndOfAny(['累计'], '新建') // → -1
 */
export function lastEndOfAny(list: readonly string[], text: string): number {
  const { words, first, byFirst, longest } = wordIndex(list);
  let best = -1;
  for (let i = text.length - 1; i >= 0 && i + longest > best; i--) {
    const group = first[text.charCodeAt(i)] as number;
    if (group === 0) continue;
    const candidates = byFirst[group - 1] as readonly number[];
    for (let k = 0; k < candidates.length; k++) {
      const word = words[candidates[k] as number] as string;
      if (i + word.length > best && text.startsWith(word, i)) best = i + word.length;
    }
  }
  return best;
}
