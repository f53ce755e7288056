import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUANTITY_CLAUSE_MAX, extract } from '../src/pipeline.js';
import { nodeEffects } from '../src/ingest/node-effects.js';
import { EVIDENCE_MAX } from '../src/indicators/text-windows.js';
import { DEFAULT_INFLATE_LIMITS } from '../src/ingest/inflate-limits.js';
import { asDocx } from './helpers/variants.js';
import { SEEDS_DIR, SEED_FILES } from './helpers/seeds.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'regionbench-bounds-'));
}

describe('pipeline on adversarial inputs (bounded work per input)', () => {
  it('gives raw and evidence exactly as written in a traditional document whose astral characters change length', async () => {
    const dir = folder();
    // 𡻕 (astral) becomes 岁 (BMP) and 僤 (BMP) becomes an astral character: the line's length changes
    const text = '臺兒莊區關於印發重點工作任務的通知\n一、重點任務\n1.𡻕𡻕𡻕𡻕僤僤，全年新建5G基站500個以上。\n';
    writeFileSync(join(dir, 'traditional.txt'), text);
    const result = await extract([dir], nodeEffects());
    const row = result.observations.find((observation) => observation.indicator === 'fiveg_stations_new');
    expect(row?.raw).toBe('500個以上');
    expect(row?.evidence).toBe('全年新建5G基站500個以上');
    for (const observation of result.observations) {
      expect(String(observation.evidence)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('keeps output linear in a run-on line of figures without a full stop, every evidence within the cap', async () => {
    // every figure differs (the same figure said twice in a document is one observation)
    const clauses = [
      (n: number) => `力争全年新建5G基站${100 + n}个以上`, (n: number) => `新增绿色建筑${60 + n}万平方米`,
      (n: number) => `全市用水总量控制在${12 + n}亿立方米以内`, (n: number) => `新增高新技术企业${20 + n}家`,
      (n: number) => `培育专精特新企业${15 + n}家`, (n: number) => `其中农村地区${8 + n}家`,
    ];
    const sizes: number[] = [];
    for (const count of [600, 1200]) {
      const dir = folder();
      const line = Array.from({ length: count }, (_, i) => clauses[i % clauses.length]?.(i) ?? '').join('，');
      writeFileSync(join(dir, 'run-on.txt'), `某区关于印发重点工作任务的通知\n${line}\n`);
      const result = await extract([dir], nodeEffects());
      // five of every six clauses name a figure of the catalogue
      expect(result.observations.length).toBeGreaterThanOrEqual((count * 4) / 6);
      for (const row of result.observations) expect(String(row.evidence).length).toBeLessThanOrEqual(EVIDENCE_MAX);
      for (const row of result.quantities) expect(String(row.clause).length).toBeLessThanOrEqual(QUANTITY_CLAUSE_MAX);
      sizes.push(JSON.stringify(result.observations).length + JSON.stringify(result.quantities).length);
    }
    const [small = 0, large = 0] = sizes;
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.2);
  });

  it('bounds the evidence of a figure whose clause has no comma at all', async () => {
    const dir = folder();
    const line = Array.from({ length: 400 }, (_, i) => `新增高新技术企业${20 + i}家`).join('');
    writeFileSync(join(dir, 'no-commas.txt'), `某区关于印发重点工作任务的通知\n(${line}\n`);
    const result = await extract([dir], nodeEffects());
    expect(result.observations.length).toBe(400);
    for (const row of result.observations) {
      expect(String(row.evidence).length).toBeLessThanOrEqual(EVIDENCE_MAX);
      expect(String(row.evidence)).toContain(String(row.raw));
    }
  });

  it('fails a decompression bomb alone whether the main thread or a worker thread reads it', async () => {
    const dir = folder();
    copyFileSync(join(SEEDS_DIR, SEED_FILES.滕州市), join(dir, 'a.txt'));
    const parts = unzipSync(await asDocx('新建5G基站100个。'));
    const padded = new Uint8Array(DEFAULT_INFLATE_LIMITS.maxXmlBytes + 1024 * 1024).fill(0x20);
    padded.set(strToU8(strFromU8(parts['word/document.xml'] as Uint8Array)));
    writeFileSync(join(dir, 'bomb.docx'), zipSync({ ...parts, 'word/document.xml': padded }, { level: 9 }));
    for (const workers of [0, 1]) {
      const result = await extract([dir], nodeEffects(), { workers });
      expect(result.inputs.map((input) => [input.source.split('/').pop(), input.outcome])).toEqual([['a.txt', 'read'], ['bomb.docx', 'failed']]);
      expect(result.diagnostics.find((row) => row.source.endsWith('bomb.docx'))?.code).toBe('expands-too-much');
      expect(result.observations.length).toBeGreaterThan(10);
    }
  });
});
