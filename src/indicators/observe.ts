import type { Catalogue } from '../catalogue/index.js';
import { INDICATOR_UNITS, isIndicatorUnit } from '../catalogue/index.js';
import type { IndicatorDef } from '../catalogue/index.js';
import { GENERIC_HEAD_NOUNS, GENERIC_SHARE_WORDS, LIST_SEPARATORS, PLAN_PART_NOUNS, RESPECTIVELY_WORDS } from '../catalogue/index.js';
import { BUILT_IN_LEXICON, lexiconOf, type Lexicon } from './lexicon.js';
import { recogniseQuantities, type Quantity } from '../quantities/index.js';
import { fitsIndicator, matchCues, type CueMatch } from './cues.js';
import { foundWords, lastEndOfAny, wordIndex, type WordIndex } from './word-index.js';
import { remembered } from '../memo.js';
import { boundBefore, decideKind, flowEvidence, flowKind, isBaseline, isBreakdown, leadingTimePhrase, tierOf } from './semantics.js';
import { boundedEvidence, spanAt, unitWindows, windowAround, type Span, type UnitWindows } from './text-windows.js';
import type { Kind, Observation } from './types.js';
import { clauseLeadYear, figureTime, statesBaseYear, markedStatus, periodOf, type EarlierYear, type FigureTime, type TimeContext } from './time.js';
import { listedTownships, partNamed, regionsNamed, townshipItem, withoutRegionNames, withoutTownships, type RegionMention } from './whose.js';
import { cellIndexAt, cellsOf, unitOfHead, type TableRow, type YearRow } from './tables.js';
import type { Division } from '../catalogue/index.js';
import type { Comparator } from '../quantities/index.js';
import { allMatches } from '../patterns.js';
import { sortShort } from '../sort.js';

/** One piece of text figures are read from: a task, or a paragraph when a document has no tasks. */
export interface TextUnit {
  readonly text: string;
  /** Offset of `text` in the document's normalised text. */
  readonly offset: number;
  /**
   * A time the unit's section is about when that is not the plan (`2023年工作回顾` → `2023年`),
   * '' otherwise: figures there are results, as if each sentence opened with it.
   */
  readonly sectionTime?: string;
  /** The whole unit reports results (a statistical bulletin, a 工作回顾 section): status `actual`. */
  readonly reportsResults?: boolean;
  /**
   * What the document and the paragraphs before say about time (genre, the page's date, review
   * or plan part). Without it the unit is read as a plan for `planYear`.
   */
  readonly time?: TimeContext;
  /** The unit is a row of a flattened table: its figures are read against the column headers. */
  readonly table?: TableRow;
  /** The unit is a row of a yearbook table: a measure, its unit and a figure per year. */
  readonly yearRow?: YearRow;
}

/** An observation before the document context (region, task fields) is attached. */
export interface Finding extends Pick<Observation, 'indicator' | 'parts' | 'kind' | 'status' | 'tier' | 'comparator' | 'value' | 'value_high' | 'unit' | 'raw' | 'year' | 'year_basis' | 'period'> {
  /** Span of the quantity in the document's normalised text (0, 0 for mentions). */
  readonly rawStart: number;
  readonly rawEnd: number;
  /** Evidence span in the document's normalised text. */
  readonly start: number;
  readonly end: number;
  /** The regions its clause names for it (`其中深圳…`, `全国…`); empty: the document's own. */
  readonly regions: readonly RegionMention[];
  /** Its own words say when (a year, 今年, 目前), even where that gives no year. */
  readonly saysWhen?: true;
  /** The part of its region it covers alone (农村地区, 县城, 区本级: `partNamed`), '' for the whole. */
  readonly part?: string;
  /** Named only by a word of a wider whole (营造林 of 造林): see `cues.wider`. */
  readonly wider?: true;
}

interface Candidate {
  readonly indicator: IndicatorDef;
  readonly window: number;
  readonly distance: number;
  readonly length: number;
  /** Named only by a word of a wider whole (营造林). */
  readonly wider?: boolean;
}

/**
 * A quantity that qualifies a noun is not a target: `500万元以上的项目`, `年出栏1—3万头的养殖场`
 * (followed by 的), `2×300兆瓦级储能` (a size class, a multiplied unit size), and a physical size
 * right before a project name (`100MW/100MWh储能项目`, `100MW光伏项目`). Counts of projects (`7个棚改项目`)
 * are figures.
 */
function qualifiesNoun(text: string, quantity: Quantity): boolean {
  const after = text.slice(quantity.end, quantity.end + 20);
  // …35000万千瓦的装机目标, 控制在318亿立方米以内的目标: the figure is the target's own value
  if (TARGET_OF.test(after)) return false;
  if (/^(以上|以下|及以上)?(的|级|型)/.test(after) || /[×*xX]\s*$/.test(text.slice(Math.max(0, quantity.start - 2), quantity.start))) return true;
  return quantity.dimension !== 'count' && /^[^,，。;；、]{0,14}?(项目|工程)/.test(after);
}

/** A figure followed by 的 and a target noun (`…的装机目标`, `…以内的控制目标`): the target's value. */
const TARGET_OF = /^(以上|以下|及以上|以内|左右)?的[^,，。;；的]{0,6}?(目标|任务|指标)/;

const GENERIC_HEAD = new RegExp(`^(${[...GENERIC_HEAD_NOUNS].sort((a, b) => b.length - a.length).join('|')})`);

/** A segment that only joins a figure to the one before it (`和`, `、`). */
const LIST_JOINER = /^[\s、和及与,，]*$/;

/** Words of a change: a percent after them is a growth, even after a share word. */
const CHANGE_WORD = /(增长|增速|提高|下降|降低|增加|减少|同比)/;

/** Words of a share or a rate: a percent after them is a level of that share. */
const SHARE_WORD = /(占比|比重|比例|[^增速]率|占[^,，。;；、]{1,14}的|占[^,，。;；、\d]{1,14}$)/;

/** A plan's part right after a figure, a few qualifying ideographs allowed (18项培育措施): what the figure counts. */
const PLAN_PART = new RegExp(`^[\\u4e00-\\u9fff]{0,2}?(${PLAN_PART_NOUNS.join('|')})`);

/** Words that make any figure a share, naming no indicator of their own. */
const GENERIC_SHARE: ReadonlySet<string> = new Set(GENERIC_SHARE_WORDS);

/** A share's base (占新开工建筑比例, 占比): what the share is of, not what it measures. */
const SHARE_BASE = /占[^,，。;；、]{0,14}?(的)?(比例|比重)|占比|比例|比重/g;

/**
 * Whether a stretch of text holds a noun of its own (two ideographs left after dropping
 * non-nouns). With `known`, words said already there (装机规模 again after 累计装机规模) are
 * not new nouns: a restatement of the measure, not another one.
 */
function hasOwnNoun(text: string, known?: string, lexicon: Lexicon = BUILT_IN_LEXICON): boolean {
  // each word is blanked out, not removed, so no two others join into a third: one pass is enough
  // (a company's name only where one may stand: most texts name none)
  const rest = (text.includes('公司') ? text.replace(COMPANY, ' ') : text).replace(lexicon.nonNouns, ' ').replace(GROUP_COUNT, ' ');
  if (known === undefined) return ideographs(rest) >= 2;
  // a run keeps a code of letters written onto it (4G基站 is not 5G基站, said already)
  const runs = rest.match(/(?:\d*[A-Za-z][A-Za-z\d]*)?[\u4e00-\u9fff]{2,}/g) ?? [];
  return runs.some((run) => !knownWords(run, known));
}

/**
 * Whether a text holds a noun of its own once the region names in it are blanked out (`其中临沂`
 * holds none). A text naming no region is looked at once, not twice.
 */
function hasOwnNounBesideRegions(text: string, home: Division | null, lexicon: Lexicon): boolean {
  if (!hasOwnNoun(text, undefined, lexicon)) return false;
  const bare = withoutRegionNames(text, home);
  return bare === text || hasOwnNoun(bare, undefined, lexicon);
}

/** How many ideographs (U+4E00–U+9FFF) a text holds, counting stopped at 2. */
function ideographs(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length && count < 2; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) count++;
  }
  return count;
}

/** A company's name (江苏三联新材料有限公司等8家企业上榜): one of the firms counted, not a measure. */
const COMPANY = /[\u4e00-\u9fff]{2,24}?(股份有限公司|有限责任公司|有限公司|集团公司|公司)/g;

/** A count of the regions just listed (`等十省区`, `三市`), an ordinal (`第二批`) or a plan period (`十二五末`): not a noun of the figure. */
const GROUP_COUNT = /等?[一二三四五六七八九十两\d]+个?(省区市|省区|省份|省市|省|地市|市州|市|县市区|县区|县|区)|第[一二三四五六七八九十\d]+[批届次轮]|十[一二三四五六七八九]五(期末|期间|末)?/g;

/** Whether every two-ideograph piece of a run, and its code with the first ideograph (`5G基`), occurs in a text said already. */
function knownWords(run: string, known: string): boolean {
  const code = /^[A-Za-z\d]+/.exec(run)?.[0] ?? '';
  if (code !== '' && !known.includes(run.slice(0, code.length + 1))) return false;
  for (let at = code.length; at + 2 <= run.length; at++) if (!known.includes(run.slice(at, at + 2))) return false;
  return true;
}

/**
 * How far back a figure's context reaches: a real clause or sentence is far shorter, and the
 * cap keeps a pathological one-line document (1 MB without a full stop) linear.
 */
const MAX_WINDOW = 200;

function tail(text: string, from: number, to: number): string {
  return text.slice(Math.max(from, to - MAX_WINDOW), to);
}

/** The text after a segment's last list separator (、 , ;), or the whole segment without one. */
function afterSeparator(segment: string): string {
  const at = Math.max(segment.lastIndexOf('、'), segment.lastIndexOf(','), segment.lastIndexOf(';'), segment.lastIndexOf('，'), segment.lastIndexOf('；'));
  return at < 0 ? segment : segment.slice(at + 1);
}

/** A rate's noun and its verb right before a bare number (失业率控制在4.5以内): the number is a percent. */
const RATE_BEFORE = /(率|占比|比重)(控制在|保持在|稳定在|达到|达|为|在)?\s*$/;

/**
 * A number without a unit right after a rate's noun (城镇登记失业率4.5以内), read as the percent a
 * careless page left the sign off; every other quantity as it is.
 */
function impliedPercent(text: string, quantity: Quantity): Quantity {
  if (quantity.dimension !== 'none' || quantity.unit !== null || quantity.value <= 0 || quantity.value > 100) return quantity;
  if (!RATE_BEFORE.test(text.slice(Math.max(0, quantity.numberStart - 8), quantity.numberStart))) return quantity;
  return { ...quantity, unit: 'percent', unitText: '', dimension: 'percent', baseUnit: 'percent' };
}

/** Years, dates and unit-less numbers are not figures of an indicator. */
function measurable(quantity: Quantity): boolean {
  return quantity.unit !== null && quantity.dimension !== 'none';
}

/**
 * Read the figures of one text unit: map each measurable quantity to at most one catalogue
 * indicator from the nouns around it, and decide its kind, status, tier, comparator and year.
 * `quantities` are the unit's, in reading order (as `recogniseQuantities` gives them).
 *
 * Windows searched for the indicator's cue words, nearest first: the text since the previous
 * figure in the clause (`…高新技术企业4家、专精特新企业20家`: 20 goes with 专精特新), the text after
 * the figure to the next one (`1000名青年人才`), the whole clause before it, then the sentence
 * before it. After 分别 "respectively", listed nouns pair with figures in order. A figure that
 * qualifies a noun (followed by 的) is skipped. Among indicators found in the same window the
 * one admitting the decided kind wins (5G 新建 → fiveg_stations_new, 达到 → fiveg_stations_total),
 * then the nearest cue, then the longest.
 *
 * @example
 * readFigures({ text: '力争全年建成5G基站100个以上。', offset: 0 }, quantities, catalogue, 2023)
 * // → [{ indicator: 'fiveg_stations_new', kind: 'increment', tier: 'strive', comparator: '>=', value: 100, unit: 'station', … }]
 */
export function readFigures(
  unit: TextUnit, quantities: readonly Quantity[], catalogue: Catalogue, planYear: number | null, home?: Division | null,
  windowsOf: () => UnitWindows = () => unitWindows(unit.text),
): Finding[] {
  if (unit.table !== undefined) return readTableRow(unit, unit.table, quantities, catalogue, planYear, home ?? null);
  if (unit.yearRow !== undefined) return readYearRow(unit, unit.yearRow, catalogue, planYear, home ?? null);
  const { text } = unit;
  const findings: Finding[] = [];
  // most units hold no figure at all: nothing to read, and no sentence to walk
  // (a bare number after a rate's noun counts: it is read as a percent below)
  if (!quantities.some((quantity) => measurable(quantity) || measurable(impliedPercent(text, quantity)))) return findings;
  const present = presentIndicators(catalogue, text);
  if (present === null) return findings;
  const lexicon = lexiconOf(catalogue.words);
  const spans = windowsOf();
  const { sentences } = spans;
  // quantities come in reading order: each sentence takes the next run of them
  let first = 0;
  // the indicators the last sentence with a figure measured, in reading order, for a sentence that
  // only names a scope or a place (惠及居民1.16万户 after 改造老旧小区132个)
  let lastIndicators: string[] = [];
  let lastSentence = '';
  let lastSentenceStart = -1;
  let lastTime: FigureTime | null = null;
  // the sentence whose figure is being read with the measure carried over, and the last sentence one was
  let carrying = -1;
  let carriedIn = -1;
  // the year the unit stated last up to each sentence, for figures that state none: a figure's
  // year (not a comparison's base, 由2023年的…), else a sentence's leading time phrase
  // (`2024年,该县将…。力争实现…增长10%以上`); filled forwards when first asked (most figures state
  // their own), each sentence once
  const statedIn = new Map<number, EarlierYear>();
  const yearUpTo: (EarlierYear | null)[] = [];
  const earlierYear = (sentenceIndex: number): EarlierYear | null => {
    for (let index = yearUpTo.length; index < sentenceIndex; index++) {
      const { start, end } = sentences[index] as Span;
      const lead = clauseLeadYear(text.slice(start, end));
      yearUpTo.push(statedIn.get(index) ?? (lead === null ? null : { year: lead, basis: 'stated' }) ?? (index > 0 ? yearUpTo[index - 1] as EarlierYear | null : null));
    }
    // (an earlier figure of the figure's own sentence first: 到2025年建成…,其中…占比不小于60%)
    return statedIn.get(sentenceIndex) ?? (sentenceIndex > 0 ? yearUpTo[sentenceIndex - 1] as EarlierYear | null : null);
  };
  for (const [sentenceIndex, sentence] of sentences.entries()) {
    while (first < quantities.length && (quantities[first] as Quantity).start < sentence.start) first++;
    let last = first;
    while (last < quantities.length && (quantities[last] as Quantity).start < sentence.end) last++;
    if (last === first) continue;
    const inSentence: Quantity[] = [];
    for (let at = first; at < last; at++) inSentence.push(impliedPercent(text, quantities[at] as Quantity));
    first = last;
    // worked out for the first figure that can be an indicator's, if any
    let clauses: Span[] | null = null;
    let opening: string | null = null;
    // the townships the sentence lists, on a county's page (其中,如城街道改造9个,东陈镇改造5个)
    let townships: string[] | null = null;
    let previousFinding: Finding | null = null;
    // per figure, the measurable one before it in the sentence (one pass: a run-on line stays linear)
    const lastMeasured: (Quantity | null)[] = [];
    let measured: Quantity | null = null;
    for (const quantity of inSentence) {
      lastMeasured.push(measured);
      if (measurable(quantity)) measured = quantity;
    }
    // the last measurable figure looked at in the sentence, and what it was read as (null: nothing)
    let lastRead: { quantity: Quantity; finding: Finding | null } | null = null;
    for (const [index, quantity] of inSentence.entries()) {
      // no indicator named in the unit measures this kind of figure: nothing to look for
      if (!measurable(quantity) || !present.some((indicator) => fitsIndicator(quantity, indicator)) || qualifiesNoun(text, quantity)) {
        if (measurable(quantity)) lastRead = { quantity, finding: null };
        continue;
      }
      clauses ??= spans.clausesOf(sentence);
      opening ??= leadingTimePhrase(text.slice(sentence.start, sentence.end));
      townships ??= listedTownships(text.slice(sentence.start, sentence.end), home ?? null);
      // a clause of a run-on line is seen through a window around the figure: linear work per figure
      const clause = windowAround(spanAt(clauses, quantity.start) ?? sentence, quantity);
      // the figure before it: a date or a year (2022年6月底) is no figure and does not cut the segment
      const previous = lastMeasured[index] ?? undefined;
      const breakdown = isBreakdown(text.slice(previous && previous.end > clause.start ? previous.end : clause.start, quantity.start));
      const next = inSentence[index + 1];
      const segmentStart = previous && previous.end > clause.start ? previous.end : clause.start;
      const rightEnd = next && next.start < clause.end ? next.start : clause.end;
      // (the noun after the figure before it, up to a list separator, is that figure's: 50家省级绿色工厂、20家…)
      const left = segmentStart > clause.start ? afterSeparator(tail(text, segmentStart, quantity.start)) : tail(text, segmentStart, quantity.start);
      // what follows the figure up to the next list separator (a noun after 、 is the next item's) or a
      // closing bracket (【…涉及3万余户】双台子区是…: the words after a bracketed headline are not the figure's)
      const rightAll = text.slice(quantity.end, Math.min(rightEnd, quantity.end + MAX_WINDOW));
      const separator = rightAll.search(/[、,，;；】」』）)]/);
      const right = separator < 0 ? rightAll : rightAll.slice(0, separator);
      // a count of the plan's own parts (六个方面, 18项培育措施)
      if (quantity.dimension === 'count' && PLAN_PART.test(right)) {
        lastRead = { quantity, finding: null };
        continue;
      }
      // the second of a pair (分别下降25.8%和33.7%) goes with the first: nothing when the first was nothing
      if (LIST_JOINER.test(left) && lastRead !== null && lastRead.quantity === previous && previous.end > clause.start && lastRead.finding === null) {
        lastRead = { quantity, finding: null };
        continue;
      }
      const windows: Window[] = [{ text: left, side: 'left' }, { text: right, side: 'right' }];
      // after 分别, the noun listed for this figure (万元工业增加值用水量) is its own
      const paired = respectivelyWindow(text, clause, inSentence, quantity);
      // a generic head right after the figure (9家企业) names no kind of its own, nor does a target noun (…以内的目标)
      const rightNoun = right.replace(GENERIC_HEAD, '').replace(TARGET_OF, '');
      // the indicators the figure's own windows name: when there are some, the wider windows below
      // could only add candidates ranked after them, which are never read, so those windows are
      // not made (nor asked whether the figure has a noun of its own)
      const ownWindows: Window[] = paired ? [{ text: paired, side: 'left' }, ...windows] : windows;
      const ownCandidates = candidatesFor(quantity, ownWindows, present);
      // a figure with a noun of its own never borrows one from earlier in its clause or sentence
      if (ownCandidates.length === 0 && (paired === null || !hasOwnNoun(paired, undefined, lexicon)) && !hasOwnNounBesideRegions(withoutTownships(left + rightNoun, townships), home ?? null, lexicon)) {
        windows.push(
          { text: tail(text, clause.start, quantity.start), side: 'left' },
          { text: tail(text, sentence.start, quantity.start), side: 'left', sentence: true },
        );
      }
      // a share whose subject stands earlier in the sentence (装配式建筑新开工面积…,占新开工建筑比例42.73%)
      // (only when the segment names no subject of its own besides the share's base: 占新开工建筑比例)
      if (ownCandidates.length === 0 && SHARE_WORD.test(left)) {
        // (a segment with a subject of its own, 居民小区覆盖率, must name more of the indicator than a share
        // word: 用户占比 after a clause on 10G-PON ports is the users' share, not the ports')
        const ownSubject = hasOwnNoun(withoutRegionNames(left.replace(SHARE_BASE, ''), home ?? null), undefined, lexicon);
        windows.push({ text: tail(text, sentence.start, quantity.start), side: 'left', sentence: true, split: ownSubject ? 'named' : 'share' });
        // (or in the sentence before, when this one goes on from it: after a semicolon, or opening with
        // 占 after a stray full stop: …竣工面积2809万平方米,占新竣工建筑比例27.33%)
        const before = sentences[sentenceIndex - 1];
        if (before !== undefined && (/[;；]/.test(text.charAt(sentence.start - 1)) || /^\s*占/.test(text.slice(sentence.start, quantity.start)))) {
          windows.push({ text: tail(text, before.start, quantity.start), side: 'left', sentence: true, split: ownSubject ? 'named' : 'share' });
        }
      }
      let finding = readOne(quantity, paired ? [{ text: paired, side: 'left' }, ...windows] : windows, {
        text, clause, clauses, sentence, segmentStart, present, offset: unit.offset, opening, lexicon,
        candidates: ownCandidates.length > 0 ? ownCandidates : undefined,
        firstInClause: !(previous && previous.end > clause.start), time: unitTime(unit, planYear), home: home ?? null, catalogue,
        pairedYear: respectivelyYear(text, clause, sentence, inSentence, quantity),
        pairedRegion: respectivelyRegion(text, clause, inSentence, quantity, home ?? null),
        // a sentence naming only a scope (县城不低于85%; 我省有9家企业) continues the measure before it
        // (asked only when the figure's own windows name no indicator)
        // (within the sentence, too, once a figure of it continued the measure: 建制镇达到70%,其中中西部地区…50%)
        carried: () => {
          if (lastIndicators.length === 0 || (lastSentenceStart === sentence.start && carriedIn !== sentence.start)) return null;
          if (hasOwnNoun(withoutRegionNames(withoutTownships(tail(text, sentence.start, quantity.start) + rightNoun, townships ?? []), home ?? null), lastSentence, lexicon)) return null;
          // the last measure that can take the figure (a count of 个 goes on from 改造老旧小区132个, not from 惠及居民1.16万户 after it)
          let carried: IndicatorDef | null = null;
          for (let i = lastIndicators.length - 1; i >= 0 && carried === null; i--) {
            const candidate = present.find((indicator) => indicator.id === lastIndicators[i]);
            if (candidate !== undefined && fitsIndicator(quantity, candidate)) carried = candidate;
          }
          if (carried !== null) carrying = sentence.start;
          return carried;
        },
        carriedTime: lastTime,
        earlierYear: () => earlierYear(sentenceIndex),
        townships,
      });
      // 其中 "of which": a part of the figure before it, unless that one measured something else or another region's
      // (a part of a part, 县城…其中东部地区…, is named by both: 东部地区县城)
      if (finding && breakdown && previousFinding?.indicator === finding.indicator && finding.part !== undefined && previousFinding.part !== undefined && finding.part !== previousFinding.part) {
        finding = { ...finding, part: `${finding.part}${previousFinding.part}` };
      }
      // the change of a flow on the year before (今年已有12家企业获评…,较去年增加5家) is no flow of its own;
      // the change of a total (年末…37家,比上年增加9家) is the year's net addition, and is read
      const flowChange = finding !== null && previousFinding?.indicator === finding.indicator && previousFinding.kind === 'increment'
        && finding.kind === 'increment' && previous !== undefined && CHANGE_ON_BEFORE.test(lastClauseOf(text.slice(previous.end, quantity.start)));
      // (a part of a wider whole's figure, 营造林12万亩,其中人工造林3万亩, is the indicator's own)
      if (finding && !flowChange && !(breakdown && previousFinding?.indicator === finding.indicator && previousFinding.wider !== true && sameRegions(previousFinding, finding))) findings.push(finding);
      if (finding) previousFinding = finding;
      lastRead = { quantity, finding };
      if (finding && carrying === sentence.start) carriedIn = sentence.start;
      carrying = -1;
      if (finding && finding.parts === '') {
        if (lastSentenceStart !== sentence.start) lastIndicators = [];
        lastIndicators.push(finding.indicator);
        lastSentence = text.slice(sentence.start, sentence.end);
        lastSentenceStart = sentence.start;
        lastTime = { status: finding.status, year: finding.year, yearBasis: finding.year_basis };
      }
      if (finding && finding.year !== null && (finding.year_basis === 'stated' || finding.year_basis === 'relative') && !statesBaseYear(tail(text, clause.start, quantity.numberStart))) statedIn.set(sentenceIndex, { year: finding.year, basis: finding.year_basis });
    }
  }
  return findings;
}

/**
 * The figures of a table row: each read against its column's header alone, in the year a cell
 * of the row states (`2021 年度`), for the region its leading cells name.
 */
function readTableRow(unit: TextUnit, table: TableRow, quantities: readonly Quantity[], catalogue: Catalogue, planYear: number | null, home: Division | null): Finding[] {
  const { text } = unit;
  const present = presentIndicators(catalogue, `${table.caption ?? ''}|${table.headers.join('|')}`);
  if (present === null) return [];
  const row: Span = { start: 0, end: text.length };
  const stated = /((?:19|20)\d{2})\s*年/.exec(cellsOf(text).find((cell) => /^(?:19|20)\d{2}\s*年[度底末]?$/.test(cell)) ?? '');
  const findings: Finding[] = [];
  for (const found of quantities) {
    const header = table.headers[cellIndexAt(text, found.start)] ?? '';
    if (header === '') continue;
    // a bare number takes the unit its column head gives (| 新建5G基站(个) | … | 320 |)
    const quantity = measurable(found) ? found : withHeadUnit(text, found, unitOfHead(header));
    if (quantity === null) continue;
    const cellStart = text.lastIndexOf('|', quantity.start) + 1;
    // (the caption speaks for a head that names no measure of its own: 小区个数(个) under 老旧小区改造计划表)
    const windows: Window[] = table.caption === undefined ? [{ text: header, side: 'left' }] : [{ text: header, side: 'left' }, { text: `${table.caption}${header}`, side: 'left' }];
    const finding = readOne(quantity, windows, {
      text, clause: row, clauses: [row], sentence: row, segmentStart: cellStart, present, offset: unit.offset, opening: '', lexicon: lexiconOf(catalogue.words),
      firstInClause: true, time: unitTime(unit, planYear), home, catalogue, pairedYear: stated ? Number(stated[1]) : null, kindWords: header,
      carried: () => null, carriedTime: null, earlierYear: () => null,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

/** A bare number alone in its cell, read with its column head's unit; null when that gives no measurable figure. */
function withHeadUnit(text: string, quantity: Quantity, unit: string): Quantity | null {
  if (unit === '' || !FIGURE_CELL_TEXT.test(cellTextAt(text, quantity.start))) return null;
  const [read] = recogniseQuantities(`${quantity.raw}${unit}`);
  if (read === undefined || read.start !== 0) return null;
  const placed: Quantity = { ...read, raw: quantity.raw, start: quantity.start, end: quantity.end, numberStart: quantity.numberStart };
  return measurable(placed) ? placed : null;
}

/** A cell holding a number and nothing else (`320`, `1,480`, `42.6`). */
const FIGURE_CELL_TEXT = /^-?\d[\d,]*(?:\.\d+)?$/;

/** The trimmed text of the table cell around an offset of a table line. */
function cellTextAt(text: string, offset: number): string {
  const start = text.lastIndexOf('|', offset - 1) + 1;
  const end = text.indexOf('|', offset);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

/**
 * The figures of a yearbook row: each cell's number in the unit the row's label gives
 * (`累计水土流失治理面积 (千公顷) … 21.83 23.44`), read against the label alone, in its column's year.
 */
function readYearRow(unit: TextUnit, row: YearRow, catalogue: Catalogue, planYear: number | null, home: Division | null): Finding[] {
  const present = presentIndicators(catalogue, row.label);
  if (present === null) return [];
  const whole: Span = { start: 0, end: unit.text.length };
  const findings: Finding[] = [];
  for (const cell of row.cells) {
    // the cell's number with the row's unit, placed where the number stands in the line
    const [read] = recogniseQuantities(`${cell.text}${cell.unit ?? row.unit}`);
    if (read === undefined || read.start !== 0) continue;
    const quantity: Quantity = { ...read, raw: cell.text, start: cell.start, end: cell.end, numberStart: cell.start };
    if (!measurable(quantity)) continue;
    const finding = readOne(quantity, [{ text: row.label, side: 'left' }], {
      text: unit.text, clause: whole, clauses: [whole], sentence: whole, segmentStart: cell.start, present, offset: unit.offset, opening: '', lexicon: lexiconOf(catalogue.words),
      firstInClause: true, time: unitTime(unit, planYear), home, catalogue, pairedYear: cell.year, kindWords: row.label,
      carried: () => null, carriedTime: null, earlierYear: () => null,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

/** A stretch of text searched for cue words; `right` windows follow the figure. */
interface Window {
  readonly text: string;
  readonly side: 'left' | 'right';
  /** The window reaches back into earlier clauses of the sentence. */
  readonly sentence?: boolean;
  /**
   * Only for an indicator of two or more cue groups, one of which the figure's own segment
   * names (比例): the others may stand earlier in the sentence (装配式建筑).
   */
  readonly split?: 'share' | 'named';
}

interface ReadContext {
  readonly text: string;
  readonly clause: Span;
  readonly clauses: readonly Span[];
  readonly sentence: Span;
  readonly segmentStart: number;
  /** The catalogue's indicators whose cue words all occur somewhere in the text unit. */
  readonly present: readonly IndicatorDef[];
  readonly offset: number;
  /** A time phrase opening the sentence (`截至2024年6月底`), '' when there is none. */
  readonly opening: string;
  /** No other figure stands before this one in its clause. */
  readonly firstInClause: boolean;
  /** The year paired with the figure after 分别 (`2018年和2019年…分别为A和B`), or null. */
  readonly pairedYear: number | null;
  /** The region paired with the figure after 分别 (`济南市和青岛市…分别达到A和B`), or null. */
  readonly pairedRegion?: RegionMention | null;
  /** The townships the figure's sentence lists as items, on a county's page (see `listedTownships`). */
  readonly townships?: readonly string[];
  /** A table cell's column head or row label: the words that say its kind (累计5G基站(个)), not the row's. */
  readonly kindWords?: string;
  readonly time: TimeContext;
  /** The document's own region, to tell same-named divisions apart. */
  readonly home: Division | null;
  readonly catalogue: Catalogue;
  /** The catalogue's words, ready for reading. */
  readonly lexicon: Lexicon;
  /** The measure of the unit's last figure, when this figure's sentence names only a scope; else null. */
  readonly carried: () => IndicatorDef | null;
  /** When the unit's last figure holds (status, year), for a figure continuing its measure. */
  readonly carriedTime: FigureTime | null;
  /** The year the unit stated last before this figure (for a figure or leading a sentence), or null. */
  readonly earlierYear: () => EarlierYear | null;
  /** The candidates of the windows, when the caller found them already (those of the figure's own windows). */
  readonly candidates?: Candidate[];
}

function sameRegions(a: Finding, b: Finding): boolean {
  return (a.part ?? '') === (b.part ?? '') && sameMentions(a.regions, b.regions);
}

function sameMentions(a: readonly RegionMention[], b: readonly RegionMention[]): boolean {
  const key = (mentions: readonly RegionMention[]): string => mentions.map((mention) => (mention.kind === 'division' ? mention.division.code : mention.kind === 'scope' ? mention.scope : 'national')).join(',');
  return key(a) === key(b);
}

/**
 * A unit's time context: its own, or for a unit without one (a caller that knows only the plan
 * year) a plan for `planYear` whose review sections report the year before.
 */
export function unitTime(unit: TextUnit, planYear: number | null): TimeContext {
  if (unit.time) return unit.time;
  const reviewing = unit.reportsResults === true;
  return { genre: 'plan', pageYear: null, documentYear: planYear, mode: reviewing ? 'review' : null, paragraphTime: unit.sectionTime ?? '' };
}

/** Whether a figure's own words name a stage before the thing counted (申报, 查勘) with no outcome after it. */
function countsStage(segment: string, lexicon: Lexicon): boolean {
  for (const word of lexicon.stage) {
    const at = segment.lastIndexOf(word);
    if (at < 0) continue;
    const after = segment.slice(at + word.length);
    if (!lexicon.stageOutcome.some((outcome) => after.includes(outcome))) return true;
  }
  return false;
}

function readOne(quantity: Quantity, windows: readonly Window[], context: ReadContext): Finding | null {
  const { text, clause, sentence, segmentStart } = context;
  const candidates = context.candidates ?? candidatesFor(quantity, windows, context.present);
  const carriedIndicator = candidates.length === 0 ? context.carried() : null;
  if (carriedIndicator !== null && fitsIndicator(quantity, carriedIndicator)) {
    candidates.push({ indicator: carriedIndicator, window: windows.length - 1, distance: 0, length: 0 });
  }
  if (candidates.length === 0) return null;
  // the bound word the recogniser kept in `raw` (突破, 控制在) belongs to the verb context too
  const segmentBefore = tail(text, segmentStart, quantity.numberStart);
  const clauseBefore = tail(text, clause.start, quantity.numberStart);
  const sentenceBefore = tail(text, sentence.start, quantity.start);
  const after = text.slice(quantity.end, Math.min(clause.end, quantity.end + MAX_WINDOW));
  const { lexicon } = context;
  if (lexicon.forecast.some((word) => sentenceBefore.includes(word))) return null;
  if (countsStage(segmentBefore, lexicon)) return null;
  const bestWindow = candidates[0]?.window ?? 0;
  const sameWindow = candidates.filter((candidate) => candidate.window === bestWindow);
  // the second of a pair (分别下降25.8%和33.7%): its segment is only the joiner, and the words
  // before the first figure speak for both
  const listSegment = LIST_JOINER.test(segmentBefore) ? clauseBefore : segmentBefore;
  const kindWindows = context.kindWords === undefined ? [listSegment, clauseBefore, sentenceBefore] : [context.kindWords, context.kindWords, context.kindWords];
  const chosen = chooseByKind(quantity, sameWindow, kindWindows, lexicon);
  if (!chosen) return null;
  const { indicator } = chosen;
  let { kind } = chosen;
  const parts = combinedParts(sameWindow, windows[bestWindow], context.catalogue);
  // its noun joined to another the catalogue does not measure (植树造林及森林经营面积): a sum of the two
  if (parts === '' && joinedToOther(indicator, windows[bestWindow], lexicon)) return null;
  const baseline = isBaseline(segmentBefore, after);
  // years and 已-words before an earlier figure of the clause belong to that figure (由2022年的70%提高到85%)
  const ownBefore = context.firstInClause ? clauseBefore : segmentBefore;
  // the region named nearest the figure: in its own segment, its clause, or opening a clause of its sentence
  let regions = regionsNamed(segmentBefore, context.home);
  // (a county's township opening the figure's list item: 其中,如城街道改造9个,东陈镇改造5个)
  if (regions.length === 0) {
    const township = townshipItem(segmentBefore, context.townships ?? [], context.home);
    if (township !== null) regions = [township];
  }
  const ownRegion = regions.length > 0;
  if (regions.length === 0) regions = regionsNamed(clauseBefore, context.home, true);
  if (regions.length === 0) regions = regionsNamed(sentenceBefore, context.home, true);
  // (after 分别, the region listed in its place: 济南市和青岛市…分别达到3.6万个和4.1万个)
  if (context.pairedRegion) regions = [context.pairedRegion];
  // the part of a region it covers: named in its own words, or, for a figure borrowing its
  // measure from earlier in the sentence, the part that subject had (其中区本级227亿元,增长8.2%)
  const part = partNamed(ownBefore) || (bestWindow >= 2 && !ownRegion ? partNamed(sentenceBefore) : '');
  // the bound the recogniser kept in `raw` (不低于85%) is a target word like any before the figure
  const ownTime = figureTime({ opening: context.opening, before: ownBefore, sentenceBefore: tail(text, sentence.start, quantity.numberStart), after, baseline, earlierYear: context.earlierYear }, context.time, lexicon);
  // a figure continuing the last measure (县城不低于85% after 到2020年底…污水处理率达到95%) holds when
  // that one does, unless its own words say when
  const carried = carriedIndicator !== null && candidates[0]?.indicator === carriedIndicator ? context.carriedTime : null;
  // (a year an earlier sentence stated fills in for a carried one that had none)
  const fillIn = ownTime.fromEarlier === true && carried !== null && (carried.yearBasis === 'none' || carried.yearBasis === 'document');
  const time: FigureTime = carried === null || (ownTime.yearBasis === 'stated' && ownTime.fromEarlier !== true) ? ownTime : {
    status: markedStatus(tail(text, sentence.start, quantity.numberStart), lexicon) === null ? carried.status : ownTime.status,
    year: fillIn ? ownTime.year : carried.year,
    yearBasis: fillIn ? ownTime.yearBasis : carried.yearBasis,
  };
  const { status } = time;
  // 用水总量控制在5.56亿立方米 in a report of results is the total reached, not a cap set
  const reportedTotal = status === 'actual' && kind === 'cap' && indicator.kinds.includes('stock') && !/(以内|以下|不超过|不高于|之内)/.test(quantity.raw);
  if (reportedTotal) kind = 'stock';
  // (and a rate kept within a ceiling in a report of results, 失业率控制在4.5%以内, is the rate reached, within it)
  else if (status === 'actual' && kind === 'cap' && quantity.dimension === 'percent' && indicator.kinds.includes('rate')) kind = 'rate';
  const year = context.pairedYear ?? time.year;
  const yearBasis = context.pairedYear === null ? time.yearBasis : 'stated';
  const unitId = kind === 'growth' ? (quantity.dimension === 'percent_point' ? 'percent_point' : 'percent') : indicator.unit;
  const factor = kind === 'growth' || !isIndicatorUnit(indicator.unit) ? 1 : INDICATOR_UNITS[indicator.unit].fromBase;
  const comparator: Comparator = reportedTotal ? '=' : quantity.comparator !== '='
    ? quantity.comparator
    : kind === 'cap' ? '<=' : boundBefore(segmentBefore) ?? '=';
  // evidence: the clause, widened to the sentence when the indicator was named in an earlier
  // clause; whole clauses, at most EVIDENCE_MAX units either way
  const evidence = candidates[0] && windows[candidates[0].window]?.sentence ? boundedEvidence(text, context.clauses, sentence, quantity) : clause;
  // 下降15.7% is a growth of -15.7, unless the indicator is the decline itself (万元GDP用水量下降)
  const sign = kind === 'growth' && !indicator.decline && quantity.value > 0 && declines(listSegment, lexicon) ? -1 : 1;
  return {
    indicator: parts === '' ? indicator.id : COMBINED_INDICATOR,
    parts,
    kind,
    status,
    tier: tierOf(sentenceBefore, lexicon),
    comparator,
    value: round(sign * quantity.value * factor),
    value_high: quantity.valueHigh === null ? null : round(sign * quantity.valueHigh * factor),
    unit: unitId,
    raw: quantity.raw,
    rawStart: context.offset + quantity.start,
    rawEnd: context.offset + quantity.end,
    year,
    year_basis: yearBasis,
    period: periodOf(`${context.opening},${sentenceBefore}`),
    start: context.offset + evidence.start,
    end: context.offset + evidence.end,
    regions,
    ...(ownTime.saysWhen === true ? { saysWhen: true as const } : {}),
    ...(part === '' ? {} : { part }),
    ...(sameWindow.some((candidate) => candidate.indicator === indicator && candidate.wider === true) ? { wider: true as const } : {}),
  };
}

/** What joins a figure's noun to another it counts with (植树造林及森林经营面积), after it and before it. */
const NOUN_JOINER = /^(?:及|以及|和|与|、)([^,，;；。:：]{2,12})$/;
const NOUN_JOINED_BEFORE = /([^,，;；。:：]{2,12})(?:及|以及|和|与|、)$/;
const JOINER_END = /[及和与、]$/;

/**
 * Whether the words right after an indicator's cue in a figure's own segment join another noun to
 * it that names none of the indicator's cues (造林及森林经营), or the words right before it do
 * (人工造林及森林抚育): the figure counts both together.
 */
function joinedToOther(indicator: IndicatorDef, window: Window | undefined, lexicon: Lexicon): boolean {
  if (window === undefined || window.side !== 'left' || window.sentence === true) return false;
  const match = matchCues(indicator, window.text);
  if (match === null) return false;
  // (the pattern before the cue only where a joiner ends that text: it is tried at every start otherwise)
  const before = window.text.slice(0, match.firstStart);
  const joined = NOUN_JOINER.exec(window.text.slice(match.lastEnd)) ?? (JOINER_END.test(before) ? NOUN_JOINED_BEFORE.exec(before) : null);
  if (joined === null) return false;
  const other = joined[1] as string;
  if (indicator.cues.all.some((group) => group.some((word) => other.includes(word)))) return false;
  // (a part of what it measures, 风电 joined to 光伏, is counted with it)
  if (indicator.cues.parts.some((word) => other.includes(word))) return false;
  return hasOwnNoun(other, undefined, lexicon);
}

/** Whether the last change word before a figure is a decline (下降, 减少), not a rise (增长, 提高). */
function declines(segmentBefore: string, lexicon: Lexicon): boolean {
  const tail = segmentBefore.slice(-10);
  const decline = lastEndOfAny(lexicon.decline, tail);
  return decline >= 0 && decline >= lastEndOfAny(lexicon.growthIndex, tail);
}

/** The indicator id of a figure that counts several categories together (see `combinedParts`). */
export const COMBINED_INDICATOR = 'combined';

/**
 * The categories a figure counts together, joined by 、, or '' for a figure of one category:
 * when the window that named its indicator lists nouns of two or more indicator families
 * joined by 、/和/及 (`新培育单项冠军、专精特新、瞪羚企业…30家以上`), the figure is the sum of
 * them all and no single one's.
 */
function combinedParts(candidates: readonly Candidate[], window: Window | undefined, catalogue: Catalogue): string {
  // a list of nouns: joined by 、/和/及, with no figure inside (a window reaching back over earlier figures is no list)
  if (window === undefined || window.side !== 'left' || window.sentence === true || !/[、和及与]/.test(window.text) || /\d/.test(window.text)) return '';
  const familyOf = familiesOf(catalogue);
  const seen = new Map<number | undefined, string>();
  for (const candidate of candidates) {
    const family = familyOf.get(candidate.indicator.id);
    if (!seen.has(family)) seen.set(family, candidate.indicator.id);
  }
  return seen.size >= 2 ? [...seen.values()].sort().join('、') : '';
}

/** Indicators whose cues match, best window first, then nearest cue, then longest cue. */
function candidatesFor(quantity: Quantity, windows: readonly Window[], present: readonly IndicatorDef[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const indicator of present) {
    if (!fitsIndicator(quantity, indicator)) continue;
    for (const [window, { text, side, split }] of windows.entries()) {
      if (split !== undefined && !(indicator.cues.all.length >= 2 && indicator.cues.all.some((group) => group.some((word) => windows[0]?.text.includes(word) === true && (split === 'share' || !GENERIC_SHARE.has(word)))))) continue;
      const match = matchCues(indicator, text);
      if (!match) continue;
      // right-hand windows measure from their start, the others from their end
      const distance = side === 'right' ? match.firstStart : text.length - match.lastEnd;
      candidates.push(match.wider ? { indicator, window, distance, length: match.length, wider: true } : { indicator, window, distance, length: match.length });
      break;
    }
  }
  return sortShort(candidates, (a, b) => a.window - b.window || a.distance - b.distance || b.length - a.length || (b.indicator.priority - a.indicator.priority));
}

/**
 * Pick the indicator whose admitted kinds fit the figure: a cap for 控制在…以内, a rate for a
 * percent level, increment or stock from the verbs. When the words say nothing about flow, the
 * nearest indicator's first kind is used.
 */
function chooseByKind(quantity: Quantity, candidates: readonly Candidate[], windows: readonly string[], lexicon: Lexicon): { indicator: IndicatorDef; kind: Kind } | null {
  const [segmentBefore = ''] = windows;
  for (const candidate of candidates) {
    const indicatorIsPercent = candidate.indicator.unit === 'percent';
    const decided = decideKind({ quantityDimension: quantity.dimension, indicatorIsPercent, comparator: quantity.comparator, segmentBefore, windows, lexicon });
    if (decided === 'increment-or-stock') {
      // an unbounded level of a capped indicator (全市用水总量3.2亿立方米) is a stock, not a cap
      const first = candidate.indicator.kinds.find((kind) => kind !== 'mentioned' && kind !== 'cap') ?? candidate.indicator.kinds.find((kind) => kind !== 'mentioned');
      if (first) return { indicator: candidate.indicator, kind: first };
      continue;
    }
    // a percent after a share word (数量占全部工业企业比重超50%, 建有率达100%) is a share, not a change
    // percentage points change a share or a rate, never a count or an amount
    if (quantity.dimension === 'percent_point' && !indicatorIsPercent) continue;
    // (or after a share word earlier in its clause, its own segment naming no change: 占比分别达到30%、17.9%)
    if (decided === 'growth' && quantity.dimension === 'percent' && !CHANGE_WORD.test(segmentBefore)
      && (SHARE_WORD.test(segmentBefore) || (SHARE_WORD.test(windows[1] ?? '') && !CHANGE_WORD.test(windows[1] ?? '')))) continue;
    const fits = candidates.find((other) => other.indicator.kinds.includes(decided));
    if (fits) return { indicator: fits.indicator, kind: decided };
    // a bounded-above percent level for an indicator that takes no caps is still a rate
    if (decided === 'cap' && quantity.dimension === 'percent') {
      const rate = candidates.find((other) => other.indicator.kinds.includes('rate'));
      if (rate) return { indicator: rate.indicator, kind: 'rate' };
    }
    // only a weak flow word (力争达到3万亩 for an increment-only indicator), or a change word that
    // stands before an earlier figure of the sentence, not in the figure's own segment (…同比增长1.8%,
    // 一般公共预算收入75.4亿元; a level word, 拥有…, still governs the list after it): the indicator's own kind
    if ((decided === 'stock' || decided === 'increment') && (flowEvidence(windows, lexicon)?.strong !== true || (decided === 'increment' && flowEvidence([segmentBefore], lexicon) === null))) {
      const first = candidate.indicator.kinds.find((kind) => kind === 'increment' || kind === 'stock');
      if (first) return { indicator: candidate.indicator, kind: first };
    }
  }
  return null;
}

/**
 * A figure's place in a 分别 "respectively" list: the clause text before 分别 (where the listed
 * nouns or years stand), and the figure's position among the clause's figures after it, when
 * there are two or more; null otherwise.
 */
function respectivelyPlace(text: string, clause: Span, quantities: readonly Quantity[], quantity: Quantity): { listed: string; position: number; count: number } | null {
  const clauseText = text.slice(clause.start, clause.end);
  for (const word of RESPECTIVELY_WORDS) {
    const at = clauseText.indexOf(word);
    if (at < 0) continue;
    const pivot = clause.start + at;
    // quantities are in reading order: only those of the clause are looked at (not the whole sentence's)
    const after: Quantity[] = [];
    for (let i = firstAfter(quantities, pivot); i < quantities.length && (quantities[i] as Quantity).start < clause.end; i++) {
      if (measurable(quantities[i] as Quantity)) after.push(quantities[i] as Quantity);
    }
    const position = after.indexOf(quantity);
    if (position < 0 || after.length < 2) return null;
    return { listed: clauseText.slice(0, at), position, count: after.length };
  }
  return null;
}

/**
 * After 分别 "respectively", the nouns listed before it pair with the figures after it in order:
 * `专精特新企业和瞪羚企业分别达到30家和12家` gives 30 → 专精特新企业, 12 → 瞪羚企业.
 */
function respectivelyWindow(text: string, clause: Span, quantities: readonly Quantity[], quantity: Quantity): string | null {
  const place = respectivelyPlace(text, clause, quantities, quantity);
  if (place === null) return null;
  const items = place.listed.split(LIST_SPLIT).map((item) => item.trim()).filter((item) => item !== '');
  return items.length === place.count ? items[place.position] ?? null : null;
}

/** The separators of a list of nouns before 分别 (catalogue `LIST_SEPARATORS`, the comma aside: it ends a clause). */
const LIST_SPLIT = new RegExp([...LIST_SEPARATORS].filter((word) => word !== ',').sort((a, b) => b.length - a.length).join('|'));

/**
 * After 分别 "respectively", years listed before it pair with the figures after it in order:
 * `2018年度和2019年度全省用水总量分别为173.81亿立方米和165.78亿立方米` gives 2018, then 2019.
 */
function respectivelyYear(text: string, clause: Span, sentence: Span, quantities: readonly Quantity[], quantity: Quantity): number | null {
  const place = respectivelyPlace(text, clause, quantities, quantity);
  if (place === null) return null;
  const yearsIn = (listed: string): number[] => allMatches(LISTED_YEAR, listed).map((match) => Number(match[1]));
  let years = yearsIn(place.listed).filter((year) => !new RegExp(`(较|比)\\s*${year}`).test(place.listed));
  // a later pair of the sentence goes with the years its first 分别 listed (2018年度和2019年度…分别为A和B,
  // …分别下降C和D)
  if (years.length === 0) {
    const opening = text.slice(sentence.start, clause.start);
    const first = RESPECTIVELY_WORDS.map((word) => opening.indexOf(word)).filter((at) => at >= 0).sort((a, b) => a - b)[0];
    if (first !== undefined) years = yearsIn(opening.slice(0, first));
  }
  return years.length === place.count ? years[place.position] ?? null : null;
}

/** A change on the year before opening a figure's clause: `较去年增加`, `比上年多`, `同比增加`. */
const CHANGE_ON_BEFORE = /^\s*((较|比)(去年|上年|上一年|前一年)(同期)?|同比)(增加|减少|多|少|增长|下降)了?\s*$/;

/** The words after the last comma of a stretch (all of it when it has none). */
function lastClauseOf(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf('，')) + 1);
}

/**
 * After 分别 "respectively", regions listed before it pair with the figures after it in order:
 * `济南市和青岛市5G基站数分别达到3.6万个和4.1万个` gives 济南市, then 青岛市. Null unless the list
 * names as many regions as there are figures.
 */
function respectivelyRegion(text: string, clause: Span, quantities: readonly Quantity[], quantity: Quantity, home: Division | null): RegionMention | null {
  const place = respectivelyPlace(text, clause, quantities, quantity);
  if (place === null) return null;
  const regions = regionsNamed(place.listed, home);
  return regions.length === place.count ? regions[place.position] ?? null : null;
}

/** A year in a list before 分别 (`2018年度和2019年度`). */
const LISTED_YEAR = /((?:19|20)\d{2})\s*年/g;

/** Index of the first quantity starting after `offset` (quantities sorted by start). */
function firstAfter(quantities: readonly Quantity[], offset: number): number {
  let low = 0;
  let high = quantities.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((quantities[middle] as Quantity).start > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The indicators whose every cue group has a word somewhere in a text: every window of the
 * text is a part of it, so no other indicator can match there (one scan per unit instead of
 * one per figure and window). Null when there are none (not an empty list: see `readMentions`).
 */
function presentIndicators(catalogue: Catalogue, text: string): readonly IndicatorDef[] | null {
  // figures and mentions of a unit ask the same question one after the other
  const cues = cueIndexOf(catalogue);
  if (cues.last !== null && cues.last.text === text) return cues.last.present;
  const { groupOf, ownerOf, groupCounts, groupSeen, satisfied } = cues;
  // each word found satisfies its groups; an indicator is present once all its groups are
  const scan = ++cues.scans;
  const complete: number[] = [...cues.alwaysPresent];
  for (const word of foundWords(cues.index, text)) {
    const groups = groupOf[word] as readonly number[];
    for (let k = 0; k < groups.length; k++) {
      const group = groups[k] as number;
      if (groupSeen[group] === scan) continue;
      groupSeen[group] = scan;
      const owner = ownerOf[group] as number;
      const count = satisfied.scan[owner] === scan ? (satisfied.count[owner] as number) + 1 : 1;
      satisfied.scan[owner] = scan;
      satisfied.count[owner] = count;
      if (count === groupCounts[owner]) complete.push(owner);
    }
  }
  const { indicators } = catalogue;
  const present = complete.length === 0 ? null : sortShort(complete, (a, b) => a - b).map((at) => indicators[at] as IndicatorDef);
  cues.last = { text, present };
  return present;
}

/**
 * A catalogue's cue words, indexed, with the way back from each word to the cue groups it
 * belongs to (one group id per indicator and group of its `all` cues), and scratch space for
 * counting an indicator's groups without clearing anything between texts.
 */
interface CueIndex {
  readonly index: WordIndex;
  /** Per word of `index`: the ids of the groups it is in. */
  readonly groupOf: readonly (readonly number[])[];
  /** Per group id: the indicator (its position in the catalogue). */
  readonly ownerOf: Int32Array;
  /** Per indicator: how many groups it has. */
  readonly groupCounts: Int32Array;
  /** Indicators without cue groups: present in every text. */
  readonly alwaysPresent: readonly number[];
  /** Per group id: the scan that last found a word of it (doubles: counting never wraps). */
  readonly groupSeen: Float64Array;
  /** Per indicator: the scan that last counted it, and its count of groups found then. */
  readonly satisfied: { readonly scan: Float64Array; readonly count: Int32Array };
  scans: number;
  /** The last text asked about and its answer (figures and mentions of a unit ask in turn). */
  last: { readonly text: string; readonly present: readonly IndicatorDef[] | null } | null;
}

// one per catalogue, made on first use
const cueIndexes = new WeakMap<Catalogue, CueIndex>();

function cueIndexOf(catalogue: Catalogue): CueIndex {
  return remembered(cueIndexes, catalogue, () => {
    const index = wordIndex(catalogue.indicators.flatMap((indicator) => indicator.cues.all.flat()));
    const position = new Map(index.words.map((word, at) => [word, at]));
    const groupOf: number[][] = index.words.map(() => []);
    const owners: number[] = [];
    catalogue.indicators.forEach((indicator, at) => {
      for (const group of indicator.cues.all) {
        const id = owners.length;
        owners.push(at);
        // an empty cue word is in no text: its group needs another word
        for (const word of new Set(group)) {
          const found = position.get(word);
          if (found !== undefined) (groupOf[found] as number[]).push(id);
        }
      }
    });
    const groupCounts = Int32Array.from(catalogue.indicators, (indicator) => indicator.cues.all.length);
    const alwaysPresent = catalogue.indicators.flatMap((indicator, at) => (indicator.cues.all.length === 0 ? [at] : []));
    const count = catalogue.indicators.length;
    return {
      index, groupOf, ownerOf: Int32Array.from(owners), groupCounts, alwaysPresent, groupSeen: new Float64Array(owners.length),
      satisfied: { scan: new Float64Array(count), count: new Int32Array(count) }, scans: 0, last: null,
    };
  });
}

// each catalogue's families, found once (grouping a catalogue is quadratic in its size)
const familyIndexes = new WeakMap<Catalogue, ReadonlyMap<string, number>>();

/** Indicator id → the index of its family (`families`) in a catalogue. */
export function familiesOf(catalogue: Catalogue): ReadonlyMap<string, number> {
  return remembered(familyIndexes, catalogue, () => {
    const index = new Map<string, number>();
    families(catalogue.indicators).forEach((family, at) => family.forEach((indicator) => index.set(indicator.id, at)));
    return index;
  });
}

/** Indicators that share a noun (5G stations new and total) form one family. */
export function families(indicators: readonly IndicatorDef[]): IndicatorDef[][] {
  const groups: IndicatorDef[][] = [];
  // each noun → the first family holding it: an indicator joins the first family that shares
  // a noun with it (one look-up per noun, not a scan of every family: linear in the catalogue)
  const firstWith = new Map<string, number>();
  for (const indicator of indicators) {
    // (no `?? []`: a literal empty list is of another kind to the engine, and undid the compiled loops)
    const nouns = indicator.cues.all[0];
    let family = -1;
    if (nouns !== undefined) {
      for (const noun of nouns) {
        const at = firstWith.get(noun);
        if (at !== undefined && (family < 0 || at < family)) family = at;
      }
    }
    if (family < 0) {
      family = groups.length;
      groups.push([indicator]);
    } else (groups[family] as IndicatorDef[]).push(indicator);
    if (nouns !== undefined) for (const noun of nouns) if (!firstWith.has(noun) || (firstWith.get(noun) as number) > family) firstWith.set(noun, family);
  }
  return groups;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A list of three or more items closed by 等…产业/领域: sectors, not a task's measure (a list of projects to build stays a task). */
const SECTOR_LIST = /、[^,，。;；]*、[^,，。;；]*(等|[一二三四五六七八九十两\d]+大)[^,，。;；]{0,12}(产业|行业|领域|业态)/;

/** Words saying a measure is absent (全市没有一家创新平台): a state, not a task naming it. */
const ABSENCE = /(没有|尚无|仍无|从未)/;

/** Of indicators a text names (their cue matches in it), those matched at the greatest length. */
function mostNamed(indicators: readonly IndicatorDef[], matches: ReadonlyMap<IndicatorDef, CueMatch>): IndicatorDef[] {
  let longest = Number.NEGATIVE_INFINITY;
  for (const indicator of indicators) longest = Math.max(longest, matches.get(indicator)?.length ?? -1);
  const fullest: IndicatorDef[] = [];
  for (const indicator of indicators) if ((matches.get(indicator)?.length ?? -1) === longest) fullest.push(indicator);
  return fullest;
}

/** The clause (between commas, semicolons and stops) around a span of a sentence. */
function clauseAround(text: string, start: number, end: number): string {
  const { from, to } = clauseSpanAround(text, start, end);
  return text.slice(from, to);
}

/** Where `clauseAround` begins and ends. */
function clauseSpanAround(text: string, start: number, end: number): { from: number; to: number } {
  let before = -1;
  let after = text.length;
  for (const mark of CLAUSE_MARKS) {
    before = Math.max(before, text.lastIndexOf(mark, start - 1));
    const at = text.indexOf(mark, end);
    if (at >= 0 && at < after) after = at;
  }
  return { from: before + 1, to: after };
}

/** The marks that end a clause or a sentence. */
const CLAUSE_MARKS = [',', '，', ';', '；', '。'] as const;

/**
 * Whether a clause (`from`–`to` of a unit's text) states a number the measure could take
 * (`森林覆盖率提高0.5个百分点`; not `5G`, `2023年底前`, `5个…示范片`, a size class `2×300兆瓦级`), of
 * the unit's quantities: those reaching into the clause (a number is not recognised twice).
 */
function givesFigure(text: string, from: number, to: number, indicator: IndicatorDef, quantities: readonly Quantity[]): boolean {
  return quantities.some((quantity) => quantity.start < to && quantity.end > from && measurable(quantity) && !qualifiesNoun(text, quantity) && fitsIndicator(quantity, indicator));
}

/**
 * Indicators a text names without any figure for them (`按时完成市下发新建5G基站任务`): one
 * finding of kind `mentioned` per indicator and sentence that reads as a target (a plan's
 * sentence, or one with 力争/计划/目标 …; a report's sentences name no tasks), choosing between sibling indicators
 * (new vs total) by the verbs of the sentence. A sentence whose named indicators are all
 * `settled` (their mention could no longer count) is passed over.
 */
export function readMentions(
  unit: TextUnit, quantities: readonly Quantity[], catalogue: Catalogue, planYear: number | null, settled?: (indicator: IndicatorDef) => boolean,
  windowsOf: () => UnitWindows = () => unitWindows(unit.text),
): Finding[] {
  const findings: Finding[] = [];
  const present = presentIndicators(catalogue, unit.text);
  if (present === null) return findings;
  const lexicon = lexiconOf(catalogue.words);
  // a sentence is read only when it names an indicator not settled yet: those are asked first,
  // and where none is named (every unit, once all its indicators are settled) the rest are not
  // (the lists are grown by loops and their counts kept apart: a list filtered to nothing is of
  // another kind to the engine, and each first meeting with one threw readMentions' compiled
  // code away, four compilations of ~0.1 s in an extract of bench's documents)
  const mentionable: IndicatorDef[] = [];
  const open: IndicatorDef[] = [];
  let openCount = 0;
  for (const indicator of present) {
    if (!indicator.kinds.includes('mentioned')) continue;
    mentionable.push(indicator);
    if (settled !== undefined && settled(indicator)) continue;
    open.push(indicator);
    openCount++;
  }
  if (openCount === 0) return findings;
  for (const sentence of windowsOf().sentences) {
    const text = unit.text.slice(sentence.start, sentence.end);
    if (!open.some((indicator) => matchCues(indicator, text) !== null)) continue;
    // each indicator's cues matched once per sentence (asked again below for its clause, its
    // flow and its siblings)
    const matches = new Map<IndicatorDef, CueMatch>();
    // (a clause that gives the measure a number is a figure, read or not: no mention)
    // (nor is an item of a list of sectors: 培育新能源、新材料…等战略性新兴产业)
    const matched: IndicatorDef[] = [];
    let matchedCount = 0;
    for (const indicator of mentionable) {
      const match = matchCues(indicator, text);
      if (match === null) continue;
      matches.set(indicator, match);
      const { from, to } = clauseSpanAround(text, match.firstStart, match.lastEnd);
      const clause = text.slice(from, to);
      if (SECTOR_LIST.test(clause) || ABSENCE.test(clause) || givesFigure(unit.text, sentence.start + from, sentence.start + to, indicator, quantities)) continue;
      matched.push(indicator);
      matchedCount++;
    }
    if (matchedCount === 0) continue;
    // a mention is a task or target without a figure: a sentence of a report, a headline or a
    // list of sectors reads as a result (or nothing) and names no task
    const time = figureTime({ opening: '', before: text, sentenceBefore: text, after: '', baseline: false }, unitTime(unit, planYear), lexicon);
    if (time.status !== 'target') continue;
    for (const siblings of families(matched)) {
      // the flow its own clause says (高新技术企业“双倍增”目标: the total), else its sentence's
      const first = siblings[0];
      const match = first === undefined ? null : matches.get(first) ?? null;
      const flow = (match === null ? null : flowKind([clauseAround(text, match.firstStart, match.lastEnd)], lexicon)) ?? flowKind([text], lexicon);
      // (among the siblings the sentence names most fully: 绿色建筑 + 全面执行 is the share, not the area)
      const fullest = mostNamed(siblings, matches);
      const chosen = fullest.find((indicator) => flow !== null && indicator.kinds[0] === flow) ?? fullest[0];
      if (!chosen) continue;
      findings.push({
        indicator: chosen.id, parts: '', kind: 'mentioned', status: 'target', tier: tierOf(text, lexicon), comparator: null,
        value: null, value_high: null, unit: chosen.unit, raw: '', rawStart: 0, rawEnd: 0, year: time.year, year_basis: time.yearBasis, period: '',
        start: unit.offset + sentence.start, end: unit.offset + sentence.end, regions: [],
      });
    }
  }
  return findings;
}
