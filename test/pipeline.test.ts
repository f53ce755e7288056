import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/pipeline.js';
import { nodeEffects } from '../src/ingest/node-effects.js';
import { asDocx, asPdf, hasCjkFont } from './helpers/variants.js';
import { SEEDS_DIR, SEED_FILES, seedText } from './helpers/seeds.js';

function folderWithSeeds(): string {
  const folder = mkdtempSync(join(tmpdir(), 'regionbench-pipeline-'));
  for (const file of Object.values(SEED_FILES)) copyFileSync(join(SEEDS_DIR, file), join(folder, file));
  return folder;
}

describe('pipeline', () => {
  it('gives the same documents, tasks and observations with bad inputs beside the good ones', async () => {
    const clean = folderWithSeeds();
    const dirty = folderWithSeeds();
    writeFileSync(join(dirty, 'empty.txt'), '');
    writeFileSync(join(dirty, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6]));
    writeFileSync(join(dirty, 'no-region.txt'), '关于做好年度工作的通知\n一、工作任务\n1.加强管理。新建5G基站100个。(责任单位:办公室)\n');
    const docx = await asDocx(seedText('罗庄区'));
    writeFileSync(join(dirty, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
    if (hasCjkFont()) {
      const pdf = await asPdf('新建5G基站100个。');
      writeFileSync(join(dirty, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 2)));
    }
    const script = '<html><body><script>alert(1)</script><!-- 1.注释。 --><p style="color:red">无关内容</p></body></html>';
    writeFileSync(join(dirty, 'page.html'), script);
    const good = await extract([clean], nodeEffects());
    const mixed = await extract([dirty], nodeEffects());
    const strip = (rows: readonly { source: unknown }[]) => rows.map((row) => ({ ...row, source: String(row.source).split('/').pop() }));
    const seedIds = new Set(good.documents.map((row) => row.doc_id));
    expect(strip(mixed.documents.filter((row) => seedIds.has(row.doc_id)))).toEqual(strip(good.documents));
    expect(mixed.tasks.filter((row) => seedIds.has(row.doc_id))).toEqual(good.tasks);
    expect(strip(mixed.observations.filter((row) => seedIds.has(row.doc_id)))).toEqual(strip(good.observations));
    const outcome = (name: string) => mixed.inputs.find((input) => input.source.endsWith(name));
    expect(outcome('empty.txt')?.outcome).toBe('failed');
    expect(outcome('image.txt')?.outcome).toBe('failed');
    expect(outcome('truncated.docx')?.message).toMatch(/^not a readable docx file/);
    if (hasCjkFont()) expect(outcome('truncated.pdf')?.outcome).toBe('failed');
    // a document without a region is read, and says so; its figures carry no region
    expect(outcome('no-region.txt')?.outcome).toBe('read');
    expect(mixed.diagnostics.some((row) => row.source.endsWith('no-region.txt') && row.code === 'no-region')).toBe(true);
    // every message is one line without a trailing period
    for (const diagnostic of mixed.diagnostics) expect(diagnostic.message).toMatch(/^[^\n]*[^.\n]$/);
  });

  it('gives exactly the same result in worker threads as in one thread, bad and duplicate files included', async () => {
    const folder = folderWithSeeds();
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));
    writeFileSync(join(folder, 'notes.doc'), 'legacy');
    // the same notice again as GB18030: a duplicate by its text, found whichever thread read it
    const iconv = (await import('iconv-lite')).default;
    writeFileSync(join(folder, 'zz-copy.txt'), iconv.encode(seedText('台儿庄区'), 'gb18030'));
    const { buildCatalogue, DEFAULT_CATALOGUE } = await import('../src/catalogue/catalogue.js');
    // a catalogue of the caller's own reaches the workers (here: the built-in one without 5G)
    const catalogue = buildCatalogue(DEFAULT_CATALOGUE.indicators.filter((indicator) => !indicator.id.startsWith('fiveg_')));
    const progress: number[] = [];
    const serial = await extract([folder], nodeEffects(), { workers: 0, catalogue, keepParsed: true });
    const parallel = await extract([folder], nodeEffects(), { workers: 2, catalogue, keepParsed: true, onFile: (done) => progress.push(done) });
    expect(parallel.inputs).toEqual(serial.inputs);
    expect(parallel.documents).toEqual(serial.documents);
    expect(parallel.tasks).toEqual(serial.tasks);
    expect(parallel.quantities).toEqual(serial.quantities);
    expect(parallel.observations).toEqual(serial.observations);
    expect(parallel.diagnostics).toEqual(serial.diagnostics);
    expect(parallel.parsed.map((document) => document.document.text)).toEqual(serial.parsed.map((document) => document.document.text));
    expect(serial.parsed.map((document) => document.structure.tasks.length)).toEqual([46, 75, 80, 76, 69]);
    // the offset map crosses from the worker whole: evidence can still be traced to the original
    expect(parallel.parsed.map((document) => document.document.map.length)).toEqual(serial.parsed.map((document) => document.document.text.length + 1));
    // without keepParsed, the parsed documents are not kept, and nothing else changes
    const lean = await extract([folder], nodeEffects(), { workers: 2, catalogue });
    expect(lean.parsed).toEqual([]);
    expect(lean.observations).toEqual(serial.observations);
    expect(lean.diagnostics).toEqual(serial.diagnostics);
    // what the files hold: five seeds read, the GB18030 copy a duplicate, three failed or skipped
    expect(serial.documents).toHaveLength(5);
    expect(serial.inputs.find((input) => input.source.endsWith('zz-copy.txt'))?.outcome).toBe('duplicate');
    expect(serial.inputs.filter((input) => input.outcome === 'failed' || input.outcome === 'skipped')).toHaveLength(3);
    expect(serial.observations.some((row) => String(row.indicator).startsWith('fiveg_'))).toBe(false);
    expect(serial.observations.some((row) => row.indicator === 'green_building_area_new')).toBe(true);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('warns when two documents of one region and year disagree on a figure', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-conflict-'));
    const text = seedText('罗庄区');
    writeFileSync(join(folder, 'final.txt'), text);
    // a draft of the same notice with another green building target (60万 → 50万平方米)
    writeFileSync(join(folder, 'draft.txt'), text.replace('新增绿色建筑60万平方米以上', '新增绿色建筑50万平方米以上'));
    const result = await extract([folder], nodeEffects());
    const conflicts = result.diagnostics.filter((row) => row.code === 'conflicting-figures');
    expect(conflicts.map((row) => row.message)).toEqual([expect.stringMatching(/^罗庄区 2023 green_building_area_new \(increment\): 500000 in .*draft\.txt but 600000 in .*final\.txt$/)]);
    expect(readFileSync(join(folder, 'final.txt'), 'utf8')).toBe(text);
  });

  it('gives each quantity its own clause, joined to its task by doc_id and task, not the whole sentence', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-clause-'));
    writeFileSync(join(folder, 'a.txt'), '某某县人民政府办公室关于印发某某县2024年重点工作任务的通知\n\n一、城市建设\n1.完善城市功能。全年新建5G基站100个，改造老旧小区20个，新增停车位500个。(牵头单位:县住建局)\n');
    const result = await extract([folder], nodeEffects());
    expect(result.quantities.map((row) => [row.raw, row.clause, row.task])).toEqual([
      ['100个', '全年新建5G基站100个', 1],
      ['20个', '改造老旧小区20个', 1],
      ['500个', '新增停车位500个', 1],
    ]);
    const task = result.tasks.find((row) => row.task === 1);
    // the task's text holds the whole sentence (normalised: half-width commas); offsets of both are in the same text
    expect(String(task?.text)).toContain('全年新建5G基站100个,改造老旧小区20个,新增停车位500个。');
    for (const row of result.quantities) expect(Number(row.start)).toBeGreaterThanOrEqual(Number(task?.start));
  });
});
