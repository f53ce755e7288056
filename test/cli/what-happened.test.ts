/**
 * The command line says what happened: nothing to read, outputs that cannot be written (found
 * before the work), file names that are not UTF-8, and workbooks that do not change with the
 * clock. Outputs that hang or need another user run in real child processes.
 */
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXIT } from '../../src/cli/commands.js';
import { runCommand as run } from '../helpers/cli.js';
import { SEEDS_DIR, SEED_FILES } from '../helpers/seeds.js';

const execute = promisify(execFile);
const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');
const EXTENSIONS = '.txt .text .md .html .htm .shtml .xhtml .docx .pdf';

/** Run the command line in a child process (tsx), optionally as another user; resolves to status, stderr and seconds taken. */
async function child(argv: string[], options: { asUser?: number; timeoutMs?: number } = {}): Promise<{ status: number; stderr: string; seconds: number }> {
  const command = options.asUser === undefined ? [process.execPath] : ['setpriv', `--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', process.execPath];
  const started = Date.now();
  try {
    const { stderr } = await execute(command[0] ?? '', [...command.slice(1), '--import', 'tsx', MAIN, ...argv], { timeout: options.timeoutMs ?? 60_000, encoding: 'utf8' });
    return { status: 0, stderr, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    const failed = error as { code: number | string; stderr: string; killed?: boolean };
    if (failed.killed === true) throw new Error(`regionbench ${argv.join(' ')} did not return within ${options.timeoutMs ?? 60_000} ms`);
    return { status: Number(failed.code), stderr: failed.stderr, seconds: (Date.now() - started) / 1000 };
  }
}

describe('cli: saying what happened', () => {
  let work = '';
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'regionbench-said-'));
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  describe('nothing to read', () => {
    it('an empty folder: exit 1, says what was looked for and where, writes nothing', async () => {
      mkdirSync(join(work, 'empty'));
      const out = join(work, 'out');
      const result = await run(['run', join(work, 'empty'), '--out', out]);
      expect(result.status).toBe(EXIT.usage);
      expect(result.stderr).toBe(`regionbench: nothing to read: looked for ${EXTENSIONS} files in ${join(work, 'empty')} (found none)\n`);
      expect(existsSync(out)).toBe(false);
    });

    it('a folder holding only regions.csv: names the file it skipped', async () => {
      mkdirSync(join(work, 'tables'));
      copyFileSync(join(SEEDS_DIR, 'regions.csv'), join(work, 'tables', 'regions.csv'));
      const out = join(work, 'out');
      const result = await run(['run', join(work, 'tables'), '--out', out]);
      expect(result.status).toBe(EXIT.usage);
      expect(result.stderr).toBe(`regionbench: nothing to read: looked for ${EXTENSIONS} files in ${join(work, 'tables')} (1 other file skipped: ${join(work, 'tables', 'regions.csv')})\n`);
      expect(existsSync(join(out, 'unknown-year'))).toBe(false);
    });

    it('a path that does not exist: exit 1 for run, extract and compare, no unknown-year/', async () => {
      const missing = join(work, 'no-such-folder');
      for (const command of [['run', missing, '--out', join(work, 'out')], ['extract', missing], ['compare', missing]]) {
        const result = await run(command);
        expect({ command: command[0], status: result.status }).toEqual({ command: command[0], status: EXIT.usage });
        expect(result.stderr).toBe(`regionbench: nothing to read: looked for ${EXTENSIONS} files in ${missing} (path does not exist: ${missing})\n`);
      }
      expect(existsSync(join(work, 'out'))).toBe(false);
    });

    it('documents found but none readable: each failure, exit 2, nothing written', async () => {
      mkdirSync(join(work, 'bad'));
      writeFileSync(join(work, 'bad', 'empty.txt'), '');
      writeFileSync(join(work, 'bad', 'broken.docx'), 'not a zip');
      const result = await run(['run', join(work, 'bad'), '--out', join(work, 'out')]);
      expect(result.status).toBe(EXIT.someFailed);
      const lines = result.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^regionbench: .*broken\.docx: not a readable docx file/);
      expect(lines[1]).toBe(`regionbench: ${join(work, 'bad', 'empty.txt')}: the file is empty`);
      expect(lines[lines.length - 1]).toBe('regionbench: no document could be read (2 failed, see above): nothing written');
      expect(existsSync(join(work, 'out'))).toBe(false);
    });
  });

  describe('output locations, checked before the work', () => {
    it('a file where a folder is needed (ENOTDIR): one line, exit 1, no extraction', async () => {
      writeFileSync(join(work, 'plain'), 'x');
      const result = await run(['run', SEEDS_DIR, '--out', join(work, 'plain', 'reports')]);
      expect(result).toEqual({ status: EXIT.usage, stdout: '', stderr: `regionbench: cannot write --out ${join(work, 'plain', 'reports')}: ${join(work, 'plain')} is a file, not a folder\n` });
      const direct = await run(['run', SEEDS_DIR, '--out', join(work, 'plain')]);
      expect(direct.stderr).toBe(`regionbench: cannot write --out ${join(work, 'plain')}: ${join(work, 'plain')} is a file, not a folder\n`);
    });

    it('a folder where a file is needed (EISDIR): extract --out and --manifest', async () => {
      for (const option of ['--out', '--manifest']) {
        const result = await run(['extract', SEEDS_DIR, option, work]);
        expect(result).toEqual({ status: EXIT.usage, stdout: '', stderr: `regionbench: cannot write ${option} ${work}: it is a folder (give a file name)\n` });
      }
    });

    it('/proc/sys/x returns at once with one line instead of hanging (child process)', async () => {
      const result = await child(['run', SEEDS_DIR, '--out', '/proc/sys/regionbench-x'], { timeoutMs: 30_000 });
      expect(result.status).toBe(EXIT.usage);
      expect(result.stderr).toBe('regionbench: cannot write --out /proc/sys/regionbench-x: cannot create anything in /proc/sys (ENOENT)\n');
    }, 40_000);

    it('a folder the user may not write in (EACCES, run as nobody): one line, exit 1, before reading', async () => {
      if (process.getuid?.() !== 0) throw new Error('this test switches to the user nobody with setpriv, which needs root (the CI runs as root)');
      const locked = join(work, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      chmodSync(work, 0o755);
      const result = await child(['run', SEEDS_DIR, '--out', join(locked, 'reports')], { asUser: 65534 });
      expect(result.status).toBe(EXIT.usage);
      expect(result.stderr).toBe(`regionbench: cannot write --out ${join(locked, 'reports')}: no permission to write in ${locked}\n`);
      expect(readdirSync(locked)).toEqual([]);
    }, 60_000);
  });

  it('reads a file whose name is not valid UTF-8, showing the bad byte as \\xNN', async () => {
    const folder = join(work, 'names');
    mkdirSync(folder);
    // "notice" + the Latin-1 byte for µ, which is not UTF-8 on its own
    const name = Buffer.concat([Buffer.from('notice-'), Buffer.from([0xb5]), Buffer.from('.txt')]);
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), name]), readFileSync(join(SEEDS_DIR, SEED_FILES.嘉祥县)));
    const result = await run(['extract', folder, '--table', 'inputs', '--format', 'json']);
    expect(result.status).toBe(EXIT.ok);
    const inputs = JSON.parse(result.stdout) as { source: string; outcome: string }[];
    expect(inputs.map((input) => [input.source, input.outcome])).toEqual([[join(folder, 'notice-\\xB5.txt'), 'read']]);
  });

  it('writes the same xlsx bytes on reruns (the workbook is dated by the documents, not the clock)', async () => {
    const first = join(work, 'a.xlsx');
    const second = join(work, 'b.xlsx');
    await run(['extract', SEEDS_DIR, '--format', 'xlsx', '--out', first]);
    await new Promise((done) => setTimeout(done, 1100));
    await run(['extract', SEEDS_DIR, '--format', 'xlsx', '--out', second]);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });
});
