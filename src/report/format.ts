/**
 * Numbers and units as a planner reads them.
 *
 * Chinese (`zh`): the 万/亿 scale words, no thousands separator, unit written straight after
 * the number: 34,270,000 m³ → `3427万立方米`, 305,000,000 m³ → `3.05亿立方米`, 250,000 m² →
 * `25万平方米`, 1,500 → `1500`. A value of 10,000 or more is divided by 10⁴ (万), 10⁸ (亿) or
 * 10¹² (万亿) and shown with at most 4 significant digits (trailing zeros dropped); smaller
 * values keep 4 significant digits too (9691.17 → `9691`, 91.34 → `91.34`).
 * English (`en`): thousands separators, `million`/`billion` from 10⁶ on, unit after a space
 * (`34.27 million m³`, `9,691`), `%` attached.
 * Bounds are written as symbols before the figure: `≥`, `>`, `≤`, `<`, `约`/`≈`, and a range
 * as `low–high`.
 */
import { INDICATOR_UNITS, isIndicatorUnit } from '../catalogue/index.js';
import type { Language, Per } from '../compare/index.js';
import type { Polarity } from '../catalogue/index.js';
import type { Comparator } from '../quantities/index.js';

const ZH_SCALES = [
  { factor: 1e12, word: '万亿' },
  { factor: 1e8, word: '亿' },
  { factor: 1e4, word: '万' },
] as const;

const EN_SCALES = [
  { factor: 1e9, word: ' billion' },
  { factor: 1e6, word: ' million' },
] as const;

/**
 * Significant digits shown by default.
 *
 * @example
 * formatNumber(9691.17, 'zh') === formatNumber(9691.17, 'zh', SIGNIFICANT_DIGITS) // → true
 */
export const SIGNIFICANT_DIGITS = 4;

function significant(value: number, digits: number): number {
  if (value === 0) return 0;
  return Number(value.toPrecision(digits));
}

function plain(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(12).replace(/\.?0+$/, '') : text;
}

function grouped(value: number): string {
  const [whole = '', fraction] = plain(Math.abs(value)).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${withCommas}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Format a number the way the language writes it (see the module comment).
 *
 * @example
 * formatNumber(305000000, 'zh') // → '3.05亿'
 * formatNumber(1500, 'zh') // → '1500'
 * formatNumber(34270000, 'en') // → '34.27 million'
 * formatNumber(154.78, 'zh', 6) // → '154.78'
 */
export function formatNumber(value: number, lang: Language, digits: number = SIGNIFICANT_DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (lang === 'zh') {
    const scale = ZH_SCALES.find((candidate) => size >= candidate.factor);
    if (scale !== undefined) return `${plain(significant(value / scale.factor, digits))}${scale.word}`;
    return plain(significant(value, digits));
  }
  const scale = EN_SCALES.find((candidate) => size >= candidate.factor);
  if (scale !== undefined) return `${grouped(significant(value / scale.factor, digits))}${scale.word}`;
  return grouped(size >= 10 ** digits ? Math.round(value) : significant(value, digits));
}

/**
 * The name of an indicator unit (`m2`, `station`, `percent` …) in the language; unknown ids
 * are returned as they are.
 *
 * @example
 * unitLabel('m3', 'zh') // → '立方米'
 * unitLabel('station', 'en') // → 'stations'
 */
export function unitLabel(unit: string, lang: Language): string {
  return isIndicatorUnit(unit) ? INDICATOR_UNITS[unit][lang] : unit;
}

/** Denominator units of the views: Chinese name, and how English writes the figure (multiplied out). */
const DENOMINATOR_UNITS: Readonly<Record<string, { readonly zh: string; readonly en: string; readonly en_factor: number; readonly per_en: string }>> = {
  万人: { zh: '万人', en: 'people', en_factor: 1e4, per_en: 'per 10,000 residents' },
  km2: { zh: '平方公里', en: 'km²', en_factor: 1, per_en: 'per km²' },
  亿元: { zh: '亿元', en: 'yuan', en_factor: 1e8, per_en: 'per 100 million yuan of GDP' },
};

/**
 * A denominator figure with its unit (value in 万人, km² or 亿元 as the region table holds
 * it); English multiplies 万 and 亿 out.
 *
 * @example
 * formatDenominator(154.78, '万人', 'zh') // → '154.78万人'
 * formatDenominator(154.78, '万人', 'en') // → '1.5478 million people'
 * formatDenominator(1495.14, 'km2', 'en') // → '1,495.14 km²'
 */
export function formatDenominator(value: number, unit: string, lang: Language): string {
  // a reference table's 67.9333万人 is written 67.93万人: two decimals of the table's own scale
  const shown = Math.round(value * 100) / 100;
  const names = DENOMINATOR_UNITS[unit];
  if (names === undefined) return withUnit(formatNumber(shown, lang, 6), unit, lang);
  if (lang === 'zh') return `${formatNumber(shown, lang, 6)}${names.zh}`;
  return `${formatNumber(shown * names.en_factor, lang, 6)} ${names.en}`;
}

/** Whether an indicator unit counts things (个, 家, 头 …): such figures are written whole. */
export function isCountUnit(unit: string): boolean {
  return isIndicatorUnit(unit) && INDICATOR_UNITS[unit].dimension === 'count';
}

/**
 * The figure a region would have to write to match a benchmark, as a planner writes it: a
 * count is whole, rounded towards the better side (a needed 645.5个 is 646个 when more is
 * better; a cap of 12.7个 is 12个 when less is better); other units are kept as computed.
 *
 * @example
 * neededFigure(645.5, 'station', 'higher_is_better') // → 646
 * neededFigure(12.7, 'station', 'lower_is_better') // → 12
 * neededFigure(2.894, 'm3', 'higher_is_better') // → 2.894
 */
export function neededFigure(value: number, unit: string, polarity: Polarity): number {
  if (!isCountUnit(unit)) return value;
  // 1e-9 absorbs floating error: 2.0000000001 needed firms are 2, not 3
  return polarity === 'higher_is_better' ? Math.ceil(value - 1e-9) : Math.floor(value + 1e-9);
}

/**
 * The unit a difference is written in: a difference of two rates in % is in 个百分点
 * (percentage points), any other unit is its own.
 *
 * @example
 * differenceUnitLabel('percent', 'zh') // → '个百分点'
 * differenceUnitLabel('m3', 'zh') // → '立方米'
 */
export function differenceUnitLabel(unit: string, lang: Language): string {
  return unitLabel(unit === 'percent' ? 'percent_point' : unit, lang);
}

/** Words around a gap to a benchmark: what the region has to do, or how far it is ahead. */
const GAP_WORDS = {
  zh: { raise: '需提高', lower: '需压减', above: '比中位数多', below: '比中位数少', even: '与中位数持平' },
  en: { raise: 'to raise by', lower: 'to lower by', above: 'above the median by', below: 'below the median by', even: 'level with the median' },
} as const;

/**
 * A region's gap to its peers' median in words, in the indicator's unit (`target` is the
 * figure at the median, `value` the region's own): `需提高646个` when more is better and the
 * figure falls short, `需压减4097万立方米` for a cap above the median (less is better, so the
 * cap has to come down), `比中位数多…` / `比中位数少…` when the region is already on the good
 * side (for a cap, below the median is good); a rate's gap in 个百分点; a count's gap whole (from the needed figure, rounded
 * as `neededFigure` does).
 *
 * @example
 * formatGap(645.5, 0, 'station', 'higher_is_better', 'zh') // → '需提高646个'
 * formatGap(200000000, 240970000, 'm3', 'lower_is_better', 'zh') // → '需压减4097万立方米'
 * formatGap(93.5, 91.03, 'percent', 'higher_is_better', 'zh') // → '需提高2.47个百分点'
 */
export function formatGap(target: number, value: number, unit: string, polarity: Polarity, lang: Language): string {
  const words = GAP_WORDS[lang];
  const raw = neededFigure(target, unit, polarity) - value;
  const gap = isCountUnit(unit) ? Math.round(raw) : raw;
  if (Math.abs(gap) < 1e-9) return words.even;
  const amount = withUnit(formatNumber(Math.abs(gap), lang), differenceUnitLabel(unit, lang), lang);
  const behind = polarity === 'higher_is_better' ? gap > 0 : gap < 0;
  const word = behind ? (gap > 0 ? words.raise : words.lower) : (gap > 0 ? words.below : words.above);
  return lang === 'zh' ? `${word}${amount}` : `${word} ${amount}`;
}

/**
 * The unit of a value in one view: the indicator unit, over the view's denominator.
 *
 * @example
 * viewUnitLabel('m2', 'capita', 'zh') // → '平方米/万人'
 * viewUnitLabel('m2', 'capita', 'en') // → 'm² per 10,000 residents'
 * viewUnitLabel('percent', 'none', 'zh') // → '%'
 */
export function viewUnitLabel(unit: string, per: Per, lang: Language): string {
  const base = unitLabel(unit, lang);
  const denominator = { none: null, capita: '万人', area: 'km2', gdp: '亿元' }[per];
  if (denominator === null) return base;
  const names = DENOMINATOR_UNITS[denominator];
  if (names === undefined) return base;
  return lang === 'zh' ? `${base}/${names.zh}` : `${base} ${names.per_en}`;
}

/**
 * A number with its unit: no space in Chinese, a space in English except for `%`.
 *
 * @example
 * withUnit('3.05亿', '立方米', 'zh') // → '3.05亿立方米'
 * withUnit('65', '%', 'en') // → '65%'
 */
export function withUnit(number: string, unit: string, lang: Language): string {
  if (unit === '') return number;
  return lang === 'zh' || unit === '%' ? `${number}${unit}` : `${number} ${unit}`;
}

/** How each comparator is written before a figure. */
const COMPARATOR_PREFIX: Readonly<Record<Comparator, { readonly zh: string; readonly en: string }>> = {
  '=': { zh: '', en: '' },
  '>=': { zh: '≥', en: '≥' }, // 以上 "or more"
  '>': { zh: '>', en: '>' }, // 超过 "over"
  '<=': { zh: '≤', en: '≤' }, // 以内 "within"
  '<': { zh: '<', en: '<' }, // 低于 "below"
  '~': { zh: '约', en: '≈' }, // 左右 "about"
  range: { zh: '', en: '' },
};

/** A figure as the comparison holds it: value (a range's lower end), upper end, comparator. */
export interface Figure {
  readonly value: number;
  readonly value_high?: number | null;
  readonly comparator?: Comparator | null;
}

/**
 * A figure with its bound and unit, in the language: `≥25万平方米`, `约500个`, `1万–2万头`.
 * `unit` is the label to append (see `unitLabel`, `viewUnitLabel`).
 *
 * @example
 * formatFigure({ value: 250000, comparator: '>=' }, '平方米', 'zh') // → '≥25万平方米'
 * formatFigure({ value: 305000000, comparator: '<=' }, 'm³', 'en') // → '≤305 million m³'
 * formatFigure({ value: 10000, value_high: 30000, comparator: 'range' }, '头', 'zh') // → '1万–3万头'
 */
export function formatFigure(figure: Figure, unit: string, lang: Language, digits: number = SIGNIFICANT_DIGITS): string {
  const comparator = figure.comparator ?? '=';
  const low = formatNumber(figure.value, lang, digits);
  const number = comparator === 'range' && figure.value_high !== null && figure.value_high !== undefined
    ? `${low}–${formatNumber(figure.value_high, lang, digits)}`
    : low;
  return `${COMPARATOR_PREFIX[comparator][lang]}${withUnit(number, unit, lang)}`;
}

/**
 * The Vega expression that writes axis labels like `formatNumber` does (万/亿 in Chinese,
 * million/billion in English), for `axis.labelExpr`.
 *
 * @example
 * axisLabelExpr('zh').includes("'亿'") // → true
 */
export function axisLabelExpr(lang: Language): string {
  if (lang === 'zh') {
    return "abs(datum.value) >= 1e8 ? format(datum.value / 1e8, '.4~r') + '亿' : abs(datum.value) >= 1e4 ? format(datum.value / 1e4, '.4~r') + '万' : format(datum.value, '.4~r')";
  }
  return "abs(datum.value) >= 1e9 ? format(datum.value / 1e9, '.3~r') + 'bn' : abs(datum.value) >= 1e6 ? format(datum.value / 1e6, '.3~r') + 'm' : format(datum.value, ',.4~r')";
}

/** d3-format's `.{digits}~r` (optionally with `,` grouping): significant digits, trailing zeros dropped, `−` for negatives. */
function roundedText(value: number, digits: number, group: boolean): string {
  const rounded = significant(value, digits);
  const magnitude = Math.abs(rounded);
  const text = group ? grouped(magnitude) : plain(magnitude);
  return rounded < 0 ? `\u2212${text}` : text;
}

/**
 * An axis tick label written by the same rule as `axisLabelExpr`, for charts drawn without
 * Vega: Chinese 万/亿 with 4 significant digits, English `m`/`bn` with 3 and thousands
 * separators below a million; negative numbers with a minus sign (−) as Vega writes them.
 *
 * @example
 * axisNumber(25000, 'zh') // → '2.5万'
 * axisNumber(300000000, 'zh') // → '3亿'
 * axisNumber(12000, 'en') // → '12,000'
 * axisNumber(-2, 'en') // → '−2'
 */
export function axisNumber(value: number, lang: Language): string {
  const size = Math.abs(value);
  if (lang === 'zh') {
    if (size >= 1e8) return `${roundedText(value / 1e8, 4, false)}亿`;
    if (size >= 1e4) return `${roundedText(value / 1e4, 4, false)}万`;
    return roundedText(value, 4, false);
  }
  if (size >= 1e9) return `${roundedText(value / 1e9, 3, false)}bn`;
  if (size >= 1e6) return `${roundedText(value / 1e6, 3, false)}m`;
  return roundedText(value, 4, true);
}
