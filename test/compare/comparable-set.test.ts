import * as aq from 'arquero';
import { chooseKind, fieldOf, indicatorDef, selectObservation, toObservations } from '../../src/compare/comparable-set.js';
import { CATALOGUE, OBSERVATIONS, REGIONS, STATIONS_5G, observation } from '../fixtures/compare/observations.js';

describe('compare/comparable-set', () => {
  it('takes the field from every observation of the plan year, in order of appearance', () => {
    expect(fieldOf(OBSERVATIONS, 2023).map((r) => r.region)).toEqual(['台儿庄区', '滕州市', '泰安市', '嘉祥县', '罗庄区']);
    expect(fieldOf(OBSERVATIONS, 2024)).toEqual([]);
  });

  it('reads observations from an arquero table', () => {
    expect(toObservations(aq.from(STATIONS_5G))).toEqual(STATIONS_5G);
    expect(toObservations(STATIONS_5G)).toEqual(STATIONS_5G);
  });

  it('leaves out counts of several categories together and the whole country\'s figures', () => {
    const [first, second, third] = STATIONS_5G;
    if (!first || !second || !third) throw new Error('fixture too short');
    const combined = { ...first, indicator: 'combined', parts: 'gazelle_firms_new、specialized_sme_new' };
    const national = { ...second, region: '全国', region_code: '', region_level: 'country' };
    expect(toObservations([combined, national, third])).toEqual([third]);
  });

  it('leaves out the figure of part of a region (its 农村地区), which is not the region\'s', () => {
    const [first, second] = STATIONS_5G;
    if (!first || !second) throw new Error('fixture too short');
    const rural = { ...first, region: `${first.region}农村地区`, region_code: '', region_level: 'part' };
    expect(toObservations([rural, second])).toEqual([second]);
  });

  describe('chooseKind', () => {
    const def = { kinds: ['increment', 'stock', 'mentioned'] as const };

    it('picks the kind most regions have a figure of', () => {
      expect(chooseKind(STATIONS_5G, 'target', { kinds: [...def.kinds] })).toBe('increment');
    });

    it('breaks a tie by the order of the catalogue kinds', () => {
      const tie = [
        observation({ ...REGIONS.taian, indicator: 'stations_5g', kind: 'stock', value: 11_000 }),
        observation({ ...REGIONS.tengzhou, indicator: 'stations_5g', kind: 'increment', value: 500 }),
      ];
      expect(chooseKind(tie, 'target', { kinds: ['increment', 'stock'] })).toBe('increment');
      expect(chooseKind(tie, 'target', { kinds: ['stock', 'increment'] })).toBe('stock');
    });

    it('counts regions, not observations', () => {
      const many = [
        observation({ ...REGIONS.taian, indicator: 'x', kind: 'stock', value: 1 }),
        observation({ ...REGIONS.taian, indicator: 'x', kind: 'stock', value: 2 }),
        observation({ ...REGIONS.taian, indicator: 'x', kind: 'stock', value: 3 }),
        observation({ ...REGIONS.tengzhou, indicator: 'x', kind: 'increment', value: 1 }),
        observation({ ...REGIONS.jiaxiang, indicator: 'x', kind: 'increment', value: 1 }),
      ];
      expect(chooseKind(many, 'target', { kinds: ['stock', 'increment'] })).toBe('increment');
    });

    it('falls back to the first rankable catalogue kind without any figure', () => {
      expect(chooseKind([], 'target', { kinds: ['mentioned', 'cap'] })).toBe('cap');
      expect(chooseKind(STATIONS_5G, 'actual', { kinds: ['increment'] })).toBe('increment');
    });
  });

  describe('selectObservation', () => {
    it('chooses the largest value and keeps the rest as alternatives (新建、改造5G基站 800个、300个)', () => {
      const built = observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', value: 800 });
      const upgraded = observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', value: 300 });
      const stock = observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', kind: 'stock', value: 3000 });
      const pick = selectObservation([upgraded, built, stock], 'increment', 'target');
      expect(pick.chosen).toBe(built);
      expect(pick.missing).toBeNull();
      expect(pick.alternatives.map((a) => [a.reason, a.observation.value])).toEqual([['not-chosen', 300], ['other-kind', 3000]]);
    });

    it('breaks equal values by position in the document', () => {
      const later = observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', value: 344, start: 900 });
      const earlier = observation({ ...REGIONS.luozhuang, indicator: 'stations_5g', value: 344, start: 100 });
      expect(selectObservation([later, earlier], 'increment', 'target').chosen).toBe(earlier);
    });

    it.each([
      ['kind-mismatch', [observation({ ...REGIONS.taian, indicator: 'x', kind: 'stock', value: 11_000 })]],
      ['status-mismatch', [observation({ ...REGIONS.taian, indicator: 'x', status: 'actual', value: 3000 })]],
      ['mentioned-only', [observation({ ...REGIONS.taian, indicator: 'x', kind: 'mentioned', value: null, comparator: null })]],
      ['absent', []],
    ])('says %s when nothing enters the set', (reason, observations) => {
      const pick = selectObservation(observations, 'increment', 'target');
      expect(pick.chosen).toBeNull();
      expect(pick.missing).toBe(reason);
      expect(pick.alternatives).toHaveLength(observations.length);
    });
  });

  it('throws for an indicator missing from the catalogue', () => {
    expect(indicatorDef(CATALOGUE, 'water_use_cap').polarity).toBe('lower_is_better');
    expect(() => indicatorDef(CATALOGUE, 'nope')).toThrow(new Error('invalid indicator: nope is not in the catalogue'));
  });
});
