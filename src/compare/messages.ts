/**
 * The words of the `compare` stage: comparability flags (a stable code plus plain Chinese and
 * English text) and the line naming a region without a denominator; the errors thrown for
 * misuse are the catalogue's (`COMPARE_ERRORS` in `src/messages.ts`). Flags travel as codes in
 * the records; reports turn them into text with `describeFlag`.
 */
import { METRIC_DEFS } from '../regions/index.js';
import { COMPARE_ERRORS } from '../messages.js';
import type { Language } from '../options.js';
import type { DenominatorGap } from './denominators.js';

/** Comparability flags with their plain-language text. Adding a flag is adding a row. */
export const FLAG_MESSAGES = {
  'kind-mismatch': {
    zh: '该地区此指标只有其他类型的数字(如累计数、新增数),不与本组一起排名',
    en: 'this region has figures of another kind only (e.g. a stock beside increments); not ranked with this set',
  },
  'status-mismatch': {
    zh: '该地区此指标只有已完成数(或只有目标数),不与本组一起排名',
    en: 'this region has figures of another status only (actual vs target); not ranked with this set',
  },
  'mentioned-only': {
    zh: '文件提到了这项任务,但没有给出数字',
    en: 'the document names this task but gives no figure',
  },
  absent: {
    zh: '文件中没有这项指标',
    en: 'the indicator does not appear in this region’s document',
  },
  'several-observations': {
    zh: '同一地区有多个同类数字,按规则取其一,其余列为备选',
    en: 'the region has several figures of this kind; one was chosen by rule, the others are listed as alternatives',
  },
  'bound-at-least': { zh: '数字是下限(以上、不少于),按该值排名', en: 'the figure is a floor (>=); ranked at that value' },
  'bound-more-than': { zh: '数字是下限(超过、突破),按该值排名', en: 'the figure is exceeded (>); ranked at that value' },
  'bound-at-most': { zh: '数字是上限(以内、不超过),按该值排名', en: 'the figure is a ceiling (<=); ranked at that value' },
  'bound-less-than': { zh: '数字是上限(低于、少于),按该值排名', en: 'the figure is a strict ceiling (<); ranked at that value' },
  'bound-approximate': { zh: '数字是约数(左右、约),按该值排名', en: 'the figure is approximate (~); ranked at that value' },
  'bound-range': { zh: '数字是区间,按下端排名', en: 'the figure is a range; ranked at its lower end' },
  'level-mismatch': {
    zh: '行政级别与本组多数地区不同(如地级市与县区并列)',
    en: 'administrative level differs from most of the set (e.g. a prefecture beside counties)',
  },
  'view-not-applicable': {
    zh: '比率和增速不按人口、面积或GDP折算,按原值比较',
    en: 'rates and growth are not divided by population, area or GDP; compared as written',
  },
  'region-unknown': { zh: '参考表中没有这个地区,无法折算', en: 'the region is not in the reference table; no denominator' },
  'region-renamed': {
    zh: '参考数据中该地区的区划代码不同（如撤县设市后改了代码），按同一地级市内的名称匹配',
    en: 'the reference data code this region differently (e.g. a county turned city after they were made); matched by name within its prefecture',
  },
  'region-ambiguous': {
    zh: '参考表中有多个同名地区,无法确定分母',
    en: 'several regions of the reference table share this name; no denominator',
  },
  'denominator-missing': {
    zh: '缺少该地区的分母数据,不作折算',
    en: 'the reference table has no figure for this denominator; not normalised',
  },
  'denominator-zero': { zh: '分母为零,不作折算', en: 'the denominator is zero; not normalised' },
  'denominator-stale': {
    zh: '分母年份与计划年份相差较远(默认超过两年)',
    en: 'the denominator’s year is far from the plan year (more than 2 years by default)',
  },
  'denominator-undated': { zh: '分母数据没有年份', en: 'the denominator figure has no year' },
  'denominator-disputed': {
    zh: '分母数据来源说法不一或口径不明',
    en: 'sources disagree on the denominator or its scope is unclear',
  },
  'other-scope-unit': {
    zh: '该单位是功能区（开发区等）或其他非行政区单位：人口、面积口径与县区不同，比值可能偏高或偏低；所在县区的报告常把它算在内',
    en: 'a development zone or other non-formal unit: its population and area have another scope than a county’s, so ratios can be extreme; its host county’s reports often include it',
  },
  'low-coverage': {
    zh: '有数字的指标太少,不计算综合得分',
    en: 'too few indicators have figures; no composite score',
  },
  'partial-coverage': {
    zh: '综合得分只用了部分指标(按可用指标加权平均)',
    en: 'the composite averages the available indicators only',
  },
  'rank-unstable': {
    zh: '换用不同标准化方法、折算口径或权重时,排名变化超过半数名次',
    en: 'across normalisation methods, views and weights the rank moves over at least half the field',
  },
  'never-ranked': { zh: '在所有情形下都没有综合排名', en: 'ranked in no scenario' },
  'no-peers': { zh: '没有可比的同类地区', en: 'no peer region has a comparable value' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

/** A comparability flag code, e.g. `denominator-stale`. */
export type FlagCode = keyof typeof FLAG_MESSAGES;


/**
 * The plain-language text of a flag.
 *
 * @example
 * describeFlag('denominator-zero', 'en') // → 'the denominator is zero; not normalised'
 * describeFlag('bound-range') // → '数字是区间,按下端排名'
 */
export function describeFlag(code: FlagCode, language: Language = 'zh'): string {
  return FLAG_MESSAGES[code][language];
}

/** Thrown messages (tier 1 misuse): kept in the one catalogue, `src/messages.ts`. */
export const errors = COMPARE_ERRORS;

/** What the user can do about a missing denominator, in one phrase. */
export const GAP_FIX = 'fix: `regionbench regions import FILE` (census, national table), or `regionbench regions template PATHS > regions.csv`, fill it in and pass `--regions regions.csv`';

/** The fix when only GDP is missing: no national source to import it from. */
export const GDP_FIX = 'fix: `regionbench regions template PATHS > regions.csv`, fill in GDP and pass `--regions regions.csv`';

/** The words of a gap line in each language: the fixes, the views a metric divides, the sentence frames. */
const GAP_WORDS = {
  en: {
    fix: GAP_FIX,
    gdpFix: GDP_FIX,
    views: { resident_population: 'per-capita', land_area: 'per-km²', gdp: 'per-GDP' },
    list: ', ',
    unknown: (who: string, metrics: string) => `${who} is not in the reference data: no ${metrics}`,
    missing: (who: string, metrics: string) => `${who} has no ${metrics} figure`,
    line: (what: string, views: string, fix: string) => `${what}; left out of ${views} rankings; ${fix}`,
  },
  zh: {
    fix: '办法：`regionbench regions import FILE`（普查数据、全国参考表），或 `regionbench regions template PATHS > regions.csv`，填好后用 `--regions regions.csv` 传入',
    gdpFix: '办法：`regionbench regions template PATHS > regions.csv`，填好GDP后用 `--regions regions.csv` 传入',
    views: { resident_population: '人均', land_area: '地均', gdp: '单位GDP' },
    list: '、',
    unknown: (who: string, metrics: string) => `${who} 不在参考数据中：没有${metrics}`,
    missing: (who: string, metrics: string) => `${who} 没有${metrics}数字`,
    line: (what: string, views: string, fix: string) => `${what}；不参加${views}排名；${fix}`,
  },
} as const satisfies Record<Language, unknown>;

/**
 * One line for a region without some denominator, in English (the diagnostics table's) or
 * Chinese.
 *
 * @example
 * gapLine({ region: '德清县', region_code: '330521', region_level: 'county', metrics: ['resident_population', 'land_area'], unknown: true })
 * // → '德清县 (330521) is not in the reference data: no resident population, land area; left out of per-capita, per-km² rankings; fix: …'
 * gapLine({ region: '德清县', region_code: '', region_level: 'county', metrics: ['gdp'], unknown: false }, 'zh').split('；')[0] // → '德清县 没有地区生产总值数字'
 */
export function gapLine(gap: DenominatorGap, lang: Language = 'en'): string {
  const words = GAP_WORDS[lang];
  const who = `${gap.region}${gap.region_code === '' ? '' : ` (${gap.region_code})`}`;
  const metrics = gap.metrics.map((metric) => (lang === 'zh' ? METRIC_DEFS[metric].name_zh : METRIC_DEFS[metric].name_en)).join(words.list);
  const what = gap.unknown ? words.unknown(who, metrics) : words.missing(who, metrics);
  const fix = gap.metrics.every((metric) => metric === 'gdp') ? words.gdpFix : words.fix;
  return words.line(what, gap.metrics.map((metric) => words.views[metric]).join(words.list), fix);
}
