import type { IndicatorDef, Polarity } from '../catalogue/index.js';
import type { Kind, Observation, Status, Tier } from '../indicators/index.js';
import type { Comparator } from '../quantities/index.js';
import type { RegionMetric } from '../regions/index.js';
import type { FlagCode } from './messages.js';
import type { PeerGroup, ScoreMethod } from './options.js';
import type { Per } from './views.js';

/**
 * What the comparison needs to know about an indicator; a `Map<string, IndicatorDef>` (the
 * loaded catalogue) satisfies it.
 */
export interface IndicatorLookup {
  get(id: string): Pick<IndicatorDef, 'id' | 'name_zh' | 'name_en' | 'unit' | 'kinds' | 'polarity'> | undefined;
}

/** One region's line in the comparison of one indicator (snake_case record fields). */
export interface ComparisonRecord {
  readonly plan_year: number;
  readonly region: string;
  readonly region_code: string;
  /** Administrative level: the reference table's, else the observation's. */
  readonly region_level: string;
  readonly indicator: string;
  /** Kind and status of the comparable set (the region's own figure, when ranked). */
  readonly kind: Kind;
  readonly status: Status;
  readonly tier: Tier | null;
  readonly comparator: Comparator | null;
  /** The chosen figure in the indicator's unit (a range's lower end); null when the region has none in the set. */
  readonly value: number | null;
  readonly value_high: number | null;
  readonly unit: string;
  /** Effective view; `none` for rates and growth whatever was asked (flag `view-not-applicable`). */
  readonly per: Per;
  readonly denominator_metric: RegionMetric | null;
  /** Resident population in 万人, land area in km², GDP in 亿元; null for `none` or when missing. */
  readonly denominator_value: number | null;
  readonly denominator_unit: string | null;
  readonly denominator_year: number | null;
  /** Source URL of the reference figure used. */
  readonly denominator_source: string | null;
  readonly denominator_note: string | null;
  /** value / denominator_value (value itself for `none`); null with `null_reason` otherwise. */
  readonly normalised_value: number | null;
  readonly normalised_unit: string;
  readonly score: number | null;
  readonly score_method: ScoreMethod;
  /** Competition rank ("1224") of the normalised value, best = 1; null when not ranked. */
  readonly rank: number | null;
  /** How many regions were ranked in this comparison (in the region's rank group). */
  readonly n_ranked: number;
  /** The group the region is ranked in: its tier (`county`, `prefecture`, `province`, `unknown`) when levels are ranked separately, `all` when mixed. */
  readonly rank_group: string;
  readonly polarity: Polarity;
  readonly flags: readonly FlagCode[];
  /** Why `normalised_value` is null (the value's reason first, then the denominator's). */
  readonly null_reason: FlagCode | null;
  /** Other observations of this region and indicator, listed in `Comparison.alternatives`. */
  readonly n_alternatives: number;
  readonly doc_id: string | null;
  readonly task: number | null;
  readonly evidence: string | null;
}

/** Why an observation was not the one compared. */
export type AlternativeReason = 'not-chosen' | 'other-kind' | 'other-status' | 'mentioned';

/** An observation of a region and indicator that was kept visible but not compared. */
export interface Alternative {
  readonly region: string;
  readonly region_code: string;
  readonly reason: AlternativeReason;
  readonly observation: Observation;
}

/** Counts and spread of one comparison. */
export interface ComparisonSummary {
  /** Regions in the field (with any observation for the plan year). */
  readonly n_regions: number;
  /** Regions with a figure in the comparable set. */
  readonly n_with_value: number;
  readonly n_ranked: number;
  /** Regions without a normalised value (excluded from scores and ranks). */
  readonly n_missing: number;
  /** Observations of this indicator for other plan years (or none), left out. */
  readonly n_other_years: number;
  readonly mean: number | null;
  /** Population standard deviation of the normalised values. */
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Every flag raised on some record, sorted. */
  readonly flags: readonly FlagCode[];
}

/** The comparison of one indicator across regions for one plan year. */
export interface Comparison {
  readonly indicator: string;
  readonly name_zh: string;
  readonly name_en: string;
  readonly plan_year: number;
  readonly kind: Exclude<Kind, 'mentioned'>;
  readonly status: Status;
  readonly per: Per;
  readonly method: ScoreMethod;
  readonly polarity: Polarity;
  readonly unit: string;
  readonly normalised_unit: string;
  /** One per region of the field, ranked first (by rank, then region code). */
  readonly records: readonly ComparisonRecord[];
  readonly alternatives: readonly Alternative[];
  readonly summary: ComparisonSummary;
}

/** One region's composite score over several indicators. */
export interface CompositeRecord {
  readonly plan_year: number;
  readonly region: string;
  readonly region_code: string;
  readonly region_level: string;
  /** Weighted mean of the available indicator scores; null below the coverage threshold. */
  readonly composite: number | null;
  readonly rank: number | null;
  /** Regions with a composite in the region's rank group. */
  readonly n_ranked: number;
  /** Tier the region is ranked in (`all` when levels are mixed); see `ComparisonRecord.rank_group`. */
  readonly rank_group: string;
  /** Share of the total weight carried by indicators with a score for this region (0–1). */
  readonly coverage: number;
  readonly n_available: number;
  readonly n_indicators: number;
  readonly missing_indicators: readonly string[];
  readonly method: ScoreMethod;
  readonly per: Per;
  readonly flags: readonly FlagCode[];
  readonly null_reason: FlagCode | null;
}

/** A composite index with the comparisons it was built from. */
export interface Composite {
  readonly plan_year: number;
  readonly indicators: readonly string[];
  /** Weights as given (unlisted = 1), before renormalising over available indicators. */
  readonly weights: Readonly<Record<string, number>>;
  readonly method: ScoreMethod;
  readonly per: Per;
  readonly min_coverage: number;
  /** Ranked first (by rank, then region code). */
  readonly records: readonly CompositeRecord[];
  readonly components: readonly Comparison[];
}

/** How one region's composite rank moves across the scenario grid. */
export interface RobustnessRecord {
  readonly region: string;
  readonly region_code: string;
  readonly region_level: string;
  /** Group the region is ranked in (see `ComparisonRecord.rank_group`). */
  readonly rank_group: string;
  /** Rank under the base options (unperturbed weights, given method and view). */
  readonly base_rank: number | null;
  readonly median_rank: number | null;
  /** 5th and 95th percentiles of the rank (R type 7 quantiles over ranked scenarios). */
  readonly rank_p05: number | null;
  readonly rank_p95: number | null;
  readonly rank_min: number | null;
  readonly rank_max: number | null;
  readonly n_scenarios: number;
  readonly n_ranked_scenarios: number;
  readonly flags: readonly FlagCode[];
}

/** Result of `rankRobustness`. */
export interface Robustness {
  readonly plan_year: number;
  readonly indicators: readonly string[];
  readonly methods: readonly ScoreMethod[];
  readonly pers: readonly Per[];
  readonly draws: number;
  readonly perturbation: number;
  readonly seed: number;
  readonly n_scenarios: number;
  /** Regions ranked in at least one scenario; the scale `rank-unstable` is judged on. */
  readonly field_size: number;
  /** Sorted by rank group (largest first), then median rank (unranked last), then region code. */
  readonly records: readonly RobustnessRecord[];
}

/** Where a region stands against its peers on one indicator, and what it would need. */
export interface PeerGap {
  readonly region: string;
  readonly region_code: string;
  readonly indicator: string;
  readonly plan_year: number;
  readonly per: Per;
  readonly peers_group: PeerGroup;
  readonly unit: string;
  readonly normalised_unit: string;
  readonly polarity: Polarity;
  readonly value: number | null;
  readonly normalised_value: number | null;
  readonly denominator_value: number | null;
  readonly denominator_unit: string | null;
  readonly denominator_year: number | null;
  /** Peers with a normalised value (the region itself excluded); empty with `listPeers: false`. */
  readonly peers: readonly string[];
  /** How many peers have a normalised value. */
  readonly n_peers: number;
  /** Quartiles of the peers' normalised values (R type 7). */
  readonly peer_q1: number | null;
  readonly peer_median: number | null;
  readonly peer_q3: number | null;
  /** The figure, in the indicator's own unit, that would put the region at each peer quartile. */
  readonly target_at_q1: number | null;
  readonly target_at_median: number | null;
  readonly target_at_q3: number | null;
  /** target_at_median − value (positive: the figure would have to rise). */
  readonly gap_to_median: number | null;
  /** Whether the region is at or better than the peer median (polarity-aware). */
  readonly meets_median: boolean | null;
  readonly flags: readonly FlagCode[];
  /** Why the targets are null, when they are. */
  readonly null_reason: FlagCode | null;
}
