import { formatRows } from '../tables/index.js';
import { REPORT_JS, reportCss } from './assets.js';
import { reportCharts } from './charts.js';
import { indicatorPage } from './indicator-page.js';
import { labelsFor } from './labels.js';
import { renderPage, type PageContent, type RenderedChart } from './layout.js';
import { methodPage } from './method-page.js';
import type { ReportModel } from './model.js';
import { overviewPage } from './overview-page.js';
import { regionPage } from './region-page.js';
import { sourcePage, sourceTextPage } from './source-page.js';
import { chartSvg } from './svg-chart.js';
import { trackingPage } from './tracking-page.js';
import { trackingChartFiles } from './tracking-section.js';
import type { YearLinks } from './year-selector.js';

/** A file of the report: path relative to the report folder, and its text. */
export interface ReportFile {
  readonly path: string;
  readonly content: string;
}

/** A file the report copies: where it goes, and the document source it comes from. */
export interface ReportCopy {
  readonly path: string;
  /** The document's `source` as the run saw it (relative to the working folder, or absolute). */
  readonly from: string;
  /** Turns the source's bytes into what is written (a page of its text); absent: the bytes as they are. */
  readonly render?: (bytes: Uint8Array) => string;
}

/** Everything the report consists of, before anything is written. */
export interface ReportBuild {
  /** Pages, chart specs and data, style sheet and script, sorted by path. */
  readonly files: readonly ReportFile[];
  /** Copies of the source documents. */
  readonly copies: readonly ReportCopy[];
  /**
   * Problems met while drawing the charts. Always empty since charts are drawn by the report's
   * own SVG writer (`chartSvg`) instead of Vega; kept so callers that log warnings keep working.
   */
  readonly warnings: readonly string[];
}

/** Options of `buildReport`. */
export interface BuildReportOptions {
  /** Called after each chart is drawn (for a progress bar). */
  readonly onChart?: (done: number, total: number) => void;
  /** Data tables written beside the report (paths relative to the report folder), linked from the overview. */
  readonly dataTables?: readonly string[];
  /** The other years' reports beside this one, for every page's year selector; none: no selector. */
  readonly years?: YearLinks;
}

/**
 * Turn a report model into the report's files: every chart drawn as static SVG from its rows
 * (`chartSvg`; no Vega runs here, the browser renders the specs live) and saved as
 * `charts/<name>.vl.json` and `charts/<name>.csv` (UTF-8 with BOM, for Excel); the overview,
 * one page per indicator, per region and per document, the method page; the style sheet and
 * script. No I/O: `writeReport` writes the result. Same model, same bytes.
 *
 * @example
 * const build = await buildReport(model);
 * build.files.some((file) => file.path === 'index.html') // → true
 */
export async function buildReport(model: ReportModel, options: BuildReportOptions = {}): Promise<ReportBuild> {
  const definitions = reportCharts(model);
  const charts = new Map<string, RenderedChart>();
  for (const chart of definitions) {
    charts.set(chart.name, { ...chart, svg: chartSvg(chart) });
    options.onChart?.(charts.size, definitions.length);
  }
  const pages: PageContent[] = [
    overviewPage(model, charts, options.dataTables ?? []),
    ...model.indicators.map((section) => indicatorPage(model, section, charts)),
    ...model.regionSections.map((section) => regionPage(model, section, charts)),
    ...model.documents.map((document) => sourcePage(model, document)),
    methodPage(model),
    // several plan years: the year's targets against results (完成情况)
    ...(model.tracking.some((row) => row.year === model.options.planYear)
      ? [trackingPage(model.tracking, { year: model.options.planYear, lang: model.options.lang, catalogue: model.catalogue })] : []),
  ];
  const context = { lang: model.options.lang, year: model.options.planYear, documents: model.documents.length, ...(options.years === undefined ? {} : { years: options.years }) };
  const files: ReportFile[] = [
    ...pages.map((page) => ({ path: page.path, content: renderPage(page, context) })),
    ...definitions.flatMap((chart) => [
      { path: `charts/${chart.name}.vl.json`, content: `${JSON.stringify(chart.spec, null, 2)}\n` },
      { path: `charts/${chart.name}.csv`, content: formatRows(chart.rows, chart.columns, 'csv', { bom: true }) },
    ]),
    ...trackingChartFiles(model),
    { path: 'assets/report.css', content: reportCss({ title: labelsFor(model.options.lang).reportTitle(model.options.planYear), pageNumber: labelsFor(model.options.lang).printPageNumber }) },
    { path: 'assets/report.js', content: REPORT_JS },
  ];
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // web pages are never copied as they are: the report shows their text in a page of its own
  const copies: ReportCopy[] = model.documents.map((document) => (document.asText
    ? { path: document.file, from: document.source, render: (bytes: Uint8Array) => renderPage(sourceTextPage(model, document, bytes), context) }
    : { path: document.file, from: document.source }));
  return { files, copies, warnings: [] };
}
