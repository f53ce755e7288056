import * as OpenCC from 'opencc-js';
import { FURNITURE_LINES, METADATA_LABELS, type MetadataField } from '../catalogue/index.js';
import { TRADITIONAL_ONLY } from '../catalogue/index.js';
import { convertLines, deleteMatches, deleteRanges, identity, mapUnits, type MappedText } from './mapped-text.js';
import { allMatches } from '../patterns.js';
import { isWhiteSpace } from './white-space.js';

/** Script of the document as it arrived. */
export type Script = 'simplified' | 'traditional';

/** Normalised text plus what normalisation found and changed. */
export interface NormalisedText extends MappedText {
  readonly script: Script;
  /** Values of metadata tables (索引号 tables) removed as furniture, first value per field. */
  readonly fields: Readonly<Partial<Record<MetadataField, string>>>;
  /** How many furniture and metadata lines were dropped. */
  readonly droppedLines: number;
}

// OpenCC's converters are made on the first traditional document (their dictionaries take a
// while to load, and most documents are simplified)
let converter: ((text: string) => string) | null = null;

function traditionalToSimplified(text: string): string {
  if (converter === null) {
    const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
    converter = (input: string): string => fromHongKong(fromTaiwan(input));
  }
  return converter(text);
}

const LABEL_PATTERN = new RegExp(
  `(${[...METADATA_LABELS]
    .map(([label]) => label)
    .sort((a, b) => b.length - a.length)
    .map((label) => [...label].join('[ \\t\\u3000]*'))
    .join('|')})[ \\t\\u3000]*(?=[:：|]|[ \\t\\u3000]|$)[:：]?`,
  'g',
);
const STICKY_LABEL = new RegExp(LABEL_PATTERN.source, 'y');
const LABEL_TO_FIELD = new Map<string, MetadataField>(METADATA_LABELS.map(([label, field]) => [label, field]));

/**
 * Normalise decoded document text without changing its meaning, keeping a map back to the
 * original:
 * 1. unify line breaks; drop zero-width characters; no-break and ideographic spaces → space;
 * 2. full-width ASCII forms (digits, letters, punctuation ０-９ Ａ-Ｚ ，：；（）％) → half-width;
 * 3. metadata-table lines (索引号, 发文字号, 成文日期 …) → `fields`, then dropped with the other
 *    page furniture (扫一扫在手机打开当前页, 下载Word 下载PDF, 关闭窗口 …);
 * 4. pinyin glosses inserted by mirror sites removed: `萬(wàn)個(gè)` → `萬個`;
 * 5. traditional script converted to simplified (OpenCC, Taiwan and Hong Kong variants) when at
 *    least 2% of the ideographs change, and `script` records it;
 * 6. spaces inside digit runs closed up (`1 2 0个` → `120个`, `12 000` → `12000`) when the
 *    groups are short enough to be a broken number, not two numbers (and not after a decimal
 *    point or a column gap: `97.9 98.3` and `(次)   147 8` are a table's cells);
 * 7. a lone space between two ideographs closed up in a line of prose (one with clause
 *    punctuation): it is what a PDF's or a page's wrapped line leaves inside a word
 *    (`人均地区生 产总值`, `常住人 口`); a line without it may be a headline or a table row, whose
 *    spaces part items (`粮食面积68万亩 产量4.54亿斤`), and a slogan in quotes keeps its halves
 *    apart (`“放心托育 方便可及”`).
 *
 * @example
 * normaliseText('扫一扫在手机打开当前页\n新建基站１ ２ ０個').text // → '新建基站120个'
 */
export function normaliseText(original: string): NormalisedText {
  let mapped = identity(original);
  // 1. CRLF to LF
  if (original.includes('\r')) mapped = deleteMatches(mapped, /\r(?=\n)/g);
  // 2. lone CR to LF, invisible characters out, odd spaces to spaces, full-width ASCII forms to
  //    half-width: one pass by code unit (a table pasted with tabs between its cells keeps them
  //    apart as `|`, the mark the table reader knows)
  if (original.includes('\t')) mapped = { text: tabCells(mapped.text), map: mapped.map };
  if (NOT_PLAIN.test(mapped.text)) mapped = mapUnits(mapped, plainUnit);
  // 3. metadata tables and furniture
  const { mapped: withoutFurniture, fields, dropped } = dropFurniture(mapped);
  mapped = withoutFurniture;
  // 4. pinyin glosses: one lower-case syllable with a tone mark or tone number, right after an ideograph
  mapped = deleteRanges(mapped, pinyinGlosses(mapped.text));
  // 5. traditional → simplified (decided on single characters first: converting every line of
  //    every simplified document only to throw the result away was a fifth of the run time)
  const script: Script = looksTraditional(mapped.text) ? 'traditional' : 'simplified';
  if (script === 'traditional') mapped = convertLines(mapped, traditionalToSimplified);
  // 6. digit runs broken by spaces
  mapped = closeDigitSpaces(mapped);
  // 7. words broken by a wrapped line's space (人均地区生 产总值)
  mapped = closeWordSpaces(mapped);
  // spelled out, not spread: an object made by spreading gets a map of its own in V8 now and then,
  // and code compiled for one document's shape is thrown away at the next
  return { text: mapped.text, map: mapped.map, script, fields, droppedLines: dropped };
}

/** One syllable of pinyin in brackets, with a tone mark or a tone number (sticky: tried at one bracket). */
const PINYIN_GLOSS = /\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-zü]{1,6}[1-5])\)/y;

/**
 * Step 4: the spans of pinyin glosses right after an ideograph (`萬(wàn)`). The brackets are
 * found by `indexOf` and the pattern tried only at those after an ideograph: a pattern searching
 * the whole text looked at every unit of it (a look-behind for the ideograph, earlier, was the
 * costliest step of normalising). A gloss holds no bracket, so no bracket is skipped.
 */
function pinyinGlosses(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (before < 0x4e00 || before > 0x9fff) continue;
    PINYIN_GLOSS.lastIndex = at;
    if (PINYIN_GLOSS.test(text)) ranges.push([at, PINYIN_GLOSS.lastIndex]);
  }
  return ranges;
}

/**
 * Step 2 for a table pasted with tabs (from a spreadsheet or a web page): in a line with two or
 * more tabs between its words, each such tab becomes `|`, one unit for one, so the offsets stay;
 * tabs that only indent a line, or a single tab in prose, stay white space.
 *
 * @example
 * tabCells('县区\t新建5G基站(个)\t累计(个)\n谯城区\t320\t2150') // → '县区|新建5G基站(个)|累计(个)\n谯城区|320|2150'
 */
export function tabCells(text: string): string {
  return text.replace(/^([ \t]*)(\S[^\n]*)$/gm, (line, indent: string, rest: string) => {
    const inner = rest.replace(/\t+$/, '');
    if ((inner.match(/\t+/g) ?? []).length < 2) return line;
    return indent + inner.replace(/\t/g, '|') + rest.slice(inner.length);
  });
}

/** Steps 1–2 for one UTF-16 unit: lone CR, invisible characters, odd spaces, full-width forms. */
function plainUnit(code: number): number {
  // a stray NUL (a text may hold one) is invisible too
  if (code < 0xa0) return code === 0x0d ? 0x0a : code === 0x09 ? 0x20 : code === 0 ? -1 : code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0xa0 || code === 0x3000) return 0x20;
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return -1;
  return code;
}

/**
 * The units `plainUnit` changes, as one pattern made from the function itself (so the two cannot
 * disagree): a text holding none is not walked unit by unit. The pattern stops at the first
 * such unit (a full-width comma, in most Chinese text), and the walk through a text with none
 * cost twice what the pattern does (bench's 3,000 texts: 178 ms a pass against about 80 ms;
 * `node /tmp/stages.mjs DIST ingest 4`, bench/README.md, session 12).
 */
const NOT_PLAIN = unitsChangedBy(plainUnit);

function unitsChangedBy(change: (code: number) => number): RegExp {
  const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
  const ranges: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (change(code) === code) continue;
    let last = code;
    while (last < 0xffff && change(last + 1) !== last + 1) last++;
    ranges.push(last === code ? hex(code) : `${hex(code)}-${hex(last)}`);
    code = last;
  }
  return new RegExp(`[${ranges.join('')}]`);
}

let traditionalOnly: Uint8Array | null = null;

/** One flag per ideograph U+4E00–U+9FFF: 1 for a traditional-only form (`TRADITIONAL_ONLY`); built once. */
function traditionalCharacters(): Uint8Array {
  if (traditionalOnly === null) {
    traditionalOnly = new Uint8Array(0x9fff - 0x4e00 + 1);
    for (let i = 0; i < TRADITIONAL_ONLY.length; i++) traditionalOnly[TRADITIONAL_ONLY.charCodeAt(i) - 0x4e00] = 1;
  }
  return traditionalOnly;
}

/**
 * Whether at least 2 % of a text's ideographs are traditional-only forms. Whole numbers only: a
 * share (a division) after this long loop made V8 throw its compiled code away at almost every
 * document with a traditional character.
 */
function looksTraditional(text: string): boolean {
  const traditional = traditionalCharacters();
  let ideographs = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    ideographs++;
    changed += traditional[code - 0x4e00] as number;
  }
  return ideographs > 0 && changed * 50 >= ideographs;
}

/**
 * `FURNITURE_LINES` as one pattern per set of flags: a line is tested once or twice instead of
 * some twenty times (each test of a regular expression has a cost of its own, and every line
 * of every document was tested).
 */
const FURNITURE: readonly RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  for (const pattern of FURNITURE_LINES) {
    const flags = pattern.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${pattern.source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();

/** The longest line (without spaces) dropped as site chrome. */
const FURNITURE_MAX = 160;

function dropFurniture(input: MappedText): { mapped: MappedText; fields: Partial<Record<MetadataField, string>>; dropped: number } {
  const fields: Partial<Record<MetadataField, string>> = {};
  const ranges: [number, number][] = [];
  let start = 0;
  const { text } = input;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const look = lookAtLine(text, start, end);
    const line = text.slice(start, end);
    const compact = (look & SPACED) === 0 ? line : line.replace(/\s+/g, '');
    // site chrome is short: a long line that opens with a breadcrumb is a page flattened into one
    // line, and its text is kept (the chrome with it)
    const isFurniture = compact !== '' && compact.length <= FURNITURE_MAX && FURNITURE.some((pattern) => pattern.test(compact));
    const metadata = isFurniture || (look & LABEL_PLACE) === 0 ? null : readMetadataLine(line);
    if (metadata) {
      for (const [field, value] of metadata) if (value !== '' && fields[field] === undefined) fields[field] = value;
    }
    if (isFurniture || metadata) ranges.push([start, Math.min(end + 1, text.length)]);
    start = end + 1;
  }
  return { mapped: deleteRanges(input, ranges), fields, dropped: ranges.length };
}

/**
 * One look at each unit of a line, for `dropFurniture`: whether it holds white space (`SPACED`),
 * and whether a metadata label's first character stands at its start or after a label boundary
 * (`LABEL_PLACE`). A line with neither, most lines of prose, is tested for chrome as it is and
 * never for metadata: a white-space pattern and a label pattern run on every line cost a fifth of
 * the ingest stage; this look costs less than either, and a label's line is found the same way
 * `labelsIn` reads it (with the space and bracket prechecks below: ingest stage 0.07–0.09 s a pass
 * lower, `node /tmp/stages.mjs DIST ingest 4`; bench/README.md, session 12).
 */
function lookAtLine(text: string, start: number, end: number): number {
  let look = 0;
  let boundary = true;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (boundary && LABEL_FIRST.has(code)) look |= LABEL_PLACE;
    // (ideographs first: they are most units, and none is white space or a boundary)
    if (code > 0x3000 && code !== 0xff1a && code !== 0xfeff) {
      boundary = false;
      continue;
    }
    const white = isWhiteSpace(code);
    if (white) look |= SPACED;
    boundary = white || isLabelBoundary(code);
  }
  return look;
}

/** `lookAtLine`: the line holds white space. */
const SPACED = 1;
/** `lookAtLine`: a label's first character opens the line or follows a boundary. */
const LABEL_PLACE = 2;

/**
 * Read a metadata-table line into field/value pairs, or null when the line is document text.
 * A line qualifies when it holds two labels, or starts with a label followed by `:`/`|`.
 */
function readMetadataLine(line: string): [MetadataField, string][] | null {
  if (line.length > 400) return null;
  const matches = labelsIn(line);
  if (matches.length === 0) return null;
  const first = matches[0] as RegExpMatchArray;
  const before = line.slice(0, first.index).replace(/[\s|]/g, '');
  const after = line.slice((first.index ?? 0) + first[0].length).trimStart();
  const startsWithLabel = before === '' && (/[:：]$/.test(first[0]) || after.startsWith('|'));
  if (matches.length < 2 && !startsWithLabel) return null;
  const pairs: [MetadataField, string][] = [];
  matches.forEach((match, index) => {
    const label = (match[1] ?? '').replace(/[ \t\u3000]/g, '');
    const field = LABEL_TO_FIELD.get(label);
    const valueStart = (match.index ?? 0) + match[0].length;
    const next = matches[index + 1];
    const valueEnd = next ? next.index ?? line.length : line.length;
    const value = line.slice(valueStart, valueEnd).replace(/^[\s|:：]+|[\s|:：]+$/g, '').replace(/\s*\|\s*/g, ' ');
    if (field) pairs.push([field, value]);
  });
  return pairs;
}

/**
 * The metadata labels of a line, each at the line's start or after a space, bar or colon: the
 * pattern is tried at those places only (sticky), not at every position of every line.
 */
function labelsIn(line: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let at = 0; at < line.length; at++) {
    if (at > 0 && !isLabelBoundary(line.charCodeAt(at - 1))) continue;
    if (!LABEL_FIRST.has(line.charCodeAt(at))) continue;
    STICKY_LABEL.lastIndex = at;
    const match = STICKY_LABEL.exec(line);
    if (match === null) continue;
    matches.push(match);
    at = match.index + match[0].length - 1;
  }
  return matches;
}

/** First characters of the labels, by code: the sticky pattern is tried only where one stands. */
const LABEL_FIRST: ReadonlySet<number> = new Set(METADATA_LABELS.map(([label]) => label.charCodeAt(0)));

/** A unit after which a metadata label may start: white space, a bar or a colon (`[\s|:：]`). */
function isLabelBoundary(code: number): boolean {
  return code === 0x7c || code === 0x3a || code === 0xff1a || isWhiteSpace(code);
}

/** A line of prose: it has a clause mark. */
const CLAUSE_MARK = /[,;。、!?]/;

/** A lone space between two ideographs. */
const WORD_SPACE = /[\u4e00-\u9fff] (?=[\u4e00-\u9fff])/g;

/** Whether a quotation opened within the 24 units before `at` is still open there. */
function insideQuote(text: string, at: number): boolean {
  const from = Math.max(0, at - 24);
  const open = Math.max(text.lastIndexOf('“', at), text.lastIndexOf('"', at), text.lastIndexOf('「', at));
  return open >= from && !/[”」"]/.test(text.slice(open + 1, at));
}

/** Step 7: lone spaces between ideographs in lines of prose. */
function closeWordSpaces(input: MappedText): MappedText {
  const { text } = input;
  // (most texts hold no space once their lines are apart: the pattern is not run over them)
  if (!text.includes(' ')) return input;
  const ranges: [number, number][] = [];
  // the line of the last space looked at, and whether it is prose (each line tested once)
  let lineEnd = -1;
  let prose = false;
  for (const space of allMatches(WORD_SPACE, text)) {
    const at = space.index + 1;
    if (at > lineEnd) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      lineEnd = end < 0 ? text.length : end;
      prose = CLAUSE_MARK.test(text.slice(lineStart, lineEnd));
    }
    // (a slogan's two halves inside quotes keep their space: “台城惠民情 文化惠民生”)
    if (prose && !insideQuote(text, at)) ranges.push([at, at + 1]);
  }
  return ranges.length === 0 ? input : deleteRanges(input, ranges);
}

/** Close spaces inside digit runs whose groups are short (1–3 digits): a broken number, not two. */
function closeDigitSpaces(input: MappedText): MappedText {
  if (!input.text.includes(' ')) return input;
  const ranges: [number, number][] = [];
  for (const run of allMatches(/(?<!\d)\d+(?: \d+)+/g, input.text)) {
    // a run after a decimal point (21.83 23.44) or after a column gap (…(unit)   147 8) is figures
    // of a table's cells, side by side
    const before = input.text.slice(Math.max(0, run.index - 2), run.index);
    if (before.endsWith('.') || before === '  ' || before.endsWith('\t')) continue;
    const groups = run[0].split(' ');
    const brokenNumber = groups.slice(1).every((group) => group.length <= 3) && groups.some((group) => group.length <= 2);
    const thousands = groups.slice(1).every((group) => group.length === 3) && (groups[0]?.length ?? 0) <= 3;
    if (!brokenNumber && !thousands) continue;
    let offset = run.index;
    for (const group of groups.slice(0, -1)) {
      offset += group.length;
      ranges.push([offset, offset + 1]);
      offset += 1;
    }
  }
  return deleteRanges(input, ranges);
}
