import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
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
/** Two more invented county notices (德清县、郫都区): ten regions, more than one coverage table holds. */
const MORE_COUNTIES = join(process.cwd(), 'test', 'fixtures', 'counties');
/** A4 is 210 mm wide; the report's `@page` leaves 12 mm each side: 186 mm at 96 px per inch. */
const PRINTABLE_WIDTH_PX = Math.floor((186 / 25.4) * 96);
const PAGES = ['index.html', 'method.html', 'indicators/green_building_area_new.html', 'indicators/water_use_total.html', 'regions/330522.html'] as const;

/**
 * Text read back from the PDF, comparable with what the page says: the CJK font's glyphs are
 * mapped back to Kangxi and supplementary radicals (⽬ for 目, ⻚ for 页), which NFKC folds for
 * the former only; white space between glyphs is dropped. Expected strings go through it too.
 */
function plain(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/⻚/g, '页').replace(/⻓/g, '长');
}

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
    const extraction = await extract(['seeds', PRINT_FIXTURES, MORE_COUNTIES], nodeEffects());
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

  it('reads ten regions from the seeds and the five invented notices', () => {
    expect(regionCount).toBe(10);
  });

  it('splits the coverage matrix of ten regions into two tables that name every region once', () => {
    const overview = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(overview.match(/<table class="coverage">/g)).toHaveLength(2);
    expect(overview).toContain('地区 1–8（共 10 个）');
    expect(overview).toContain('地区 9–10（共 10 个）');
    for (const name of ['台儿庄区', '嘉祥县', '长兴县', '宜良县', '临澧县', '德清县', '郫都区']) {
      expect(overview.match(new RegExp(`<span class="region">${name}</span>`, 'g'))).toHaveLength(1);
    }
  });

  it.each(PAGES)('fits %s into a 1280 px wide window without a horizontal scroll', async (path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, path)).href);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    await context.close();
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

  it.each(PAGES)('prints %s to an A4 PDF whose every page carries the report title and its page number', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, path)).href);
    const pdf = await page.pdf({ format: 'A4' });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(document, { mergePages: false });
    expect(totalPages).toBeGreaterThanOrEqual(1);
    text.forEach((pageText, index) => {
      expect(plain(pageText)).toContain(plain('2023年区域规划目标对比报告'));
      expect(plain(pageText)).toContain(plain(`第 ${index + 1} 页，共 ${totalPages} 页`));
    });
    await context.close();
  });

  it('prints the last region column of the coverage matrix and the 用于 column of the method page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const textOf = async (path: string): Promise<string> => {
      await page.goto(pathToFileURL(join(folder, path)).href);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' }))), { mergePages: true });
      return plain(text);
    };
    const overview = await textOf('index.html');
    expect(overview).toContain('郫都区');
    expect(overview).toContain('宜良县');
    const method = await textOf('method.html');
    expect(method).toContain('用于');
    expect(method).toContain(plain('是（每万常住人口）'));
    await context.close();
  });
});
