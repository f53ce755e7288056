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
  /** One bit per code unit that starts a word: 8 KB, read before `first` (128 KB), which the processor's nearest cache cannot hold. */
  readonly starts: Uint8Array;
  /** Indexes (into `words`) of the words sharing a first unit. */
  readonly byFirst: readonly (readonly number[])[];
  /** Per word: its second UTF-16 unit, or -1 for a one-unit word (checked before the whole word). */
  readonly second: Int32Array;
  /** Length of the longest word. */
  readonly longest: number;
  /**
   * One bit per hashed pair of first two units (`pairHash`) of the words of two units or more:
   * a place whose pair has no bit starts none of them, and its candidates need no look.
   */
  readonly pairs: Uint8Array;
  /** Per entry of `byFirst`: 1 when a one-unit word is among them (the pair says nothing then). */
  readonly single: Uint8Array;
  /** Every word has two units or more (the catalogue's cue words): `foundWords` may ask the pair first. */
  readonly pairsOnly: boolean;
  /** Scratch for `foundWords`: the scan in which each word was last seen (doubles: counting never wraps). */
  readonly seen: Float64Array;
  scans: number;
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
    const second = Int32Array.from(words, (word) => (word.length > 1 ? word.charCodeAt(1) : -1));
    const starts = new Uint8Array(0x10000 / 8);
    const pairs = new Uint8Array(PAIR_BITS / 8);
    const single = new Uint8Array(byFirst.length);
    for (const word of words) {
      const code = word.charCodeAt(0);
      starts[code >> 3] = (starts[code >> 3] as number) | (1 << (code & 7));
      if (word.length === 1) {
        single[(first[code] as number) - 1] = 1;
        continue;
      }
      const hash = pairHash(code, word.charCodeAt(1));
      pairs[hash >> 3] = (pairs[hash >> 3] as number) | (1 << (hash & 7));
    }
    const pairsOnly = words.every((word) => word.length > 1);
    return { words, first, starts, byFirst, second, longest: Math.max(0, ...words.map((word) => word.length)), pairs, single, pairsOnly, seen: new Float64Array(words.length), scans: 0 };
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
  const flags = new Uint8Array(index.words.length);
  for (const at of foundWords(index, text)) flags[at] = 1;
  return flags;
}

/**
 * The words of an index that occur in a text, as indexes into `index.words`, each once, in the
 * order they are first met.
 *
 * @example
 * const index = wordIndex(['基站', '5G', '楼宇']);
 * foundWords(index, '新建5G基站, 5G') // → [1, 0]
 */
export function foundWords(index: WordIndex, text: string): number[] {
  if (index.pairsOnly) return foundPairWords(index, text);
  const { byFirst, seen, starts, first, single, pairs } = index;
  // a new scan number marks every word unseen without clearing the array
  const scan = ++index.scans;
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const list = groupAt(starts, first, single, pairs, text, i);
    if (list === 0) continue;
    const candidates = byFirst[list - 1] as readonly number[];
    for (let k = 0; k < candidates.length; k++) {
      const at = candidates[k] as number;
      if (seen[at] === scan || !occursAt(index, at, text, i)) continue;
      seen[at] = scan;
      found.push(at);
    }
  }
  return found;
}

/**
 * `foundWords` for a list without one-unit words (the catalogue's cue words, scanned over every
 * text unit for the indicators present in it): each place's pair of units is tested first, one
 * load per unit carried over to the next place, and a word's second unit is known before its
 * whole is compared. Fewer places pass the pair than the first unit (on bench's text about 1 in
 * 22 against 1 in 6). Same words in the same order as the general scan. It pays: over the lines
 * of bench's 3,000 documents (235,000 texts, 30 million units), the general scan took 240–276 ms
 * a pass and this one 151–165 ms (four passes each, one process); in the whole extraction see
 * the commit that brought it.
 */
function foundPairWords(index: WordIndex, text: string): number[] {
  const { byFirst, seen, first, pairs, second, words } = index;
  const scan = ++index.scans;
  const found: number[] = [];
  if (text.length < 2) return found;
  let code = text.charCodeAt(0);
  for (let i = 0; i + 1 < text.length; i++) {
    const next = text.charCodeAt(i + 1);
    const hash = pairHash(code, next);
    const list = ((pairs[hash >> 3] as number) & (1 << (hash & 7))) === 0 ? 0 : (first[code] as number);
    if (list !== 0) {
      const candidates = byFirst[list - 1] as readonly number[];
      for (let k = 0; k < candidates.length; k++) {
        const at = candidates[k] as number;
        if (seen[at] === scan || second[at] !== next || !text.startsWith(words[at] as string, i)) continue;
        seen[at] = scan;
        found.push(at);
      }
    }
    code = next;
  }
  return found;
}

/**
 * Where the last-ending occurrence of any word of a list ends in a text, or -1: the same as
 * the largest `text.lastIndexOf(word) + word.length` over the words. Scans from the end and
 * stops once no word starting further left could end later. Takes the list or its index
 * (`wordIndex`; a constant list indexed once saves a lookup per call).
 *
 * @example
 * lastEndOfAny(['新建', '建成'], '新建并建成') // → 5
 * lastEndOfAny(['累计'], '新建') // → -1
 */
export function lastEndOfAny(list: readonly string[] | WordIndex, text: string): number {
  const index = 'words' in list ? list : wordIndex(list);
  const { words, byFirst, longest, starts, first, single, pairs } = index;
  let best = -1;
  for (let i = text.length - 1; i >= 0 && i + longest > best; i--) {
    const group = groupAt(starts, first, single, pairs, text, i);
    if (group === 0) continue;
    const candidates = byFirst[group - 1] as readonly number[];
    for (let k = 0; k < candidates.length; k++) {
      const at = candidates[k] as number;
      const end = i + (words[at] as string).length;
      if (end > best && occursAt(index, at, text, i)) best = end;
    }
  }
  return best;
}

/** Bits of `WordIndex.pairs`. */
const PAIR_BITS = 1 << 16;

/** A hash of two UTF-16 units into `PAIR_BITS`. */
function pairHash(first: number, second: number): number {
  return ((first * 31) ^ second) & (PAIR_BITS - 1);
}

/**
 * The `byFirst` entry (1 + its index) of the words of an index that may start at offset `i` of
 * a text, or 0 when none can: the first unit starts no word (`starts`, then `first`), or none
 * of its words is a single unit and the pair of units there has no bit (`pairs`). The one gate
 * both scans go through before comparing words.
 */
function groupAt(starts: Uint8Array, first: Uint16Array, single: Uint8Array, pairs: Uint8Array, text: string, i: number): number {
  // the index's tables come as arguments, read once per scan by the caller (read from the index
  // here, once per character, the scans took 5–8 % longer)
  const code = text.charCodeAt(i);
  if (((starts[code >> 3] as number) & (1 << (code & 7))) === 0) return 0;
  const list = first[code] as number;
  if (single[list - 1] === 1) return list;
  if (i + 1 >= text.length) return 0;
  const hash = pairHash(code, text.charCodeAt(i + 1));
  return ((pairs[hash >> 3] as number) & (1 << (hash & 7))) !== 0 ? list : 0;
}

/**
 * Whether word `at` of an index occurs in a text at offset `i`, its first unit being known to
 * match: the second unit is compared before the whole word, which most candidates fail.
 */
function occursAt(index: WordIndex, at: number, text: string, i: number): boolean {
  const unit = index.second[at] as number;
  return unit === -1 || (i + 1 < text.length && text.charCodeAt(i + 1) === unit && text.startsWith(index.words[at] as string, i));
}
