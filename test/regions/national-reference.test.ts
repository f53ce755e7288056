import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/commands.js';
import { chooseFigure, countyLevelUnits, findRegion, parseRegionTable } from '../../src/regions/index.js';
import { runCommand } from '../helpers/cli.js';

// Third-party data, read at run time only (never copied into the repository): present on CI.
const NATIONAL = new URL('../../../shared/reference/national/', import.meta.url).pathname;
const present = existsSync(join(NATIONAL, 'counties_2020.csv')) && existsSync(join(NATIONAL, 'counties-2021.topo.json'));
if (!present) console.log(`regions/national-reference: skipped, ${NATIONAL} is absent (the shared national reference data)`);
const maybe = present ? describe : describe.skip;

maybe('regions import of the shared national reference data (integration)', () => {
  const store = join(mkdtempSync(join(tmpdir(), 'regionbench-national-')), 'reference');
  let table: ReturnType<typeof parseRegionTable> = [];
  let stderr = '';

  beforeAll(async () => {
    const result = await runCommand(['regions', 'import', join(NATIONAL, 'counties_2020.csv'), join(NATIONAL, 'counties-2021.topo.json'), '--reference', store]);
    expect(result.status).toBe(EXIT.ok);
    stderr = result.stderr;
    table = parseRegionTable(readFileSync(join(store, 'reference.csv'), 'utf8'), 'csv');
  }, 60_000);

  it('counts 305,102 residents in 台儿庄区 (2020 census)', () => {
    const figure = chooseFigure(table, '370405', 'resident_population', 2020).figure;
    expect(Math.round((figure?.value ?? 0) * 10_000)).toBe(305_102);
    expect(figure?.licence).toMatch(/MIT/);
  });

  it('gives 北京市东城区 about 41.8 km² of land', () => {
    const identity = findRegion(table, { region: '东城区', region_code: '110101' }).identity;
    expect(identity?.parent).toBe('北京市市辖区');
    const area = chooseFigure(table, '110101', 'land_area', 2021).figure?.value ?? 0;
    expect(Math.abs(area / 41.84 - 1)).toBeLessThan(0.02);
  });

  it('sums the county-level units to the national 1,409,778,724 residents', () => {
    const units = countyLevelUnits(table);
    const total = units.reduce((sum, unit) => sum + Math.round((chooseFigure(table, unit.division_code, 'resident_population', 2020).figure?.value ?? 0) * 10_000), 0);
    expect(total).toBe(1_409_778_724);
    // 2,985 county-level rows and the four prefecture-level cities without counties
    expect(units).toHaveLength(2_989);
  });

  it('keeps the boundary file in the store and says where the store is', () => {
    expect(existsSync(join(store, 'boundaries', 'counties-2021.topo.json'))).toBe(true);
    expect(stderr).toContain(`reference data written to ${store}`);
  });
});
