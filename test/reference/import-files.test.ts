import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import { nodeEffects } from '../../src/ingest/index.js';
import { importReferenceFiles, readStore, type ReferenceContext } from '../../src/reference/index.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** An invented long table: 甲县 (330521) and 乙县 (330522), a population each, no land area. */
const LONG = encode([
  'region,division_code,admin_level,parent,metric,year,value,unit,licence',
  '甲县,330521,县,湖州市,resident_population,2020,50,万人,CC-BY',
  '乙县,330522,县,湖州市,resident_population,2020,60,万人,CC-BY',
].join('\n'));

/**
 * Boundaries in projected metres: 甲县 a 20 km × 25 km square (500 km²), 乙县 beside it, and a
 * feature whose code no table gives.
 */
const BOUNDARIES = encode(JSON.stringify({
  type: 'Topology',
  arcs: [
    [[0, 0], [20_000, 0], [20_000, 25_000], [0, 25_000], [0, 0]],
    [[20_000, 0], [50_000, 0], [50_000, 40_000], [20_000, 40_000], [20_000, 0]],
    [[90_000, 0], [91_000, 0], [91_000, 1_000], [90_000, 1_000], [90_000, 0]],
  ],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { code: '330521', name: '甲县' } },
        { type: 'Polygon', arcs: [[1]], properties: { code: '330522', name: '乙县' } },
        { type: 'Polygon', arcs: [[2]], properties: { code: '330599', name: '丁县' } },
      ],
    },
  },
}));

function context(): ReferenceContext & { lines: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'regionbench-import-'));
  const lines: string[] = [];
  return { cwd, env: {}, lang: 'en', note: (line) => lines.push(line), lines };
}

describe('reference/import-files', () => {
  it('imports tables first, then measures land area from boundaries for regions still without one', async () => {
    const at = context();
    const ok = await importReferenceFiles(at, nodeEffects(), [
      { name: 'counties-2021.topo.json', bytes: BOUNDARIES },
      { name: 'figures.csv', bytes: LONG },
    ], { reference: 'ref', source: 'an invented base map', licence: 'MIT' });
    expect(ok).toBe(true);
    const store = await readStore(nodeEffects(), join(at.cwd, 'ref'));
    const land = store?.table.filter((figure) => figure.metric === 'land_area').map((figure) => [figure.region, figure.value, figure.year, figure.licence]);
    // 20 km × 25 km and 30 km × 40 km, dated by the file name's year, under the licence given
    expect(land).toEqual([['甲县', 500, 2021, 'MIT'], ['乙县', 1200, 2021, 'MIT']]);
    expect(store?.imports.map((entry) => [entry.file, entry.format, entry.figures, entry.skipped])).toEqual([['figures.csv', 'long', 2, 0], ['counties-2021.topo.json', 'topojson', 2, 1]]);
    expect(store?.boundaries).toEqual([join(at.cwd, 'ref', 'boundaries', 'counties-2021.topo.json')]);
    expect(at.lines).toEqual([
      'imported figures.csv (long): 2 figures for 2 regions',
      'imported boundaries counties-2021.topo.json: 3 coded features, land area added for 2 regions without one, 1 feature matches no region of the reference data (import a table first)',
      'reference data written to ref (2 regions, 4 figures)',
    ]);
  });

  it('never replaces a table\'s own land area, nor fills one that table left empty beside areas it gives', async () => {
    const at = context();
    const withArea = encode(`${new TextDecoder().decode(LONG)}\n乙县,330522,县,湖州市,land_area,2020,1100,km2,CC-BY\n`);
    await importReferenceFiles(at, nodeEffects(), [{ name: 'figures.csv', bytes: withArea }, { name: 'counties-2021.topo.json', bytes: BOUNDARIES }], { reference: 'ref' });
    const store = await readStore(nodeEffects(), join(at.cwd, 'ref'));
    expect(store?.table.filter((figure) => figure.metric === 'land_area').map((figure) => [figure.region, figure.value])).toEqual([['乙县', 1100]]);
  });

  it('names a file it cannot read or tell the format of, imports the others, and says not all were imported', async () => {
    const at = context();
    const ok = await importReferenceFiles(at, nodeEffects(), [
      { name: 'gone.csv', bytes: null },
      { name: 'notes.csv', bytes: encode('title,author\nplan,someone\n') },
      { name: 'figures.csv', bytes: LONG },
    ], { reference: 'ref' });
    expect(ok).toBe(false);
    expect(at.lines[0]).toBe('gone.csv: not imported: cannot read the file');
    expect(at.lines[1]).toMatch(/^notes\.csv: not imported: invalid reference file notes\.csv: not a region table/);
    expect(at.lines[2]).toBe('imported figures.csv (long): 2 figures for 2 regions');
    const written = readFileSync(join(at.cwd, 'ref', 'reference.csv'), 'utf8');
    expect(written).toContain('乙县,330522');
  });

  it('adds to what the store held, and refuses a boundary year that is no year', async () => {
    const at = context();
    await importReferenceFiles(at, nodeEffects(), [{ name: 'figures.csv', bytes: LONG }], { reference: 'ref' });
    await importReferenceFiles(at, nodeEffects(), [{ name: 'more.csv', bytes: encode('region,division_code,admin_level,parent,metric,year,value,unit\n丙县,330523,县,湖州市,resident_population,2020,20,万人\n') }], { reference: 'ref' });
    const store = await readStore(nodeEffects(), join(at.cwd, 'ref'));
    expect(store?.table.map((figure) => figure.region)).toEqual(['甲县', '乙县', '丙县']);
    expect(store?.imports.map((entry) => entry.file)).toEqual(['figures.csv', 'more.csv']);
    await expect(importReferenceFiles(at, nodeEffects(), [{ name: 'b.topo.json', bytes: BOUNDARIES }], { reference: 'ref', year: '20x1' }))
      .rejects.toThrow(new ConfigError('invalid --year: 20x1'));
  });

  it('speaks Chinese when asked', async () => {
    const at = { ...context(), lang: 'zh' as const };
    const lines: string[] = [];
    await importReferenceFiles({ ...at, note: (line) => lines.push(line) }, nodeEffects(), [{ name: 'figures.csv', bytes: LONG }], { reference: 'ref' });
    expect(lines).toEqual(['已导入 figures.csv（long）：2 个地区的 2 个数字', '参考数据已写入 ref（2 个地区，2 个数字）']);
  });
});
