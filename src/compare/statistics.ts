import { UsageError } from '../errors.js';
import { COMPARE_ERRORS } from '../messages.js';
import { max, mean, min, quantileSorted, standardDeviation } from 'simple-statistics';
import type { Polarity } from '../catalogue/index.js';
import type { ScoreMethod } from './options.js';

/**
 * Degenerate-safe wrappers over simple-statistics. Every function takes values that may be
 * null (a region without a value): nulls are excluded from the computation, keep their
 * position in the output as null, and are counted. No function returns NaN or Infinity.
 *
 * Two values count as equal (for zero spread and for ties) when they differ by at most
 * 1e-9 of the larger magnitude, so floating-point noise from division does not split a tie.
 */

/** Location and spread of the non-null values. */
export interface Summary {
  /** Non-null values. */
  readonly n: number;
  /** Null values, excluded from everything else. */
  readonly n_missing: number;
  readonly mean: number | null;
  /** Population standard deviation (divides by n); 0 for one value or equal values. */
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Relative tolerance under which two values are the same value. */
export const TIE_TOLERANCE = 1e-9;

/**
 * Whether two numbers are equal within `TIE_TOLERANCE` of the larger magnitude.
 *
 * @example
 * sameValue(0.1 + 0.2, 0.3) // → true
 * sameValue(1, 1.001) // → false
 */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Count, mean, population standard deviation, min and max of the non-null values; all null
 * (and n = 0) when there is none.
 *
 * @example
 * summarise([2, null, 4])
 * // → { n: 2, n_missing: 1, mean: 3, sd: 1, min: 2, max: 4 }
 * summarise([null]) // → { n: 0, n_missing: 1, mean: null, sd: null, min: null, max: null }
 */
export function summarise(values: readonly (number | null)[]): Summary {
  const present = presentValues(values);
  const missing = values.length - present.length;
  if (present.length === 0) return { n: 0, n_missing: missing, mean: null, sd: null, min: null, max: null };
  const lowest = min(present);
  const highest = max(present);
  const spread = sameValue(lowest, highest) ? 0 : standardDeviation(present);
  return { n: present.length, n_missing: missing, mean: mean(present), sd: spread, min: lowest, max: highest };
}

/**
 * Min-max scores on 0–100, oriented by polarity (the best value scores 100).
 *
 * Degenerate cases: one value, or all values equal (zero spread), score 50 — the midpoint,
 * neither best nor worst, matching the percentile rank and a z-score of 0.
 *
 * @example
 * minMaxScores([10, 20, null, 30], 'higher_is_better') // → [0, 50, null, 100]
 * minMaxScores([10, 20, 30], 'lower_is_better') // → [100, 50, 0]
 * minMaxScores([7, 7], 'higher_is_better') // → [50, 50]
 */
export function minMaxScores(values: readonly (number | null)[], polarity: Polarity): (number | null)[] {
  const { min: lowest, max: highest } = summarise(values);
  if (lowest === null || highest === null) return values.map(() => null);
  const spread = highest - lowest;
  return values.map((value) => {
    if (value === null) return null;
    if (sameValue(lowest, highest)) return 50;
    const share = (value - lowest) / spread;
    return 100 * (polarity === 'higher_is_better' ? share : 1 - share);
  });
}

/**
 * z-scores with the population standard deviation, oriented by polarity (lower_is_better
 * negates them, so a higher score is always better).
 *
 * Degenerate cases: zero spread (one value, or all equal) gives 0 for every value.
 *
 * @example
 * zScores([1, 2, 3], 'higher_is_better') // → [-1.224744871391589, 0, 1.224744871391589]
 * zScores([5, 5, null], 'higher_is_better') // → [0, 0, null]
 */
export function zScores(values: readonly (number | null)[], polarity: Polarity): (number | null)[] {
  const { mean: centre, sd } = summarise(values);
  const sign = polarity === 'higher_is_better' ? 1 : -1;
  return values.map((value) => {
    if (value === null || centre === null || sd === null) return null;
    return sd === 0 ? 0 : (sign * (value - centre)) / sd;
  });
}

/**
 * Percentile ranks on 0–100, oriented by polarity: the share of the other regions that the
 * value beats, ties counting half — `100 × (below + (tied − 1) / 2) / (n − 1)`, where `tied`
 * includes the value itself. The best of n distinct values scores 100, the worst 0.
 *
 * Degenerate cases: one value scores 50; all equal score 50.
 *
 * @example
 * percentileRanks([10, 20, 20, 40], 'higher_is_better') // → [0, 50, 50, 100]
 * percentileRanks([3], 'lower_is_better') // → [50]
 */
export function percentileRanks(values: readonly (number | null)[], polarity: Polarity): (number | null)[] {
  const oriented = orient(values, polarity);
  const sorted = presentValues(oriented).sort((a, b) => a - b);
  return oriented.map((value) => {
    if (value === null) return null;
    if (sorted.length === 1) return 50;
    const { below, above } = countAround(sorted, value);
    const tied = sorted.length - below - above;
    return (100 * (below + (tied - 1) / 2)) / (sorted.length - 1);
  });
}

/**
 * Competition ranks ("1224"), oriented by polarity: rank 1 is the best value; tied values
 * share the best rank of their group, and the next rank skips as many places as were tied.
 *
 * @example
 * competitionRanks([50, 80, 80, null, 20], 'higher_is_better') // → [3, 1, 1, null, 4]
 * competitionRanks([50, 80, 20], 'lower_is_better') // → [2, 3, 1]
 */
export function competitionRanks(values: readonly (number | null)[], polarity: Polarity): (number | null)[] {
  const oriented = orient(values, polarity);
  const sorted = presentValues(oriented).sort((a, b) => a - b);
  return oriented.map((value) => (value === null ? null : 1 + countAround(sorted, value).above));
}

/**
 * Scores by method: `minmax` (`minMaxScores`), `zscore` (`zScores`), `percentile`
 * (`percentileRanks`).
 *
 * @example
 * scoreValues([1, 3], 'percentile', 'higher_is_better') // → [0, 100]
 */
export function scoreValues(values: readonly (number | null)[], method: ScoreMethod, polarity: Polarity): (number | null)[] {
  if (method === 'zscore') return zScores(values, polarity);
  if (method === 'percentile') return percentileRanks(values, polarity);
  return minMaxScores(values, polarity);
}

/**
 * The p-quantile of the non-null values by linear interpolation between order statistics
 * (R type 7, numpy's default, Excel PERCENTILE.INC; simple-statistics `quantileSorted`).
 * null when no value is present; one value is every quantile.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.25) // → 1.75
 * quantile([null, 5], 0.9) // → 5
 * quantile([null], 0.5) // → null
 */
export function quantile(values: readonly (number | null)[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new UsageError(COMPARE_ERRORS.invalidOption('quantile', p));
  return quantileOfSorted(presentValues(values).sort((a, b) => a - b), p);
}

/**
 * `quantile` of values already sorted ascending (no nulls): null when there is none.
 *
 * @example
 * quantileOfSorted([1, 2, 3, 4], 0.25) // → 1.75
 */
export function quantileOfSorted(sorted: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new UsageError(COMPARE_ERRORS.invalidOption('quantile', p));
  // simple-statistics reads the array without changing it
  return sorted.length === 0 ? null : quantileSorted(sorted as number[], p);
}

/**
 * How many sorted values lie below `value` and how many above it, values within
 * `TIE_TOLERANCE` of it counting as neither. The values the same as `value` form one run of
 * the sorted list (sameness shrinks with distance, and never spans zero), so two binary
 * searches find it: ranks of 3,000 regions under 1,212 weight scenarios stay n log n.
 */
function countAround(sorted: readonly number[], value: number): { below: number; above: number } {
  const firstNot = (inside: (other: number) => boolean): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (inside(sorted[middle] as number)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const below = firstNot((other) => other < value && !sameValue(other, value));
  const notAbove = firstNot((other) => !(other > value && !sameValue(other, value)));
  return { below, above: sorted.length - notAbove };
}

function presentValues(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

function orient(values: readonly (number | null)[], polarity: Polarity): (number | null)[] {
  return polarity === 'higher_is_better' ? [...values] : values.map((value) => (value === null ? null : -value));
}
