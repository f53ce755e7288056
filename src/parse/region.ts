import { allMatches } from '../patterns.js';
import { DIVISIONS_BY_NAME, GENERIC_DIVISION_NAMES, SCOPE_WORDS, TOWNSHIP_LOOKALIKES, TOWNSHIP_SELF_WORDS, shortName, type Division } from '../catalogue/index.js';

const GENERIC = new Set<string>(GENERIC_DIVISION_NAMES);

/** Outcome of resolving the issuing region of a document. */
export type RegionResolution =
  | { readonly ok: true; readonly division: Division; readonly via: string; readonly note: string }
  | { readonly ok: false; readonly code: 'no-region' | 'ambiguous-region'; readonly message: string };

const MAX_NAME_LENGTH = 12;

/**
 * The division whose name starts `issuer` (`台儿庄区人民政府办公室` → 台儿庄区), longest name
 * first, full names before short ones (`滕州` for 滕州市). Same-named divisions in different
 * places (several 鼓楼区) are told apart by how often their parent and province are named in
 * `context` (the document text).
 *
 * @example
 * resolveIssuerRegion('滕州市人民政府办公室', '…枣庄市…')
 * // → { ok: true, division: { name: '滕州市', code: '370481', level: 'county_level_city', parent: '枣庄市', … }, … }
 */
export function resolveIssuerRegion(issuer: string, context: string): RegionResolution {
  const cleaned = issuer.replace(/^(中共|中国共产党)/, '').replace(/\s+/g, '');
  for (let length = Math.min(MAX_NAME_LENGTH, cleaned.length); length >= 2; length--) {
    const candidates = DIVISIONS_BY_NAME.get(cleaned.slice(0, length));
    if (!candidates || candidates.length === 0) continue;
    // an issuer written with its parent first (杭州市西湖区人民政府) is the child's
    const child = childAtStart(cleaned.slice(length), candidates);
    if (child) return { ok: true, division: child, via: `issuer "${issuer}"`, note: '' };
    return choose(candidates, context, `issuer "${issuer}"`);
  }
  return { ok: false, code: 'no-region', message: `no division name starts the issuer "${issuer}"` };
}

/**
 * The most-mentioned division in a text, as a last resort when no issuer names a region.
 * Counts full names only and prefers the lowest level on ties (a county over its city).
 */
export function resolveMentionedRegion(text: string): RegionResolution {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/[\u4e00-\u9fff]{1,12}?(?:省|自治区|市|区|县|旗|州|盟)/g)) {
    const name = match[0];
    for (let start = 0; start < name.length - 1; start++) {
      const candidate = name.slice(start);
      // generic names (城区, 新区) are no place
      if (GENERIC.has(candidate)) continue;
      // a two-character name (和县, 兴县) run into by ideographs on both sides, its level character
      // starting a word (会议和县委, 振兴县域), is no place
      if (candidate.length === 2 && /[\u4e00-\u9fff]/.test(start > 0 ? name.charAt(start - 1) : text.charAt((match.index ?? 0) - 1)) && LEVEL_WORD.test(text.slice((match.index ?? 0) + name.length - 1, (match.index ?? 0) + name.length + 1))) continue;
      if (DIVISIONS_BY_NAME.has(candidate)) {
        counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
        break;
      }
    }
  }
  // ties go to the lower level (宁波市江北区: the district, not its city)
  // a page that says only 我省 (or 我市) and a province's (city's) short name (湖北) is that one's
  if (counts.size === 0) {
    for (const [self, levels] of SELF_LEVELS) {
      if (!self.test(text)) continue;
      for (const [name, divisions] of DIVISIONS_BY_NAME) {
        if (name.length < 2) continue;
        // (a municipality, 重庆市, is a province that calls itself 我市; a short name several divisions
        // share, 淮安 of 淮安市 and 淮安区, stands for the one of the page's level)
        const atLevel = divisions.filter((division) => levels.includes(division.level === 'province' && division.name.endsWith('市') ? 'prefecture_city' : division.level));
        const division = atLevel[0];
        if (atLevel.length !== 1 || division === undefined || division.name === name) continue;
        const times = count(text, name);
        if (times > 0) counts.set(division.name, times);
      }
      if (counts.size > 0) break;
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || levelRank(a[0]) - levelRank(b[0]));
  const best = ranked[0];
  // a local outlet's name (海门日报, 永嘉新闻, 洛江新闻网) names a county the text may give only by
  // its short name: it stands when nothing else is named, or only the city or province it lies in
  const outlet = outletDivision(text);
  if (outlet !== null) {
    const within = best === undefined || (DIVISIONS_BY_NAME.get(best[0]) ?? []).some((division) => outlet.division.code.startsWith(division.code.replace(/0+$/, '')) && division.code !== outlet.division.code);
    if (within) return { ok: true, division: outlet.division, via: `local outlet "${outlet.name}"`, note: '' };
  }
  if (!best) return { ok: false, code: 'no-region', message: 'the document names no administrative division' };
  // a page that goes through three or more of one city's counties (a ranking, 排名前五位的区是…),
  // none said half as often as all of them, is the city's
  const parent = listedParent(counts, best);
  if (parent !== null) return { ok: true, division: parent, via: `parent of the ${best[0]} and other listed divisions`, note: '' };
  const candidates = DIVISIONS_BY_NAME.get(best[0]) ?? [];
  const chosen = choose(candidates, text, `most-mentioned name "${best[0]}" (${best[1]} times)`);
  return chosen;
}

/** The division whose children a page lists (three or more, none said half as often as all), or null. */
function listedParent(counts: ReadonlyMap<string, number>, best: readonly [string, number]): Division | null {
  const only = (name: string): Division | null => {
    const divisions = DIVISIONS_BY_NAME.get(name) ?? [];
    return divisions.length === 1 ? divisions[0] as Division : null;
  };
  const top = only(best[0]);
  if (top === null || top.parentCode === '') return null;
  let children = 0;
  let mentions = 0;
  for (const [name, times] of counts) {
    // (a name several divisions share, 河东区, counts when one of them is the city's)
    if (!(DIVISIONS_BY_NAME.get(name) ?? []).some((division) => division.parentCode === top.parentCode)) continue;
    children++;
    mentions += times;
  }
  if (children < 3 || best[1] * 2 >= mentions) return null;
  return (DIVISIONS_BY_NAME.get(top.parent) ?? []).find((division) => division.code === top.parentCode) ?? null;
}

/** Words a page uses of its own region, and the levels they name. */
const SELF_LEVELS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/(我省|全省|本省)/, ['province']],
  [/(我市|全市|本市)/, ['prefecture_city']],
];

/** A level character starting a word (县委, 县域, 市级, 区域): a name ending in it may be no name. */
const LEVEL_WORD = /^[省市区县州旗盟][委级域城长直属乡镇场民内外]/;


/** A local outlet's name: a short place name before 日报, 新闻网, 视窗 … */
const OUTLET = /([\u4e00-\u9fff]{2,3})(?:日报|晚报|新闻网|新闻|网|视窗|发布|融媒体|电视台)/g;

/**
 * The county-level division a local outlet names by its short name, when that name is one
 * division's only and the text says it again outside the outlet's name (光明网 once is a national
 * site, not 光明区).
 */
function outletDivision(text: string): { division: Division; name: string } | null {
  for (const match of text.matchAll(OUTLET)) {
    const short = match[1] as string;
    const divisions = DIVISIONS_BY_NAME.get(short) ?? [];
    const division = divisions[0];
    if (divisions.length !== 1 || division === undefined || division.name === short || levelRank(division.name) !== 0) continue;
    if (count(text, short) >= 2) return { division, name: match[0] };
  }
  return null;
}

/** Higher levels rank later: provinces last, then prefectures, then everything below. */
function levelRank(name: string): number {
  const levels = (DIVISIONS_BY_NAME.get(name) ?? []).map((division) => division.level);
  if (levels.includes('province')) return 2;
  if (levels.includes('prefecture_city')) return 1;
  return 0;
}

function childAtStart(rest: string, parents: readonly Division[]): Division | null {
  const codes = new Set(parents.map((parent) => parent.code));
  for (let length = Math.min(MAX_NAME_LENGTH, rest.length); length >= 2; length--) {
    const children = (DIVISIONS_BY_NAME.get(rest.slice(0, length)) ?? []).filter((division) => codes.has(division.parentCode));
    if (children.length === 1) return children[0] as Division;
  }
  return null;
}

function choose(candidates: readonly Division[], context: string, via: string): RegionResolution {
  if (candidates.length === 1) {
    return { ok: true, division: candidates[0] as Division, via, note: '' };
  }
  const scored = candidates.map((division) => ({ division, score: mentions(division, context) }));
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first) return { ok: false, code: 'no-region', message: `no division found for ${via}` };
  if (second && second.score === first.score) {
    const names = scored.map(({ division }) => `${division.province}${division.parent === division.province ? '' : division.parent}${division.name} ${division.code}`);
    return { ok: false, code: 'ambiguous-region', message: `${via} fits several divisions: ${names.join(', ')}` };
  }
  return { ok: true, division: first.division, via, note: `chosen among ${candidates.length} divisions of that name by the parent named in the text` };
}

function mentions(division: Division, context: string): number {
  let score = 0;
  for (const name of [division.parent, division.province]) {
    if (name === '') continue;
    score += count(context, name);
    const short = shortName(name);
    if (short !== null) score += count(context, short);
  }
  return score;
}

function count(text: string, needle: string): number {
  let total = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) total++;
  return total;
}

/** The endings of a township's name. */
const TOWNSHIP_SUFFIX = /街道|镇|乡/g;
/** Characters no township's stem holds (之前的, 和, 年): a stem reaching over them is no name. */
const NOT_IN_STEM = /[^\u4e00-\u9fff]|[的在和与及了等年月日个全各该本我其为是将对从向于以]/;

/**
 * The township (镇, 乡, 街道) a page is about, under its county, or null. A name counts when the
 * page says it at least twice, and is the page's own when its title opens with it, when the page
 * speaks of itself as one (全镇, 本街道), or when it says the name more often than its county's.
 * Words that only end like a name (城镇, 返乡) are none. The township has no code here: its
 * parent is the county.
 *
 * @example
 * resolveTownship('烟墩镇营造林自查', '烟墩镇组织技术力量…烟墩镇全面完成…', county)?.name // → '烟墩镇'
 */
export function resolveTownship(title: string, text: string, county: Division | null): Division | null {
  const counts = new Map<string, number>();
  for (const match of allMatches(TOWNSHIP_SUFFIX, text)) {
    const at = match.index;
    // (乡村 "the countryside", 乡镇 "townships" are no 乡)
    if (match[0] === '乡' && /[村镇]/.test(text.charAt(at + 1))) continue;
    for (const stem of [2, 3]) {
      const name = text.slice(at - stem, at + match[0].length);
      // a stem turned down is turned down longer too: the longer name holds it and ends as it does
      if (at - stem < 0 || NOT_IN_STEM.test(name.slice(0, stem)) || TOWNSHIP_LOOKALIKES.some((word) => name.endsWith(word))) break;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].filter(([, times]) => times >= 2).sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
  const best = ranked[0];
  if (best === undefined) return null;
  const [name, times] = best;
  if (title.trim().startsWith(name)) return townshipUnder(name, county);
  // a page that speaks of itself as a county's (我县, 全区) more than it names the township is no township's
  const selfTimes = (TOWNSHIP_SELF_WORDS as readonly string[]).reduce((sum, word) => sum + count(text, word), 0);
  const countySelf = COUNTY_SELF_WORDS.reduce((sum, word) => sum + count(text, word), 0);
  if (countySelf > selfTimes && countySelf >= times) return null;
  const countyTimes = county === null ? 0 : count(text, shortName(county.name) ?? county.name);
  const own = selfTimes > 0 || (county !== null && times > countyTimes);
  return own ? townshipUnder(name, county) : null;
}

/** A county's (or city's) words for itself: a page using them more than a township's is the county's. */
const COUNTY_SELF_WORDS: readonly string[] = [...SCOPE_WORDS.own, ...SCOPE_WORDS.city];

function townshipUnder(name: string, county: Division | null): Division {
  return { name, code: '', level: 'township', parent: county?.name ?? '', parentCode: county?.code ?? '', province: county?.province ?? '' };
}
