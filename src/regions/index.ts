/**
 * Region reference data: parse user and seed region tables (CSV, TSV, XLSX), merge them,
 * look regions up and choose the reference figure closest to a plan year. Pure functions;
 * reading files is left to the caller, which passes text or bytes in.
 */
export {
  ADMIN_LEVELS, ADMIN_TIERS, DISPUTE_CUES, METRIC_DEFS, REGION_METRICS, adminTier, isDisputedNote, tierOfDivisionCode,
} from './catalogue.js';
export type { AdminLevel, AdminTier, MetricDef, RegionMetric, UnitAlias } from './catalogue.js';
export { splitDelimited } from './delimited.js';
export type { TextRow } from './delimited.js';
export { keyword } from './keyword.js';
export { chooseFigure, findRegion, regionIdentities } from './lookup.js';
export { mergeRegionTables } from './merge.js';
export { REGION_COLUMNS, formatRegionTable, parseRegionTable, regionTableFromRows } from './parse-table.js';
export type { RegionTableOptions } from './parse-table.js';
export type { FigureChoice, RegionFigure, RegionIdentity, RegionMatch, RegionTable } from './types.js';
export { parseRegionWorkbook } from './workbook.js';
export type { RegionWorkbookOptions } from './workbook.js';
