/**
 * One measurement in a fresh process (so peak memory is this run's alone):
 *
 *   node --import tsx bench/extract-child.ts FOLDER [--profile FILE.cpuprofile] [--workers N]
 *
 * 1. the floor: read every file's bytes (synchronously, as `extract` does), decode them as UTF-8
 *    and count `/\d+/g` matches (once to warm the page cache, then timed);
 * 2. `extract([FOLDER], nodeEffects())` of the built package (`dist/`), timed, with the peak resident set size of the process
 *    (`process.resourceUsage().maxRSS`, worker threads included) after it, and the CPU time of
 *    all its threads. `--workers N` sets `extract`'s worker threads (default: its own choice,
 *    one per core from 40 files on; 0 = everything in the main thread). With `--profile`, the
 *    V8 CPU profiler runs around `extract` only (main thread; use `--workers 0`), and its
 *    profile is written to FILE.
 *
 * Prints one JSON object on stdout.
 */
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The built package (`npm run build`), as the command line runs it; typed from the sources. */
type Library = typeof import('../src/index.js');
const { extract, nodeEffects } = (await import(new URL('../dist/index.js', import.meta.url).href)) as Library;

export interface ExtractMeasurement {
  readonly files: number;
  readonly bytes: number;
  readonly floor_ms: number;
  readonly floor_digit_runs: number;
  readonly extract_ms: number;
  /** CPU time of the process during `extract` (every thread). */
  readonly cpu_ms: number;
  /** `--workers` as given, or null for `extract`'s default. */
  readonly workers: number | null;
  readonly documents: number;
  readonly tasks: number;
  readonly quantities: number;
  readonly observations: number;
  /** Documents whose region code is the one in their file name (`00001_<code>.txt`). */
  readonly regions_resolved: number;
  readonly diagnostics: number;
  readonly baseline_rss_mb: number;
  readonly peak_rss_mb: number;
  readonly heap_used_mb: number;
}

/** Read (synchronously, as `extract` reads), decode and count digit runs: the least any extraction must do. */
function floor(files: readonly string[]): { ms: number; bytes: number; runs: number } {
  const decoder = new TextDecoder('utf-8');
  const start = performance.now();
  let bytes = 0;
  let runs = 0;
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.length;
    const text = decoder.decode(data);
    const digits = /\d+/g;
    while (digits.exec(text) !== null) runs++;
  }
  return { ms: performance.now() - start, bytes, runs };
}

async function main(): Promise<void> {
  const [folder, ...rest] = process.argv.slice(2);
  if (folder === undefined) throw new Error('usage: extract-child.ts FOLDER [--profile FILE] [--workers N]');
  const option = (name: string): string | undefined => {
    const at = rest.indexOf(name);
    return at >= 0 ? rest[at + 1] : undefined;
  };
  const profilePath = option('--profile');
  const workersText = option('--workers');
  const workers = workersText === undefined ? null : Number(workersText);
  const baseline = process.resourceUsage().maxRSS;
  const files = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name));
  floor(files);
  const measured = floor(files);
  let session: Session | null = null;
  if (profilePath !== undefined) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const extraction = await extract([folder], nodeEffects(), workers === null ? {} : { workers });
  const extractMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  if (session !== null && profilePath !== undefined) {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(profilePath, JSON.stringify(profile));
    session.disconnect();
  }
  const peak = process.resourceUsage().maxRSS;
  const regionsResolved = extraction.documents.filter((document) => basename(String(document.source)).replace(/\.txt$/, '').split('_')[1] === document.region_code).length;
  const result: ExtractMeasurement = {
    files: files.length,
    bytes: measured.bytes,
    floor_ms: Math.round(measured.ms * 10) / 10,
    floor_digit_runs: measured.runs,
    extract_ms: Math.round(extractMs),
    cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    workers,
    documents: extraction.documents.length,
    tasks: extraction.tasks.length,
    quantities: extraction.quantities.length,
    observations: extraction.observations.length,
    regions_resolved: regionsResolved,
    diagnostics: extraction.diagnostics.length,
    baseline_rss_mb: Math.round(baseline / 1024),
    peak_rss_mb: Math.round(peak / 1024),
    heap_used_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
