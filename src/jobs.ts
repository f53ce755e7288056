/**
 * Each command of `regionbench` as a library function: options in (as the command line parsed
 * them), the pipeline called, the lines for the user passed to `context.note`, and what goes to
 * standard output and the exit status returned. The command line (`src/cli`) only parses the
 * arguments, calls one of these, prints and maps the thrown tiers (`errors.ts`) to statuses.
 *
 *   extractJob   paths → extract() → one table (stdout or --out)
 *   runJob       paths → run() → tables and report under <out>/<year>
 *   compareJob   paths → extract() → compareAll() → comparison records
 *   trackJob     paths → extract() → track() → targets against results
 *   evalJob      gold + (paths → extract() | --pred file) → scores
 *   importJob / downloadJob / checkJob / templateJob   the reference data (`reference/`)
 *
 * Misuse is a `UsageError`, a file of configuration that cannot be read a `ConfigError`, no
 * document readable a `DataError`; problems in single documents are diagnostics.
 */
import { join, resolve } from 'node:path';
import { DEFAULT_CATALOGUE, extendCatalogue, type Catalogue } from './catalogue/index.js';
import { COMPARISON_COLUMNS, DENOMINATOR_STATUS_COLUMNS, denominatorGaps, fieldOf, VIEWS, type Per } from './compare/index.js';
import { ConfigError, DataError, EXIT, UsageError } from './errors.js';
import { formatEvaluation, parseGold, parsePredictions, predictionLinesSkipped, scoreObservations, type EvalFormat, type Prediction } from './eval/index.js';
import { FORMATS, type Effects } from './ingest/index.js';
import { FILE_KINDS, MESSAGES, failureLine, say, summaryLine } from './messages.js';
import type { Language } from './options.js';
import { compareAll, extract, latestDocumentDate, mostCommonPlanYear, run, someInputFailed, type ExtractOptions, type Extraction } from './pipeline.js';
import {
  documentRegionStatus, downloadPublished, DOWNLOAD_ENV, gapLines, importReferenceFiles, loadBoundaries, loadRegionTables, regionsLacking, templateCsv,
  type ImportOptions, type ReferenceChoice, type ReferenceContext,
} from './reference/index.js';
import { exportTable, extractionTables, formatRows, INPUT_COLUMNS, isBinaryFormat, tableForFormat, withLevelCodes, type ExportFormat, type TableFormat } from './tables/index.js';
import { TRACKING_COLUMNS, track } from './tracking/index.js';

/** What a job needs of its caller: the file system, where it runs, and where its lines and progress go. */
export interface JobContext extends ReferenceContext {
  readonly effects: Effects;
  /** Files analysed so far, of all found (a progress bar). */
  readonly onFile?: (done: number, total: number) => void;
  /** Charts rendered so far (`run`). */
  readonly onChart?: (done: number, total: number) => void;
}

/** What a job leaves for its caller to print, and its exit status (`EXIT`). */
export interface JobResult {
  readonly status: number;
  readonly stdout?: string;
}

/** The names of the tables `extract` writes. */
export const EXTRACT_TABLES = ['observations', 'quantities', 'documents', 'tasks', 'inputs', 'diagnostics'] as const;

/** Options every extracting job shares. */
interface Extracting {
  /** The user's indicator catalogue (JSON), added to the built-in one. */
  readonly catalogue?: string;
  readonly workers?: number;
}

/** Options of the jobs that write one table. */
interface Writing {
  readonly out?: string;
  /** Also write the run manifest (the inputs table) as CSV here. */
  readonly manifest?: string;
}

/** `regionbench extract`. */
export interface ExtractJobOptions extends Extracting, Writing {
  readonly table: (typeof EXTRACT_TABLES)[number];
  readonly format: ExportFormat;
}

/** Read the documents and write one of the extraction's tables. */
export async function extractJob(paths: readonly string[], options: ExtractJobOptions, context: JobContext): Promise<JobResult> {
  needsOut(options.format, options.out, context.lang);
  await checkOutputs(context, { '--out': options.out, '--manifest': options.manifest });
  const catalogue = await loadCatalogue(context, options.catalogue);
  const extraction = await extractFor(paths, options, context, catalogue);
  const [found] = extractionTables(extraction).filter((candidate) => candidate.name === options.table);
  if (found === undefined) throw new UsageError(say(context.lang, MESSAGES.invalidOption, '--table', options.table));
  // levels as codes; in CSV and XLSX each code with its Chinese name beside it
  const table = tableForFormat(found, options.format, catalogue);
  // a workbook is dated by the latest document, not the clock, so reruns give the same bytes
  const created = latestDocumentDate(extraction.documents, '');
  let stdout: string | undefined;
  if (options.out) await context.effects.writeFile(resolve(context.cwd, options.out), await exportTable(table, options.format, { created }));
  else if (!isBinaryFormat(options.format)) stdout = formatRows(table.rows, table.columns, options.format);
  return closed(extraction, options, context, stdout);
}

/** `regionbench run`. */
export interface RunJobOptions extends Extracting {
  readonly out: string;
  /** Language of the report (`zh`: in `out` itself; any other in a folder of its own, see `languageFolder`). */
  readonly lang: Language;
  readonly regions?: string;
  readonly reference?: ReferenceChoice;
  readonly mixLevels?: boolean;
  readonly mergeZones?: boolean;
  readonly boundaries?: string;
  /** How much of the documents' text to keep: `auto` (default), `whole` or `evidence` (`sourceTextChoice`). */
  readonly sourceText?: string;
  /** Seconds to wait for another run's lock on the same folder. */
  readonly wait: number;
}

/** The main job: read the documents and write the tables and the report of each plan year. */
export async function runJob(paths: readonly string[], options: RunJobOptions, context: JobContext): Promise<JobResult> {
  const { effects, lang } = context;
  const out = languageFolder(resolve(context.cwd, options.out), options.lang);
  await effects.checkOutput(out, 'folder', '--out');
  const catalogue = await loadCatalogue(context, options.catalogue);
  const regions = await loadRegionTables(context, effects, options);
  const boundaries = await loadBoundaries(context, effects, options);
  const levels = options.mixLevels === true ? 'mixed' as const : 'separate' as const;
  const report = { regions, catalogue, lang: options.lang, cwd: context.cwd, onChart: context.onChart, levels, boundaries, sourceText: options.sourceText ?? 'auto' };
  const { extraction, output } = await run(paths, out, effects, { onFile: context.onFile, catalogue, workers: options.workers, report, lock: { waitSeconds: options.wait } });
  requireDocuments(paths, extraction, context);
  if (output === null) return { status: EXIT.ok };
  for (const line of gapLines(output.gaps, lang)) context.note(line);
  noteFailures(extraction, context);
  const kept = output.sourceText;
  context.note(say(lang, MESSAGES.sourceTextKept, kept.mode, kept.setting, (kept.textBytes / 1e6).toFixed(1), (kept.budget / 1e6).toFixed(0)));
  context.note(say(lang, MESSAGES.tablesIn, output.folders.join(', ')));
  for (const page of output.reports) context.note(say(lang, MESSAGES.reportAt, page));
  return { status: someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok };
}

/** `regionbench compare`. */
export interface CompareJobOptions extends Extracting, Writing {
  readonly indicator?: readonly string[];
  readonly per: string;
  readonly score: string;
  readonly regions?: string;
  readonly reference?: ReferenceChoice;
  /** Plan year (default: the documents' most common). */
  readonly year?: string;
  readonly format: TableFormat;
  readonly mixLevels?: boolean;
  readonly mergeZones?: boolean;
}

/** Rank the regions of the documents on each indicator asked for. */
export async function compareJob(paths: readonly string[], options: CompareJobOptions, context: JobContext): Promise<JobResult> {
  const { effects, lang } = context;
  await checkOutputs(context, { '--out': options.out, '--manifest': options.manifest });
  const catalogue = await loadCatalogue(context, options.catalogue);
  const regions = await loadRegionTables(context, effects, options);
  const extraction = await extractFor(paths, options, context, catalogue);
  const year = options.year === undefined ? mostCommonPlanYear(extraction) : Number(options.year);
  if (year === null || !Number.isInteger(year)) throw new UsageError(options.year === undefined ? say(lang, MESSAGES.noPlanYear) : say(lang, MESSAGES.invalidOption, '--year', options.year));
  for (const id of options.indicator ?? []) if (!catalogue.byId.has(id)) throw new UsageError(say(lang, MESSAGES.unknownIndicator, id));
  const records = compareAll(extraction, regions, catalogue, { indicators: options.indicator, planYear: year, per: options.per, method: options.score, levels: options.mixLevels === true ? 'mixed' : 'separate' });
  // regions the asked view cannot divide, named with the fix
  const metric = VIEWS[options.per as Per].metric;
  if (metric !== null) {
    const gaps = denominatorGaps(regions, fieldOf(extraction.observations, year), year);
    for (const line of gapLines(gaps.filter((gap) => gap.metrics.includes(metric)).map((gap) => ({ ...gap, metrics: [metric] })), lang)) context.note(line);
  }
  const table = tableForFormat({ name: 'comparison', columns: COMPARISON_COLUMNS, rows: records }, options.format, catalogue);
  const text = formatRows(table.rows, table.columns, options.format, { bom: options.format === 'csv' && options.out !== undefined });
  if (options.out) await effects.writeFile(resolve(context.cwd, options.out), text);
  return closed(extraction, options, context, options.out ? undefined : text);
}

/** `regionbench track`. */
export interface TrackJobOptions extends Extracting, Writing {
  /** Only the targets of this year. */
  readonly year?: string;
  /** Language of the verdicts in words and of the workbook's headers. */
  readonly lang: Language;
  readonly format: ExportFormat;
}

/** Each region's targets against the results reported for them. */
export async function trackJob(paths: readonly string[], options: TrackJobOptions, context: JobContext): Promise<JobResult> {
  needsOut(options.format, options.out, context.lang);
  const year = options.year === undefined ? null : Number(options.year);
  if (year !== null && !Number.isInteger(year)) throw new UsageError(say(context.lang, MESSAGES.invalidOption, '--year', String(options.year)));
  const catalogue = await loadCatalogue(context, options.catalogue);
  const extraction = await extract(paths, context.effects, { onFile: context.onFile, catalogue, workers: options.workers });
  const rows = track(extraction.observations, extraction.documents, { lang: options.lang, catalogue }).filter((row) => year === null || row.year === year);
  const table = tableForFormat({ name: 'tracking', columns: TRACKING_COLUMNS, rows }, options.format, catalogue);
  let stdout: string | undefined;
  if (options.out) await context.effects.writeFile(resolve(context.cwd, options.out), await exportTable(table, options.format, { headers: options.lang }));
  else if (!isBinaryFormat(options.format)) stdout = formatRows(table.rows, table.columns, options.format);
  return closed(extraction, options, context, stdout);
}

/** `regionbench eval`. */
export interface EvalJobOptions extends Extracting {
  readonly gold: string;
  /** Score this observations file instead of extracting the paths. */
  readonly pred?: string;
  /** Comma-separated indicator ids. */
  readonly indicators?: string;
  readonly verbose?: boolean;
  readonly format: EvalFormat;
  readonly out?: string;
}

/** Score observations (extracted from the paths, or read from `pred`) against a gold TSV. */
export async function evalJob(paths: readonly string[], options: EvalJobOptions, context: JobContext): Promise<JobResult> {
  const { effects, lang } = context;
  if (options.pred === undefined && paths.length === 0) throw new UsageError(say(lang, MESSAGES.evalNeedsInput));
  const gold = await readUserFile(context, options.gold, 'gold', (text) => parseGold(text, options.gold));
  let predictions: readonly Prediction[];
  let inputs: string[];
  let status: number = EXIT.ok;
  if (options.pred !== undefined) {
    const pred = options.pred;
    const file = await readUserFile(context, pred, 'prediction', (text) => parsePredictions(text, /\.csv$/i.test(pred) ? 'csv' : 'jsonl', pred));
    if (file.skippedLines.length > 0) context.note(predictionLinesSkipped(pred, file.skippedLines));
    predictions = file.predictions;
    inputs = await fileNames(context, paths.map((path) => resolve(context.cwd, path)));
  } else {
    const catalogue = await loadCatalogue(context, options.catalogue);
    const extraction = await extract(paths, effects, { onFile: context.onFile, catalogue, workers: options.workers });
    noteFailures(extraction, context);
    predictions = extraction.observations as unknown as Prediction[];
    inputs = extraction.inputs.map((input) => input.source.slice(input.source.lastIndexOf('/') + 1));
    status = someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok;
  }
  const indicators = options.indicators?.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const text = formatEvaluation(scoreObservations(gold, predictions, { inputs, indicators }), options.format, { verbose: options.verbose === true });
  if (options.out) await effects.writeFile(resolve(context.cwd, options.out), text);
  return { status, stdout: options.out ? undefined : text };
}

/** `regions import FILE…`: into the store; status 2 when some file could not be imported. */
export async function importJob(files: readonly string[], options: ImportOptions, context: JobContext): Promise<JobResult> {
  if (options.reference === false) throw new ConfigError(say(context.lang, MESSAGES.needsReferenceFolder, 'regions import'));
  const sources = await Promise.all(files.map(async (file) => {
    try {
      return { name: file, bytes: await context.effects.readFile(resolve(context.cwd, file)) };
    } catch {
      return { name: file, bytes: null };
    }
  }));
  return { status: await importReferenceFiles(context, context.effects, sources, options) ? EXIT.ok : EXIT.someFailed };
}

/** `regions download`: the national files from `from` (else `$REGIONBENCH_REFERENCE_URL`), checked, then imported. */
export async function downloadJob(options: ImportOptions & { readonly from?: string }, context: JobContext, fetcher: typeof fetch = fetch): Promise<JobResult> {
  if (options.reference === false) throw new ConfigError(say(context.lang, MESSAGES.needsReferenceFolder, 'regions download'));
  const base = options.from ?? context.env[DOWNLOAD_ENV];
  if (base === undefined || base === '') throw new ConfigError(say(context.lang, MESSAGES.downloadNeedsAddress, DOWNLOAD_ENV));
  const files = await downloadPublished(base, undefined, fetcher, context.lang);
  for (const file of files) context.note(say(context.lang, MESSAGES.downloaded, file.file, file.bytes.length));
  return { status: await importReferenceFiles(context, context.effects, files.map((file) => ({ name: file.file, bytes: file.bytes })), options) ? EXIT.ok : EXIT.someFailed };
}

/** Options of `regions check` and `regions template`. */
export interface RegionsJobOptions {
  readonly reference?: ReferenceChoice;
  readonly regions?: string;
  readonly mergeZones?: boolean;
}

/** `regions check`: every region of the documents with the standing of each denominator. */
export async function checkJob(paths: readonly string[], options: RegionsJobOptions & { readonly format: TableFormat }, context: JobContext): Promise<JobResult> {
  const table = await loadRegionTables(context, context.effects, options);
  const extraction = await extract(paths, context.effects);
  const rows = documentRegionStatus(extraction.documents, table);
  const { regions, lacking } = regionsLacking(rows);
  context.note(say(context.lang, MESSAGES.regionsChecked, regions, lacking));
  return { status: someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok, stdout: formatRows(withLevelCodes(rows, DENOMINATOR_STATUS_COLUMNS), DENOMINATOR_STATUS_COLUMNS, options.format) };
}

/** `regions template`: a region table to fill in, a row per region and denominator not present (every one with `all`). */
export async function templateJob(paths: readonly string[], options: RegionsJobOptions & { readonly all?: boolean }, context: JobContext): Promise<JobResult> {
  const table = await loadRegionTables(context, context.effects, options);
  const extraction = await extract(paths, context.effects);
  const rows = documentRegionStatus(extraction.documents, table).filter((row) => options.all === true || row.status !== 'present');
  context.note(say(context.lang, MESSAGES.rowsToFill, rows.length));
  return { status: someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok, stdout: templateCsv(rows) };
}

/**
 * The folder a run in a language writes its years into: the Chinese report (the default) in
 * `out` itself (`reports/2023`), any other language in a folder of its own below it
 * (`reports/en/2023`). Each year of a report is replaced whole in one rename, so a language
 * kept inside the year folder would be dropped by the next run in the other language; side by
 * side, each has its own years, links and lock, and neither overwrites the other.
 *
 * @example
 * languageFolder('/work/reports', 'en') // → '/work/reports/en'
 * languageFolder('/work/reports', 'zh') // → '/work/reports'
 */
export function languageFolder(out: string, lang: Language): string {
  return lang === 'zh' ? out : join(out, lang);
}

/**
 * The indicator catalogue: the built-in one, with the user's JSON file added when named. A file
 * that cannot be read or is not a catalogue is a `ConfigError`.
 */
export async function loadCatalogue(context: Pick<JobContext, 'effects' | 'cwd' | 'lang'>, file: string | undefined): Promise<Catalogue> {
  if (file === undefined) return DEFAULT_CATALOGUE;
  let text: string;
  try {
    text = new TextDecoder().decode(await context.effects.readFile(resolve(context.cwd, file)));
  } catch {
    throw new ConfigError(say(context.lang, MESSAGES.cannotReadNamed, FILE_KINDS.catalogue[context.lang], file));
  }
  try {
    return extendCatalogue(DEFAULT_CATALOGUE, text, file);
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Stop when no document was read: with nothing found to read (an empty folder, one holding no
 * document, paths that do not exist), a `UsageError` saying what was looked for and where; when
 * documents were found but none could be read, the failures (noted one a line) and a
 * `DataError`. Either way nothing is written.
 */
export function requireDocuments(paths: readonly string[], extraction: Extraction, context: Pick<JobContext, 'lang' | 'note'>): void {
  if (extraction.documents.length > 0 || extraction.inputs.some((input) => input.outcome === 'duplicate')) return;
  const missing = new Set(extraction.diagnostics.filter((diagnostic) => diagnostic.code === 'missing-path').map((diagnostic) => diagnostic.source));
  const failed = extraction.inputs.filter((input) => input.outcome === 'failed' && !missing.has(input.source));
  if (failed.length > 0) {
    noteFailures(extraction, context);
    throw new DataError(say(context.lang, MESSAGES.noDocumentRead, failed.length));
  }
  const skipped = extraction.inputs.filter((input) => input.outcome === 'skipped').map((input) => input.source);
  const found = [
    ...(skipped.length > 0 ? [say(context.lang, MESSAGES.othersSkipped, skipped.length, `${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''}`)] : []),
    ...[...missing].map((path) => say(context.lang, MESSAGES.missingPath, path)),
  ];
  const where = paths.length === 0 ? say(context.lang, MESSAGES.noPaths) : paths.join(', ');
  throw new UsageError(say(context.lang, MESSAGES.nothingToRead, Object.keys(FORMATS).join(' '), where, found.length > 0 ? found.join(context.lang === 'zh' ? '；' : '; ') : say(context.lang, MESSAGES.foundNone)));
}

/** One line per failed input, then the run's summary. */
export function noteFailures(extraction: Extraction, context: Pick<JobContext, 'lang' | 'note'>): void {
  // the code of each failed input's error, for the line in the user's language
  const codes = new Map(extraction.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => [diagnostic.source, diagnostic.code]));
  for (const input of extraction.inputs) {
    if (input.outcome === 'failed') context.note(failureLine(input.source, codes.get(input.source) ?? '', input.message, context.lang));
  }
  context.note(summaryLine(extraction, context.lang));
}

/** A binary format needs a file to go to. */
function needsOut(format: ExportFormat, out: string | undefined, lang: Language): void {
  if (isBinaryFormat(format) && out === undefined) throw new UsageError(say(lang, MESSAGES.binaryNeedsOut, format));
}

/** Check the output files before any work (see `Effects.checkOutput`). */
async function checkOutputs(context: JobContext, outputs: Readonly<Record<string, string | undefined>>): Promise<void> {
  for (const [option, path] of Object.entries(outputs)) {
    if (path !== undefined) await context.effects.checkOutput(resolve(context.cwd, path), 'file', option);
  }
}

/** `extract` with the job's catalogue, threads and progress, stopping when no document was read. */
async function extractFor(paths: readonly string[], options: Extracting, context: JobContext, catalogue?: Catalogue): Promise<Extraction> {
  const extractOptions: ExtractOptions = { onFile: context.onFile, catalogue: catalogue ?? await loadCatalogue(context, options.catalogue), workers: options.workers };
  const extraction = await extract(paths, context.effects, extractOptions);
  requireDocuments(paths, extraction, context);
  return extraction;
}

/** The end of a job that wrote a table: the manifest when asked, the failures and summary, the status. */
async function closed(extraction: Extraction, options: Writing, context: JobContext, stdout: string | undefined): Promise<JobResult> {
  if (options.manifest !== undefined) {
    // the manifest names no indicator: the built-in catalogue names its outcomes (outcome_zh)
    const table = tableForFormat({ name: 'inputs', columns: INPUT_COLUMNS, rows: extraction.inputs }, 'csv', DEFAULT_CATALOGUE);
    await context.effects.writeFile(resolve(context.cwd, options.manifest), formatRows(table.rows, table.columns, 'csv', { bom: true }));
  }
  noteFailures(extraction, context);
  return { status: someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok, ...(stdout === undefined ? {} : { stdout }) };
}

/** Read a text file the user named and parse it; unreadable or unparsable files are usage errors. */
async function readUserFile<T>(context: JobContext, file: string, kind: keyof typeof FILE_KINDS, parse: (text: string) => T): Promise<T> {
  let text: string;
  try {
    text = new TextDecoder().decode(await context.effects.readFile(resolve(context.cwd, file)));
  } catch {
    throw new UsageError(say(context.lang, MESSAGES.cannotReadNamed, FILE_KINDS[kind][context.lang], file));
  }
  try {
    return parse(text);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Basenames of every file under some paths (folders read recursively); a missing path is a usage error. */
async function fileNames(context: JobContext, paths: readonly string[]): Promise<string[]> {
  const names: string[] = [];
  const visit = async (path: string): Promise<void> => {
    let stat;
    try {
      stat = await context.effects.stat(path);
    } catch {
      throw new UsageError(say(context.lang, MESSAGES.cannotReadInput, path));
    }
    if (stat.isDirectory) {
      for (const entry of (await context.effects.readDir(path)).sort()) await visit(join(path, entry));
    } else {
      names.push(path.slice(path.lastIndexOf('/') + 1));
    }
  };
  for (const path of paths) await visit(path);
  return names;
}
