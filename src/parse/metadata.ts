import type { Division } from '../catalogue/index.js';
import type { MetadataField } from '../catalogue/index.js';
import { DIVISIONS_BY_NAME, NATIONAL_BODIES, SCOPE_WORDS } from '../catalogue/index.js';
import { findDate, parseYear } from './dates.js';
import { resolveIssuerRegion, resolveMentionedRegion, resolveTownship, type RegionResolution } from './region.js';

/** What a document says about itself. */
export interface DocumentMetadata {
  readonly title: string;
  readonly issuer: string;
  /** 文号 such as `台政办字〔2023〕15号`, '' when none is found. */
  readonly docNumber: string;
  /** 成文日期: the date the document was signed (ISO), or null. */
  readonly issuedDate: string | null;
  /** 发布日期: the date it was published online (ISO), or null. */
  readonly publishedDate: string | null;
  /** The year the plan is for, from the title (not the issue date); null when unknown. */
  readonly planYear: number | null;
  /** Last year of a multi-year plan (`2023-2025年`), else equal to planYear. */
  readonly planYearEnd: number | null;
  readonly region: RegionResolution;
}

/** Words that end a document title: 通知 "notice", 意见 "opinions", 方案 "plan" … */
const TITLE_END = /(通知|意见|方案|决定|规划|计划|办法|报告|批复|函|要点|任务|清单|纲要|公报|细则)》?$/;
/** An issuing office ends with one of these (台儿庄区人民政府办公室, 县发展和改革局). */
const OFFICE_END = /(政府|办公室|办公厅|委员会|局|厅|委|办|部|党委|县委|市委|区委|管委会|中心)$/;
/** 文号: issuer code, year in brackets, serial number (`泰政办字〔2022〕57号`, `鲁政办发[2023]5号`). */
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*第?\s*(\d{1,4})\s*号/;
const YEAR_IN_TITLE = /((?:19|20)\d{2}|[〇零一二三四五六七八九OＯ]{4})\s*(?:[-—–~～至到]\s*((?:19|20)\d{2})\s*)?年/g;

/**
 * Read a document's title, issuer, 文号, dates, plan year and issuing region from its header
 * (the text before the first section or task) and the metadata-table fields found by ingest.
 *
 * The region is the issuer's (`滕州市人民政府办公室` → 滕州市), never a region merely cited.
 * The plan year comes from the title (`…2023年重点工作任务` → 2023), then from the body's own
 * heading, and only then from the issue date.
 *
 * @example
 * readMetadata('台儿庄区人民政府办公室关于印发台儿庄区…2023年重点工作任务的通知\n台政办字〔2023〕15号\n…', {}, '')
 * // → { title: '台儿庄区人民政府办公室关于印发…的通知', issuer: '台儿庄区人民政府办公室',
 * //     docNumber: '台政办字〔2023〕15号', planYear: 2023, region: { ok: true, division: { code: '370405', … } }, … }
 */
export function readMetadata(header: string, fields: Partial<Record<MetadataField, string>>, body: string): DocumentMetadata {
  const lines = header.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const title = findTitle(lines, fields);
  const issuer = findIssuer(title, lines, fields);
  const docNumber = findDocNumber(fields.doc_number ?? '') ?? findDocNumber(header) ?? '';
  const issuedDate = findSignatureDate(lines) ?? findDate(fields.written_date ?? '');
  // (a dateline's date may follow another label's value: 来源:宿迁市统计局  2023-10-25)
  const publishedDate = findDate(fields.published_date ?? '') ?? findDate(fields.from ?? '') ?? findDate(fields.author ?? '');
  const years = planYears(title) ?? planYears(lines.find((line) => /年/.test(line) && TITLE_END.test(line) && !/关于/.test(line)) ?? '');
  const fallbackYear = issuedDate ? Number(issuedDate.slice(0, 4)) : null;
  const county = resolveRegion(issuer, title, fields, header + body);
  // a township's page (烟墩镇…, 全镇…) is the township's, under the county it names (its opening
  // taken from the two parts: slicing their join copied the whole header, a whole page without tasks)
  const opening = header.length >= TOWNSHIP_OPENING ? header.slice(0, TOWNSHIP_OPENING) : header + body.slice(0, TOWNSHIP_OPENING - header.length);
  const township = resolveTownship(title, opening, county.ok ? county.division : null);
  const region: RegionResolution = township === null ? county : { ok: true, division: township, via: `township "${township.name}"`, note: county.ok ? `a township of ${county.division.name}` : 'a township; its county is not named' };
  return {
    title,
    issuer,
    docNumber,
    issuedDate,
    publishedDate,
    planYear: years?.[0] ?? fallbackYear,
    planYearEnd: years?.[1] ?? years?.[0] ?? fallbackYear,
    region,
  };
}

/** How much of a page's opening is read for a township's name. */
const TOWNSHIP_OPENING = 3000;

function findTitle(lines: readonly string[], fields: Partial<Record<MetadataField, string>>): string {
  if (fields.title && fields.title.length >= 6) return stripDocNumber(fields.title);
  for (let i = 0; i < lines.length; i++) {
    const line = stripDocNumber(lines[i] ?? '');
    // a title's 关于 follows at most its issuer's name, outside 《》 (prose quoting 《关于印发…的通知》 is no title)
    const about = line.indexOf('关于');
    if (about < 0 || about > TITLE_ABOUT_REACH || (line.slice(0, about).match(/《/g) ?? []).length > (line.slice(0, about).match(/》/g) ?? []).length) continue;
    let title = line;
    // titles broken over several lines: join until the document-type word closes it
    for (let j = i + 1; j < Math.min(lines.length, i + 5) && !TITLE_END.test(title); j++) title += lines[j];
    // text glued after the title (PDF reflow, web copies): cut at the first closing word
    return cutAfterClosingWord(title);
  }
  // a line that ends a sentence is the body's, not a title (自2019年启动…以来,…改造项目16个。)
  const first = lines.find((line) => line.length >= 4 && line.length <= 80 && !DOC_NUMBER.test(line) && !/[。！!]\s*$/.test(line));
  return first ? stripDocNumber(first) : '';
}

/** How far into a title line its 关于 may stand: after an issuer's name (某某县人民政府办公室). */
const TITLE_ABOUT_REACH = 40;

/** Words that close a 关于 title: 通知 "notice", 意见 "opinions", 决定, 批复, 函, 报告, 通告, 公告. */
const CLOSING_WORD = /(通知|意见|决定|批复|函|报告|通告|公告)/g;

/** Cut a 关于… title after its first closing word that stands outside 《》 brackets. */
function cutAfterClosingWord(title: string): string {
  const about = title.indexOf('关于');
  for (const match of title.matchAll(CLOSING_WORD)) {
    if (match.index < about) continue;
    const prefix = title.slice(0, match.index + match[0].length);
    const open = (prefix.match(/《/g) ?? []).length;
    const closed = (prefix.match(/》/g) ?? []).length;
    if (open === closed) return prefix;
  }
  return title;
}

/** A document number opening a line, with the spaces around it. */
const LEADING_DOC_NUMBER = new RegExp(`^\\s*${DOC_NUMBER.source}\\s*`);
/** Every document number of a text. */
const ALL_DOC_NUMBERS = new RegExp(DOC_NUMBER.source, 'g');

function stripDocNumber(line: string): string {
  return line.replace(LEADING_DOC_NUMBER, '').trim();
}

function findIssuer(title: string, lines: readonly string[], fields: Partial<Record<MetadataField, string>>): string {
  const before = title.split('关于')[0]?.trim() ?? '';
  if (before !== '' && before !== title && OFFICE_END.test(before)) return before;
  if (fields.issuer) return fields.issuer;
  // the signature: the line just before the signing date
  const dateIndex = lines.findIndex((line) => /^\S{0,3}(\d{4}|[〇零一二三四五六七八九OＯ]{4})\s*年.{1,6}月.{1,6}日\S{0,3}$/.test(line));
  const signature = dateIndex > 0 ? lines[dateIndex - 1] ?? '' : '';
  return OFFICE_END.test(signature) ? signature : '';
}

function findDocNumber(text: string): string | null {
  const match = DOC_NUMBER.exec(text);
  if (!match) return null;
  return `${match[1]}〔${match[2]}〕${match[3]}号`;
}

/** The signing date: a line that is only a date (`2023年8月25日`), the first in the header. */
function findSignatureDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    // (a line without 日 cannot end with it: most lines are turned down before any pattern runs)
    if (!line.includes('日')) continue;
    const compact = line.replace(/\s+/g, '').replace(/[（(][^)）]*[)）]/g, '');
    if (compact.length > 16) continue;
    if (!/日$/.test(compact)) continue;
    const date = findDate(compact);
    if (date) return date;
  }
  return null;
}

function planYears(title: string): [number, number] | null {
  const withoutNumbers = title.replace(ALL_DOC_NUMBERS, '');
  for (const match of withoutNumbers.matchAll(YEAR_IN_TITLE)) {
    const first = parseYear(match[1] ?? '');
    if (first === null) continue;
    const last = match[2] ? parseYear(match[2]) : null;
    return [first, last ?? first];
  }
  return null;
}

/** An office's name after a division's in a page's source line (`…北屯市工信局`): from the division on; '' when none. */
function sourceOffice(from: string): string {
  for (const match of from.matchAll(SOURCE_OFFICE)) {
    const name = match[1] as string;
    // the longest division name ending there (第十师北屯市 → 北屯市)
    for (let start = 0; start < name.length - 1; start++) {
      if (DIVISIONS_BY_NAME.has(name.slice(start))) return from.slice((match.index ?? 0) + start);
    }
  }
  return '';
}

/** A division's full name, then an office of its government (工信局, 发改委, 人民政府, 办公室). */
const SOURCE_OFFICE = /([\u4e00-\u9fff]{2,12}?[省市县区旗州盟])(?=[\u4e00-\u9fff]{0,8}?(?:局|委员会|委|办公室|政府|厅))/g;

/** Words a page uses of its own province, city or county (我省, 全市, 本县 …). */
const LOCAL_SELF: readonly string[] = [...SCOPE_WORDS.province, ...SCOPE_WORDS.city, ...SCOPE_WORDS.own];
/** How much of a page's opening is read for those words. */
const NATIONAL_OPENING = 400;

function resolveRegion(issuer: string, title: string, fields: Partial<Record<MetadataField, string>>, context: string): RegionResolution {
  // (a page's source that is an office of a division, 信息来源:第十师北屯市工信局, speaks like an issuer)
  const attempts = [issuer, title, fields.issuer ?? '', sourceOffice(fields.from ?? '')].filter((text) => text !== '');
  let last: RegionResolution | null = null;
  let ambiguous: RegionResolution | null = null;
  for (const attempt of attempts) {
    const resolved = resolveIssuerRegion(attempt, context);
    if (resolved.ok) return resolved;
    // an issuer that fits several divisions is said so; a title that does (新华社记者… → 新华区?)
    // is no issuer, and the text's own names are asked next
    if (resolved.code === 'ambiguous-region' && attempt !== title) return resolved;
    if (resolved.code === 'ambiguous-region') ambiguous ??= resolved;
    last = resolved;
  }
  // a page whose title names a central body (住房和城乡建设部:今年计划…) and whose opening speaks for no
  // province, city or county of its own reports the country's figures: a place named further on (a
  // photo caption, a sidebar) is not its region
  if (NATIONAL_BODIES.some((body) => title.includes(body)) && !LOCAL_SELF.some((word) => context.slice(0, NATIONAL_OPENING).includes(word))) {
    return { ok: false, code: 'no-region', message: 'the title names a central body and the page speaks for no region of its own' };
  }
  // the page's byline and source (作者, 来源: 海门日报) may name its local outlet
  const byline = [fields.from ?? '', fields.author ?? ''].filter((text) => text !== '').join('\n');
  const mentioned = resolveMentionedRegion(byline === '' ? context.slice(0, 3000) : `${byline}\n${context.slice(0, 3000)}`);
  if (mentioned.ok) return { ...mentioned, note: `no issuer names a region; taken from the ${mentioned.via}` };
  return ambiguous ?? last ?? mentioned;
}

export type { Division };
