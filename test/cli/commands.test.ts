import { mkdtempSync, readFileSync, existsSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/commands.js';
import { runCommand as run } from '../helpers/cli.js';
import XLSX from 'xlsx';
import { SEEDS_DIR, SEED_FILES } from '../helpers/seeds.js';

describe('cli/commands', () => {
  it('extract --table documents writes one JSON line per seed document', async () => {
    const { status, stdout } = await run(['extract', SEEDS_DIR, '--table', 'documents']);
    expect(status).toBe(EXIT.ok);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => row.region_code)).toEqual(['370405', '370481', '370900', '370829', '371311']);
    expect(rows.map((row) => row.task_count)).toEqual([46, 75, 80, 76, 69]);
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['doc_id', 'source', 'title', 'issuer', 'doc_number', 'issued_date', 'plan_year', 'region', 'region_code', 'region_level', 'parent_region', 'encoding', 'format', 'script', 'task_count']));
  });

  it('extract --table tasks --format csv gives a header and one row per task', async () => {
    const { stdout } = await run(['extract', join(SEEDS_DIR, SEED_FILES.罗庄区), '--table', 'tasks', '--format', 'csv']);
    const lines = stdout.trim().split('\r\n');
    // the document's source and region are in the documents table, joined on doc_id
    expect(lines[0]).toBe('doc_id,section,task,task_title,text,lead_units,participating_units,start,end');
    expect(lines).toHaveLength(70);
    expect(lines[1]).toMatch(/^[0-9a-f]{16},培育现代产业体系,1,培优筑强优势产业,/);
    expect(lines[1]).toMatch(/,区工信局、区发改局,各产业专班,\d+,\d+$/);
  });

  it('exits 2 when an input fails, still writing the others, with one line per failure on stderr', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-cli-'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES.嘉祥县), join(folder, 'good.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    const { status, stdout, stderr } = await run(['extract', folder, join(folder, 'nope.txt'), '--table', 'documents']);
    expect(status).toBe(EXIT.someFailed);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim().split('\n')).toEqual([
      `regionbench: ${join(folder, 'empty.txt')}: the file is empty`,
      `regionbench: ${join(folder, 'nope.txt')}: path does not exist: ${join(folder, 'nope.txt')}`,
      // 嘉祥县: 76 tasks (read from the notice)
      expect.stringMatching(/^regionbench: 1 of 3 inputs read \(2 failed\), 76 tasks, \d+ observations$/),
    ]);
  });

  it('exits 1 on a usage error and names the bad value', async () => {
    const { status, stderr } = await run(['extract', SEEDS_DIR, '--table', 'nonsense']);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toMatch(/'nonsense' is invalid/);
  });

  it('reads in worker threads when asked, with the same records, and refuses a bad thread count', async () => {
    const threaded = await run(['extract', SEEDS_DIR, '--workers', '2']);
    const single = await run(['extract', SEEDS_DIR, '--workers', '0']);
    expect(threaded.status).toBe(EXIT.ok);
    // the seeds' 142 observations (116 figures, one of them 嘉祥县's combined count of four firm kinds, two of
    // them grain output named by its measure word: 泰安市 …产量稳定在557万亩、257万吨, 嘉祥县 产量稳定在13亿斤以上;
    // and 26 mentions), byte for byte as in one thread
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.stdout.trim().split('\n')).toHaveLength(142);
    for (const bad of ['-1', 'two', '1.5']) {
      const { status, stderr } = await run(['extract', SEEDS_DIR, '--workers', bad]);
      expect(status).toBe(EXIT.usage);
      expect(stderr).toContain(`invalid --workers: ${bad}`);
    }
  });

  it('prints help for every command and exits 0', async () => {
    for (const argv of [['--help'], ['extract', '--help'], ['run', '--help']]) {
      const { status, stdout } = await run(argv);
      expect(status).toBe(EXIT.ok);
      expect(stdout).toMatch(/Usage: regionbench/);
    }
  });

  it('run writes the tables of the plan year as CSV with a byte-order mark, and the same bytes twice', async () => {
    const out = mkdtempSync(join(tmpdir(), 'regionbench-run-'));
    const first = await run(['run', SEEDS_DIR, '--out', out]);
    expect(first.status).toBe(EXIT.ok);
    const documents = readFileSync(join(out, '2023', 'data', 'documents.csv'), 'utf8');
    expect(documents.startsWith('\ufeffdoc_id,')).toBe(true);
    expect(documents.trim().split('\r\n')).toHaveLength(6);
    expect(existsSync(join(out, '2023', 'data', 'tasks.csv'))).toBe(true);
    const before = readFileSync(join(out, '2023', 'data', 'tasks.csv'));
    const workbook = readFileSync(join(out, '2023', 'data', 'tables.xlsx'));
    await run(['run', SEEDS_DIR, '--out', out]);
    expect(readFileSync(join(out, '2023', 'data', 'tasks.csv')).equals(before)).toBe(true);
    expect(readFileSync(join(out, '2023', 'data', 'tables.xlsx')).equals(workbook)).toBe(true);
    // the workbook holds the same tables, read back by an independent reader (SheetJS)
    const book = XLSX.read(workbook, { type: 'buffer' });
    expect(book.SheetNames.slice(0, 6)).toEqual(['documents', 'tasks', 'quantities', 'observations', 'inputs', 'diagnostics']);
    const documentsSheet = book.Sheets.documents;
    expect(documentsSheet && XLSX.utils.sheet_to_json(documentsSheet)).toHaveLength(5);
  });
});

describe('cli compare', () => {
  it('ranks green building area per 10,000 residents with the denominator used, computed by hand', async () => {
    const { status, stdout } = await run(['compare', SEEDS_DIR, '--indicator', 'green_building_area_new', '--per', 'capita']);
    expect(status).toBe(EXIT.ok);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const tengzhou = rows.find((row) => row.region === '滕州市');
    // 新增绿色建筑150万平方米; 2023 year-end population 154.78万人 (reference table)
    expect(tengzhou).toMatchObject({ value: 1500000, per: 'capita', denominator_value: 154.78, denominator_unit: '万人', denominator_year: 2023 });
    expect(tengzhou?.normalised_value as number).toBeCloseTo(1500000 / 154.78, 6);
    const taian = rows.find((row) => row.region === '泰安市');
    expect(taian?.normalised_value as number).toBeCloseTo(2000000 / 534.87, 6);
    // the four county-level units ranked together, the prefecture-level 泰安市 apart
    expect(rows.map((row) => [row.rank, row.rank_group])).toEqual([[1, 'county'], [2, 'county'], [3, 'county'], [4, 'county'], [1, 'prefecture']]);
    expect(String(taian?.flags)).toMatch(/bound-at-least/);
    const mixed = await run(['compare', SEEDS_DIR, '--indicator', 'green_building_area_new', '--per', 'capita', '--mix-levels']);
    const mixedRows = mixed.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(mixedRows.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(String(mixedRows.find((row) => row.region === '泰安市')?.flags)).toMatch(/level-mismatch/);
  });

  it('refuses an unknown indicator as a usage error', async () => {
    const { status, stderr } = await run(['compare', SEEDS_DIR, '--indicator', 'no_such_thing']);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toBe('regionbench: unknown indicator: no_such_thing\n');
  });
});

describe('cli manifest', () => {
  it('lists every input with its outcome and, when read, its region, tasks and observations', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-manifest-'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES.台儿庄区), join(folder, 'a.txt'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES.台儿庄区), join(folder, 'b copy 副本.txt'));
    writeFileSync(join(folder, 'c.doc'), 'x');
    const manifest = join(folder, 'manifest.csv');
    const { status, stdout } = await run(['extract', folder, '--table', 'inputs', '--manifest', manifest]);
    expect(status).toBe(EXIT.ok);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => [row.outcome, row.region, row.tasks])).toEqual([['read', '台儿庄区', 46], ['duplicate', '', null], ['skipped', '', null]]);
    expect(Number(rows[0]?.observations)).toBeGreaterThan(20);
    expect(readFileSync(manifest, 'utf8').trim().split('\r\n')).toHaveLength(4);
  });
});

describe('cli run with planted formulas', () => {
  it('neutralises document text that a spreadsheet would run, in the CSV and the workbook', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-formula-'));
    const planted = readFileSync(join(SEEDS_DIR, SEED_FILES.罗庄区), 'utf8').replace('1.培优筑强优势产业。', "1.=cmd|' /C calc'!A0。");
    writeFileSync(join(folder, 'planted.txt'), planted);
    const out = mkdtempSync(join(tmpdir(), 'regionbench-formula-out-'));
    expect((await run(['run', folder, '--out', out])).status).toBe(EXIT.ok);
    const tasks = readFileSync(join(out, '2023', 'data', 'tasks.csv'), 'utf8');
    expect(tasks).toContain(",'=cmd|' /C calc'!A0,");
    const book = XLSX.read(readFileSync(join(out, '2023', 'data', 'tables.xlsx')), { type: 'buffer', cellFormula: true });
    const sheet = book.Sheets.tasks;
    const cells = Object.entries(sheet ?? {}).filter(([key]) => !key.startsWith('!')).map(([, cell]) => cell as { v?: unknown; f?: string });
    expect(cells.some((cell) => cell.f !== undefined)).toBe(false);
    expect(cells.some((cell) => cell.v === "'=cmd|' /C calc'!A0")).toBe(true);
  });
});
