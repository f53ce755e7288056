/**
 * Runs into the same `--out`, with real processes: two at once never mix their reports, a
 * live lock is waited for and a dead one taken over, a reader polling `2023/index.html` never
 * finds it missing while reports are swapped, and runs killed half way leave the previous
 * report readable and nothing the next run does not clean up.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXIT } from '../../src/cli/commands.js';
import { writeRun as writeRunTables } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract } from '../../src/pipeline.js';
import { runCommand as run } from '../helpers/cli.js';
import { SEEDS_DIR, SEED_FILES } from '../helpers/seeds.js';
import { firstDifference, seedRegions } from '../report/helpers.js';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';

const execute = promisify(execFile);
const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');

/** `regionbench` in a child process; resolves to its exit status and stderr. */
async function child(argv: string[]): Promise<{ status: number; stderr: string }> {
  try {
    const { stderr } = await execute(process.execPath, ['--import', 'tsx', MAIN, ...argv], { encoding: 'utf8', timeout: 120_000 });
    return { status: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { status: Number(failed.code), stderr: failed.stderr };
  }
}

/** What a finished `--out` folder may hold: the year link and the version it points to. */
function expectClean(out: string): void {
  const version = readlinkSync(join(out, '2023'));
  expect(readdirSync(out).sort()).toEqual([version, '2023'].sort());
}

describe('concurrent runs and the swap', () => {
  let work = '';
  /** Two inputs that give different reports: two seed notices, and all five. */
  let small = '';
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'regionbench-concurrent-'));
    small = join(work, 'small');
    mkdirSync(small);
    for (const region of ['台儿庄区', '罗庄区'] as const) copyFileSync(join(SEEDS_DIR, SEED_FILES[region]), join(small, SEED_FILES[region]));
  });
  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('two runs started together into one --out: both exit 0 and the report is one of them whole', async () => {
    const references = { all: join(work, 'ref-all'), small: join(work, 'ref-small') };
    expect((await run(['run', SEEDS_DIR, '--out', references.all])).status).toBe(EXIT.ok);
    expect((await run(['run', small, '--out', references.small])).status).toBe(EXIT.ok);
    expect(firstDifference(join(references.all, '2023'), join(references.small, '2023'))).not.toBeNull();
    const out = join(work, 'together');
    const [first, second] = await Promise.all([child(['run', SEEDS_DIR, '--out', out]), child(['run', small, '--out', out])]);
    expect([first.status, second.status]).toEqual([EXIT.ok, EXIT.ok]);
    const matches = [references.all, references.small].filter((reference) => firstDifference(join(reference, '2023'), join(out, '2023')) === null);
    expect(matches).toHaveLength(1);
    expectClean(out);
  }, 180_000);

  it('waits for a live lock and fails clearly after --wait; takes over the lock of a dead process', async () => {
    const out = join(work, 'locked');
    mkdirSync(out);
    const holder: ChildProcess = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(out, '.regionbench-lock'), `${holder.pid}\n`);
      const refused = await run(['run', small, '--out', out, '--wait', '1']);
      expect(refused.status).toBe(EXIT.usage);
      expect(refused.stderr).toContain(`regionbench: waiting for another regionbench run (process ${holder.pid}) to finish writing to ${out}\n`);
      expect(refused.stderr).toMatch(new RegExp(`regionbench: another regionbench run \\(process ${holder.pid}\\) is writing to ${out}; gave up waiting after 1 s`));
      expect(existsSync(join(out, '2023'))).toBe(false);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((done) => holder.once('exit', done));
    }
    // the holder is gone now: its lock is stale
    const taken = await run(['run', small, '--out', out, '--wait', '1']);
    expect(taken.status).toBe(EXIT.ok);
    expect(existsSync(join(out, '.regionbench-lock'))).toBe(false);
    expectClean(out);
  }, 60_000);

  it('never lets a reader find 2023/index.html missing while reports are swapped in', async () => {
    const out = join(work, 'polled');
    const effects = nodeEffects();
    const extractions = [await extract([SEEDS_DIR], effects), await extract([small], effects)];
    const report = { regions: seedRegions(), catalogue: DEFAULT_CATALOGUE, lang: 'zh' as const, cwd: process.cwd() };
    await writeRunTables(extractions[0]!, out, effects, report);
    const stop = join(work, 'stop-polling');
    const script = `const fs = require('fs'); let seen = 0, missing = 0;
      const target = ${JSON.stringify(join(out, '2023', 'index.html'))}, stop = ${JSON.stringify(stop)};
      process.stdout.write('ready\\n');
      const poll = () => { for (let i = 0; i < 200; i++) { try { fs.readFileSync(target); seen++; } catch { missing++; } }
        if (fs.existsSync(stop)) process.stdout.write(JSON.stringify({ seen, missing }) + '\\n'); else setImmediate(poll); };
      poll();`;
    const poller = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    poller.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    await new Promise<void>((done) => { const wait = (): void => { if (output.includes('ready')) done(); else setTimeout(wait, 20); }; wait(); });
    // six swaps, each to a report that differs from the one before
    for (let swap = 1; swap <= 6; swap++) await writeRunTables(extractions[swap % 2]!, out, effects, report);
    writeFileSync(stop, '');
    await new Promise((done) => poller.once('exit', done));
    const counts = JSON.parse(output.split('\n')[1] ?? '{}') as { seen: number; missing: number };
    expect(counts.seen).toBeGreaterThan(1000);
    expect(counts.missing).toBe(0);
    expectClean(out);
  }, 120_000);

  it('a run killed at any moment leaves the previous report readable; the next run cleans up after it', async () => {
    const out = join(work, 'killed');
    expect((await run(['run', small, '--out', out])).status).toBe(EXIT.ok);
    for (const delay of [1500, 3000, 4500]) {
      const victim = spawn(process.execPath, ['--import', 'tsx', MAIN, 'run', SEEDS_DIR, '--out', out], { stdio: 'ignore' });
      const exited = new Promise((done) => victim.once('exit', done));
      await new Promise((done) => setTimeout(done, delay));
      victim.kill('SIGKILL');
      await exited;
      expect({ delay, readable: existsSync(join(out, '2023', 'index.html')) }).toEqual({ delay, readable: true });
    }
    // what dead runs may leave: staging, a half-made link, a folder moved aside, an orphan version
    for (const name of ['.2023.partial', '.2023.partial-999999', '.2023.old-999999', '.2023.0123456789abcdef']) mkdirSync(join(out, name), { recursive: true });
    writeFileSync(join(out, '.2023.link-999999'), '');
    writeFileSync(join(out, '.regionbench-lock.999999'), '999999\n');
    expect((await run(['run', SEEDS_DIR, '--out', out])).status).toBe(EXIT.ok);
    expectClean(out);
    expect(firstDifference(join(work, 'ref-all', '2023'), join(out, '2023'))).toBeNull();
  }, 120_000);
});
