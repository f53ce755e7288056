import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { nodeEffects } from '../../src/ingest/index.js';
import { loadBoundaries, loadRegionTables, writeStore, type ReferenceContext } from '../../src/reference/index.js';
import { parseRegionTable, type RegionTable } from '../../src/regions/index.js';

const HEADER = 'region,division_code,admin_level,parent,metric,year,value,unit';

/** A square county of 10 km × 10 km in projected metres (invented). */
const SQUARE = JSON.stringify({
  type: 'Topology',
  arcs: [[[0, 0], [10_000, 0], [10_000, 10_000], [0, 10_000], [0, 0]]],
  objects: { counties: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: '330521', name: '甲县' } }] } },
});

function context(env: Record<string, string> = {}): ReferenceContext & { lines: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'regionbench-load-'));
  const lines: string[] = [];
  return { cwd, env, lang: 'en', note: (line) => lines.push(line), lines };
}

const value = (table: RegionTable, code: string, metric: string, year: number): number | undefined =>
  table.find((figure) => figure.division_code === code && figure.metric === metric && figure.year === year)?.value;

describe('reference/load', () => {
  it('reads the built-in seed regions alone when no store exists, and says nothing', async () => {
    const at = context();
    const table = await loadRegionTables(at, nodeEffects(), {});
    // seeds/regions.csv: 台儿庄区 (370405), 30.51万 residents in 2020
    expect(value(table, '370405', 'resident_population', 2020)).toBe(30.51);
    expect(at.lines).toEqual([]);
  });

  it('says a store named but empty holds nothing', async () => {
    const at = context();
    await loadRegionTables(at, nodeEffects(), { reference: 'ref' });
    expect(at.lines).toEqual(['no reference data in ref (only the built-in seed regions): import the census with `regionbench regions import FILE`']);
  });

  it('lets the store, the seeds and the user\'s table override one another in that order', async () => {
    const at = context();
    const store = parseRegionTable(`${HEADER}\n甲县,330521,县,湖州市,resident_population,2020,50,万人\n台儿庄区,370405,市辖区,枣庄市,resident_population,2020,1,万人\n`, 'csv');
    await writeStore(nodeEffects(), join(at.cwd, '.regionbench', 'reference'), store, [], []);
    writeFileSync(join(at.cwd, 'mine.csv'), `${HEADER}\n甲县,330521,县,湖州市,resident_population,2020,55,万人\n`);
    const table = await loadRegionTables(at, nodeEffects(), { regions: 'mine.csv' });
    expect(value(table, '330521', 'resident_population', 2020)).toBe(55); // the user's over the store's 50
    expect(value(table, '370405', 'resident_population', 2020)).toBe(30.51); // the seeds' over the store's 1
    expect(at.lines).toEqual(['reference data: .regionbench/reference (2 regions, 2 figures)']);
    const without = await loadRegionTables(context(), nodeEffects(), { regions: join(at.cwd, 'mine.csv'), reference: false });
    expect(value(without, '330521', 'resident_population', 2020)).toBe(55);
  });

  it('takes the store from $REGIONBENCH_REFERENCE when no folder is named', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-env-'));
    await writeStore(nodeEffects(), folder, parseRegionTable(`${HEADER}\n甲县,330521,县,湖州市,resident_population,2020,50,万人\n`, 'csv'), [], []);
    const at = context({ REGIONBENCH_REFERENCE: folder });
    const table = await loadRegionTables(at, nodeEffects(), {});
    expect(value(table, '330521', 'resident_population', 2020)).toBe(50);
    expect(at.lines).toEqual([`reference data: ${folder} (1 regions, 1 figures)`]);
  });

  it('refuses a regions file it cannot read or parse, and a store that cannot be used, as configuration errors', async () => {
    const at = context();
    await expect(loadRegionTables(at, nodeEffects(), { regions: 'missing.csv' })).rejects.toThrow(new ConfigError('cannot read regions file missing.csv'));
    writeFileSync(join(at.cwd, 'bad.csv'), `${HEADER}\n甲县,330521,县,湖州市,resident_population,2020,abc,万人\n`);
    await expect(loadRegionTables(at, nodeEffects(), { regions: 'bad.csv' })).rejects.toThrow(/^invalid regions row 2 column value: "abc" is not a number$/);
    mkdirSync(join(at.cwd, 'broken'));
    writeFileSync(join(at.cwd, 'broken', 'reference.csv'), 'region\n');
    await expect(loadRegionTables(at, nodeEffects(), { reference: 'broken' })).rejects.toThrow(ConfigError);
    await writeStore(nodeEffects(), join(at.cwd, 'plain'), parseRegionTable(`${HEADER}\n甲县,330521,县,湖州市,resident_population,2020,50,万人\n`, 'csv'), [], []);
    await expect(loadRegionTables(at, nodeEffects(), { reference: 'plain', mergeZones: true })).rejects.toThrow(/--merge-zones needs boundaries in .*plain/);
  });

  it('draws maps on the boundaries named, else the store\'s, else none', async () => {
    const at = context();
    expect(await loadBoundaries(at, nodeEffects(), {})).toBeUndefined();
    const store = join(at.cwd, 'ref');
    const imports = [{ file: 'b.topo.json', format: 'topojson', sha256: '', figures: 1, skipped: 0, imported_at: '', source: 'an invented base map' }];
    await writeStore(nodeEffects(), store, parseRegionTable(`${HEADER}\n甲县,330521,县,湖州市,resident_population,2020,50,万人\n`, 'csv'), imports, [{ name: 'b.topo.json', bytes: new TextEncoder().encode(SQUARE) }]);
    const fromStore = await loadBoundaries(at, nodeEffects(), { reference: 'ref' });
    expect(fromStore?.source).toBe('an invented base map');
    expect(Object.keys(fromStore?.topology.objects ?? {})).toEqual(['counties']);
    writeFileSync(join(at.cwd, 'mine.topo.json'), SQUARE);
    expect((await loadBoundaries(at, nodeEffects(), { boundaries: 'mine.topo.json', reference: 'ref' }))?.source).toBe('mine.topo.json');
    expect(await loadBoundaries(at, nodeEffects(), { reference: false })).toBeUndefined();
    expect(at.lines).toEqual(['maps drawn on ref/boundaries/b.topo.json', 'maps drawn on mine.topo.json']);
    writeFileSync(join(at.cwd, 'not.json'), '{"type":"FeatureCollection"}');
    await expect(loadBoundaries(at, nodeEffects(), { boundaries: 'not.json' })).rejects.toThrow(`${join(at.cwd, 'not.json')}: invalid boundaries: not a TopoJSON topology (type FeatureCollection)`);
  });
});
