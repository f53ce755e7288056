/**
 * The report model: everything the pages show, computed once from the run's tables with the
 * comparison engine, in no particular language. Pure: tables in, model out.
 */
import { createHash } from 'node:crypto';
import type { Catalogue } from '../catalogue/index.js';
import type { IndicatorDef } from '../catalogue/index.js';
import {
  INTENSIVE_KINDS, PERS, compareIndicator, compositeIndex, denominatorGaps, fieldOf, peerGap, rankRobustness,
  type DenominatorGap,
  type AlternativeReason, type Comparison, type ComparisonRecord, type Composite, type FieldRegion, type FlagCode, type PeerGap,
  type Per, type Robustness,
} from '../compare/index.js';
import type { DocumentFormat } from '../ingest/index.js';
import type { Observation } from '../indicators/index.js';
import {
  chooseFigure, findRegion, objectRings, regionKey, REGION_METRICS, type FeatureRings, type RegionFigure, type RegionTable, type Topology,
} from '../regions/index.js';
import type { DocumentRecord, TaskRecord } from '../tables/index.js';
import type { TrackingRecord } from '../tracking/index.js';
import type { Presence } from './labels.js';
import type { SourceTextChoice } from './source-text.js';
import { normalizeReportOptions, type ReportOptions, type ReportOptionsInput } from './options.js';

/** What the report is built from: the run's tables, the region reference table, the catalogue. */
export interface ReportInput {
  readonly documents: readonly DocumentRecord[];
  readonly tasks: readonly TaskRecord[];
  readonly observations: readonly Observation[];
  readonly regions: RegionTable;
  readonly catalogue: Catalogue;
  /** County boundaries for the indicator maps, with where they come from; none: no maps. */
  readonly boundaries?: { readonly topology: Topology; readonly source: string };
  /**
   * Targets against results (`track`) of a run spanning several plan years; none: the report
   * has no 完成情况 sections. Rows of later years than the report's and `dropped` rows are left out.
   */
  readonly tracking?: readonly TrackingRecord[];
  /** How much text the run keeps and why (`sourceTextChoice`), said on the method page when it keeps the evidence only. */
  readonly sourceText?: SourceTextChoice;
}

/** The boundaries the indicator maps draw: the report's regions found on them, and province outlines. */
export interface ReportMap {
  readonly source: string;
  readonly geographic: boolean;
  /** Rings by `recordKey` of the report regions found on the boundaries (by division code). */
  readonly regions: ReadonlyMap<string, FeatureRings>;
  /** Outlines of the provinces the report's regions lie in (when the file has a `provinces` object). */
  readonly provinces: readonly FeatureRings[];
  /** Report regions the boundary file does not have. */
  readonly missing: readonly string[];
}

/** A document of the report year, with where its copy and its task list live in the report. */
export interface ReportDocument {
  readonly doc_id: string;
  readonly source: string;
  readonly title: string;
  readonly doc_number: string;
  readonly issued_date: string;
  readonly published_date: string;
  readonly region: string;
  readonly region_code: string;
  readonly task_count: number;
  /**
   * The source as the report holds it, relative to the report folder: for a text input (.txt,
   * .md, a web page) read whole, its task page (`page`), which shows its whole text and names
   * the original's path and checksum: the report keeps no second copy of it. Otherwise a byte
   * copy (DOCX, PDF, a text file whose furniture lines the reading left out), and for such a
   * web page a report page of its text (`…/<name>.html`), never the page itself (its scripts
   * would run on the report's origin).
   */
  readonly file: string;
  /**
   * Whether the source is a text input read whole (no page furniture or metadata lines left
   * out: `dropped_lines` 0) whose task page (`file` = `page`) is the report's only copy of it.
   */
  readonly asText: boolean;
  /** Whether `file` is a report page of a web page's text (one whose reading left lines out), never its markup. */
  readonly textPage: boolean;
  /** How the source was read (`txt`, `html`, `docx`, `pdf`): a text input's page reads it again so. */
  readonly format: DocumentFormat;
  /** Page listing the document's tasks, relative to the report folder. */
  readonly page: string;
  readonly issuer: string;
  /** Characters of the document's normalised text (`text_chars`; null when the table lacks it). */
  readonly textChars: number | null;
}

/** A region of the report (one with observations for the plan year). */
export interface ReportRegion {
  /** `regionKey` of its observations (`code:370405`). */
  readonly key: string;
  readonly region: string;
  readonly region_code: string;
  /** Level as the reference table writes it (`市辖区`), else as parsed (`district`). */
  readonly level: string;
  readonly parent: string;
  /** Its page, relative to the report folder. */
  readonly page: string;
  readonly documents: readonly string[];
  /** Resident population in 万人 closest to the plan year, with its year; null when unknown. */
  readonly population: { readonly value: number; readonly year: number | null } | null;
}

/** How an observation of an indicator page's evidence table was used. */
export type Usage = 'used' | AlternativeReason;

/** One row of an indicator's evidence table. */
export interface EvidenceRow {
  readonly observation: Observation;
  readonly usage: Usage;
}

/** An indicator with at least one figure in the plan year: its comparisons in every applicable view. */
export interface IndicatorSection {
  readonly def: IndicatorDef;
  /** Page, relative to the report folder. */
  readonly page: string;
  /** One comparison per applicable view, in `PERS` order (`none` first); rates and growth have `none` only. */
  readonly views: readonly Comparison[];
  /** The observation compared for each region (raw view), by `recordKey`. */
  readonly chosen: ReadonlyMap<string, Observation>;
  readonly evidence: readonly EvidenceRow[];
}

/** One cell of the coverage matrix. */
export interface CoverageCell {
  readonly region_key: string;
  readonly presence: Presence;
  /** The figure as written (the compared one when there is one), '' otherwise. */
  readonly raw: string;
}

/** One indicator row of the coverage matrix (cells in region order). */
export interface CoverageRow {
  readonly def: IndicatorDef;
  readonly page: string | null;
  readonly cells: readonly CoverageCell[];
}

/** A region's position on one indicator (for strongest / weakest lists). */
export interface Position {
  readonly indicator: IndicatorSection;
  readonly comparison: Comparison;
  readonly record: ComparisonRecord;
}

/** An indicator other regions set a figure for and this region did not. */
export interface UnsetIndicator {
  readonly indicator: IndicatorSection;
  readonly reason: FlagCode | null;
  readonly others: readonly ComparisonRecord[];
}

/** Everything a region page shows. */
export interface RegionSection {
  readonly region: ReportRegion;
  /** Comparisons (region view where it applies) in which the region has a score, best first. */
  readonly positions: readonly Position[];
  readonly strongest: readonly Position[];
  readonly weakest: readonly Position[];
  readonly gaps: readonly { readonly indicator: IndicatorSection; readonly gap: PeerGap }[];
  readonly unset: readonly UnsetIndicator[];
}

/** A headline difference, in no language yet. */
export type Headline =
  /**
   * Highest and lowest of one comparable set: the regions ranked on an indicator per capita in
   * one rank group (one administrative level, unless levels are mixed), all with figures of the
   * comparison's kind and status; combined counts and national figures never enter it. `high`
   * and `low` list every region tied at that value; `bounded` the ones whose figure is only a
   * bound (以上, 以内, 左右 …).
   */
  | {
    readonly type: 'spread'; readonly indicator: IndicatorSection; readonly comparison: Comparison; readonly group: string; readonly ranked: number;
    readonly high: readonly ComparisonRecord[]; readonly low: readonly ComparisonRecord[]; readonly ratio: number; readonly bounded: readonly ComparisonRecord[];
  }
  | { readonly type: 'most-figures'; readonly region: ReportRegion; readonly count: number; readonly total: number }
  | { readonly type: 'most-mentioned'; readonly region: ReportRegion; readonly count: number }
  /**
   * The composite's first place in one rank group, said once with how far it holds: `leaders`
   * are every region at base rank 1 (a tie lists them all), `low`–`high` the first leader's 90%
   * rank interval, `unstable` how many of the group's `ranked` regions are flagged unstable.
   */
  | {
    readonly type: 'composite-leader'; readonly group: string; readonly leaders: readonly ReportRegion[]; readonly ranked: number;
    readonly low: number; readonly high: number; readonly unstable: number;
  };

/** A reference figure of a report region, and whether a view used it. */
export interface DenominatorRow {
  readonly figure: RegionFigure;
  readonly used: boolean;
}

/** The whole report, ready to be written in a language. */
export interface ReportModel {
  readonly options: ReportOptions;
  /** The indicator catalogue the run used (names of tracked indicators without a page of their own). */
  readonly catalogue: Catalogue;
  readonly documents: readonly ReportDocument[];
  readonly tasks: readonly TaskRecord[];
  readonly regions: readonly ReportRegion[];
  readonly indicators: readonly IndicatorSection[];
  readonly coverage: readonly CoverageRow[];
  readonly composite: Composite;
  readonly robustness: Robustness;
  readonly headlines: readonly Headline[];
  readonly regionSections: readonly RegionSection[];
  readonly denominators: readonly DenominatorRow[];
  /** Regions of the report without some denominator (named on the overview and beside each ranking they miss). */
  readonly gaps: readonly DenominatorGap[];
  /** What the indicator maps draw; null without boundaries or when no region is on them. */
  readonly map: ReportMap | null;
  /** Tracking rows of the report year and the years before it (not `dropped`), in `track`'s order; empty for a single-year run. */
  readonly tracking: readonly TrackingRecord[];
  /**
   * Where a tracking row's sources open, by the document's `source`, relative to the report
   * folder: the copy in this report, or in the sibling report of the document's plan year
   * (`../2024/sources/…`), which the same run writes.
   */
  readonly trackingSources: ReadonlyMap<string, string>;
  /**
   * With `options.sourceText` `evidence`: where each document's observations are (task, offsets
   * in the normalised text, evidence clause), by document id; the task pages show these tasks
   * and paragraphs only. Empty in `whole` mode.
   */
  readonly evidenceSpans: ReadonlyMap<string, readonly EvidenceSpan[]>;
  /** The run's choice of how much text to keep, when the caller gave it. */
  readonly sourceText: SourceTextChoice | null;
}

/** Where an observation is in its document: its task (null: a paragraph outside the tasks), its clause's offsets and text. */
export interface EvidenceSpan {
  readonly task: number | null;
  readonly start: number;
  readonly end: number;
  readonly evidence: string;
}

/** How many headline spreads the overview lists. */
const HEADLINE_SPREADS = 5;
/** A position is listed as strong or weak only among at least this many ranked regions. */
const MIN_RANKED_FOR_POSITION = 3;
/** How many strongest and weakest positions a region page lists. */
const POSITIONS_LISTED = 3;

/**
 * Build the report model for one plan year.
 *
 * - Regions: every region with an observation for the plan year (`fieldOf`), in order of first
 *   appearance; documents: those whose plan year is the report year.
 * - Indicator pages: every catalogue indicator with at least one figure (kind ≠ mentioned) in
 *   the year, in catalogue order, compared (`compareIndicator`, percentile scores) in each view
 *   that applies; the coverage matrix lists every indicator that appears at all.
 * - Levels: every ranking compares one administrative level at a time (`levels: 'separate'`,
 *   the default) or all together (`mixed`).
 * - Composite: `compositeIndex` in `options.compositeView` (min–max scores, equal weights,
 *   default indicator selection) and `rankRobustness` over all methods and views.
 * - Region pages: positions in `options.regionView` (rates and growth as written), the three
 *   best and worst among comparisons of at least 3 ranked regions, `peerGap` against the
 *   other regions of its level (all other regions with `levels: 'mixed'`), and indicators others set a figure for that the region did not.
 * - Tracking (`input.tracking`, several plan years): the rows of the plan year and earlier
 *   years, `dropped` rows left out; each document with a plan year is found by its source in
 *   this report or in its year's sibling report (`../<year>/sources/…`).
 *
 * @example
 * const model = buildReportModel({ documents, tasks, observations, regions, catalogue }, { planYear: 2023 });
 * model.regions.map((r) => r.region) // → ['台儿庄区', '滕州市', '泰安市', '嘉祥县', '罗庄区']
 * model.indicators[0]?.page // → 'indicators/fiveg_stations_new.html'
 */
export function buildReportModel(input: ReportInput, optionsInput: ReportOptionsInput): ReportModel {
  const options = normalizeReportOptions(optionsInput);
  const { planYear } = options;
  const observations = input.observations.filter((o) => o.year === planYear);
  const lookup = input.catalogue.byId;
  const documents = input.documents.filter((d) => d.plan_year === planYear).map((record) => reportDocument(record, options.sourceText));
  const field = fieldOf(observations, planYear);
  const documentIds = new Set(documents.map((document) => document.doc_id));
  const regions = field.map((region) => reportRegion(region, documents, input.regions, planYear));

  const appearing = new Set(observations.map((o) => o.indicator));
  const withFigure = new Set(observations.filter((o) => o.kind !== 'mentioned' && o.value !== null).map((o) => o.indicator));
  const catalogueOrder = input.catalogue.indicators.filter((def) => appearing.has(def.id));

  // every view of every indicator with a figure, as asked (a rate asked per capita comes back
  // as written): the pages show those that apply, the composite and its robustness rescore them
  const compared = new Map<string, Comparison[]>();
  const indicators = catalogueOrder.filter((def) => withFigure.has(def.id)).map((def): IndicatorSection => {
    const asked = PERS.map((per) => compareIndicator(observations, input.regions, lookup, { indicator: def.id, planYear, per, method: 'percentile', levels: options.levels }));
    compared.set(def.id, asked);
    const views = asked.filter((comparison, index) => comparison.per === PERS[index]);
    const raw = views[0];
    if (raw === undefined) throw new Error(`invalid comparison: no raw view for ${def.id}`);
    const alternatives = new Map(raw.alternatives.map((a) => [a.observation, a.reason]));
    const own = observations.filter((o) => o.indicator === def.id);
    // the indicator's observations by region, searched per record (searching them all was n² in the regions)
    const ownByRegion = new Map<string, Observation[]>();
    for (const observation of own) {
      const list = ownByRegion.get(observation.region);
      if (list === undefined) ownByRegion.set(observation.region, [observation]);
      else list.push(observation);
    }
    const chosen = new Map<string, Observation>();
    for (const record of raw.records) {
      const match = ownByRegion.get(record.region)?.find((o) => !alternatives.has(o) && o.doc_id === record.doc_id
        && o.task === record.task && o.value === record.value && o.evidence === record.evidence);
      if (match !== undefined) chosen.set(recordKey(record), match);
    }
    const order = new Map(regions.map((region, index) => [region.key, index]));
    const evidence = own
      .map((observation): EvidenceRow => ({ observation, usage: alternatives.get(observation) ?? 'used' }))
      .sort((a, b) => (order.get(regionKey(a.observation)) ?? 0) - (order.get(regionKey(b.observation)) ?? 0)
        || a.observation.start - b.observation.start);
    return { def, page: `indicators/${def.id}.html`, views, chosen, evidence };
  });
  const sectionOf = new Map(indicators.map((section) => [section.def.id, section]));

  // observations by indicator and region, grouped once: the matrix has a cell per pair
  const byCell = new Map<string, Observation[]>();
  for (const observation of observations) {
    const key = `${observation.indicator}\u0000${regionKey(observation)}`;
    const list = byCell.get(key);
    if (list === undefined) byCell.set(key, [observation]);
    else list.push(observation);
  }
  const coverage = catalogueOrder.map((def): CoverageRow => {
    const section = sectionOf.get(def.id);
    const cells = regions.map((region): CoverageCell => {
      const own = byCell.get(`${def.id}\u0000${region.key}`) ?? [];
      const figures = own.filter((o) => o.kind !== 'mentioned' && o.value !== null);
      const shown = section?.chosen.get(recordKey(region)) ?? figures[0];
      if (shown !== undefined) return { region_key: region.key, presence: 'figure', raw: shown.raw };
      return { region_key: region.key, presence: own.length > 0 ? 'mentioned' : 'absent', raw: '' };
    });
    return { def, page: section?.page ?? null, cells };
  });

  const compositeOptions = { planYear, per: options.compositeView, levels: options.levels };
  // the views above, with the same plan year, levels and default status and stale years
  const known = (indicator: string, per: Per): Comparison | undefined => compared.get(indicator)?.[PERS.indexOf(per)];
  const composite = compositeIndex(observations, input.regions, lookup, compositeOptions, known);
  const robustness = rankRobustness(observations, input.regions, lookup, { ...compositeOptions, draws: options.draws, seed: options.seed }, { base: composite, known });
  const lookups = indicatorLookups(indicators, options.regionView);
  // peers of a region are of its own level when levels are ranked apart
  const peers = options.levels === 'separate' ? 'same-level' : 'all';
  const regionSections = regions.map((region) => regionSection(region, lookups, peers));
  const byKey = new Map(regions.map((region) => [recordKey(region), region]));

  return {
    options,
    catalogue: input.catalogue,
    documents,
    // a set of the year's documents, not a scan of them per task (180,000 tasks × 3,000 documents)
    tasks: input.tasks.filter((task) => documentIds.has(String(task.doc_id))),
    regions,
    indicators,
    coverage,
    composite,
    robustness,
    headlines: headlines(indicators, coverage, regions, robustness, byKey),
    regionSections,
    denominators: denominatorRows(input.regions, regions, planYear),
    gaps: denominatorGaps(input.regions, field, planYear),
    map: input.boundaries === undefined ? null : reportMap(input.boundaries, regions),
    tracking: (input.tracking ?? []).filter((row) => row.year <= planYear && row.verdict !== 'dropped'),
    trackingSources: trackingSources(input.documents, planYear, options.sourceText),
    evidenceSpans: options.sourceText === 'evidence' ? evidenceSpans(input.observations, documentIds) : new Map(),
    sourceText: input.sourceText ?? null,
  };
}

/**
 * Where each document's observations (figures and mentions, of any year) are in its text, by
 * document id, in order: what an evidence-mode task page shows.
 */
function evidenceSpans(observations: readonly Observation[], documentIds: ReadonlySet<string>): Map<string, EvidenceSpan[]> {
  const spans = new Map<string, EvidenceSpan[]>();
  for (const observation of observations) {
    if (!documentIds.has(observation.doc_id)) continue;
    const span = { task: observation.task, start: observation.start, end: observation.end, evidence: observation.evidence };
    const list = spans.get(observation.doc_id);
    if (list === undefined) spans.set(observation.doc_id, [span]);
    else list.push(span);
  }
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start);
  return spans;
}

/** Each document with a plan year by its source: its copy in this report or in its own year's sibling report. */
function trackingSources(records: readonly DocumentRecord[], planYear: number, sourceText: ReportOptions['sourceText']): Map<string, string> {
  const sources = new Map<string, string>();
  for (const record of records) {
    if (typeof record.plan_year !== 'number') continue;
    const document = reportDocument(record, sourceText);
    sources.set(document.source, record.plan_year === planYear ? document.file : `../${record.plan_year}/${document.file}`);
  }
  return sources;
}

/**
 * The key of a region in comparison records and report regions: division code (filled in
 * from the reference table when the document gave none) and name.
 *
 * @example
 * recordKey({ region: '滕州市', region_code: '370481' }) // → '370481/滕州市'
 */
export function recordKey(record: { readonly region: string; readonly region_code: string }): string {
  return `${record.region_code}/${record.region}`;
}

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A file name that is safe inside the report folder: letters (any script), digits, `.`, `_`
 * and `-` only, never `.` or `..`.
 *
 * @example
 * safeFileName('../一份 "文件".txt') // → '.._一份__文件_.txt'
 */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'document' : cleaned;
}

function reportDocument(record: DocumentRecord, sourceText: ReportOptions['sourceText']): ReportDocument {
  const docId = text(record.doc_id);
  const source = text(record.source);
  const base = source.split(/[\\/]/).pop() ?? '';
  const format = String(record.format) as DocumentFormat;
  // the task page shows the text as read: only a text read whole can stand for the original
  const whole = record.dropped_lines === 0;
  // keeping the evidence only, no text input is copied: the page names the original instead
  const evidence = sourceText === 'evidence';
  const asText = (format === 'html' || format === 'txt') && (whole || evidence);
  const textPage = format === 'html' && !whole && !evidence;
  const page = `sources/${safeFileName(docId)}.html`;
  const name = textPage ? `${safeFileName(base.replace(/\.[^.]*$/, '') || base)}.html` : safeFileName(base);
  return {
    doc_id: docId,
    source,
    title: text(record.title),
    doc_number: text(record.doc_number),
    issued_date: text(record.issued_date),
    published_date: text(record.published_date),
    region: text(record.region),
    region_code: text(record.region_code),
    task_count: typeof record.task_count === 'number' ? record.task_count : 0,
    file: asText ? page : `sources/${safeFileName(docId)}/${name}`,
    asText,
    textPage,
    format,
    page,
    issuer: text(record.issuer),
    textChars: typeof record.text_chars === 'number' ? record.text_chars : null,
  };
}

/**
 * The page name of a region: its division code, or a short hash of its name when it has none.
 *
 * @example
 * regionSlug({ region: '台儿庄区', region_code: '370405' }) // → '370405'
 * regionSlug({ region: '某县', region_code: '' }) // → 'r-' followed by 10 hex digits
 */
export function regionSlug(region: { readonly region: string; readonly region_code: string }): string {
  if (/^\d{6,12}$/.test(region.region_code)) return region.region_code;
  return `r-${createHash('sha256').update(region.region).digest('hex').slice(0, 10)}`;
}

function reportRegion(region: FieldRegion, documents: readonly ReportDocument[], table: RegionTable, planYear: number): ReportRegion {
  const match = findRegion(table, region);
  const identity = match.identity;
  const population = identity === null ? null : chooseFigure(table, identity.division_code, 'resident_population', planYear).figure;
  return {
    key: region.key,
    region: region.region,
    region_code: region.region_code === '' ? (identity?.division_code ?? '') : region.region_code,
    level: identity?.admin_level ?? region.region_level,
    parent: identity?.parent ?? '',
    page: `regions/${regionSlug(region)}.html`,
    documents: documents.filter((d) => regionKey(d) === region.key).map((d) => d.doc_id),
    population: population === null ? null : { value: population.value, year: population.year },
  };
}

function sameRegion(record: ComparisonRecord, region: ReportRegion): boolean {
  return record.region === region.region && (region.region_code === '' || record.region_code === region.region_code);
}

function regionView(section: IndicatorSection, per: Per): Comparison | undefined {
  return section.views.find((comparison) => comparison.per === per) ?? section.views[0];
}

/** Find a region's record among a comparison's records (the first that `sameRegion` accepts), through an index by name. */
function recordFinder(records: readonly ComparisonRecord[]): (region: ReportRegion) => ComparisonRecord | undefined {
  const byName = new Map<string, ComparisonRecord[]>();
  for (const record of records) {
    const list = byName.get(record.region);
    if (list === undefined) byName.set(record.region, [record]);
    else list.push(record);
  }
  return (region) => byName.get(region.region)?.find((record) => sameRegion(record, region));
}

/** What every region page needs of one indicator, computed once for all regions. */
interface IndicatorLookups {
  readonly indicator: IndicatorSection;
  readonly comparison: Comparison;
  readonly find: (region: ReportRegion) => ComparisonRecord | undefined;
  readonly findRaw: (region: ReportRegion) => ComparisonRecord | undefined;
  /** The regions with a figure as written (the others a region without one is compared to). */
  readonly withFigure: readonly ComparisonRecord[];
}

function indicatorLookups(indicators: readonly IndicatorSection[], per: Per): IndicatorLookups[] {
  return indicators.flatMap((indicator) => {
    const comparison = regionView(indicator, per);
    const raw = indicator.views[0];
    if (comparison === undefined || raw === undefined) return [];
    return [{
      indicator,
      comparison,
      find: recordFinder(comparison.records),
      findRaw: recordFinder(raw.records),
      withFigure: raw.records.filter((r) => r.value !== null),
    }];
  });
}

function regionSection(region: ReportRegion, lookups: readonly IndicatorLookups[], peers: 'all' | 'same-level'): RegionSection {
  const positions: Position[] = [];
  const gaps: { indicator: IndicatorSection; gap: PeerGap }[] = [];
  const unset: UnsetIndicator[] = [];
  for (const { indicator, comparison, find, findRaw, withFigure } of lookups) {
    const record = find(region);
    // a region ranked alone stands nowhere: no 1/1 position, no dot at the middle of a strip
    if (record !== undefined && record.score !== null && record.rank !== null && record.n_ranked >= 2) positions.push({ indicator, comparison, record });
    if (record !== undefined) {
      const gap = peerGap(comparison, record.region_code === '' ? record.region : record.region_code, { listPeers: false, peers });
      if (gap.peer_median !== null) gaps.push({ indicator, gap });
    }
    const rawRecord = findRaw(region);
    // a region without a figure is not among those with one, so all regions share one list
    const others = withFigure;
    if (rawRecord !== undefined && rawRecord.value === null && others.length > 0) {
      unset.push({ indicator, reason: rawRecord.null_reason ?? rawRecord.flags[0] ?? null, others });
    }
  }
  positions.sort((a, b) => (b.record.score ?? 0) - (a.record.score ?? 0) || a.indicator.def.id.localeCompare(b.indicator.def.id, 'en'));
  const rankable = positions.filter((p) => p.record.n_ranked >= MIN_RANKED_FOR_POSITION);
  const strongest = rankable.filter((p) => (p.record.score ?? 0) > 50).slice(0, POSITIONS_LISTED);
  const weakest = rankable.filter((p) => (p.record.score ?? 100) < 50).reverse().slice(0, POSITIONS_LISTED);
  return { region, positions, strongest, weakest, gaps, unset };
}

/** A headline compares at least this many regions: a spread of two is a pair, not a field. */
const HEADLINE_MIN_SET = 3;

/** Comparators that make a figure a bound rather than the figure itself (以上, 超过, 以内, 低于, 左右). */
const BOUND_COMPARATORS: readonly (string | null)[] = ['>=', '>', '<=', '<', '~'];

function headlines(
  indicators: readonly IndicatorSection[],
  coverage: readonly CoverageRow[],
  regions: readonly ReportRegion[],
  robustness: Robustness,
  byKey: ReadonlyMap<string, ReportRegion>,
): Headline[] {
  const result: Headline[] = [];
  const spreads: Extract<Headline, { type: 'spread' }>[] = [];
  for (const indicator of indicators) {
    if (INTENSIVE_KINDS.includes(indicator.views[0]?.kind ?? 'rate')) continue;
    const comparison = indicator.views.find((c) => c.per === 'capita');
    if (comparison === undefined) continue;
    // a comparable set: the regions ranked in one rank group (so one level), one kind and status
    const groups = new Map<string, ComparisonRecord[]>();
    for (const record of comparison.records) {
      if (record.rank === null || record.normalised_value === null || record.normalised_value <= 0) continue;
      groups.set(record.rank_group, [...(groups.get(record.rank_group) ?? []), record]);
    }
    for (const [group, ranked] of groups) {
      if (ranked.length < HEADLINE_MIN_SET) continue;
      const values = ranked.map((r) => r.normalised_value ?? 0);
      const top = Math.max(...values);
      const bottom = Math.min(...values);
      if (top === bottom) continue;
      const high = ranked.filter((r) => r.normalised_value === top);
      const low = ranked.filter((r) => r.normalised_value === bottom);
      const bounded = [...high, ...low].filter((r) => BOUND_COMPARATORS.includes(r.comparator));
      spreads.push({ type: 'spread', indicator, comparison, group, ranked: ranked.length, high, low, ratio: top / bottom, bounded });
    }
  }
  spreads.sort((a, b) => b.ratio - a.ratio || a.indicator.def.id.localeCompare(b.indicator.def.id, 'en') || a.group.localeCompare(b.group, 'en'));
  result.push(...spreads.slice(0, HEADLINE_SPREADS));

  const counts = regions.map((region, index) => ({
    region,
    figures: coverage.filter((row) => row.cells[index]?.presence === 'figure').length,
    mentioned: coverage.filter((row) => row.cells[index]?.presence === 'mentioned').length,
  }));
  const most = [...counts].sort((a, b) => b.figures - a.figures)[0];
  if (most !== undefined && most.figures > 0) result.push({ type: 'most-figures', region: most.region, count: most.figures, total: coverage.length });
  const mentioned = [...counts].sort((a, b) => b.mentioned - a.mentioned)[0];
  if (mentioned !== undefined && mentioned.mentioned > 0) result.push({ type: 'most-mentioned', region: mentioned.region, count: mentioned.mentioned });

  // the composite in one line per rank group: who is first (all of them when tied) and how far that holds
  const groups = [...new Set(robustness.records.map((r) => r.rank_group))];
  for (const group of groups) {
    const members = robustness.records.filter((r) => r.rank_group === group && r.base_rank !== null);
    const first = members.filter((r) => r.base_rank === 1);
    const leaders = first.map((r) => byKey.get(recordKey(r))).filter((region): region is ReportRegion => region !== undefined);
    const head = first[0];
    // a group of one region is first by itself: nothing to say
    if (members.length < 2 || head === undefined || leaders.length === 0 || head.rank_p05 === null || head.rank_p95 === null) continue;
    const unstable = members.filter((r) => r.flags.includes('rank-unstable')).length;
    result.push({ type: 'composite-leader', group, leaders, ranked: members.length, low: head.rank_p05, high: head.rank_p95, unstable });
  }
  return result;
}

function denominatorRows(table: RegionTable, regions: readonly ReportRegion[], planYear: number): DenominatorRow[] {
  const rows: DenominatorRow[] = [];
  for (const region of regions) {
    const match = findRegion(table, region);
    const code = match.identity?.division_code;
    if (code === undefined) continue;
    for (const metric of REGION_METRICS) {
      const used = chooseFigure(table, code, metric, planYear).figure;
      for (const figure of table.filter((f) => f.division_code === code && f.metric === metric)) {
        rows.push({ figure, used: figure === used });
      }
    }
  }
  return rows;
}

/** The report's regions on a boundary file, by division code, and the outlines of their provinces. */
function reportMap(boundaries: { readonly topology: Topology; readonly source: string }, regions: readonly ReportRegion[]): ReportMap | null {
  const counties = objectRings(boundaries.topology);
  const placed = new Map<string, FeatureRings>();
  const missing: string[] = [];
  for (const region of regions) {
    const rings = counties.features.get(region.region_code);
    if (rings === undefined) missing.push(region.region);
    else placed.set(recordKey(region), rings);
  }
  if (placed.size === 0) return null;
  const provincesOf = new Set(regions.map((region) => region.region_code.slice(0, 2)));
  const provinces = boundaries.topology.objects.provinces === undefined ? []
    : [...objectRings(boundaries.topology, 'provinces').features].filter(([code]) => provincesOf.has(code.slice(0, 2))).map(([, rings]) => rings);
  return { source: boundaries.source, geographic: counties.geographic, regions: placed, provinces, missing };
}
