import { ACTUAL_WORDS, BASELINE_WORDS, BREAKDOWN_WORDS, PER_CAPITA, TO_TARGET_WORDS } from '../catalogue/index.js';
import type { Kind, Status, Tier } from './types.js';
import { lastEndOfAny, wordIndex } from './word-index.js';
import { allMatches } from '../patterns.js';
import { BUILT_IN_LEXICON, type Lexicon } from './lexicon.js';


/**
 * Whether the words before a figure make it an increment, a stock or say nothing. Strong
 * cues (累计 stock, 新建/新增/增长N stock change) win over the nearest weak one (达到 stock,
 * 建成/完成 increment). `windows` go from nearest (the clause) to farthest (the sentence).
 *
 * @example
 * flowKind(['全市5G基站达到']) // → 'stock'
 * flowKind(['新建5G基站达到']) // → 'increment'
 */
export function flowKind(windows: readonly string[], lexicon: Lexicon = BUILT_IN_LEXICON): 'increment' | 'stock' | null {
  return flowEvidence(windows, lexicon)?.kind ?? null;
}

// the lists indexed once: every figure asks about them (the flow, tier, cap and change words
// come from the catalogue's lexicon, so a user's catalogue can add to them)
const BASELINE_INDEX = wordIndex(BASELINE_WORDS);

/** A change verb followed by 到/至 names the level reached (增加到260家, 提高至85%): a stock. */
const REACHED = /^(到|至|为)/;
/** A task's amount (建设任务, 任务数, 任务总数) just before the figure's 为. */
const TASK_AMOUNT = /任务(总数|数)?$/;

/**
 * The flow kind with its strength: `strong` when a strong cue decided it (累计, 新建, 增长N),
 * weak when only the nearest weak word did (达到, 建成). Null when no window says anything.
 */
export function flowEvidence(windows: readonly string[], lexicon: Lexicon = BUILT_IN_LEXICON): { kind: 'increment' | 'stock'; strong: boolean } | null {
  for (const text of windows) {
    const strongStock = lastEndOfAny(lexicon.strongStock, text);
    const strongIncrement = lastEndOfAny(lexicon.strongIncrement, text);
    if (strongStock >= 0 || strongIncrement >= 0) {
      if (strongStock > strongIncrement) return { kind: 'stock', strong: true };
      // (a task's amount stated with 为, 建设任务为3.2万亩, is the amount to add, not a level reached)
      return { kind: REACHED.test(text.slice(strongIncrement)) && !TASK_AMOUNT.test(text.slice(0, strongIncrement)) ? 'stock' : 'increment', strong: true };
    }
    const stock = lastEndOfAny(lexicon.stock, text);
    const increment = lastEndOfAny(lexicon.increment, text);
    if (stock >= 0 || increment >= 0) {
      if (stock > increment) return { kind: 'stock', strong: false };
      if (REACHED.test(text.slice(increment)) || asOf(windows, lexicon)) return { kind: 'stock', strong: false };
      return { kind: 'increment', strong: false };
    }
  }
  // no verb at all, but dated as of a day (截至目前,全县高新技术企业47户): the count standing then
  return asOf(windows, lexicon) ? { kind: 'stock', strong: false } : null;
}

/** Whether the widest window dates the figure as of a day (截至6月底) without keeping it to a period (今年). */
function asOf(windows: readonly string[], lexicon: Lexicon): boolean {
  const widest = windows[windows.length - 1] ?? '';
  return lastEndOfAny(lexicon.asOf, widest) >= 0 && lastEndOfAny(lexicon.period, widest) < 0;
}

/** Whether the words before a figure cap it (控制在 … 以内). */
export function isCapped(before: string, lexicon: Lexicon = BUILT_IN_LEXICON): boolean {
  return lexicon.cap.some((word) => before.includes(word));
}

/** Whether the words before a percent make it a change (增长 8%) rather than a level. */
export function isChange(before: string, lexicon: Lexicon = BUILT_IN_LEXICON): boolean {
  const tail = before.slice(-8);
  return lexicon.growth.some((word) => {
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
export function tierOf(sentenceBefore: string, lexicon: Lexicon = BUILT_IN_LEXICON): Tier {
  const ensure = lastEndOfAny(lexicon.ensure, sentenceBefore);
  const strive = lastEndOfAny(lexicon.strive, sentenceBefore);
  if (ensure < 0 && strive < 0) return 'plain';
  return ensure > strive ? 'ensure' : 'strive';
}

/**
 * Target (a plan) or actual (a result already reached): 已建成, 截至, 上年 … before the figure,
 * a year before the plan year, or the baseline of a 由 X 提高到 Y pair.
 */
export function statusOf(clauseBefore: string, planYear: number | null, baseline: boolean): Status {
  if (baseline) return 'actual';
  // 较2020年 / 比上年 name the base of a comparison, not the time of the figure
  const text = withoutComparisonBases(clauseBefore);
  if (ACTUAL_WORDS.some((word) => text.includes(word))) return 'actual';
  const year = yearMentioned(text);
  if (year === null || planYear === null) return 'target';
  const at = text.lastIndexOf(String(year));
  const before = text.slice(Math.max(0, at - 2), at);
  // 截至2024年6月底 "as of": a reported figure unless the date lies after the plan year
  if (/(截至|截止)\s*$/.test(before)) return year <= planYear ? 'actual' : 'target';
  // 到2025年 / 2025年前 name a deadline, not a past year
  const deadline = /(到|至)\s*$/.test(before) || /^\s*年[底末]?(前|以前)/.test(text.slice(at + 4, at + 9));
  return year < planYear && !deadline ? 'actual' : 'target';
}

/** Drop `较2020年`, `比上年`, `同比`, `比2022年末` …: the base a change is measured from. */
export function withoutComparisonBases(text: string): string {
  return text.replace(/(较|比|相比|同比|与)\s*((?:19|20)\d{2}\s*年[末底度]?|上年[末底度]?|去年[末底]?|上一年|基期年?)/g, '');
}

/** The last year written in a text (`到2025年`, `2022年底`), ignoring comparison bases; or null. */
export function yearMentioned(text: string): number | null {
  // asked for every figure, of windows that mostly name no year at all
  if (!text.includes('年')) return null;
  const last = allMatches(YEAR_WRITTEN, withoutComparisonBases(text)).at(-1);
  return last === undefined ? null : Number(last[1]);
}

const YEAR_WRITTEN = /((?:19|20)\d{2})\s*年/g;

/**
 * The time phrase that opens a sentence and governs all its clauses (`截至2024年6月底,…`,
 * `到2026年,…`, `2023年,…`, `过去一年,…`), or ''.
 */
export function leadingTimePhrase(sentence: string): string {
  const match = /^\s*(截至|截止|到|至|在|于)?\s*((?:19|20)\d{2}\s*年(\d{1,2}月)?(底|末|年底|年末|上半年|前)?|过去一年|去年|上年|今年|明年)/.exec(sentence);
  return match ? match[0].trim() : '';
}

/**
 * Whether a figure is the baseline of a 由 X 提高到 Y pair: 由/从 before it in its segment and
 * a 提高到-type word right after it.
 *
 * @example
 * isBaseline('绿色建筑占比由2022年的', '提高到85%') // → true
 */
export function isBaseline(segmentBefore: string, after: string): boolean {
  const from = lastEndOfAny(BASELINE_INDEX, segmentBefore);
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
  /** The catalogue's words (the built-in ones when left out). */
  readonly lexicon?: Lexicon;
}): Kind | 'increment-or-stock' {
  const lexicon = input.lexicon ?? BUILT_IN_LEXICON;
  if (input.quantityDimension === 'percent_point') return 'growth';
  if (input.quantityDimension === 'percent' && !input.indicatorIsPercent) return 'growth';
  if (input.quantityDimension === 'percent' && isChange(input.segmentBefore, lexicon)) return 'growth';
  if (input.quantityDimension === 'percent') {
    // 失业率控制在3%以内: a ceiling on a rate
    return input.comparator === '<=' || input.comparator === '<' || isCapped(input.segmentBefore, lexicon) ? 'cap' : 'rate';
  }
  // 每千人口拥有托位4.5个, 人均…: a ratio written as a count
  if (input.windows.slice(0, 2).some((text) => PER_CAPITA.test(text))) return 'rate';
  if (input.comparator === '<=' || input.comparator === '<' || isCapped(input.segmentBefore, lexicon)) return 'cap';
  return flowKind(input.windows, lexicon) ?? 'increment-or-stock';
}

/** A figure introduced by 其中 "of which" is a part of the figure before it, not a target of its own. */
export function isBreakdown(segmentBefore: string): boolean {
  return BREAKDOWN_OPENING.test(segmentBefore) || BREAKDOWN_NEAR.test(segmentBefore);
}

const BREAKDOWN_ALTERNATIVES = BREAKDOWN_WORDS.join('|');
const BREAKDOWN_OPENING = new RegExp(`^[,，、;；\\s]*(${BREAKDOWN_ALTERNATIVES})`);
const BREAKDOWN_NEAR = new RegExp(`(${BREAKDOWN_ALTERNATIVES})[^,，。;；]{0,12}$`);

/** A bound word standing before the verb (`至少新建8个`) bounds the figure after it. */
export function boundBefore(clauseBefore: string): '>=' | '<=' | null {
  if (/(至少|不少于|不低于|最少)/.test(clauseBefore)) return '>=';
  if (/(不超过|不高于|最多|至多)/.test(clauseBefore)) return '<=';
  return null;
}

/**
 * The time a section heading looks back on (`一、2023年工作回顾`, `过去五年工作回顾`,
 * `上年工作完成情况`), as a time phrase for its figures, or '' for a section about the plan.
 *
 * @example
 * retrospectiveTime('一、2023年工作回顾', 2024) // → '2023年'
 * retrospectiveTime('二、2024年主要目标和重点工作', 2024) // → ''
 */
export function retrospectiveTime(heading: string, planYear: number | null): string {
  if (!/(回顾|总结|成效|成绩|完成情况|过去一年|过去五年|上年工作|去年工作)/.test(heading)) return '';
  const year = yearMentioned(heading);
  if (year !== null) return planYear !== null && year >= planYear ? '' : `${year}年`;
  return planYear === null ? '' : `${planYear - 1}年`;
}
