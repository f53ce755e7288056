import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract } from '../../src/pipeline.js';
import { buildReport, buildReportModel, renderPage, reportPagePaths, yearHref, yearSelector } from '../../src/report/index.js';
import { html } from '../../src/report/html.js';
import { track } from '../../src/tracking/index.js';
import { seedRegions } from './helpers.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'tracking');

describe('report/year-selector', () => {
  it('links a page to the same page of another year, or to its overview when that year lacks it', () => {
    const other = { year: 2024, pages: new Set(['index.html', 'regions/370829.html']) };
    expect(yearHref('regions/370829.html', other)).toBe('../../2024/regions/370829.html');
    expect(yearHref('regions/370830.html', other)).toBe('../../2024/index.html');
    expect(yearHref('method.html', other)).toBe('../2024/index.html');
    expect(yearHref('sources/abc/page.html', { year: 2022, pages: new Set(['index.html', 'sources/abc/page.html']) })).toBe('../../../2022/sources/abc/page.html');
  });

  it('lists every year newest first, marks this report\'s year and links the others', () => {
    const links = { current: 2023, others: [{ year: 2022, pages: new Set(['index.html']) }, { year: 2024, pages: new Set(['index.html', 'method.html']) }] };
    expect(String(yearSelector(links, 'method.html', 'zh'))).toBe(
      '<nav class="years" aria-label="年份">年份：<a href="../2024/method.html">2024</a><span aria-current="page">2023（本报告）</span><a href="../2022/index.html">2022</a></nav>',
    );
    expect(String(yearSelector(links, 'index.html', 'en'))).toContain('Year: <a href="../2024/index.html">2024</a><span aria-current="page">2023 (this report)</span>');
    expect(yearSelector(undefined, 'index.html', 'zh')).toBe('');
    expect(yearSelector({ current: 2023, others: [] }, 'index.html', 'zh')).toBe('');
  });

  it('puts the selector in the header of a rendered page', () => {
    const page = renderPage({ path: 'index.html', title: '总览', body: html`<h1>总览</h1>`, charts: false },
      { lang: 'zh', year: 2023, documents: 1, years: { current: 2023, others: [{ year: 2024, pages: new Set(['index.html']) }] } });
    const header = page.slice(page.indexOf('<header class="site">'), page.indexOf('</header>'));
    expect(header).toContain('<a href="../2024/index.html">2024</a>');
  });

  it('names exactly the pages buildReport renders, text documents\' pages (made from their bytes) and the attainment page included', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-years-pages-'));
    try {
      for (const name of ['jiaxiang-2023-tasks.txt', 'jiaxiang-2024-work-report.txt', 'wenshang-2023-tasks.txt']) copyFileSync(join(FIXTURES, name), join(folder, name));
      // a web page of 2023 (its text becomes a page of the report, never a copy)
      writeFileSync(join(folder, 'sishui-2023-news.html'), '<html><head><title>泗水县2023年重点工作任务</title></head><body><p>泗水县人民政府办公室关于印发泗水县2023年重点工作任务的通知</p><p>1.加快新型基础设施建设。全年新建5G基站150个。</p></body></html>');
      const extraction = await extract([folder], nodeEffects());
      expect(extraction.documents.some((document) => document.format === 'html' && document.plan_year === 2023)).toBe(true);
      const model = buildReportModel({ ...extraction, regions: seedRegions(), catalogue: DEFAULT_CATALOGUE, tracking: track(extraction.observations, extraction.documents) }, { planYear: 2023, draws: 0 });
      const build = await buildReport(model);
      const rendered = [...build.files.map((file) => file.path), ...build.copies.filter((copy) => copy.render !== undefined).map((copy) => copy.path)].filter((path) => path.endsWith('.html')).sort();
      expect(rendered).toContain('tracking.html');
      // the web page's task page, its whole text, is made from its bytes with the copies
      expect(build.copies.some((copy) => copy.render !== undefined && copy.from.endsWith('sishui-2023-news.html') && /^sources\/[0-9a-f]{16}\.html$/.test(copy.path))).toBe(true);
      expect(reportPagePaths(model)).toEqual(rendered);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
