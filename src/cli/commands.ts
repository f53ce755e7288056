import { Command, CommanderError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { join, relative, resolve } from 'node:path';
import { nodeEffects, OutputError } from '../ingest/node-effects.js';
import { FORMATS } from '../ingest/read-document.js';
import { messages } from '../diagnostics/messages.js';
import { extract, PARALLEL_FROM, someInputFailed, type Extraction } from '../pipeline.js';
import { formatRows, TABLE_FORMATS, type Row, type TableFormat } from '../tables/format.js';
import { EXPORT_FORMATS, exportTable, isBinaryFormat, workbookOf, type ExportFormat } from '../tables/export.js';
import { type DocumentRecord, DIAGNOSTIC_COLUMNS, DOCUMENT_COLUMNS, INPUT_COLUMNS, OBSERVATION_COLUMNS, QUANTITY_COLUMNS, TASK_COLUMNS } from '../tables/records.js';
import { withChineseColumns } from '../tables/chinese-columns.js';
import { CLI_ZH, cliLanguage, describeInChinese, type CliLanguage } from './cli-language.js';
import { DEFAULT_CATALOGUE, extendCatalogue, type Catalogue } from '../catalogue/catalogue.js';
import { readFile } from 'node:fs/promises';
import { compareIndicator, COMPARISON_COLUMNS, denominatorGaps, fieldOf, PERS, SCORE_METHODS, VIEWS, type Per, type ComparisonRecord, type DenominatorGap, type LevelMode } from '../compare/index.js';
import type { RegionTable, Topology } from '../regions/index.js';
import {
  ReferenceError, addRegionsCommand, gapDiagnostics, loadBoundaries, loadRegionTables, mergeZonesOption, referenceOptions, reportGaps,
} from './regions-command.js';
import type { Effects, LockOptions } from '../ingest/effects.js';
import { REPORT_LANGUAGES, TRACKING_PAGE, buildReport, buildReportModel, renderPage, trackingPage, writeReport } from '../report/index.js';
import type { Language } from '../compare/index.js';
import { TRACKING_COLUMNS, track } from '../tracking/index.js';
import { EVAL_FORMATS, formatEvaluation, parseGold, parsePredictions, predictionLinesSkipped, scoreObservations, type EvalFormat, type Prediction } from '../eval/index.js';

/** Where the CLI writes and what it knows about its terminal; injected so tests run it in-process. */
export interface Console {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly isTTY: boolean;
  readonly cwd: string;
  /** Environment (`REGIONBENCH_REFERENCE`); left out in tests, so no variable of the machine leaks in. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Exit statuses of every command: 0 all inputs read, 2 some inputs failed (the rest written),
 * 1 usage or configuration error (a bad option, nothing to read, an output that cannot be
 * written), found before any output is written.
 */
export const EXIT = { ok: 0, usage: 1, someFailed: 2 } as const;

const TABLES = ['observations', 'quantities', 'documents', 'tasks', 'inputs', 'diagnostics'] as const;
type TableName = (typeof TABLES)[number];

const COLUMNS: Record<TableName, readonly string[]> = {
  observations: OBSERVATION_COLUMNS,
  quantities: QUANTITY_COLUMNS,
  documents: DOCUMENT_COLUMNS,
  tasks: TASK_COLUMNS,
  inputs: INPUT_COLUMNS,
  diagnostics: DIAGNOSTIC_COLUMNS,
};

function tableRows(extraction: Extraction, table: TableName): readonly Row[] {
  switch (table) {
    case 'observations': return extraction.observations;
    case 'quantities': return extraction.quantities;
    case 'documents': return extraction.documents;
    case 'tasks': return extraction.tasks;
    case 'inputs': return extraction.inputs;
    case 'diagnostics': return extraction.diagnostics;
  }
}

/**
 * Build the command tree and run it; resolves to the exit status. Usage errors reject with
 * commander's error (exit status 1) after printing one line.
 */
export async function runCli(program: Command, argv: readonly string[], io: Console): Promise<number> {
  let status: number = EXIT.ok;
  // the command line's own words: Chinese with --lang zh or a Chinese locale, English otherwise
  const lang = cliLanguage(argv, io.env ?? {});
  program
    .name('regionbench')
    .description('Turn Chinese plan documents into tables of comparable targets, and compare regions')
    .option('--debug', 'print stack traces of unexpected errors')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('extract')
    .description('read documents (files or folders) and write one table as records')
    .argument('<paths...>', 'files or folders (.txt .md .html .htm .docx .pdf)')
    .addOption(new Option('--table <name>', 'which table').choices(TABLES).default('observations'))
    .addOption(new Option('--format <format>', 'record format (xlsx and arrow need --out)').choices(EXPORT_FORMATS).default('jsonl'))
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--catalogue <file>', 'JSON file of indicators that add to or override the built-in catalogue')
    .option('--manifest <file>', 'also write the run manifest (every input and what became of it) as CSV')
    .addOption(workersOption())
    .action(async (paths: string[], options: { table: TableName; format: ExportFormat; out?: string; catalogue?: string; manifest?: string; workers?: number }) => {
      if (isBinaryFormat(options.format) && options.out === undefined) throw new UsageError(`--format ${options.format} writes a binary file: pass --out FILE`);
      const effects = cliEffects(io);
      await checkOutputs(io, effects, { '--out': options.out, '--manifest': options.manifest });
      const catalogue = await loadCatalogue(io, options.catalogue);
      const extraction = await extract(paths, effects, { onFile: progress(io, lang === 'zh' ? CLI_ZH.reading : 'reading', lang), catalogue, workers: options.workers });
      requireDocuments(io, paths, extraction);
      const table = { name: options.table, columns: COLUMNS[options.table], rows: tableRows(extraction, options.table) };
      // a workbook is dated by the latest document, not the clock, so reruns give the same bytes
      const created = latestDocumentDate(extraction.documents, '');
      if (options.out) await effects.writeFile(resolve(io.cwd, options.out), await exportTable(table, options.format, { created }));
      else if (!isBinaryFormat(options.format)) io.stdout(formatRows(table.rows, table.columns, options.format));
      await writeManifest(io, effects, extraction, options.manifest);
      reportFailures(io, extraction, lang);
      status = someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok;
    });

  mergeZonesOption(referenceOptions(program
    .command('run')
    .description('the main job: read documents and write the tables and the comparison report under reports/<year>/')
    .argument('[paths...]', 'files or folders', ['seeds'])
    .option('--out <dir>', 'report folder', 'reports')
    .addOption(new Option('--lang <lang>', 'language of the report pages (en: written under <dir>/en/<year>, beside the Chinese report)').choices(REPORT_LANGUAGES).default('zh'))
    .option('--regions <file>', 'region table (CSV, TSV or XLSX) that adds to or overrides the built-in reference figures')
    .option('--catalogue <file>', 'JSON file of indicators that add to or override the built-in catalogue')
    .option('--mix-levels', 'rank prefecture-level cities together with county-level units (default: each level apart)')
    .option('--boundaries <file>', 'TopoJSON boundaries for the indicator maps (default: those in the reference data folder)')
    .addOption(workersOption())
    .addOption(new Option('--wait <seconds>', 'how long to wait for another run writing to the same --out before giving up').default(600).argParser((value: string) => {
      if (!/^\d{1,6}$/.test(value)) throw new UsageError(`invalid --wait: ${value} (a whole number of seconds)`);
      return Number(value);
    }))))
    .action(async (paths: string[], options: { out: string; lang: Language; regions?: string; reference?: string | boolean; catalogue?: string; mixLevels?: boolean; mergeZones?: boolean; boundaries?: string; workers?: number; wait: number }) => {
      const effects = cliEffects(io);
      const out = languageFolder(resolve(io.cwd, options.out), options.lang);
      await effects.checkOutput(out, 'folder', '--out');
      const catalogue = await loadCatalogue(io, options.catalogue);
      const regions = await loadRegionTables(io, effects, options);
      const boundaries = await loadBoundaries(io, effects, options);
      const extraction = await extract(paths, effects, { onFile: progress(io, lang === 'zh' ? CLI_ZH.reading : 'reading', lang), catalogue, workers: options.workers });
      requireDocuments(io, paths, extraction);
      let bar: cliProgress.SingleBar | null = null;
      const onChart = !io.isTTY ? undefined : (done: number, total: number): void => {
        if (bar === null) {
          bar = new cliProgress.SingleBar({ format: 'charts  [{bar}] {value}/{total} rendered', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
          bar.start(total, 0);
        }
        bar.update(done);
        if (done >= total) {
          bar.stop();
          bar = null;
        }
      };
      const written = await writeRunTables(extraction, out, effects, { regions, catalogue, lang: options.lang, cwd: io.cwd, onChart, levels: options.mixLevels === true ? 'mixed' : 'separate', boundaries }, { waitSeconds: options.wait });
      reportGaps(io, written.gaps);
      reportFailures(io, extraction, lang);
      const zh = lang === 'zh';
      io.stderr(`regionbench: ${zh ? CLI_ZH.tablesIn : 'tables in '}${written.folders.join(', ')}\n`);
      for (const report of written.reports) io.stderr(`regionbench: ${zh ? CLI_ZH.report : 'report: '}${report}\n`);
      status = someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok;
    });

  mergeZonesOption(referenceOptions(program
    .command('compare')
    .description('rank regions on indicators: one record per region and indicator')
    .argument('<paths...>', 'files or folders of plan documents')
    .option('--indicator <ids...>', 'indicator ids (default: every indicator with a figure)')
    .addOption(new Option('--per <view>', 'normalise by resident population (per 10,000), land area (per km²) or GDP (per 亿元)').choices(PERS).default('none'))
    .addOption(new Option('--score <method>', 'score method').choices(SCORE_METHODS).default('minmax'))
    .option('--regions <file>', 'region table (CSV, TSV or XLSX) that adds to or overrides the built-in reference figures')
    .option('--year <year>', 'plan year (default: the most common plan year of the documents)')
    .addOption(new Option('--format <format>', 'record format').choices(TABLE_FORMATS).default('jsonl'))
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--catalogue <file>', 'JSON file of indicators that add to or override the built-in catalogue')
    .option('--manifest <file>', 'also write the run manifest (every input and what became of it) as CSV')
    .option('--mix-levels', 'rank prefecture-level cities together with county-level units (default: each level apart)')
    .addOption(workersOption())))
    .action(async (paths: string[], options: { indicator?: string[]; per: string; score: string; regions?: string; reference?: string | boolean; year?: string; format: TableFormat; out?: string; catalogue?: string; manifest?: string; mixLevels?: boolean; mergeZones?: boolean; workers?: number }) => {
      const effects = cliEffects(io);
      await checkOutputs(io, effects, { '--out': options.out, '--manifest': options.manifest });
      const catalogue = await loadCatalogue(io, options.catalogue);
      const regions = await loadRegionTables(io, effects, options);
      const extraction = await extract(paths, effects, { onFile: progress(io, lang === 'zh' ? CLI_ZH.reading : 'reading', lang), catalogue, workers: options.workers });
      requireDocuments(io, paths, extraction);
      const year = options.year === undefined ? mostCommonPlanYear(extraction) : Number(options.year);
      if (year === null || !Number.isInteger(year)) throw new UsageError(options.year === undefined ? 'no plan year found in the documents: pass --year' : `invalid --year: ${options.year}`);
      const indicators = options.indicator ?? [...new Set(extraction.observations.filter((row) => row.kind !== 'mentioned' && row.parts === '').map((row) => row.indicator))].sort();
      for (const id of indicators) if (!catalogue.byId.has(id)) throw new UsageError(`unknown indicator: ${id}`);
      const records: ComparisonRecord[] = [];
      for (const indicator of indicators) {
        records.push(...compareIndicator(extraction.observations, regions, catalogue.byId, { indicator, planYear: year, per: options.per, method: options.score, levels: options.mixLevels === true ? 'mixed' : 'separate' }).records);
      }
      // regions the asked view cannot divide, named with the fix
      const metric = VIEWS[options.per as Per].metric;
      if (metric !== null) {
        const gaps = denominatorGaps(regions, fieldOf(extraction.observations, year), year);
        reportGaps(io, gaps.filter((gap) => gap.metrics.includes(metric)).map((gap) => ({ ...gap, metrics: [metric] })));
      }
      const text = formatRows(records, COMPARISON_COLUMNS, options.format, { bom: options.format === 'csv' && options.out !== undefined });
      if (options.out) await effects.writeFile(resolve(io.cwd, options.out), text);
      else io.stdout(text);
      await writeManifest(io, effects, extraction, options.manifest);
      reportFailures(io, extraction, lang);
      status = someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok;
    });

  program
    .command('track')
    .description('targets against results: each region\'s target for a year with the result reported for it, met or not, and the change from the year before')
    .argument('<paths...>', 'files or folders: plans with targets and the later work reports, bulletins and news with results')
    .option('--year <year>', 'only the targets of this year (default: every year)')
    .addOption(new Option('--lang <lang>', 'language of the verdicts in words').choices(REPORT_LANGUAGES).default('zh'))
    .addOption(new Option('--format <format>', 'record format (xlsx and arrow need --out)').choices(EXPORT_FORMATS).default('jsonl'))
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--catalogue <file>', 'JSON file of indicators that add to or override the built-in catalogue')
    .option('--manifest <file>', 'also write the run manifest (every input and what became of it) as CSV')
    .addOption(workersOption())
    .action(async (paths: string[], options: { year?: string; lang: Language; format: ExportFormat; out?: string; catalogue?: string; manifest?: string; workers?: number }) => {
      if (isBinaryFormat(options.format) && options.out === undefined) throw new UsageError(`--format ${options.format} writes a binary file: pass --out FILE`);
      const year = options.year === undefined ? null : Number(options.year);
      if (year !== null && !Number.isInteger(year)) throw new UsageError(`invalid --year: ${String(options.year)}`);
      const effects = cliEffects(io);
      const catalogue = await loadCatalogue(io, options.catalogue);
      const extraction = await extract(paths, effects, { onFile: progress(io, lang === 'zh' ? CLI_ZH.reading : 'reading', lang), catalogue, workers: options.workers });
      const rows = track(extraction.observations, extraction.documents, { lang: options.lang, catalogue }).filter((row) => year === null || row.year === year);
      const table = { name: 'tracking', columns: TRACKING_COLUMNS, rows };
      if (options.out) await effects.writeFile(resolve(io.cwd, options.out), await exportTable(table, options.format, { headers: options.lang }));
      else if (!isBinaryFormat(options.format)) io.stdout(formatRows(table.rows, table.columns, options.format));
      await writeManifest(io, effects, extraction, options.manifest);
      reportFailures(io, extraction, lang);
      status = someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok;
    });

  program
    .command('eval')
    .description('score observations against a gold TSV: precision, recall and F1 on indicator + value, field accuracy on matches')
    .argument('[paths...]', 'files or folders to extract (or, with --pred, the inputs the predictions came from)')
    .requiredOption('--gold <file>', 'gold TSV (columns file, indicator, status, kind, comparator, value, value_high, unit, year, region, evidence)')
    .option('--pred <file>', 'score this observations file (JSON lines, or CSV if it ends in .csv) instead of extracting the paths')
    .option('--indicators <ids>', 'comma-separated indicator ids to restrict scoring to')
    .option('--verbose', 'list every miss and extra')
    .addOption(new Option('--format <format>', 'output format').choices(EVAL_FORMATS).default('text'))
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--catalogue <file>', 'JSON file of indicators that add to or override the built-in catalogue')
    .addOption(workersOption())
    .action(async (paths: string[], options: { gold: string; pred?: string; indicators?: string; verbose?: boolean; format: EvalFormat; out?: string; catalogue?: string; workers?: number }) => {
      if (options.pred === undefined && paths.length === 0) throw new UsageError('eval needs paths to extract, or --pred FILE');
      const effects = cliEffects(io);
      const gold = await readText(io, options.gold, 'gold', (text) => parseGold(text, options.gold));
      let predictions: readonly Prediction[];
      let inputs: string[];
      if (options.pred !== undefined) {
        const pred = options.pred;
        const file = await readText(io, pred, 'prediction', (text) => parsePredictions(text, /\.csv$/i.test(pred) ? 'csv' : 'jsonl', pred));
        if (file.skippedLines.length > 0) io.stderr(`regionbench: ${predictionLinesSkipped(pred, file.skippedLines)}\n`);
        predictions = file.predictions;
        inputs = await fileNames(effects, paths.map((path) => resolve(io.cwd, path)));
      } else {
        const catalogue = await loadCatalogue(io, options.catalogue);
        const extraction = await extract(paths, effects, { onFile: progress(io, lang === 'zh' ? CLI_ZH.reading : 'reading', lang), catalogue, workers: options.workers });
        reportFailures(io, extraction, lang);
        predictions = extraction.observations as unknown as Prediction[];
        inputs = extraction.inputs.map((input) => input.source.slice(input.source.lastIndexOf('/') + 1));
        status = someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok;
      }
      const indicators = options.indicators?.split(',').map((id) => id.trim()).filter((id) => id !== '');
      const evaluation = scoreObservations(gold, predictions, { inputs, indicators });
      const text = formatEvaluation(evaluation, options.format, { verbose: options.verbose === true });
      if (options.out) await effects.writeFile(resolve(io.cwd, options.out), text);
      else io.stdout(text);
    });

  addRegionsCommand(program, io, (value) => { status = value; });

  try {
    if (lang === 'zh') describeInChinese(program);
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutputError || error instanceof ReferenceError) {
      io.stderr(`regionbench: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof NothingWritten) {
      io.stderr(`regionbench: ${error.message}\n`);
      return EXIT.someFailed;
    }
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    throw error;
  }
  return status;
}

/** Thrown for problems the CLI reports as usage errors (exit status 1, one line). */
export class UsageError extends Error {}

/** Check the output files of `extract`/`compare` before any work (see `Effects.checkOutput`). */
async function checkOutputs(io: Console, effects: Effects, outputs: Readonly<Record<string, string | undefined>>): Promise<void> {
  for (const [option, path] of Object.entries(outputs)) {
    if (path !== undefined) await effects.checkOutput(resolve(io.cwd, path), 'file', option);
  }
}

/**
 * Stop when no document was read: with nothing found to read (an empty folder, one holding
 * no document, paths that do not exist), a usage error saying what was looked for and where;
 * when documents were found but none could be read, the failures (one line each) and exit 2.
 * Either way nothing is written.
 */
function requireDocuments(io: Console, paths: readonly string[], extraction: Extraction): void {
  if (extraction.documents.length > 0 || extraction.inputs.some((input) => input.outcome === 'duplicate')) return;
  const missing = new Set(extraction.diagnostics.filter((diagnostic) => diagnostic.code === 'missing-path').map((diagnostic) => diagnostic.source));
  const failed = extraction.inputs.filter((input) => input.outcome === 'failed' && !missing.has(input.source));
  if (failed.length > 0) {
    reportFailures(io, extraction);
    throw new NothingWritten(messages.noDocumentRead(failed.length));
  }
  const skipped = extraction.inputs.filter((input) => input.outcome === 'skipped').map((input) => input.source);
  const found = [
    ...(skipped.length > 0 ? [`${skipped.length} other ${skipped.length === 1 ? 'file' : 'files'} skipped: ${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''}`] : []),
    ...[...missing].map((path) => messages.missingPath(path)),
  ];
  const where = paths.length === 0 ? '(no paths)' : paths.join(', ');
  throw new UsageError(`${messages.nothingToRead(Object.keys(FORMATS).join(' '), where, found.length > 0 ? ` (${found.join('; ')})` : ' (found none)')}`);
}

/** Documents were found but none could be read: the failures are printed, exit status 2. */
class NothingWritten extends Error {}

async function loadCatalogue(io: Console, file: string | undefined): Promise<Catalogue> {
  if (file === undefined) return DEFAULT_CATALOGUE;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new UsageError(`cannot read catalogue file ${file}`);
  }
  try {
    return extendCatalogue(DEFAULT_CATALOGUE, text, file);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Read a text file the user named and parse it; unreadable or unparsable files are usage errors. */
async function readText<T>(io: Console, file: string, what: string, parse: (text: string) => T): Promise<T> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new UsageError(`cannot read ${what} file ${file}`);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Basenames of every file under some paths (folders read recursively); a missing path is a usage error. */
async function fileNames(effects: Effects, paths: readonly string[]): Promise<string[]> {
  const names: string[] = [];
  const visit = async (path: string): Promise<void> => {
    let stat;
    try {
      stat = await effects.stat(path);
    } catch {
      throw new UsageError(`cannot read input ${path}`);
    }
    if (stat.isDirectory) {
      for (const entry of (await effects.readDir(path)).sort()) await visit(join(path, entry));
    } else {
      names.push(path.slice(path.lastIndexOf('/') + 1));
    }
  };
  for (const path of paths) await visit(path);
  return names;
}

/** `--workers N`: threads that analyse documents beside the main one (0: none); default: one fewer than the cores from 1,000 files on. */
function workersOption(): Option {
  return new Option('--workers <n>', `threads analysing documents beside the main one (0: none; default: one fewer than the cores from ${PARALLEL_FROM} files on)`).argParser((value: string) => {
    if (!/^\d{1,3}$/.test(value)) throw new UsageError(`invalid --workers: ${value} (a whole number from 0)`);
    return Number(value);
  });
}

/** The latest issue or publication date of some documents (midnight UTC), else 1 January of the year. */
function latestDocumentDate(documents: readonly DocumentRecord[], year: string): Date {
  const dates = documents.flatMap((document) => [document.issued_date, document.published_date]).filter((date): date is string => typeof date === 'string').sort();
  const latest = dates[dates.length - 1];
  return new Date(`${latest ?? (/^\d{4}$/.test(year) ? `${year}-01-01` : '2000-01-01')}T00:00:00Z`);
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

function cliEffects(io: Console): Effects {
  return nodeEffects((line) => io.stderr(`${line}\n`));
}

function progress(io: Console, label: string, lang: CliLanguage = 'en'): ((done: number, total: number) => void) | undefined {
  if (!io.isTTY) return undefined;
  let bar: cliProgress.SingleBar | null = null;
  return (done, total) => {
    if (!bar) {
      bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} ${lang === 'zh' ? CLI_ZH.files : 'files'}`, stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
    }
    bar.update(done);
    if (done >= total) bar.stop();
  };
}

/** One line per failed input, then the run summary, on stderr. */
function reportFailures(io: Console, extraction: Extraction, lang: CliLanguage = 'en'): void {
  for (const input of extraction.inputs) {
    if (input.outcome === 'failed') io.stderr(`regionbench: ${input.source}: ${input.message}\n`);
  }
  io.stderr(`regionbench: ${summaryLine(extraction, lang)}\n`);
}

/**
 * The run in one line: inputs read out of found (with duplicates, skipped and failed counted),
 * tasks, observations, and warnings in the data.
 *
 * @example
 * summaryLine(extraction) // → '5 of 6 inputs read (1 skipped), 346 tasks, 135 observations'
 */
export function summaryLine(extraction: Pick<Extraction, 'inputs' | 'tasks' | 'observations' | 'diagnostics'>, lang: CliLanguage = 'en'): string {
  const count = (outcome: string): number => extraction.inputs.filter((input) => input.outcome === outcome).length;
  const others = (['duplicate', 'skipped', 'failed'] as const).filter((outcome) => count(outcome) > 0).map((outcome) => `${count(outcome)} ${outcome}`);
  const warnings = extraction.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  if (lang === 'zh') {
    const counted = (['duplicate', 'skipped', 'failed'] as const).filter((outcome) => count(outcome) > 0).map((outcome) => [outcome, count(outcome)] as const);
    return CLI_ZH.summary(count('read'), extraction.inputs.length, counted, extraction.tasks.length, extraction.observations.length, warnings);
  }
  return `${count('read')} of ${extraction.inputs.length} inputs read${others.length > 0 ? ` (${others.join(', ')})` : ''}, ${extraction.tasks.length} tasks, ${extraction.observations.length} observations${warnings > 0 ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in the data (see the diagnostics table)` : ''}`;
}

/** Write the run manifest (the inputs table) as CSV when `--manifest FILE` was given. */
async function writeManifest(io: Console, effects: Effects, extraction: Extraction, file: string | undefined): Promise<void> {
  if (file === undefined) return;
  await effects.writeFile(resolve(io.cwd, file), formatRows(extraction.inputs, INPUT_COLUMNS, 'csv', { bom: true }));
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

/** Where `writeRunTables` wrote: the year folders and the reports' overview pages (relative to the working folder). */
export interface RunOutput {
  readonly folders: string[];
  readonly reports: string[];
  /** Regions of each report without some denominator (also rows of that year's diagnostics table). */
  readonly gaps: DenominatorGap[];
}

/**
 * Write the run's tables: for each plan year, `<out>/<year>/data/<table>.csv` (UTF-8 with BOM
 * for Excel) and the run manifest `<out>/<year>/data/inputs.csv`. Documents without a plan year
 * go under `<out>/unknown-year/`; with no documents nothing is written. With `report`, each
 * plan year also gets its comparison report (`<out>/<year>/index.html` and the pages, charts and
 * assets beside it; see `src/report`). When the documents span several plan years, each year
 * also gets `data/tracking.csv` (its targets against the results any document reports; in
 * `tables.xlsx` too) and, in its report, the attainment page `tracking.html` (完成情况). Each
 * year's folder is built aside and swapped in whole (`Effects.replaceDirectory`: `<out>/<year>`
 * is always the old or the new one), while this process holds `<out>`'s lock (another run waits
 * up to `lock.waitSeconds`); staging left by runs that died is removed first. Returns the
 * folders written, sorted, and the overview pages.
 */
export async function writeRunTables(extraction: Extraction, out: string, effects: Effects, report?: RunReportOptions, lock: LockOptions = {}): Promise<RunOutput> {
  // one run at a time writes into `out`; what runs that died left there is cleared first
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
  // documents of several years: each year's targets against the results any document reports
  const multiYear = [...years.keys()].filter((year) => /^\d{4}$/.test(year)).length > 1;
  const tracking = multiYear ? track(extraction.observations, extraction.documents, { lang: report?.lang ?? 'zh', catalogue: report?.catalogue }) : [];
  for (const [year, ids] of [...years.entries()].sort()) {
    // the year's folder is built aside and swapped in whole: an interrupted run leaves the
    // previous report as it was, and pages of indicators that no longer appear do not linger
    const staging = join(out, `.${year}.partial-${process.pid}`);
    await effects.removeDirectory(staging);
    const folder = join(staging, 'data');
    const keep = (row: { doc_id: unknown }): boolean => ids.has(String(row.doc_id));
    // regions the report cannot divide: named in the diagnostics table (and by the caller on stderr)
    const yearGaps = report !== undefined && /^\d{4}$/.test(year)
      ? denominatorGaps(report.regions, fieldOf(extraction.observations.filter(keep), Number(year)), Number(year))
      : [];
    gaps.push(...yearGaps);
    const tables: [string, readonly Row[], readonly string[]][] = [
      ['documents', extraction.documents.filter(keep), DOCUMENT_COLUMNS],
      ['tasks', extraction.tasks.filter(keep), TASK_COLUMNS],
      ['quantities', extraction.quantities.filter(keep), QUANTITY_COLUMNS],
      ['observations', extraction.observations.filter(keep), OBSERVATION_COLUMNS],
      ['inputs', extraction.inputs, INPUT_COLUMNS],
      ['diagnostics', [...extraction.diagnostics, ...gapDiagnostics(yearGaps, extraction.documents.filter(keep))], DIAGNOSTIC_COLUMNS],
    ];
    if (multiYear) tables.push(['tracking', tracking.filter((row) => String(row.year) === year), TRACKING_COLUMNS]);
    // for people: each code with its Chinese name beside it (indicator_zh, kind_zh …)
    const named = tables.map(([name, rows, columns]) => ({ name, ...withChineseColumns(rows, columns, report?.catalogue ?? DEFAULT_CATALOGUE) }));
    for (const { name, rows, columns } of named) {
      await effects.writeFile(join(folder, `${name}.csv`), formatRows(rows, columns, 'csv', { bom: true }));
    }
    // the same tables as one workbook, dated by the latest document so reruns give the same bytes
    const created = latestDocumentDate(extraction.documents.filter(keep), year);
    await effects.writeFile(join(folder, 'tables.xlsx'), await workbookOf(named, { created }));
    const shown = relative(process.cwd(), join(out, year)) || '.';
    folders.push(shown);
    if (report !== undefined && /^\d{4}$/.test(year)) {
      const model = buildReportModel({
        documents: extraction.documents.filter(keep),
        tasks: extraction.tasks.filter(keep),
        observations: extraction.observations.filter(keep),
        regions: report.regions,
        catalogue: report.catalogue,
        ...(report.boundaries === undefined ? {} : { boundaries: report.boundaries }),
      }, { planYear: Number(year), lang: report.lang, levels: report.levels });
      const tracked = tracking.filter((row) => String(row.year) === year && row.verdict !== 'dropped');
      // the overview links the attainment page with the data tables (a link, no change to the overview's code)
      const dataTables = [...tables.map(([name]) => `data/${name}.csv`), 'data/tables.xlsx', ...(tracked.length === 0 ? [] : [TRACKING_PAGE])];
      const build = await buildReport(model, { onChart: report.onChart, dataTables });
      for (const warning of build.warnings) effects.log(`regionbench: chart warning: ${warning}`);
      const page = tracked.length === 0 ? null : trackingPage(tracked, { year: Number(year), lang: report.lang, catalogue: report.catalogue });
      const files = page === null ? build.files : [...build.files, { path: page.path, content: renderPage(page, { lang: report.lang, year: Number(year), documents: model.documents.length }) }];
      await writeReport({ ...build, files }, staging, effects, { cwd: report.cwd });
      if (page !== null) reports.push(join(shown, TRACKING_PAGE));
      reports.push(join(shown, 'index.html'));
    }
    await effects.replaceDirectory(staging, join(out, year));
  }
  return { folders, reports, gaps };
}
