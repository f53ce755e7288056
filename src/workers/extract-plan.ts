/**
 * The scheduler of `extract`: how the files of one run are shared between the main thread and
 * worker threads. Each file goes to a thread with room for it, else the main thread analyses it
 * itself; the answers come back packed (`pack.ts`) and are unpacked here.
 *
 * Measured gain (bench, session 5, medians on this two-core machine): 3,000 notices in
 * 7.2–7.7 s with one worker beside the main thread against 8.5–9.8 s alone; below
 * `PARALLEL_FROM` files the threads' start-up costs more than they save. Shown by
 * `npm run bench -- --sections extract --repeats 3` (the bench alternates `--workers 0` and the default).
 */
import { DEFAULT_CATALOGUE, type Catalogue } from '../catalogue/index.js';
import type { IndicatorDef, WordLists } from '../catalogue/index.js';
import type { AnalysisPlan, FileAnalysis } from '../ingest/index.js';
import type { DocumentFormat } from '../ingest/index.js';
import { unpack, type Packed } from './pack.js';
import { NotStarted, startPool, threadsFor, workerEntry } from './pool.js';

/**
 * From this many files on, `extract` uses worker threads unless told otherwise. A thread loads
 * the stages and warms up its own compiler (its first hundred notices take about a second and a
 * half), and on this two-core machine each thread runs slower while the other is busy too: the
 * main thread with one worker took 3.4–3.7 s for 1,000 notices against 3.0–3.7 s alone, and
 * 7.2–7.7 s for 3,000 against 8.5–9.8 s (medians of bench runs, session 5).
 */
export const PARALLEL_FROM = 1000;

/** What a worker of `extract` is started with: the catalogue's indicators and words, or null for the built-in one. */
export interface ExtractWorkerData {
  readonly indicators: readonly IndicatorDef[] | null;
  readonly words: WordLists | null;
  /** Whether answers carry the parsed document. */
  readonly keepParsed: boolean;
}

/** A request to a worker of `extract`: one file's bytes (a copy: the main thread keeps them). */
export interface ExtractRequest {
  readonly source: string;
  readonly format: DocumentFormat;
  readonly bytes: Uint8Array;
}

/** One file's analysis, as the main thread runs it (`analyseFile` of the pipeline with the run's catalogue). */
export type AnalyseHere<T> = (source: string, format: DocumentFormat, bytes: Uint8Array) => Promise<FileAnalysis<T>>;

/** What `extractPlan` needs: the run's size and options, and the analysis to run in the main thread. */
export interface ExtractPlanOptions<T> {
  readonly files: number;
  readonly catalogue: Catalogue;
  /** Threads asked for (undefined: the default, see `PARALLEL_FROM`). */
  readonly workers: number | undefined;
  readonly keepParsed: boolean;
  readonly here: AnalyseHere<T>;
}

/**
 * How ingest analyses the files of one run: in the main thread alone (`concurrency` 1), or
 * shared with a pool of worker threads running `src/extract-worker.ts` (an entry beside the pipeline, whose `analyseFile` it runs). A worker's packed answer
 * is unpacked; a file a thread never started (it died at work on an earlier one) is analysed
 * here instead of failing with it. The result is the same either way.
 *
 * @example
 * extractPlan({ files: 5, catalogue: DEFAULT_CATALOGUE, workers: undefined, keepParsed: false, here }).concurrency // → 1
 */
export function extractPlan<T>(options: ExtractPlanOptions<T>): AnalysisPlan<T> {
  const { files, catalogue, workers, keepParsed, here } = options;
  // the main thread analyses too, so one core gains nothing from a thread beside it
  const cores = threadsFor(8);
  const threads = workers ?? (files >= PARALLEL_FROM && cores > 1 ? cores - 1 : 0);
  if (threads <= 0 || files === 0) return { analyse: here, concurrency: 1 };
  const builtIn = catalogue === DEFAULT_CATALOGUE;
  const data: ExtractWorkerData = { indicators: builtIn ? null : catalogue.indicators, words: builtIn ? null : catalogue.words, keepParsed };
  const pool = startPool<ExtractRequest, FileAnalysis<T | { readonly packed: Packed }>>(workerEntry(import.meta.url, '../extract-worker'), Math.min(threads, files), data);
  const there = async (source: string, format: DocumentFormat, bytes: Uint8Array): Promise<FileAnalysis<T>> => {
    // the bytes are copied, not moved: a file the thread never started is analysed here
    let answer: FileAnalysis<T | { readonly packed: Packed }>;
    try {
      answer = await pool.run({ source, format, bytes });
    } catch (error) {
      if (error instanceof NotStarted) return here(source, format, bytes);
      throw error;
    }
    return answer.ok && isPacked(answer.value) ? { ...answer, value: unpack<T>(answer.value.packed) } : answer as FileAnalysis<T>;
  };
  return {
    // answers are taken in first, so a thread that finished gets the next file
    analyse: (source, format, bytes) => {
      pool.poll();
      return pool.hasRoom() ? there(source, format, bytes) : here(source, format, bytes);
    },
    // enough files in analysis that the main thread rarely waits for a thread's answer
    concurrency: (pool.size + 1) * 4,
    // threads the caller asked for are waited for, so they take their share of even a few
    // files; by default the main thread starts at once and the threads join when ready
    start: workers === undefined ? undefined : () => pool.ready(),
    finish: () => pool.close(),
  };
}

function isPacked(value: unknown): value is { readonly packed: Packed } {
  return typeof value === 'object' && value !== null && 'packed' in value;
}
