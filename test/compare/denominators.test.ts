import { resolveDenominator } from '../../src/compare/denominators.js';
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
