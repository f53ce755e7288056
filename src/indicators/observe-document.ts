import type { Catalogue, IndicatorDef } from '../catalogue/index.js';
import type { ParsedDocument } from '../parse/index.js';
import type { Quantity } from '../quantities/index.js';
import { originalSpan } from '../ingest/index.js';
import { familiesOf, readFigures, readMentions, type Finding, type TextUnit } from './observe.js';
import { leadingTimePhrase, retrospectiveTime } from './semantics.js';
import { lastEndOfAny, wordIndex } from './word-index.js';
import { NATIONAL_AREA_WORDS, NATIONAL_BODIES, NATIONAL_REGION, NATIONAL_WORDS, PLAN_HEADINGS, PLAN_OPENINGS, REVIEW_OPENINGS, SCOPE_WORDS } from '../catalogue/index.js';
import type { ReportMode, TimeContext } from './time.js';
import { resolveMention, type RegionOf } from './whose.js';
import type { Observation } from './types.js';
import { cellLineRows, tableRows, yearTableRows, type CellLineRow, type TableRow, type YearRow } from './tables.js';
import { unitWindows, type UnitWindows } from './text-windows.js';
import { allMatches } from '../patterns.js';

/** A text unit of a document with its task context (null task for paragraphs of task-less documents). */
export interface DocumentUnit extends TextUnit {
  readonly task: ParsedDocument['structure']['tasks'][number] | null;
  /** Title of the section the unit sits in ('' before any section). */
  readonly section: string;
}

/**
 * The units figures are read from: the numbered tasks, and every other paragraph of the body
 * that is not a heading (a plan's 总体目标 paragraph; all paragraphs of a government work
 * report or bulletin, which have no numbered tasks). Sorted by position.
 */
export function documentUnits(parsed: ParsedDocument): DocumentUnit[] {
  const { tasks, sections } = parsed.structure;
  const planYear = parsed.metadata.planYear;
  // the section a unit sits in, for its look-back time (a 工作回顾 section reports results)
  // (sections come in reading order: the last one starting at or before an offset, found by halving)
  const sectionAt = (offset: number): string => {
    const at = lastAtOrBefore(sections.length, (index) => (sections[index] as { start: number }).start, offset);
    return at < 0 ? '' : (sections[at] as { title: string }).title;
  };
  // a statistical bulletin or a work summary reports the results of its own year throughout
  const wholeDocumentLooksBack = /(统计公报|工作总结)/.test(parsed.metadata.title) && planYear !== null;
  const sectionTime = (offset: number): string => (wholeDocumentLooksBack ? `${planYear}年` : retrospectiveTime(sectionAt(offset), planYear));
  const { text } = parsed.document;
  // one list grown the same way for every document (a list made by mapping no tasks is of
  // another kind inside the engine, which undid the compiled code of this function and its callers)
  const units: DocumentUnit[] = [];
  for (const task of tasks) {
    const time = sectionTime(task.start);
    units.push({ text: text.slice(task.start, task.end), offset: task.start, task, section: task.section, sectionTime: time, reportsResults: time !== '', table: undefined, yearRow: undefined });
  }
  // paragraphs that are neither a task nor a heading (a plan's 总体目标, a report's body); in a
  // notice with tasks, only those after the first section or task, not the notice wrapping it
  const headings = new Set(sections.map((section) => section.start));
  // a line overlaps a task when some task starting before its end ends after its start: the
  // latest end among the tasks starting up to each one answers that by halving (linear in all)
  const reach: number[] = [];
  for (const task of tasks) reach.push(Math.max(task.end, reach[reach.length - 1] ?? -1));
  const inTask = (from: number, to: number): boolean => {
    const at = lastAtOrBefore(tasks.length, (index) => (tasks[index] as { start: number }).start, to);
    return at >= 0 && (reach[at] as number) >= from;
  };
  // (one numbered line is no list of tasks: a page footer's `1、凡本网…` does not make the text before it a header)
  let start = tasks.length > 1 ? parsed.structure.bodyStart : 0;
  const lines: { start: number; end: number }[] = [];
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push({ start, end });
    start = end + 1;
  }
  // rows of tables flattened into text, with their column headers
  const rows = text.includes('|')
    ? tableRows(lines.map((line) => text.slice(line.start, line.end)))
    : new Map<number, TableRow>();
  // and rows of a yearbook table laid out with spaces, under a line ending with its years
  const yearRows = YEAR_COLUMNS.test(text)
    ? yearTableRows(lines.map((line) => text.slice(line.start, line.end)))
    : new Map<number, YearRow>();
  // and rows of a table pasted a cell to a line (each row one unit, over its lines)
  const cellRows = hasShortLineRun(text, SHORT_RUN)
    ? cellLineRows(lines.map((line) => text.slice(line.start, line.end)))
    : new Map<number, CellLineRow>();
  let skipTo = -1;
  for (let index = 0; index < lines.length; index++) {
    if (index <= skipTo) continue;
    const { start: from, end: lineEnd } = lines[index] as { start: number; end: number };
    const cellRow = cellRows.get(index);
    if (cellRow !== undefined) skipTo = cellRow.lastLine;
    const end = cellRow === undefined ? lineEnd : (lines[cellRow.lastLine] as { end: number }).end;
    if (cellRow !== undefined && !inTask(from, end)) {
      const time = sectionTime(from);
      units.push({ text: text.slice(from, end), offset: from, task: null, section: sectionAt(from), sectionTime: time, reportsResults: time !== '', table: undefined, yearRow: cellRow.row });
      continue;
    }
    // (most lines of a notice lie in a task: asked first, before any line is copied)
    if (end > from && !inTask(from, end) && !headings.has(from) && text.slice(from, end).trim() !== '') {
      const table = rows.get(index);
      const yearRow = table === undefined ? yearRows.get(index) : undefined;
      const time = sectionTime(from);
      units.push({ text: text.slice(from, end), offset: from, task: null, section: sectionAt(from), sectionTime: time, reportsResults: time !== '', table, yearRow });
    }
  }
  units.sort((a, b) => a.offset - b.offset);
  return withTime(units, parsed);
}

/** Short lines in a row (blank lines between allowed) that may be a table pasted a cell to a line. */
const SHORT_RUN = 6;

/**
 * Whether a text has `run` non-blank lines of at most 24 units in a row, blank lines between
 * allowed: a table pasted a cell to a line may be in it. One walk over the line breaks (a
 * multiline pattern tried at every line start cost 0.11 s on bench's 3,000 documents).
 */
function hasShortLineRun(text: string, run: number): boolean {
  let count = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (length > 24) count = 0;
    else if (text.slice(start, end).trim() !== '' && ++count >= run) return true;
    start = end + 1;
  }
  return false;
}

/** A year closing or spanning a year's results (`2022年末`, `2022年全年`, `2022年底`). */
const YEAR_REPORTED = /((?:19|20)\d{2})\s*年(?:末|全年|底)/g;

/** The year a text's year-end and whole-year figures say most often (the latest of equals), or null. */
function yearReported(text: string): number | null {
  const counts = new Map<number, number>();
  for (const match of allMatches(YEAR_REPORTED, text)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, times] of counts) {
    if (best === null || times > (counts.get(best) ?? 0) || (times === counts.get(best) && year > best)) best = year;
  }
  return best;
}

/** A sentence after the first that opens with a year and a comma (`。2024年,该县将…`). */
const SENTENCE_YEAR = /[。;；!?！？]\s*((?:19|20)\d{2}\s*年)[,，]/g;

/** The year phrase of the last sentence of a text that opens with one, or null. */
function lastSentenceYear(text: string): string | null {
  let last: string | null = null;
  for (const match of allMatches(SENTENCE_YEAR, text)) last = match[1] as string;
  return last;
}

/** A line ending with two or more years: a yearbook table's column heads may be in the text. */
const YEAR_COLUMNS = /(?:19|20)\d{2}[ \t]+(?:19|20)\d{2}[ \t]*$/m;

/** How much of a paragraph's opening can turn a report to its review or plan part. */
const TURN_REACH = 40;

/**
 * Each unit with its time context: the document's genre, the page's year and the title's
 * year; the report part (review or plan) as the paragraphs so far turned it (`REVIEW_OPENINGS`,
 * `PLAN_OPENINGS` near a paragraph's start, a look-back section); and the time phrase leading
 * the paragraph or its section.
 */
function withTime(units: readonly DocumentUnit[], parsed: ParsedDocument): DocumentUnit[] {
  const { genre, pageYear } = parsed.frame;
  // a news page's own date says more than a year in its first lines
  // (a bulletin whose title and date are not in the text is the year its 年末 and 全年 figures say)
  const documentYear = parsed.metadata.planYear ?? (genre === 'news' ? pageYear ?? headlineYear(parsed.document.text) : headlineYear(parsed.document.text) ?? pageYear)
    ?? (genre === 'bulletin' ? yearReported(parsed.document.text) : null);
  // bulletins report throughout; work reports open with their review of the past period
  let mode: ReportMode | null = genre === 'bulletin' || genre === 'work_report' ? 'review' : null;
  // the time phrase of the last short heading-like line with a year (`一、2024年工作总结`, `●2024年,我们…`)
  let headingTime = '';
  // the section the last unit sat in: a section's heading turns the report too (一、2023年计划执行情况)
  let section = '';
  return units.map((unit) => {
    if (unit.section !== section) {
      section = unit.section;
      const review = lastEndOfAny(REVIEW_INDEX, section);
      const plan = Math.max(lastEndOfAny(PLAN_INDEX, section), lastEndOfAny(PLAN_HEADING_INDEX, section));
      if (review >= 0 || plan >= 0) mode = review > plan ? 'review' : 'plan';
      // (and a year leading it dates what follows: 二、2024年主要目标)
      const sectionLead = leadingTimePhrase(section);
      if (/\d{4}\s*年/.test(sectionLead)) headingTime = sectionLead;
    }
    // only the opening can hold a lead time phrase: the whole unit is never copied
    const lead = leadingTimePhrase(unit.text.slice(0, LEAD_REACH).replace(/^[\s●○◆■□▲★•·\-—一二三四五六七八九十、.(（)）]+/, ''));
    // a heading's time governs what follows it; so does a paragraph's lead year (`2023年1-5月份,…`) until another is stated
    // (`截至2024年底…` dates the figures the paragraphs after it go on to break down)
    if (lead !== '' && (isHeading(unit.text) || (/\d{4}\s*年/.test(lead) && (governs(unit.text, lead) || /^(截至|截止)/.test(lead))))) headingTime = lead;
    const opening = unit.text.slice(0, TURN_REACH);
    // (most openings hold no turning word at all: one scan for any says so)
    if (lastEndOfAny(TURN_INDEX, opening) >= 0) {
      const review = lastEndOfAny(REVIEW_INDEX, opening);
      // (a plan heading only in a heading line: 完成年度目标任务的58.2% in prose is a plan already past)
      const plan = Math.max(lastEndOfAny(PLAN_INDEX, opening), isHeading(unit.text) ? lastEndOfAny(PLAN_HEADING_INDEX, opening) : -1);
      if (review >= 0 || plan >= 0) mode = review > plan ? 'review' : 'plan';
    }
    const unitMode: ReportMode | null = unit.reportsResults === true ? 'review' : mode;
    const time: TimeContext = {
      genre, pageYear, documentYear, mode: unitMode, paragraphTime: unit.sectionTime || lead || headingTime,
    };
    // a later sentence of a governing paragraph that opens with another year (2023年,…获评…。2024年,该县将…)
    // sets the time the paragraphs after it go on with
    if (headingTime !== '' && /\d{4}\s*年/.test(headingTime)) {
      const restated = lastSentenceYear(unit.text);
      if (restated !== null) headingTime = restated;
    }
    // (every unit is made with the same fields in the same order, here and above, absent ones
    // undefined: units of one shape are read by the stages after at the cost of one shape)
    return {
      text: unit.text, offset: unit.offset, task: unit.task, section: unit.section, sectionTime: unit.sectionTime,
      reportsResults: unit.reportsResults, table: unit.table, yearRow: unit.yearRow, time,
    };
  });
}

/**
 * Indicator ids in the order `localeCompare` gives them (the same collation, made once: a
 * `localeCompare` per comparison looked the collation up again for every pair of rows tied on
 * their evidence's start).
 */
const BY_ID = new Intl.Collator().compare;

/**
 * A page with no issuing region whose scope words are the whole country's: it says 全国/我国
 * more often than 全省, 全市, 全县 and their kin, or it names a body of the central government
 * (住房和城乡建设部, 交通运输部) in its opening and none of those.
 */
function nationalPage(text: string): boolean {
  const count = (words: readonly string[]): number => words.reduce((sum, word) => sum + text.split(word).length - 1, 0);
  const national = count(NATIONAL_WORDS);
  const scoped = count(Object.values(SCOPE_WORDS).flat());
  if (national > 0 && national > scoped) return true;
  const opening = text.slice(0, NATIONAL_OPENING);
  return scoped === 0 && NATIONAL_BODIES.some((body) => opening.includes(body));
}

/** How much of a page's opening may name the central body that speaks in it. */
const NATIONAL_OPENING = 400;

/** A line this short that opens with a time phrase and does not end a sentence heads what follows it. */
const HEADING_LENGTH = 40;
/** How much of a unit's opening is read for its lead time phrase. */
const LEAD_REACH = 60;

function isHeading(text: string): boolean {
  if (text.length > HEADING_LENGTH * 2) return false;
  const line = text.trim();
  return line.length <= HEADING_LENGTH && !/[。；;]$/.test(line);
}
/** How many of a page's first lines can hold its headline. */
const HEADLINE_LINES = 3;

/**
 * The year of a page's headline when its metadata gave none: the first `20XX年` in a short
 * line among the page's first three lines (`2022 年端州区国民经济和社会发展统计公报`), or null.
 */
function headlineYear(text: string): number | null {
  for (const line of text.split('\n', 40).filter((line) => line.trim() !== '').slice(0, HEADLINE_LINES)) {
    // a headline is short and no sentence (自2019年启动…以来,双台子区已累计… is the body's first line)
    if (line.length > 60 || /[,，。;；]/.test(line)) continue;
    const match = /((?:19|20)\d{2})\s*年/.exec(line);
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * Whether a paragraph's lead time phrase stands alone before a comma (`2023年1-5月份,…`,
 * `2022年以来,`), governing what follows; `2020年和2021年全省…分别为…` is no such lead.
 */
function governs(text: string, lead: string): boolean {
  const at = text.indexOf(lead);
  return at >= 0 && /^[^,，:：。;；\d]{0,3}(\d{1,2}\s*[-—至到]\s*\d{1,2}\s*月份?)?[^,，:：。;；]{0,6}[,，:：]/.test(text.slice(at + lead.length));
}

const REVIEW_INDEX = wordIndex(REVIEW_OPENINGS);
const PLAN_INDEX = wordIndex(PLAN_OPENINGS);
const PLAN_HEADING_INDEX = wordIndex(PLAN_HEADINGS);
/** The words of all three lists. */
const TURN_INDEX = wordIndex([...REVIEW_OPENINGS, ...PLAN_OPENINGS, ...PLAN_HEADINGS]);

/** The last index (of `length`, whose keys `keyAt` rises) whose key is at most `value`; -1 if none. */
function lastAtOrBefore(length: number, keyAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyAt(middle) <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The observations of one document: figures mapped to indicators, plus `mentioned` rows for
 * indicators the document names without any figure for them anywhere in it.
 * `quantitiesOf(unit)` gives the recognised quantities of each unit (offsets within the unit).
 *
 * @example
 * observeDocument(parsedTaierzhuang, units, quantitiesOf, DEFAULT_CATALOGUE)
 *   .find((row) => row.indicator === 'fiveg_stations_new')
 * // → { region: '台儿庄区', task: 8, kind: 'increment', comparator: '>=', value: 100, unit: 'station', raw: '100个以上', … }
 */
export function observeDocument(
  parsed: ParsedDocument,
  units: readonly DocumentUnit[],
  quantitiesOf: (unit: DocumentUnit) => readonly Quantity[],
  catalogue: Catalogue,
  windowsOf: (unit: DocumentUnit) => UnitWindows = (unit) => unitWindows(unit.text),
): Observation[] {
  const planYear = parsed.metadata.planYear;
  const familyOf = familiesOf(catalogue);
  const figures: [DocumentUnit, Finding][] = [];
  const mentions: [DocumentUnit, Finding][] = [];
  // a figure the text gives no time at all goes on with the year its measure was last stated in
  // this paragraph or the one before (`截至2024年底…累计装机…` then `分地域看,…内蒙古1023万千瓦`)
  const lastStated = new Map<string, { year: number; unit: number }>();
  // the families with a figure or a mention so far: no later mention of theirs is kept (below),
  // so a sentence naming only these is not read for mentions
  const settled = new Set<number | undefined>();
  const isSettled = (indicator: IndicatorDef): boolean => settled.has(familyOf.get(indicator.id));
  for (const [index, unit] of units.entries()) {
    for (const read of readFigures(unit, quantitiesOf(unit), catalogue, planYear, parsed.region, () => windowsOf(unit))) {
      const before = lastStated.get(read.indicator);
      const finding: Finding = read.year_basis === 'none' && read.saysWhen !== true && before !== undefined && before.unit >= index - 1
        ? { ...read, year: before.year, year_basis: 'stated' } : read;
      if (finding.year !== null && finding.year_basis === 'stated') lastStated.set(finding.indicator, { year: finding.year, unit: index });
      figures.push([unit, finding]);
      for (const id of finding.parts === '' ? [finding.indicator] : finding.parts.split('、')) settled.add(familyOf.get(id));
    }
    for (const finding of readMentions(unit, quantitiesOf(unit), catalogue, planYear, isSettled, () => windowsOf(unit))) {
      mentions.push([unit, finding]);
      settled.add(familyOf.get(finding.indicator));
    }
  }
  // a mention counts only when no indicator of its family has a figure anywhere in the document
  // a combined count (`parts`) is a figure for each family it counts
  const withFigures = new Set<number | undefined>();
  for (const [, finding] of figures) {
    if (finding.parts === '') withFigures.add(familyOf.get(finding.indicator));
    else for (const id of finding.parts.split('、')) withFigures.add(familyOf.get(id));
  }
  const mentionedOnce = new Set<number | undefined>();
  const kept = mentions.filter(([, finding]) => {
    const family = familyOf.get(finding.indicator);
    if (withFigures.has(family) || mentionedOnce.has(family)) return false;
    mentionedOnce.add(family);
    return true;
  });
  // the document's own region (or the whole country's, for a national page), worked out once
  const own: RegionOf = parsed.region === null && nationalPage(parsed.document.text)
    ? { name: NATIONAL_REGION, code: '', level: 'country' }
    : { name: parsed.region?.name ?? '', code: parsed.region?.code ?? '', level: parsed.region?.level ?? '' };
  // the paragraph each row was read in, for telling items of one paragraph from repeats
  const unitOf = new Map<Observation, number>();
  // a figure named only by a wider whole (营造林) is the total of several parts when the document
  // also gives the indicator's own figure (其中人工造林2万亩): no figure of the indicator then
  const ownFigures = new Set(figures.filter(([, finding]) => finding.wider !== true).map(([, finding]) => finding.indicator));
  const figuresKept = figures.some(([, finding]) => finding.wider === true)
    ? figures.filter(([, finding]) => finding.wider !== true || !ownFigures.has(finding.indicator))
    : figures;
  const observations = [...figuresKept, ...kept]
    .sort((a, b) => a[1].start - b[1].start || BY_ID(a[1].indicator, b[1].indicator))
    .flatMap(([unit, finding]) => regionsOf(parsed, finding, own).map((region) => {
      const row = toObservation(parsed, unit, finding, region);
      unitOf.set(row, unit.offset);
      return row;
    }));
  return withoutRepeats(withoutHeadlineEchoes(observations, headlineEnd(parsed.document.text), familyOf), unitOf);
}

/** The end of a page's headline: its first non-empty line when that is short and no sentence; 0 otherwise. */
function headlineEnd(text: string): number {
  const match = /^\s*([^\n]*)/.exec(text);
  const line = match?.[1]?.trim() ?? '';
  if (line === '' || line.length > 60 || /[。；;]./.test(line)) return 0;
  return (match?.[0].length ?? 0);
}

/**
 * A headline's figure said again in the body (`超9.3万个 山西提前完成…` over `全省累计建成5G基站超9.3万个`)
 * is the body's: the headline has no verbs to tell new from total, so the body's reading of the
 * same value, bound and region in the same family of indicators stands for both.
 */
function withoutHeadlineEchoes(observations: readonly Observation[], headline: number, familyOf: ReadonlyMap<string, number>): Observation[] {
  if (headline === 0 || !observations.some((row) => row.start < headline && row.kind !== 'mentioned')) return [...observations];
  const key = (row: Observation): string => [familyOf.get(row.indicator) ?? row.indicator, row.comparator, row.value, row.value_high, row.region].join('|');
  const inBody = new Set(observations.filter((row) => row.start >= headline && row.kind !== 'mentioned').map(key));
  return observations.filter((row) => row.kind === 'mentioned' || row.start >= headline || !inBody.has(key(row)));
}

/**
 * One observation per fact: the same figure said again in a document (a headline and its body,
 * a repeated paragraph, a flattened table) is the same indicator, kind, status, bound, value,
 * region and year; the first occurrence is kept, with its evidence.
 */
function withoutRepeats(observations: readonly Observation[], unitOf: ReadonlyMap<Observation, number>): Observation[] {
  // a row whose value no other row of the document has is no repeat, nor repeated: its fact is
  // never needed (most rows; their keys cost 60 ms a pass over bench's documents)
  const valueCounts = new Map<number | null, number>();
  for (const row of observations) if (row.kind !== 'mentioned') valueCounts.set(row.value, (valueCounts.get(row.value) ?? 0) + 1);
  // each row's fact (all but its year) made once
  const facts = new Map<Observation, string>();
  // (a document whose every figure has a year needs no look for the undated ones)
  const undated = observations.some((row) => row.kind !== 'mentioned' && row.year === null);
  // the paragraphs that give each fact a year: the fact said without one elsewhere (a headline's
  // 去年 on a page with no date) is the same fact
  const dated = new Map<string, Set<number>>();
  for (const row of observations) {
    if (row.kind === 'mentioned' || valueCounts.get(row.value) === 1) continue;
    const fact = [row.indicator, row.parts, row.kind, row.status, row.comparator, row.value, row.value_high, row.region].join('|');
    facts.set(row, fact);
    if (!undated || row.year === null) continue;
    const units = dated.get(fact) ?? new Set<number>();
    units.add(unitOf.get(row) ?? row.start);
    dated.set(fact, units);
  }
  // each fact with the paragraph it was first said in
  const seen = new Map<string, number>();
  return observations.filter((row) => {
    const fact = facts.get(row);
    if (fact === undefined) return true;
    const unit = unitOf.get(row) ?? row.start;
    if (undated && row.year === null) {
      const units = dated.get(fact);
      if (units !== undefined && [...units].some((other) => other !== unit)) return false;
    }
    const key = `${fact}|${row.year}`;
    const first = seen.get(key);
    // two figures of one paragraph are two items (建成省级重点企业研究院1家,市级重点实验室1家), not a
    // repeat; a repeat is said again in another paragraph (a headline and its body, a copied paragraph)
    if (first !== undefined && first !== unit) return false;
    if (first === undefined) seen.set(key, unit);
    return true;
  });
}

/**
 * The regions a finding is attributed to: those its clause names, resolved against the
 * document's region (全省 → its province), one each; else the document's own region.
 */
function regionsOf(parsed: ParsedDocument, finding: Finding, own: RegionOf): RegionOf[] {
  const named: RegionOf[] = [];
  for (const mention of finding.regions) {
    const region = resolveMention(mention, parsed.region);
    if (region !== null && !named.some((other) => other.name === region.name)) named.push(region);
  }
  const regions = named.length > 0 ? named : [own];
  // a figure of part of its region (农村地区, 县城) is the part's: named after its region, with no code of its own
  const { part } = finding;
  if (part === undefined) return regions;
  // (a broad area of the country says which country: 东部地区县城, not 全国东部地区县城)
  const area = NATIONAL_AREA_WORDS.some((word) => part.startsWith(word));
  return regions.map((region) => ({ name: area && region.name === NATIONAL_REGION ? part : `${region.name}${part}`, code: '', level: 'part' }));
}

function toObservation(parsed: ParsedDocument, unit: DocumentUnit, finding: Finding, region: RegionOf): Observation {
  const { document } = parsed;
  return {
    doc_id: document.docId,
    source: document.source,
    region: region.name,
    region_code: region.code,
    region_level: region.level,
    year: finding.year,
    year_basis: finding.year_basis,
    period: finding.period,
    section: unit.section,
    task: unit.task?.number ?? null,
    task_title: unit.task?.title ?? '',
    lead_units: unit.task?.leadUnits.join('、') ?? '',
    participating_units: unit.task?.participatingUnits.join('、') ?? '',
    indicator: finding.indicator,
    parts: finding.parts,
    kind: finding.kind,
    status: finding.status,
    tier: finding.tier,
    comparator: finding.comparator,
    value: finding.value,
    value_high: finding.value_high,
    unit: finding.unit,
    raw: finding.raw === '' ? '' : originalSpan(document.original, document, finding.rawStart, finding.rawEnd),
    evidence: originalSpan(document.original, document, finding.start, finding.end),
    start: finding.start,
    end: finding.end,
  };
}
