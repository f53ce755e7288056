import type { ComparisonRecord } from './types.js';

/** Columns of a comparison table, in output order (every `ComparisonRecord` field). */
export const COMPARISON_COLUMNS = [
  'plan_year', 'region', 'region_code', 'region_level', 'indicator', 'kind', 'status', 'tier', 'comparator', 'value',
  'value_high', 'unit', 'per', 'denominator_metric', 'denominator_value', 'denominator_unit', 'denominator_year',
  'denominator_source', 'denominator_note', 'normalised_value', 'normalised_unit', 'score', 'score_method', 'rank',
  'n_ranked', 'rank_group', 'polarity', 'flags', 'null_reason', 'n_alternatives', 'doc_id', 'task', 'evidence',
] as const satisfies readonly (keyof ComparisonRecord)[];
