/**
 * The report's own static assets: the style sheet (screen and A4 print) and the small script
 * that swaps each static SVG for a live vega-embed view. Data, written as files.
 */
import { FONT_STACK } from './charts.js';

/** How many view tabs an indicator page can have (as written, per capita, per area, per GDP). */
const MAX_TABS = 4;

const tabRules = Array.from({ length: MAX_TABS }, (_, index) => {
  const n = index + 1;
  return [
    `.tabs > .tab-input:nth-of-type(${n}):checked ~ .tab-panel:nth-of-type(${n}) { display: block; }`,
    `.tabs > .tab-input:nth-of-type(${n}):checked ~ .tab-label:nth-of-type(${n}) { background: #fff; border-bottom-color: #fff; font-weight: bold; color: #1d3f66; }`,
    `.tabs > .tab-input:nth-of-type(${n}):focus-visible ~ .tab-label:nth-of-type(${n}) { outline: 2px solid #3b6ea8; }`,
  ].join('\n');
}).join('\n');

/**
 * The style sheet, `assets/report.css`: CJK fonts, tables, view tabs that work without
 * scripts, and A4 print rules (no navigation, every view tab printed).
 *
 * @example
 * REPORT_CSS.includes('@page { size: A4 portrait') // → true
 */
export const REPORT_CSS = `/* regionbench report: screen and A4 print */
:root { --ink: #222; --muted: #666; --rule: #d8d8d8; --accent: #1d3f66; --band: #f5f7fa; }
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK}; color: var(--ink); background: #fff; }
body { margin: 0; font-size: 15px; line-height: 1.6; }
a { color: #1f5aa6; }
header.site { background: var(--accent); color: #fff; padding: 0.6rem 1.5rem; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 2rem; }
header.site a { color: #fff; text-decoration: none; }
header.site .site-title { font-weight: bold; margin: 0; }
header.site nav a { margin-right: 1.2rem; opacity: 0.92; }
header.site nav a:hover { opacity: 1; text-decoration: underline; }
main { max-width: 1000px; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
h1 { font-size: 1.6rem; margin: 0.6rem 0 0.3rem; color: var(--accent); }
h2 { font-size: 1.2rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.02rem; margin: 1.2rem 0 0.4rem; }
p.lead { color: var(--muted); margin-top: 0; }
p.note, .note { color: var(--muted); font-size: 0.88rem; }
pre.source-text { white-space: pre-wrap; word-break: break-word; font-family: inherit; line-height: 1.7; background: var(--band); padding: 0.8rem 1rem; border-radius: 4px; }
.breadcrumbs { font-size: 0.85rem; color: var(--muted); margin-top: 0.3rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.8rem 0; font-size: 0.92rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0.5rem 0 1rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: bold; white-space: nowrap; }
td { overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.evidence td:nth-child(3) { min-width: 18em; }
table.coverage { font-size: 0.8rem; }
table.coverage td { min-width: 4.5em; }
table.coverage .figure { color: #124a86; }
table.coverage .mentioned { color: #a05a00; }
table.coverage .absent { color: #b5b5b5; }
table.documents td:nth-child(-n+2), table.documents td:nth-child(n+4), table.evidence td:nth-child(-n+2), table.evidence td:nth-child(n+4):not(:nth-child(5)), table.composite td:nth-child(-n+7), table.gaps td:nth-child(n+2), table.denominators td:nth-child(-n+4) { white-space: nowrap; }
table.denominators td:nth-child(5) { min-width: 12em; }
h3.coverage-group { font-size: 0.9rem; color: var(--muted); margin: 0.8rem 0 0.2rem; }
table.denominators .missing, table.unset td:nth-child(2) { color: #a05a00; }
table.tasks tr.section th { background: #eef2f7; color: var(--accent); }
table.tasks tr:target td { background: #fff6d6; }
table.tasks tr.text td { white-space: pre-line; color: #333; }
.table-chunks > .chunk { content-visibility: auto; contain-intrinsic-size: auto 8000px; }
.table-chunks > .chunk + .chunk table { margin-top: 0; }
dd.checksum { font-family: monospace; word-break: break-all; }
ul.headlines li { margin-bottom: 0.3rem; }
ul.columns { columns: 2; padding-left: 1.2rem; }
.two-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.flag { margin-bottom: 0.4rem; }
.flag .regions { color: var(--muted); }
figure.chart { margin: 0.8rem 0 1.2rem; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart .chart-live[hidden] { display: none; }
figure.chart figcaption { font-size: 0.8rem; color: var(--muted); }
figure.chart figcaption a { margin-right: 1rem; }
.tabs { position: relative; }
.tab-input { position: absolute; opacity: 0; pointer-events: none; }
.tab-label { display: inline-block; padding: 0.3rem 0.9rem; margin-right: 0.25rem; border: 1px solid var(--rule); border-bottom: none; border-radius: 4px 4px 0 0; background: var(--band); cursor: pointer; font-size: 0.9rem; color: var(--muted); position: relative; top: 1px; }
.tab-panel { display: none; border-top: 1px solid var(--rule); padding-top: 0.4rem; }
${tabRules}
.vega-embed { max-width: 100%; }
.vega-embed .vega-bindings { font-size: 0.85rem; }
.vega-embed { position: relative; display: inline-block; }
.vega-embed details { position: absolute; top: 0; right: 0; z-index: 1; }
.vega-embed summary { list-style: none; cursor: pointer; padding: 2px 6px; border: 1px solid #ccc; border-radius: 4px; background: #fff; font-size: 0.8rem; }
.vega-embed summary::-webkit-details-marker { display: none; }
.vega-embed .vega-actions { position: absolute; right: 0; top: 1.8rem; display: flex; flex-direction: column; min-width: 8rem; padding: 4px 0; background: #fff; border: 1px solid #ccc; border-radius: 4px; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.15); }
.vega-embed .vega-actions a { padding: 4px 12px; color: #222; text-decoration: none; white-space: nowrap; font-size: 0.85rem; }
.vega-embed .vega-actions a:hover { background: #f0f0f0; }
#vg-tooltip-element { visibility: hidden; position: fixed; z-index: 1000; max-width: 22rem; padding: 6px 8px; background: rgba(255, 255, 255, 0.96); border: 1px solid #bbb; border-radius: 4px; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.15); font-size: 0.8rem; pointer-events: none; }
#vg-tooltip-element.visible { visibility: visible; }
#vg-tooltip-element table { border-spacing: 0; }
#vg-tooltip-element td.key { color: #666; padding-right: 6px; text-align: right; }
footer.site { max-width: 1000px; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--rule); }
@media (max-width: 700px) { .two-columns { grid-template-columns: 1fr; } ul.columns { columns: 1; } }
@page { size: A4 portrait; margin: 14mm 12mm 16mm; }
@media print {
  html { font-size: 10.5pt; }
  body { font-size: 10.5pt; }
  header.site nav, .no-print, .tab-label, .vega-embed details, .vega-embed .vega-actions, .vega-bindings { display: none !important; }
  header.site { background: none; color: var(--ink); padding: 0; border-bottom: 1px solid var(--ink); }
  header.site a { color: var(--ink); }
  main, footer.site { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .tab-panel { display: block !important; border: none; }
  h1, h2, h3, p.lead, p.note { break-after: avoid; }
  figure.chart, tr, dl.meta, .flag { break-inside: avoid; }
  th, td { white-space: normal !important; overflow-wrap: anywhere; }
  td.num, th.num, td .num { white-space: nowrap !important; }
  table { font-size: 8.5pt; }
  table.coverage { font-size: 7.5pt; }
  table.coverage th, table.coverage td { padding: 0.2rem 0.25rem; }
  table.evidence td:nth-child(3), table.denominators td:nth-child(5) { min-width: 0; }
  pre.source-text { background: none; padding: 0; }
  table.tasks tr.text td { white-space: pre-line !important; }
  .table-chunks > .chunk { content-visibility: visible; }
  thead { display: table-header-group; }
  figure.chart figcaption { display: none; }
  .two-columns { grid-template-columns: 1fr 1fr; }
}
`;

/**
 * A CSS string literal: quotes and backslashes escaped, line breaks dropped.
 *
 * @example
 * cssString('a "b"') // → '"a \\"b\\""'
 */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`).replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The style sheet with the printed page's running header and footer: `@page` margin boxes
 * (Chromium draws them from version 131) carry the report's title and year at the top left
 * and the page number with the page count at the bottom right, on every printed page. A
 * browser without margin boxes prints the page without them; its own print header and footer
 * (the page title and page number) can stand in.
 *
 * @example
 * reportCss({ title: '2023年区域规划目标对比报告', pageNumber: ['第 ', ' 页，共 ', ' 页'] }).includes('@top-left') // → true
 */
export function reportCss(header: { readonly title: string; readonly pageNumber: readonly [string, string, string] }): string {
  const [before, between, after] = header.pageNumber;
  return `${REPORT_CSS}@page {
  @top-left { content: ${cssString(header.title)}; font-family: ${FONT_STACK}; font-size: 8pt; color: #666; }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}; font-family: ${FONT_STACK}; font-size: 8pt; color: #666; }
}
`;
}

/**
 * The script, `assets/report.js`: for every chart figure, read its spec from the embedded
 * JSON, render it with vega-embed into a hidden element and swap it for the pre-rendered SVG
 * once it rendered (the SVG stays if anything fails). Timings go to `window.regionbenchCharts`.
 *
 * @example
 * REPORT_JS.includes('vegaEmbed(live') // → true
 */
export const REPORT_JS = `/* regionbench report: live charts over the pre-rendered SVG */
(function () {
  'use strict';
  var zh = (document.documentElement.lang || '').indexOf('zh') === 0;
  var i18n = zh ? { SVG_ACTION: '保存为 SVG', PNG_ACTION: '保存为 PNG', CLICK_TO_VIEW_ACTIONS: '图表操作' } : undefined;
  var figures = Array.prototype.slice.call(document.querySelectorAll('figure.chart'));
  var started = performance.now();
  var timings = [];
  var jobs = figures.map(function (figure) {
    var source = figure.querySelector('script.chart-spec');
    var still = figure.querySelector('.chart-static');
    if (!source || !still || typeof vegaEmbed !== 'function') return Promise.resolve(null);
    var live = document.createElement('div');
    live.className = 'chart-live';
    live.hidden = true;
    still.parentNode.insertBefore(live, still.nextSibling);
    var begin = performance.now();
    // ast + the interpreter: no eval, and no style element injected for the menu or the
    // tooltips (the report's Content-Security-Policy allows neither); report.css styles them
    var options = { renderer: 'svg', ast: true, defaultStyle: false, tooltip: { disableDefaultStyle: true }, actions: { export: true, source: false, compiled: false, editor: false }, i18n: i18n };
    return vegaEmbed(live, JSON.parse(source.textContent), options).then(function () {
      still.parentNode.removeChild(still);
      live.hidden = false;
      figure.setAttribute('data-live', 'true');
      timings.push({ chart: figure.id, ms: performance.now() - begin });
    }, function (error) {
      live.parentNode.removeChild(live);
      figure.setAttribute('data-live', 'failed');
      throw error;
    });
  });
  window.regionbenchCharts = Promise.all(jobs).then(function () {
    return { charts: figures.length, live: timings.length, totalMs: performance.now() - started, timings: timings };
  });
})();
`;
