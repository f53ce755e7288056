/**
 * A report built by `regionbench run` from hostile inputs, opened page by page in Debian's
 * chromium: markup planted in a web-page source (script, onload, onerror, a javascript: link),
 * in file names, in a task sentence, in a region name and notes given with `--regions`, and in
 * an indicator name given with `--catalogue`. No page may open a dialog, throw, or request
 * anything outside the report folder, and every page carries the Content-Security-Policy.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/report/layout.js';
import { runCommand } from '../helpers/cli.js';
import { SEEDS_DIR, SEED_FILES } from '../helpers/seeds.js';
import { listFiles } from './helpers.js';

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** Escape text for an HTML text node (the planted web page's paragraphs). */
function asHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Replace `from` in `text` by `to`, failing loudly when the seed no longer holds it. */
function plant(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the seed changed: "${from}" not found, nothing planted`);
  return text.replace(from, to);
}

/** Write the hostile inputs into `folder`; returns the paths for the command line. */
function hostileInputs(folder: string): { documents: string; regions: string; catalogue: string } {
  const documents = join(folder, 'in');
  mkdirSync(documents);
  // a web page whose text is a seed notice, with active markup around it and a figure sentence
  // that holds markup as text (after the page's own entities are decoded)
  const luozhuang = plant(readFileSync(join(SEEDS_DIR, SEED_FILES.罗庄区), 'utf8'),
    '2023年全区新增绿色建筑60万平方米以上', '2023年全区<img src=x onerror=alert(101)>新增绿色建筑60万平方米以上');
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>t</title><script>alert(102)</script></head>
<body onload="alert(103)"><a href="javascript:alert(104)">打开</a><img src="x" onerror="alert(105)"><iframe src="javascript:alert(106)"></iframe>
${luozhuang.split('\n').map((line) => `<p>${asHtmlText(line)}</p>`).join('\n')}
<script src="https://example.invalid/tracker.js"></script></body></html>`;
  writeFileSync(join(documents, '<img src=x onerror=alert(107)>罗庄区.html'), page);
  // a text notice with a script in a task sentence, under a file name that closes an attribute
  const taierzhuang = plant(readFileSync(join(SEEDS_DIR, SEED_FILES.台儿庄区), 'utf8'),
    '力争全年建成5G基站100个以上', '力争全年<script>alert(109)</script>建成5G基站100个以上');
  writeFileSync(join(documents, '"><svg onload=alert(108)>台儿庄区.txt'), taierzhuang);
  const regions = join(folder, 'regions.csv');
  writeFileSync(regions, 'region,division_code,admin_level,parent,metric,year,value,unit,source_url,note\n'
    + '罗庄区<img src=x onerror=alert(110)>,371311,市辖区,"临沂市<script>alert(111)</script>",gdp,2023,500,亿元,javascript:alert(112),"<svg onload=alert(113)>"\n');
  const catalogue = join(folder, 'catalogue.json');
  writeFileSync(catalogue, JSON.stringify([{
    id: 'green_building_area_new', name_zh: '新增绿色建筑面积<script>alert(114)</script>', name_en: 'Green "><img src=x onerror=alert(115)>',
    unit: 'm2', unit_zh: '平方米', dimension: 'area', kinds: ['increment', 'mentioned'], polarity: 'higher_is_better',
    cues: { all: [['绿色建筑']], none: ['占比', '比例', '比重', '光热', '装配式'] }, classifiers: [],
  }]));
  return { documents, regions, catalogue };
}

describe('a report built from hostile inputs, every page opened in chromium', () => {
  let work = '';
  let report = '';
  let browser: Browser;
  let pages: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'regionbench-hostile-'));
    const inputs = hostileInputs(work);
    const result = await runCommand(['run', inputs.documents, '--out', join(work, 'out'), '--regions', inputs.regions, '--catalogue', inputs.catalogue]);
    expect(result.stderr).toContain('2 of 2 inputs read');
    expect(result.status).toBe(0);
    report = join(work, 'out', '2023');
    pages = listFiles(report).filter((path) => path.endsWith('.html'));
    browser = await chromium.launch(LAUNCH);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('puts every planted string into the pages (so the walk below tests something)', () => {
    const all = pages.map((path) => readFileSync(join(report, path), 'utf8')).join('\n');
    const missing = [101, 107, 108, 109, 110, 112, 113, 114].filter((planted) => !all.includes(`alert(${planted})`));
    expect(missing).toEqual([]);
  });

  it('copies no web page as HTML: a page read with furniture left out is a page of escaped text without the original markup', () => {
    const sources = pages.filter((path) => /^sources\/[^/]+\/.+\.html$/.test(path));
    expect(sources).toHaveLength(1);
    const text = readFileSync(join(report, sources[0] ?? ''), 'utf8');
    expect(text).toContain('<pre class="source-text">');
    expect(text).toContain('2023年全区&lt;img src=x onerror=alert(101)&gt;新增绿色建筑60万平方米以上');
    for (const gone of ['alert(102)', 'alert(103)', 'alert(104)', 'alert(105)', 'alert(106)', 'example.invalid']) expect(text).not.toContain(gone);
  });

  it('gives every page the Content-Security-Policy', () => {
    expect(pages.length).toBeGreaterThan(10);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}">`;
    for (const path of pages) expect({ path, csp: readFileSync(join(report, path), 'utf8').includes(meta) }).toEqual({ path, csp: true });
  });

  it('opens every page and every source copy with no dialog, no error, no request outside the report, and live charts', async () => {
    const context = await browser.newContext();
    const dialogs: string[] = [];
    const errors: string[] = [];
    const outside: string[] = [];
    const inside = pathToFileURL(report).href;
    context.on('request', (request) => { if (!request.url().startsWith(`${inside}/`)) outside.push(request.url()); });
    const page = await context.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`); });
    let live = 0;
    const copies = listFiles(report).filter((path) => path.startsWith('sources/') && !path.endsWith('.html'));
    // the seed notices are saved web pages: their reading leaves furniture lines out, so the
    // text file is copied (a text read whole would be its task page alone)
    expect(copies).toEqual([expect.stringMatching(/^sources\/[0-9a-f]{16}\/___svg_onload_alert_108__台儿庄区\.txt$/)]);
    for (const path of [...pages, ...copies]) {
      await page.goto(pathToFileURL(join(report, path)).href);
      const charts = await page.evaluate<{ charts: number; live: number } | null>('window.regionbenchCharts ?? null');
      if (charts !== null) {
        expect({ path, live: charts.live }).toEqual({ path, live: charts.charts });
        live += charts.live;
      }
      // nothing planted became an element, a handler or a javascript: link
      expect(await page.locator('img, iframe, svg[onload], [onerror], [onload], a[href^="javascript:"]').count()).toBe(0);
    }
    await context.close();
    expect(live).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  }, 180_000);
});
