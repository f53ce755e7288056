/**
 * regionbench library API. Stages in data-flow order; each is usable on its own.
 */
export { extract, someInputFailed, type Extraction, type ExtractOptions } from './pipeline.js';
export { ingest, readDocument, normaliseText, originalSpan, nodeEffects, decodeText, htmlToText, docxToText, pdfToText } from './ingest/index.js';
export type { Effects, IngestedDocument, IngestResult, InputRecord, DocumentFormat, EncodingName, Script } from './ingest/index.js';
export { parseDocument, parseStructure, readMetadata, splitUnits, resolveIssuerRegion } from './parse/index.js';
export type { ParsedDocument, Task, Section, DocumentMetadata, RegionResolution } from './parse/index.js';
export { DIVISIONS, DIVISIONS_BY_NAME, type Division, type RegionLevel } from './catalogue/divisions.js';
export { formatRows, neutraliseFormula, TABLE_FORMATS, type TableFormat } from './tables/format.js';
export { documentRecord, taskRecords, DOCUMENT_COLUMNS, TASK_COLUMNS, type DocumentRecord, type TaskRecord } from './tables/records.js';
export type { Diagnostic, Severity } from './diagnostics/types.js';
