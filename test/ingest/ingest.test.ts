import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, chmodSync, copyFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, textKeyOf } from '../../src/ingest/ingest.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { asGb18030 } from '../helpers/variants.js';
import { SEEDS_DIR, SEED_FILES, seedText } from '../helpers/seeds.js';

function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'regionbench-ingest-'));
}

describe('ingest/ingest', () => {
  it('reads every seed document in a folder, in sorted order, with stable ids', async () => {
    const result = await ingest([SEEDS_DIR], nodeEffects(), { relativeTo: process.cwd() });
    const texts = result.documents.map((document) => document.source);
    expect(texts).toEqual(Object.values(SEED_FILES).map((name) => `seeds/${name}`));
    expect(result.documents.every((document) => /^[0-9a-f]{16}$/.test(document.docId))).toBe(true);
    const again = await ingest([SEEDS_DIR], nodeEffects(), { relativeTo: process.cwd() });
    expect(again.documents.map((document) => document.docId)).toEqual(result.documents.map((document) => document.docId));
  });

  it('accounts for every input: bad files fail with one clear message each and the good ones are read', async () => {
    const folder = tempFolder();
    copyFileSync(join(SEEDS_DIR, SEED_FILES.台儿庄区), join(folder, '台儿庄 重点任务.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));
    writeFileSync(join(folder, 'broken.docx'), 'PK\u0003\u0004 not really a zip');
    writeFileSync(join(folder, 'broken.pdf'), '%PDF-1.7\n1 0 obj <<');
    writeFileSync(join(folder, 'old.doc'), 'whatever');
    writeFileSync(join(folder, 'notes.xyz'), 'whatever');
    const result = await ingest([folder, join(folder, 'missing.txt')], nodeEffects());
    const outcome = (name: string) => result.inputs.find((input) => input.source.endsWith(name));
    expect(result.documents.map((document) => document.source)).toEqual([join(folder, '台儿庄 重点任务.txt')]);
    expect(outcome('empty.txt')).toMatchObject({ outcome: 'failed', message: 'the file is empty' });
    expect(outcome('photo.txt')?.outcome).toBe('failed');
    expect(outcome('photo.txt')?.message).toMatch(/binary/);
    expect(outcome('broken.docx')?.message).toMatch(/^not a readable docx file/);
    expect(outcome('broken.pdf')?.message).toMatch(/^not a readable pdf file/);
    expect(outcome('old.doc')).toMatchObject({ outcome: 'skipped' });
    expect(outcome('old.doc')?.message).toMatch(/\.docx/);
    expect(outcome('notes.xyz')?.message).toMatch(/unsupported file type ".xyz"/);
    expect(outcome('missing.txt')).toMatchObject({ outcome: 'failed', message: `path does not exist: ${join(folder, 'missing.txt')}` });
    expect(result.inputs).toHaveLength(8);
    expect(result.diagnostics.every((diagnostic) => !diagnostic.message.includes('\n') && !diagnostic.message.endsWith('.'))).toBe(true);
    rmSync(folder, { recursive: true });
  });

  it('counts a document once when the same bytes or the same text in another encoding appear twice', async () => {
    const folder = tempFolder();
    copyFileSync(join(SEEDS_DIR, SEED_FILES.罗庄区), join(folder, 'a.txt'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES.罗庄区), join(folder, 'b.txt'));
    writeFileSync(join(folder, 'c-gbk.txt'), asGb18030(seedText('罗庄区')));
    const result = await ingest([folder], nodeEffects());
    expect(result.documents).toHaveLength(1);
    expect(result.inputs.map((input) => input.outcome)).toEqual(['read', 'duplicate', 'duplicate']);
    expect(result.inputs[1]?.message).toMatch(/^same bytes as .*a\.txt/);
    expect(result.inputs[2]?.message).toMatch(/^same text as .*a\.txt/);
    rmSync(folder, { recursive: true });
  });

  it('counts a document once when copies differ only in white space or format: a trailing newline, .txt beside .html', async () => {
    const folder = tempFolder();
    const lines = ['关于印发重点工作任务的通知', '一、重点任务', '1.新建5G基站100个。', '2.新增绿色建筑60万平方米。'];
    writeFileSync(join(folder, 'a.txt'), lines.join('\n'));
    writeFileSync(join(folder, 'b.txt'), `${lines.join('\n')}\n\n`);
    writeFileSync(join(folder, 'c.txt'), lines.map((line) => `  ${line}  `).join('\r\n\r\n'));
    writeFileSync(join(folder, 'd.html'), `<html><body>\n${lines.map((line) => `  <p>${line}</p>`).join('\n')}\n</body></html>`);
    writeFileSync(join(folder, 'e.txt'), lines.join('\n').replace('100个', '200个'));
    const result = await ingest([folder], nodeEffects());
    expect(result.inputs.map((input) => [input.source.split('/').pop(), input.outcome])).toEqual([
      ['a.txt', 'read'], ['b.txt', 'duplicate'], ['c.txt', 'duplicate'], ['d.html', 'duplicate'], ['e.txt', 'read'],
    ]);
    expect(result.inputs[3]?.message).toMatch(/^same text as .*a\.txt/);
    rmSync(folder, { recursive: true });
  });

  it('survives a symlink loop and reports it', async () => {
    const folder = tempFolder();
    mkdirSync(join(folder, 'sub'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES.嘉祥县), join(folder, 'sub', 'doc.txt'));
    symlinkSync(folder, join(folder, 'sub', 'loop'));
    const result = await ingest([folder], nodeEffects());
    expect(result.documents).toHaveLength(1);
    expect(result.inputs.some((input) => input.message.startsWith('symbolic link loop'))).toBe(true);
    rmSync(folder, { recursive: true });
  });

  it('reports a folder it may not read and goes on with the rest', async () => {
    if (process.getuid?.() === 0) {
      // root reads everything; the permission check is still covered by the message test below
      const folder = tempFolder();
      const result = await ingest([folder], {
        ...nodeEffects(),
        readDir: async () => { throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }); },
      });
      expect(result.inputs[0]).toMatchObject({ outcome: 'failed', message: `permission denied: ${folder}` });
      return;
    }
    const folder = tempFolder();
    mkdirSync(join(folder, 'locked'));
    chmodSync(join(folder, 'locked'), 0o000);
    const result = await ingest([folder], nodeEffects());
    expect(result.inputs[0]?.message).toMatch(/^permission denied/);
    chmodSync(join(folder, 'locked'), 0o700);
    rmSync(folder, { recursive: true });
  });

  it('refuses a 50 MB text file under the default limit with one clear line, and reads the rest', async () => {
    const folder = tempFolder();
    copyFileSync(join(SEEDS_DIR, SEED_FILES.滕州市), join(folder, 'a.txt'));
    writeFileSync(join(folder, 'b-huge.txt'), Buffer.alloc(50 * 1024 * 1024, '新建基站100个。\n'));
    const result = await ingest([folder], nodeEffects());
    expect(result.documents).toHaveLength(1);
    expect(result.inputs[1]).toMatchObject({ outcome: 'failed', message: 'file is 50.0 MB, over the 32 MB limit for one document' });
    rmSync(folder, { recursive: true });
  });

  it('refuses a file over the size limit with a message that gives its size', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'huge.txt'), '新建基站100个。'.repeat(1000));
    const result = await ingest([folder], nodeEffects(), { maxBytes: 1024 });
    expect(result.inputs[0]).toMatchObject({ outcome: 'failed' });
    expect(result.inputs[0]?.message).toMatch(/^file is 0\.0 MB, over the 0 MB limit/);
    rmSync(folder, { recursive: true });
  });

  it('reads only regular files: a FIFO named pipe.txt and a link to /dev/zero are skipped, the rest read', async () => {
    const folder = tempFolder();
    copyFileSync(join(SEEDS_DIR, SEED_FILES.滕州市), join(folder, 'a.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(folder, 'zero.txt'));
    const result = await ingest([folder], nodeEffects());
    expect(result.documents.map((document) => document.source)).toEqual([join(folder, 'a.txt')]);
    expect(result.inputs.map((input) => [input.source.split('/').pop(), input.outcome])).toEqual([['a.txt', 'read'], ['pipe.txt', 'skipped'], ['zero.txt', 'skipped']]);
    expect(result.inputs[1]?.message).toBe(`not a regular file (a FIFO, a device or a socket), not read: ${join(folder, 'pipe.txt')}`);
    rmSync(folder, { recursive: true });
  });

  it('never blocks on a FIFO it is asked to read, even one that a stat called a file', async () => {
    const folder = tempFolder();
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    await expect(nodeEffects().readFile(join(folder, 'pipe.txt'))).rejects.toMatchObject({ code: 'ENOTREG' });
    rmSync(folder, { recursive: true });
  });

  it('enforces the byte limit on what a file holds, not on the size it reports', async () => {
    const folder = tempFolder();
    // files under /proc report size 0 and hold more: this one holds the memory map of the test process
    symlinkSync('/proc/self/maps', join(folder, 'maps.txt'));
    const result = await ingest([folder], nodeEffects(), { maxBytes: 1024 });
    expect(result.inputs[0]).toMatchObject({ outcome: 'failed', bytes: 1025, message: 'file holds more than the 0 MB limit for one document' });
    const bytes = await nodeEffects().readFile(join(folder, 'maps.txt'), 100);
    expect(bytes.length).toBe(101);
    rmSync(folder, { recursive: true });
  });

  it('keys a text without its white space: every unit \\s matches is left out, every other one counts', () => {
    const key = textKeyOf('新建基站');
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      if (/\s/.test(unit)) expect(textKeyOf(`新建${unit}基站${unit}`)).toBe(key);
      else expect(textKeyOf(`新建${unit}基站`)).not.toBe(key);
    }
    expect(textKeyOf(' \n\t')).toBe(textKeyOf(''));
  });
});
