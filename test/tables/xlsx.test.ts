import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { WORKER_ROWS_MIN, columnLetters, xlsxPackage, xlsxPackageAsync, xmlText } from '../../src/tables/xlsx.js';

describe('xlsx writer', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes markup and drops what XML cannot carry, keeping characters outside the BMP', () => {
    expect(xmlText('<a & "b">\u0001\u0008\t\n')).toBe('&lt;a &amp; &quot;b&quot;&gt;\t\n');
    expect(xmlText('𠀀\ud800x\udc00')).toBe('𠀀x');
  });

  it('writes a package another reader opens: sheets in order, shared text, numbers, booleans, empty cells', () => {
    const bytes = xlsxPackage([
      { name: '地区', headers: ['地区', '数值', '达标'], rows: [['台儿庄区', 46, true], ['滕州市', null, false], ['台儿庄区', 1.5, null]], widths: [10, 8, 6] },
      { name: "it's", headers: [], rows: [], widths: [] },
    ], { creator: 'regionbench', created: new Date('2023-08-15T00:00:00Z') });
    const book = XLSX.read(bytes, { type: 'array', cellStyles: true });
    expect(book.SheetNames).toEqual(['地区', "it's"]);
    const sheet = book.Sheets['地区'] ?? {};
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual([['地区', '数值', '达标'], ['台儿庄区', 46, true], ['滕州市', undefined, false], ['台儿庄区', 1.5]]);
    expect(sheet.B2).toMatchObject({ t: 'n', v: 46 });
    expect(sheet.C2).toMatchObject({ t: 'b', v: true });
    expect(sheet.B3).toBeUndefined();
    expect(sheet['!cols']?.map((column) => column.width)).toEqual([10, 8, 6]);
    expect(book.Props?.Author).toBe('regionbench');
  });

  it('gives the same bytes for the same sheets and date, in any time zone', () => {
    const sheets = [{ name: 'a', headers: ['x'], rows: [['y']], widths: [6] }];
    const created = new Date('2024-01-02T03:04:05Z');
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = Buffer.from(xlsxPackage(sheets, { creator: 'r', created }));
      process.env.TZ = 'Asia/Shanghai';
      const shanghai = Buffer.from(xlsxPackage(sheets, { creator: 'r', created }));
      process.env.TZ = 'America/New_York';
      const newYork = Buffer.from(xlsxPackage(sheets, { creator: 'r', created }));
      expect(shanghai.equals(utc)).toBe(true);
      expect(newYork.equals(utc)).toBe(true);
      // the first zip entry's time is the UTC time given: 2024-01-02 03:04:04 (DOS time counts two-second steps from 1980)
      const dosTime = utc.readUInt16LE(10);
      const dosDate = utc.readUInt16LE(12);
      expect([dosDate >> 9, (dosDate >> 5) & 15, dosDate & 31, dosTime >> 11, (dosTime >> 5) & 63, (dosTime & 31) * 2]).toEqual([44, 1, 2, 3, 4, 4]);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('deflates a large workbook in worker threads to the bytes it makes in this thread', async () => {
    // more rows than a worker is started for, with text repeated and unique, numbers and gaps
    const rows = Array.from({ length: WORKER_ROWS_MIN + 2500 }, (_, index) => [`第${index % 97}项任务：新建5G基站${index}个`, index % 7 === 0 ? null : index * 1.5, index % 2 === 0]);
    const sheets = [
      { name: 'tasks', headers: ['任务', '数值', '达标'], rows, widths: [30, 8, 6] },
      { name: 'small', headers: ['x'], rows: [['y']], widths: [6] },
    ];
    const properties = { creator: 'regionbench', created: new Date('2023-08-15T00:00:00Z') };
    const inWorkers = await xlsxPackageAsync(sheets, properties);
    expect(Buffer.from(inWorkers).equals(Buffer.from(xlsxPackage(sheets, properties)))).toBe(true);
    const book = XLSX.read(inWorkers, { type: 'array' });
    const read = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.tasks ?? {}, { header: 1 });
    expect(read).toHaveLength(rows.length + 1);
    expect(read[WORKER_ROWS_MIN + 1]).toEqual([`第${WORKER_ROWS_MIN % 97}项任务：新建5G基站${WORKER_ROWS_MIN}个`, WORKER_ROWS_MIN * 1.5, true]);
  }, 60_000);

  it('rejects with the failure of a sheet being written in a worker thread, and stops the thread', async () => {
    function* rows(): Generator<string[]> {
      for (let index = 0; index < WORKER_ROWS_MIN + 1000; index += 1) {
        if (index === WORKER_ROWS_MIN + 500) throw new Error('table t, column x, row 20501: not a number');
        yield [`第${index}项`];
      }
    }
    const sheets = [{ name: 't', headers: ['x'], rows: rows(), rowCount: WORKER_ROWS_MIN + 1000, widths: [8] }];
    await expect(xlsxPackageAsync(sheets, { creator: 'r', created: new Date('2023-08-15T00:00:00Z') })).rejects.toThrow('table t, column x, row 20501: not a number');
    // a process that meets the failure ends by itself: no worker thread is left waiting
    const script = `import { xlsxPackageAsync } from ${JSON.stringify(join(process.cwd(), 'src', 'tables', 'xlsx.ts'))};
      function* rows() { for (let i = 0; i < ${WORKER_ROWS_MIN + 1000}; i += 1) { if (i === ${WORKER_ROWS_MIN + 500}) throw new Error('bad cell'); yield ['第' + i + '项']; } }
      await xlsxPackageAsync([{ name: 't', headers: ['x'], rows: rows(), rowCount: ${WORKER_ROWS_MIN + 1000}, widths: [8] }], { creator: 'r', created: new Date('2023-08-15T00:00:00Z') }).catch((error) => console.log('failed:', error.message));`;
    // (a script file: a process evaluating `-e` ends even with a thread left)
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-xlsx-'));
    try {
      writeFileSync(join(folder, 'fail.mjs'), script);
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(folder, 'fail.mjs')], { cwd: process.cwd(), encoding: 'utf8', timeout: 20_000, env: { ...process.env, NODE_OPTIONS: '' } });
      expect(child.error).toBeUndefined();
      expect(child.stdout).toBe('failed: bad cell\n');
      expect(child.status).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('makes a small workbook in this thread, with the same bytes', async () => {
    const sheets = [{ name: 'a', headers: ['x'], rows: [['y'], [2]], widths: [6] }];
    const properties = { creator: 'r', created: new Date('2024-01-02T03:04:05Z') };
    expect(Buffer.from(await xlsxPackageAsync(sheets, properties)).equals(Buffer.from(xlsxPackage(sheets, properties)))).toBe(true);
  });
});
