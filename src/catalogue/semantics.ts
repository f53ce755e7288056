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

/** Words of a stock: the level reached (累计 "cumulative", 达到 "reach", 总数 "total"). */
export const STOCK_WORDS = ['累计', '总数', '总量', '总规模', '达到', '达', '保持在', '保持', '稳定在', '存栏', '总计', '共有', '拥有', '规模突破', '数量突破', '突破', '总装机', '装机容量', '装机规模'] as const;

/** Words of a cap: 控制在 "keep within", 不超过 "no more than". */
export const CAP_WORDS = ['控制在', '控制', '不超过', '不高于', '以内', '压减', '下降到', '降至', '降低到'] as const;

/** Words of growth: a change over the previous year. */
export const GROWTH_WORDS = ['增长', '提高', '提升', '增加', '下降', '降低', '减少', '增速', '同比'] as const;

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
  '建筑面积', '面积', '规模', '总量', '总数', '数量', '户数', '长度', '里程', '容量', '整治', '涉及', '其中', '惠及', '居民', '群众',
  '比上年末', '比上年', '较上年', '比', '较',
] as const;
