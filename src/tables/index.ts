/**
 * Tidy records and their formats: the records of documents, tasks and quantities with their
 * documented columns, and the writers of a table as CSV, TSV, JSON lines, XLSX or Arrow.
 * `arrowOf` (./arrow.js) is left out so a run that writes no Arrow file never loads arquero;
 * `exportTable` loads it when asked and the package entry exports it.
 */
export { EXPORT_FORMATS, README_SHEET, WORKBOOK_ROWS_MAX, WORKBOOK_TEXT_BYTES_MAX, exportTable, extractionTables, isBinaryFormat, workbookOf } from './export.js';
export type { ExportFormat } from './export.js';
export { TABLE_FORMATS, csvBytes, csvChunks, formatRows, forPeople, joinedBytes } from './format.js';
export { chineseColumnsFor, tableForFormat, withChineseColumns, withLevelCodes } from './chinese-columns.js';
export type { Row, TableFormat } from './format.js';
export {
  DIAGNOSTIC_COLUMNS, DOCUMENT_COLUMNS, INPUT_COLUMNS, OBSERVATION_COLUMNS, QUANTITY_COLUMNS, TASK_COLUMNS,
  documentRecord, taskRecords,
} from './records.js';
export type { DocumentRecord, ManifestRecord, QuantityRecord, TaskRecord } from './records.js';
