import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStore, referenceDir, sha256Hex, writeStore } from '../../src/reference/index.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { parseRegionTable } from '../../src/regions/index.js';

describe('reference/store', () => {
  it('takes the option first, then the environment variable, then .regionbench/reference in the working folder', () => {
    expect(referenceDir({ cwd: '/p', env: {}, option: 'ref' })).toBe('/p/ref');
    expect(referenceDir({ cwd: '/p', env: { REGIONBENCH_REFERENCE: '/data/ref' }, option: 'ref' })).toBe('/p/ref');
    expect(referenceDir({ cwd: '/p', env: { REGIONBENCH_REFERENCE: '/data/ref' } })).toBe('/data/ref');
    expect(referenceDir({ cwd: '/p', env: { REGIONBENCH_REFERENCE: '' } })).toBe('/p/.regionbench/reference');
  });

  it('reads nothing from a folder without data, and reads back what it wrote', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'regionbench-store-')), 'ref');
    const effects = nodeEffects(() => undefined);
    expect(await readStore(effects, dir)).toBeNull();
    const table = parseRegionTable('region,division_code,admin_level,parent,metric,year,value,unit,licence\n德清县,330521,县,湖州市,resident_population,2020,50,万人,MIT\n', 'csv');
    const imports = [{ file: 'a.csv', format: 'long', sha256: 'x', figures: 1, skipped: 0, imported_at: '2026-01-01T00:00:00.000Z' }];
    await writeStore(effects, dir, table, imports, [{ name: '/somewhere/b.topo.json', bytes: new TextEncoder().encode('{}') }]);
    const store = await readStore(effects, dir);
    expect(store?.table.map((f) => [f.region, f.value, f.licence])).toEqual([['德清县', 50, 'MIT']]);
    expect(store?.imports).toEqual(imports);
    expect(store?.boundaries).toEqual([join(dir, 'boundaries', 'b.topo.json')]);
  });

  it('fingerprints bytes with SHA-256', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
