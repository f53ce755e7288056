import { Command } from 'commander';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { EXIT, runCli } from '../../src/cli/commands.js';
import { firstDifference, listFiles } from './helpers.js';

async function run(argv: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const status = await runCli(new Command(), argv, {
    stdout: () => undefined,
    stderr: (text) => { stderr += text; },
    isTTY: false,
    cwd: process.cwd(),
  });
  return { status, stderr };
}

const GOLDEN = join(process.cwd(), 'reports', '2023');

describe('report/run (regionbench run on the seeds)', () => {
  let first = '';
  let second = '';
  let firstRun = { status: -1, stderr: '' };

  beforeAll(async () => {
    first = mkdtempSync(join(tmpdir(), 'regionbench-report-a-'));
    second = mkdtempSync(join(tmpdir(), 'regionbench-report-b-'));
    firstRun = await run(['run', 'seeds', '--out', first]);
    await run(['run', 'seeds', '--out', second]);
  }, 120_000);

  afterAll(() => {
    for (const folder of [first, second]) if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  it('writes the report beside the tables and says where it is', () => {
    expect(firstRun.status).toBe(EXIT.ok);
    expect(firstRun.stderr).toContain(`regionbench: report: ${relative(process.cwd(), join(first, '2023', 'index.html'))}\n`);
    for (const path of ['index.html', 'method.html', 'indicators/green_building_area_new.html', 'regions/370405.html', 'data/observations.csv', 'assets/vega.min.js', 'assets/vega-lite.min.js', 'assets/vega-embed.min.js', 'charts/composite.vl.json', 'charts/composite.csv']) {
      expect(existsSync(join(first, '2023', path))).toBe(true);
    }
  });

  it('gives byte-identical files on two runs over the same inputs', () => {
    expect(listFiles(join(first, '2023')).length).toBeGreaterThan(100);
    expect(firstDifference(join(first, '2023'), join(second, '2023'))).toBeNull();
  });

  it('matches the committed reports/2023 byte for byte (regenerate with `npm start` when this fails)', () => {
    expect(existsSync(GOLDEN)).toBe(true);
    const difference = firstDifference(GOLDEN, join(first, '2023'));
    if (difference !== null) throw new Error(`reports/2023 is stale: first differing file ${difference}; run \`npm start\` and review the changes`);
  });

  it('references only files that exist in the report (relative links, no CDN)', () => {
    const root = join(first, '2023');
    for (const page of listFiles(root).filter((path) => path.endsWith('.html'))) {
      const text = readFileSync(join(root, page), 'utf8');
      expect(text).not.toMatch(/(src|href)="(https?:)?\/\/[^"]*(cdn|jsdelivr|unpkg)/i);
      for (const match of text.matchAll(/(?:src|href)="([^"#]+)(?:#[^"]*)?"/g)) {
        const target = match[1] ?? '';
        if (/^https?:/.test(target)) continue;
        const resolved = join(root, page, '..', decodeURIComponent(target));
        if (!existsSync(resolved)) throw new Error(`${page} links to a missing file: ${target}`);
      }
    }
  });
});
