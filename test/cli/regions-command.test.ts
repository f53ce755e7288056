import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/commands.js';
import { parseRegionTable } from '../../src/regions/index.js';
import { runCommand as run } from '../helpers/cli.js';
import { SEEDS_DIR } from '../helpers/seeds.js';

/** Two invented 2023 county notices (德清县, 浙江; 郫都区, 四川): five figures each. */
const COUNTIES = new URL('../fixtures/counties/', import.meta.url).pathname;

/** A census-shaped workbook (invented numbers) for the two counties, their prefectures and provinces. */
async function censusWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('七普（年鉴）');
  sheet.addRow(['区划代码', '省', '市', '区县', '人口数_合计', '城镇人口', '家庭户数']);
  sheet.addRow(['330000', '浙江省', '', '', 6_000_000, 4_000_000, 2_000_000]);
  sheet.addRow(['330500', '浙江省', '湖州市', '', 3_000_000, 2_000_000, 1_000_000]);
  sheet.addRow(['330521', '浙江省', '湖州市', '德清县', 500_000, 300_000, 180_000]);
  sheet.addRow(['510100', '四川省', '成都市', '', 20_000_000, 15_000_000, 7_000_000]);
  sheet.addRow(['510117', '四川省', '成都市', '郫都区', 1_400_000, 1_000_000, 500_000]);
  sheet.addRow(['NA', '四川省', '成都市', '某园区', 100, 100, 10]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Boundaries in projected metres: 德清县 a 30 km × 31 km square (930 km²), 郫都区 20 km × 22 km (440 km²). */
const BOUNDARIES = JSON.stringify({
  type: 'Topology',
  arcs: [
    [[0, 0], [30_000, 0], [30_000, 31_000], [0, 31_000], [0, 0]],
    [[100_000, 0], [120_000, 0], [120_000, 22_000], [100_000, 22_000], [100_000, 0]],
  ],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { code: '330521', name: '德清县' } },
        { type: 'Polygon', arcs: [[1]], properties: { code: '510117', name: '郫都区' } },
      ],
    },
  },
});

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'regionbench-regions-'));
}

describe('cli/regions-command', () => {
  it('imports a census tabulation and boundaries into the named folder, land area measured, and says where', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'census.xlsx'), await censusWorkbook());
    writeFileSync(join(folder, 'counties-2021.topo.json'), BOUNDARIES);
    const store = join(folder, 'ref');
    const { status, stderr } = await run(['regions', 'import', join(folder, 'census.xlsx'), join(folder, 'counties-2021.topo.json'), '--reference', store, '--licence', 'MIT']);
    expect(status).toBe(EXIT.ok);
    expect(stderr).toContain('imported');
    expect(stderr).toContain('row 7 left out: 某园区 has no six-digit division code ("NA")');
    expect(stderr).toContain(`reference data written to ${store} (5 regions`);
    const table = parseRegionTable(readFileSync(join(store, 'reference.csv'), 'utf8'), 'csv');
    const of = (code: string, metric: string) => table.find((f) => f.division_code === code && f.metric === metric);
    expect(of('330521', 'resident_population')).toMatchObject({ value: 50, year: 2020, admin_level: '县', parent: '湖州市' });
    // the boundary year is read from the file name; 30 km × 31 km
    expect(of('330521', 'land_area')).toMatchObject({ value: 930, year: 2021, licence: 'MIT' });
    expect(of('510117', 'land_area')?.value).toBe(440);
    expect(existsSync(join(store, 'boundaries', 'counties-2021.topo.json'))).toBe(true);
    const imports = JSON.parse(readFileSync(join(store, 'imports.json'), 'utf8')) as { file: string; sha256: string }[];
    expect(imports.map((entry) => entry.file)).toEqual(['census.xlsx', 'counties-2021.topo.json']);
    expect(imports[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('goes on past a file it cannot read, and exits 2', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'census.xlsx'), await censusWorkbook());
    writeFileSync(join(folder, 'notes.csv'), 'a,b\n1,2\n');
    const store = join(folder, 'ref');
    const { status, stderr } = await run(['regions', 'import', join(folder, 'notes.csv'), join(folder, 'census.xlsx'), '--reference', store]);
    expect(status).toBe(EXIT.someFailed);
    expect(stderr).toContain(`${join(folder, 'notes.csv')}: not imported: invalid reference file`);
    expect(parseRegionTable(readFileSync(join(store, 'reference.csv'), 'utf8'), 'csv').some((f) => f.region === '郫都区')).toBe(true);
  });

  it('run without reference data names each county without a denominator, with the fix, in the diagnostics and on the report', async () => {
    const out = workspace();
    const { status, stderr } = await run(['run', COUNTIES, '--out', out, '--no-reference']);
    expect(status).toBe(EXIT.ok);
    const lines = stderr.split('\n');
    for (const county of ['德清县 (330521)', '郫都区 (510117)']) {
      const line = lines.find((l) => l.includes(county));
      expect(line).toContain('is not in the reference data: no resident population, land area, GDP');
      expect(line).toContain('regionbench regions import FILE');
      expect(line).toContain('regionbench regions template');
      expect(line).toContain('--regions');
    }
    expect(stderr).toContain('GDP has no open national source');
    const diagnostics = readFileSync(join(out, '2023', 'data', 'diagnostics.csv'), 'utf8');
    expect(diagnostics.split('\r\n').filter((line) => line.includes(',denominator-missing,'))).toHaveLength(2);
    const overview = readFileSync(join(out, '2023', 'index.html'), 'utf8');
    expect(overview).toContain('缺少分母的地区');
    expect(overview).toContain('德清县（县）：缺少常住人口、土地面积、地区生产总值');
    expect(overview).not.toContain('有数字的指标太少');
    const page = readFileSync(join(out, '2023', 'indicators', 'fiveg_stations_new.html'), 'utf8');
    expect(page).toContain('因缺少分母未参加每万常住人口排名：德清县、郫都区');
  });

  it('run with imported reference data ranks both counties per capita and per km², and names the store and the census on the method page', async () => {
    const folder = workspace();
    writeFileSync(join(folder, 'census.xlsx'), await censusWorkbook());
    writeFileSync(join(folder, 'counties-2021.topo.json'), BOUNDARIES);
    const store = join(folder, 'ref');
    await run(['regions', 'import', join(folder, 'census.xlsx'), join(folder, 'counties-2021.topo.json'), '--reference', store]);
    const out = join(folder, 'reports');
    const { status, stderr } = await run(['run', COUNTIES, '--out', out, '--reference', store]);
    expect(status).toBe(EXIT.ok);
    expect(stderr).toContain(`reference data: ${store} (5 regions`);
    // GDP is still missing: one line each, no population or area
    expect(stderr).toContain('德清县 (330521) has no GDP figure; left out of per-GDP rankings');
    expect(stderr).not.toMatch(/no resident population/);
    const page = readFileSync(join(out, '2023', 'indicators', 'fiveg_stations_new.html'), 'utf8');
    expect(page).not.toContain('因缺少分母未参加每万常住人口排名');
    expect(page).toContain('因缺少分母未参加每亿元地区生产总值排名：德清县、郫都区');
    const ranking = readFileSync(join(out, '2023', 'charts', 'ranking-fiveg_stations_new-capita.csv'), 'utf8');
    // 德清县 300 stations / 50 万人 = 6; 郫都区 450 / 140 万人 ≈ 3.214
    expect(ranking).toMatch(/德清县[^\n]*,6(,|\r?\n|$)/);
    // the boundaries imported into the folder draw the map: both counties coloured, none hatched
    expect(stderr).toContain('maps drawn on');
    expect(page).toContain('分布示意图');
    expect(page.match(/<path class="map-region"/g)).toHaveLength(2);
    expect(page).not.toContain('url(#map-hatch)"><title>');
    const method = readFileSync(join(out, '2023', 'method.html'), 'utf8');
    expect(method).toContain('github.com/leiii/census');
    expect(method).toMatch(/2020/);
  });

  it('compare names the regions its view cannot divide, and for GDP alone points to --regions, not to an import', async () => {
    const area = await run(['compare', COUNTIES, '--per', 'area', '--no-reference']);
    expect(area.stderr).toContain('德清县 (330521) is not in the reference data: no land area; left out of per-km² rankings; fix: `regionbench regions import FILE`');
    const seeds = await run(['compare', SEEDS_DIR, '--per', 'gdp', '--no-reference']);
    // the seed table gives 台儿庄区 no GDP figure
    expect(seeds.stderr).toContain('台儿庄区 (370405) has no GDP figure; left out of per-GDP rankings; fix: `regionbench regions template PATHS > regions.csv`, fill in GDP');
    expect(seeds.stderr).toContain('GDP has no open national source');
    const none = await run(['compare', COUNTIES, '--no-reference']);
    expect(none.stderr).not.toContain('reference data');
  });

  it('check lists each region’s denominators; template writes rows to fill; filled in, they close the gap', async () => {
    const folder = workspace();
    const check = await run(['regions', 'check', COUNTIES, '--no-reference']);
    expect(check.status).toBe(EXIT.ok);
    const rows = check.stdout.trim().split(/\r?\n/).map((line) => line.split(','));
    expect(rows[0]?.slice(0, 7)).toEqual(['region', 'region_code', 'region_level', 'parent', 'plan_year', 'metric', 'status']);
    expect(rows.slice(1).map((row) => `${row[0]} ${row[5]} ${row[6]}`)).toEqual([
      '德清县 resident_population unknown-region', '德清县 land_area unknown-region', '德清县 gdp unknown-region',
      '郫都区 resident_population unknown-region', '郫都区 land_area unknown-region', '郫都区 gdp unknown-region',
    ]);
    const template = await run(['regions', 'template', COUNTIES, '--no-reference']);
    const lines = template.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe('region,division_code,admin_level,parent,metric,year,value,unit,source_url,note,licence');
    expect(lines[1]).toBe('德清县,330521,县,,resident_population,2023,,万人,,unknown-region,');
    expect(lines).toHaveLength(7);
    // the user fills the values in (invented here) and passes the table with --regions
    const values = ['50', '930', '1300', '140', '440', '900'];
    const filled = lines.map((line, index) => (index === 0 ? line : line.replace(/^(([^,]*,){6}),/, `$1${values[index - 1] ?? ''},`)));
    writeFileSync(join(folder, 'filled.csv'), `${filled.join('\n')}\n`);
    const after = await run(['regions', 'check', COUNTIES, '--no-reference', '--regions', join(folder, 'filled.csv')]);
    expect(after.stdout.trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[6])).toEqual(Array(6).fill('present'));
    expect(after.stderr).toContain('2 regions checked, 0 lack some denominator');
  });
});
