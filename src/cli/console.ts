/**
 * What every command shares: the console it prints to, its exit statuses, its option parsers
 * (`--workers`, `--wait`), the loading of the files it is given (catalogue, gold, predictions)
 * and the lines it prints about a run (progress, failures, summary). The commands themselves
 * are in `commands.ts`; the work is the pipeline's.
 */
import { Option } from 'commander';
import { CLI_ZH, type CliLanguage } from './cli-language.js';
import cliProgress from 'cli-progress';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_CATALOGUE, extendCatalogue, type Catalogue } from '../catalogue/index.js';
import { messages } from '../diagnostics/index.js';
import { ConfigError, DataError, UsageError } from '../errors.js';
import { FORMATS, nodeEffects, type Effects } from '../ingest/index.js';
import type { Extraction } from '../pipeline.js';
import { formatRows, INPUT_COLUMNS, tableForFormat } from '../tables/index.js';
import { PARALLEL_FROM } from '../workers/index.js';

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

/** Check the output files of `extract`/`compare` before any work (see `Effects.checkOutput`). */
export async function checkOutputs(io: Console, effects: Effects, outputs: Readonly<Record<string, string | undefined>>): Promise<void> {
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
export function requireDocuments(io: Console, paths: readonly string[], extraction: Extraction): void {
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


export async function loadCatalogue(io: Console, file: string | undefined): Promise<Catalogue> {
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
export async function readText<T>(io: Console, file: string, what: string, parse: (text: string) => T): Promise<T> {
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
export async function fileNames(effects: Effects, paths: readonly string[]): Promise<string[]> {
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
export function workersOption(): Option {
  return new Option('--workers <n>', `threads analysing documents beside the main one (0: none; default: one fewer than the cores from ${PARALLEL_FROM} files on)`).argParser((value: string) => {
    if (!/^\d{1,3}$/.test(value)) throw new UsageError(`invalid --workers: ${value} (a whole number from 0)`);
    return Number(value);
  });
}

/** `--wait SECONDS` of `run`: how long to wait for another run's lock on the same `--out`. */
export function waitOption(): Option {
  return new Option('--wait <seconds>', 'how long to wait for another run writing to the same --out before giving up').default(600).argParser((value: string) => {
    if (!/^\d{1,6}$/.test(value)) throw new UsageError(`invalid --wait: ${value} (a whole number of seconds)`);
    return Number(value);
  });
}

/** A progress bar of the charts rendered, on a terminal only. */
export function chartProgress(io: Console): ((done: number, total: number) => void) | undefined {
  if (!io.isTTY) return undefined;
  let bar: cliProgress.SingleBar | null = null;
  return (done, total) => {
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
}

/** The effects of a command: the file system, with log lines on stderr. */
export function cliEffects(io: Console): Effects {
  return nodeEffects((line) => io.stderr(`${line}\n`));
}

export function progress(io: Console, label: string, lang: CliLanguage = 'en'): ((done: number, total: number) => void) | undefined {
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
export function reportFailures(io: Console, extraction: Extraction, lang: CliLanguage = 'en'): void {
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

/** Write the run manifest (the inputs table) as CSV, each outcome with its Chinese name, when `--manifest FILE` was given. */
export async function writeManifest(io: Console, effects: Effects, extraction: Extraction, file: string | undefined): Promise<void> {
  if (file === undefined) return;
  // the manifest names no indicator: the built-in catalogue names its outcomes (outcome_zh)
  const table = tableForFormat({ name: 'inputs', columns: INPUT_COLUMNS, rows: extraction.inputs }, 'csv', DEFAULT_CATALOGUE);
  await effects.writeFile(resolve(io.cwd, file), formatRows(table.rows, table.columns, 'csv', { bom: true }));
}
