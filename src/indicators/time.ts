import type { Genre } from '../catalogue/index.js';
import { PARTIAL_YEAR } from '../catalogue/index.js';
import { AS_OF_MONTH, PART_YEAR_WORDS, PRESENT_TIME_WORDS } from '../catalogue/index.js';
import { allMatches, blankedOut } from '../patterns.js';
import { lastEndOfAny } from './word-index.js';
import { BUILT_IN_LEXICON, type Lexicon } from './lexicon.js';
import { withoutComparisonBases, yearMentioned } from './semantics.js';
import type { Status, YearBasis } from './types.js';

/** Whether a stretch of a report reviews a past period or plans the coming one. */
export type ReportMode = 'review' | 'plan';

/** What a document and the paragraph a figure sits in say about time. */
export interface TimeContext {
  readonly genre: Genre;
  /** Year of the date the page states about itself (dateline, 发布日期), or null. */
  readonly pageYear: number | null;
  /** The year the document's title is about (`2024年统计公报`, `2023年重点工作任务`), or null. */
  readonly documentYear: number | null;
  /** Review or plan, as the paragraphs so far have turned it; null when nothing has. */
  readonly mode: ReportMode | null;
  /** A time phrase governing the paragraph (its lead `2022年,…` or its section `2023年工作回顾`), or ''. */
  readonly paragraphTime: string;
}

/** The words around one figure. */
export interface FigureWords {
  /** The sentence's opening time phrase (`截至2024年6月底`), or ''. */
  readonly opening: string;
  /** The figure's own clause before it (or the text since the previous figure of the clause). */
  readonly before: string;
  /** The sentence before the figure. */
  readonly sentenceBefore: string;
  /** The clause after the figure. */
  readonly after: string;
  /** The figure is the baseline of a 由 X 提高到 Y pair. */
  readonly baseline: boolean;
  /**
   * The year the text stated last before the figure's sentence, in the same paragraph (a
   * figure's year or a sentence's leading time phrase), asked only when the figure's own words
   * name no year; absent where there is no such text (a table row).
   */
  readonly earlierYear?: () => EarlierYear | null;
}

/** A year the text stated before a figure's sentence, and how: written out, or relative (去年) to the page's date. */
export interface EarlierYear {
  readonly year: number;
  readonly basis: 'stated' | 'relative';
}

/** The time of a figure: target or result, the year it refers to, and where that year came from. */
export interface FigureTime {
  readonly status: Status;
  readonly year: number | null;
  readonly yearBasis: YearBasis;
  /** The year is the one an earlier sentence stated (`FigureWords.earlierYear`), not the figure's own. */
  readonly fromEarlier?: true;
  /** The figure's own words say when (a year, 今年, 目前), whether or not that gives a year. */
  readonly saysWhen?: true;
}

/** A word dating a figure to the page's present (目前, 至今). */
const PRESENT_TIME = new RegExp(`(${PRESENT_TIME_WORDS.join('|')})`);


/** 截至/截止 "as of" right before a year. */
const AS_OF = /(截至|截止|至今|迄今)\s*$/;
/** 到/至 "by" right before a year. */
const BY = /(到|至|在)\s*$/;
/** 年底前 / 年前 "before the end of" right after a year. */
const BEFORE_END = /^\s*年\s*(\d{1,2}\s*月)?\s*[底末]?\s*(前|以前|之前)/;
/** A target word right after the figure: `“2020年建成2万个5G基站”目标`, `…的目标任务`. */
const TARGET_AFTER = /^[^,，。;；]{0,8}?(目标|任务数|计划数)/;
/** The words `TARGET_AFTER` ends with: a text without one is not rewritten to be tested. */
const TARGET_AFTER_WORDS = ['目标', '任务数', '计划数'];
/** 今年/本年/年内 "this year", 去年/上年 "last year", 明年 "next year". */
const RELATIVE_YEARS: readonly (readonly [RegExp, number])[] = [[/(今年|本年|年内)/, 0], [/(去年|上年|上一年)/, -1], [/(明年|下一年)/, 1]];

/**
 * When a figure holds: target or actual, and its year with its basis.
 *
 * Status, first rule that speaks: the baseline of 由…提高到 is a result; a year after 截至 is a
 * result unless it lies after the page's date, one after 到 (`到2025年`) or before 年底前 a
 * target unless it lies before it; a target word right after the figure (`…”目标`); the
 * nearest target word (力争, 目标, 将 …) or result word (已, 同比, 截至 …) before the figure in
 * its sentence; a year of its own before or after the page's year; the report's review or plan
 * part; and last the genre (plans set targets; bulletins, news and other pages report results).
 *
 * Year, first that speaks: a year written in the clause or the sentence's opening (`stated`);
 * 今年/去年/明年 resolved against the page's own date, or its title's year (`relative`, only
 * when the page states one); the year an earlier sentence of the paragraph stated (`2024年,该县将…。
 * 力争实现…`); the year leading the paragraph or heading its section (`stated`); the year of the
 * document's title, one less in a report's review part (`document`); else null (`none`).
 *
 * @example
 * figureTime({ opening: '', before: '今年1至8月新增5G基站', sentenceBefore: '今年1至8月新增5G基站', after: '', baseline: false },
 *   { genre: 'news', pageYear: 2020, documentYear: null, mode: null, paragraphTime: '' })
 * // → { status: 'actual', year: 2020, yearBasis: 'relative' }
 */
export function figureTime(words: FigureWords, context: TimeContext, lexicon: Lexicon = BUILT_IN_LEXICON): FigureTime {
  const { year, yearBasis, explicit, fromEarlier, saysWhen, baseYear } = yearOfFigure(words, context);
  const status = baseYear === true ? 'actual' : statusOfFigure(words, context, explicit, lexicon, fromEarlier === true ? year : null);
  return { status, year, yearBasis, ...(fromEarlier === true ? { fromEarlier } : {}), ...(saysWhen === true ? { saysWhen } : {}) };
}

/** A figure right after `较2012年的` / `比2020年末的` is the level of that base year. */
const BASE_YEAR_BEFORE = /(较|比|由|从)\s*((?:19|20)\d{2})\s*年\s*[末底度]?\s*的?\s*$/;

/**
 * Whether the text before a figure ends with the year of a comparison's base (`由2023年的`,
 * `比2015年`): that year is the base's, not the time of what follows.
 *
 * @example
 * statesBaseYear('优良天数比例由2023年的') // → true
 * statesBaseYear('2023年全县粮食播种面积为') // → false
 */
export function statesBaseYear(before: string): boolean {
  return BASE_YEAR_BEFORE.test(before);
}
/** A year heading the noun right after a figure (`认定35家2021年度市级绿色工厂`): the figure's year. */
function yearOfNounAfter(after: string): number | null {
  const match = YEAR_OF_NOUN.exec(after);
  return match === null ? null : Number(match[1]);
}
const YEAR_OF_NOUN = /^\s*((?:19|20)\d{2})\s*年度/;

/**
 * A clause of the sentence opening with a year (`…，到2022年，`, `初步测算,2022年全区实现…,增长4.9%`):
 * its year governs the clauses after it (not a list of years, `2020年和2021年…`).
 */
const CLAUSE_LEAD_YEAR = /(?:^|[,，;；:：])\s*(?:其中|截至|截止|到|至|在|于)?\s*((?:19|20)\d{2})\s*年(?![度末底]?\s*[和与、至到-])/g;

/**
 * The year of a figure with its basis; `baseYear` when its words end with a comparison's base
 * year (`由2023年的`), which also makes it a result (so `statusOfFigure` need not look again).
 */
function yearOfFigure(words: FigureWords, context: TimeContext): { year: number | null; yearBasis: YearBasis; explicit: number | null; fromEarlier?: true; saysWhen?: true; baseYear?: true } {
  const base = BASE_YEAR_BEFORE.exec(words.before);
  if (base) return { year: Number(base[2]), yearBasis: 'stated', explicit: Number(base[2]), saysWhen: true, baseYear: true };
  const explicit = yearMentioned(words.before) ?? yearMentioned(words.opening) ?? clauseLeadYear(words.sentenceBefore) ?? yearOfNounAfter(words.after);
  if (explicit !== null) return { year: explicit, yearBasis: 'stated', explicit, saysWhen: true };
  const relative = (MAY_BE_RELATIVE.test(words.opening) || MAY_BE_RELATIVE.test(words.before) ? relativeYear(`${words.opening},${words.before}`) : null) ?? relativeYear(words.sentenceBefore);
  const now = context.pageYear ?? context.documentYear;
  if (relative !== null && now !== null) return { year: now + relative, yearBasis: 'relative', explicit: null, saysWhen: true };
  // 今年 with no date to resolve it, 目前: the figure says when without a year, and no other
  // sentence's year speaks for it
  const saysWhen = relative !== null || PRESENT_TIME.test(words.sentenceBefore) || PRESENT_TIME.test(words.opening);
  const earlier = saysWhen ? null : words.earlierYear?.() ?? null;
  if (earlier !== null) return { year: earlier.year, yearBasis: earlier.basis, explicit: null, fromEarlier: true };
  const when = saysWhen ? { saysWhen: true as const } : {};
  const paragraph = yearMentioned(context.paragraphTime);
  if (paragraph !== null) return { year: paragraph, yearBasis: 'stated', explicit: null, ...when };
  if (context.documentYear !== null) {
    // a plan's or work report's review part looks back on the year before its title's
    const lookingBack = context.mode === 'review' && (context.genre === 'plan' || context.genre === 'work_report');
    const year = lookingBack ? context.documentYear - 1 : context.documentYear;
    return { year, yearBasis: 'document', explicit: null, ...when };
  }
  return { year: null, yearBasis: 'none', explicit: null, ...when };
}

/**
 * A time phrase closing a clause (`提出力争到2026年,`, `一、基本情况2020年,`): it sets the time of
 * the clauses after it, like one opening them.
 */
const CLAUSE_END_YEAR = /((?:19|20)\d{2})\s*年\s*(?:底|末|年底|年末|上半年|前|以来)?\s*[,，]/g;

/** A comparison word right before a year (较2020年, 比2015年, 同比). */
const COMPARISON_BEFORE = /(较|比|与)\s*$/;

/** The year of the last clause in a text that opens (or a clause that closes) with a time phrase, or null. */
export function clauseLeadYear(text: string): number | null {
  // most sentences name no year before a figure
  if (!writesYear(text)) return null;
  let year: number | null = null;
  let at = -1;
  for (const match of allMatches(CLAUSE_LEAD_YEAR, text)) {
    year = Number(match[1]);
    at = match.index ?? at;
  }
  for (const match of allMatches(CLAUSE_END_YEAR, text)) {
    const index = match.index ?? -1;
    // 较2020年, / 比2015年, name the base of a comparison, not a time
    if (index > at && !COMPARISON_BEFORE.test(text.slice(Math.max(0, index - 2), index))) {
      year = Number(match[1]);
      at = index;
    }
  }
  return year;
}

/**
 * Whether a text may write a year (`2023年`, `2023 年`): a 年 after a digit, spaces between
 * allowed. Both clause-year patterns need one, and most sentences before a figure have none
 * (年底前, 今年 and 年度 hold no digits), so they are not searched.
 */
function writesYear(text: string): boolean {
  for (let at = text.indexOf('年'); at > 0; at = text.indexOf('年', at + 1)) {
    let before = at - 1;
    while (before > 0 && /\s/.test(text.charAt(before))) before--;
    const code = text.charCodeAt(before);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** The characters every relative-year word starts with (今年, 本年, 年内, 去年, 上年, 明年, 下一年). */
const MAY_BE_RELATIVE = /[今本去上明下]年|年内/;

// each relative-year pattern with the global flag, made once
const GLOBAL_PATTERNS = new Map<RegExp, RegExp>();

/** -1 for 去年/上年, 0 for 今年, 1 for 明年 (comparison bases such as 比上年 left out); null when none is named. */
function relativeYear(text: string): number | null {
  // most clauses name no relative year: one cheap test before any rewriting
  if (!MAY_BE_RELATIVE.test(text)) return null;
  const own = withoutComparisonBases(text);
  let best: { at: number; offset: number } | null = null;
  for (const [pattern, offset] of RELATIVE_YEARS) {
    const at = lastIndexOfPattern(own, pattern);
    if (at >= 0 && (best === null || at > best.at)) best = { at, offset };
  }
  return best?.offset ?? null;
}

function lastIndexOfPattern(text: string, pattern: RegExp): number {
  let global = GLOBAL_PATTERNS.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, 'g');
    GLOBAL_PATTERNS.set(pattern, global);
  }
  let last = -1;
  for (const match of allMatches(global, text)) last = match.index;
  return last;
}

function statusOfFigure(words: FigureWords, context: TimeContext, explicit: number | null, lexicon: Lexicon, earlier: number | null): Status {
  // (a base year ending `before` was found by `yearOfFigure`, which made it 'actual' already)
  if (words.baseline) return 'actual';
  const reference = context.pageYear ?? context.documentYear;
  if (explicit !== null) {
    const text = withoutComparisonBases(`${words.opening},${words.before}`);
    const at = text.lastIndexOf(String(explicit));
    if (at >= 0) {
      const before = text.slice(Math.max(0, at - 3), at);
      const after = text.slice(at + 4, at + 12);
      if (AS_OF.test(before)) return reference === null || explicit <= reference ? 'actual' : 'target';
      if (BEFORE_END.test(after)) return 'target';
      if (BY.test(before)) return reference === null || explicit >= reference ? 'target' : 'actual';
    }
  }
  if (TARGET_AFTER_WORDS.some((word) => words.after.includes(word)) && TARGET_AFTER.test(words.after.replace(/[“”"'‘’《》]/g, ''))) return 'target';
  const marked = markedStatus(words.sentenceBefore, lexicon);
  if (marked !== null) return marked;
  if (explicit !== null && reference !== null && explicit !== reference) return explicit < reference ? 'actual' : 'target';
  // so does the year an earlier sentence of its paragraph stated (2024年,该县将…。…新增高新技术企业10家)
  if (earlier !== null && reference !== null && earlier !== reference) return earlier < reference ? 'actual' : 'target';
  if (context.mode !== null) return context.mode === 'review' ? 'actual' : 'target';
  return context.genre === 'plan' ? 'target' : context.genre === 'work_report' ? 'target' : 'actual';
}

/**
 * The status the nearest target or result word before a figure gives (`力争…新建` target,
 * `已建成` actual), or null when its sentence has neither. Look-alikes (将近, 超额完成 … 目标)
 * are passed over; comparison bases (比上年, 较2020年) are not times of the figure.
 */
export function markedStatus(sentenceBefore: string, lexicon: Lexicon = BUILT_IN_LEXICON): Status | null {
  // look-alikes blanked out in place, so the positions of the other words stay as they were
  const cleaned = withoutComparisonBases(sentenceBefore);
  // (most sentences hold no look-alike: one indexed scan says so before a search per word)
  const text = lastEndOfAny(lexicon.notTargetIndex, cleaned) < 0 ? cleaned : blankedOut(cleaned, lexicon.notTarget);
  const target = lastEndOfAny(lexicon.target, text);
  const partial = partialYear(cleaned);
  const reported = Math.max(lastEndOfAny(lexicon.reported, cleaned), partial ? partial.index + partial[0].length : -1);
  if (target < 0 && reported < 0) return null;
  if (target > reported) return 'target';
  // 今年 after the result word: a new time, which the result word does not speak for
  return lastEndOfAny(lexicon.present, cleaned) > reported ? null : 'actual';
}

/** `PARTIAL_YEAR` in a text (every form of it names a month: a text without 月 is not searched). */
function partialYear(text: string): RegExpExecArray | null {
  return text.includes('月') ? PARTIAL_YEAR.exec(text) : null;
}

/**
 * The part of the year a figure covers, as written before it in its sentence (`1-8月`, `前5个月`,
 * `上半年`, `前三季度`, `截至6月底`), or '' when the sentence names none (the whole year, or
 * nothing said). A result for part of a year is progress, not the year's outcome.
 *
 * @example
 * periodOf('今年1-8月，全县新建5G基站') // → '1-8月'
 * periodOf('截至6月底，全省累计建成5G基站') // → '截至6月底'
 * periodOf('全年新建5G基站') // → ''
 */
export function periodOf(sentenceBefore: string): string {
  const partial = sentenceBefore.includes('月') ? PARTIAL_YEAR.exec(sentenceBefore) ?? AS_OF_MONTH.exec(sentenceBefore) : null;
  if (partial) return partial[0].trim();
  return PART_YEAR_WORDS.find((word) => sentenceBefore.includes(word)) ?? '';
}
