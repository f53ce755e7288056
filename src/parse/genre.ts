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
  let score = 0;
  for (const [word, weight] of words) {
    if (!text.includes(word)) continue;
    // a word found only inside a longer word of the list that is there too is not counted again
    const longer = longerWords(words).get(word);
    if (longer !== undefined && occurrences(text, word) <= longer.reduce((sum, other) => sum + occurrences(text, other), 0)) continue;
    score += weight;
  }
  return score;
}

const longerOf = new WeakMap<readonly (readonly [string, number])[], Map<string, string[]>>();

/** For each word of a list, the longer words of the list that contain it (worked out once per list). */
function longerWords(words: readonly (readonly [string, number])[]): Map<string, string[]> {
  let map = longerOf.get(words);
  if (map === undefined) {
    map = new Map();
    for (const [word] of words) {
      const containing = words.map(([other]) => other).filter((other) => other !== word && other.includes(word));
      if (containing.length > 0) map.set(word, containing);
    }
    longerOf.set(words, map);
  }
  return map;
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/**
 * The date a page carries about itself: the dates of its metadata table first, then the first
 * full date in its opening, then one in its last lines (a dateline printed after the article),
 * as ISO `YYYY-MM-DD`; null when the page states none. Relative times (今年, 去年) are resolved
 * against it, and only when the page states it.
 *
 * @example
 * pageDate(null, null, '时间:2020-10-12 16:23 来源:江西日报\n今年1至8月新增5G基站…') // → '2020-10-12'
 */
export function pageDate(issuedDate: string | null, publishedDate: string | null, text: string): string | null {
  return publishedDate ?? issuedDate ?? findDate(text.slice(0, OPENING)) ?? findDate(text.slice(Math.max(OPENING, text.length - CLOSING)));
}
