import type { Kind } from '../indicators/index.js';
import type { RegionMetric } from '../regions/index.js';

/** Comparison views: as written, per 10,000 residents, per km², per 亿元 of GDP. */
export const PERS = ['none', 'capita', 'area', 'gdp'] as const;
/** `none`, `capita`, `area` or `gdp`. */
export type Per = (typeof PERS)[number];

/** What one view divides by, and its labels. */
export interface ViewDef {
  /** Reference metric used as denominator; null for the raw view. */
  readonly metric: RegionMetric | null;
  /** Denominator unit appended to the indicator unit in `normalised_unit`. */
  readonly unit: string | null;
  readonly label_zh: string;
  readonly label_en: string;
}

/** The view catalogue: `capita` divides by resident population in 万人, `area` by km², `gdp` by 亿元. */
export const VIEWS: Readonly<Record<Per, ViewDef>> = {
  none: { metric: null, unit: null, label_zh: '原值', label_en: 'as written' },
  capita: { metric: 'resident_population', unit: '万人', label_zh: '每万常住人口', label_en: 'per 10,000 residents' },
  area: { metric: 'land_area', unit: 'km2', label_zh: '每平方公里', label_en: 'per km²' },
  gdp: { metric: 'gdp', unit: '亿元', label_zh: '每亿元地区生产总值', label_en: 'per 100 million yuan of GDP' },
};

/**
 * Kinds that are already intensive (a share, a growth rate): dividing them by population,
 * area or GDP means nothing, so every view compares them as written.
 */
export const INTENSIVE_KINDS: readonly Kind[] = ['rate', 'growth'];

/**
 * The unit of a normalised value: the indicator unit over the view's denominator unit.
 *
 * @example
 * normalisedUnit('m2', 'capita') // → 'm2/万人'
 * normalisedUnit('station', 'none') // → 'station'
 */
export function normalisedUnit(unit: string, per: Per): string {
  const denominator = VIEWS[per].unit;
  return denominator === null ? unit : `${unit}/${denominator}`;
}
