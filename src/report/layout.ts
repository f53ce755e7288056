/**
 * The frame every page shares (head, navigation, footer, scripts) and the chart figure: the
 * static SVG drawn from the chart's rows (`chartSvg`) shown by default, the spec embedded as
 * escaped JSON for vega-embed, and links to the chart's data and spec files.
 */
import type { Language } from '../compare/index.js';
import type { ChartDef } from './charts.js';
import { jsonForScript } from './escape.js';
import { LIVE_CHART_ROWS_MAX } from './field-size.js';
import { html, link, trusted, type HtmlValue, type SafeHtml } from './html.js';
import { labelsFor } from './labels.js';
import { yearSelector, type YearLinks } from './year-selector.js';

/** A chart with its static SVG. */
export interface RenderedChart extends ChartDef {
  readonly svg: string;
}

/** Charts of the report by name (a `Map`, or a lookup that draws each chart when a page asks for it). */
export type ChartLookup = Pick<ReadonlyMap<string, RenderedChart>, 'get'>;

/** One page: where it goes, its title, and its body. */
export interface PageContent {
  /** Path relative to the report folder (`indicators/x.html`). */
  readonly path: string;
  readonly title: string;
  readonly body: SafeHtml;
  /** Whether the page has charts (and so loads the Vega scripts, when one of them is drawn live). */
  readonly charts: boolean;
}

/**
 * The vendored scripts, in load order, relative to the report folder.
 *
 * @example
 * VENDOR_SCRIPTS[2] // → 'assets/vega-embed.min.js'
 */
export const VENDOR_SCRIPTS = ['assets/vega.min.js', 'assets/vega-lite.min.js', 'assets/vega-embed.min.js'] as const;

/**
 * The Content-Security-Policy every page carries (as `<meta http-equiv>`): scripts, styles,
 * images and fonts only from the report's own files (`'self'`; SVG and PNG exports also use
 * `data:`/`blob:` images), no inline scripts or styles, no eval (vega-embed runs with its
 * expression interpreter, `ast: true`), no connections, frames, plugins, forms or `<base>`.
 * A page put on a web server therefore runs nothing but the report's own script, whatever
 * text the documents, file names or reference tables hold.
 *
 * @example
 * CONTENT_SECURITY_POLICY.startsWith("default-src 'none'") // → true
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * The relative prefix from a page back to the report folder.
 *
 * @example
 * rootOf('indicators/fiveg_stations_new.html') // → '../'
 * rootOf('index.html') // → ''
 */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/**
 * A chart figure: the static SVG (visible without scripts, in print, and in a page sent on
 * alone), the Vega-Lite spec as JSON safe inside `<script>` for vega-embed, and download links.
 * A chart of more than `LIVE_CHART_ROWS_MAX` rows is static only: a note in place of the spec
 * (`live` false makes any chart so: a page whose charts together exceed the limit, a region
 * page of a large field; `staticNote` says why, instead of the row count).
 *
 * @example
 * chartFigure(charts.get('composite'), '', 'zh').value.includes('<script type="application/json" class="chart-spec">') // → true
 */
export function chartFigure(chart: RenderedChart | undefined, root: string, lang: Language, live = chart !== undefined && chart.rows.length <= LIVE_CHART_ROWS_MAX, staticNote?: string, caption?: SafeHtml): SafeHtml {
  if (chart === undefined) throw new Error('invalid chart: not rendered');
  const labels = labelsFor(lang);
  return html`<figure class="chart" id="chart-${chart.name}" aria-label="${chart.title}">
<div class="chart-static">${trusted(chart.svg)}</div>
${live ? html`<script type="application/json" class="chart-spec">${trusted(jsonForScript(chart.spec))}</script>` : html`<p class="note chart-static-only">${staticNote ?? labels.chartStaticOnly(chart.rows.length)}</p>`}
<figcaption>${caption ?? html`${link(`${root}charts/${chart.name}.csv`, labels.chartData)}${link(`${root}charts/${chart.name}.vl.json`, labels.chartSpec)}`}</figcaption>
</figure>`;
}

/** What every page of a report shares: language, plan year, number of documents, and the other years' reports beside it. */
export interface PageContext {
  readonly lang: Language;
  readonly year: number;
  readonly documents: number;
  /** The year selector's links (see `yearSelector`); none: no selector. */
  readonly years?: YearLinks;
}

/**
 * A whole HTML page: language, title, style sheet, site header with navigation (and the year
 * selector when other years' reports lie beside this one), body, footer, and the scripts when
 * the page has charts. Relative links only, so the folder opens
 * from disk and can be moved.
 *
 * @example
 * renderPage({ path: 'index.html', title: '总览', body: html`<h1>总览</h1>`, charts: false },
 *   { lang: 'zh', year: 2023, documents: 5 }).startsWith('<!doctype html>') // → true
 */
export function renderPage(page: PageContent, context: PageContext): string {
  const labels = labelsFor(context.lang);
  const root = rootOf(page.path);
  // the Vega scripts (1 MB) only where a chart will be drawn live: not for static-only charts
  const scripts: HtmlValue = page.charts && page.body.value.includes('<script type="application/json" class="chart-spec">')
    ? [...VENDOR_SCRIPTS, 'assets/report.js'].map((script) => html`<script src="${root}${script}"></script>\n`)
    : null;
  const siteTitle = labels.reportTitle(context.year);
  const title = page.path === 'index.html' ? siteTitle : `${page.title} · ${siteTitle}`;
  return html`<!doctype html>
<html lang="${labels.htmlLang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="regionbench">
<title>${title}</title>
<link rel="stylesheet" href="${root}assets/report.css">
</head>
<body>
<header class="site">
<p class="site-title">${link(`${root}index.html`, siteTitle)}</p>
<nav>${link(`${root}index.html`, labels.navOverview)}${link(`${root}index.html#indicators`, labels.navIndicators)}${link(`${root}index.html#regions`, labels.navRegions)}${link(`${root}method.html`, labels.navMethod)}</nav>${yearSelector(context.years, page.path, context.lang)}
</header>
<main>
${page.body}
</main>
<footer class="site">${labels.footer(context.documents)}</footer>
${scripts}</body>
</html>
`.value;
}
