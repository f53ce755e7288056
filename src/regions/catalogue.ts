/**
 * Reference-data catalogues: the metrics a region table may carry (with the units a user may
 * write them in), the administrative levels of GB/T 2260, and the note cues that mark a
 * disputed figure. Data, not branches: adding a unit or a level is adding a row.
 */
import { CODE_NAMES } from '../catalogue/index.js';

/** Administrative tier of a level: 省级 province, 地级 prefecture, 县级 county. */
export const ADMIN_TIERS = ['province', 'prefecture', 'county'] as const;
/** `province`, `prefecture` or `county`. */
export type AdminTier = (typeof ADMIN_TIERS)[number];

/**
 * Administrative levels as written in a region table (Chinese names as used by GB/T 2260 and
 * the statistical yearbooks) and the tier each belongs to.
 */
export const ADMIN_LEVELS = [
  { level: '省', tier: 'province' }, // province
  { level: '自治区', tier: 'province' }, // autonomous region
  { level: '直辖市', tier: 'province' }, // municipality under the central government
  { level: '特别行政区', tier: 'province' },
  { level: '地级市', tier: 'prefecture' }, // prefecture-level city
  { level: '地区', tier: 'prefecture' },
  { level: '自治州', tier: 'prefecture' },
  { level: '盟', tier: 'prefecture' },
  { level: '市辖区', tier: 'county' }, // district of a city
  { level: '县级市', tier: 'county' }, // county-level city
  { level: '县', tier: 'county' },
  { level: '自治县', tier: 'county' },
  { level: '旗', tier: 'county' },
  { level: '自治旗', tier: 'county' },
  { level: '林区', tier: 'county' },
  { level: '特区', tier: 'county' },
  // units the census tabulates beside the formal counties
  { level: '功能区', tier: 'county' }, // development/management zone (开发区、管理区), statistical code xxxx7x
  { level: '县级单位', tier: 'county' }, // other non-formal county-level unit (行政委员会, 大兴安岭 districts, 三沙 islands)
  { level: '地级单位', tier: 'prefecture' }, // aggregate row of a province or municipality (市辖区, 省直辖县级行政区划)
] as const satisfies readonly { level: string; tier: AdminTier }[];
/** A level name of `ADMIN_LEVELS` (`市辖区`, `县级市`, `地级市` …). */
export type AdminLevel = (typeof ADMIN_LEVELS)[number]['level'];

/** Region metrics; each is the denominator of one comparison view. */
export const REGION_METRICS = ['resident_population', 'land_area', 'gdp'] as const;
/** `resident_population`, `land_area` or `gdp`. */
export type RegionMetric = (typeof REGION_METRICS)[number];

/** One way of writing a metric's unit, and how many of it make one canonical unit. */
export interface UnitAlias {
  readonly unit: string;
  /** canonical value = written value / perCanonical (10000 人 = 1 万人). */
  readonly perCanonical: number;
}

/** What a metric is, its canonical unit and the names and units a user may write. */
export interface MetricDef {
  readonly id: RegionMetric;
  readonly name_zh: string;
  readonly name_en: string;
  /** Canonical unit: 万人 (10,000 residents), km2, 亿元 (100 million yuan). */
  readonly unit: string;
  /** Other spellings of the metric id accepted in the `metric` column. */
  readonly aliases: readonly string[];
  readonly units: readonly UnitAlias[];
}

/** The metric catalogue, keyed by id. */
export const METRIC_DEFS: Readonly<Record<RegionMetric, MetricDef>> = {
  resident_population: {
    id: 'resident_population',
    name_zh: '常住人口',
    name_en: 'resident population',
    unit: '万人',
    aliases: ['常住人口', 'population'],
    units: [
      { unit: '万人', perCanonical: 1 }, // 万人 "10,000 people"
      { unit: '人', perCanonical: 10_000 },
    ],
  },
  land_area: {
    id: 'land_area',
    name_zh: '土地面积',
    name_en: 'land area',
    unit: 'km2',
    aliases: ['土地面积', '行政区域面积', 'area'],
    units: [
      { unit: 'km2', perCanonical: 1 },
      { unit: 'km²', perCanonical: 1 },
      { unit: '平方公里', perCanonical: 1 }, // "square kilometre"
      { unit: '平方千米', perCanonical: 1 },
      { unit: '公顷', perCanonical: 100 }, // hectare
      { unit: 'ha', perCanonical: 100 },
      { unit: '亩', perCanonical: 1_500 }, // mu: 1 km² = 1500 亩
    ],
  },
  gdp: {
    id: 'gdp',
    name_zh: '地区生产总值',
    name_en: 'GDP',
    unit: '亿元',
    aliases: ['地区生产总值', 'GDP'],
    units: [
      { unit: '亿元', perCanonical: 1 }, // 亿元 "100 million yuan"
      { unit: '万元', perCanonical: 10_000 },
      { unit: '元', perCanonical: 100_000_000 },
    ],
  },
};

/**
 * Levels of units that are not formal administrative divisions and whose figures often have
 * another scope than a county's own reports (a county's bulletin usually counts its zones).
 */
export const OTHER_SCOPE_LEVELS: readonly AdminLevel[] = ['功能区', '县级单位', '地级单位'];

/**
 * How a unit's level is read from its name when a table gives none (the census tabulation):
 * the first suffix that matches wins, so longer suffixes come first. `code7x: true` marks the
 * statistical codes of development zones (fifth digit 7).
 */
export const LEVEL_BY_SUFFIX = {
  province: [
    { suffix: '自治区', level: '自治区' },
    { suffix: '省', level: '省' },
    { suffix: '市', level: '直辖市' },
  ],
  prefecture: [
    { suffix: '市辖区', level: '地级单位' }, // 北京市市辖区: the municipality's districts summed
    { suffix: '行政区划', level: '地级单位' }, // 省直辖县级行政区划
    { suffix: '县', level: '地级单位' }, // 重庆市县
    { suffix: '自治州', level: '自治州' },
    { suffix: '地区', level: '地区' },
    { suffix: '盟', level: '盟' },
    { suffix: '市', level: '地级市' },
  ],
  county: [
    { suffix: '自治县', level: '自治县' },
    { suffix: '自治旗', level: '自治旗' },
    { suffix: '旗', level: '旗' },
    { suffix: '林区', level: '林区' },
    { suffix: '特区', level: '特区' },
    { suffix: '区', level: '市辖区' },
    { suffix: '县', level: '县' },
    { suffix: '市', level: '县级市' },
  ],
} as const satisfies Record<AdminTier, readonly { suffix: string; level: AdminLevel }[]>;

/**
 * The level of a unit from its tier, name and code (see `LEVEL_BY_SUFFIX`): a code whose fifth
 * digit is 7 is a development zone (功能区), a name without a known suffix a `县级单位` or
 * `地级单位`.
 *
 * @example
 * levelFromName('county', '德清县', '330521') // → '县'
 * levelFromName('county', '枣庄高新技术产业开发区', '370471') // → '功能区'
 * levelFromName('prefecture', '湖州市', '330500') // → '地级市'
 */
export function levelFromName(tier: AdminTier, name: string, code: string): AdminLevel {
  if (tier === 'county' && code.charAt(4) === '7') return '功能区';
  const found = LEVEL_BY_SUFFIX[tier].find((entry) => name.endsWith(entry.suffix));
  if (found !== undefined) return found.level;
  return tier === 'province' ? '省' : tier === 'prefecture' ? '地级单位' : '县级单位';
}

/**
 * Note cues (matched case-insensitively as substrings) that say a figure's scope may differ
 * from the region's own reports: it includes or leaves out part of the area (a development
 * zone, a district run by the city).
 */
export const SCOPE_CUES = [
  'scope', // "scope (incl. 经开区?) unclear"
  'incl.', // "boundary incl. or excl. 经开区 unclear"
  'excl.',
  'includes', // "includes 济宁经济技术开发区 (11.7)"
  'excludes',
  '口径', // "statistical scope"
  '包含', // "includes"
  '不含', // "excludes"
] as const;

/**
 * Whether a reference-figure note says the figure's scope may differ (see `SCOPE_CUES`).
 *
 * @example
 * isOtherScopeNote('year-end, includes 济宁经济技术开发区 (11.7); county-run part 68.3') // → true
 * isOtherScopeNote('7th census') // → false
 */
export function isOtherScopeNote(note: string): boolean {
  const lower = note.toLowerCase();
  return SCOPE_CUES.some((cue) => lower.includes(cue));
}

/**
 * Note cues (matched case-insensitively as substrings) that mark a figure as disputed: the
 * note says another source or page gives a different figure, or the scope is unclear.
 */
export const DISPUTE_CUES = [
  'disagree', // "sources disagree: 838.56 / 968 / 971.6"
  ' says ', // "an older page says 1485", "a wiki copy says 7761"
  'unclear', // "scope (incl. 经开区?) unclear"
  'disputed',
  '不一致', // "inconsistent"
  '争议', // "disputed"
  '存疑', // "doubtful"
  '说法不一', // "accounts differ"
  '口径不明', // "scope unclear"
] as const;

/**
 * The tier of an administrative level, or null when the level is not in `ADMIN_LEVELS`.
 *
 * @example
 * adminTier('县级市') // → 'county'
 * adminTier('地级市') // → 'prefecture'
 * adminTier('county_level_city') // → 'county' (a level as the document parser writes it)
 * adminTier('镇') // → null
 */
export function adminTier(level: string): AdminTier | null {
  const written = PARSED_LEVEL_NAMES[level] ?? level;
  return ADMIN_LEVELS.find((entry) => entry.level === written)?.tier ?? null;
}

/**
 * The level codes every command writes (`county`, `autonomous_county`, `functional_zone` …,
 * `CODE_NAMES.region_level` in the catalogue) as the region table's level names, so a region
 * table may give its levels either way, a region known only from its documents still has a
 * tier and a level to write into a template, and an exported level can be pasted into a table.
 */
export const PARSED_LEVEL_NAMES: Readonly<Record<string, AdminLevel>> = Object.fromEntries(
  Object.entries(CODE_NAMES.region_level).flatMap(([code, name]) => {
    const level = ADMIN_LEVELS.find((entry) => entry.level === name)?.level;
    return level === undefined ? [] : [[code, level] as const];
  }),
);

/**
 * The tier a GB/T 2260 six-digit division code denotes: `xx0000` province, `xxxx00`
 * prefecture, anything else county; null when the code is not six digits.
 *
 * @example
 * tierOfDivisionCode('370900') // → 'prefecture'
 * tierOfDivisionCode('370481') // → 'county'
 */
export function tierOfDivisionCode(code: string): AdminTier | null {
  if (!/^\d{6}$/.test(code)) return null;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/**
 * Whether a reference-figure note says the figure is disputed (see `DISPUTE_CUES`).
 *
 * @example
 * isDisputedNote('sources disagree: 838.56 / 968 / 971.6 / 973') // → true
 * isDisputedNote('year-end; two pages agree') // → false
 */
export function isDisputedNote(note: string): boolean {
  const lower = note.toLowerCase();
  return DISPUTE_CUES.some((cue) => lower.includes(cue));
}
