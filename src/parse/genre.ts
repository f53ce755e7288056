import { GENRE_PATTERNS, GENRE_THRESHOLD, GENRE_WORDS, TITLE_WEIGHT, type Genre } from '../catalogue/index.js';
import { findDate } from './dates.js';

/** How much of the text's opening is read for genre words and a dateline. */
const OPENING = 1500;
/** How much of its end is read for a dateline printed after the article. */
const CLOSING = 400;

/**
 * The genre of a document (plan, work report, bulletin, news, other) from the words of its
 * title and opening, each genre word weighted (`catalogue/genres.ts`), a title word counting
 * `TITLE_WEIGHT` times; the best score wins when it reaches `GENRE_THRESHOLD`.
 *
 * @example
 * documentGenre('嘉县2023年国民经济和社会发展统计公报', '初步核算，全年全县生产总值…') // → 'bulletin'
 * documentGenre('', '本报讯（记者 李明）近日，记者从市工信局获悉…') // → 'news'
 */
export function documentGenre(title: string, text: string): Genre {
  // a document's name in 《》 in the text is another document's (发布《…实施方案》 is news about a plan)
  const opening = text.slice(0, OPENING).replace(/《[^《》\n]{0,80}》/g, '《》');
  let best: Genre = 'other';
  let bestScore = GENRE_THRESHOLD - 1;
  for (const [genre, words] of Object.entries(GENRE_WORDS) as [Exclude<Genre, 'other'>, readonly (readonly [string, number])[]][]) {
    let score = scoreWords(words, title) * TITLE_WEIGHT + scoreWords(words, opening);
    for (const [pattern, weight] of GENRE_PATTERNS[genre] ?? []) if (pattern.test(opening)) score += weight;
    if (score > bestScore) {
      best = genre;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The weight of a genre's words found in a text, each place counted once, for its longest word
 * (政府工作报告 is not also 工作报告).
 */
function scoreWords(words: readonly (readonly [string, number])[], text: string): number {
  // one scan for the whole list, longest words first: a word standing only inside a longer word
  // of the list (工作报告 in 政府工作报告) is never matched on its own
  const found = new Set(text.match(patternOf(words)) ?? []);
  let score = 0;
  for (const [word, weight] of words) if (found.has(word)) score += weight;
  return score;
}

const patterns = new WeakMap<readonly (readonly [string, number])[], RegExp>();

/** One pattern for a list's words, longest first (made once per list). */
function patternOf(words: readonly (readonly [string, number])[]): RegExp {
  let pattern = patterns.get(words);
  if (pattern === undefined) {
    const sorted = words.map(([word]) => word).sort((a, b) => b.length - a.length);
    pattern = new RegExp(sorted.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    patterns.set(words, pattern);
  }
  return pattern;
}

/**
 * The date a page carries about itself: the dates of its metadata table first, then a dateline
 * in its opening (a short line of its own or a labelled one) or a date opening one of its first
 * lines, then a dateline in its last lines (printed after the article); a date in the prose of
 * the body is an event's, not the page's;
 * as ISO `YYYY-MM-DD`; null when the page states none. Relative times (今年, 去年) are resolved
 * against it, and only when the page states it.
 *
 * @example
 * pageDate(null, null, '时间:2020-10-12 16:23 来源:江西日报\n今年1至8月新增5G基站…') // → '2020-10-12'
 */
export function pageDate(issuedDate: string | null, publishedDate: string | null, text: string): string | null {
  return publishedDate ?? issuedDate ?? openingDate(text.slice(0, OPENING)) ?? datelineDate(text.slice(Math.max(OPENING, text.length - CLOSING)));
}

/** How many of a page's first lines may open with its date in prose (`7月7日,记者从…获悉`). */
const LEAD_LINES = 3;

/** The page's date in its opening: a dateline there, or a date opening one of its first lines. */
function openingDate(opening: string): string | null {
  const dateline = datelineDate(opening);
  if (dateline !== null) return dateline;
  const lines = opening.split('\n').filter((line) => line.trim() !== '').slice(0, LEAD_LINES);
  for (const line of lines) {
    const date = findDate(line.trim().slice(0, 16));
    if (date !== null) return date;
  }
  return null;
}

/** At most this much of a dateline is not its date (`2023年12月27日 14:03 来源:中国新闻网`). */
const DATELINE_REST = 16;

/**
 * The first date of some lines that is a dateline: a line that is little but the date, or one
 * labelled as the page's (发布, 时间, 日期, 来源). A date in running prose (`2023年4月6日,该市首次
 * 启动该行动`) is an event's, not the page's.
 */
function datelineDate(closing: string): string | null {
  for (const line of closing.split('\n')) {
    const rest = line.replace(/[\d〇零一二三四五六七八九十年月日时分秒\-/.:：\s]/g, '');
    if (rest.length > DATELINE_REST && !/(发布|时间|日期|来源|更新)/.test(line)) continue;
    const date = findDate(line);
    if (date !== null) return date;
  }
  return null;
}
