import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
