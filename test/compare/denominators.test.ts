import { denominatorGaps, denominatorStatus, resolveDenominator } from '../../src/compare/denominators.js';
import { findRegion, parseRegionTable } from '../../src/regions/index.js';
import { REGIONS, seedRegions } from '../fixtures/compare/observations.js';

describe('compare/denominators', () => {
  const seed = seedRegions();
  const match = (key: { region: string; region_code: string }) => findRegion(seed, key);

  it('needs no denominator for the raw view', () => {
    expect(resolveDenominator(seed, match(REGIONS.tengzhou), 'none', 2023, 2)).toEqual({
      metric: null, value: null, unit: null, year: null, source: null, note: null, flags: [], reason: null,
    });
  });

  it('uses the plan year’s population with its source (滕州市 2023: 154.78 万人)', () => {
    expect(resolveDenominator(seed, match(REGIONS.tengzhou), 'capita', 2023, 2)).toEqual({
      metric: 'resident_population', value: 154.78, unit: '万人', year: 2023,
      source: 'https://www.chaxiaohao.com/read-1752171793l6607700.html', note: 'year-end', flags: [], reason: null,
    });
  });

  it('flags a denominator more than two years from the plan year', () => {
    const denominator = resolveDenominator(seed, match(REGIONS.taierzhuang), 'capita', 2023, 2);
    expect([denominator.value, denominator.year, denominator.flags]).toEqual([30.51, 2020, ['denominator-stale']]);
  });

  it('does not flag a gap within the allowed years', () => {
    expect(resolveDenominator(seed, match(REGIONS.taierzhuang), 'capita', 2023, 3).flags).toEqual([]);
  });

  it('flags an undated and disputed area (泰安市 7762 km², "a wiki copy says 7761")', () => {
    const denominator = resolveDenominator(seed, match(REGIONS.taian), 'area', 2023, 2);
    expect([denominator.value, denominator.year, denominator.flags]).toEqual([7762, null, ['denominator-undated', 'denominator-disputed']]);
  });

  it('gives a missing denominator as a reason, never a value (台儿庄区 GDP)', () => {
    const denominator = resolveDenominator(seed, match(REGIONS.taierzhuang), 'gdp', 2023, 2);
    expect(denominator).toMatchObject({ metric: 'gdp', value: null, unit: '亿元', flags: ['denominator-missing'], reason: 'denominator-missing' });
  });

  it('gives a zero denominator as a reason', () => {
    const table = parseRegionTable('region,division_code,admin_level,parent,metric,year,value,unit\n某区,370999,市辖区,某市,land_area,2023,0,km2\n', 'csv');
    const denominator = resolveDenominator(table, findRegion(table, { region: '某区', region_code: '' }), 'area', 2023, 2);
    expect([denominator.value, denominator.flags, denominator.reason]).toEqual([0, ['denominator-zero'], 'denominator-zero']);
  });

  it('gives unknown and ambiguous regions as reasons', () => {
    expect(resolveDenominator(seed, match({ region: '某县', region_code: '' }), 'capita', 2023, 2).reason).toBe('region-unknown');
    expect(resolveDenominator(seed, { identity: null, status: 'ambiguous' }, 'capita', 2023, 2).reason).toBe('region-ambiguous');
  });
});

describe('compare/denominators: standing and gaps', () => {
  const seed = seedRegions();

  it('calls a figure far from the plan year stale and a region without one missing (台儿庄区)', () => {
    // population 2020 and land area 2014 are more than two years from 2023; the seeds give no GDP
    const statuses = denominatorStatus(seed, REGIONS.taierzhuang, 2023);
    expect(statuses.map((s) => [s.metric, s.status, s.year])).toEqual([
      ['resident_population', 'stale', 2020], ['land_area', 'stale', 2014], ['gdp', 'missing', null],
    ]);
  });

  it('calls a figure whose note says it includes a development zone of another scope (嘉祥县)', () => {
    const statuses = denominatorStatus(seed, REGIONS.jiaxiang, 2023);
    expect(statuses.map((s) => s.status)).toEqual(['other-scope', 'other-scope', 'other-scope']);
    expect(statuses[0]?.value).toBe(80);
  });

  it('calls a development zone of the reference data of another scope whatever its note', () => {
    const zone = parseRegionTable('region,division_code,admin_level,parent,metric,year,value,unit\n某高新区,370471,功能区,枣庄市,resident_population,2023,12,万人\n', 'csv');
    expect(denominatorStatus(zone, { region: '某高新区', region_code: '370471', region_level: '' }, 2023)[0]?.status).toBe('other-scope');
  });

  it('finds a present figure of the plan year with its source (滕州市 154.78 万人)', () => {
    const [population] = denominatorStatus(seed, REGIONS.tengzhou, 2023);
    expect(population).toMatchObject({ status: 'present', value: 154.78, year: 2023, unit: '万人', parent: '枣庄市' });
  });

  it('lists as gaps only regions lacking some figure, unknown ones with every metric', () => {
    const deqing = { region: '德清县', region_code: '330521', region_level: 'county' };
    expect(denominatorGaps(seed, [REGIONS.tengzhou, REGIONS.taierzhuang, deqing], 2023)).toEqual([
      { region: '台儿庄区', region_code: '370405', region_level: '市辖区', metrics: ['gdp'], unknown: false },
      { region: '德清县', region_code: '330521', region_level: 'county', metrics: ['resident_population', 'land_area', 'gdp'], unknown: true },
    ]);
  });
});

describe('compare/denominators: renamed units', () => {
  it('uses the figure of a unit found by name under its old code, and says so', () => {
    const table = parseRegionTable('region,division_code,admin_level,parent,metric,year,value,unit\n旬阳县,610928,县,安康市,resident_population,2022,41.2,万人\n', 'csv');
    const denominator = resolveDenominator(table, findRegion(table, { region: '旬阳市', region_code: '610981' }), 'capita', 2023, 2);
    expect([denominator.value, denominator.flags]).toEqual([41.2, ['region-renamed']]);
  });
});
