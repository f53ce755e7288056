import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { buildReport, buildReportModel, writeReport } from '../../src/report/index.js';
import { extractSeeds, reportInput } from './helpers.js';

/** Debian's chromium, driven by playwright-core (no browser download). */
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
const SCREENSHOTS = join(process.cwd(), 'test', 'report', '__screenshots__');
const PAGES = [
  { name: 'overview', path: 'index.html' },
  { name: 'indicator', path: 'indicators/green_building_area_new.html' },
  { name: 'region', path: 'regions/370405.html' },
] as const;

interface ChartTimings {
  readonly charts: number;
  readonly live: number;
  readonly totalMs: number;
  readonly timings: readonly { readonly chart: string; readonly ms: number }[];
}

interface Problems {
  readonly console: string[];
  readonly requests: string[];
}

function watch(page: Page): Problems {
  const problems: Problems = { console: [], requests: [] };
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
  page.on('request', (request) => { if (!request.url().startsWith('file:')) problems.requests.push(request.url()); });
  return problems;
}

function chartCount(folder: string, path: string): number {
  return (readFileSync(join(folder, path), 'utf8').match(/<figure class="chart"/g) ?? []).length;
}

describe('report pages in a real browser (Debian chromium via playwright-core)', () => {
  let folder = '';
  let browser: Browser;
  const timings: Record<string, ChartTimings> = {};

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'regionbench-browser-'));
    const model = buildReportModel(reportInput(await extractSeeds()), { planYear: 2023 });
    await writeReport(await buildReport(model), folder, nodeEffects());
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch(LAUNCH);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
    writeFileSync(join(SCREENSHOTS, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  });

  it.each(PAGES)('opens the $name page from disk with every chart rendered live and no console errors', async ({ name, path }) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(pathToFileURL(join(folder, path)).href);
    const result = await page.evaluate<ChartTimings>('window.regionbenchCharts');
    timings[name] = result;
    const expected = chartCount(folder, path);
    expect(expected).toBeGreaterThan(0);
    expect(result.charts).toBe(expected);
    expect(result.live).toBe(expected);
    expect(await page.locator('.vega-embed').count()).toBe(expected);
    expect(await page.locator('.chart-static').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    expect(problems.console).toEqual([]);
    expect(problems.requests).toEqual([]);
    await context.close();
  });

  it('shows the evidence table and the sentence in a chart tooltip on an indicator page', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, 'indicators/green_building_area_new.html')).href);
    await page.evaluate('window.regionbenchCharts');
    const rows = page.locator('table.evidence tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await rows.first().innerText()).toContain('力争年内新增绿色建筑25万平方米');
    const bar = page.locator('#chart-ranking-green_building_area_new-none .mark-rect path').first();
    await bar.hover();
    const tooltip = page.locator('#vg-tooltip-element');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.innerText()).toMatch(/新增绿色建筑/);
    await context.close();
  });

  it('shows every chart as pre-rendered SVG with scripts disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { path } of PAGES) {
      await page.goto(pathToFileURL(join(folder, path)).href);
      expect(await page.locator('figure.chart .chart-static > svg').count()).toBe(chartCount(folder, path));
    }
    await context.close();
  });

  it('prints every view of the ranking and no navigation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, 'indicators/green_building_area_new.html')).href);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate<string[]>("Array.from(document.querySelectorAll('.tab-panel'), (panel) => getComputedStyle(panel).display)");
    expect(shown).toEqual(['block', 'block', 'block', 'block']);
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('header.site nav')).display")).toBe('none');
    await page.pdf({ path: join(SCREENSHOTS, 'indicator-print.pdf'), format: 'A4' });
    await context.close();
  });
});
