import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { run } from '../../src/pipeline.js';
import { seedRegions } from './helpers.js';

/** Debian's chromium, driven by playwright-core (no browser download). */
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** Two years of hand-written documents for three counties (see test/tracking/track.test.ts). */
const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'tracking');

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

describe('report/完成情况 and the year selector in a real browser (Debian chromium via playwright-core)', () => {
  let out = '';
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'regionbench-tracking-browser-'));
    const report = { regions: seedRegions(), catalogue: DEFAULT_CATALOGUE, lang: 'zh' as const, cwd: process.cwd() };
    await run([FIXTURES], out, nodeEffects(), { report, workers: 0 });
    browser = await chromium.launch(LAUNCH);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (out !== '') rmSync(out, { recursive: true, force: true });
  });

  it('renders the indicator page\'s target-against-result chart live under the CSP, with the table beside it', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(pathToFileURL(join(out, '2023', 'indicators', 'fiveg_stations_new.html')).href);
    const charts = await page.evaluate<{ charts: number; live: number }>('window.regionbenchCharts');
    expect(charts.live).toBe(charts.charts);
    const figure = page.locator('#chart-tracking-fiveg_stations_new');
    expect(await figure.getAttribute('data-live')).toBe('true');
    // Vega drew a bar for each result (嘉祥县 412, 汶上县 180) and a tick for each target (300, 150, 200)
    expect(await figure.locator('path[aria-roledescription="bar"]').count()).toBe(2);
    expect(await figure.locator('path[aria-roledescription="tick"]').count()).toBe(3);
    const rows = page.locator('table.tracking-indicator tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(2).innerText()).toMatch(/汶上县\s+2023\s+200个\s+180个\s+未完成\s+90%\s+−20个/);
    await figure.locator('path[aria-roledescription="bar"]').nth(1).hover();
    const tooltip = page.locator('#vg-tooltip-element');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.innerText()).toContain('未完成');
    expect(problems.console).toEqual([]);
    expect(problems.requests).toEqual([]);
    await context.close();
  });

  it('shows the region page\'s section and the overview\'s ranking, and the chart as static SVG without scripts', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(out, '2023', 'regions', '370829.html')).href);
    const farmland = page.locator('table.tracking-region tbody tr', { hasText: '新建高标准农田' });
    expect(await farmland.innerText()).toMatch(/确保5万亩\s+4\.6万亩\s+未完成确保目标\s+92%\s+−4000亩/);
    await page.goto(pathToFileURL(join(out, '2023', 'index.html')).href);
    expect(await page.locator('table.tracking-overview tbody tr').first().innerText()).toMatch(/嘉祥县\s+3\s+5\s+60%/);
    await page.goto(pathToFileURL(join(out, '2023', 'indicators', 'fiveg_stations_new.html')).href);
    expect(await page.locator('#chart-tracking-fiveg_stations_new .chart-static > svg rect').count()).toBe(2);
    await context.close();
  });

  it('follows the year selector to the same page of the other year, or to its overview', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(pathToFileURL(join(out, '2023', 'indicators', 'fiveg_stations_new.html')).href);
    await page.locator('nav.years a', { hasText: '2024' }).click();
    await page.waitForURL(/\/2024\/indicators\/fiveg_stations_new\.html$/);
    expect(await page.locator('h1').innerText()).toBe('新建5G基站');
    expect(await page.locator('nav.years [aria-current="page"]').innerText()).toBe('2024（本报告）');
    // 汶上县 has no page in 2024's report: its 2023 page leads to the 2024 overview
    await page.goto(pathToFileURL(join(out, '2023', 'regions', '370830.html')).href);
    await page.locator('nav.years a', { hasText: '2024' }).click();
    await page.waitForURL(/\/2024\/index\.html$/);
    expect(await page.locator('h1').innerText()).toContain('2024');
    await page.waitForFunction('window.regionbenchCharts !== undefined');
    await page.evaluate('window.regionbenchCharts');
    expect(problems.console).toEqual([]);
    await context.close();
  });
});
