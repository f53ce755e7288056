import { DIVISIONS_BY_NAME, shortName, type Division } from '../catalogue/index.js';
import { allMatches, blankedOut } from '../patterns.js';
import { GENERIC_DIVISION_NAMES, NATIONAL_REGION, NATIONAL_WORDS, PART_WORDS, SCOPE_WORDS, TOWNSHIP_LOOKALIKES } from '../catalogue/index.js';

/** A region named in a figure's clause: a division, the whole country, or a level relative to the document's region. */
export type RegionMention =
  | { readonly kind: 'division'; readonly division: Division }
  | { readonly kind: 'national' }
  | { readonly kind: 'scope'; readonly scope: keyof typeof SCOPE_WORDS };

/** The region a figure is attributed to in the observations table. */
export interface RegionOf {
  readonly name: string;
  readonly code: string;
  readonly level: string;
}

/**
 * What may stand between a clause's start and a region that opens it: a time phrase
 * (`年底前`, `2023年1-6月`, `截至目前`) and at most two other characters (`其中`, `在`).
 */
const CLAUSE_OPENING = /(^|[,，;；:：。\s])[\d年月日底末前今去明本上下半季度截至止到以来目]*[^,，;；:：。\s]{0,2}$/;

/** A copula before a region word (是全国…, 成为全省…, 被评为全国…): a designation follows. */
const DESIGNATED_AS = /(是|成为|作为|评为|列为|命名为|获评)$/;
/** The rest of a company's name after a place (…三联新材料有限公司). */
const IN_COMPANY = /^[\u4e00-\u9fff]{0,18}?(股份有限公司|有限责任公司|有限公司|集团)/;
/** What follows the place of a news dateline (北京电, 北京1月23日电). */
const DATELINE_AFTER = /^(\d{1,2}月\d{1,2}日)?(电|讯)/;
/** A word before a region that ranks a figure in it (居全省…, 位列全国…). */
const RANKED_IN = /(居|列|排)$/;
/** A rank right after a region (全省第一, 全国前列, 全市之首). */
const RANKED_AS = /^(第|前列|前茅|首位|之首|领先|同类)/;

/** Longest division name looked up. */
const MAX_NAME = 10;
/** Levels whose short names (`深圳`, `江苏`) are read as the division; county-level units need their full name. */
const SHORT_NAME_LEVELS = new Set(['province', 'prefecture_city']);

/**
 * The regions named nearest before a figure in a stretch of text: the last name standing before
 * it, or a list of names joined by 、/和/及 (`蚌埠市、六安市、宣城市装配式建筑…超过45%` names three).
 * Names are whole-country words (全国), relative words (全省, 全市, 全县) or division names (full,
 * or the short name of a province or prefecture city). Same-named divisions are told apart by
 * the document's province; a name still ambiguous is passed over. Empty when none is named.
 *
 * @example
 * regionsNamed('其中深圳', null).map((mention) => mention.kind === 'division' && mention.division.name) // → ['深圳市']
 */
export function regionsNamed(text: string, home: Division | null, openingOnly = false): RegionMention[] {
  const found = lastMention(text, text.length, home);
  if (found === null) return [];
  // in a wider window only a name opening a clause governs the figure (not 居全国前列 in passing);
  // 全国/全省 and their kin govern only from there in any window
  const opensClause = CLAUSE_OPENING.test(text.slice(0, found.start));
  if ((openingOnly || found.mention.kind !== 'division') && !opensClause) return [];
  const mentions = [found.mention];
  // a list of names joined by 、 和 及 与 before it
  let start = found.start;
  while (start > 0) {
    const separator = /(、|和|及|与|,|，)$/.exec(text.slice(Math.max(0, start - 1), start));
    if (!separator) break;
    const previous = lastMention(text, start - 1, home);
    if (previous === null || previous.end !== start - 1) break;
    mentions.unshift(previous.mention);
    start = previous.start;
  }
  return mentions;
}

/** The last region mention ending at or before `limit`, with its span. */
function lastMention(text: string, limit: number, home: Division | null): { mention: RegionMention; start: number; end: number } | null {
  for (let end = limit; end >= 2; end--) {
    // the names ending here, found by walking the reversed-name trie back from `end` (most
    // positions end no name: one step; a map lookup per slice of every length cost the whole
    // extraction three times over)
    // (the last unit is tested against a bit set first, and the list is made only where some
    // name ends: a map lookup and an empty list per position were most of the cost)
    const last = text.charCodeAt(end - 1);
    if (((NAME_ENDS[last >> 3] as number) & (1 << (last & 7))) === 0) continue;
    // (and every name has two units or more: the pair ending here must end one, see NAME_PAIRS)
    const pair = pairHash(text.charCodeAt(end - 2), last);
    if (((NAME_PAIRS[pair >> 3] as number) & (1 << (pair & 7))) === 0) continue;
    let lengths: number[] | null = null;
    let node: TrieNode | undefined = NAME_TRIE;
    for (let at = end - 1; at >= Math.max(0, end - MAX_NAME) && node !== undefined; at--) {
      node = node.next.get(text.charCodeAt(at));
      if (node?.terminal === true) (lengths ??= []).push(end - at);
    }
    if (lengths === null) continue;
    for (let k = lengths.length - 1; k >= 0; k--) {
      const length = lengths[k] as number;
      const name = text.slice(end - length, end);
      const mention = mentionOf(name, home, text.slice(0, end - length));
      if (mention === null) continue;
      // 枣庄市级重点实验室, 省级: a name before 级 qualifies a rank, it is not whose figure it is
      if (/^[省市区县]?级/.test(text.slice(end, end + 2))) continue;
      // 是全国“无废城市”试点, 被评为全省…: a designation the region holds, not a region's figure
      // (not a list of regions with their figures: 排名前五位的区是滨海新区(2452家)、…)
      if (DESIGNATED_AS.test(text.slice(Math.max(0, end - length - 3), end - length)) && !/^[(（\d、,，]/.test(text.slice(end, end + 1))) continue;
      // 江苏三联新材料有限公司: a place in a company's name
      if (IN_COMPANY.test(text.slice(end, end + 24))) continue;
      // 新华社北京1月23日电: a news dateline's place, where the report was filed
      if (DATELINE_AFTER.test(text.slice(end, end + 8))) continue;
      // 居全省第4位, 位居全国前列: the field a figure ranks in, not whose figure it is
      if (RANKED_IN.test(text.slice(Math.max(0, end - length - 2), end - length)) || RANKED_AS.test(text.slice(end, end + 3))) continue;
      // a two-character division name (和县, 成县) only where no other ideograph runs into it (建成县城 is no county)
      if (mention.kind === 'division' && length === 2 && /[县区市旗]$/.test(name) && /[\u4e00-\u9fff]/.test(text.charAt(end - 3)) && !/[省市州区县]/.test(text.charAt(end - 3))) continue;
      return { mention, start: end - length, end };
    }
  }
  return null;
}

/** A node of the trie of names read backwards, by UTF-16 code unit. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  terminal: boolean;
}

/** Every region word (division names, full and short; 全国; 全省 …) reversed into a trie, built once. */
const NAME_TRIE: TrieNode = (() => {
  const root: TrieNode = { next: new Map(), terminal: false };
  const words = [...DIVISIONS_BY_NAME.keys(), ...NATIONAL_WORDS, ...Object.values(SCOPE_WORDS).flat()];
  for (const word of words) {
    if (word.length < 2 || word.length > MAX_NAME) continue;
    let node = root;
    for (let at = word.length - 1; at >= 0; at--) {
      const code = word.charCodeAt(at);
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map(), terminal: false };
        node.next.set(code, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return root;
})();

/**
 * The units names end with (the trie's first steps), one bit per UTF-16 unit (8 KB). It pays:
 * every position of every window a figure's region is looked for in is tested. A/B against a map
 * lookup and a list per position (session 9, `node --import tsx bench/stages.ts DIST observe`:
 * observeDocument over bench's 3,000 documents, three passes, builds alternated, user s): map 2.817 2.276 2.234 / 2.801 2.252
 * 2.281 / 2.993 2.529 2.405, bits 2.349 2.227 2.219 / 2.626 2.194 2.222 / 2.794 2.288 2.271
 * (every pass lower; see bench/README.md, session 9).
 */
const NAME_ENDS: Uint8Array = (() => {
  const bits = new Uint8Array(0x10000 >> 3);
  for (const code of NAME_TRIE.next.keys()) bits[code >> 3] = (bits[code >> 3] as number) | (1 << (code & 7));
  return bits;
})();

/**
 * The last two units of every name (the trie's first two steps), hashed to one bit each of 64 K
 * (8 KB): most places whose last unit ends a name (市, 区, 县, 省 end many words that are no
 * name) are passed over without walking the trie. Same names found. It pays, a little: over
 * 519,000 sentence windows of bench's documents (up to 200 units before each number),
 * `withoutRegionNames` took 308–322 ms a pass without it and 205–234 ms with it (one process,
 * alternated); `node bench/stages.ts DIST observe 5` (esbuild-built, see bench/README.md,
 * session 10), warm passes summed, alternated: 6.747 6.431 6.786 s without, 6.613 6.351 6.534 s
 * with.
 */
const NAME_PAIRS: Uint8Array = (() => {
  const bits = new Uint8Array(0x10000 >> 3);
  for (const [last, node] of NAME_TRIE.next) {
    for (const before of node.next.keys()) {
      const hash = pairHash(before, last);
      bits[hash >> 3] = (bits[hash >> 3] as number) | (1 << (hash & 7));
    }
  }
  return bits;
})();

/** A hash of two UTF-16 units (a name's unit before last, and its last) into 16 bits. */
function pairHash(before: number, last: number): number {
  return ((last * 31) ^ before) & 0xffff;
}

/** Scope words by word, found once. */
const SCOPE_OF: ReadonlyMap<string, keyof typeof SCOPE_WORDS> = new Map(
  (Object.entries(SCOPE_WORDS) as [keyof typeof SCOPE_WORDS, readonly string[]][]).flatMap(([scope, words]) => words.map((word) => [word, scope] as const)),
);
const NATIONAL = new Set<string>(NATIONAL_WORDS);
const GENERIC = new Set<string>(GENERIC_DIVISION_NAMES);

function mentionOf(name: string, home: Division | null, before: string): RegionMention | null {
  if (NATIONAL.has(name)) return { kind: 'national' };
  const scope = SCOPE_OF.get(name);
  if (scope !== undefined) return { kind: 'scope', scope };
  const candidates = DIVISIONS_BY_NAME.get(name);
  if (!candidates || GENERIC.has(name)) return null;
  // a short name is read for a province or city, and for the document's own region (闵行 in a 闵行区 page)
  const usable = candidates.filter((division) => division.name === name || SHORT_NAME_LEVELS.has(division.level) || division.code === home?.code);
  if (usable.length === 0) return null;
  if (usable.length === 1) return { kind: 'division', division: usable[0] as Division };
  // same-named divisions: the one whose parent is written right before it (宁波市江北区), else the one in the document's province
  const underParent = usable.filter((division) => division.parent !== '' && (before.endsWith(division.parent) || before.endsWith(shortName(division.parent) ?? division.parent)));
  if (underParent.length === 1) return { kind: 'division', division: underParent[0] as Division };
  const near = home === null ? [] : usable.filter((division) => division.province === home.province);
  return near.length === 1 ? { kind: 'division', division: near[0] as Division } : null;
}

/**
 * Divisions by code (the first of each code in the name lists), indexed once: the province
 * `xx0000` or the city `xxxx00` of a document's region is looked up for most figures that say
 * 全省 or 全市, and a search through every division per new code cost more than the index.
 */
const DIVISION_BY_CODE: ReadonlyMap<string, Division> = (() => {
  const index = new Map<string, Division>();
  for (const list of DIVISIONS_BY_NAME.values()) for (const division of list) if (!index.has(division.code)) index.set(division.code, division);
  return index;
})();

/**
 * The region a mention stands for, given the document's own region: 全国 the country, 全省 the
 * province of the document's region, 全市 its city (itself when it is a city), 全县/全区 the
 * region itself (a township's county). Null when a relative word has no document region to
 * resolve against.
 */
export function resolveMention(mention: RegionMention, home: Division | null): RegionOf | null {
  if (mention.kind === 'national') return { name: NATIONAL_REGION, code: '', level: 'country' };
  if (mention.kind === 'division') return asRegion(mention.division);
  if (home === null) return null;
  // a township's page (no code of its own) reads 全县/全市/全省 against its county
  if (home.level === 'township') {
    const county = home.parentCode === '' ? null : lookupDivision(home.parentCode);
    return county === null ? null : resolveMention(mention, county);
  }
  if (mention.scope === 'own') return asRegion(home);
  if (mention.scope === 'province') {
    if (home.level === 'province') return asRegion(home);
    return lookup(`${home.code.slice(0, 2)}0000`) ?? asRegion(home);
  }
  if (home.level === 'prefecture_city' || home.level === 'county_level_city' || home.level === 'province') return asRegion(home);
  // a district of a municipality (天津市武清区): its 全市 is the municipality, a province-level unit
  return lookup(`${home.code.slice(0, 4)}00`) ?? lookup(`${home.code.slice(0, 2)}0000`) ?? asRegion(home);
}

function lookup(code: string): RegionOf | null {
  const division = lookupDivision(code);
  return division === null ? null : asRegion(division);
}

function lookupDivision(code: string): Division | null {
  return DIVISION_BY_CODE.get(code) ?? null;
}

function asRegion(division: Division): RegionOf {
  return { name: division.name, code: division.code, level: division.level };
}

/**
 * A text with the region names in it blanked out (`其中临沂` → `其中  `): a place name is no noun
 * of the figure's own, so `其中临沂12800个` still borrows 5G基站 from its sentence.
 */
export function withoutRegionNames(text: string, home: Division | null): string {
  let rest = text;
  let limit = rest.length;
  for (;;) {
    const found = lastMention(rest, limit, home);
    if (found === null) return rest;
    rest = rest.slice(0, found.start) + ' '.repeat(found.end - found.start) + rest.slice(found.end);
    limit = found.start;
  }
}

/**
 * A part of a region standing as the subject of a figure's clause (`农村地区建成…`, `县城不低于…`,
 * `其中区本级227亿元`): opening the clause or right after a region's name or 其中, and followed by a
 * verb, a bound or the figure itself, not by a noun (`城市污水处理率` names a measure, not a part).
 * '' when there is none.
 *
 * @example
 * partNamed('其中,农村地区建成5G基站超') // → '农村地区'
 * partNamed('县城不低于') // → '县城'
 * partNamed('县城污水处理率达到') // → ''
 */
export function partNamed(clauseBefore: string): string {
  // most texts hold no part word at all: one quick look first
  if (!ANY_PART.test(clauseBefore)) return '';
  let part = '';
  for (const match of allMatches(PART_SUBJECT, clauseBefore)) part = match[1] as string;
  return part;
}

const ANY_PART = new RegExp(PART_WORDS.join('|'));

const PART_SUBJECT = new RegExp(
  `(?:^|[,，;；:：、\\s]|其中|全国|全省|全市|全县|全区|[省市县区])(${[...PART_WORDS].sort((a, b) => b.length - a.length).join('|')})`
  // (a bracket of the levels it covers may follow: 其余县(市、区)共…)
  + '(?=(?:[(（][^()（）]{0,8}[)）])?\\s*(?:$|\\d|达|为|是|不|超|突破|建成|新建|完成|实现|增长|提高|累计|共|有|要|力争|将|已|分别|均|在|约|近))',
  'g',
);

/** A township's name opening a list item: a stem of two or three ideographs and 街道, 镇 or 乡. */
const TOWNSHIP_ITEM = /(?:^|[,，、;；:：])\s*(?:其中\s*[,，]?\s*)?([\u4e00-\u9fff]{2,3}?(?:街道|镇|乡))(?![村镇])/g;
/** Characters no township's stem holds (的, 和, 年 …): a stem reaching over them is no name. */
const NOT_IN_TOWNSHIP_STEM = /[的在和与及了等年月日个全各该本我其为是将对从向于以新增建改完成实现共计]/;
/** Levels of a county's own page, whose townships a list may name. */
const COUNTY_LEVELS: ReadonlySet<string> = new Set(['county', 'district', 'county_level_city']);

function townshipNames(text: string): string[] {
  const names: string[] = [];
  for (const match of allMatches(TOWNSHIP_ITEM, text)) {
    const name = match[1] as string;
    const stem = name.replace(/(街道|镇|乡)$/, '');
    if (NOT_IN_TOWNSHIP_STEM.test(stem) || TOWNSHIP_LOOKALIKES.some((word) => name.endsWith(word))) continue;
    names.push(name);
  }
  return names;
}

/**
 * The townships a sentence of a county's page lists as items (`其中,如城街道改造9个,东陈镇改造5个`):
 * two or more names of a stem and 街道, 镇 or 乡, each opening a clause or an item; none on a page
 * that is not a county's, or for a single name (a word that only ends like one, 城镇, 乡镇, is none).
 *
 * @example
 * listedTownships('其中,如城街道改造9个,东陈镇改造5个', 如皋市) // → ['如城街道', '东陈镇'] on 如皋市's page
 */
export function listedTownships(sentence: string, home: Division | null): string[] {
  if (home === null || !COUNTY_LEVELS.has(home.level) || !/街道|镇|乡/.test(sentence)) return [];
  const names = [...new Set(townshipNames(sentence))];
  return names.length >= 2 ? names : [];
}

/**
 * The township of `listed` a figure's own list item opens with: a region with no code, level
 * `township`, under the county; null when the item names none.
 */
export function townshipItem(segment: string, listed: readonly string[], home: Division | null): RegionMention | null {
  if (home === null || listed.length === 0) return null;
  const opening = segment.replace(/^[\s,，、;；:：]*(其中[\s,，]*)?/, '');
  const name = listed.find((candidate) => opening.startsWith(candidate));
  if (name === undefined) return null;
  return { kind: 'division', division: { name, code: '', level: 'township', parent: home.name, parentCode: home.code, province: home.province } };
}

/** A text with the listed townships' names blanked out (they are places, not what a figure counts). */
export function withoutTownships(text: string, listed: readonly string[]): string {
  return blankedOut(text, listed);
}
