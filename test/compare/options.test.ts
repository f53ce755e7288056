import {
  normalizeCompareOptions, normalizeCompositeOptions, normalizePeerGapOptions, normalizeRobustnessOptions,
} from '../../src/compare/options.js';

describe('compare/options', () => {
  describe('normalizeCompareOptions', () => {
    it('fills every default', () => {
      expect(normalizeCompareOptions({ indicator: 'green_building_area', planYear: 2023 })).toEqual({
        indicator: 'green_building_area', planYear: 2023, kind: 'auto', status: 'target', per: 'none', method: 'minmax', staleYears: 2, levels: 'mixed',
      });
    });

    it.each([
      [{ per: 'weekly' }, 'invalid per: weekly'],
      [{ method: 'rank' }, 'invalid method: rank'],
      [{ kind: 'mentioned' }, 'invalid kind: mentioned'],
      [{ status: 'plan' }, 'invalid status: plan'],
      [{ planYear: 2023.5 }, 'invalid planYear: 2023.5'],
      [{ planYear: Number.NaN }, 'invalid planYear: NaN'],
      [{ staleYears: -1 }, 'invalid staleYears: -1'],
      [{ indicator: '' }, 'invalid indicator: '],
    ])('rejects %j', (override, message) => {
      expect(() => normalizeCompareOptions({ indicator: 'x', planYear: 2023, ...override })).toThrow(new Error(message));
    });
  });

  describe('normalizeCompositeOptions', () => {
    it('selects indicators automatically when neither indicators nor weights are given', () => {
      expect(normalizeCompositeOptions({ planYear: 2023 })).toEqual({
        planYear: 2023, indicators: 'auto', weights: {}, status: 'target', per: 'none', method: 'minmax',
        minCoverage: 0.5, minIndicatorShare: 0.5, staleYears: 2, levels: 'mixed',
      });
    });

    it('takes the indicators from the weights when only weights are given', () => {
      expect(normalizeCompositeOptions({ planYear: 2023, weights: { water_use_cap: 1, green_building_area: 2 } }).indicators)
        .toEqual(['green_building_area', 'water_use_cap']);
    });

    it('rejects a weight that is not positive', () => {
      expect(() => normalizeCompositeOptions({ planYear: 2023, weights: { water_use_cap: -1 } }))
        .toThrow(new Error('invalid weight for water_use_cap: -1'));
      expect(() => normalizeCompositeOptions({ planYear: 2023, weights: { water_use_cap: 0 } }))
        .toThrow(new Error('invalid weight for water_use_cap: 0'));
    });

    it('rejects a weight for an indicator outside the chosen set', () => {
      expect(() => normalizeCompositeOptions({ planYear: 2023, indicators: ['stations_5g'], weights: { water_use_cap: 2 } }))
        .toThrow(new Error('invalid weights: water_use_cap is not among the chosen indicators'));
    });

    it('rejects an empty indicator list and a coverage outside (0, 1]', () => {
      expect(() => normalizeCompositeOptions({ planYear: 2023, indicators: [] })).toThrow(new Error('invalid indicators: no indicator to combine'));
      expect(() => normalizeCompositeOptions({ planYear: 2023, minCoverage: 0 })).toThrow(new Error('invalid minCoverage: 0'));
      expect(() => normalizeCompositeOptions({ planYear: 2023, minCoverage: 1.5 })).toThrow(new Error('invalid minCoverage: 1.5'));
    });
  });

  describe('normalizeRobustnessOptions', () => {
    it('varies all methods and views by default, 100 draws of ±50% from seed 1', () => {
      const options = normalizeRobustnessOptions({ planYear: 2023 });
      expect([options.methods, options.pers, options.draws, options.perturbation, options.seed]).toEqual([
        ['minmax', 'zscore', 'percentile'], ['none', 'capita', 'area', 'gdp'], 100, 0.5, 1,
      ]);
    });

    it.each([
      [{ methods: ['minmax', 'rank'] }, 'invalid method: rank'],
      [{ pers: [] }, 'invalid pers: []'],
      [{ draws: -1 }, 'invalid draws: -1'],
      [{ perturbation: 1 }, 'invalid perturbation: 1'],
      [{ seed: 1.5 }, 'invalid seed: 1.5'],
    ])('rejects %j', (override, message) => {
      expect(() => normalizeRobustnessOptions({ planYear: 2023, ...override })).toThrow(new Error(message));
    });
  });

  describe('normalizePeerGapOptions', () => {
    it('compares with every region by default and checks the group', () => {
      expect(normalizePeerGapOptions({})).toEqual({ peers: 'all', listPeers: true });
      expect(normalizePeerGapOptions({ peers: 'same-level', listPeers: false })).toEqual({ peers: 'same-level', listPeers: false });
      expect(() => normalizePeerGapOptions({ peers: 'province' })).toThrow(new Error('invalid peers: province'));
      expect(() => normalizePeerGapOptions({ listPeers: 'yes' as unknown as boolean })).toThrow(/listPeers/);
    });
  });
});
