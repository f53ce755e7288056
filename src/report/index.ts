/**
 * The annual comparison report: pure functions turn the run's tables into a report model,
 * Vega-Lite specs and HTML pages (a list of `{ path, content }` files); `writeReport` is the
 * edge that writes them through `Effects` and copies the vendored Vega builds and the source
 * documents, so the report opens offline from disk and prints on A4.
 *
 * ```
 *   tables + regions + catalogue ──buildReportModel──▶ model ──buildReport──▶ files ──writeReport──▶ reports/<year>/
 *                                                      (compare)       (charts → SVG, pages)
 * ```
 */
export { REPORT_CSS, REPORT_JS } from './assets.js';
export { buildReport } from './build.js';
export type { BuildReportOptions, ReportBuild, ReportCopy, ReportFile } from './build.js';
export {
  FONT_STACK, VEGA_LITE_SCHEMA, boundKind, boundsChart, chartConfig, compositeChart, labelExtent, niceCeiling, rankingChart, reportCharts, stripChart,
} from './charts.js';
export type { ChartCell, ChartDef, ChartRow } from './charts.js';
export { escapeHtml, externalHref, jsonForScript } from './escape.js';
export {
  SIGNIFICANT_DIGITS, axisLabelExpr, formatDenominator, formatFigure, formatNumber, unitLabel, viewUnitLabel, withUnit,
} from './format.js';
export type { Figure } from './format.js';
export { SafeHtml, encodePath, html, link, table, trusted } from './html.js';
export type { HtmlValue } from './html.js';
export { indicatorPage, taskAnchor } from './indicator-page.js';
export { REPORT_LANGUAGES, labelsFor } from './labels.js';
export type { BoundKind, Labels, Presence } from './labels.js';
export { VENDOR_SCRIPTS, chartFigure, renderPage, rootOf } from './layout.js';
export type { ChartLookup, PageContent, RenderedChart } from './layout.js';
export { methodPage } from './method-page.js';
export { buildReportModel, recordKey, regionSlug, safeFileName } from './model.js';
export type {
  CoverageCell, CoverageRow, DenominatorRow, EvidenceRow, Headline, IndicatorSection, Position, RegionSection, ReportDocument,
  ReportInput, ReportModel, ReportRegion, UnsetIndicator, Usage,
} from './model.js';
export { REPORT_DEFAULTS, normalizeReportOptions } from './options.js';
export type { ReportOptions, ReportOptionsInput } from './options.js';
export { headlineText, levelName, overviewPage } from './overview-page.js';
export { regionPage } from './region-page.js';
export { prefixSvgIds, renderSvg } from './render-svg.js';
export type { RenderedSvg } from './render-svg.js';
export { sourcePage } from './source-page.js';
export { vendorAssets, writeReport } from './write.js';
export type { VendorAsset, WriteReportOptions } from './write.js';
