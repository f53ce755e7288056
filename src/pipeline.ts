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
import type { Diagnostic } from './diagnostics/types.js';
import type { Effects } from './ingest/effects.js';
import { ingest, type InputRecord } from './ingest/ingest.js';
import { originalSpan } from './ingest/mapped-text.js';
import { documentUnits, observeDocument, type DocumentUnit } from './indicators/observe-document.js';
import { sentencesOf, spanAt } from './indicators/text-windows.js';
import type { Observation } from './indicators/types.js';
import { parseDocument, type ParsedDocument } from './parse/parse-document.js';
import { recogniseQuantities } from './quantities/recognise.js';
import type { Quantity } from './quantities/types.js';
import { documentRecord, taskRecords, type DocumentRecord, type ManifestRecord, type QuantityRecord, type TaskRecord } from './tables/records.js';
import { conflictingFigures } from './indicators/conflicts.js';

/** Everything `extract` produces: parsed documents, their tables and the run's accounting. */
export interface Extraction {
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
  // 1. ingest: files → normalised documents (+ accounting of every input)
  const ingested = await ingest(paths, effects, options);
  // 2. parse: metadata, region and numbered tasks of each document
  const parsed = ingested.documents.map(parseDocument);
  const quantities: QuantityRecord[] = [];
  const observations: Observation[] = [];
  for (const document of parsed) {
    // 3. quantities: every number with its unit, bound and span, per task (or paragraph)
    const units = documentUnits(document);
    const found = new Map<DocumentUnit, Quantity[]>(units.map((unit) => [unit, recogniseQuantities(unit.text)]));
    for (const unit of units) quantities.push(...quantityRecords(document, unit, found.get(unit) ?? []));
    // 4. indicators: quantities mapped to catalogue indicators with target semantics
    observations.push(...observeDocument(document, units, (unit) => found.get(unit) ?? [], catalogue));
  }
  // 5. tables: tidy records
  const documents = parsed.map(documentRecord);
  const tasks = parsed.flatMap(taskRecords);
  const diagnostics = [...ingested.diagnostics, ...parsed.flatMap((document) => document.diagnostics), ...conflictingFigures(observations, documents)];
  // 6. manifest: every input with what came of it
  const inputs = manifest(ingested.inputs, documents, observations);
  return { parsed, documents, tasks, quantities, observations, inputs, diagnostics };
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
  return quantities.map((quantity) => {
    const sentence = spanAt(sentences, quantity.start);
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
