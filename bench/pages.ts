/**
 * Open pages of a written report in Debian's chromium and time them (issue 17: every page of
 * the national report in under 2 s). Not a test: the figures depend on the machine and its
 * load, so it prints them and marks the pages over the limit.
 *
 *   node --import tsx bench/pages.ts REPORT_FOLDER [PAGE…]
 *
 * Without pages it opens the overview, the method page, the largest indicator page, the
 * largest region page and the largest task page (the pages most likely to be slow).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { largestIndicatorPage, measurePages } from './measure.js';

/** The limit issue 17 sets for one page, from navigation to every chart drawn. */
const PAGE_LIMIT_MS = 2000;

function largestIn(report: string, folder: string): string {
  const pages = readdirSync(join(report, folder)).filter((name) => name.endsWith('.html'));
  pages.sort((a, b) => statSync(join(report, folder, b)).size - statSync(join(report, folder, a)).size || a.localeCompare(b));
  if (pages[0] === undefined) throw new Error(`no pages in ${join(report, folder)}`);
  return `${folder}/${pages[0]}`;
}

const [report, ...asked] = process.argv.slice(2);
if (report === undefined) {
  process.stderr.write('usage: node --import tsx bench/pages.ts REPORT_FOLDER [PAGE…]\n');
  process.exit(1);
}
const pages = asked.length > 0 ? asked : ['index.html', 'method.html', largestIndicatorPage(report), largestIn(report, 'regions'), largestIn(report, 'sources')];
const timings = await measurePages(report, pages);
process.stdout.write('| page | KB | charts (live) | DOMContentLoaded (ms) | load (ms) | navigation to charts drawn (ms) |\n|---|---:|---:|---:|---:|---:|\n');
for (const timing of timings) {
  const over = timing.navigation_to_charts_ms > PAGE_LIMIT_MS ? ' **over 2 s**' : '';
  process.stdout.write(`| \`${timing.page}\` | ${timing.html_kb} | ${timing.charts} (${timing.live}) | ${timing.dom_content_loaded_ms} | ${timing.load_ms} | ${timing.navigation_to_charts_ms}${over} |\n`);
}
