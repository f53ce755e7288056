import type { ResultChange, TargetChange, Verdict } from '../catalogue/index.js';
import type { Comparator } from '../quantities/index.js';

/** Columns of the tracking table, in order. */
export const TRACKING_COLUMNS = [
  'region', 'region_code', 'region_level', 'indicator', 'year', 'target_kind', 'target_comparator', 'target_tier', 'target_value',
  'target_value_high', 'result_kind', 'result_comparator', 'result_value', 'result_value_high', 'unit', 'verdict', 'verdict_text',
  'ratio', 'difference', 'tolerance', 'result_count', 'previous_target', 'target_change', 'previous_result', 'result_change',
  'target_evidence', 'target_source', 'result_evidence', 'result_source',
] as const;

/**
 * One row of the tracking table: a region's target for a year against the result reported for
 * that year, with the verdict, and the change from the year before. Values are in the
 * indicator's canonical unit (`unit`); text fields are '' and numbers null when absent.
 */
export interface TrackingRecord {
  readonly region: string;
  readonly region_code: string;
  readonly region_level: string;
  readonly indicator: string;
  readonly year: number;
  readonly target_kind: string;
  readonly target_comparator: Comparator | '';
  /** `ensure` (确保), `strive` (力争), `plain`; '' on a `dropped` row. */
  readonly target_tier: string;
  readonly target_value: number | null;
  readonly target_value_high: number | null;
  readonly result_kind: string;
  readonly result_comparator: Comparator | '';
  readonly result_value: number | null;
  readonly result_value_high: number | null;
  readonly unit: string;
  readonly verdict: Verdict;
  /** The verdict in words, with the tier's wording and the reasons. */
  readonly verdict_text: string;
  readonly ratio: number | null;
  readonly difference: number | null;
  /** Relative tolerance applied to a `~` (左右) target (0.05), else null. */
  readonly tolerance: number | null;
  /** Full-year results of a judging kind found for the year (the one shown is the trusted one). */
  readonly result_count: number;
  readonly previous_target: number | null;
  readonly target_change: TargetChange | '';
  readonly previous_result: number | null;
  readonly result_change: ResultChange | '';
  readonly target_evidence: string;
  readonly target_source: string;
  readonly result_evidence: string;
  readonly result_source: string;
}
