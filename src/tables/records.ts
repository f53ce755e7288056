import type { ParsedDocument } from '../parse/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { InputRecord } from '../ingest/index.js';

/** Columns of the documents table, in order. */
export const DOCUMENT_COLUMNS = [
  'doc_id', 'source', 'title', 'genre', 'issuer', 'doc_number', 'issued_date', 'published_date', 'page_date', 'plan_year', 'plan_year_end',
  'region', 'region_code', 'region_level', 'parent_region', 'encoding', 'format', 'script', 'task_count', 'quantity_count',
  'tasks_shown', 'quantities_shown', 'dropped_lines', 'text_chars', 'text_bytes',
] as const;

/**
 * Columns of the tasks table, in order. A task's document (its `source`, `region`,
 * `region_code` …) is the row of `documents` with the same `doc_id`, not repeated on every task.
 */
export const TASK_COLUMNS = [
  'doc_id', 'section', 'task', 'task_title', 'text', 'lead_units', 'participating_units', 'start', 'end',
] as const;

/**
 * Columns of the quantities table: every recognised quantity, mapped to an indicator or not. Its
 * document is the row of `documents` with the same `doc_id` (as for tasks).
 */
export const QUANTITY_COLUMNS = [
  'doc_id', 'task', 'value', 'value_high', 'number', 'comparator', 'unit', 'unit_text',
  'dimension', 'base_unit', 'raw', 'clause', 'start', 'end',
] as const;

/** Columns of the observations table (the CLI's default). */
export const OBSERVATION_COLUMNS = [
  'doc_id', 'source', 'region', 'region_code', 'region_level', 'year', 'year_basis', 'period', 'section', 'task', 'task_title', 'lead_units',
  'participating_units', 'indicator', 'parts', 'kind', 'status', 'tier', 'comparator', 'value', 'value_high', 'unit', 'raw',
  'evidence', 'start', 'end',
] as const;

export type QuantityRecord = Record<(typeof QUANTITY_COLUMNS)[number], string | number | null>;

export const DIAGNOSTIC_COLUMNS = ['source', 'location', 'severity', 'code', 'message'] as const;
/** Columns of the run manifest (the inputs table): every path found, what became of it and why. */
export const INPUT_COLUMNS = ['source', 'outcome', 'doc_id', 'format', 'encoding', 'bytes', 'region', 'plan_year', 'tasks', 'observations', 'message'] as const;

/** One line of the run manifest: an input with its outcome and, when read, what came of it. */
export interface ManifestRecord extends InputRecord {
  readonly encoding: string;
  readonly region: string;
  readonly plan_year: number | null;
  readonly tasks: number | null;
  readonly observations: number | null;
}

export type DocumentRecord = Record<(typeof DOCUMENT_COLUMNS)[number], string | number | null>;
export type TaskRecord = Record<(typeof TASK_COLUMNS)[number], string | number | null>;

/** Units are listed in one cell joined by 、 as Chinese documents write them. */
export const UNIT_SEPARATOR = '、';

/**
 * One documents-table record per parsed document, given how many quantities were recognised in
 * it (`quantity_count`). `tasks_shown` and `quantities_shown` are the rows of the tasks and
 * quantities tables kept for it: the totals here; a run keeping the evidence only
 * (`src/report/source-text.ts`) lowers them as it writes the tables.
 *
 * @example
 * documentRecord(parsedTaierzhuang, 102)
 * // → { doc_id: '…', region: '台儿庄区', region_code: '370405', region_level: 'district', doc_number: '台政办字〔2023〕15号', plan_year: 2023, task_count: 46, quantity_count: 102, tasks_shown: 46, quantities_shown: 102, … }
 */
export function documentRecord(parsed: ParsedDocument, quantityCount = 0): DocumentRecord {
  const { document, metadata, region } = parsed;
  return {
    doc_id: document.docId,
    source: document.source,
    title: metadata.title,
    genre: parsed.frame.genre,
    issuer: metadata.issuer,
    doc_number: metadata.docNumber,
    issued_date: metadata.issuedDate,
    published_date: metadata.publishedDate,
    page_date: parsed.frame.pageDate,
    plan_year: metadata.planYear,
    plan_year_end: metadata.planYearEnd,
    region: region?.name ?? '',
    region_code: region?.code ?? '',
    region_level: region?.level ?? '',
    parent_region: region?.parent ?? '',
    encoding: document.encoding,
    format: document.format,
    script: document.script,
    task_count: parsed.structure.tasks.length,
    quantity_count: quantityCount,
    tasks_shown: parsed.structure.tasks.length,
    quantities_shown: quantityCount,
    // lines of page furniture and metadata tables the reading left out (0: the text is whole)
    dropped_lines: document.droppedLines,
    // the normalised text's size (characters as the offsets count them; UTF-8 bytes): what
    // `run` weighs against its source-text budget, and what a task page says it leaves out
    text_chars: document.text.length,
    text_bytes: Buffer.byteLength(document.text, 'utf8'),
  };
}

/** Tasks-table records of one parsed document, in document order. */
export function taskRecords(parsed: ParsedDocument): TaskRecord[] {
  return parsed.structure.tasks.map((task) => ({
    doc_id: parsed.document.docId,
    section: task.section,
    task: task.number,
    task_title: task.title,
    text: task.text,
    lead_units: task.leadUnits.join(UNIT_SEPARATOR),
    participating_units: task.participatingUnits.join(UNIT_SEPARATOR),
    start: task.start,
    end: task.end,
  }));
}

export type DiagnosticRecord = Diagnostic;
export type { InputRecord };
