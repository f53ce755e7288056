import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/pipeline.js';
import { nodeEffects } from '../src/ingest/node-effects.js';

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
});
