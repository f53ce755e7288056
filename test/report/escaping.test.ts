import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract } from '../../src/pipeline.js';
import { buildReport, buildReportModel, writeReport, type ReportBuild } from '../../src/report/index.js';
import { SEEDS_DIR, SEED_FILES } from '../helpers/seeds.js';
import { reportInput } from './helpers.js';

const SCRIPT = '<script>alert(1)</script>';
const IMAGE = '"><img src=x onerror=alert(2)>';
const UNITS = '"><img src=x onerror=alert(3)>';

/** The 罗庄区 notice with markup planted in a task sentence and in its lead units. */
function plantedDocument(): string {
  const text = readFileSync(join(SEEDS_DIR, SEED_FILES.罗庄区), 'utf8');
  const planted = text
    .replace('2023年全区新增绿色建筑60万平方米以上', `2023年全区${SCRIPT}${IMAGE}新增绿色建筑60万平方米以上`)
    .replace('(牵头单位:区住建局)', `(牵头单位:区住建局${UNITS})`);
  if (planted === text) throw new Error('the seed changed: nothing planted');
  return planted;
}

describe('report escaping of untrusted document text', () => {
  let folder = '';
  let documents = '';
  let build: ReportBuild;

  afterAll(() => {
    for (const path of [folder, documents]) if (path !== '') rmSync(path, { recursive: true, force: true });
  });

  beforeAll(async () => {
    documents = mkdtempSync(join(tmpdir(), 'regionbench-planted-'));
    writeFileSync(join(documents, 'planted.txt'), plantedDocument());
    const extraction = await extract([documents], nodeEffects());
    expect(extraction.observations.some((o) => o.evidence.includes(SCRIPT))).toBe(true);
    build = await buildReport(buildReportModel(reportInput(extraction), { planYear: 2023 }));
    folder = mkdtempSync(join(tmpdir(), 'regionbench-planted-report-'));
    await writeReport(build, folder, nodeEffects());
  }, 60_000);

  it('never lets planted markup into a page as markup', () => {
    const pages = build.files.filter((file) => file.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(page.content).not.toContain('<script>alert');
      expect(page.content).not.toContain('<img src=x');
      expect(page.content).not.toContain('</script><script');
      const scripts = page.content.match(/<script\b[^>]*>/g) ?? [];
      for (const tag of scripts) expect(tag).toMatch(/^<script (src="(\.\.\/)*assets\/[a-z-]+(\.min)?\.js"|type="application\/json" class="chart-spec")>$/);
    }
  });

  it('shows the planted text as text in the evidence table', () => {
    const page = build.files.find((file) => file.path === 'indicators/green_building_area_new.html')?.content ?? '';
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;新增绿色建筑60万平方米以上');
    expect(page).toContain('区住建局&quot;&gt;&lt;img src=x onerror=alert(3)&gt;');
  });

  it('embeds chart specs as JSON with < escaped, which reads back to the original text', () => {
    const page = build.files.find((file) => file.path === 'indicators/green_building_area_new.html')?.content ?? '';
    const blocks = [...page.matchAll(/<script type="application\/json" class="chart-spec">([^<]*)<\/script>/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).not.toMatch(/[<>&]/);
    const spec = JSON.parse(blocks[0] ?? '{}') as { data: { values: { evidence: string | null }[] } };
    expect(spec.data.values.map((row) => row.evidence)).toContain(`2023年全区${SCRIPT}${IMAGE}新增绿色建筑60万平方米以上`);
  });

  it('runs no planted script in the browser', async () => {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      for (const path of ['indicators/green_building_area_new.html', build.files.find((f) => f.path.startsWith('sources/'))?.path ?? 'index.html']) {
        await page.goto(pathToFileURL(join(folder, path)).href);
        await page.evaluate('window.regionbenchCharts');
        expect(await page.locator('img').count()).toBe(0);
        const rankingBar = page.locator('.mark-rect path').first();
        if (await rankingBar.count() > 0) await rankingBar.hover();
      }
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
