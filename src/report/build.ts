import { formatRows } from '../tables/index.js';
import { REPORT_JS, reportCss } from './assets.js';
import { reportCharts } from './charts.js';
import { indicatorPage } from './indicator-page.js';
import { labelsFor } from './labels.js';
import { renderPage, type ChartLookup, type PageContent } from './layout.js';
import { methodPage } from './method-page.js';
import type { ReportModel } from './model.js';
import { overviewPage } from './overview-page.js';
import { regionPage } from './region-page.js';
import { sourcePage, sourceTextPage, tasksByDocument } from './source-page.js';
import { chartSvg } from './svg-chart.js';

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
}

/**
 * Turn a report model into the report's files: every chart drawn as static SVG from its rows
 * (`chartSvg`; no Vega runs here, the browser renders the specs live) and saved as
 * `charts/<name>.vl.json` and `charts/<name>.csv` (UTF-8 with BOM, for Excel); the overview,
 * one page per indicator, per region and per document, the method page; the style sheet and
 * script. No I/O: `writeReport` writes the result. Same model, same bytes. This holds every
 * file at once; `writeReport(streamReport(model), …)` writes the same files holding one page
 * at a time.
 *
 * @example
 * const build = await buildReport(model);
 * build.files.some((file) => file.path === 'index.html') // → true
 */
export async function buildReport(model: ReportModel, options: BuildReportOptions = {}): Promise<ReportBuild> {
  const files = [...reportFiles(model, options)];
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, copies: reportCopies(model), warnings: [] };
}

/** A report whose files are made one by one while they are written (`streamReport`). */
export interface ReportStream {
  /** Pages, chart specs and data, style sheet and script, made as they are taken; `index.html` last. */
  readonly files: Iterable<ReportFile>;
  readonly copies: readonly ReportCopy[];
}

/**
 * The files of `buildReport`, made lazily: each page (and the static SVG of its charts) is
 * rendered when `writeReport` takes it and can be dropped once written, so a report of 3,000
 * regions never holds all its pages in memory at once (it held 1.2 GB of page text, several
 * GB of heap). Same files and bytes as `buildReport`, in page order instead of path order,
 * the overview last.
 *
 * @example
 * await writeReport(streamReport(model), 'reports/2023', nodeEffects());
 */
export function streamReport(model: ReportModel, options: BuildReportOptions = {}): ReportStream {
  return { files: { [Symbol.iterator]: () => reportFiles(model, options) }, copies: reportCopies(model) };
}

function* reportFiles(model: ReportModel, options: BuildReportOptions): Generator<ReportFile> {
  const definitions = reportCharts(model);
  const byName = new Map(definitions.map((chart) => [chart.name, chart]));
  let drawn = 0;
  // each chart is on one page: drawn when that page asks for it, and not kept
  const charts: ChartLookup = {
    get(name) {
      const chart = byName.get(name);
      if (chart === undefined) return undefined;
      const rendered = { ...chart, svg: chartSvg(chart) };
      drawn += 1;
      options.onChart?.(Math.min(drawn, definitions.length), definitions.length);
      return rendered;
    },
  };
  const context = { lang: model.options.lang, year: model.options.planYear, documents: model.documents.length };
  const render = (page: PageContent): ReportFile => ({ path: page.path, content: renderPage(page, context) });
  for (const chart of definitions) {
    yield { path: `charts/${chart.name}.vl.json`, content: specJson(chart.spec) };
    yield { path: `charts/${chart.name}.csv`, content: formatRows(chart.rows, chart.columns, 'csv', { bom: true }) };
  }
  yield { path: 'assets/report.css', content: reportCss({ title: labelsFor(model.options.lang).reportTitle(model.options.planYear), pageNumber: labelsFor(model.options.lang).printPageNumber }) };
  yield { path: 'assets/report.js', content: REPORT_JS };
  for (const section of model.indicators) yield render(indicatorPage(model, section, charts));
  for (const section of model.regionSections) yield render(regionPage(model, section, charts));
  const tasks = tasksByDocument(model);
  for (const document of model.documents) yield render(sourcePage(model, document, tasks.get(document.doc_id) ?? []));
  yield render(methodPage(model));
  yield render(overviewPage(model, charts, options.dataTables ?? []));
}

/** The source documents the report copies; web pages are never copied as they are: the report shows their text in a page of its own. */
function reportCopies(model: ReportModel): ReportCopy[] {
  const context = { lang: model.options.lang, year: model.options.planYear, documents: model.documents.length };
  return model.documents.map((document) => (document.asText
    ? { path: document.file, from: document.source, render: (bytes: Uint8Array) => renderPage(sourceTextPage(model, document, bytes), context) }
    : { path: document.file, from: document.source }));
}

/**
 * A chart spec as the `.vl.json` file holds it: indented JSON, except that the rows of
 * `data.values` are written one to a line. Indenting every field of every row made a ranking
 * of 3,000 regions 1.4 MB instead of 0.6 MB; a row a line still reads, and diffs, as a table.
 * The same value as `JSON.parse` sees it.
 *
 * @example
 * specJson({ mark: 'bar', data: { values: [{ a: 1 }, { a: 2 }] } })
 * // → '{\n  "mark": "bar",\n  "data": {\n    "values": [\n      {"a":1},\n      {"a":2}\n    ]\n  }\n}\n'
 */
export function specJson(spec: object): string {
  const { data } = spec as { data?: { values?: unknown } };
  const values = data?.values;
  if (data === undefined || !Array.isArray(values) || values.length === 0) return `${JSON.stringify(spec, null, 2)}\n`;
  // a placeholder no JSON text can hold (it is not valid as a key or escaped string value)
  const mark = '\u0000rows\u0000';
  const text = JSON.stringify({ ...spec, data: { ...data, values: mark } }, null, 2);
  const at = text.indexOf(JSON.stringify(mark));
  const indent = text.slice(text.lastIndexOf('\n', at) + 1).match(/^ */)?.[0] ?? '';
  const rows = values.map((row) => `${indent}  ${JSON.stringify(row)}`).join(',\n');
  return `${text.slice(0, at)}[\n${rows}\n${indent}]${text.slice(at + JSON.stringify(mark).length)}\n`;
}
