import {
  ACTUAL_WORDS, BASELINE_WORDS, CAP_WORDS, GROWTH_WORDS, INCREMENT_WORDS, STOCK_WORDS, TIER_WORDS, TO_TARGET_WORDS,
} from '../catalogue/semantics.js';
import type { Kind, Status, Tier } from './types.js';

/** Strong cues override the nearest weak one: 累计 is always a stock, 新建 always an increment. */
const STRONG_STOCK = ['累计', '总数', '总量', '存栏', '总规模', '总装机', '保有量'] as const;
const STRONG_INCREMENT = ['新建', '新增', '新培育', '新认定', '新引进', '新开工', '新上', '新改建', '新创建', '新打造', '净增', '增长', '增加', '年内', '全年', '当年', '年度新增'] as const;

function lastIndexOfAny(text: string, words: readonly string[]): number {
  let best = -1;
  for (const word of words) best = Math.max(best, text.lastIndexOf(word) >= 0 ? text.lastIndexOf(word) + word.length : -1);
  return best;
}

/**
 * Whether the words before a figure make it an increment, a stock or say nothing. Strong
 * cues (累计 stock, 新建/新增/增长N stock change) win over the nearest weak one (达到 stock,
 * 建成/完成 increment). `windows` go from nearest (the clause) to farthest (the sentence).
 *
 * @example
 * flowKind(['全市5G基站达到']) // → 'stock'
 * flowKind(['新建5G基站达到']) // → 'increment'
 */
export function flowKind(windows: readonly string[]): 'increment' | 'stock' | null {
  for (const text of windows) {
    const strongStock = lastIndexOfAny(text, STRONG_STOCK);
    const strongIncrement = lastIndexOfAny(text, STRONG_INCREMENT);
    if (strongStock >= 0 || strongIncrement >= 0) return strongStock > strongIncrement ? 'stock' : 'increment';
    const stock = lastIndexOfAny(text, STOCK_WORDS);
    const increment = lastIndexOfAny(text, INCREMENT_WORDS);
    if (stock >= 0 || increment >= 0) return stock > increment ? 'stock' : 'increment';
  }
  return null;
}

/** Whether the words before a figure cap it (控制在 … 以内). */
export function isCapped(before: string): boolean {
  return CAP_WORDS.some((word) => before.includes(word));
}

/** Whether the words before a percent make it a change (增长 8%) rather than a level. */
export function isChange(before: string): boolean {
  const tail = before.slice(-8);
  return GROWTH_WORDS.some((word) => {
    const at = tail.lastIndexOf(word);
    // 提高到 85% is a level reached, 提高 2% a change
    return at >= 0 && !/^(到|至|为|达到)/.test(tail.slice(at + word.length));
  });
}

/**
 * 确保 ensure, 力争/争取 strive, else plain: the nearest tier word before the figure in its sentence.
 *
 * @example
 * tierOf('力争年内新增市级及以上创新平台') // → 'strive'
 */
export function tierOf(sentenceBefore: string): Tier {
  const ensure = lastIndexOfAny(sentenceBefore, TIER_WORDS.ensure);
  const strive = lastIndexOfAny(sentenceBefore, TIER_WORDS.strive);
  if (ensure < 0 && strive < 0) return 'plain';
  return ensure > strive ? 'ensure' : 'strive';
}

/**
 * Target (a plan) or actual (a result already reached): 已建成, 截至, 上年 … before the figure,
 * a year before the plan year, or the baseline of a 由 X 提高到 Y pair.
 */
export function statusOf(clauseBefore: string, planYear: number | null, baseline: boolean): Status {
  if (baseline) return 'actual';
  if (ACTUAL_WORDS.some((word) => clauseBefore.includes(word))) return 'actual';
  const year = yearMentioned(clauseBefore);
  if (year !== null && planYear !== null && year < planYear && !/到|至|前|底/.test(clauseBefore.slice(clauseBefore.lastIndexOf(String(year))))) return 'actual';
  return 'target';
}

/** The last year written in a text (`到2025年`, `2022年底`), or null. */
export function yearMentioned(text: string): number | null {
  let year: number | null = null;
  for (const match of text.matchAll(/((?:19|20)\d{2})\s*年/g)) year = Number(match[1]);
  return year;
}

/**
 * Whether a figure is the baseline of a 由 X 提高到 Y pair: 由/从 before it in its segment and
 * a 提高到-type word right after it.
 *
 * @example
 * isBaseline('绿色建筑占比由2022年的', '提高到85%') // → true
 */
export function isBaseline(segmentBefore: string, after: string): boolean {
  const from = lastIndexOfAny(segmentBefore, BASELINE_WORDS);
  if (from < 0) return false;
  const head = after.slice(0, 6);
  return TO_TARGET_WORDS.filter((word) => word.length > 1).some((word) => head.includes(word));
}

/** The kind of a figure given its indicator's unit dimension and the words around it. */
export function decideKind(input: {
  readonly quantityDimension: string;
  readonly indicatorIsPercent: boolean;
  readonly comparator: string;
  readonly segmentBefore: string;
  readonly windows: readonly string[];
}): Kind | 'increment-or-stock' {
  if (input.quantityDimension === 'percent_point') return 'growth';
  if (input.quantityDimension === 'percent' && !input.indicatorIsPercent) return 'growth';
  if (input.quantityDimension === 'percent' && isChange(input.segmentBefore)) return 'growth';
  if (input.quantityDimension === 'percent') return 'rate';
  if (input.comparator === '<=' || input.comparator === '<' || isCapped(input.segmentBefore)) return 'cap';
  return flowKind(input.windows) ?? 'increment-or-stock';
}
