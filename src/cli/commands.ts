import { Command, CommanderError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { join, resolve } from 'node:path';
import { FORMATS, nodeEffects } from '../ingest/index.js';
import { ConfigError, DataError, EXIT_BY_TIER, RegionbenchError, UsageError } from '../errors.js';
import { messages } from '../diagnostics/index.js';
import { compareAll, extract, latestDocumentDate, mostCommonPlanYear, run, someInputFailed, type Extraction } from '../pipeline.js';
import { PARALLEL_FROM } from '../workers/index.js';
import { formatRows, TABLE_FORMATS, type TableFormat } from '../tables/index.js';
import { EXPORT_FORMATS, exportTable, extractionTables, isBinaryFormat, type ExportFormat } from '../tables/index.js';
import { INPUT_COLUMNS } from '../tables/index.js';
import { DEFAULT_CATALOGUE, extendCatalogue, type Catalogue } from '../catalogue/index.js';
import { readFile } from 'node:fs/promises';
import { COMPARISON_COLUMNS, denominatorGaps, fieldOf, PERS, SCORE_METHODS, VIEWS, type Per } from '../compare/index.js';
import {
  addRegionsCommand, loadBoundaries, loadRegionTables, mergeZonesOption, referenceOptions, reportGaps,
} from './regions-command.js';
import type { Effects } from '../ingest/index.js';
import { REPORT_LANGUAGES } from '../report/index.js';
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

/**
 * Build the command tree and run it; resolves to the exit status. Usage errors reject with
 * commander's error (exit status 1) after printing one line.
 */
export async function runCli(program: Command, argv: readonly string[], io: Console): Promise<number> {
  let status: number = EXIT.ok;
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
      const extraction = await extract(paths, effects, { onFile: progress(io, 'reading'), catalogue, workers: options.workers });
      requireDocuments(io, paths, extraction);
      const [table] = extractionTables(extraction).filter((candidate) => candidate.name === options.table);
      if (table === undefined) throw new UsageError(`invalid --table: ${options.table}`);
      // a workbook is dated by the latest document, not the clock, so reruns give the same bytes
      const created = latestDocumentDate(extraction.documents, '');
      if (options.out) await effects.writeFile(resolve(io.cwd, options.out), await exportTable(table, options.format, { created }));
      else if (!isBinaryFormat(options.format)) io.stdout(formatRows(table.rows, table.columns, options.format));
      await writeManifest(io, effects, extraction, options.manifest);
      reportFailures(io, extraction);
      status = someInputFailed(extraction) ? EXIT.someFailed : EXIT.ok;
    });

  mergeZonesOption(referenceOptions(program
    .command('run')
    .description('the main job: read documents and write the tables and the comparison report under reports/<year>/')
    .argument('[paths...]', 'files or folders', ['seeds'])
    .option('--out <dir>', 'report folder', 'reports')
    .addOption(new Option('--lang <lang>', 'language of the report pages').choices(REPORT_LANGUAGES).default('zh'))
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
      await effects.checkOutput(resolve(io.cwd, options.out), 'folder', '--out');
      const catalogue = await loadCatalogue(io, options.catalogue);
      const regions = await loadRegionTables(io, effects, options);
      const boundaries = await loadBoundaries(io, effects, options);
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
      const report = { regions, catalogue, lang: options.lang, cwd: io.cwd, onChart, levels: options.mixLevels === true ? 'mixed' as const : 'separate' as const, boundaries };
      const { extraction, output: written } = await run(paths, resolve(io.cwd, options.out), effects, { onFile: progress(io, 'reading'), catalogue, workers: options.workers, report, lock: { waitSeconds: options.wait } });
      requireDocuments(io, paths, extraction);
      if (written === null) return;
      reportGaps(io, written.gaps);
      reportFailures(io, extraction);
      io.stderr(`regionbench: tables in ${written.folders.join(', ')}\n`);
      for (const report of written.reports) io.stderr(`regionbench: report: ${report}\n`);
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
      const extraction = await extract(paths, effects, { onFile: progress(io, 'reading'), catalogue, workers: options.workers });
      requireDocuments(io, paths, extraction);
      const year = options.year === undefined ? mostCommonPlanYear(extraction) : Number(options.year);
      if (year === null || !Number.isInteger(year)) throw new UsageError(options.year === undefined ? 'no plan year found in the documents: pass --year' : `invalid --year: ${options.year}`);
      for (const id of options.indicator ?? []) if (!catalogue.byId.has(id)) throw new UsageError(`unknown indicator: ${id}`);
      const records = compareAll(extraction, regions, catalogue, { indicators: options.indicator, planYear: year, per: options.per, method: options.score, levels: options.mixLevels === true ? 'mixed' : 'separate' });
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
      reportFailures(io, extraction);
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
      const extraction = await extract(paths, effects, { onFile: progress(io, 'reading'), catalogue, workers: options.workers });
      const rows = track(extraction.observations, extraction.documents, { lang: options.lang, catalogue }).filter((row) => year === null || row.year === year);
      const table = { name: 'tracking', columns: TRACKING_COLUMNS, rows };
      if (options.out) await effects.writeFile(resolve(io.cwd, options.out), await exportTable(table, options.format, { headers: options.lang }));
      else if (!isBinaryFormat(options.format)) io.stdout(formatRows(table.rows, table.columns, options.format));
      await writeManifest(io, effects, extraction, options.manifest);
      reportFailures(io, extraction);
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
        const extraction = await extract(paths, effects, { onFile: progress(io, 'reading'), catalogue, workers: options.workers });
        reportFailures(io, extraction);
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
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // the three tiers (src/errors.ts): one line, and the tier's exit status
    if (error instanceof RegionbenchError) {
      io.stderr(`regionbench: ${error.message}\n`);
      return EXIT_BY_TIER[error.tier];
    }
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    throw error;
  }
  return status;
}


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
    throw new DataError(messages.noDocumentRead(failed.length));
  }
  const skipped = extraction.inputs.filter((input) => input.outcome === 'skipped').map((input) => input.source);
  const found = [
    ...(skipped.length > 0 ? [`${skipped.length} other ${skipped.length === 1 ? 'file' : 'files'} skipped: ${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''}`] : []),
    ...[...missing].map((path) => messages.missingPath(path)),
  ];
  const where = paths.length === 0 ? '(no paths)' : paths.join(', ');
  throw new UsageError(`${messages.nothingToRead(Object.keys(FORMATS).join(' '), where, found.length > 0 ? ` (${found.join('; ')})` : ' (found none)')}`);
}


async function loadCatalogue(io: Console, file: string | undefined): Promise<Catalogue> {
  if (file === undefined) return DEFAULT_CATALOGUE;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new ConfigError(`cannot read catalogue file ${file}`);
  }
  try {
    return extendCatalogue(DEFAULT_CATALOGUE, text, file);
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
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

function cliEffects(io: Console): Effects {
  return nodeEffects((line) => io.stderr(`${line}\n`));
}

function progress(io: Console, label: string): ((done: number, total: number) => void) | undefined {
  if (!io.isTTY) return undefined;
  let bar: cliProgress.SingleBar | null = null;
  return (done, total) => {
    if (!bar) {
      bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} files`, stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
    }
    bar.update(done);
    if (done >= total) bar.stop();
  };
}

/** One line per failed input, then the run summary, on stderr. */
function reportFailures(io: Console, extraction: Extraction): void {
  for (const input of extraction.inputs) {
    if (input.outcome === 'failed') io.stderr(`regionbench: ${input.source}: ${input.message}\n`);
  }
  io.stderr(`regionbench: ${summaryLine(extraction)}\n`);
}

/**
 * The run in one line: inputs read out of found (with duplicates, skipped and failed counted),
 * tasks, observations, and warnings in the data.
 *
 * @example
 * summaryLine(extraction) // → '5 of 6 inputs read (1 skipped), 346 tasks, 135 observations'
 */
export function summaryLine(extraction: Pick<Extraction, 'inputs' | 'tasks' | 'observations' | 'diagnostics'>): string {
  const count = (outcome: string): number => extraction.inputs.filter((input) => input.outcome === outcome).length;
  const others = (['duplicate', 'skipped', 'failed'] as const).filter((outcome) => count(outcome) > 0).map((outcome) => `${count(outcome)} ${outcome}`);
  const warnings = extraction.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  return `${count('read')} of ${extraction.inputs.length} inputs read${others.length > 0 ? ` (${others.join(', ')})` : ''}, ${extraction.tasks.length} tasks, ${extraction.observations.length} observations${warnings > 0 ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in the data (see the diagnostics table)` : ''}`;
}

/** Write the run manifest (the inputs table) as CSV when `--manifest FILE` was given. */
async function writeManifest(io: Console, effects: Effects, extraction: Extraction, file: string | undefined): Promise<void> {
  if (file === undefined) return;
  await effects.writeFile(resolve(io.cwd, file), formatRows(extraction.inputs, INPUT_COLUMNS, 'csv', { bom: true }));
}
