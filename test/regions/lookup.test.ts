import { chooseFigure, countyLevelUnits, findRegion, regionIdentities } from '../../src/regions/lookup.js';
import { parseRegionTable } from '../../src/regions/parse-table.js';
import { seedRegions } from '../fixtures/compare/observations.js';

const HEADER = 'region,division_code,admin_level,parent,metric,year,value,unit';

describe('regions/lookup', () => {
  const seed = seedRegions();

  it('lists the five seed regions with their tiers', () => {
    expect(regionIdentities(seed).map((r) => `${r.region} ${r.division_code} ${r.tier}`)).toEqual([
      '台儿庄区 370405 county', '滕州市 370481 county', '泰安市 370900 prefecture', '嘉祥县 370829 county', '罗庄区 371311 county',
    ]);
  });

  describe('findRegion', () => {
    it('matches on the code when one is given, whatever the name', () => {
      expect(findRegion(seed, { region: '滕州', region_code: '370481' })).toMatchObject({ status: 'found', identity: { region: '滕州市' } });
      expect(findRegion(seed, { region: '滕州市', region_code: '370999' })).toEqual({ identity: null, status: 'unknown' });
    });

    it('matches on the name when no code is given', () => {
      expect(findRegion(seed, { region: '罗庄区', region_code: '' }).identity?.division_code).toBe('371311');
      expect(findRegion(seed, { region: '市中区', region_code: '' }).status).toBe('unknown');
    });

    it('calls a name shared by several codes ambiguous', () => {
      const table = parseRegionTable(`${HEADER}\n市中区,370402,市辖区,枣庄市,gdp,2022,300,亿元\n市中区,370103,市辖区,济南市,gdp,2022,1000,亿元\n`, 'csv');
      expect(findRegion(table, { region: '市中区', region_code: '' })).toEqual({ identity: null, status: 'ambiguous' });
      expect(findRegion(table, { region: '市中区', region_code: '370103' }).identity?.parent).toBe('济南市');
    });
  });

  describe('chooseFigure', () => {
    it('uses the plan year’s own figure when there is one (滕州市 2023: 154.78 万人)', () => {
      const choice = chooseFigure(seed, '370481', 'resident_population', 2023);
      expect([choice.figure?.year, choice.figure?.value, choice.year_gap, choice.undated, choice.candidates]).toEqual([2023, 154.78, 0, false, 3]);
    });

    it('uses the closest year otherwise (台儿庄区 2020 census for 2023, three years off)', () => {
      const choice = chooseFigure(seed, '370405', 'resident_population', 2023);
      expect([choice.figure?.year, choice.figure?.value, choice.year_gap]).toEqual([2020, 30.51, 3]);
    });

    it('breaks a tie in distance towards the earlier year', () => {
      // plan year 2024: 2022 and 2026 are both two years away
      const table = parseRegionTable(`${HEADER}\n泰安市,370900,地级市,山东省,gdp,2026,3600,亿元\n泰安市,370900,地级市,山东省,gdp,2022,3198.1,亿元\n`, 'csv');
      expect(chooseFigure(table, '370900', 'gdp', 2024).figure?.year).toBe(2022);
    });

    it('prefers any dated figure over an undated one, however far', () => {
      const table = parseRegionTable(`${HEADER}\n罗庄区,371311,市辖区,临沂市,land_area,,564.2,km2\n罗庄区,371311,市辖区,临沂市,land_area,2005,370.37,km2\n`, 'csv');
      const choice = chooseFigure(table, '371311', 'land_area', 2023);
      expect([choice.figure?.value, choice.year_gap, choice.undated]).toEqual([370.37, 18, false]);
    });

    it('uses an undated figure when nothing dated exists, and says so', () => {
      const choice = chooseFigure(seed, '370900', 'land_area', 2023);
      expect([choice.figure?.value, choice.year_gap, choice.undated]).toEqual([7762, null, true]);
    });

    it('never fills a missing figure (台儿庄区 has no GDP)', () => {
      expect(chooseFigure(seed, '370405', 'gdp', 2023)).toEqual({
        division_code: '370405', metric: 'gdp', plan_year: 2023, figure: null, year_gap: null, undated: false, candidates: 0,
      });
    });
  });
});

describe('regions/lookup: the county-level partition', () => {
  it('keeps county-level units and prefectures without counties, never a province or a prefecture with counties', () => {
    const table = parseRegionTable([
      'region,division_code,admin_level,parent,metric,year,value,unit',
      '广东省,440000,省,,resident_population,2020,100,万人',
      '东莞市,441900,地级市,广东省,resident_population,2020,10,万人',
      '湖州市,330500,地级市,浙江省,resident_population,2020,30,万人',
      '德清县,330521,县,湖州市,resident_population,2020,5,万人',
      '吴兴区,330502,市辖区,湖州市,resident_population,2020,7,万人',
    ].join('\n'), 'csv');
    expect(countyLevelUnits(table).map((unit) => unit.region)).toEqual(['东莞市', '德清县', '吴兴区']);
  });
});

describe('regions/lookup: units renamed after the reference data were made', () => {
  const table = parseRegionTable([
    'region,division_code,admin_level,parent,metric,year,value,unit',
    '旬阳县,610928,县,安康市,resident_population,2020,40,万人',
    '朝阳县,211321,县,朝阳市,resident_population,2020,40,万人',
    '朝阳区,110105,市辖区,北京市市辖区,resident_population,2020,340,万人',
  ].join('\n'), 'csv');

  it('finds a county turned city under its new code by its name within the same prefecture', () => {
    const match = findRegion(table, { region: '旬阳市', region_code: '610981' });
    expect(match.status).toBe('renamed');
    expect(match.identity?.division_code).toBe('610928');
  });

  it('does not match a name of another prefecture', () => {
    // 朝阳 stems exist under 2113 and 1101, not under 2201
    expect(findRegion(table, { region: '朝阳区', region_code: '220104' })).toEqual({ identity: null, status: 'unknown' });
  });
});
