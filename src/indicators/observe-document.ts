import type { Catalogue } from '../catalogue/catalogue.js';
import type { ParsedDocument } from '../parse/parse-document.js';
import type { Quantity } from '../quantities/types.js';
import { originalSpan } from '../ingest/mapped-text.js';
import { remembered } from '../memo.js';
import { families, readFigures, readMentions, type Finding, type TextUnit } from './observe.js';
import { retrospectiveTime } from './semantics.js';
import type { Observation } from './types.js';

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
    units.push({
      text: text.slice(task.start, task.end), offset: task.start, task, section: task.section, sectionTime: sectionTime(task.start),
      reportsResults: sectionTime(task.start) !== '',
    });
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
  let start = tasks.length > 0 ? parsed.structure.bodyStart : 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start && text.slice(start, end).trim() !== '' && !headings.has(start) && !inTask(start, end)) {
      units.push({ text: text.slice(start, end), offset: start, task: null, section: sectionAt(start), sectionTime: sectionTime(start), reportsResults: sectionTime(start) !== '' });
    }
    start = end + 1;
  }
  units.sort((a, b) => a.offset - b.offset);
  return units;
}

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
): Observation[] {
  const planYear = parsed.metadata.planYear;
  const figures: [DocumentUnit, Finding][] = [];
  const mentions: [DocumentUnit, Finding][] = [];
  for (const unit of units) {
    for (const finding of readFigures(unit, quantitiesOf(unit), catalogue, planYear)) figures.push([unit, finding]);
    for (const finding of readMentions(unit, catalogue, planYear)) mentions.push([unit, finding]);
  }
  // a mention counts only when no indicator of its family has a figure anywhere in the document
  const familyOf = familiesOf(catalogue);
  const withFigures = new Set(figures.map(([, finding]) => familyOf.get(finding.indicator)));
  const mentionedOnce = new Set<number | undefined>();
  const kept = mentions.filter(([, finding]) => {
    const family = familyOf.get(finding.indicator);
    if (withFigures.has(family) || mentionedOnce.has(family)) return false;
    mentionedOnce.add(family);
    return true;
  });
  return [...figures, ...kept]
    .sort((a, b) => a[1].start - b[1].start || a[1].indicator.localeCompare(b[1].indicator))
    .map(([unit, finding]) => toObservation(parsed, unit, finding));
}

// each catalogue's families, found once (a map of ids for every document of a run)
const familyIndexes = new WeakMap<Catalogue, ReadonlyMap<string, number>>();

/** Indicator id → the index of its family (`families`) in a catalogue. */
function familiesOf(catalogue: Catalogue): ReadonlyMap<string, number> {
  return remembered(familyIndexes, catalogue, () => {
    const index = new Map<string, number>();
    families(catalogue.indicators).forEach((family, at) => family.forEach((indicator) => index.set(indicator.id, at)));
    return index;
  });
}

function toObservation(parsed: ParsedDocument, unit: DocumentUnit, finding: Finding): Observation {
  const { document, region } = parsed;
  return {
    doc_id: document.docId,
    source: document.source,
    region: region?.name ?? '',
    region_code: region?.code ?? '',
    region_level: region?.level ?? '',
    year: finding.year,
    section: unit.section,
    task: unit.task?.number ?? null,
    task_title: unit.task?.title ?? '',
    lead_units: unit.task?.leadUnits.join('、') ?? '',
    participating_units: unit.task?.participatingUnits.join('、') ?? '',
    indicator: finding.indicator,
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
