/**
 * Data for tracking targets against results (`src/tracking`): which result kinds can judge a
 * target of each kind, the tolerance of a `~` (左右) target, the words of a part-year result,
 * which genres to trust first for a result, and every verdict and change in Chinese and English.
 * Data only: a new verdict or kind pairing is a new row.
 */
import type { Genre } from './genres.js';
import type { KINDS } from './schema.js';

type Kind = (typeof KINDS)[number];

/**
 * The result kinds that can judge a target of each kind: an increment by the year's increment,
 * a cap (控制在…以内) by the year's total or level (a stock such as 用水总量, or a rate such as
 * 失业率), a stock by a stock, a rate by a rate, a growth by a growth.
 */
export const JUDGING_KINDS: Readonly<Record<Exclude<Kind, 'mentioned'>, readonly Kind[]>> = {
  increment: ['increment'],
  cap: ['stock', 'rate', 'cap'],
  stock: ['stock'],
  rate: ['rate'],
  growth: ['growth'],
};

/**
 * A `~` target (6%左右 "about 6%") is met when the result lies within this share of the target
 * value on either side (6%左右: 5.7 to 6.3); an approximate result (近, 约) that close to a
 * target cannot decide it either way.
 */
export const ABOUT_TOLERANCE = 0.05;

/**
 * Words of a result for part of the year, besides `PARTIAL_YEAR` (`1-8月`, `前5个月`) in
 * `semantics.ts`: 上半年 "first half", 前三季度 "first three quarters", 一季度 "first quarter",
 * and 截至X月 / 截至X月底 "as of the end of month X" (month 12 is the whole year, 截至12月底).
 */
export const PART_YEAR_WORDS = ['上半年', '前三季度', '一季度', '第一季度', '前两季度', '前两个月', '年中'] as const;
/** 截至6月底, 截止9月末, 截至10月: as of a month before the twelfth. */
export const AS_OF_MONTH = /(截至|截止|到)\s*(?:\d{4}\s*年\s*)?(1[01]|[1-9])\s*月\s*[底末]?/;

/**
 * Which document to trust for a result when several report the same year's figure: the
 * statistical bulletin first, then the work report's review, then a plan's look-back, then news.
 */
export const RESULT_GENRE_ORDER: readonly Genre[] = ['bulletin', 'work_report', 'plan', 'news', 'other'];

/** Verdicts of a tracking row. */
export const VERDICTS = ['exceeded', 'met', 'not_met', 'in_progress', 'undetermined', 'kind_mismatch', 'no_result', 'dropped'] as const;
/** One of `VERDICTS`. */
export type Verdict = (typeof VERDICTS)[number];

/** Changes of a region's target for an indicator from one year to the next. */
export const TARGET_CHANGES = ['raised', 'kept', 'lowered', 'new', 'dropped'] as const;
/** One of `TARGET_CHANGES`. */
export type TargetChange = (typeof TARGET_CHANGES)[number];

/** Changes of a result from one year to the next. */
export const RESULT_CHANGES = ['rose', 'unchanged', 'fell'] as const;
/** One of `RESULT_CHANGES`. */
export type ResultChange = (typeof RESULT_CHANGES)[number];

/** A phrase in both languages. */
export interface Wording {
  readonly zh: string;
  readonly en: string;
}

/** What each verdict says. */
export const VERDICT_WORDS: Readonly<Record<Verdict, Wording>> = {
  exceeded: { zh: '超额完成', en: 'exceeded' },
  met: { zh: '完成', en: 'met' },
  not_met: { zh: '未完成', en: 'not met' },
  in_progress: { zh: '年中进度，尚不能判定完成情况', en: 'progress during the year, not yet attainment' },
  undetermined: { zh: '无法判定', en: 'cannot be judged' },
  kind_mismatch: { zh: '口径不一致，无法判定', en: 'kinds differ, cannot be judged' },
  no_result: { zh: '未见报告结果', en: 'no result reported' },
  dropped: { zh: '本年未再设目标', en: 'no target set this year' },
};

/**
 * How a target's tier colours the verdict: missing a 确保 target ("ensure", a floor the region
 * committed to) is a failure of a commitment; missing a 力争 target ("strive", a stretch goal) is
 * falling short of an ambition; a plain target is said plainly.
 */
export const TIER_VERDICT_WORDS: Readonly<Record<'ensure' | 'strive', Partial<Record<Verdict, Wording>>>> = {
  ensure: {
    not_met: { zh: '未完成确保目标', en: 'a committed (确保) floor was not met' },
    met: { zh: '完成确保目标', en: 'the committed (确保) floor was met' },
    exceeded: { zh: '超额完成确保目标', en: 'the committed (确保) floor was exceeded' },
  },
  strive: {
    not_met: { zh: '未达到力争目标', en: 'fell short of a stretch (力争) goal' },
    met: { zh: '实现力争目标', en: 'the stretch (力争) goal was reached' },
    exceeded: { zh: '超过力争目标', en: 'the stretch (力争) goal was surpassed' },
  },
};

/** Reasons added to a verdict. */
export const TRACKING_REASONS = {
  strictFloorEqual: { zh: '目标为“超过”，结果与目标持平', en: 'the target is "more than" and the result equals it' },
  strictCapEqual: { zh: '目标为“低于”，结果与目标持平', en: 'the target is "below" and the result equals it' },
  withinTolerance: { zh: '在目标“左右”的±{tolerance}范围内', en: 'within ±{tolerance} of an "about" target' },
  withinRange: { zh: '在目标区间内', en: 'within the target range' },
  lowerBoundShort: { zh: '结果只说“超过”一个低于目标的数，无法判定', en: 'the result is only "more than" a figure below the target' },
  upperBoundOver: { zh: '结果只说“不到”一个高于上限的数，无法判定', en: 'the result is only "less than" a figure above the cap' },
  approximateClose: { zh: '结果为约数（近、约），与目标相差不足±{tolerance}', en: 'the result is approximate (近, 约) and within ±{tolerance} of the target' },
  kindMismatch: { zh: '目标为{target}，结果只有{result}', en: 'the target is {target}, the result only {result}' },
  partYear: { zh: '结果为年内部分时段（{when}）', en: 'the result covers part of the year ({when})' },
  pageInYear: { zh: '结果所在页面发布于{when}，早于年末', en: 'the result\'s page is dated {when}, before the year ended' },
  noTargetValue: { zh: '目标没有数值', en: 'the target has no figure' },
} as const satisfies Record<string, Wording>;

/** Kinds in words, for the reasons above. */
export const KIND_WORDS: Readonly<Record<Kind, Wording>> = {
  increment: { zh: '新增量', en: 'an increment' },
  stock: { zh: '累计量', en: 'a stock (total)' },
  cap: { zh: '上限', en: 'a cap' },
  rate: { zh: '比率', en: 'a rate' },
  growth: { zh: '增速', en: 'a growth rate' },
  mentioned: { zh: '仅提及', en: 'a mention' },
};

/** Target changes in words. */
export const TARGET_CHANGE_WORDS: Readonly<Record<TargetChange, Wording>> = {
  raised: { zh: '提高', en: 'raised' },
  kept: { zh: '持平', en: 'kept' },
  lowered: { zh: '降低', en: 'lowered' },
  new: { zh: '新设', en: 'new' },
  dropped: { zh: '取消', en: 'dropped' },
};

/** Result changes in words. */
export const RESULT_CHANGE_WORDS: Readonly<Record<ResultChange, Wording>> = {
  rose: { zh: '上升', en: 'rose' },
  unchanged: { zh: '持平', en: 'unchanged' },
  fell: { zh: '下降', en: 'fell' },
};
