import {
  AS_OF_WORDS, CAP_WORDS, DECLINE_WORDS, FORECAST_WORDS, GROWTH_WORDS, INCREMENT_WORDS, NON_NOUN_WORDS, NOT_TARGET_WORDS,
  PERIOD_WORDS, PRESENT_WORDS, REPORTED_WORDS, STAGE_OUTCOME_WORDS, STAGE_WORDS, STOCK_WORDS, STRONG_INCREMENT_WORDS, STRONG_STOCK_WORDS, TARGET_WORDS, TIER_WORDS,
} from './semantics.js';

/**
 * The word lists the reading of a figure uses, by the name a user's catalogue file gives them
 * (`"words": { "target": ["拟于"] }` adds 拟于 to the target words). Data only; the rules that
 * use them live in `src/indicators/`.
 */
export interface WordLists {
  /** Words that make a figure a target (力争, 目标, 将). */
  readonly target: readonly string[];
  /** Words of a result already reached (已, 截至, 去年). */
  readonly reported: readonly string[];
  /** Words that open a new, present time after a result word (今年). */
  readonly present: readonly string[];
  /** Look-alikes of target words that are none (将近, 超额完成). */
  readonly not_target: readonly string[];
  /** Verbs of an increment (建成, 完成), and the strong ones that always decide (新建, 新增). */
  readonly increment: readonly string[];
  readonly strong_increment: readonly string[];
  /** Words of a stock (达到, 总数), and the strong ones that always decide (累计). */
  readonly stock: readonly string[];
  readonly strong_stock: readonly string[];
  /** Words of a cap (控制在, 以内). */
  readonly cap: readonly string[];
  /** Words of a change over a base (增长, 提高), and of a decline (下降). */
  readonly growth: readonly string[];
  readonly decline: readonly string[];
  /** Tier words: 确保 "ensure", 力争 "strive". */
  readonly ensure: readonly string[];
  readonly strive: readonly string[];
  /** As-of words (截至, 目前) and period words (今年, 全年). */
  readonly as_of: readonly string[];
  readonly period: readonly string[];
  /** Forecast words: a figure after them in its sentence is not read (有望, 预测). */
  readonly forecast: readonly string[];
  /** Stage words: a figure after one in its own words counts applications or surveys (申报, 查勘), unless an outcome word follows it (认定, 通过). */
  readonly stage: readonly string[];
  readonly stage_outcome: readonly string[];
  /** Words that are no noun of a figure's own (verbs, scopes, particles). */
  readonly non_noun: readonly string[];
}

/** The built-in word lists. */
export const BUILT_IN_WORDS: WordLists = {
  target: TARGET_WORDS, reported: REPORTED_WORDS, present: PRESENT_WORDS, not_target: NOT_TARGET_WORDS,
  increment: INCREMENT_WORDS, strong_increment: STRONG_INCREMENT_WORDS, stock: STOCK_WORDS, strong_stock: STRONG_STOCK_WORDS,
  cap: CAP_WORDS, growth: GROWTH_WORDS, decline: DECLINE_WORDS, ensure: TIER_WORDS.ensure, strive: TIER_WORDS.strive,
  as_of: AS_OF_WORDS, period: PERIOD_WORDS, forecast: FORECAST_WORDS, stage: STAGE_WORDS, stage_outcome: STAGE_OUTCOME_WORDS, non_noun: NON_NOUN_WORDS,
};

/** The names of the word lists, as a user's catalogue file writes them. */
export const WORD_LIST_NAMES = Object.keys(BUILT_IN_WORDS) as (keyof WordLists)[];

/**
 * Word lists with a user's words added (each list keeps its built-in words first, then the
 * new ones not already in it).
 *
 * @example
 * withWords(BUILT_IN_WORDS, { target: ['拟于'] }).target.includes('拟于') // → true
 */
export function withWords(base: WordLists, added: Partial<Record<keyof WordLists, readonly string[]>>): WordLists {
  const merged: Record<string, readonly string[]> = { ...base };
  for (const name of WORD_LIST_NAMES) {
    const extra = added[name];
    if (extra === undefined || extra.length === 0) continue;
    merged[name] = [...base[name], ...extra.filter((word) => !base[name].includes(word))];
  }
  return merged as unknown as WordLists;
}
