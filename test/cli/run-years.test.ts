import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EXIT } from '../../src/cli/commands.js';
import { runCommand as run } from '../helpers/cli.js';

/** Two years of hand-written documents for three counties (see test/tracking/track.test.ts). */
const FOLDER = join(process.cwd(), 'test', 'fixtures', 'tracking');

let out: string;
let stderr: string;
let status: number;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'regionbench-years-'));
  ({ status, stderr } = await run(['run', FOLDER, '--out', out]));
}, 60_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('cli run on documents of several years', () => {
  it('writes each plan year its own report, neither overwriting the other', () => {
    expect(status).toBe(EXIT.ok);
    expect(existsSync(join(out, '2023', 'index.html'))).toBe(true);
    expect(existsSync(join(out, '2024', 'index.html'))).toBe(true);
    // the 2023 notices and bulletin in 2023's tables, the 2024 work reports in 2024's
    const documents = (year: string): string => readFileSync(join(out, year, 'data', 'documents.csv'), 'utf8');
    expect(documents('2023')).toContain('jiaxiang-2023-bulletin.txt');
    expect(documents('2023')).not.toContain('jiaxiang-2024-work-report.txt');
    expect(documents('2024')).toContain('jiaxiang-2024-work-report.txt');
  });

  it('writes each year the targets of that year against results from any year\'s documents', () => {
    const lines = readFileSync(join(out, '2023', 'data', 'tracking.csv'), 'utf8').trim().split('\r\n');
    // 10 targets of 2023: 嘉祥县 7, 汶上县 2, 泗水县 1
    expect(lines).toHaveLength(11);
    const fiveg = lines.find((line) => line.startsWith('嘉祥县,370829,county,县,fiveg_stations_new,新建5G基站,2023,'));
    expect(fiveg).toContain(',exceeded,超额完成,');
    expect(fiveg).toContain('jiaxiang-2024-work-report.txt');
    const page = readFileSync(join(out, '2023', 'tracking.html'), 'utf8');
    expect(page).toContain('<td>嘉祥县</td><td>7</td><td>5</td><td>3</td><td>2</td><td>1</td><td>0</td><td>60%</td>');
    const overview = readFileSync(join(out, '2023', 'index.html'), 'utf8');
    expect(overview).toContain('href="data/tracking.csv"');
    expect(overview).toContain('href="tracking.html"');
    expect(stderr).toContain(join('2023', 'tracking.html'));
    // 2024: 嘉祥县's four targets, none reported yet; the four it dropped are in the CSV only
    const later = readFileSync(join(out, '2024', 'data', 'tracking.csv'), 'utf8').trim().split('\r\n');
    expect(later.filter((line) => line.includes(',no_result,'))).toHaveLength(4);
    expect(later.filter((line) => line.includes(',dropped,'))).toHaveLength(4);
  });
});

/** Every HTML page under a folder (links followed), relative to it. */
function pagesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix)).flatMap((name) => {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(join(folder, path)).isDirectory()) return pagesUnder(folder, path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The year selector's links of a page: year → href. */
function yearLinks(file: string): Map<string, string> {
  const nav = /<nav class="years"[^>]*>(.*?)<\/nav>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return new Map([...nav.matchAll(/<a href="([^"]+)">(\d{4})<\/a>/g)].map((match) => [match[2] ?? '', match[1] ?? '']));
}

describe('cli run: the year selector', () => {
  it('links every page of each year to the same page of the other year, or to its overview, and every link resolves', () => {
    // 嘉祥县 (370829) has a page in both years; 汶上县 (370830) only in 2023 (its 2024 work report looks back only)
    expect(yearLinks(join(out, '2023', 'regions', '370829.html')).get('2024')).toBe('../../2024/regions/370829.html');
    expect(yearLinks(join(out, '2023', 'regions', '370830.html')).get('2024')).toBe('../../2024/index.html');
    expect(yearLinks(join(out, '2024', 'index.html')).get('2023')).toBe('../2023/index.html');
    expect(yearLinks(join(out, '2024', 'tracking.html')).get('2023')).toBe('../2023/tracking.html');
    for (const [year, other] of [['2023', '2024'], ['2024', '2023']] as const) {
      const pages = pagesUnder(join(out, year));
      // 2024: overview, method, attainment, 4 indicators, 1 region, 2 documents; 2023 more
      expect(pages.length).toBeGreaterThanOrEqual(10);
      for (const page of pages) {
        const href = yearLinks(join(out, year, page)).get(other);
        expect([page, href === undefined]).toEqual([page, false]);
        // resolved from the page's place under <out>/<year>, as a browser resolves it
        expect([page, existsSync(resolve(dirname(join(out, year, page)), href ?? ''))]).toEqual([page, true]);
      }
    }
  });

  it('finds the years earlier runs left in --out; an earlier year links to a later one once it is rebuilt', async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'regionbench-years-in-'));
    const target = mkdtempSync(join(tmpdir(), 'regionbench-years-out-'));
    try {
      const plans = join(inputs, 'plans');
      const reviews = join(inputs, 'reviews');
      mkdirSync(plans);
      mkdirSync(reviews);
      for (const name of ['jiaxiang-2023-tasks.txt', 'wenshang-2023-tasks.txt']) copyFileSync(join(FOLDER, name), join(plans, name));
      for (const name of ['jiaxiang-2024-work-report.txt', 'wenshang-2024-work-report.txt']) copyFileSync(join(FOLDER, name), join(reviews, name));
      expect((await run(['run', plans, '--out', target])).status).toBe(EXIT.ok);
      expect(yearLinks(join(target, '2023', 'index.html')).size).toBe(0);
      // a later run of 2024 alone finds 2023 in --out and links to its pages
      expect((await run(['run', reviews, '--out', target])).status).toBe(EXIT.ok);
      expect(yearLinks(join(target, '2024', 'index.html')).get('2023')).toBe('../2023/index.html');
      expect(yearLinks(join(target, '2024', 'indicators', 'fiveg_stations_new.html')).get('2023')).toBe('../../2023/indicators/fiveg_stations_new.html');
      // 2023 was written before 2024 existed: its pages say nothing of 2024 until 2023 is rebuilt
      expect(yearLinks(join(target, '2023', 'index.html')).size).toBe(0);
      expect((await run(['run', plans, '--out', target])).status).toBe(EXIT.ok);
      expect(yearLinks(join(target, '2023', 'index.html')).get('2024')).toBe('../2024/index.html');
    } finally {
      rmSync(inputs, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  }, 60_000);
});
