/**
 * The annual comparison report: pure functions turn the run's tables into a report model,
 * charts (rows, a Vega-Lite spec and a static SVG each) and HTML pages (a list of
 * `{ path, content }` files); `writeReport` is the edge that writes them through `Effects` and
 * copies the vendored Vega builds and the source documents, so the report opens offline from
 * disk and prints on A4.
 *
 * ```
 *   tables + regions + catalogue ──buildReportModel──▶ model ──buildReport──▶ files ──writeReport──▶ reports/<year>/
 *                                                      (compare)       (charts → rows → static SVG, pages)
 * ```
 *
 * Charts are drawn twice from the same rows: as static SVG by `chartSvg` (no Vega on the
 * server: pages show their charts without scripts, in print and when sent on alone), and live
 * in the browser, where `assets/report.js` renders the embedded spec with vega-embed. Nothing
 * here imports Vega at load time; `renderSvg` loads it on demand to check specs in tests. The
 * report stays linear in the number of regions: above `SMALL_FIELD_MAX` regions, strips drop
 * peers' ticks and the overview sums the coverage matrix up per indicator (`field-size.ts`).
 */
export { REPORT_CSS, REPORT_JS, reportCss } from './assets.js';
export { buildReport, chartSpecFile, mergedRankingFiles, specJson, specReadingCsv, streamReport } from './build.js';
export type { BuildReportOptions, ReportBuild, ReportCopy, ReportFile, ReportStream } from './build.js';
export {
  BOUNDS_DRAWN_MAX, CHART_COLORS, CHART_LAYOUT, FONT_STACK, VEGA_LITE_SCHEMA, boundKind, boundsChart, boundsExtremes, chartConfig, compositeChart, labelExtent, niceCeiling, rankingChart,
  indicatorCharts, indicatorStripChart, regionCharts, reportCharts, stripChart, stripPosition, textWidth,
} from './charts.js';
export type { ChartAxis, ChartCell, ChartDef, ChartKind, ChartRow } from './charts.js';
export { escapeHtml, externalHref, jsonForScript } from './escape.js';
export { COVERAGE_COLUMNS_MAX, LIVE_CHART_ROWS_MAX, REGION_LIST_MAX, SMALL_FIELD_MAX, chunk, isSmallField } from './field-size.js';
export {
  SIGNIFICANT_DIGITS, axisLabelExpr, axisNumber, differenceUnitLabel, formatDenominator, formatFigure, formatGap, formatNumber, isCountUnit, neededFigure,
  unitLabel, viewUnitLabel, withUnit,
} from './format.js';
export type { Figure } from './format.js';
export { SafeHtml, encodePath, html, link, table, trusted } from './html.js';
export type { HtmlValue } from './html.js';
export { indicatorPage, taskAnchor } from './indicator-page.js';
export { REPORT_LANGUAGES, labelsFor } from './labels.js';
export type { BoundKind, Labels, Presence } from './labels.js';
export { VENDOR_SCRIPTS, chartFigure, renderPage, rootOf } from './layout.js';
export type { ChartLookup, PageContent, PageContext, RenderedChart } from './layout.js';
export { choroplethMap, classBreaks, simplified } from './map.js';
export { methodPage } from './method-page.js';
export { buildReportModel, recordKey, regionSlug, safeFileName } from './model.js';
export type {
  CoverageCell, CoverageRow, DenominatorRow, EvidenceRow, EvidenceSpan, Headline, IndicatorSection, Position, RegionSection, ReportDocument,
  ReportInput, ReportMap, ReportModel, ReportRegion, UnsetIndicator, Usage,
} from './model.js';
export { REPORT_DEFAULTS, normalizeReportOptions } from './options.js';
export type { ReportOptions, ReportOptionsInput } from './options.js';
export { headlineText, levelName, overviewPage } from './overview-page.js';
export { listedGaps, listedUnset, regionPage, relativeGap } from './region-page.js';
export { prefixSvgIds, renderSvg } from './render-svg.js';
export type { RenderedSvg } from './render-svg.js';
export { sourcePage, tasksByDocument } from './source-page.js';
export { SOURCE_TEXT_BUDGET, SOURCE_TEXT_MODES, SOURCE_TEXT_SETTINGS, evidenceRows, evidenceTasks, sourceTextChoice, taskKey, type EvidenceRows, type ShownCounts } from './source-text.js';
export type { SourceTextChoice, SourceTextMode, SourceTextSetting } from './source-text.js';
export { TRACKING_PAGE, TRACKING_PAGE_WORDS, trackingPage } from './tracking-page.js';
export type { TrackingPageOptions } from './tracking-page.js';
export {
  OVERVIEW_TRACKING_MAX, TRACKING_SECTION_WORDS, differenceText, indicatorTrackingSection, overviewTrackingSection, regionTrackingSection, resultText,
  tallyRegions, targetResultSvg, targetText, trackingChart, trackingChartFiles,
} from './tracking-section.js';
export type { RegionTally, TrackingChart } from './tracking-section.js';
export { reportPagePaths, yearHref, yearSelector } from './year-selector.js';
export type { OtherYear, YearLinks } from './year-selector.js';
export { chartSvg, niceDomain, niceTicks } from './svg-chart.js';
export { vendorAssets, writeReport } from './write.js';
export type { VendorAsset, WriteReportOptions } from './write.js';
