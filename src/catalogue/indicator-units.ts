/**
 * Canonical units of indicators, and how to get there from the recogniser's base unit of each
 * dimension (m2, m3, kW, m, t, yuan, tce, count, percent …). Data only.
 * `fromBase` multiplies a base-unit value: 亩 is 10000/15 m², so m² → 亩 is 15/10000.
 */
export const INDICATOR_UNITS = {
  m2: { dimension: 'area', fromBase: 1, zh: '平方米', en: 'm²' },
  mu: { dimension: 'area', fromBase: 15 / 10000, zh: '亩', en: 'mu' },
  km2: { dimension: 'area', fromBase: 1e-6, zh: '平方公里', en: 'km²' },
  ha: { dimension: 'area', fromBase: 1e-4, zh: '公顷', en: 'ha' },
  m3: { dimension: 'volume', fromBase: 1, zh: '立方米', en: 'm³' },
  kW: { dimension: 'power', fromBase: 1, zh: '千瓦', en: 'kW' },
  kWh: { dimension: 'energy_capacity', fromBase: 1, zh: '千瓦时', en: 'kWh' },
  km: { dimension: 'length', fromBase: 1e-3, zh: '公里', en: 'km' },
  m: { dimension: 'length', fromBase: 1, zh: '米', en: 'm' },
  t: { dimension: 'mass', fromBase: 1, zh: '吨', en: 't' },
  yuan: { dimension: 'money', fromBase: 1, zh: '元', en: 'yuan' },
  tce: { dimension: 'energy', fromBase: 1, zh: '吨标准煤', en: 'tce' },
  percent: { dimension: 'percent', fromBase: 1, zh: '%', en: '%' },
  percent_point: { dimension: 'percent_point', fromBase: 1, zh: '个百分点', en: 'percentage points' },
  ug_m3: { dimension: 'concentration', fromBase: 1, zh: '微克/立方米', en: 'µg/m³' },
  // counts: the classifier is part of the meaning (家 firms, 个 stations), the number is not scaled
  station: { dimension: 'count', fromBase: 1, zh: '个', en: 'stations' },
  firm: { dimension: 'count', fromBase: 1, zh: '家', en: 'firms' },
  platform: { dimension: 'count', fromBase: 1, zh: '家', en: 'platforms' },
  community: { dimension: 'count', fromBase: 1, zh: '个', en: 'communities' },
  household: { dimension: 'count', fromBase: 1, zh: '户', en: 'households' },
  head: { dimension: 'count', fromBase: 1, zh: '头', en: 'head' },
  bed: { dimension: 'count', fromBase: 1, zh: '张', en: 'beds' },
  person: { dimension: 'count', fromBase: 1, zh: '人', en: 'people' },
  project: { dimension: 'count', fromBase: 1, zh: '个', en: 'projects' },
  place: { dimension: 'count', fromBase: 1, zh: '个', en: 'places' },
  charger: { dimension: 'count', fromBase: 1, zh: '个', en: 'chargers' },
  item: { dimension: 'count', fromBase: 1, zh: '个', en: 'items' },
} as const;

export type IndicatorUnit = keyof typeof INDICATOR_UNITS;

/** Whether a string names an indicator unit. */
export function isIndicatorUnit(unit: string): unit is IndicatorUnit {
  return Object.hasOwn(INDICATOR_UNITS, unit);
}
