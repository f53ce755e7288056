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
import type { Diagnostic } from './diagnostics/types.js';
import type { Effects } from './ingest/effects.js';
import { ingest, type InputRecord } from './ingest/ingest.js';
import { parseDocument, type ParsedDocument } from './parse/parse-document.js';
import { documentRecord, taskRecords, type DocumentRecord, type TaskRecord } from './tables/records.js';

/** Everything `extract` produces: parsed documents, their tables and the run's accounting. */
export interface Extraction {
  readonly parsed: readonly ParsedDocument[];
  readonly documents: readonly DocumentRecord[];
  readonly tasks: readonly TaskRecord[];
  readonly inputs: readonly InputRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ExtractOptions {
  readonly relativeTo?: string;
  readonly onFile?: (done: number, total: number) => void;
  readonly maxBytes?: number;
}

/**
 * Run the extraction stages over files and folders.
 *
 * @example
 * const result = await extract(['seeds'], nodeEffects());
 * result.documents.map((row) => row.task_count) // → [46, 75, 80, 76, 69]
 */
export async function extract(paths: readonly string[], effects: Effects, options: ExtractOptions = {}): Promise<Extraction> {
  // 1. ingest: files → normalised documents (+ accounting of every input)
  const ingested = await ingest(paths, effects, options);
  // 2. parse: metadata, region and numbered tasks of each document
  const parsed = ingested.documents.map(parseDocument);
  // 3. tables: tidy records
  const documents = parsed.map(documentRecord);
  const tasks = parsed.flatMap(taskRecords);
  const diagnostics = [...ingested.diagnostics, ...parsed.flatMap((document) => document.diagnostics)];
  return { parsed, documents, tasks, inputs: ingested.inputs, diagnostics };
}

/** True when some input could not be read (CLI exit status 2). */
export function someInputFailed(extraction: Pick<Extraction, 'inputs'>): boolean {
  return extraction.inputs.some((input) => input.outcome === 'failed');
}
