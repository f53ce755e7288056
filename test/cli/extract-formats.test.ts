import { tableFromIPC } from 'apache-arrow';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { EXIT } from '../../src/cli/commands.js';
import { runCommand as run } from '../helpers/cli.js';
import { SEEDS_DIR } from '../helpers/seeds.js';


describe('cli/commands extract --format', () => {
  const folder = mkdtempSync(join(tmpdir(), 'regionbench-cli-formats-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes an XLSX workbook with --format xlsx --out: the table under Chinese headers, then the columns sheet', async () => {
    const out = join(folder, 'documents.xlsx');
    const { status, stdout } = await run(['extract', SEEDS_DIR, '--table', 'documents', '--format', 'xlsx', '--out', out]);
    expect(status).toBe(EXIT.ok);
    expect(stdout).toBe('');
    const workbook = XLSX.read(readFileSync(out), { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(['documents', 'columns']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets.documents ?? {});
    expect(rows.map((row) => row['行政区划代码'])).toEqual(['370405', '370481', '370900', '370829', '371311']);
    expect(rows.map((row) => row['任务数'])).toEqual([46, 75, 80, 76, 69]);
  });

  it('writes Arrow IPC with --format arrow --out, typed columns included', async () => {
    const out = join(folder, 'tasks.arrow');
    const { status } = await run(['extract', SEEDS_DIR, '--table', 'tasks', '--format', 'arrow', '--out', out]);
    expect(status).toBe(EXIT.ok);
    const table = tableFromIPC(readFileSync(out));
    expect(table.numRows).toBe(46 + 75 + 80 + 76 + 69);
    expect(table.schema.fields.find((field) => field.name === 'task')?.type.toString()).toBe('Int32');
    expect(table.get(0)?.toJSON()).toMatchObject({ doc_id: expect.stringMatching(/^[0-9a-f]{16}$/), task: 1 });
    expect(table.schema.fields.map((field) => field.name)).not.toContain('region');
  });

  it('refuses a binary format without --out: exit 1, one line, nothing read or written', async () => {
    for (const format of ['xlsx', 'arrow']) {
      const { status, stdout, stderr } = await run(['extract', SEEDS_DIR, '--format', format]);
      expect({ status, stdout, stderr }).toEqual({ status: EXIT.usage, stdout: '', stderr: `regionbench: --format ${format} writes a binary file: pass --out FILE\n` });
    }
    expect(existsSync(join(process.cwd(), 'observations.xlsx'))).toBe(false);
  });

  it('still prints the text formats to stdout, and rejects an unknown format', async () => {
    const { status, stdout } = await run(['extract', SEEDS_DIR, '--table', 'documents', '--format', 'json']);
    expect(status).toBe(EXIT.ok);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(5);
    const bad = await run(['extract', SEEDS_DIR, '--format', 'parquet']);
    expect(bad.status).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/'parquet' is invalid/);
  });
});
