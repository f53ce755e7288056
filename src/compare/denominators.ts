import { chooseFigure, type RegionMatch, type RegionMetric, type RegionTable } from '../regions/index.js';
import type { FlagCode } from './messages.js';
import { VIEWS, type Per } from './views.js';

/** The denominator of one region in one view, with its provenance and flags. */
export interface Denominator {
  readonly metric: RegionMetric | null;
  readonly value: number | null;
  readonly unit: string | null;
  readonly year: number | null;
  readonly source: string | null;
  readonly note: string | null;
  readonly flags: readonly FlagCode[];
  /** Why no division is possible (`region-unknown`, `denominator-missing`, `denominator-zero` …). */
  readonly reason: FlagCode | null;
}

const NO_DENOMINATOR = { metric: null, value: null, unit: null, year: null, source: null, note: null } as const;

/**
 * Find the denominator a view needs for one region: the reference figure of the view's
 * metric closest to the plan year (`chooseFigure`). Never filled in: an unknown or ambiguous
 * region, a missing figure or a zero figure gives a reason instead of a usable value. Flags:
 * `denominator-stale` (year more than `staleYears` from the plan year), `denominator-undated`,
 * `denominator-disputed`.
 *
 * @example
 * const d = resolveDenominator(seed, findRegion(seed, { region: '台儿庄区', region_code: '370405' }), 'capita', 2023, 2);
 * [d.value, d.year, d.flags, d.reason]
 * // → [30.51, 2020, ['denominator-stale'], null]
 */
export function resolveDenominator(
  table: RegionTable,
  match: RegionMatch,
  per: Per,
  planYear: number,
  staleYears: number,
): Denominator {
  const metric = VIEWS[per].metric;
  if (metric === null) return { ...NO_DENOMINATOR, flags: [], reason: null };
  if (match.identity === null) {
    const reason: FlagCode = match.status === 'ambiguous' ? 'region-ambiguous' : 'region-unknown';
    return { ...NO_DENOMINATOR, metric, unit: VIEWS[per].unit, flags: [reason], reason };
  }
  const choice = chooseFigure(table, match.identity.division_code, metric, planYear);
  const figure = choice.figure;
  if (figure === null) {
    return { ...NO_DENOMINATOR, metric, unit: VIEWS[per].unit, flags: ['denominator-missing'], reason: 'denominator-missing' };
  }
  const flags: FlagCode[] = [];
  if (choice.year_gap !== null && choice.year_gap > staleYears) flags.push('denominator-stale');
  if (choice.undated) flags.push('denominator-undated');
  if (figure.disputed) flags.push('denominator-disputed');
  const reason: FlagCode | null = figure.value === 0 ? 'denominator-zero' : null;
  if (reason !== null) flags.push(reason);
  return {
    metric, value: figure.value, unit: figure.unit, year: figure.year, source: figure.source_url, note: figure.note, flags, reason,
  };
}
