/**
 * regionbench library API. Stages in data-flow order; each is usable on its own.
 */
export {
  compareAll, extract, run, someInputFailed, writeRun, type Extraction, type ExtractOptions, type RunOptions, type RunOutput, type RunReportOptions, type RunResult,
} from './pipeline.js';
export {
  checkJob, compareJob, downloadJob, evalJob, extractJob, importJob, runJob, templateJob, trackJob, type JobContext, type JobResult,
} from './jobs.js';
export { ConfigError, DataError, EXIT, RegionbenchError, UsageError } from './errors.js';
export { MESSAGES, say, summaryLine } from './messages.js';
export { ingest, readDocument, normaliseText, originalSpan, nodeEffects, decodeText, htmlToText, docxToText, pdfToText } from './ingest/index.js';
export type { Effects, IngestedDocument, IngestResult, InputRecord, DocumentFormat, EncodingName, Script } from './ingest/index.js';
export { parseDocument, parseStructure, readMetadata, splitUnits, resolveIssuerRegion } from './parse/index.js';
export type { ParsedDocument, Task, Section, DocumentMetadata, RegionResolution } from './parse/index.js';
export { DIVISIONS, DIVISIONS_BY_NAME, type Division, type RegionLevel } from './catalogue/divisions.js';
export { formatRows, neutraliseFormula, TABLE_FORMATS, type TableFormat } from './tables/format.js';
export {
  documentRecord, taskRecords, DOCUMENT_COLUMNS, TASK_COLUMNS, QUANTITY_COLUMNS, OBSERVATION_COLUMNS, INPUT_COLUMNS, DIAGNOSTIC_COLUMNS,
  type DocumentRecord, type TaskRecord, type QuantityRecord,
} from './tables/records.js';
export { arrowOf } from './tables/arrow.js';
export {
  csvOf, exportTable, extractionTables, isBinaryFormat, jsonOf, labelledRecords, tableOf, typedRows, workbookOf,
  BINARY_FORMATS, EXPORT_FORMATS, type ExportFormat, type Table, type WorkbookOptionsInput,
} from './tables/export.js';
export { columnHeader, columnLabel, COLUMN_LABELS, type ColumnLabel, type ColumnType, type HeaderLanguage } from './tables/labels.js';
export { tableForFormat, withChineseColumns, withLevelCodes } from './tables/chinese-columns.js';
export { CODE_NAMES, codeName, levelCode, type CodeVocabulary } from './catalogue/code-names.js';
export {
  compareIndicator, compositeIndex, peerGap, rankRobustness, COMPARISON_COLUMNS, PERS, SCORE_METHODS, VIEWS,
} from './compare/index.js';
export { recordsToTable } from './compare/table.js';
export { track, judge, partYear, TRACKING_COLUMNS, type TrackingRecord } from './tracking/index.js';
export type { Comparison, ComparisonRecord, Composite, CompositeRecord, PeerGap, Robustness, RobustnessRecord } from './compare/index.js';
export { DEFAULT_CATALOGUE, extendCatalogue, type Catalogue } from './catalogue/catalogue.js';
export type { IndicatorDef } from './catalogue/schema.js';
export { mergeRegionTables, parseRegionTable, parseRegionWorkbook, type RegionTable } from './regions/index.js';
export type { Observation } from './indicators/types.js';
export type { Diagnostic, Severity } from './diagnostics/types.js';
export { parseGold, parsePredictions, scoreObservations, formatEvaluation, EVAL_FORMATS, type EvalFormat, type Evaluation, type GoldRow, type Prediction } from './eval/index.js';
