import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { nodeEffects } from '../../src/ingest/index.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'regionbench-effects-'));
}

/** The id of a process that has just ended (a lock it held is stale). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid ?? 0;
}

describe('ingest/node-effects', () => {
  it('writes a file into folders it makes, through a temporary name that does not linger', async () => {
    const root = folder();
    await nodeEffects().writeFile(join(root, 'a', 'b', 'c.txt'), '德清县\n');
    expect(readFileSync(join(root, 'a', 'b', 'c.txt'), 'utf8')).toBe('德清县\n');
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['c.txt']);
  });

  it('reads at most one byte past a limit, and refuses what is not a regular file without waiting on it', async () => {
    const root = folder();
    writeFileSync(join(root, 'ten.txt'), '0123456789');
    expect(new TextDecoder().decode(await nodeEffects().readFile(join(root, 'ten.txt'), 4))).toBe('01234');
    expect((await nodeEffects().readFile(join(root, 'ten.txt'))).length).toBe(10);
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    await expect(nodeEffects().readFile(join(root, 'pipe.txt'))).rejects.toMatchObject({ code: 'ENOTREG' });
  });

  it('lists a name that is not UTF-8 with its bad byte written \\xNN, and reads the file by that name', async () => {
    const root = folder();
    writeFileSync(Buffer.concat([Buffer.from(`${root}/plan-`), Buffer.from([0xff]), Buffer.from('.txt')]), '5G基站300个');
    const effects = nodeEffects();
    const names = await effects.readDir(root);
    expect(names).toEqual(['plan-\\xFF.txt']);
    expect(new TextDecoder().decode(await effects.readFile(join(root, 'plan-\\xFF.txt')))).toBe('5G基站300个');
  });

  it('checks an output before any work: a file under a file, or a folder given for a file, is a configuration error', async () => {
    const root = folder();
    writeFileSync(join(root, 'plain'), 'x');
    const effects = nodeEffects();
    await expect(effects.checkOutput(join(root, 'plain', 'out.csv'), 'file', '--out')).rejects.toThrow(new ConfigError(`cannot write --out ${join(root, 'plain', 'out.csv')}: ${join(root, 'plain')} is a file, not a folder`));
    await expect(effects.checkOutput(root, 'file', '--manifest')).rejects.toThrow(`cannot write --manifest ${root}: it is a folder (give a file name)`);
    await expect(effects.checkOutput(join(root, 'new', 'deeper'), 'folder', '--out')).resolves.toBeUndefined();
    // nothing is made by the check
    expect(readdirSync(root)).toEqual(['plain']);
  });

  it('holds a folder for one run: another gives up after its wait, a dead holder\'s lock is taken over', async () => {
    const root = folder();
    const effects = nodeEffects();
    const held = await effects.lock(root, { waitSeconds: 0 });
    expect(readFileSync(join(root, '.regionbench-lock'), 'utf8').trim()).toBe(String(process.pid));
    await expect(effects.lock(root, { waitSeconds: 0 })).rejects.toThrow(new RegExp(`another regionbench run \\(process ${process.pid}\\) is writing to ${root}`));
    await held.release();
    expect(existsSync(join(root, '.regionbench-lock'))).toBe(false);
    writeFileSync(join(root, '.regionbench-lock'), `${deadPid()}\n`);
    const taken = await effects.lock(root, { waitSeconds: 0 });
    expect(readFileSync(join(root, '.regionbench-lock'), 'utf8').trim()).toBe(String(process.pid));
    await taken.release();
  });

  it('swaps a finished folder in behind a link named by its content; the same content changes nothing, new content replaces it', async () => {
    const root = folder();
    const effects = nodeEffects();
    const build = (text: string): string => {
      const staging = join(root, `.2023.partial-${process.pid}`);
      mkdirSync(join(staging, 'data'), { recursive: true });
      writeFileSync(join(staging, 'data', 'a.csv'), text);
      return staging;
    };
    await effects.replaceDirectory(build('one'), join(root, '2023'));
    const first = readlinkSync(join(root, '2023'));
    expect(first).toMatch(/^\.2023\.[0-9a-f]{16}$/);
    expect(readFileSync(join(root, '2023', 'data', 'a.csv'), 'utf8')).toBe('one');
    await effects.replaceDirectory(build('one'), join(root, '2023'));
    expect(readlinkSync(join(root, '2023'))).toBe(first);
    await effects.replaceDirectory(build('two'), join(root, '2023'));
    expect(readFileSync(join(root, '2023', 'data', 'a.csv'), 'utf8')).toBe('two');
    // the old version and every staging folder are gone: the link and the one folder it names
    expect(readlinkSync(join(root, '2023'))).not.toBe(first);
    expect(readdirSync(root).sort()).toEqual([readlinkSync(join(root, '2023')), '2023'].sort());
  });

  it('removes what runs that died left, and keeps the current report and a live run\'s lock attempt', async () => {
    const root = folder();
    const effects = nodeEffects();
    mkdirSync(join(root, '.2023.partial-17'));
    mkdirSync(join(root, '.2023.0123456789abcdef'));
    mkdirSync(join(root, '.2024.fedcba9876543210'));
    execFileSync('ln', ['-s', '.2024.fedcba9876543210', join(root, '2024')]);
    writeFileSync(join(root, `.regionbench-lock.${deadPid()}`), '');
    writeFileSync(join(root, `.regionbench-lock.${process.pid}`), '');
    await effects.removeStale(root);
    expect(readdirSync(root).sort()).toEqual([`.2024.fedcba9876543210`, `.regionbench-lock.${process.pid}`, '2024'].sort());
  });
});
