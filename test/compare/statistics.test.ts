import fc from 'fast-check';
import {
  competitionRanks, minMaxScores, percentileRanks, quantile, sameValue, scoreValues, summarise, zScores,
} from '../../src/compare/statistics.js';

// the definitions, value by value against every other value (quadratic, so only for tests)
function naiveCompetitionRanks(values: readonly (number | null)[], polarity: 'higher_is_better' | 'lower_is_better'): (number | null)[] {
  const oriented = values.map((value) => (value === null ? null : polarity === 'higher_is_better' ? value : -value));
  const present = oriented.filter((value): value is number => value !== null);
  return oriented.map((value) => (value === null ? null : 1 + present.filter((other) => other > value && !sameValue(other, value)).length));
}

function naivePercentileRanks(values: readonly (number | null)[], polarity: 'higher_is_better' | 'lower_is_better'): (number | null)[] {
  const oriented = values.map((value) => (value === null ? null : polarity === 'higher_is_better' ? value : -value));
  const present = oriented.filter((value): value is number => value !== null);
  return oriented.map((value) => {
    if (value === null) return null;
    if (present.length === 1) return 50;
    const below = present.filter((other) => other < value && !sameValue(other, value)).length;
    const tied = present.filter((other) => sameValue(other, value)).length;
    return (100 * (below + (tied - 1) / 2)) / (present.length - 1);
  });
}

describe('compare/statistics', () => {
  it('ranks as the value-by-value definitions do, near-ties, zero and negative values included', () => {
    // values drawn near each other so that ties within the tolerance happen often
    const base = fc.constantFrom(0, 1, -1, 1e-12, 100, -100, 0.1 + 0.2, 0.3, 1e9);
    const value = fc.oneof(base, fc.tuple(base, fc.integer({ min: -3, max: 3 })).map(([b, k]) => b * (1 + k * 4e-10)), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    const values = fc.array(fc.option(value, { nil: null, freq: 5 }), { maxLength: 40 });
    fc.assert(fc.property(values, fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const), (list, polarity) => {
      expect(competitionRanks(list, polarity)).toEqual(naiveCompetitionRanks(list, polarity));
      expect(percentileRanks(list, polarity)).toEqual(naivePercentileRanks(list, polarity));
    }), { numRuns: 3000 });
  });

  describe('summarise', () => {
    it('gives count, mean, population sd, min and max of the present values', () => {
      expect(summarise([2, null, 4])).toEqual({ n: 2, n_missing: 1, mean: 3, sd: 1, min: 2, max: 4 });
    });

    it('excludes nulls and counts them', () => {
      expect(summarise([null, 5, null])).toMatchObject({ n: 1, n_missing: 2, mean: 5 });
    });

    it('gives nulls, not NaN, when no value is present', () => {
      expect(summarise([null])).toEqual({ n: 0, n_missing: 1, mean: null, sd: null, min: null, max: null });
      expect(summarise([])).toEqual({ n: 0, n_missing: 0, mean: null, sd: null, min: null, max: null });
    });

    it('gives sd 0 for one value', () => {
      expect(summarise([7]).sd).toBe(0);
    });

    it('gives sd 0 for values equal up to floating-point noise', () => {
      expect(summarise([0.3, 0.1 + 0.2]).sd).toBe(0);
    });
  });

  describe('minMaxScores', () => {
    it('maps the lowest to 0 and the highest to 100', () => {
      expect(minMaxScores([10, 20, null, 30], 'higher_is_better')).toEqual([0, 50, null, 100]);
    });

    it('flips for lower_is_better, so the smallest scores 100', () => {
      expect(minMaxScores([10, 20, 30], 'lower_is_better')).toEqual([100, 50, 0]);
    });

    it('gives 50 to a single region', () => {
      expect(minMaxScores([42], 'higher_is_better')).toEqual([50]);
    });

    it('gives 50 to every region when all are equal', () => {
      expect(minMaxScores([7, 7, null, 7], 'lower_is_better')).toEqual([50, 50, null, 50]);
    });

    it('gives all nulls when every value is missing', () => {
      expect(minMaxScores([null, null], 'higher_is_better')).toEqual([null, null]);
    });
  });

  describe('zScores', () => {
    it('uses the population standard deviation', () => {
      // mean 2, sd = sqrt(2/3); (3 - 2) / sqrt(2/3) = sqrt(1.5)
      const scores = zScores([1, 2, 3], 'higher_is_better');
      expect(scores[0]).toBeCloseTo(-Math.sqrt(1.5), 12);
      expect(scores[1]).toBe(0);
      expect(scores[2]).toBeCloseTo(Math.sqrt(1.5), 12);
    });

    it('negates for lower_is_better', () => {
      expect(zScores([1, 3], 'lower_is_better')).toEqual([1, -1]);
    });

    it('gives 0 when the spread is 0 (all equal)', () => {
      expect(zScores([5, 5, null], 'higher_is_better')).toEqual([0, 0, null]);
    });

    it('gives 0 to a single region', () => {
      expect(zScores([12], 'higher_is_better')).toEqual([0]);
    });
  });

  describe('percentileRanks', () => {
    it('gives the share of other regions beaten, ties counting half', () => {
      // 20 beats 10 and ties the other 20: (1 + 0.5) / 3
      expect(percentileRanks([10, 20, 20, 40], 'higher_is_better')).toEqual([0, 50, 50, 100]);
      expect(percentileRanks([10, 20, 30], 'higher_is_better')).toEqual([0, 50, 100]);
    });

    it('flips for lower_is_better', () => {
      expect(percentileRanks([10, 20, 30], 'lower_is_better')).toEqual([100, 50, 0]);
    });

    it('gives 50 to a single region', () => {
      expect(percentileRanks([3], 'lower_is_better')).toEqual([50]);
    });

    it('gives 50 to every region when all are equal', () => {
      expect(percentileRanks([4, 4, 4], 'higher_is_better')).toEqual([50, 50, 50]);
    });

    it('excludes missing values from the share', () => {
      expect(percentileRanks([null, 1, 2], 'higher_is_better')).toEqual([null, 0, 100]);
    });
  });

  describe('competitionRanks', () => {
    it('ranks ties "1224": tied values share the best rank and the next rank skips', () => {
      expect(competitionRanks([50, 80, 80, null, 20], 'higher_is_better')).toEqual([3, 1, 1, null, 4]);
      expect(competitionRanks([1, 2, 2, 3], 'higher_is_better')).toEqual([4, 2, 2, 1]);
    });

    it('ranks the smallest first for lower_is_better', () => {
      expect(competitionRanks([50, 80, 20], 'lower_is_better')).toEqual([2, 3, 1]);
    });

    it('ranks a single region first', () => {
      expect(competitionRanks([9], 'higher_is_better')).toEqual([1]);
    });

    it('ranks all-equal regions first together', () => {
      expect(competitionRanks([2, 2, 2], 'lower_is_better')).toEqual([1, 1, 1]);
    });

    it('treats values equal up to floating-point noise as a tie', () => {
      expect(competitionRanks([0.1 + 0.2, 0.3], 'higher_is_better')).toEqual([1, 1]);
      expect(sameValue(1, 1 + 1e-12)).toBe(true);
      expect(sameValue(1, 1.001)).toBe(false);
      expect(sameValue(0, 0)).toBe(true);
    });
  });

  describe('quantile', () => {
    it('interpolates linearly between order statistics (R type 7)', () => {
      expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
      expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
      expect(quantile([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2, 12);
    });

    it('excludes missing values', () => {
      expect(quantile([null, 5], 0.9)).toBe(5);
    });

    it('gives null when no value is present', () => {
      expect(quantile([null], 0.5)).toBeNull();
      expect(quantile([], 0.5)).toBeNull();
    });

    it('throws for a probability outside 0–1', () => {
      expect(() => quantile([1], 1.5)).toThrow(new Error('invalid quantile: 1.5'));
    });
  });

  it('scoreValues dispatches on the method', () => {
    expect(scoreValues([1, 3], 'minmax', 'higher_is_better')).toEqual([0, 100]);
    expect(scoreValues([1, 3], 'zscore', 'higher_is_better')).toEqual([-1, 1]);
    expect(scoreValues([1, 3], 'percentile', 'higher_is_better')).toEqual([0, 100]);
  });
});
