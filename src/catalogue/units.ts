/**
 * Units, scale words, comparator words and numeral characters used to read figures out of
 * Chinese plan text. Pure data: the quantity recogniser (`src/quantities/`) builds its lookups
 * from these tables, so supporting a new unit or bound word is adding a row, never a branch.
 *
 * Conventions
 * - Every unit converts to the base unit of its dimension (`DIMENSION_BASE_UNITS`) by `factor`.
 * - A unit whose written form starts with a Chinese scale word (万立方米, 亿元, 万人次) carries that
 *   scale in `scale`, so the recogniser can report the figure in the unscaled unit as well.
 * - Matching is longest written form first (万千瓦 before 千瓦 before 瓦, 人次 before 人).
 */
/** How a figure is bounded: 以上 `>=`, 超过 `>`, 以内/不超过 `<=`, 低于 `<`, 左右/约 `~`, a–b `range`, plain `=`. */
export type Comparator = '>=' | '>' | '<=' | '<' | '~' | '=' | 'range';

/**
 * Physical dimension of a unit. `count` covers classifiers (个, 家, 户 …); `percent_point` is
 * 个百分点; `concentration` is mass per volume of air (微克/立方米, PM2.5).
 */
export type Dimension =
  | 'area' | 'volume' | 'power' | 'energy_capacity' | 'length' | 'mass' | 'money' | 'energy'
  | 'count' | 'percent' | 'permille' | 'percent_point' | 'multiple' | 'concentration' | 'none';

/**
 * Base unit of every dimension: each recognised `value` is expressed in it.
 *
 * @example
 * DIMENSION_BASE_UNITS.power // 'kW'
 * DIMENSION_BASE_UNITS.none  // ''
 */
export const DIMENSION_BASE_UNITS = {
  area: 'm2',
  volume: 'm3',
  power: 'kW',
  energy_capacity: 'kWh',
  length: 'm',
  mass: 't',
  money: 'yuan',
  energy: 'tce',
  count: 'count',
  percent: 'percent',
  permille: 'permille',
  percent_point: 'percent_point',
  multiple: 'multiple',
  concentration: 'ug/m3',
  none: '',
} as const satisfies Record<Dimension, string>;

/** One row of the unit table. */
export interface UnitDef {
  /** Stable ascii id (`m3`, `wan_m3`, `MW`, `ge`). */
  readonly id: string;
  /** Forms written after the number, e.g. `万立方米`, `%`. Each form belongs to one row only. */
  readonly forms: readonly string[];
  /** Forms written before the number: 百分之 "per hundred" + 十五 → 15 %. */
  readonly prefixForms?: readonly string[];
  readonly dimension: Dimension;
  /** Base units (of `dimension`) in one of this unit: 兆瓦 → 1000 (kW). */
  readonly factor: number;
  /** Chinese scale word folded into the written form (万立方米 → 1e4); 1 when absent. */
  readonly scale?: number;
  /** Only after Arabic digits or a scale word: Chinese 三方/二元/三次 are words, not figures. */
  readonly requiresDigits?: boolean;
  /** Text right after the form that turns it into another word (瓦斯 "gas", 五位一体 slogan). */
  readonly notFollowedBy?: readonly string[];
  /** Largest number the form takes (成 "tenths": 十成 at most); a larger one is not this unit. */
  readonly maxNumber?: number;
  /** A scale word may follow the figure after a prefix form (¥1.2万 "12,000 yuan"); without it 百分之 takes none. */
  readonly prefixTakesScale?: boolean;
  /** A 半 "half" right after the unit adds half of one (一吨半 1.5 t, 三成半 35 %): see `HALF_AFTER_UNIT`. */
  readonly takesHalf?: boolean;
}

/** A count classifier: dimension `count`, factor 1 (or its scale word). */
function classifier<const Id extends string>(
  id: Id,
  forms: readonly string[],
  extra: Pick<UnitDef, 'requiresDigits' | 'notFollowedBy' | 'scale'> = {},
): UnitDef & { readonly id: Id } {
  return { id, forms, dimension: 'count', factor: extra.scale ?? 1, ...extra };
}

/**
 * The unit table. `factor` converts one unit to the base unit of its dimension; `scale` is the
 * Chinese scale word inside the written form.
 *
 * @example
 * UNITS.find((u) => u.id === 'wan_m3') // { id: 'wan_m3', forms: ['万立方米', '万立方', '万方'], dimension: 'volume', factor: 10000, scale: 10000 }
 */
export const UNITS = [
  // ── area, base m2 ──
  // 平方米 "square metre"; 平米/平方 are everyday short forms
  { id: 'm2', forms: ['平方米', '平米', '平方', 'm²', 'm2', '㎡'], dimension: 'area', factor: 1 },
  // 万平方米 "ten thousand square metres"
  { id: 'wan_m2', forms: ['万平方米', '万平米'], dimension: 'area', factor: 1e4, scale: 1e4 },
  // 平方公里 / 平方千米 "square kilometre"
  { id: 'km2', forms: ['平方公里', '平方千米', 'km²', 'km2', '㎢'], dimension: 'area', factor: 1e6 },
  // 亩 "mu": 15 亩 = 1 公顷
  { id: 'mu', forms: ['亩'], dimension: 'area', factor: 10000 / 15, takesHalf: true },
  // 万亩 "ten thousand mu"
  { id: 'wan_mu', forms: ['万亩'], dimension: 'area', factor: (1e4 * 10000) / 15, scale: 1e4 },
  // 平方英尺 "square foot" (property listings): not a square metre
  { id: 'sq_ft', forms: ['平方英尺'], dimension: 'area', factor: 0.09290304 },
  // 英亩 "acre"
  { id: 'acre', forms: ['英亩'], dimension: 'area', factor: 4046.8564224 },
  // 公顷 "hectare"
  { id: 'ha', forms: ['公顷'], dimension: 'area', factor: 1e4 },
  // 万公顷 "ten thousand hectares"
  { id: 'wan_ha', forms: ['万公顷'], dimension: 'area', factor: 1e8, scale: 1e4 },

  // ── volume, base m3 ──
  // 立方米 "cubic metre"
  { id: 'm3', forms: ['立方米', '立方', 'm³', 'm3', '㎥'], dimension: 'volume', factor: 1 },
  // 方 colloquial "cubic metre" (土方, 水); 三方/一方面 are words, hence digits only
  {
    id: 'fang', forms: ['方'], dimension: 'volume', factor: 1, requiresDigits: true,
    notFollowedBy: ['面', '式', '法', '案', '向', '便', '位', '针', '阵', '舱', '言', '略', '正', '能', '可', '才', '志', '协'],
  },
  // 万立方米 "ten thousand cubic metres"
  { id: 'wan_m3', forms: ['万立方米', '万立方', '万方'], dimension: 'volume', factor: 1e4, scale: 1e4 },
  // 亿立方米 "hundred million cubic metres" (water quotas)
  { id: 'yi_m3', forms: ['亿立方米', '亿立方', '亿方'], dimension: 'volume', factor: 1e8, scale: 1e8 },

  // ── power, base kW ──
  // 瓦 "watt"; 瓦斯 "gas", 瓦片 "tile" are other words
  { id: 'W', forms: ['瓦'], dimension: 'power', factor: 1e-3, notFollowedBy: ['斯', '片', '房', '解', '砾', '罐', '当'] },
  // 千瓦 "kilowatt"
  { id: 'kW', forms: ['千瓦', 'kW', 'KW', 'kw'], dimension: 'power', factor: 1 },
  // 万千瓦 "ten thousand kilowatts"
  { id: 'wan_kW', forms: ['万千瓦'], dimension: 'power', factor: 1e4, scale: 1e4 },
  // 兆瓦 "megawatt"
  { id: 'MW', forms: ['兆瓦', 'MW'], dimension: 'power', factor: 1e3 },
  // 吉瓦 "gigawatt"
  { id: 'GW', forms: ['吉瓦', 'GW'], dimension: 'power', factor: 1e6 },
  // peak power of photovoltaic plants
  { id: 'kWp', forms: ['kWp'], dimension: 'power', factor: 1 },
  { id: 'MWp', forms: ['MWp'], dimension: 'power', factor: 1e3 },
  { id: 'GWp', forms: ['GWp'], dimension: 'power', factor: 1e6 },

  // ── energy capacity (storage, electricity), base kWh ──
  // 千瓦时 "kilowatt hour"; 度电 "kWh of electricity" (bare 度 is degrees or 年度)
  { id: 'kWh', forms: ['千瓦时', '度电', 'kWh', 'KWh', 'kwh', 'kW·h'], dimension: 'energy_capacity', factor: 1 },
  // 万千瓦时 "ten thousand kWh"
  { id: 'wan_kWh', forms: ['万千瓦时', '万度电'], dimension: 'energy_capacity', factor: 1e4, scale: 1e4 },
  // 亿千瓦时 "hundred million kWh"
  { id: 'yi_kWh', forms: ['亿千瓦时', '亿度电'], dimension: 'energy_capacity', factor: 1e8, scale: 1e8 },
  // 瓦时 "watt hour"
  { id: 'Wh', forms: ['瓦时'], dimension: 'energy_capacity', factor: 1e-3 },
  // 兆瓦时 "megawatt hour"
  { id: 'MWh', forms: ['兆瓦时', 'MWh'], dimension: 'energy_capacity', factor: 1e3 },
  // 吉瓦时 "gigawatt hour"
  { id: 'GWh', forms: ['吉瓦时', 'GWh'], dimension: 'energy_capacity', factor: 1e6 },

  // ── length, base m ──
  // 米 "metre"; 米粮/米面 are rice
  { id: 'm', forms: ['米', 'm'], dimension: 'length', factor: 1, notFollowedBy: ['粮', '面', '饭', '业', '袋', '酒', '糠', '醋'], takesHalf: true },
  // 公里 / 千米 "kilometre"
  { id: 'km', forms: ['公里', '千米', 'km', 'KM', 'Km'], dimension: 'length', factor: 1e3, takesHalf: true },
  // 厘米 / 公分 "centimetre", 毫米 "millimetre" (rainfall)
  { id: 'cm', forms: ['厘米', '公分', 'cm', 'CM'], dimension: 'length', factor: 1e-2 },
  { id: 'mm', forms: ['毫米', 'mm'], dimension: 'length', factor: 1e-3 },
  // 英尺 "foot", 英里 "mile"
  { id: 'ft', forms: ['英尺'], dimension: 'length', factor: 0.3048 },
  { id: 'mile', forms: ['英里'], dimension: 'length', factor: 1609.344 },

  // ── mass, base t ──
  // 吨 "tonne"
  { id: 't', forms: ['吨'], dimension: 'mass', factor: 1, takesHalf: true },
  // 万吨 "ten thousand tonnes"
  { id: 'wan_t', forms: ['万吨'], dimension: 'mass', factor: 1e4, scale: 1e4 },
  // 亿吨 "hundred million tonnes"
  { id: 'yi_t', forms: ['亿吨'], dimension: 'mass', factor: 1e8, scale: 1e8 },
  // 千克 / 公斤 "kilogram"
  { id: 'kg', forms: ['千克', '公斤', 'kg', 'KG'], dimension: 'mass', factor: 1e-3, takesHalf: true },
  // 克 "gram", 毫克 "milligram", 微克 "microgram"; 克服 "overcome", 克隆 "clone" are other words
  { id: 'g', forms: ['克'], dimension: 'mass', factor: 1e-6, notFollowedBy: ['服', '隆', '拉', '难', '制', '勤', '星'] },
  { id: 'mg', forms: ['毫克', 'mg'], dimension: 'mass', factor: 1e-9 },
  { id: 'ug', forms: ['微克', 'μg', 'µg'], dimension: 'mass', factor: 1e-12 },
  // 斤 "jin", half a kilogram (grain output: 13亿斤)
  { id: 'jin', forms: ['斤'], dimension: 'mass', factor: 5e-4, takesHalf: true },

  // ── money, base yuan ──
  // 元 "yuan"; 二元结构 "dual structure", 元素 "element" are words, hence digits only; ¥ / ￥
  // written before the figure in price lists and tables
  {
    id: 'yuan', forms: ['元', '人民币'], prefixForms: ['¥', '￥'], prefixTakesScale: true, dimension: 'money', factor: 1, requiresDigits: true,
    notFollowedBy: ['化', '素', '件', '宇宙', '旦', '首', '帅', '老', '器', '宵', '气'],
  },
  // 千元 "thousand yuan"
  { id: 'qian_yuan', forms: ['千元'], dimension: 'money', factor: 1e3, scale: 1e3 },
  // 万元 "ten thousand yuan"
  { id: 'wan_yuan', forms: ['万元'], dimension: 'money', factor: 1e4, scale: 1e4 },
  // 亿元 "hundred million yuan"
  { id: 'yi_yuan', forms: ['亿元'], dimension: 'money', factor: 1e8, scale: 1e8 },

  // ── energy, base tce (tonnes of standard coal equivalent) ──
  // 吨标准煤 "tonne of standard coal"
  { id: 'tce', forms: ['吨标准煤', '吨标煤', 'tce'], dimension: 'energy', factor: 1 },
  // 万吨标准煤 "ten thousand tce"
  { id: 'wan_tce', forms: ['万吨标准煤', '万吨标煤'], dimension: 'energy', factor: 1e4, scale: 1e4 },
  // 千克标准煤 "kilogram of standard coal"
  { id: 'kgce', forms: ['千克标准煤', '千克标煤', 'kgce'], dimension: 'energy', factor: 1e-3 },

  // ── concentration in air, base µg/m³ (PM2.5, PM10) ──
  // 微克/立方米 "microgram per cubic metre"
  // (微克每立方米 "per" in words; 微克/ 立方米 as web text spaces it)
  {
    id: 'ug_m3', dimension: 'concentration', factor: 1,
    forms: ['微克/立方米', '微克每立方米', '微克/ 立方米', '微克/m³', '微克/m3', 'μg/m³', 'μg/m3', 'µg/m³', 'µg/m3', 'ug/m³', 'ug/m3'],
  },
  // 毫克/立方米 "milligram per cubic metre" (carbon monoxide)
  { id: 'mg_m3', forms: ['毫克/立方米', '毫克每立方米', '毫克/ 立方米', '毫克/m³', '毫克/m3', 'mg/m³', 'mg/m3'], dimension: 'concentration', factor: 1000 },

  // ── ratios ──
  // % / ％ "percent"; 百分之十五 "fifteen per hundred"
  { id: 'percent', forms: ['%', '％'], prefixForms: ['百分之'], dimension: 'percent', factor: 1 },
  // ‰ "per mille"; 千分之三 "three per thousand"
  { id: 'permille', forms: ['‰'], prefixForms: ['千分之'], dimension: 'permille', factor: 1 },
  // 个百分点 "percentage points": an absolute change, not a percent
  { id: 'percent_point', forms: ['个百分点', '百分点'], dimension: 'percent_point', factor: 1 },
  // 成 "tenths": 四成 = 40 %; at most 十成. 成员 "member", 成本 "cost" … are other words
  {
    id: 'cheng', forms: ['成'], dimension: 'percent', factor: 10, maxNumber: 10, takesHalf: true,
    notFollowedBy: [
      '员', '本', '果', '效', '为', '立', '功', '交', '长', '熟', '品', '型', '都', '绩', '就', '人', '年', '像', '分', '份',
      '群', '批', '对', '倍', '规', '建', '套', '片', '网', '不', '事', '形', '色', '器', '材', '家',
    ],
  },
  // 折 "tenths of the price" (discounts in consumption policies): 五折 = 50 %, 8.5折 = 85 %; at most
  // 十折. 折合 "converts to", 折旧 "depreciation", 三折页 "tri-fold" … are other words
  {
    id: 'zhe', forms: ['折'], dimension: 'percent', factor: 10, maxNumber: 10,
    notFollowedBy: ['合', '算', '旧', '扣', '价', '叠', '页', '线', '射', '返', '损', '让', '成', '现', '中', '腰', '纸', '痕', '桂', '服', '冲'],
  },
  // 万分之 "per ten thousand": 万分之三 = 0.03 %
  { id: 'per_ten_thousand', forms: [], prefixForms: ['万分之'], dimension: 'percent', factor: 0.01 },
  // 十万分之 / 百万分之 / 千万分之 "per hundred thousand / million / ten million" (ppm)
  { id: 'per_hundred_thousand', forms: [], prefixForms: ['十万分之'], dimension: 'percent', factor: 1e-3 },
  { id: 'per_million', forms: [], prefixForms: ['百万分之'], dimension: 'percent', factor: 1e-4 },
  { id: 'per_ten_million', forms: [], prefixForms: ['千万分之'], dimension: 'percent', factor: 1e-5 },
  // X分之Y "Y parts of X" (三分之一), a/b (1/3), 半数 "half": a share, written as a fraction of one
  { id: 'fraction', forms: [], dimension: 'percent', factor: 100 },
  // 倍 "times"
  { id: 'multiple', forms: ['倍'], dimension: 'multiple', factor: 1, takesHalf: true },

  // ── count: classifiers, one id each ──
  classifier('ge', ['个'], { notFollowedBy: ['体', '性', '案'] }), // 个 generic; 个体 "self-employed"
  classifier('jia', ['家']), // 家 firms, institutions
  classifier('hu', ['户'], { notFollowedBy: ['籍', '口', '型', '外'] }), // 户 households; 户籍 "residence"
  classifier('huci', ['户次']), // 户次 "household visits"
  classifier('zuo', ['座'], { notFollowedBy: ['谈'] }), // 座 buildings, stations; 座谈 "forum"
  classifier('chu', ['处'], { notFollowedBy: ['理', '置', '罚', '于', '在', '室', '长'] }), // 处 sites; 处理 "handle"
  classifier('zhan', ['站'], { notFollowedBy: ['点', '位', '台', '长'] }), // 站 stations
  classifier('zhang', ['张']), // 张 beds, cards
  classifier('tou', ['头']), // 头 livestock
  classifier('zhi', ['只'], { notFollowedBy: ['有', '是', '要', '能', '会'] }), // 只 poultry; 只有 "only"
  classifier('ren', ['人'], { notFollowedBy: ['民', '均'] }), // 人 people; 人民 "the people"
  classifier('renci', ['人次']), // 人次 "person-times" (visits, trainees)
  classifier('wan_renci', ['万人次'], { scale: 1e4 }), // 万人次 "ten thousand person-times"
  classifier('ming', ['名'], { notFollowedBy: ['单', '称', '义', '录', '胜', '誉', '牌'] }), // 名 people; 名单 "list"
  classifier('wei', ['位'], { notFollowedBy: ['一体', '置', '于', '数'] }), // 位 people; 五位一体 is a slogan
  classifier('xiang', ['项']), // 项 items, projects
  classifier('tiao', ['条'], { notFollowedBy: ['件', '例', '款'] }), // 条 lines, measures; 条件 "conditions"
  classifier('suo', ['所'], { notFollowedBy: ['属', '在', '有', '以', '得', '谓', '需'] }), // 所 schools; 所有 "all"
  classifier('tao', ['套']), // 套 sets, dwellings
  classifier('tai', ['台'], { notFollowedBy: ['阶', '账', '风', '湾', '州', '币'] }), // 台 machines; 台阶 "step", 台币 "NT dollar"
  classifier('liang', ['辆']), // 辆 vehicles
  classifier('chang', ['场'], { notFollowedBy: ['景', '所', '馆', '地', '址', '区', '合', '域'] }), // 场 events; 场景 "scenario"
  classifier('changci', ['场次']), // 场次 "sessions"
  classifier('ci', ['次'], { requiresDigits: true, notFollowedBy: ['性', '数'] }), // 次 times; 三次产业 is a word
  classifier('jian', ['件']), // 件 items, cases
  classifier('pi', ['批'], { notFollowedBy: ['准', '复', '示', '评'] }), // 批 batches; 批准 "approve"
  classifier('dong', ['栋']), // 栋 buildings
  classifier('jian_room', ['间']), // 间 rooms
  classifier('zhu', ['株']), // 株 plants, seedlings
  classifier('ke', ['棵']), // 棵 trees
  classifier('wei_fish', ['尾']), // 尾 fish fry
  classifier('sou', ['艘']), // 艘 ships
  classifier('jia_frame', ['架'], { notFollowedBy: ['构', '设'] }), // 架 aircraft; 架构 "architecture"
  classifier('zhong', ['种'], { notFollowedBy: ['植', '类', '子', '养', '苗', '业', '源', '质'] }), // 种 kinds; 种植 "plant"
  classifier('zhi_team', ['支'], { notFollowedBy: ['持', '付', '撑', '出', '援', '柱', '行'] }), // 支 teams; 支持 "support"
  classifier('pian', ['篇']), // 篇 articles
  classifier('fen', ['份']), // 份 copies
  classifier('ce', ['册']), // 册 volumes
  classifier('zu', ['组'], { notFollowedBy: ['织', '建', '团', '成'] }), // 组 groups; 组织 "organise"
  classifier('kuai', ['块']), // 块 plots
  classifier('pian_area', ['片']), // 片 areas
  classifier('duan', ['段'], { notFollowedBy: ['落'] }), // 段 sections
  classifier('bu', ['部'], { notFollowedBy: ['分', '署', '位', '长'] }), // 部 works, films; 部分 "part"
  classifier('qi', ['起'], { notFollowedBy: ['步', '点', '来', '草', '源', '到'] }), // 起 cases (accidents)
] as const satisfies readonly UnitDef[];

/**
 * 半 "half" after a unit that takes it (`takesHalf`): 一吨半 "a ton and a half", 三成半 "35 %",
 * 两倍半. Only after a whole number without a scale word, and not where 半 starts another word
 * (两米半径 "a two-metre radius", 三公里半岛).
 *
 * @example
 * HALF_AFTER_UNIT.notFollowedBy.includes('径') // true
 */
export const HALF_AFTER_UNIT = {
  text: '半',
  share: 0.5,
  notFollowedBy: [
    '径', '岛', '导', '年', '月', '日', '天', '小', '夜', '边', '山', '价', '数', '成', '自', '封', '坡', '身', '球', '截',
    '决', '程', '途', '晌', '壁', '圆', '透', '部',
  ],
} as const satisfies { readonly text: string; readonly share: number; readonly notFollowedBy: readonly string[] };

/** Ids of the unit table, derived from the data (`'m3' | 'wan_m3' | 'MW' | 'ge' | …`). */
export type UnitId = (typeof UNITS)[number]['id'];

/** A scale word written after Arabic digits: 1.2万 → 12000. */
export interface ScaleWordDef {
  readonly text: string;
  readonly factor: number;
  /** Text right after the scale word that makes it a unit prefix, not a scale (千伏 "kilovolt"). */
  readonly notFollowedBy?: readonly string[];
}

/**
 * Scale words after a number, longest first in use. 千 and 百 also start other units
 * (千伏 kV, 百分点), which `notFollowedBy` keeps from being read as scales.
 *
 * @example
 * SCALE_WORDS.find((s) => s.text === '亿')?.factor // 100000000
 */
export const SCALE_WORDS = [
  { text: '万亿', factor: 1e12 }, // 万亿 "trillion"
  { text: '千亿', factor: 1e11 }, // 千亿 "hundred billion"
  { text: '百亿', factor: 1e10 }, // 百亿 "ten billion"
  { text: '十亿', factor: 1e9 }, // 十亿 "billion"
  { text: '亿', factor: 1e8 }, // 亿 "hundred million"
  { text: '千万', factor: 1e7 }, // 千万 "ten million"
  { text: '百万', factor: 1e6 }, // 百万 "million"
  { text: '十万', factor: 1e5 }, // 十万 "hundred thousand"
  { text: '万', factor: 1e4 }, // 万 "ten thousand"
  { text: '千', factor: 1e3, notFollowedBy: ['伏', '卡', '帕', '兆', '赫', '焦'] }, // 千 "thousand"; 千伏 kV
  { text: '百', factor: 1e2, notFollowedBy: ['分', '兆', '强'] }, // 百 "hundred"; 百分 is a ratio
] as const satisfies readonly ScaleWordDef[];

/** Where a bound word sits relative to the number. */
export type BoundPosition = 'before' | 'after' | 'between';

/** A word that bounds or approximates a figure. */
export interface BoundWordDef {
  readonly text: string;
  /** `before` the number, `after` the unit, or `between` number and scale/unit (二十余家). */
  readonly position: BoundPosition;
  readonly comparator: Comparator;
  /** A weak word yields to a bound written after the figure (控制在…左右 → `~`). */
  readonly weak?: boolean;
  /** Text right before the word that makes it part of another word (节约 "save", 签约 "sign"). */
  readonly notPrecededBy?: readonly string[];
  /** Text right after the word that makes it part of another word (上下游 "up- and downstream"). */
  readonly notFollowedBy?: readonly string[];
}

/**
 * Comparator and approximation words.
 *
 * @example
 * BOUND_WORDS.find((w) => w.text === '以上') // { text: '以上', position: 'after', comparator: '>=' }
 */
export const BOUND_WORDS = [
  // ── before the number ──
  { text: '不少于', position: 'before', comparator: '>=' }, // 不少于 "no fewer than" → >=
  { text: '不低于', position: 'before', comparator: '>=' }, // 不低于 "no lower than" → >=
  { text: '不小于', position: 'before', comparator: '>=' }, // 不小于 "no smaller than" → >=
  { text: '至少', position: 'before', comparator: '>=' }, // 至少 "at least" → >=
  { text: '最少', position: 'before', comparator: '>=' }, // 最少 "at least" → >=
  { text: '超过', position: 'before', comparator: '>' }, // 超过 "more than" → >
  { text: '突破', position: 'before', comparator: '>' }, // 突破 "break through" → >
  { text: '多于', position: 'before', comparator: '>' }, // 多于 "more than" → >
  { text: '大于', position: 'before', comparator: '>' }, // 大于 "greater than" → >
  { text: '高于', position: 'before', comparator: '>' }, // 高于 "higher than" → >
  { text: '逾', position: 'before', comparator: '>' }, // 逾 "over" → >
  { text: '超', position: 'before', comparator: '>', notPrecededBy: ['赶'] }, // 超 "over" → >; 赶超 "catch up"
  { text: '不超过', position: 'before', comparator: '<=' }, // 不超过 "not more than" → <=
  { text: '不高于', position: 'before', comparator: '<=' }, // 不高于 "not higher than" → <=
  { text: '不大于', position: 'before', comparator: '<=' }, // 不大于 "not greater than" → <=
  { text: '不多于', position: 'before', comparator: '<=' }, // 不多于 "not more than" → <=
  { text: '至多', position: 'before', comparator: '<=' }, // 至多 "at most" → <=
  { text: '最多', position: 'before', comparator: '<=' }, // 最多 "at most" → <=
  { text: '大于等于', position: 'before', comparator: '>=' }, // 大于等于 "greater than or equal to" → >=
  { text: '大于或等于', position: 'before', comparator: '>=' },
  { text: '大于或者等于', position: 'before', comparator: '>=' },
  { text: '小于等于', position: 'before', comparator: '<=' }, // 小于等于 "less than or equal to" → <=
  { text: '小于或等于', position: 'before', comparator: '<=' },
  { text: '小于或者等于', position: 'before', comparator: '<=' },
  // signs, as tables and regionbench's own report write bounds (≥25万平方米, ≤3427万立方米)
  { text: '≥', position: 'before', comparator: '>=' },
  { text: '≧', position: 'before', comparator: '>=' },
  { text: '>=', position: 'before', comparator: '>=' },
  { text: '＞＝', position: 'before', comparator: '>=' },
  { text: '>', position: 'before', comparator: '>' },
  { text: '＞', position: 'before', comparator: '>' },
  { text: '≤', position: 'before', comparator: '<=' },
  { text: '≦', position: 'before', comparator: '<=' },
  { text: '<=', position: 'before', comparator: '<=' },
  { text: '＜＝', position: 'before', comparator: '<=' },
  { text: '<', position: 'before', comparator: '<' },
  { text: '＜', position: 'before', comparator: '<' },
  { text: '≈', position: 'before', comparator: '~' },
  { text: '控制在', position: 'before', comparator: '<=', weak: true }, // 控制在 "hold within" → <= (a cap)
  { text: '低于', position: 'before', comparator: '<' }, // 低于 "lower than" → <
  { text: '少于', position: 'before', comparator: '<' }, // 少于 "fewer than" → <
  { text: '小于', position: 'before', comparator: '<' }, // 小于 "smaller than" → <
  { text: '不足', position: 'before', comparator: '<' }, // 不足 "short of" → <
  { text: '不到', position: 'before', comparator: '<' }, // 不到 "under" → <
  { text: '不满', position: 'before', comparator: '<' }, // 不满 "under" → <
  {
    text: '约', position: 'before', comparator: '~', // 约 "about" → ~; 节约 "save", 签约 "sign" are other words
    notPrecededBy: ['节', '签', '制', '合', '预', '履', '特', '契', '公', '条', '邀', '相', '违', '守', '集', '婚', '誓', '和', '之', '赴', '践', '解', '缔', '简', '要'],
  },
  { text: '大约', position: 'before', comparator: '~' }, // 大约 "approximately" → ~
  { text: '约为', position: 'before', comparator: '~' }, // 约为 "is about" → ~
  { text: '将近', position: 'before', comparator: '~' }, // 将近 "nearly" → ~
  { text: '接近', position: 'before', comparator: '~' }, // 接近 "close to" → ~
  {
    text: '近', position: 'before', comparator: '~', // 近 "nearly" → ~; 最近 "recent", 就近 "nearby" are other words
    notPrecededBy: ['最', '就', '附', '靠', '邻', '临', '贴', '亲', '远', '拉', '走', '相'],
  },
  // ── after the number (and its unit) ──
  { text: '以上', position: 'after', comparator: '>=' }, // 以上 "or more" → >=
  { text: '及以上', position: 'after', comparator: '>=' }, // 及以上 "and above" → >=
  { text: '或以上', position: 'after', comparator: '>=' }, // 或以上 "or above" → >=
  { text: '或者以上', position: 'after', comparator: '>=' },
  { text: '或更多', position: 'after', comparator: '>=' }, // 或更多 "or more" → >=
  { text: '或者更多', position: 'after', comparator: '>=' },
  { text: '之上', position: 'after', comparator: '>=' }, // 之上 "above", as 以上 → >=
  { text: '以内', position: 'after', comparator: '<=' }, // 以内 "within" → <=
  { text: '之内', position: 'after', comparator: '<=' }, // 之内 "within" → <=
  { text: '以下', position: 'after', comparator: '<=' }, // 以下 "or below" → <=
  { text: '及以下', position: 'after', comparator: '<=' }, // 及以下 "and below" → <=
  { text: '或以下', position: 'after', comparator: '<=' }, // 或以下 "or below" → <=
  { text: '或者以下', position: 'after', comparator: '<=' },
  { text: '之下', position: 'after', comparator: '<=' }, // 之下 "below", as 以下 → <=
  { text: '左右', position: 'after', comparator: '~' }, // 左右 "or so" → ~
  { text: '上下', position: 'after', comparator: '~', notFollowedBy: ['游', '级', '班', '楼', '联', '下', '功'] }, // 上下 "or so" → ~; 上下游 "supply chain"
  // ── between the number and its scale or unit ──
  { text: '余', position: 'between', comparator: '>' }, // 余 "odd, more than" (二十余家: 21 to 29) → >
  { text: '多', position: 'between', comparator: '>' }, // 多 "odd, more than" (3000多) → >
  { text: '几', position: 'between', comparator: '>' }, // 几 "some" (十几万: more than 100000, as 十余万) → >
  { text: '零几', position: 'between', comparator: '>' }, // 零几 "and a few" (一百零几万: more than 1000000) → >
] as const satisfies readonly BoundWordDef[];

/**
 * Words that may stand between a bound word and its number without changing it: 超过了80
 * "went over 80", 至少有10 "there are at least 10", 最多为5 "at most 5".
 *
 * @example
 * BOUND_FILLERS.includes('有') // true
 */
export const BOUND_FILLERS = ['了', '有', '是', '为'] as const;

/**
 * Chinese digit characters and their values. 两 "two (of a measure)" counts as 2;
 * 〇/○/零 are zero.
 *
 * @example
 * CHINESE_DIGITS['两'] // 2
 */
export const CHINESE_DIGITS = {
  '〇': 0, '○': 0, '零': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
} as const satisfies Record<string, number>;

/**
 * Letters typed for 〇 in years written digit by digit (二O二三年): zero there, nowhere else.
 *
 * @example
 * YEAR_ZERO_LOOKALIKES['O'] // 0
 */
export const YEAR_ZERO_LOOKALIKES = { 'Ｏ': 0, 'O': 0, 'o': 0 } as const satisfies Record<string, number>;

/**
 * Chinese place units inside a numeral section: 十 "ten", 百 "hundred", 千 "thousand".
 *
 * @example
 * CHINESE_PLACE_UNITS['千'] // 1000
 */
export const CHINESE_PLACE_UNITS = { '十': 10, '百': 100, '千': 1000 } as const satisfies Record<string, number>;

/**
 * Chinese section units that multiply what precedes them: 万 "ten thousand", 亿 "hundred million".
 *
 * @example
 * CHINESE_SECTION_UNITS['亿'] // 100000000
 */
export const CHINESE_SECTION_UNITS = { '万': 1e4, '亿': 1e8 } as const satisfies Record<string, number>;

/** 点 "point": decimal separator inside Chinese numerals (三点五 → 3.5). */
export const CHINESE_DECIMAL_POINT = '点';

/**
 * Range connectors between two figures: `1-2个`, `1—3万头`, `1至2`, `1~2`, `三到五`.
 *
 * @example
 * RANGE_CONNECTORS.includes('至') // true
 */
export const RANGE_CONNECTORS = [
  '-', '－', '‐', '−', '—', '–', '―', '~', '～', '〜',
  '至', // 至 "to"
  '到', // 到 "to"
] as const;

/**
 * Signs that make the figure right after them negative: `-2.5%`, `−3`, `负3.9%` "minus 3.9 %".
 * A dash counts only before Arabic digits and after no digit or letter (2023-2025, COVID-19 and
 * ranges keep their dash); 负 also before Chinese numerals. 下降 "fall" is a word for a change,
 * not a sign: 下降2.5% stays 2.5.
 *
 * @example
 * NEGATIVE_SIGNS.find((s) => s.text === '负')?.beforeChinese // true
 */
export const NEGATIVE_SIGNS = [
  { text: '-', beforeChinese: false },
  { text: '－', beforeChinese: false },
  { text: '−', beforeChinese: false }, // U+2212 minus sign
  { text: '负', beforeChinese: true }, // 负 "negative"; 正负3% is "plus or minus 3 %"
] as const satisfies readonly { readonly text: string; readonly beforeChinese: boolean }[];

/** Words right before a sign that make it no sign: 正负 "plus or minus". */
export const NOT_NEGATIVE_AFTER = ['正', '±'] as const;

/**
 * How shares are written without a percent sign: X分之Y "Y parts of X" (三分之一 → 1/3), a/b
 * after a bound word or a share cue (超过1/2, 占1/3, 1/3的村庄), and words for a half (半数以上 "half or
 * more"). All are read as the unit `fraction`: `number` is the share of one, `value` in percent.
 *
 * @example
 * SHARES.words.find((w) => w.text === '过半')?.comparator // '>'
 */
export const SHARES = {
  /** Between denominator and numerator: 三分之一. */
  partsOf: '分之',
  /** Between numerator and denominator in Arabic digits: 1/3. */
  slashes: ['/', '／'],
  /** Largest denominator of a/b read as a share (larger ones are dates, codes, ratios). */
  maxSlashDenominator: 100,
  /** Before a/b in the same clause (besides bound words): the share of something, 占全省1/3, 全市的1/4. */
  slashCues: ['占', '的', '达到', '达', '为'],
  /** How far before a/b (characters) a cue may stand. */
  slashCueWindow: 6,
  /** Right after a/b: the share of what follows, 1/3的村庄 "a third of the villages". */
  slashCuesAfter: ['的'],
  /** Between a whole number and a fraction: 一又三分之一 "one and a third" (a number, not a share). */
  mixedJoiner: '又',
  /** Words that are a share by themselves. */
  words: [
    { text: '半数', share: 0.5, comparator: '=' }, // 半数 "half (of them)"
    { text: '一半', share: 0.5, comparator: '=' }, // 一半 "a half"
    { text: '过半数', share: 0.5, comparator: '>' }, // 过半数 "more than half"
    { text: '过半', share: 0.5, comparator: '>' }, // 过半 "over half"
  ],
} as const satisfies {
  readonly partsOf: string;
  readonly slashes: readonly string[];
  readonly maxSlashDenominator: number;
  readonly slashCues: readonly string[];
  readonly slashCueWindow: number;
  readonly slashCuesAfter: readonly string[];
  readonly mixedJoiner: string;
  readonly words: readonly { readonly text: string; readonly share: number; readonly comparator: Comparator }[];
};

/**
 * Words before a Chinese numeral without a digit (十, 百, 千, 万, 十万 …) that make it an
 * indefinite amount, read as a bound on the place written: 数百家 "several hundred firms" → more
 * than 100, 几千 → more than 1000, 上万人 "up to ten thousand and more" → at least 10000. 若干
 * "a number of" gives no amount and the figure is skipped.
 *
 * @example
 * VAGUE_PREFIXES.find((w) => w.text === '上')?.comparator // '>='
 */
export const VAGUE_PREFIXES = [
  // 数 "several"; 人数/户数/系数 "number of people/households, coefficient" end other words
  { text: '数', comparator: '>', notPrecededBy: ['人', '户', '次', '件', '个', '位', '系', '指', '函', '总', '参', '常', '变', '天', '岁', '基', '倍', '分', '票', '名'] },
  { text: '几', comparator: '>', notPrecededBy: [] }, // 几 "a few"
  // 上 "up to, as many as"; 以上/规上/及以上 万元… are "above (a size)" before 万元产值
  { text: '上', comparator: '>=', notPrecededBy: ['以', '规', '及', '之', '线', '网', '向', '马', '早', '晚'] },
  { text: '若干', comparator: null, notPrecededBy: [] }, // 若干 "a number of": no amount
] as const satisfies readonly {
  readonly text: string;
  readonly comparator: Comparator | null;
  /** Characters right before the word that make it the end of another word. */
  readonly notPrecededBy: readonly string[];
}[];

/**
 * Ranges written as "between A and B": 20和30之间, 10000与20000间. The connector counts only when
 * a closing word follows the second figure (2023年和2024年 is two years, not a range).
 *
 * @example
 * BETWEEN_RANGES.closers.includes('之间') // true
 */
export const BETWEEN_RANGES = {
  /** 和/与/及/同 "and" between the two figures. */
  connectors: ['和', '与', '及', '同'],
  /** 之间/间 "between" after the second figure (longest first). */
  closers: ['之间', '间'],
} as const;

/**
 * Context that marks a figure as a name, date, label or reference rather than a quantity.
 * The recogniser consults these tables; it never reports such figures.
 *
 * @example
 * NOT_QUANTITY_CONTEXT.dateSuffixes.includes('年') // true
 */
export const NOT_QUANTITY_CONTEXT = {
  /** After a figure: a date or time (2023年, 8月, 25日, 24时) or a duration in years (三年行动). */
  dateSuffixes: ['年', '月', '日', '时', '世纪'],
  /** After a figure: a label, rank or model (15号 "No. 15", 500强 "top 500", 90后, 3#机组, 2×35万千瓦). */
  labelSuffixes: ['号', '强', '后', '型', '#', '＃', '×', '✕', '*', '＊'],
  /** Before a figure: an ordinal or a label (第三 "third", #3, №3). */
  labelPrefixes: ['第', '#', '＃', '№', 'No.', 'NO.', 'no.'],
  /** Before a Chinese numeral with a digit: a word, not a figure (数一数二 "among the best"). */
  vaguePrefixes: ['数', '几', '若干'],
  /** Before a bare scale word (万, 百亿): a denominator, not a figure (每万人 "per 10,000 people"). */
  perPrefixes: ['每'],
  /** A percent sign followed by two hex digits, one a letter, escapes a byte in a URL (%E5%B9%B4); figures right after it are bytes. */
  urlEscapeMark: '%',
  /**
   * How a web address starts: everything from here to the next space or non-ASCII character is
   * the address, and its figures (q=30%25, %2020) are none.
   */
  urlStarts: ['http://', 'https://', 'www.', 'HTTP://', 'HTTPS://', 'WWW.'],
  /**
   * Idioms whose numerals read like a figure with a unit (三折 "30 %", 两头 "two head"): masked
   * like titles, their figures are none.
   */
  idioms: ['一波三折', '七折八扣', '三头六臂', '三天两头', '九牛一毛'],
  /** Next to a figure: a slogan formula (“1+3+4+N”, 5+3). */
  sloganJoiners: ['+', '＋'],
  /** Next to a bare figure: part of an identifier, path or fraction (art_123, 3/4, id=5). */
  identifierNeighbours: ['/', '／', '_', '=', '@', '\\', '&'],
  /** Between a bare figure and a digit: part of a ratio, clock time or compound label (1.28:1, 10:30, 1.2.3, COVID-19). */
  compoundJoiners: ['-', '－', '—', '–', '―', '~', '～', '.', '．', ':', '：', '/', '／'],
  /** After a number that opens a line or clause: a task or list number (12. 12． 1、 1）). */
  enumeratorMarks: ['.', '．', '、', ')', '）'],
  /** Bullets that may precede a task number at the start of a line (`- 12.`). */
  listBullets: ['-', '•', '·', '*'],
  /** Separators inside a written date (2023-08-25, 2023/8/25, 2023.08.25). */
  dateSeparators: ['-', '/', '.', '．'],
  /** A slash after a latin unit separates two figures (100MW/200MWh), unlike other joiners (COVID-19). */
  unitSeparators: ['/', '／'],
  /** Characters after which a clause starts (for task numbers; `）13.` follows the previous task's units). */
  clauseBoundaries: ['。', '；', ';', '：', ':', '！', '!', '？', '?', '|', '｜', '）', ')', '\n', '\r'],
  /** A bare figure enclosed by one of these pairs is a reference: (3), 〔2023〕, 【57】. */
  bracketPairs: [['(', ')'], ['（', '）'], ['〔', '〕'], ['【', '】'], ['[', ']'], ['［', '］'], ['〈', '〉'], ['{', '}'], ['｛', '｝']],
  /** Everything inside a title mark is part of a document title: 《…三年行动计划(2023-2025年)》. */
  titlePairs: [['《', '》'], ['〈', '〉']],
  /** Short quoted phrases are slogans or names: “十四五”, “231”, “八抓20条”. */
  quotePairs: [['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’'], ['"', '"']],
  /** Longest quoted phrase (characters between the quotes) still treated as a slogan. */
  sloganMaxLength: 12,
  /** Bare four-digit integers in this range are years (2023泰山人才工程, 2023-2025). */
  yearRange: [1900, 2100],
  /** Integers with more digits than this are identifiers (索引号, credit codes). */
  maxIntegerDigits: 12,
  /** Spaces tolerated between a number and its unit or bound word (PDF text: `100 个`). */
  spaces: [' ', '\t', '\u3000', '\u00a0'],
  maxSpaces: 3,
} as const;
