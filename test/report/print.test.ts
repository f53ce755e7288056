import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract } from '../../src/pipeline.js';
import { parseRegionTable } from '../../src/regions/index.js';
import { buildReport, buildReportModel, writeReport } from '../../src/report/index.js';

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
/** Three invented county notices (浙江、云南、湖南) and their invented reference figures. */
const PRINT_FIXTURES = join(process.cwd(), 'test', 'fixtures', 'print');
/** A4 is 210 mm wide; the report's `@page` leaves 12 mm each side: 186 mm at 96 px per inch. */
const PRINTABLE_WIDTH_PX = Math.floor((186 / 25.4) * 96);
const PAGES = ['index.html', 'method.html', 'indicators/green_building_area_new.html', 'indicators/water_use_total.html'] as const;

interface Overflow {
  readonly text: string;
  readonly right: number;
}

describe('the report printed on A4 portrait (Debian chromium via playwright-core)', () => {
  let folder = '';
  let browser: Browser;
  let regionCount = 0;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'regionbench-print-'));
    const extraction = await extract(['seeds', PRINT_FIXTURES], nodeEffects());
    const seedTable = readFileSync(join(process.cwd(), 'seeds', 'regions.csv'), 'utf8');
    const extra = readFileSync(join(PRINT_FIXTURES, 'regions.csv'), 'utf8').split('\n').slice(1).join('\n');
    const regions = parseRegionTable(`${seedTable.trimEnd()}\n${extra}`, 'csv', { origin: 'regions.csv' });
    regionCount = new Set(extraction.observations.map((o) => o.region_code).filter((code) => code !== '')).size;
    const input = { documents: extraction.documents, tasks: extraction.tasks, observations: extraction.observations, regions, catalogue: DEFAULT_CATALOGUE };
    await writeReport(await buildReport(buildReportModel(input, { planYear: 2023 })), folder, nodeEffects());
    browser = await chromium.launch(LAUNCH);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  it('reads at least eight regions from the seeds and the three invented notices', () => {
    expect(regionCount).toBeGreaterThanOrEqual(8);
  });

  it.each(PAGES)('keeps every table cell of %s inside the printable width of A4 portrait', async (path) => {
    const context = await browser.newContext({ viewport: { width: PRINTABLE_WIDTH_PX, height: 1000 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, path)).href);
    await page.emulateMedia({ media: 'print' });
    const overflows = await page.evaluate<Overflow[]>(`Array.from(document.querySelectorAll('th, td'))
      .map((cell) => ({ text: (cell.textContent || '').slice(0, 40), right: Math.round(cell.getBoundingClientRect().right) }))
      .filter((cell) => cell.right > ${PRINTABLE_WIDTH_PX})`);
    expect(overflows).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
    await context.close();
  });
});
