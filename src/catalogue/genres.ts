/**
 * The kinds of document planners feed regionbench, and the words that tell them apart. Data
 * only; `src/parse/genre.ts` scores a document's title and opening against these lists.
 *
 * A genre sets the default time of a figure that says nothing about its own time: a plan's
 * figures are targets, a bulletin's and a news report's are results, a work report has both
 * (its review part reports, its plan part sets targets).
 */
export const GENRES = ['plan', 'work_report', 'bulletin', 'news', 'other'] as const;
export type Genre = (typeof GENRES)[number];

/** Words and their weight for each genre; a word in the title counts `TITLE_WEIGHT` times. */
export const GENRE_WORDS: Readonly<Record<Exclude<Genre, 'other'>, readonly (readonly [string, number])[]>> = {
  // 行动计划 "action plan", 实施方案 "implementation plan", 重点工作任务 "key tasks", 规划 "plan"
  plan: [
    ['行动计划', 3], ['实施方案', 3], ['工作方案', 3], ['重点工作任务', 3], ['工作要点', 3], ['实施意见', 3], ['规划', 2],
    ['三年行动', 3], ['印发', 2], ['的通知', 2], ['责任单位', 2], ['牵头单位', 2], ['主要目标', 1], ['发展目标', 1], ['方案', 1],
    ['国民经济和社会发展计划', 3], ['工作计划', 3], ['任务分解', 3], ['任务清单', 3], ['任务表', 3], ['计划表', 3], ['民生实事', 3], ['目标任务', 2],
  ],
  // 政府工作报告 "government work report", 执行情况 "how the plan went", 各位代表 "fellow deputies"
  work_report: [
    ['政府工作报告', 4], ['工作报告', 3], ['执行情况', 3], ['各位代表', 4], ['过去一年', 2], ['工作回顾', 2], ['汇报', 2],
    ['工作总结', 3], ['上半年', 1],
  ],
  // 统计公报 "statistical bulletin", 初步核算 "preliminary accounting"
  bulletin: [
    ['统计公报', 5], ['国民经济和社会发展统计', 5], ['公报', 2], ['初步核算', 3], ['初步测算', 3], ['按可比价格计算', 2], ['按不变价计算', 2],
    ['比上年增长', 1], ['年末', 1],
    // 公布…名单 "announces the list" of firms or places designated: a result
    ['公布', 2], ['名单', 2],
  ],
  // 记者 "reporter", 获悉 "learned", 日电 "dateline", 来源 "source", 发布会 "press conference"
  news: [
    ['记者', 3], ['获悉', 3], ['日电', 3], ['讯', 1], ['消息', 1], ['来源', 2], ['日报', 2], ['新闻', 1], ['据悉', 2], ['近日', 2],
    ['发布会', 2], ['据了解', 2], ['报道', 1], ['编辑', 1], ['责任编辑', 2], ['浏览', 1], ['截至目前', 1], ['日前', 2],
    ['了解到', 2], ['发布时间', 2],
  ],
};

/**
 * Marks of a genre in a page's layout rather than its words, with their weight: a web page's
 * timestamp with the time of day (`2023-12-08 09:38:56`, `2024年3月5日 10:20`) is a news page's.
 */
export const GENRE_PATTERNS: Readonly<Partial<Record<Exclude<Genre, 'other'>, readonly (readonly [RegExp, number])[]>>> = {
  news: [[/(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}/, 3]],
};

/** How many times a genre word in the title counts against one in the text. */
export const TITLE_WEIGHT = 3;
/** The least score a genre needs; below it the document is `other`. */
export const GENRE_THRESHOLD = 3;
