/**
 * Region reference data: parse user and seed region tables (CSV, TSV, XLSX), merge them,
 * look regions up and choose the reference figure closest to a plan year. Pure functions;
 * reading files is left to the caller, which passes text or bytes in.
 */
export {
  ADMIN_LEVELS, ADMIN_TIERS, DISPUTE_CUES, LEVEL_BY_SUFFIX, METRIC_DEFS, OTHER_SCOPE_LEVELS, PARSED_LEVEL_NAMES, REGION_METRICS, adminTier,
  SCOPE_CUES, isDisputedNote, isOtherScopeNote, levelFromName, tierOfDivisionCode,
} from './catalogue.js';
export type { AdminLevel, AdminTier, MetricDef, RegionMetric, UnitAlias } from './catalogue.js';
export { splitDelimited } from './delimited.js';
export type { TextRow } from './delimited.js';
export { regionKey } from './identity.js';
export { chooseFigure, countyLevelUnits, findRegion, regionIdentities } from './lookup.js';
export { mergeRegionTables } from './merge.js';
export { REGION_COLUMNS, formatRegionTable, parseRegionTable, regionTableFromRows } from './parse-table.js';
export type { RegionTableOptions } from './parse-table.js';
export type { FigureChoice, RegionFigure, RegionIdentity, RegionMatch, RegionTable } from './types.js';
export { parseRegionWorkbook, workbookSheets } from './workbook.js';
export type { RegionWorkbookOptions, SheetRows } from './workbook.js';
export { WIDE_LAYOUTS, detectWideLayout, wideTableFromRows } from './wide-table.js';
export type { SkippedRow, WideLayout, WideMetric, WideTableResult } from './wide-table.js';
export { countyObjectName, featureAreas, objectRings, parseTopology, zoneHosts } from './topology.js';
export { mergeZonesIntoHosts } from './merge-zones.js';
export type { FeatureArea, FeatureRings, ObjectRings, Position, TopoGeometry, Topology } from './topology.js';
export { landAreaFromBoundaries, readReferenceFile } from './import.js';
export type { BoundaryProvenance, ReferenceFile } from './import.js';
