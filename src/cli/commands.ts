/**
 * The command line: each command parses its arguments, calls the pipeline and prints. What the
 * commands share (console, exit statuses, option parsers, file loading, summary lines) is in
 * `console.ts`; the `regions` commands and the loading of region tables in `regions-command.ts`.
 */
import { Command, CommanderError, Option } from 'commander';
import { join, resolve } from 'node:path';
import { COMPARISON_COLUMNS, denominatorGaps, fieldOf, PERS, SCORE_METHODS, VIEWS, type Language, type Per } from '../compare/index.js';
import { EXIT_BY_TIER, RegionbenchError, UsageError } from '../errors.js';
import { EVAL_FORMATS, formatEvaluation, parseGold, parsePredictions, predictionLinesSkipped, scoreObservations, type EvalFormat, type Prediction } from '../eval/index.js';
import { compareAll, extract, latestDocumentDate, mostCommonPlanYear, run, someInputFailed } from '../pipeline.js';
import { REPORT_LANGUAGES } from '../report/index.js';
import { EXPORT_FORMATS, TABLE_FORMATS, exportTable, extractionTables, formatRows, isBinaryFormat, tableForFormat, type ExportFormat, type TableFormat } from '../tables/index.js';
import { TRACKING_COLUMNS, track } from '../tracking/index.js';
import {
  EXIT, chartProgress, checkOutputs, cliEffects, fileNames, loadCatalogue, progress, readText, reportFailures, requireDocuments, waitOption,
  workersOption, writeManifest, type Console,
} from './console.js';
import { CLI_ZH, cliLanguage, describeInChinese } from './cli-language.js';
import { addRegionsCommand, loadBoundaries, loadRegionTables, mergeZonesOption, referenceOptions, reportGaps } from './regions-command.js';

export { EXIT, summaryLine, type Console } from './console.js';

const TABLES = ['observations', 'quantities', 'documents', 'tasks', 'inputs', 'diagnostics'] as const;
type TableName = (typeof TABLES)[number];

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
      const [found] = extractionTables(extraction).filter((candidate) => candidate.name === options.table);
      if (found === undefined) throw new UsageError(`invalid --table: ${options.table}`);
      // levels as codes; in CSV and XLSX each code with its Chinese name beside it
      const table = tableForFormat(found, options.format, catalogue);
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
    .addOption(waitOption())))
    .action(async (paths: string[], options: { out: string; lang: Language; regions?: string; reference?: string | boolean; catalogue?: string; mixLevels?: boolean; mergeZones?: boolean; boundaries?: string; workers?: number; wait: number }) => {
      const effects = cliEffects(io);
      const out = languageFolder(resolve(io.cwd, options.out), options.lang);
      await effects.checkOutput(out, 'folder', '--out');
      const catalogue = await loadCatalogue(io, options.catalogue);
      const regions = await loadRegionTables(io, effects, options);
      const boundaries = await loadBoundaries(io, effects, options);
      const onChart = chartProgress(io);
      const report = { regions, catalogue, lang: options.lang, cwd: io.cwd, onChart, levels: options.mixLevels === true ? 'mixed' as const : 'separate' as const, boundaries };
      const { extraction, output: written } = await run(paths, out, effects, { onFile: progress(io, lang === 'zh' ? CLI_ZH.reading : 'reading', lang), catalogue, workers: options.workers, report, lock: { waitSeconds: options.wait } });
      requireDocuments(io, paths, extraction);
      if (written === null) return;
      reportGaps(io, written.gaps);
      reportFailures(io, extraction, lang);
      const zh = lang === 'zh';
      io.stderr(`regionbench: ${zh ? CLI_ZH.tablesIn : 'tables in '}${written.folders.join(', ')}\n`);
      for (const page of written.reports) io.stderr(`regionbench: ${zh ? CLI_ZH.report : 'report: '}${page}\n`);
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
      for (const id of options.indicator ?? []) if (!catalogue.byId.has(id)) throw new UsageError(`unknown indicator: ${id}`);
      const records = compareAll(extraction, regions, catalogue, { indicators: options.indicator, planYear: year, per: options.per, method: options.score, levels: options.mixLevels === true ? 'mixed' : 'separate' });
      // regions the asked view cannot divide, named with the fix
      const metric = VIEWS[options.per as Per].metric;
      if (metric !== null) {
        const gaps = denominatorGaps(regions, fieldOf(extraction.observations, year), year);
        reportGaps(io, gaps.filter((gap) => gap.metrics.includes(metric)).map((gap) => ({ ...gap, metrics: [metric] })));
      }
      const table = tableForFormat({ name: 'comparison', columns: COMPARISON_COLUMNS, rows: records }, options.format, catalogue);
      const text = formatRows(table.rows, table.columns, options.format, { bom: options.format === 'csv' && options.out !== undefined });
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
      const table = tableForFormat({ name: 'tracking', columns: TRACKING_COLUMNS, rows }, options.format, catalogue);
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
