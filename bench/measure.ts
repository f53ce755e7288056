/**
 * Measurements run in child processes: `extract` in a fresh Node process (bench/extract-child.ts),
 * `regionbench run` as the built command line under `/usr/bin/time` (wall time and peak RSS),
 * the same under `node --cpu-prof`, and the report's charts in Debian's chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { ExtractMeasurement } from './extract-child.js';
import { summariseProfileFile, type ProfileSummary } from './profile.js';

const TIME = '/usr/bin/time';
const CHROMIUM = '/usr/bin/chromium';
const CLI = 'dist/cli/main.js';

/**
 * Run `extract` on a folder in a fresh process, with `workers` threads (default: extract's own
 * choice); with `profile`, also write its CPU profile there.
 */
export function measureExtract(folder: string, options: { profile?: string; timeoutMs?: number; workers?: number } = {}): ExtractMeasurement {
  const args = [
    '--import', 'tsx', 'bench/extract-child.ts', folder,
    ...(options.profile ? ['--profile', options.profile] : []),
    ...(options.workers === undefined ? [] : ['--workers', String(options.workers)]),
  ];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: options.timeoutMs ?? 600_000, maxBuffer: 2 ** 24 });
  if (child.status !== 0) throw new Error(`extract-child failed (${child.status ?? child.signal}): ${child.stderr.slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ExtractMeasurement;
}

export interface RunMeasurement {
  readonly wall_s: number;
  /** Peak resident set size of the `node` process, from `/usr/bin/time -v` (null when it is missing). */
  readonly peak_rss_mb: number | null;
  readonly exit_status: number | null;
  /** The last line `regionbench run` printed about what it read. */
  readonly summary: string;
  readonly output_mb: number;
  readonly html_pages: number;
}

function folderSize(folder: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

/** `node dist/cli/main.js run <paths…> --out <out> [--regions FILE]`: wall time and peak memory. */
export function measureRun(paths: readonly string[], out: string, options: { timeoutMs?: number; nodeFlags?: readonly string[]; regions?: string } = {}): RunMeasurement {
  const regions = options.regions === undefined ? [] : ['--regions', options.regions];
  const node = [process.execPath, ...(options.nodeFlags ?? []), CLI, 'run', ...paths, '--out', out, ...regions];
  const timeFile = join(mkdtempSync(join(tmpdir(), 'regionbench-time-')), 'time.txt');
  const withTime = existsSync(TIME);
  const [command, ...args] = withTime ? [TIME, '-f', '%e %M', '-o', timeFile, ...node] : node;
  const start = performance.now();
  const child = spawnSync(command as string, args, { encoding: 'utf8', timeout: options.timeoutMs ?? 600_000, maxBuffer: 2 ** 26 });
  const wall = (performance.now() - start) / 1000;
  let rss: number | null = null;
  if (withTime && existsSync(timeFile)) {
    const [, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ') ?? [];
    rss = kb === undefined ? null : Math.round(Number(kb) / 1024);
    rmSync(join(timeFile, '..'), { recursive: true, force: true });
  }
  const summary = child.stderr.split('\n').find((line) => /inputs read/.test(line)) ?? child.stderr.slice(-500);
  const size = existsSync(out) ? folderSize(out) : { bytes: 0, html: 0 };
  return {
    wall_s: Math.round(wall * 100) / 100,
    peak_rss_mb: rss,
    exit_status: child.status,
    summary: summary.replace(/; tables in .*$/, ''),
    output_mb: Math.round(size.bytes / 2 ** 20),
    html_pages: size.html,
  };
}

/** `node --cpu-prof dist/cli/main.js run …`, summarised. */
export function profileRun(paths: readonly string[], out: string, options: { top?: number; regions?: string } = {}): ProfileSummary & { readonly wall_s: number } {
  const dir = mkdtempSync(join(tmpdir(), 'regionbench-prof-'));
  try {
    const measured = measureRun(paths, out, { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`], regions: options.regions });
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (file === undefined) throw new Error('node --cpu-prof wrote no profile');
    return { wall_s: measured.wall_s, ...summariseProfileFile(join(dir, file), options.top) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PageTiming {
  readonly page: string;
  readonly html_kb: number;
  readonly charts: number;
  readonly live: number;
  /** From the report script's start to every chart rendered (what the browser test records). */
  readonly charts_ms: number;
  /** From navigation to every chart rendered (page load, script parse and the charts). */
  readonly navigation_to_charts_ms: number;
  /** Navigation Timing: DOMContentLoaded and load event ends, from navigation start. */
  readonly dom_content_loaded_ms: number;
  readonly load_ms: number;
}

const LAUNCH = {
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** The indicator page with the most bytes (the most regions and evidence rows). */
export function largestIndicatorPage(report: string): string {
  const pages = readdirSync(join(report, 'indicators')).filter((name) => name.endsWith('.html'));
  pages.sort((a, b) => statSync(join(report, 'indicators', b)).size - statSync(join(report, 'indicators', a)).size || a.localeCompare(b));
  if (pages[0] === undefined) throw new Error(`no indicator pages in ${report}`);
  return `indicators/${pages[0]}`;
}

/** Open report pages from disk in chromium and time until all vega-embed charts rendered. */
export async function measurePages(report: string, pages: readonly string[]): Promise<PageTiming[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found`);
  const browser = await chromium.launch(LAUNCH);
  const out: PageTiming[] = [];
  try {
    // warm-up: the first page a fresh browser opens pays for its start-up
    const warm = await browser.newContext();
    await (await warm.newPage()).goto(pathToFileURL(join(report, 'method.html')).href);
    await warm.close();
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(pathToFileURL(join(report, path)).href, { timeout: 120_000 });
      // a page without a live chart loads no script: its figures are static drawings only
      const result = await page.evaluate<{ charts: number; live: number; totalMs: number }>(
        "window.regionbenchCharts ?? { charts: document.querySelectorAll('figure.chart').length, live: 0, totalMs: 0 }",
      );
      const navigation = performance.now() - start;
      const timing = await page.evaluate<{ dom: number; load: number }>(
        "(() => { const [entry] = performance.getEntriesByType('navigation'); return { dom: entry.domContentLoadedEventEnd, load: entry.loadEventEnd }; })()",
      );
      out.push({
        page: path,
        html_kb: Math.round(statSync(join(report, path)).size / 1024),
        charts: result.charts,
        live: result.live,
        charts_ms: Math.round(result.totalMs),
        navigation_to_charts_ms: Math.round(navigation),
        dom_content_loaded_ms: Math.round(timing.dom),
        load_ms: Math.round(timing.load),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
