/**
 * The regionbench pipeline, one stage per folder, data flowing left to right:
 *
 *   paths ──▶ ingest ──▶ parse ──▶ quantities ──▶ indicators ──▶ tables ──▶ compare ──▶ report
 *   (files)   (text)     (metadata,  (numbers      (observations  (tidy       (rankings)  (pages)
 *                         tasks)      with spans)   per indicator) records)
 *
 * Ingest reads through `Effects`; every later stage is a pure function. Problems in the data
 * become diagnostics and never stop the run; every input is accounted for in `inputs`.
 */
import { DEFAULT_CATALOGUE, type Catalogue } from './catalogue/catalogue.js';
import type { IndicatorDef } from './catalogue/schema.js';
import type { Diagnostic } from './diagnostics/types.js';
import type { Effects } from './ingest/effects.js';
import { ingestWith, readAndKey, type AnalysisPlan, type FileAnalysis, type InputRecord } from './ingest/ingest.js';
import type { DocumentFormat } from './ingest/read-document.js';
import { NotStarted, startPool, threadsFor, workerEntry } from './workers/pool.js';
import { unpack, type Packed } from './workers/pack.js';
import { originalSpan } from './ingest/mapped-text.js';
import { documentUnits, observeDocument, type DocumentUnit } from './indicators/observe-document.js';
import { boundedEvidence, clausesOf, sentencesOf, spanAt, type Span } from './indicators/text-windows.js';
import type { Observation } from './indicators/types.js';
import { parseDocument, type ParsedDocument } from './parse/parse-document.js';
import { recogniseQuantities } from './quantities/recognise.js';
import type { Quantity } from './quantities/types.js';
import { documentRecord, taskRecords, type DocumentRecord, type ManifestRecord, type QuantityRecord, type TaskRecord } from './tables/records.js';
import { conflictingFigures } from './indicators/conflicts.js';

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

/**
 * From this many files on, `extract` uses worker threads unless told otherwise. A thread loads
 * the stages and warms up its own compiler (its first hundred notices take about a second and a
 * half), and on this two-core machine each thread runs slower while the other is busy too: the
 * main thread with one worker took 3.4–3.7 s for 1,000 notices against 3.0–3.7 s alone, and
 * 7.2–7.7 s for 3,000 against 8.5–9.8 s (medians of bench runs, session 5).
 */
export const PARALLEL_FROM = 1000;

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
  const quantities = units.flatMap((unit) => quantityRecords(parsed, unit, found.get(unit) ?? []));
  // 4. indicators: quantities mapped to catalogue indicators with target semantics
  const observations = observeDocument(parsed, units, (unit) => found.get(unit) ?? [], catalogue);
  // 5. tables: tidy records
  const value = { parsed, diagnostics: parsed.diagnostics, document: documentRecord(parsed), tasks: taskRecords(parsed), quantities, observations };
  return { ok: true, docId: read.docId, textKey: read.textKey, encodingNote: read.encodingNote, value };
}

/** What a worker of `extract` is started with: the catalogue's indicators, or null for the built-in one. */
export interface ExtractWorkerData {
  readonly indicators: readonly IndicatorDef[] | null;
  /** Whether answers carry the parsed document. */
  readonly keepParsed: boolean;
}

/** A worker's answer: one document's extraction, packed (see `workers/pack.ts`) unless the parsed document comes with it. */
export type ExtractAnswer = DocumentExtraction | { readonly packed: Packed };

/** A request to a worker of `extract`: one file's bytes (a copy: the main thread keeps them). */
export interface ExtractRequest {
  readonly source: string;
  readonly format: DocumentFormat;
  readonly bytes: Uint8Array;
}

function analysisPlan(files: number, catalogue: Catalogue, workers: number | undefined, keepParsed: boolean): AnalysisPlan<DocumentExtraction> {
  const here = async (source: string, format: DocumentFormat, bytes: Uint8Array): Promise<FileAnalysis<DocumentExtraction>> => {
    const analysis = await analyseFile(source, format, bytes, catalogue);
    // a parsed document nobody asked for is let go at once
    return analysis.ok && !keepParsed ? { ...analysis, value: { ...analysis.value, parsed: null } } : analysis;
  };
  // the main thread analyses too, so one core gains nothing from a thread beside it
  const cores = threadsFor(8);
  const threads = workers ?? (files >= PARALLEL_FROM && cores > 1 ? cores - 1 : 0);
  if (threads <= 0 || files === 0) return { analyse: here, concurrency: 1 };
  const data: ExtractWorkerData = { indicators: catalogue === DEFAULT_CATALOGUE ? null : catalogue.indicators, keepParsed };
  const pool = startPool<ExtractRequest, FileAnalysis<ExtractAnswer>>(workerEntry(import.meta.url, './workers/extract-worker'), Math.min(threads, files), data);
  const there = async (source: string, format: DocumentFormat, bytes: Uint8Array): Promise<FileAnalysis<DocumentExtraction>> => {
    // the bytes are copied, not moved: a file the thread never started (it died at work on an
    // earlier one) is analysed here instead of failing with it
    let answer: FileAnalysis<ExtractAnswer>;
    try {
      answer = await pool.run({ source, format, bytes });
    } catch (error) {
      if (error instanceof NotStarted) return here(source, format, bytes);
      throw error;
    }
    return answer.ok && 'packed' in answer.value ? { ...answer, value: unpack<DocumentExtraction>(answer.value.packed) } : answer as FileAnalysis<DocumentExtraction>;
  };
  return {
    // each file goes to a thread with room for it, else the main thread analyses it itself;
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

/**
 * Run the extraction stages over files and folders.
 *
 * @example
 * const result = await extract(['seeds'], nodeEffects());
 * result.documents.map((row) => row.task_count) // → [46, 75, 80, 76, 69]
 */
export async function extract(paths: readonly string[], effects: Effects, options: ExtractOptions = {}): Promise<Extraction> {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  // 1–5 per file (ingest, parse, quantities, indicators, records), in worker threads for many
  // files; results come back in file order, duplicates and failures accounted for
  const ingested = await ingestWith(paths, effects, (files) => analysisPlan(files, catalogue, options.workers, options.keepParsed === true), options);
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

function quantityRecords(parsed: ParsedDocument, unit: DocumentUnit, quantities: readonly Quantity[]): QuantityRecord[] {
  const { document, region } = parsed;
  const sentences = sentencesOf(unit.text);
  // a quantity's sentence is bounded like evidence (a run-on line is not repeated per figure);
  // the clauses of one sentence are found once for all its quantities
  let clauses: { sentence: Span; spans: readonly Span[] } | null = null;
  return quantities.map((quantity) => {
    const whole = spanAt(sentences, quantity.start);
    if (whole && clauses?.sentence !== whole) clauses = { sentence: whole, spans: clausesOf(unit.text, whole) };
    const sentence = whole && clauses ? boundedEvidence(unit.text, clauses.spans, whole, quantity) : undefined;
    return {
      doc_id: document.docId,
      source: document.source,
      region: region?.name ?? '',
      region_code: region?.code ?? '',
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
      sentence: sentence ? originalSpan(document.original, document, unit.offset + sentence.start, unit.offset + sentence.end) : '',
      start: unit.offset + quantity.start,
      end: unit.offset + quantity.end,
    };
  });
}

/** True when some input could not be read (CLI exit status 2). */
export function someInputFailed(extraction: Pick<Extraction, 'inputs'>): boolean {
  return extraction.inputs.some((input) => input.outcome === 'failed');
}
