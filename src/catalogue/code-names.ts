/**
 * Chinese names of the codes the tables write for machines (`increment`, `strive`,
 * `county_level_city` …), so a Chinese export can show a planner a name beside every code.
 * Data only: a new code is a new entry. Codes that are already Chinese (a region table's
 * `县级市`) have no entry and are shown as they are.
 */
import type { Genre } from './genres.js';
import type { Dimension } from './units.js';

/** The vocabularies of coded columns, by vocabulary name. */
export const CODE_NAMES = {
  kind: { increment: '新增量', stock: '累计量', cap: '上限', rate: '比率', growth: '增速', mentioned: '仅提及' },
  status: { target: '目标', actual: '实际完成' },
  // 确保 "make sure" / 力争 "strive for" / a figure with neither
  tier: { ensure: '确保', strive: '力争', plain: '一般表述' },
  // the bound word as a document writes it: 以上 "or more", 以内 "within", 左右 "about" …
  comparator: { '=': '确数', '>=': '以上', '>': '超过', '<=': '以内', '<': '低于', '~': '左右', range: '区间' },
  // every administrative level a command writes, by one code: the five the document parser
  // finds, then the rest of GB/T 2260's levels and the census's non-formal units, which a
  // region table names in Chinese (`src/regions/catalogue.ts` ADMIN_LEVELS)
  region_level: {
    country: '全国',
    part: '区域的一部分',
    township: '乡镇（街道）',
    province: '省',
    prefecture_city: '地级市',
    county_level_city: '县级市',
    county: '县',
    district: '市辖区',
    autonomous_region: '自治区',
    municipality: '直辖市',
    special_administrative_region: '特别行政区',
    prefecture: '地区',
    autonomous_prefecture: '自治州',
    league: '盟',
    autonomous_county: '自治县',
    banner: '旗',
    autonomous_banner: '自治旗',
    forestry_district: '林区',
    special_district: '特区',
    functional_zone: '功能区', // 功能区 development or management zone, statistical code xxxx7x
    county_level_unit: '县级单位',
    prefecture_level_unit: '地级单位',
  },
  year_basis: { stated: '文中写明', relative: '相对年份（今年、去年、明年）', document: '文件年度', none: '未写明' },
  genre: { plan: '计划、方案', work_report: '政府工作报告', bulletin: '统计公报', news: '新闻', other: '其他' } satisfies Record<Genre, string>,
  severity: { error: '错误', warning: '警告', info: '提示' },
  // what a row of the diagnostics table is about (its message, in English, says the details)
  diagnostic: {
    'missing-path': '路径不存在', 'permission-denied': '没有读取权限', 'symlink-loop': '符号链接成环', unreadable: '无法读取',
    'unsupported-format': '不支持的文件类型', 'too-large': '文件过大', 'not-regular-file': '不是普通文件',
    'duplicate-document': '重复文档', 'corrupt-file': '文件损坏', 'expands-too-much': '解压后过大', 'no-text': '没有文字',
    'empty-file': '空文件', 'binary-file': '二进制文件', undecodable: '无法识别编码', 'no-tasks': '未找到编号任务',
    'no-region': '未识别发文地区', 'ambiguous-region': '发文地区有歧义', 'region-inferred': '发文地区由正文推断',
    'no-plan-year': '未找到计划年度', 'conflicting-figures': '数字互相矛盾', 'denominator-missing': '缺少分母数据',
  },
  outcome: { read: '已读取', duplicate: '重复', skipped: '跳过', failed: '失败' },
  // what a recognised quantity measures (`units.ts` Dimension) and the unit its value is in
  dimension: {
    area: '面积', volume: '体积', power: '功率', energy_capacity: '电量', length: '长度', mass: '质量', money: '金额',
    energy: '能耗（标准煤）', count: '个数', percent: '百分比', permille: '千分比', percent_point: '百分点', multiple: '倍数',
    concentration: '浓度', none: '无单位',
  } satisfies Record<Dimension, string>,
  base_unit: {
    m2: '平方米', m3: '立方米', kW: '千瓦', kWh: '千瓦时', m: '米', t: '吨', yuan: '元', tce: '吨标准煤', count: '个',
    percent: '%', permille: '‰', percent_point: '个百分点', multiple: '倍', 'ug/m3': '微克/立方米',
  },
} as const;

/** A vocabulary of coded values. */
export type CodeVocabulary = keyof typeof CODE_NAMES;

/**
 * The columns whose cells are codes of a vocabulary (the tracking table's target and result
 * columns share the observation vocabularies).
 */
export const CODED_COLUMNS: Readonly<Record<string, CodeVocabulary>> = {
  code: 'diagnostic',
  kind: 'kind',
  target_kind: 'kind',
  result_kind: 'kind',
  status: 'status',
  tier: 'tier',
  target_tier: 'tier',
  comparator: 'comparator',
  target_comparator: 'comparator',
  result_comparator: 'comparator',
  region_level: 'region_level',
  year_basis: 'year_basis',
  genre: 'genre',
  severity: 'severity',
  outcome: 'outcome',
  dimension: 'dimension',
  base_unit: 'base_unit',
};

/**
 * The Chinese name of a code in a vocabulary; a value without an entry (already Chinese, or
 * empty) is returned as it is.
 *
 * @example
 * codeName('tier', 'strive') // → '力争'
 * codeName('region_level', 'district') // → '市辖区'
 * codeName('region_level', '县级市') // → '县级市'
 */
export function codeName(vocabulary: CodeVocabulary, code: string): string {
  const names: Readonly<Record<string, string>> = CODE_NAMES[vocabulary];
  return Object.hasOwn(names, code) ? names[code] ?? code : code;
}

/**
 * The code of an administrative level written either way: a Chinese name (`县`, `自治县`,
 * `功能区`) gives its code, a code is kept, and anything else (empty, unknown) is returned as
 * it is. Every command writes its level columns through this, so `extract`, `compare`, `run`
 * and `regions check` share one vocabulary (the Chinese name goes beside it, `region_level_zh`).
 *
 * @example
 * levelCode('县') // → 'county'
 * levelCode('自治县') // → 'autonomous_county'
 * levelCode('county_level_city') // → 'county_level_city'
 * levelCode('镇') // → '镇'
 */
export function levelCode(level: string): string {
  const names: Readonly<Record<string, string>> = CODE_NAMES.region_level;
  if (Object.hasOwn(names, level)) return level;
  return LEVEL_CODES.get(level) ?? level;
}

const LEVEL_CODES = new Map<string, string>(Object.entries(CODE_NAMES.region_level).map(([code, name]) => [name, code]));
