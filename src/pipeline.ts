/**
 * The regionbench pipeline, one stage per folder, data flowing left to right:
 *
 *   paths ──▶ ingest ──▶ parse ──▶ quantities ──▶ indicators ──▶ tables ─┬─▶ tracking ─────────┐
 *   (files)   (text)     (metadata,  (numbers      (observations  (tidy    │   (targets against   │
 *                         tasks)      with spans)   per indicator) records)│    results)          ▼
 *                                                                         └─▶ compare ──▶ report ──▶ <out>/<year>
 *   └──────────────── extract(): steps 1–6, per file ──────────────────┘     (rankings)  (pages)   (atomic swap)
 *                                                                     └──────── run(): steps 7–10 ──────────┘
 *
 *   1 ingest      files → normalised text (through `Effects`), duplicates keyed
 *   2 parse       metadata, region, numbered tasks
 *   3 quantities  every number with its unit, bound and span
 *   4 indicators  quantities mapped to catalogue indicators: observations
 *   5 tables      tidy records (documents, tasks, quantities)
 *   6 manifest    every input with what came of it; conflicting figures as diagnostics
 *   7 tracking    each year's targets against the results (runs spanning several years)
 *   8 tables      per plan year, the CSV tables and one workbook
 *   9 compare     per plan year, regions without a denominator, then the report model and pages
 *  10 write       each year's folder built aside and swapped in whole, under `<out>`'s lock
 *
 * Steps 1–5 run per file (`analyseFile`), in worker threads for many files (`workers/`).
 * Ingest reads and `run` writes through `Effects`; every stage between is a pure function.
 * Problems in the data become diagnostics and never stop the run; every input is accounted for
 * in `inputs`.
 */
import { join, relative } from 'node:path';
import { UsageError } from './errors.js';
import { compareIndicator, denominatorGaps, fieldOf, gapDiagnostics, type ComparisonRecord, type DenominatorGap, type Language, type LevelMode } from './compare/index.js';
import type { LockOptions } from './ingest/index.js';
import type { RegionTable, Topology } from './regions/index.js';
import { TRACKING_PAGE, buildReportModel, evidenceRows, reportPagePaths, sourceTextChoice, streamReport, writeReport, type OtherYear, type ReportModel, type SourceTextChoice } from './report/index.js';
import { csvChunks, joinedBytes, type Row } from './tables/index.js';
import { chineseColumnsFor, workbookOf } from './tables/index.js';
import { DIAGNOSTIC_COLUMNS, DOCUMENT_COLUMNS, INPUT_COLUMNS, OBSERVATION_COLUMNS, QUANTITY_COLUMNS, TASK_COLUMNS } from './tables/index.js';
import { TRACKING_COLUMNS, track } from './tracking/index.js';
import { DEFAULT_CATALOGUE, type Catalogue } from './catalogue/index.js';
import type { Diagnostic } from './diagnostics/index.js';
import type { Effects } from './ingest/index.js';
import { ingestWith, readAndKey, type FileAnalysis, type InputRecord } from './ingest/index.js';
import type { DocumentFormat } from './ingest/index.js';
import { extractPlan } from './workers/index.js';
import { originalSpan } from './ingest/index.js';
import { documentUnits, observeDocument, type DocumentUnit } from './indicators/index.js';
import { boundedEvidence, spanAt, unitWindows, type UnitWindows } from './indicators/index.js';
import type { Observation } from './indicators/index.js';
import { parseDocument, type ParsedDocument } from './parse/index.js';
import { recogniseQuantities } from './quantities/index.js';
import type { Quantity } from './quantities/index.js';
import { documentRecord, taskRecords, type DocumentRecord, type ManifestRecord, type QuantityRecord, type TaskRecord } from './tables/index.js';
import { conflictingFigures } from './indicators/index.js';

/** Everything `extract` produces: the tables, the run's accounting, and (when asked) the parsed documents. */
export interface Extraction {
  /** The parsed documents (full text, offset map, structure) with `keepParsed: true`; else empty. */
  readonly parsed: readonly ParsedDocument[];
  readonly documents: readonly DocumentRecord[];
  readonly tasks: readonly TaskRecord[];
  readonly quantities: readonly QuantityRecord[];
  readonly observations: readonly Observation[];
  /** The run manifest: every input path with its outcome and, when read, its counts. */
  readonly inputs: readonly ManifestRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ExtractOptions {
  readonly relativeTo?: string;
  readonly onFile?: (done: number, total: number) => void;
  readonly maxBytes?: number;
  /** Indicator catalogue (default: the built-in one). */
  readonly catalogue?: Catalogue;
  /**
   * Worker threads that analyse documents beside the main thread, which analyses too (a file
   * goes to a thread with room for it, else stays here): 0 analyses everything in the main
   * thread. Default: one fewer than the cores (at most 7) when there are at least
   * `PARALLEL_FROM` files and more than one core. By default the main thread starts at once and
   * each thread takes files once it has loaded; threads asked for here are waited for before
   * the first file. The result is the same either way.
   */
  readonly workers?: number;
  /**
   * Keep every parsed document (its text twice, its offset map and structure) in `parsed`.
   * Off by default: the tables hold what the stages found, and the documents are several
   * times their size in memory (and, from worker threads, in copying).
   */
  readonly keepParsed?: boolean;
}

/** One document's share of the extraction: everything `extract` keeps of it. */
export interface DocumentExtraction {
  /** Null when the caller did not ask for it (see `ExtractOptions.keepParsed`). */
  readonly parsed: ParsedDocument | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly document: DocumentRecord;
  readonly tasks: readonly TaskRecord[];
  readonly quantities: readonly QuantityRecord[];
  readonly observations: readonly Observation[];
}

/**
 * Stages 1–5 for one file's bytes: read and normalise, parse, find quantities and
 * observations, make the records. Pure apart from awaiting the docx/pdf libraries; the same
 * function runs in the main thread or in a worker.
 *
 * @example
 * const analysis = await analyseFile('seeds/a.txt', 'txt', bytes, DEFAULT_CATALOGUE);
 * analysis.ok && analysis.value.document.task_count // → 46
 */
export async function analyseFile(source: string, format: DocumentFormat, bytes: Uint8Array, catalogue: Catalogue): Promise<FileAnalysis<DocumentExtraction>> {
  // 1. ingest: decoded, normalised and keyed for duplicates, as `ingest` reads it
  const read = await readAndKey(source, format, bytes);
  if (!read.ok) return read;
  // 2. parse: metadata, region and numbered tasks
  const parsed = parseDocument(read.value);
  // 3. quantities: every number with its unit, bound and span, per task (or paragraph)
  const units = documentUnits(parsed);
  const found = new Map<DocumentUnit, Quantity[]>(units.map((unit) => [unit, recogniseQuantities(unit.text)]));
  // (each unit's sentences and clauses found once, for the quantities table and the figures alike)
  const windows = new Map<DocumentUnit, UnitWindows>();
  const windowsOf = (unit: DocumentUnit): UnitWindows => {
    let known = windows.get(unit);
    if (known === undefined) {
      known = unitWindows(unit.text);
      windows.set(unit, known);
    }
    return known;
  };
  const quantities = units.flatMap((unit) => quantityRecords(parsed, unit, found.get(unit) ?? [], windowsOf));
  // 4. indicators: quantities mapped to catalogue indicators with target semantics
  const observations = observeDocument(parsed, units, (unit) => found.get(unit) ?? [], catalogue, windowsOf);
  // 5. tables: tidy records
  const value = { parsed, diagnostics: parsed.diagnostics, document: documentRecord(parsed, quantities.length), tasks: taskRecords(parsed), quantities, observations };
  return { ok: true, docId: read.docId, textKey: read.textKey, encodingNote: read.encodingNote, value };
}

/** The main thread's analysis of one file: `analyseFile`, the parsed document let go unless asked for. */
function analyseHere(catalogue: Catalogue, keepParsed: boolean) {
  return async (source: string, format: DocumentFormat, bytes: Uint8Array): Promise<FileAnalysis<DocumentExtraction>> => {
    const analysis = await analyseFile(source, format, bytes, catalogue);
    // a parsed document nobody asked for is let go at once
    return analysis.ok && !keepParsed ? { ...analysis, value: { ...analysis.value, parsed: null } } : analysis;
  };
}

/**
 * Run the extraction stages over files and folders.
 *
 * @example
 * const result = await extract(['seeds'], nodeEffects());
 * result.documents.map((row) => row.task_count) // → [46, 75, 80, 76, 69]
 */
export async function extract(paths: readonly string[], effects: Effects, options: ExtractOptions = {}): Promise<Extraction> {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  // 1–5 per file (ingest, parse, quantities, indicators, tables), in worker threads for many
  // files; results come back in file order, duplicates and failures accounted for
  const ingested = await ingestWith(paths, effects, (files) => extractPlan({ files, catalogue, workers: options.workers, keepParsed: options.keepParsed === true, here: analyseHere(catalogue, options.keepParsed === true) }), options);
  const { values } = ingested;
  const parsed = options.keepParsed === true ? values.flatMap((value) => (value.parsed === null ? [] : [value.parsed])) : [];
  const documents = values.map((value) => value.document);
  const tasks = joined(values, (value) => value.tasks);
  const quantities = joined(values, (value) => value.quantities);
  const observations = joined(values, (value) => value.observations);
  const diagnostics = [...ingested.diagnostics, ...joined(values, (value) => value.diagnostics), ...conflictingFigures(observations, documents)];
  // 6. manifest: every input with what came of it
  const inputs = manifest(ingested.inputs, documents, observations);
  return { parsed, documents, tasks, quantities, observations, inputs, diagnostics };
}

/** The lists of every document, one after the other (`flatMap` took a tenth of a second for 3,000 documents). */
function joined<T>(values: readonly DocumentExtraction[], list: (value: DocumentExtraction) => readonly T[]): T[] {
  const out: T[] = [];
  for (const value of values) for (const item of list(value)) out.push(item);
  return out;
}

function manifest(inputs: readonly InputRecord[], documents: readonly DocumentRecord[], observations: readonly Observation[]): ManifestRecord[] {
  const byId = new Map(documents.map((document) => [document.doc_id, document]));
  const observed = new Map<string, number>();
  for (const observation of observations) observed.set(observation.doc_id, (observed.get(observation.doc_id) ?? 0) + 1);
  return inputs.map((input) => {
    const document = input.outcome === 'read' ? byId.get(input.doc_id) : undefined;
    return {
      ...input,
      encoding: document ? String(document.encoding) : '',
      region: document ? String(document.region) : '',
      plan_year: document && typeof document.plan_year === 'number' ? document.plan_year : null,
      tasks: document ? Number(document.task_count) : null,
      observations: document ? observed.get(input.doc_id) ?? 0 : null,
    };
  });
}

/**
 * Most UTF-16 units of a quantity's `clause`: the figure's own clause, or a window of this many
 * units around the figure in a longer one. The words around a figure that a reader of the
 * quantities table needs (its measure, its bound) stand in its clause; the rest of the sentence
 * is in the tasks table, joined by `doc_id` and `task` (`start`/`end` of both are offsets in the
 * same normalised text). A national run's quantities table held each quantity's whole sentence
 * (up to 300 units), 35 of its 69 MB.
 */
export const QUANTITY_CLAUSE_MAX = 80;

function quantityRecords(parsed: ParsedDocument, unit: DocumentUnit, quantities: readonly Quantity[], windowsOf: (unit: DocumentUnit) => UnitWindows): QuantityRecord[] {
  // (a unit without quantities is not split into sentences at all)
  if (quantities.length === 0) return [];
  const { document } = parsed;
  const windows = windowsOf(unit);
  return quantities.map((quantity) => {
    const whole = spanAt(windows.sentences, quantity.start);
    // the figure's clause alone (a clause longer than the cap: a window around the figure)
    const own = whole ? spanAt(windows.clausesOf(whole), quantity.start) ?? whole : undefined;
    const clause = own ? boundedEvidence(unit.text, [own], own, quantity, QUANTITY_CLAUSE_MAX) : undefined;
    return {
      doc_id: document.docId,
      task: unit.task?.number ?? null,
      value: quantity.value,
      value_high: quantity.valueHigh,
      number: quantity.number,
      comparator: quantity.comparator,
      unit: quantity.unit,
      unit_text: quantity.unitText,
      dimension: quantity.dimension,
      base_unit: quantity.baseUnit,
      raw: originalSpan(document.original, document, unit.offset + quantity.start, unit.offset + quantity.end),
      clause: clause ? originalSpan(document.original, document, unit.offset + clause.start, unit.offset + clause.end) : '',
      start: unit.offset + quantity.start,
      end: unit.offset + quantity.end,
    };
  });
}

/** True when some input could not be read (CLI exit status 2). */
export function someInputFailed(extraction: Pick<Extraction, 'inputs'>): boolean {
  return extraction.inputs.some((input) => input.outcome === 'failed');
}

/** What `run` needs to write the report beside the tables. */
export interface RunReportOptions {
  readonly regions: RegionTable;
  readonly catalogue: Catalogue;
  readonly lang: Language;
  /** Folder relative document sources are read from (to copy them into the report). */
  readonly cwd: string;
  /** Called as charts are rendered (progress bar). */
  readonly onChart?: (done: number, total: number) => void;
  /** Rank each administrative level apart (`separate`, the default) or all together. */
  readonly levels?: LevelMode;
  /** Boundaries for the indicator maps; none: no maps. */
  readonly boundaries?: { readonly topology: Topology; readonly source: string };
  /**
   * How much of the documents' text the report and tables keep: `whole`, `evidence` (the tasks
   * giving a figure or a mention), or `auto` (the default): `whole` while the documents' text is
   * within `sourceTextBudget` (default `SOURCE_TEXT_BUDGET`), else `evidence`.
   */
  readonly sourceText?: string;
  readonly sourceTextBudget?: number;
}

/** Where `writeRun` wrote: the year folders and the reports' overview pages (relative to the working folder). */
export interface RunOutput {
  readonly folders: string[];
  readonly reports: string[];
  /** Regions of each report without some denominator (also rows of that year's diagnostics table). */
  readonly gaps: DenominatorGap[];
  /** How much of the documents' text the run kept, and why (`whole` without a report). */
  readonly sourceText: SourceTextChoice;
}

/**
 * Write the run's tables: for each plan year, `<out>/<year>/data/<table>.csv` (UTF-8 with BOM
 * for Excel) and the run manifest `<out>/<year>/data/inputs.csv`. Documents without a plan year
 * go under `<out>/unknown-year/`; with no documents nothing is written. With `report`, each
 * plan year also gets its comparison report (`<out>/<year>/index.html` and the pages, charts and
 * assets beside it; see `src/report`). When the documents span several plan years, each year
 * also gets `data/tracking.csv` (its targets against the results any document reports; in
 * `tables.xlsx` too) and, in its report, the attainment page `tracking.html` and 完成情况
 * sections on the region, indicator and overview pages. Every page carries a year selector
 * linking the same page of the other years' reports in `<out>`: the years this run writes
 * (every year's model is built before any report, so each knows the others' pages) and the
 * years earlier runs left there (`<out>/<year>`, their pages listed from disk); a year an
 * earlier run wrote links to later years once a run rebuilds it. Each
 * year's folder is built aside and swapped in whole (`Effects.replaceDirectory`: `<out>/<year>`
 * is always the old or the new one), while this process holds `<out>`'s lock (another run waits
 * up to `lock.waitSeconds`); staging left by runs that died is removed first. Returns the
 * folders written, sorted, and the overview pages.
 */
export async function writeRun(extraction: Extraction, out: string, effects: Effects, report?: RunReportOptions, lock: LockOptions = {}): Promise<RunOutput> {
  // 10. one run at a time writes into `out`; what runs that died left there is cleared first
  const held = await effects.lock(out, lock);
  try {
    await effects.removeStale(out);
    return await writeYears(extraction, out, effects, report);
  } finally {
    await held.release();
  }
}

async function writeYears(extraction: Extraction, out: string, effects: Effects, report: RunReportOptions | undefined): Promise<RunOutput> {
  const years = new Map<string, Set<string>>();
  for (const document of extraction.documents) {
    const year = document.plan_year === null ? 'unknown-year' : String(document.plan_year);
    const ids = years.get(year) ?? new Set<string>();
    ids.add(String(document.doc_id));
    years.set(year, ids);
  }
  const folders: string[] = [];
  const reports: string[] = [];
  const gaps: DenominatorGap[] = [];
  // how much text the run keeps is decided once, on all its documents' text
  const sourceText = sourceTextChoice(report?.sourceText ?? (report === undefined ? 'whole' : 'auto'), extraction.documents, report?.sourceTextBudget);
  const evidence = sourceText.mode === 'evidence';
  // 7. tracking: documents of several years, each year's targets against the results any document reports
  const multiYear = [...years.keys()].filter((year) => /^\d{4}$/.test(year)).length > 1;
  const tracking = multiYear ? track(extraction.observations, extraction.documents, { lang: report?.lang ?? 'zh', catalogue: report?.catalogue }) : [];
  // 9. compare: each year's report model first, so every report knows the pages of the others
  const models = new Map<string, ReportModel>();
  if (report !== undefined) {
    for (const [year, ids] of years) {
      if (!/^\d{4}$/.test(year)) continue;
      models.set(year, buildReportModel({
        documents: extraction.documents,
        tasks: extraction.tasks.filter((row) => ids.has(String(row.doc_id))),
        observations: extraction.observations.filter((row) => ids.has(String(row.doc_id))),
        regions: report.regions,
        catalogue: report.catalogue,
        tracking,
        sourceText,
        ...(report.boundaries === undefined ? {} : { boundaries: report.boundaries }),
      }, { planYear: Number(year), lang: report.lang, levels: report.levels, sourceText: sourceText.mode }));
    }
  }
  // the year selector: this run's years, and the years earlier runs left in `out`
  const otherYears: OtherYear[] = [
    ...[...models].map(([year, model]) => ({ year: Number(year), pages: new Set(reportPagePaths(model)) })),
    ...(models.size === 0 ? [] : await reportsBeside(out, new Set(models.keys()), effects)),
  ];
  for (const [year, ids] of [...years.entries()].sort()) {
    // the year's folder is built aside and swapped in whole: an interrupted run leaves the
    // previous report as it was, and pages of indicators that no longer appear do not linger
    const staging = join(out, `.${year}.partial-${process.pid}`);
    await effects.removeDirectory(staging);
    const folder = join(staging, 'data');
    const keep = (row: { doc_id: unknown }): boolean => ids.has(String(row.doc_id));
    // 9. compare: regions the report cannot divide: named in the diagnostics table (and by the caller on stderr)
    const yearGaps = report !== undefined && /^\d{4}$/.test(year)
      ? denominatorGaps(report.regions, fieldOf(extraction.observations.filter(keep), Number(year)), Number(year))
      : [];
    gaps.push(...yearGaps);
    // keeping the evidence only: the rows of the tasks giving an observation and their
    // quantities, each document counting the rows kept; no task's text (its task page holds it,
    // the report keeps the text once) and no quantity's clause (the task page, an observation's
    // evidence or the original holds it), both blanked as each row is written
    const yearTasks = extraction.tasks.filter(keep);
    const yearQuantities = extraction.quantities.filter(keep);
    const selected = evidence ? evidenceRows(yearTasks, yearQuantities, extraction.observations.filter(keep)) : null;
    const shownCounts = selected === null ? undefined : (row: Row): Row => {
      const counts = selected.shown.get(String((row as DocumentRecord).doc_id));
      return { ...row, tasks_shown: counts?.tasks ?? 0, quantities_shown: counts?.quantities ?? 0 };
    };
    const noClause = evidence ? (row: Row): Row => ({ ...row, clause: '' }) : undefined;
    const noText = evidence ? (row: Row): Row => ({ ...row, text: '' }) : undefined;
    const tables: TableToWrite[] = [
      ['documents', extraction.documents.filter(keep), DOCUMENT_COLUMNS, shownCounts],
      ['tasks', selected?.tasks ?? yearTasks, TASK_COLUMNS, noText],
      ['quantities', selected?.quantities ?? yearQuantities, QUANTITY_COLUMNS, noClause],
      ['observations', extraction.observations.filter(keep), OBSERVATION_COLUMNS],
      ['inputs', extraction.inputs, INPUT_COLUMNS],
      ['diagnostics', [...extraction.diagnostics, ...gapDiagnostics(yearGaps, extraction.documents.filter(keep))], DIAGNOSTIC_COLUMNS],
    ];
    if (multiYear) tables.push(['tracking', tracking.filter((row) => String(row.year) === year), TRACKING_COLUMNS]);
    // 8. tables (in a function of their own: their copies with Chinese columns are let go before the report is built)
    await writeTables(tables, folder, effects, report?.catalogue ?? DEFAULT_CATALOGUE, latestDocumentDate(extraction.documents.filter(keep), year));
    const shown = relative(process.cwd(), join(out, year)) || '.';
    folders.push(shown);
    // 9. compare and report: the model ranks the year's regions, the pages and charts are rendered
    const model = models.get(year);
    if (report !== undefined && model !== undefined) {
      const tracked = model.tracking.some((row) => row.year === model.options.planYear);
      // the overview links the attainment page with the data tables
      const dataTables = [...tables.map(([name]) => `data/${name}.csv`), 'data/tables.xlsx', ...(tracked ? [TRACKING_PAGE] : [])];
      const others = otherYears.filter((other) => other.year !== model.options.planYear);
      // the pages are made while they are written, not all held at once (3,000 regions: 1.2 GB of text)
      const build = streamReport(model, { onChart: report.onChart, dataTables, ...(others.length === 0 ? {} : { years: { current: model.options.planYear, others } }) });
      await writeReport(build, staging, effects, { cwd: report.cwd });
      if (tracked) reports.push(join(shown, TRACKING_PAGE));
      reports.push(join(shown, 'index.html'));
    }
    // 10. write: the year's folder swapped in whole
    await effects.replaceDirectory(staging, join(out, year));
  }
  return { folders, reports, gaps, sourceText };
}

/**
 * The reports earlier runs left in `out` (`<out>/<year>`, links to `.<year>.<digest>`) for
 * years this run does not write, each with its HTML pages (relative to its folder, three
 * levels deep at most: `sources/<doc>/<name>.html`), for the year selector. A folder that
 * cannot be read is left out.
 */
async function reportsBeside(out: string, written: ReadonlySet<string>, effects: Effects): Promise<OtherYear[]> {
  const names = await effects.readDir(out).catch(() => []);
  const found: OtherYear[] = [];
  for (const name of names.filter((entry) => /^\d{4}$/.test(entry) && !written.has(entry)).sort()) {
    const pages = await htmlPages(join(out, name), '', 3, effects).catch(() => null);
    if (pages !== null && pages.includes('index.html')) found.push({ year: Number(name), pages: new Set(pages) });
  }
  return found;
}

async function htmlPages(folder: string, prefix: string, depth: number, effects: Effects): Promise<string[]> {
  const pages: string[] = [];
  for (const entry of await effects.readDir(join(folder, prefix))) {
    const path = prefix === '' ? entry : `${prefix}/${entry}`;
    if (entry.endsWith('.html')) pages.push(path);
    else if (depth > 1 && !entry.includes('.') && (await effects.stat(join(folder, path))).isDirectory) pages.push(...await htmlPages(folder, path, depth - 1, effects));
  }
  return pages;
}

/**
 * Write a year's tables into `folder`: each as CSV (UTF-8 with BOM), and all of them as one
 * workbook dated `created` (the latest document, so reruns give the same bytes); a table of more
 * than `WORKBOOK_ROWS_MAX` rows or `WORKBOOK_TEXT_BYTES_MAX` bytes of text is in its CSV only, its sheet a note pointing there. For people,
 * each code gets its Chinese name beside it (indicator_zh, kind_zh …).
 */
/** A table `writeRun` writes: its name, rows and columns, and what each row becomes as it is written (default: itself). */
type TableToWrite = readonly [name: string, rows: readonly Row[], columns: readonly string[], shown?: (row: Row) => Row];

async function writeTables(tables: readonly TableToWrite[], folder: string, effects: Effects, catalogue: Catalogue, created: Date): Promise<void> {
  // each row gets its Chinese columns as it is written, not every table copied first
  const named = tables.map(([name, rows, columns, shown]) => {
    const chinese = chineseColumnsFor(columns, catalogue);
    return { name, rows, columns: chinese.columns, derive: shown === undefined ? chinese.row : (row: Row) => chinese.row(shown(row)) };
  });
  // the workbook's sheets are deflated in worker threads; while this thread waits for them
  // it writes the CSVs (a national run's tables: about 10 s of CSV beside 12 s of deflate)
  const workbook = workbookOf(named, { created, csvBeside: true }).then((bytes) => effects.writeFile(join(folder, 'tables.xlsx'), bytes));
  const csvs = (async () => {
    for (const { name, rows, columns, derive } of named) {
      // encoded as UTF-8 a few thousand rows at a time, not made one JS string first, the
      // workbook let on between chunks
      const chunks: Uint8Array[] = [];
      for (const chunk of csvChunks(mapped(rows, derive), columns, { bom: true })) {
        chunks.push(chunk);
        await new Promise((resolve) => { setImmediate(resolve); });
      }
      await effects.writeFile(join(folder, `${name}.csv`), joinedBytes(chunks));
    }
  })();
  const [first, second] = await Promise.allSettled([csvs, workbook]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
}

function* mapped<T, R>(items: Iterable<T>, map: (item: T) => R): Generator<R> {
  for (const item of items) yield map(item);
}

/** The plan year most documents are for (ties: the latest), or null. */
export function mostCommonPlanYear(extraction: Pick<Extraction, 'documents'>): number | null {
  const counts = new Map<number, number>();
  for (const document of extraction.documents) {
    if (typeof document.plan_year === 'number') counts.set(document.plan_year, (counts.get(document.plan_year) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0] ?? null;
}

/**
 * The latest issue or publication date of some documents (midnight UTC), else 1 January of the year (dates a workbook, so reruns give the same bytes).
 *
 * @example
 * latestDocumentDate([{ issued_date: '2023-02-01', published_date: '2023-03-05' }], '2023').toISOString() // → '2023-03-05T00:00:00.000Z'
 */
export function latestDocumentDate(documents: readonly Pick<DocumentRecord, 'issued_date' | 'published_date'>[], year: string): Date {
  const dates = documents.flatMap((document) => [document.issued_date, document.published_date]).filter((date): date is string => typeof date === 'string').sort();
  const latest = dates[dates.length - 1];
  return new Date(`${latest ?? (/^\d{4}$/.test(year) ? `${year}-01-01` : '2000-01-01')}T00:00:00Z`);
}

/** What `run` needs: the extraction's options, and the report's (without one, only the tables are written). */
export interface RunOptions extends ExtractOptions {
  readonly report?: RunReportOptions;
  readonly lock?: LockOptions;
}

/** What `run` did: the extraction, and where it wrote (null when no document was read: nothing is written). */
export interface RunResult {
  readonly extraction: Extraction;
  readonly output: RunOutput | null;
}

/**
 * The whole flow, as `regionbench run` runs it: `extract` the paths (steps 1–6), then
 * `writeRun` into `out` (steps 7–10: tracking, tables, compare and report per plan year,
 * written aside and swapped in). When no document could be read nothing is written and
 * `output` is null (the caller says why from `extraction.inputs`).
 *
 * @example
 * const { output } = await run(['seeds'], 'reports', nodeEffects(), { report });
 * output?.folders // → ['reports/2023']
 */
export async function run(paths: readonly string[], out: string, effects: Effects, options: RunOptions = {}): Promise<RunResult> {
  const extraction = await extract(paths, effects, options);
  if (extraction.documents.length === 0) return { extraction, output: null };
  return { extraction, output: await writeRun(extraction, out, effects, options.report, options.lock) };
}

/** What `compareAll` ranks: the indicators (default: every one with a figure of a single indicator) and `compareIndicator`'s options. */
export interface CompareAllOptions {
  readonly indicators?: readonly string[];
  readonly planYear: number;
  readonly per: string;
  readonly method: string;
  readonly levels: LevelMode;
}

/**
 * `regionbench compare` as a library call: the comparison records of every indicator asked
 * for, one after the other (`compareIndicator` each). An indicator the catalogue does not know
 * throws `unknown indicator: <id>` before any is compared.
 *
 * @example
 * compareAll(extraction, regions, DEFAULT_CATALOGUE, { planYear: 2023, per: 'none', method: 'minmax', levels: 'separate' }).length // → 40
 */
export function compareAll(extraction: Pick<Extraction, 'observations'>, regions: RegionTable, catalogue: Catalogue, options: CompareAllOptions): ComparisonRecord[] {
  const indicators = options.indicators ?? [...new Set(extraction.observations.filter((row) => row.kind !== 'mentioned' && row.parts === '').map((row) => row.indicator))].sort();
  for (const id of indicators) if (!catalogue.byId.has(id)) throw new UsageError(`unknown indicator: ${id}`);
  const records: ComparisonRecord[] = [];
  for (const indicator of indicators) {
    records.push(...compareIndicator(extraction.observations, regions, catalogue.byId, { indicator, planYear: options.planYear, per: options.per, method: options.method, levels: options.levels }).records);
  }
  return records;
}
