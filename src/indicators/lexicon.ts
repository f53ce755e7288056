import { BUILT_IN_WORDS, type WordLists } from '../catalogue/index.js';
import { wordIndex, type WordIndex } from './word-index.js';

/**
 * A catalogue's word lists made ready for reading: each list indexed once (`wordIndex`), the
 * non-noun words as one pattern. Made once per set of word lists and remembered, so a
 * user's `--catalogue` words are read exactly like the built-in ones.
 */
export interface Lexicon {
  readonly target: WordIndex;
  readonly reported: WordIndex;
  readonly present: WordIndex;
  readonly notTarget: readonly string[];
  readonly notTargetIndex: WordIndex;
  readonly increment: WordIndex;
  readonly strongIncrement: WordIndex;
  readonly stock: WordIndex;
  readonly strongStock: WordIndex;
  readonly cap: readonly string[];
  readonly growth: readonly string[];
  readonly growthIndex: WordIndex;
  readonly decline: WordIndex;
  readonly ensure: WordIndex;
  readonly strive: WordIndex;
  readonly asOf: WordIndex;
  readonly period: WordIndex;
  readonly forecast: readonly string[];
  readonly stage: readonly string[];
  readonly stageOutcome: readonly string[];
  /** The non-noun words, longest first, as one global pattern. */
  readonly nonNouns: RegExp;
}

const made = new WeakMap<WordLists, Lexicon>();

/**
 * The lexicon of a set of word lists (built once per set).
 *
 * @example
 * lexiconOf(BUILT_IN_WORDS) === BUILT_IN_LEXICON // → true
 */
export function lexiconOf(words: WordLists): Lexicon {
  const known = made.get(words);
  if (known !== undefined) return known;
  const lexicon: Lexicon = {
    target: wordIndex(words.target), reported: wordIndex(words.reported), present: wordIndex(words.present), notTarget: words.not_target, notTargetIndex: wordIndex(words.not_target),
    increment: wordIndex(words.increment), strongIncrement: wordIndex(words.strong_increment),
    stock: wordIndex(words.stock), strongStock: wordIndex(words.strong_stock),
    cap: words.cap, growth: words.growth, growthIndex: wordIndex(words.growth), decline: wordIndex(words.decline),
    ensure: wordIndex(words.ensure), strive: wordIndex(words.strive), asOf: wordIndex(words.as_of), period: wordIndex(words.period),
    forecast: words.forecast, stage: words.stage, stageOutcome: words.stage_outcome,
    nonNouns: new RegExp([...words.non_noun].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g'),
  };
  made.set(words, lexicon);
  return lexicon;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The lexicon of the built-in word lists. */
export const BUILT_IN_LEXICON: Lexicon = lexiconOf(BUILT_IN_WORDS);
