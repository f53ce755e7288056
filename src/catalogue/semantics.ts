/**
 * Words that carry target semantics around a figure (see shared DOMAIN.md). Data only; the
 * rules that use them live in src/indicators/semantics.ts.
 */

/** Verbs of an increment: built or added within the period. */
export const INCREMENT_WORDS = [
  '新建', '新增', '新培育', '新认定', '新引进', '新开工', '新上', '新改建', '新改造', '新创建', '新打造',
  '培育', '建成', '建设', '开通', '完成', '实施', '改造', '改建', '引进', '引育', '招引', '吸引', '创建',
  '打造', '认定', '培训', '开工', '投产', '落地', '增加', '增长', '净增', '年内', '全年', '当年', '年度新增',
  '植树', '造林', '治理', '提升', '发展', '推广', '建立', '申报', '争创', '落户', '入库', '实现', '组织',
] as const;

/**
 * Strong cues override the nearest weak one: 累计 "cumulative" is always a stock, 新建 "newly
 * built" always an increment. Period words (全年, 年内, 当年) are weak: an annual total
 * (全年一般公共预算收入) is the stock of its year, not an increment.
 */
export const STRONG_STOCK_WORDS = ['累计', '总数', '总量', '存栏', '总规模', '总装机', '保有量', '已建成', '已建设', '已开通', '拥有', '共有', '现有', '总里程', '倍增', '翻番', '翻一番', '年末'] as const;
export const STRONG_INCREMENT_WORDS = ['新建', '新增', '新培育', '新认定', '新引进', '新开工', '新上', '新改建', '新创建', '新打造', '净增', '增长', '增加', '年度新增', '任务总数', '任务数', '建设任务'] as const;

/** A ratio written as a count: 每千人口 "per thousand people", 人均 "per capita", 每万人 "per ten thousand". */
export const PER_CAPITA = /每[十百千万]?(人|人口|户|名|常住人口)|人均|每万人|万人拥有|千人拥有/;

/** 其中 "of which": a figure after it is a part of the one before. */
export const BREAKDOWN_WORDS = ['其中'] as const;

/** Words of a stock: the level reached (累计 "cumulative", 达到 "reach", 总数 "total"). */
export const STOCK_WORDS = ['累计', '总数', '总量', '数量', '开通数', '建成数', '总规模', '达到', '达', '保持在', '保持', '稳定在', '存栏', '总计', '共有', '拥有', '已有', '规模突破', '数量突破', '突破', '总装机', '装机容量', '装机规模'] as const;

/**
 * An as-of date (截至6月底, 目前) makes a figure built so far a stock (截至6月底建成5G基站3581座),
 * unless a period word keeps it to the period (截至6月底, 今年建成…).
 */
export const AS_OF_WORDS = ['截至', '截止', '目前', '至今', '现有', '如今', '当前'] as const;
/**
 * Words that date a figure to the present without a year (目前, 截至目前, 至今): such a figure is
 * of the page's own time, never of a year an earlier sentence or paragraph stated.
 */
export const PRESENT_TIME_WORDS = ['目前', '至今', '迄今', '当前', '现已', '现有', '眼下', '如今'] as const;
export const PERIOD_WORDS = ['今年', '本年', '年内', '全年', '当年', '上半年', '前三季度'] as const;

/** Words of a cap: 控制在 "keep within", 不超过 "no more than". */
export const CAP_WORDS = ['控制在', '控制', '不超过', '不高于', '以内', '压减', '下降到', '降至', '降低到'] as const;

/** Words of growth: a change over the previous year. */
export const GROWTH_WORDS = ['增长', '提高', '提升', '增加', '下降', '降低', '减少', '增速', '同比'] as const;

/** Change words of a decline: a growth after them is negative (下降15.7% → -15.7) unless the indicator measures the decline itself. */
export const DECLINE_WORDS = ['下降', '减少', '降低', '回落', '下滑', '减少了', '下降了', '负增长'] as const;

/** 确保 "ensure" (a floor) and 力争 "strive" (a stretch goal). */
export const TIER_WORDS = {
  ensure: ['确保', '保证', '务必', '必须'],
  strive: ['力争', '争取', '努力', '力求', '争创', '冲刺'],
} as const;

/** Reported results, not plans: 已 "already", 截至 "as of", 上年 "last year" … */
export const ACTUAL_WORDS = ['已建成', '已累计', '已完成', '已达到', '已经', '已有', '目前', '现有', '去年', '上年', '上一年', '过去一年', '过去五年', '实际完成', '完成了'] as const;

/** A baseline then a target: 由/从 X 提高到 Y. Words before the baseline and before the target. */
export const BASELINE_WORDS = ['由', '从'] as const;
export const TO_TARGET_WORDS = ['提高到', '提升到', '增加到', '增长到', '上升到', '扩大到', '下降到', '降低到', '减少到', '提高至', '提升至', '增加至', '增至', '降至', '减至', '达到', '到'] as const;

/** 分别 "respectively": pair the listed nouns with the figures in order. */
export const RESPECTIVELY_WORDS = ['分别'] as const;
/** Separators of a list of nouns before 分别. */
export const LIST_SEPARATORS = ['和', '、', '及', '与', '以及', ','] as const;

/**
 * Words that are not nouns of their own: verbs, adverbs, bounds and particles. A clause whose
 * text before a figure is only these (`新建500个`) borrows its noun from earlier in the sentence;
 * one with a noun of its own (`实施路面改善工程80公里`) does not.
 */
export const NON_NOUN_WORDS = [
  '力争', '确保', '争取', '努力', '年内', '全年', '当年', '年底', '年度', '累计', '达到', '保持在', '保持', '控制在', '不超过', '不少于',
  '不低于', '至少', '超过', '突破', '以上', '以下', '以内', '左右', '其中', '分别', '再', '共', '约', '近', '各', '等', '为', '到', '至',
  '在', '的', '和', '及', '与', '了', '将', '要', '新', '年', '月', '底', '前', '完成', '实现', '新建', '新增', '新培育', '建成', '建设',
  '开通', '改造', '培育', '引进', '实施', '增长', '增加', '提高', '提升', '下降', '降低', '减少', '达', '全市', '全区', '全县', '全省',
  '我市', '我区', '我县', '以', '上', '内', '个', '人', '家',
  // measures of a head noun named earlier: 建筑面积, 户数, 规模 …
  '建筑面积', '面积', '规模', '总量', '总数', '数量', '户数', '产量', '保有量', '存栏量', '装机容量', '装机规模', '装机', '最低', '最高', '增幅', '增速', '涨幅', '降幅', '增长率', '长度', '里程', '容量', '整治', '涉及', '惠及', '居民', '群众', '住户', '农户', '家庭',
  '比上年末', '比上年', '较上年', '比', '较',
  // scopes of a parallel statement (县城不低于85%, 东部地区力争达到90%), zones named like places
  // (分别为高新区1176家), a copula (…的区是滨海新区) and verbs of a list (入选): the measure is the
  // one named before
  '有', '是', '发展', '稳定在', '稳定', '入选', '上榜', '入围', '获评', '高新区', '经开区', '开发区', '我省', '本省', '本市', '本县', '县城', '建制镇', '中心城市', '城市', '地区', '东部', '中部', '西部', '中西部', '东北',
  // how a result or a target is put (实际完成建设279个 after 任务总数274个; 计划完成…): no measure of its own
  '实际', '任务', '任务数', '计划', '已', '已经', '共计', '合计',
  // being named in a list (我省60家企业荣列其中; 第二批名单中,我省有43家): the measure is the list's
  '荣列', '名列', '跻身', '名单', '批次',
  // how a change is put (进一步增加至11.7万人, 目标从4100万头调整为3900万头)
  '进一步', '逐步', '持续', '继续', '稳步', '大幅', '调整为', '调整',
  // how a figure not yet final is put (预计产量12.36万吨, 初步核算)
  '预计', '预期', '预估', '初步', '核算', '测算',
  // how progress on a measure named before is put (其中兰山区已开工41个、竣工12个)
  '开工', '新开工', '竣工', '完工', '开建', '投用', '投产', '交付',
  // how a breakdown by place opens (…132个。分区看,兰山区41个): the measure is the one named before
  '分区看', '分县区看', '分县看', '分区县看', '分市看', '分地区看', '分区域看', '分地域看', '分片区看', '从各地看', '从区域看', '如下', '分解',
] as const;

/**
 * A forecast is neither a target nor a result (有望达到70GW, 乐观预计达90GW, 《报告》预测): a figure
 * after one of these in its sentence is not read (…有望超过4.5亿千瓦,其中新增新能源…超过3亿千瓦). (预计 alone is how a year-end review states a
 * result not yet final, and stays.)
 */
export const FORECAST_WORDS = ['有望', '预测', '乐观预计', '乐观估计', '保守预计', '或将'] as const;

/**
 * Stages before the thing counted: a figure whose own words name one (组织申报高新技术企业61家,
 * 5G基站查勘设计56座) counts applications or surveys, not firms or stations, unless a word of the
 * outcome follows the stage (申报…通过认定).
 */
export const STAGE_WORDS = ['申报', '查勘', '勘察', '勘查', '选址'] as const;

/** Outcome words after a stage word: the figure counts what passed (申报并通过认定30家). */
export const STAGE_OUTCOME_WORDS = ['认定', '入选', '通过', '获批', '批准', '建成', '入库', '备案'] as const;

/**
 * Head nouns that need their kind named earlier when they follow a figure directly
 * (我省有9家企业 after a sentence on 小巨人 firms); 上市企业 before a figure still names a kind.
 */
export const GENERIC_HEAD_NOUNS = ['企业', '单位', '户企业'] as const;

/**
 * Nouns of a plan's own parts: a figure they follow (六个方面, 18项培育措施, 三大行动) counts the plan's
 * aspects, measures or actions, not the indicator its sentence names.
 */
export const PLAN_PART_NOUNS = ['方面', '措施', '举措', '政策', '条款', '环节', '领域', '行动', '方向', '原则', '步骤', '阶段', '机制', '意见'] as const;

/**
 * Share words that name no measure of their own (用户占比): a figure whose segment holds one of
 * these and a subject of its own does not take the rest of an indicator from earlier clauses.
 */
export const GENERIC_SHARE_WORDS = ['占比', '比例', '比重', '比率', '占'] as const;

/**
 * Words that make a figure a target wherever it stands: 力争 "strive", 确保 "ensure", 目标
 * "goal", 预期 "expected", 计划 "planned", 将 "will", 拟 "intend", 预计到 "projected by" …
 * The nearest target or actual word before a figure in its sentence decides its status.
 */
export const TARGET_WORDS = [
  '力争', '确保', '争取', '目标', '预期', '计划', '将', '拟', '力求', '预计到', '要求', '需要', '需', '必须', '务必', '规划', '要达到',
  '要确保', '要实现', '努力', '奋力', '任务是', '任务数', '任务总数', '建设任务', '安排', '不低于', '不少于', '至少', '明年',
] as const;

/**
 * 今年 "this year" after a result word opens a new time in the sentence (`去年…3.1亿，今年…控制在…`):
 * the earlier result word no longer speaks for the figures after it.
 */
export const PRESENT_WORDS = ['今年', '本年度', '本年'] as const;

/**
 * Words that look like a target word but are not one: 将近 "nearly", 计划执行 "how the plan went",
 * 拟认定 (a list proposed for recognition, made public: it reports who made it).
 * (不低于/不少于/至少 above are bounds a plan sets; a report rarely writes them of a result.)
 */
export const NOT_TARGET_WORDS = ['将近', '即将', '计划执行', '计划完成', '目标任务完成', '完成年度目标任务', '完成全年目标任务', '完成年度任务', '完成全年任务', '完成目标', '完成年度目标', '超额完成', '拟认定', '拟入选'] as const;

/**
 * Words of a result already reached: 已 "already", 迄今 "so far", 截至 "as of", 去年 "last year" …
 * (`ACTUAL_WORDS` above are kept for the older clause rule). 同比 and 比上年 are not among them:
 * a plan's growth targets are measured against last year too.
 */
export const REPORTED_WORDS = [
  '已', '迄今', '至今', '目前', '现有', '截至', '截止', '去年', '上年',
  '上一年', '过去一年', '过去五年', '一年来', '完成了', '实现了', '达到了', '建成了', '新增了', '超额完成', '提前完成', '初步核算',
  '首次', '共计', '共有', '实际完成', '居全省', '居全市', '位居', '排名', '上半年', '前三季度', '一季度', '前两个月',
  '数据显示', '统计显示', '数据表明', '监测显示',
] as const;

/** A part of the year already past (`1-6月`, `1至8月`, `前5个月`): figures for it are progress reported. */
export const PARTIAL_YEAR = /(\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|前\s*\d{1,2}\s*个?月)/;

/**
 * Openings of a paragraph that turn a report to its review (过去一年 "the past year", 回顾
 * "review", 执行情况 "how the plan went") or to its plan (主要预期目标 "main expected goals",
 * 今年工作 "this year's work"). The turn holds for the paragraphs after it until the next one.
 */
export const REVIEW_OPENINGS = ['过去一年', '过去五年', '工作回顾', '回顾', '一年来', '执行情况', '完成情况', '工作总结', '主要成效', '取得的成绩'] as const;
export const PLAN_OPENINGS = ['主要预期目标', '预期目标', '主要目标', '今年工作', '工作安排', '总体要求', '重点工作', '发展目标', '主要任务', '工作任务', '计划草案', '重点抓好', '着力抓好'] as const;
/**
 * Headings that turn a report to its plan (二、2024年目标任务, 下一步工作打算): read in a section's
 * title or a heading line only, since in running text they name a plan already past
 * (完成年度目标任务的58.2%).
 */
export const PLAN_HEADINGS = ['目标任务', '工作目标', '年度目标', '奋斗目标', '工作思路', '工作打算', '工作计划', '下一步'] as const;

/** Words that make a figure the whole country's: 全国 "nationwide", 我国 "our country". */
export const NATIONAL_WORDS = ['全国', '我国', '全国范围内'] as const;
/**
 * Bodies of the central government (部委): a page that names one in its opening and no region of
 * its own reports or sets the whole country's figures.
 */
export const NATIONAL_BODIES = [
  '国务院', '国家发展改革委', '国家发展和改革委员会', '住房和城乡建设部', '住房城乡建设部', '住建部', '交通运输部', '工业和信息化部', '工信部',
  '生态环境部', '水利部', '农业农村部', '自然资源部', '国家能源局', '国家林业和草原局', '国家林草局', '国家统计局', '财政部', '科技部',
  '商务部', '民政部', '人力资源社会保障部', '人力资源和社会保障部', '教育部', '国家卫生健康委',
] as const;
/** The name regionbench gives the whole country as a region. */
export const NATIONAL_REGION = '全国';

/**
 * Words that name a region by its level relative to the document's own: 全省/我省 the
 * province it lies in, 全市/我市 its city, 全县/全区 the region itself.
 */
export const SCOPE_WORDS = {
  province: ['全省', '我省', '本省', '全自治区'],
  city: ['全市', '我市', '本市'],
  own: ['全县', '我县', '本县', '全区', '我区', '本区', '全旗', '我旗'],
} as const;

/** Words a township's page uses of itself (全镇, 本街道): its figures are the township's. */
export const TOWNSHIP_SELF_WORDS = ['全镇', '我镇', '本镇', '全乡', '我乡', '本乡', '全街道', '本街道', '我街道'] as const;
/** Words ending like a township's name (镇, 乡, 街道) that name none (城镇, 乡镇, 返乡). */
export const TOWNSHIP_LOOKALIKES = [
  '城镇', '乡镇', '村镇', '集镇', '小镇', '古镇', '重镇', '名镇', '建制镇', '中心镇', '重点镇', '特色镇', '各镇', '该镇', '全镇', '我镇', '本镇', '城关镇',
  '城乡', '下乡', '返乡', '家乡', '老乡', '回乡', '各乡', '该乡', '全乡', '我乡', '本乡', '故乡', '异乡', '他乡', '民族乡',
  '各街道', '该街道', '全街道', '本街道', '我街道', '街道办',
] as const;

/**
 * Parts of a region a figure may cover alone (农村地区建成5G基站1.3万座, 县城不低于85%, 其中区本级…):
 * such a figure is the part's, not its region's, and enters no ranking of regions. The country's
 * and a province's broad areas (东部地区, 中西部地区, 苏北地区 are not listed: a user's catalogue may) are parts too.
 */
export const PART_WORDS = [
  '农村地区', '城市建成区', '建成区', '中心城区', '主城区', '中心城市', '县城', '建制镇', '区本级', '市本级', '县本级', '本级',
  '东部地区', '中部地区', '西部地区', '中西部地区', '东北地区',
  // the rest of a list of places (…瑞金市4.6万亩,其余县(市、区)共23.9万亩)
  '其余县', '其余各县', '其余县区', '其余区县', '其余地区', '其余乡镇', '其他县', '其他县区', '其他区县', '其他地区', '其他乡镇',
] as const;

/** The country's broad areas among the parts: a part of the country named without 全国 (东部地区县城). */
export const NATIONAL_AREA_WORDS = ['东部地区', '中部地区', '西部地区', '中西部地区', '东北地区'] as const;

/** Real division names that are also common words (主城区, 城郊区): never read as a region in running text. */
export const GENERIC_DIVISION_NAMES = ['城区', '郊区', '矿区', '新区', '市中区', '开发区', '高新区', '市辖区', '东区', '西区', '南区', '北区', '中区'] as const;
