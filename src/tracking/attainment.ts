import { ABOUT_TOLERANCE, TRACKING_REASONS, type Verdict } from '../catalogue/index.js';
import type { Polarity } from '../catalogue/index.js';
import type { Comparator } from '../quantities/index.js';

/** The parts of a target that decide whether a result attains it. */
export interface TargetBound {
  readonly kind: string;
  readonly comparator: Comparator | null;
  readonly value: number | null;
  readonly value_high: number | null;
}

/** The parts of a result that decide whether it attains a target. */
export interface ResultBound {
  readonly comparator: Comparator | null;
  readonly value: number | null;
  readonly value_high: number | null;
}

/** A reason attached to a verdict: a key of `TRACKING_REASONS` and the values for its blanks. */
export interface Reason {
  readonly key: keyof typeof TRACKING_REASONS;
  readonly values?: Readonly<Record<string, string>>;
}

/** Whether a result attains a target, by how much, and why. */
export interface Judgement {
  readonly verdict: Verdict;
  /** Result over target value (the low end of a range); null when the target is 0. */
  readonly ratio: number | null;
  /** Result minus the target in the indicator's unit (for a range: minus the nearer end, 0 inside). */
  readonly difference: number | null;
  /** The relative tolerance applied to a `~` target, else null. */
  readonly tolerance: number | null;
  readonly reasons: readonly Reason[];
}

type Shape =
  | { readonly type: 'floor'; readonly value: number; readonly strict: boolean }
  | { readonly type: 'cap'; readonly value: number; readonly strict: boolean }
  | { readonly type: 'range'; readonly low: number; readonly high: number }
  | { readonly type: 'about'; readonly value: number };

/**
 * Judge a result against a target of a kind it can judge (see `JUDGING_KINDS`).
 *
 * The target's bound decides: 以上 `>=` is met at equality and exceeded above; 超过 `>` is not
 * met at equality; a cap (控制在…以内 `<=`) is met at or below; `<` is not met at equality;
 * a range is met inside, exceeded beyond the end the indicator's polarity favours; `~` (左右)
 * is met within ±`ABOUT_TOLERANCE` of the target (5%: 6%左右 holds from 5.7 to 6.3). A bare
 * figure (`=`) is a floor, or a cap for a cap or a lower-is-better indicator. The result's own
 * bound then tests the verdict: a result that is only a lower bound (超过 `>`), an upper bound
 * (不到 `<`) or approximate (近, 约 `~`, ±the same tolerance) whose possible values fall on both
 * sides of the target cannot be judged (`undetermined`). Ratio and difference are rounded to
 * 12 significant digits.
 *
 * @example
 * judge({ kind: 'increment', comparator: '>=', value: 300, value_high: null }, { comparator: '=', value: 412, value_high: null }, 'higher_is_better')
 * // → { verdict: 'exceeded', ratio: 1.37333333333, difference: 112, tolerance: null, reasons: [] }
 * judge({ kind: 'growth', comparator: '~', value: 6, value_high: null }, { comparator: '=', value: 5.8, value_high: null }, 'higher_is_better')
 * // → { verdict: 'met', ratio: 0.966666666667, difference: -0.2, tolerance: 0.05, reasons: [{ key: 'withinTolerance', values: { tolerance: '5%' } }] }
 */
export function judge(target: TargetBound, result: ResultBound, polarity: Polarity): Judgement {
  if (target.value === null || result.value === null) {
    return { verdict: 'undetermined', ratio: null, difference: null, tolerance: null, reasons: [{ key: 'noTargetValue' }] };
  }
  const shape = shapeOf(target, polarity);
  const tolerance = shape.type === 'about' ? ABOUT_TOLERANCE : null;
  const reasons: Reason[] = [];
  const primary = verdictAt(shape, primaryValue(result), polarity);
  let verdict = primary.verdict;
  if (primary.reason !== null) reasons.push(primary.reason);
  const success = (v: Verdict): boolean => v !== 'not_met';
  const probes = probeValues(result);
  if (probes.some((value) => success(verdictAt(shape, value, polarity).verdict) !== success(verdict))) {
    verdict = 'undetermined';
    reasons.length = 0;
    reasons.push(boundReason(result.comparator));
  }
  return {
    verdict,
    ratio: target.value === 0 ? null : rounded(result.value / target.value),
    difference: rounded(result.value - reference(shape, result.value)),
    tolerance,
    reasons,
  };
}

/** The tolerance as people write it: 0.05 → `5%`. */
export function toleranceText(tolerance: number): string {
  return `${rounded(tolerance * 100)}%`;
}

function shapeOf(target: TargetBound, polarity: Polarity): Shape {
  const value = target.value ?? 0;
  switch (target.comparator) {
    case '>=': return { type: 'floor', value, strict: false };
    case '>': return { type: 'floor', value, strict: true };
    case '<=': return { type: 'cap', value, strict: false };
    case '<': return { type: 'cap', value, strict: true };
    case 'range': return { type: 'range', low: Math.min(value, target.value_high ?? value), high: Math.max(value, target.value_high ?? value) };
    case '~': return { type: 'about', value };
    case '=':
    case null:
      return target.kind === 'cap' || polarity === 'lower_is_better' ? { type: 'cap', value, strict: false } : { type: 'floor', value, strict: false };
  }
}

function verdictAt(shape: Shape, value: number, polarity: Polarity): { verdict: Verdict; reason: Reason | null } {
  const higherIsBetter = polarity !== 'lower_is_better';
  switch (shape.type) {
    case 'floor':
      if (value > shape.value) return { verdict: 'exceeded', reason: null };
      if (value === shape.value) return shape.strict ? { verdict: 'not_met', reason: { key: 'strictFloorEqual' } } : { verdict: 'met', reason: null };
      return { verdict: 'not_met', reason: null };
    case 'cap':
      if (value < shape.value) return { verdict: 'met', reason: null };
      if (value === shape.value) return shape.strict ? { verdict: 'not_met', reason: { key: 'strictCapEqual' } } : { verdict: 'met', reason: null };
      return { verdict: 'not_met', reason: null };
    case 'range':
      if (value >= shape.low && value <= shape.high) return { verdict: 'met', reason: { key: 'withinRange' } };
      return { verdict: (value > shape.high) === higherIsBetter ? 'exceeded' : 'not_met', reason: null };
    case 'about': {
      const slack = Math.abs(shape.value) * ABOUT_TOLERANCE;
      if (Math.abs(value - shape.value) <= slack + 1e-12) return { verdict: 'met', reason: { key: 'withinTolerance', values: { tolerance: toleranceText(ABOUT_TOLERANCE) } } };
      return { verdict: (value > shape.value) === higherIsBetter ? 'exceeded' : 'not_met', reason: null };
    }
  }
}

/** The value a result stands for: 超过412 is a little more than 412, 不到300 a little less. */
function primaryValue(result: ResultBound): number {
  const value = result.value ?? 0;
  const nudge = Math.abs(value) * 1e-9 + 1e-9;
  if (result.comparator === '>') return value + nudge;
  if (result.comparator === '<') return value - nudge;
  return value;
}

/** The other values a result's bound allows. */
function probeValues(result: ResultBound): number[] {
  const value = result.value ?? 0;
  switch (result.comparator) {
    case '>':
    case '>=':
      return [Number.POSITIVE_INFINITY];
    case '<':
    case '<=':
      return [Number.NEGATIVE_INFINITY];
    case '~': {
      const slack = Math.abs(value) * ABOUT_TOLERANCE;
      return [value - slack, value + slack];
    }
    case 'range':
      return [result.value_high ?? value];
    default:
      return [];
  }
}

function boundReason(comparator: Comparator | null): Reason {
  if (comparator === '>' || comparator === '>=') return { key: 'lowerBoundShort' };
  if (comparator === '<' || comparator === '<=') return { key: 'upperBoundOver' };
  return { key: 'approximateClose', values: { tolerance: toleranceText(ABOUT_TOLERANCE) } };
}

function reference(shape: Shape, value: number): number {
  switch (shape.type) {
    case 'range': return value < shape.low ? shape.low : value > shape.high ? shape.high : value;
    case 'floor':
    case 'cap':
    case 'about':
      return shape.value;
  }
}

function rounded(value: number): number {
  return Number(value.toPrecision(12));
}
