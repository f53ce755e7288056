import { tableFromIPC } from 'apache-arrow';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { EXIT } from '../../src/cli/commands.js';
import { runCommand as run } from '../helpers/cli.js';

/** Two years of hand-written documents for three counties (see test/tracking/track.test.ts). */
const FOLDER = join(process.cwd(), 'test', 'fixtures', 'tracking');

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'regionbench-track-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('cli track', () => {
  it('writes one JSON line per target, with the verdict, and the run summary on stderr', async () => {
    const { status, stdout, stderr } = await run(['track', FOLDER, '--year', '2023']);
    expect(status).toBe(EXIT.ok);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    // 2023 targets: 嘉祥县 7 (5G, farmland, solar, high-tech firms, smart communities, water, forest), 汶上县 2, 泗水县 1
    expect(rows).toHaveLength(10);
    expect(rows.find((row) => row.region === '汶上县' && row.indicator === 'fiveg_stations_new')).toMatchObject({ target_value: 200, result_value: 180, verdict: 'not_met', verdict_text: '未完成' });
    expect(stderr).toMatch(/7 of 7 inputs read/);
  });

  it('writes the verdicts and the headers in English with --lang en, as CSV', async () => {
    const { stdout } = await run(['track', FOLDER, '--year', '2023', '--lang', 'en', '--format', 'csv']);
    const [header, ...lines] = stdout.trim().split('\r\n');
    // each code with its Chinese name beside it, in English runs too (the codes stay for machines)
    expect(header?.split(',').slice(0, 6)).toEqual(['region', 'region_code', 'region_level', 'region_level_zh', 'indicator', 'indicator_zh']);
    expect(lines.find((line) => line.includes('high_standard_farmland_new'))).toContain('a committed (确保) floor was not met');
  });

  it('writes the tracking table as a workbook under Chinese headers and as Arrow', async () => {
    const xlsx = join(folder, 'tracking.xlsx');
    expect((await run(['track', FOLDER, '--format', 'xlsx', '--out', xlsx])).status).toBe(EXIT.ok);
    const book = XLSX.read(readFileSync(xlsx));
    expect(book.SheetNames).toEqual(['tracking', 'columns']);
    const sheet = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.tracking as XLSX.WorkSheet);
    const water = sheet.find((row) => row['指标'] === 'water_use_total' && row['年度'] === 2023);
    expect(water).toMatchObject({ 目标值: 210000000, 实际完成值: 205000000, 完成情况: '完成' });

    const arrow = join(folder, 'tracking.arrow');
    expect((await run(['track', FOLDER, '--format', 'arrow', '--out', arrow])).status).toBe(EXIT.ok);
    const table = tableFromIPC(readFileSync(arrow));
    expect(table.schema.fields.find((field) => field.name === 'target_value')?.type.toString()).toBe('Float64');
    expect(table.schema.fields.find((field) => field.name === 'result_count')?.type.toString()).toBe('Int32');
    // 10 targets of 2023, 4 of 2024 (嘉祥县: 5G, farmland, high-tech firms, elderly-care beds), 4 dropped for 2024 (solar, smart communities, water, forest)
    expect(table.numRows).toBe(18);
  });

  it('refuses a bad year and a binary format without --out as usage errors', async () => {
    expect((await run(['track', FOLDER, '--year', 'next'])).status).toBe(EXIT.usage);
    const { status, stderr } = await run(['track', FOLDER, '--format', 'xlsx']);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toMatch(/--out FILE/);
  });
});
