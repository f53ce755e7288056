/**
 * `npm run bench`: the performance benchmark (issue "Performance at national scale").
 * Prints the figures, merges them into bench/results.json (sections not run are kept) and
 * rewrites the results table in bench/README.md.
 *
 *   npm run bench                                   # everything (a few minutes on 2 cores)
 *   npm run bench -- --sizes 30,300                 # smaller corpora
 *   npm run bench -- --sections extract,seeds       # some sections only
 *   BENCH_SECTIONS=recognisers npm run bench        # the same through the environment
 *
 * Sections:
 *   extract      synthetic corpora of N documents (bench/corpus.ts): `extract` in a fresh process —
 *                documents/s, MB/s, peak RSS, ratio to a read + one-regex floor; growth 300 → 3,000
 *   run          `regionbench run <corpus> --out <tmp> --regions <corpus regions>` (tables and report
 *                pages; synthetic population, area and GDP for every region) for N ≤ --run-max
 *   browser      the largest run's report in chromium: overview and the largest indicator page
 *   seeds        `regionbench run seeds`: wall time, peak RSS and a CPU profile (node --cpu-prof)
 *   profile      a CPU profile of `extract` on the largest corpus
 *   recognisers  the quantity recogniser side by side with Recognizers-Text (bench/recognisers.ts)
 *   pathological a 1 MB line, 100,000 digits, deeply nested HTML through the real stages (bench/pathological.ts)
 *   worst        the worst inputs of issue 18 (run-on line, large HTML, large catalogue) at three sizes each,
 *                time and peak memory in a fresh process (bench/worst-inputs.ts)
 *
 * Options: --run-max N (default 300), --keep (keep the temp folders), --top N (profile rows),
 * --repeats N (extractions per corpus and mode, default 3: the machine is shared, and one run
 * can be a fifth off; the median is reported with the range).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus, type Corpus } from './corpus.js';
import { largestIndicatorPage, measureExtract, measurePages, measureRun, profileRun, type PageTiming, type RunMeasurement } from './measure.js';
import { printProfile, summariseProfileFile, type ProfileSummary } from './profile.js';
import type { ExtractMeasurement } from './extract-child.js';
import { compareRecognisers, type RecogniserComparison } from './recognisers.js';
import { pathologicalCases, type PathologicalCase } from './pathological.js';
import { worstInputs, type WorstCase } from './worst-inputs.js';

const SECTIONS = ['extract', 'run', 'browser', 'seeds', 'profile', 'recognisers', 'pathological', 'worst'] as const;
type Section = (typeof SECTIONS)[number];
const RESULTS = 'bench/results.json';
const README = 'bench/README.md';

interface Options {
  readonly sizes: number[];
  readonly sections: Set<Section>;
  readonly runMax: number;
  readonly keep: boolean;
  readonly top: number;
  readonly repeats: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string, env: string, fallback: string): string => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? (argv[at + 1] as string) : (process.env[env] ?? fallback);
  };
  const sizes = value('sizes', 'BENCH_SIZES', '30,300,3000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
  const names = value('sections', 'BENCH_SECTIONS', SECTIONS.join(',')).split(',').map((name) => name.trim());
  for (const name of names) if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`unknown section ${name} (sections: ${SECTIONS.join(', ')})`);
  return {
    sizes,
    sections: new Set(names as Section[]),
    runMax: Number(value('run-max', 'BENCH_RUN_MAX', '300')),
    keep: argv.includes('--keep'),
    top: Number(value('top', 'BENCH_TOP', '15')),
    repeats: Math.max(1, Number(value('repeats', 'BENCH_REPEATS', '3'))),
  };
}

interface ExtractSize {
  readonly documents: number;
  readonly mb: number;
  /** Median of the repeats, default options (threads from 400 files on). */
  readonly extract_s: number;
  /** Every repeat, in seconds. */
  readonly extract_runs_s: number[];
  /** The same extraction in the main thread alone (`workers: 0`): median, and every repeat. */
  readonly one_thread_s: number;
  readonly one_thread_runs_s: number[];
  /** CPU seconds of all threads in the default (threaded) extraction. */
  readonly cpu_s: number;
  readonly documents_per_s: number;
  readonly mb_per_s: number;
  /** Median floor (read synchronously, decode, one regex) over the repeats. */
  readonly floor_ms: number;
  /** One-thread extraction over the floor (medians). */
  readonly ratio_to_floor: number;
  /** Default extraction over the floor (medians). */
  readonly ratio_to_floor_default: number;
  /**
   * Each default run over the floor measured in its own process just before it: the spread a
   * reader should expect (the machine's speed drifts between runs, and the floor with it).
   */
  readonly ratio_to_floor_runs?: number[];
  readonly peak_rss_mb: number;
  readonly baseline_rss_mb: number;
  readonly tasks: number;
  readonly quantities: number;
  readonly observations: number;
  readonly regions_resolved: number;
}

interface Results {
  machine?: Record<string, unknown>;
  extract?: { sizes: Record<string, ExtractSize>; growth_3000_over_300: number | null; corpus: Record<string, unknown> };
  run?: { sizes: Record<string, RunMeasurement>; not_run: string };
  browser?: { report_documents: number; pages: PageTiming[] };
  seeds?: { run: RunMeasurement; walls_s: number[]; profile: ProfileSummary & { wall_s: number } };
  profile?: { documents: number; extract_s: number; summary: ProfileSummary };
  recognisers?: RecogniserComparison;
  pathological?: PathologicalCase[];
  worst?: { machine: Record<string, unknown>; cases: WorstCase[] };
  targets?: Target[];
}

interface Target {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

function machine(): Record<string, unknown> {
  return {
    nproc: cpus().length,
    cpu_model: cpus()[0]?.model ?? '',
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load_average_at_start: loadavg().map((load) => round(load, 2)),
    date: new Date().toISOString().slice(0, 10),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The measurement whose value is the median (the lower middle one of an even count). */
function medianBy<T>(items: readonly T[], value: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[(sorted.length - 1) >> 1] as T;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function evaluate(results: Results): Target[] {
  const targets: Target[] = [];
  const add = (target: string, measured: string | null, met: boolean | null): void => { targets.push({ target, measured: measured ?? 'not measured', met: measured === null ? null : met }); };
  const sizes = results.extract?.sizes ?? {};
  const big = sizes['3000'];
  add('3,000 documents → observations in under 10 s', big ? `${big.extract_s} s (median; runs ${(big.extract_runs_s ?? []).join(', ')} s)` : null, big ? big.extract_s < 10 : null);
  const growth = results.extract?.growth_3000_over_300 ?? null;
  add('3,000 documents take no more than 12× the time of 300', growth === null ? null : `${growth}×`, growth === null ? null : growth <= 12);
  const largest = Object.values(sizes).sort((a, b) => b.documents - a.documents)[0];
  // met only when the medians' ratio and the median of the runs' own ratios both are: the two
  // disagree when the machine's speed drifts between the floor and the extraction
  const runRatios = largest?.ratio_to_floor_runs ?? [];
  const runMedian = runRatios.length > 0 ? median(runRatios) : null;
  add(
    'extraction no slower than 10× the read + regex floor',
    largest ? `${largest.ratio_to_floor_default ?? '?'}× as run (N=${largest.documents}; each run over its own floor: ${runRatios.join(', ') || '—'}${runMedian === null ? '' : `, median ${runMedian}×`}), ${largest.ratio_to_floor}× in one thread` : null,
    largest ? largest.ratio_to_floor_default <= 10 && (runMedian === null || runMedian <= 10) : null,
  );
  const rec = results.recognisers;
  add('recogniser ≥ 20× faster than Recognizers-Text, at least as many correct', rec ? `${rec.speedup}×, ${rec.regionbench.correct} vs ${rec.recognizers_text.correct} of ${rec.expected_figures}` : null,
    rec ? rec.speedup >= 20 && rec.regionbench.correct >= rec.recognizers_text.correct : null);
  const seeds = results.seeds?.run;
  add('`regionbench run` on the seeds under 2 s', seeds ? `${seeds.wall_s} s` : null, seeds ? seeds.wall_s < 2 : null);
  const run300 = results.run?.sizes['300'];
  add('`regionbench run` on 300 documents under 30 s', run300 ? `${run300.wall_s} s` : null, run300 ? run300.wall_s < 30 : null);
  const pages = results.browser?.pages ?? [];
  const slowest = [...pages].sort((a, b) => b.navigation_to_charts_ms - a.navigation_to_charts_ms)[0];
  add('charts render in the browser in under 2 s', slowest ? `${round(slowest.navigation_to_charts_ms / 1000, 2)} s (${slowest.page}, ${results.browser?.report_documents} documents)` : null,
    slowest ? slowest.navigation_to_charts_ms < 2000 : null);
  add('peak memory under 1.5 GB at 3,000 documents', big ? `${big.peak_rss_mb} MB (extract)` : null, big ? big.peak_rss_mb < 1536 : null);
  return targets;
}

function markdown(results: Results): string {
  const lines: string[] = [];
  const m = results.machine ?? {};
  lines.push(`Machine: ${String(m.nproc)} cores (\`nproc\`), ${String(m.cpu_model)}, ${String(m.memory_gib)} GiB, Node ${String(m.node)}; load average at start ${JSON.stringify(m.load_average_at_start)}; ${String(m.date)}.`, '');
  const extracted = results.extract?.sizes ?? {};
  const ran = results.run?.sizes ?? {};
  const sizes = [...new Set([...Object.keys(extracted), ...Object.keys(ran)])].sort((a, b) => Number(a) - Number(b));
  if (sizes.length > 0) {
    lines.push('| documents | MB | extract (s) | 1 thread (s) | CPU (s) | documents/s | MB/s | floor (ms) | × floor | × floor (1 thread) | peak RSS (MB) | observations | regions resolved | `run` wall (s) | `run` peak RSS (MB) | report (MB, pages) |');
    lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const n of sizes) {
      const size = extracted[n];
      const run = ran[n];
      const cells = size
        ? [size.mb, size.extract_s, size.one_thread_s ?? '—', size.cpu_s ?? '—', size.documents_per_s, size.mb_per_s, size.floor_ms, size.ratio_to_floor_default ?? '—', size.ratio_to_floor, size.peak_rss_mb, size.observations, size.regions_resolved]
        : Array.from({ length: 12 }, () => '—');
      const runCells = run ? [run.wall_s, run.peak_rss_mb ?? '—', `${run.output_mb}, ${run.html_pages}`] : ['—', '—', '—'];
      lines.push(`| ${n} | ${[...cells, ...runCells].join(' | ')} |`);
    }
    lines.push('');
    if (results.run?.not_run) lines.push(`${results.run.not_run}`, '');
  }
  if (results.seeds) lines.push(`\`regionbench run seeds\`: ${results.seeds.run.wall_s} s wall (faster of ${results.seeds.walls_s?.join(' s and ') ?? '?'} s), peak RSS ${results.seeds.run.peak_rss_mb ?? '—'} MB.`, '');
  for (const page of results.browser?.pages ?? []) {
    lines.push(`Browser (${results.browser?.report_documents} documents), \`${page.page}\` (${page.html_kb} KB, charts: ${page.charts}): charts rendered ${page.navigation_to_charts_ms} ms after navigation (DOMContentLoaded ${page.dom_content_loaded_ms} ms, load ${page.load_ms} ms; ${page.charts_ms} ms from the report script's start).`, '');
  }
  const profiles: [string, ProfileSummary | undefined][] = [
    [`\`regionbench run seeds\` (${results.seeds?.profile.wall_s ?? '?'} s with the profiler)`, results.seeds?.profile],
    [`\`extract\` on ${results.profile?.documents ?? '?'} documents (${results.profile?.extract_s ?? '?'} s with the profiler)`, results.profile?.summary],
  ];
  for (const [title, summary] of profiles) {
    if (summary === undefined) continue;
    const top = (rows: readonly { name: string; ms: number; percent: number }[]): string => rows.slice(0, 8).map((row) => `${row.name.replace(/ \(.*\)$/, '')} ${row.percent} %`).join(', ');
    lines.push(`Profile of ${title}, ${summary.total_ms} ms sampled. Self time: ${top(summary.functions)}. By package: ${top(summary.packages)}. Total time of regionbench functions: ${top(summary.inclusive)}.`, '');
  }
  if (results.worst) {
    const at = results.worst.machine;
    lines.push(`Worst inputs of issue 18, each in a fresh process (time includes loading a catalogue; peak RSS of the whole process); ${String(at.cpu_model)}, load average at start ${JSON.stringify(at.load_average_at_start)}, ${String(at.date)}:`, '');
    lines.push('| input | size | time (ms) | peak RSS (MB) | output (MB) | observations | growth: size × → time ×, memory above baseline × |', '|---|---:|---:|---:|---:|---:|---|');
    for (const worst of results.worst.cases) {
      worst.sizes.forEach(({ size, measured }, index) => {
        const growth = index === worst.sizes.length - 1 ? `${worst.size_ratio}× → ${worst.time_ratio}×, ${worst.memory_ratio}×` : '';
        lines.push(`| ${worst.case} | ${size} ${worst.unit} | ${measured.ms} | ${measured.peak_rss_mb} | ${measured.output_mb} | ${measured.observations} | ${growth} |`);
      });
    }
    lines.push('');
  }
  if (results.targets) {
    lines.push('| target | measured | |', '|---|---|---|');
    for (const target of results.targets) lines.push(`| ${target.target} | ${target.measured} | ${target.met === null ? '—' : target.met ? 'met' : '**missed**'} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function writeReadme(results: Results): void {
  const open = '<!-- bench:results -->';
  const close = '<!-- /bench:results -->';
  const block = `${open}\n${markdown(results)}\n${close}`;
  const text = existsSync(README) ? readFileSync(README, 'utf8') : `# bench\n\n${open}\n${close}\n`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  writeFileSync(README, start >= 0 && end > start ? `${text.slice(0, start)}${block}${text.slice(end + close.length)}` : `${text.trimEnd()}\n\n${block}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results) : {};
  const results: Results = { ...previous, machine: machine() };
  const root = mkdtempSync(join(tmpdir(), 'regionbench-bench-'));
  const corpora = new Map<number, Corpus>();
  const corpus = async (n: number): Promise<Corpus> => {
    const known = corpora.get(n);
    if (known) return known;
    const start = performance.now();
    const made = await generateCorpus(n, join(root, `corpus-${n}`));
    log(`corpus of ${n} documents: ${round(made.bytes / 1e6)} MB in ${Math.round(performance.now() - start)} ms`);
    corpora.set(n, made);
    return made;
  };
  const { sections, sizes } = options;
  try {
    if (sections.has('extract')) {
      const out: Record<string, ExtractSize> = {};
      for (const n of sizes) {
        const made = await corpus(n);
        log(`extract: ${n} documents, by default and in one thread, in turn…`);
        // in turn, so a stretch when the machine runs slower falls on both kinds of run
        const runs: ExtractMeasurement[] = [];
        const singles: ExtractMeasurement[] = [];
        for (let repeat = 0; repeat < options.repeats; repeat++) {
          runs.push(measureExtract(made.folder));
          singles.push(measureExtract(made.folder, { workers: 0 }));
        }
        const m = medianBy(runs, (run) => run.extract_ms);
        const single = medianBy(singles, (run) => run.extract_ms);
        const floorMs = median([...runs, ...singles].map((run) => run.floor_ms));
        const seconds = m.extract_ms / 1000;
        out[String(n)] = {
          documents: m.documents,
          mb: round(m.bytes / 1e6, 2),
          extract_s: round(seconds, 2),
          extract_runs_s: runs.map((run) => round(run.extract_ms / 1000, 2)),
          one_thread_s: round(single.extract_ms / 1000, 2),
          one_thread_runs_s: singles.map((run) => round(run.extract_ms / 1000, 2)),
          cpu_s: round(m.cpu_ms / 1000, 2),
          documents_per_s: round(m.documents / seconds),
          mb_per_s: round(m.bytes / 1e6 / seconds, 2),
          floor_ms: round(floorMs),
          // per core: the one-thread time over the (one-thread) floor; and as a user runs it
          ratio_to_floor: round(single.extract_ms / floorMs),
          ratio_to_floor_default: round(m.extract_ms / floorMs),
          ratio_to_floor_runs: runs.map((run) => round(run.extract_ms / run.floor_ms)),
          peak_rss_mb: Math.max(...runs.map((run) => run.peak_rss_mb)),
          baseline_rss_mb: m.baseline_rss_mb,
          tasks: m.tasks,
          quantities: m.quantities,
          observations: m.observations,
          regions_resolved: m.regions_resolved,
        };
        log(`extract: ${JSON.stringify(out[String(n)])}`);
      }
      const a = out['300'];
      const b = out['3000'];
      results.extract = {
        sizes: out,
        growth_3000_over_300: a && b ? round(b.extract_s / a.extract_s, 2) : null,
        corpus: { generator: 'bench/corpus.ts', seed: 2023, tasks_per_document: '40–80', units: 'MB = 10^6 bytes of UTF-8 text' },
      };
    }
    let report: { folder: string; documents: number } | null = null;
    if (sections.has('run') || sections.has('browser')) {
      const runSizes = sections.has('run') ? sizes.filter((n) => n <= options.runMax) : [Math.min(options.runMax, 300)];
      const out: Record<string, RunMeasurement> = {};
      for (const n of runSizes) {
        const made = await corpus(n);
        const folder = join(root, `report-${n}`);
        log(`run: ${n} documents…`);
        out[String(n)] = measureRun([made.folder], folder, { timeoutMs: 900_000, regions: made.regions });
        log(`run: ${JSON.stringify(out[String(n)])}`);
        report = { folder: join(folder, '2023'), documents: n };
      }
      const skipped = sizes.filter((n) => n > options.runMax);
      if (sections.has('run')) {
        const largest = out[String(Math.max(...runSizes))];
        results.run = {
          sizes: out,
          not_run: skipped.length === 0 ? '' : `\`regionbench run\` not run on ${skipped.join(', ')} documents (over --run-max ${options.runMax}): at ${Math.max(...runSizes)} documents it took ${largest?.wall_s ?? '?'} s and ${largest?.peak_rss_mb ?? '?'} MB peak RSS, ${largest?.output_mb ?? '?'} MB written (pass --run-max 3000 to measure 3,000).`,
        };
      }
    }
    if (sections.has('browser') && report !== null) {
      const pages = ['index.html', largestIndicatorPage(report.folder)];
      log(`browser: ${pages.join(', ')} of the ${report.documents}-document report…`);
      results.browser = { report_documents: report.documents, pages: await measurePages(report.folder, pages) };
      log(`browser: ${JSON.stringify(results.browser.pages)}`);
    }
    if (sections.has('seeds')) {
      log('seeds: regionbench run seeds (twice, the faster counts)…');
      const runs = [measureRun(['seeds'], join(root, 'seeds-report-1')), measureRun(['seeds'], join(root, 'seeds-report-2'))];
      const run = [...runs].sort((a, b) => a.wall_s - b.wall_s)[0] as RunMeasurement;
      log(`seeds: ${JSON.stringify(run)} (walls ${runs.map((one) => one.wall_s).join(', ')} s); profiling…`);
      const profile = profileRun(['seeds'], join(root, 'seeds-report-profiled'), { top: options.top });
      results.seeds = { run, walls_s: runs.map((one) => one.wall_s), profile };
      printProfile(`profile of regionbench run seeds (${profile.wall_s} s wall with the profiler)`, profile);
    }
    if (sections.has('profile')) {
      const n = Math.max(...sizes);
      const made = await corpus(n);
      const file = join(root, `extract-${n}.cpuprofile`);
      log(`profile: extract on ${n} documents…`);
      const m = measureExtract(made.folder, { profile: file, workers: 0 });
      const summary = summariseProfileFile(file, options.top);
      results.profile = { documents: n, extract_s: round(m.extract_ms / 1000, 2), summary };
      printProfile(`profile of extract on ${n} documents (${results.profile.extract_s} s with the profiler)`, summary);
    }
    if (sections.has('pathological')) {
      log('pathological: 1 MB line, 100,000 digits, deeply nested HTML…');
      results.pathological = await pathologicalCases();
    }
    if (sections.has('worst')) {
      log('worst: run-on line, large HTML, large catalogue at three sizes…');
      results.worst = { machine: machine(), cases: worstInputs(join(root, 'worst'), log) };
    }
    if (sections.has('recognisers')) {
      log('recognisers: regionbench vs Recognizers-Text…');
      results.recognisers = compareRecognisers();
    }
  } finally {
    if (options.keep) log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
  results.targets = evaluate(results);
  const { machine: info, extract, run, browser, seeds, recognisers, targets } = results;
  console.log(JSON.stringify({ machine: info, extract, run, browser, seeds: seeds?.run, recognisers }, null, 2));
  console.log(`\n${markdown(results)}`);
  // sections this file does not know (written by other bench scripts) are kept as they were
  const known = new Set(['machine', 'extract', 'run', 'browser', 'seeds', 'profile', 'recognisers', 'pathological', 'worst', 'targets']);
  const others = Object.fromEntries(Object.entries(previous).filter(([key]) => !known.has(key)));
  const ordered: Results = { machine: info, extract, run, browser, seeds, profile: results.profile, recognisers, pathological: results.pathological, worst: results.worst, ...others, targets };
  writeFileSync(RESULTS, `${JSON.stringify(ordered, null, 2)}\n`);
  writeReadme(ordered);
  if (targets) for (const target of targets) log(`${target.met === null ? 'n/a   ' : target.met ? 'met   ' : 'MISSED'} ${target.target}: ${target.measured}`);
}

await main();
