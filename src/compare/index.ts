/**
 * Compare regions on one indicator (views, scores, ranks, comparability flags), combine
 * indicators into a composite index, test how robust its ranks are, and measure a region's
 * gap to its peers. Pure functions over observations, a region reference table and the
 * indicator catalogue.
 *
 * The `@example` outputs use the five seed regions (`seeds/regions.csv`, as `seed`) and the
 * hand-built 2023 observations and catalogue of `test/fixtures/compare/observations.ts`.
 */
export { BOUND_FLAGS, byRankThenRegion, compareIndicator } from './compare-indicator.js';
export { chooseKind, fieldOf, indicatorDef, selectObservation, toObservations } from './comparable-set.js';
export type { FieldRegion, ObservationInput, RegionSelection } from './comparable-set.js';
export { combineScores, compositeIndex, defaultIndicators } from './composite.js';
export {
  DENOMINATOR_STATUSES, DENOMINATOR_STATUS_COLUMNS, denominatorGaps, gapDiagnostics, denominatorStatus, resolveDenominator,
} from './denominators.js';
export type { Denominator, DenominatorGap, DenominatorStatus, DenominatorStatusCode } from './denominators.js';
export { FLAG_MESSAGES, GAP_FIX, GDP_FIX, describeFlag, errors, gapLine } from './messages.js';
export type { FlagCode } from './messages.js';
// the language of user-facing text lives in ../options.ts; named here too for the report's pages
export type { Language } from '../options.js';
export {
  DEFAULTS, LEVEL_MODES, PEER_GROUPS, RANKABLE_KINDS, SCORE_METHODS, STATUSES, normalizeCompareOptions, normalizeCompositeOptions,
  normalizePeerGapOptions, normalizeRobustnessOptions,
} from './options.js';
export type {
  CompareOptions, CompareOptionsInput, CompositeOptions, CompositeOptionsInput, LevelMode, PeerGapOptions, PeerGapOptionsInput,
  PeerGroup, RobustnessOptions, RobustnessOptionsInput, ScoreMethod,
} from './options.js';
export { peerGap } from './peer-gap.js';
export { groupRanking, perGroup, rankGroup } from './rank-groups.js';
export { mulberry32 } from './random.js';
export { rankRobustness } from './robustness.js';
export {
  TIE_TOLERANCE, competitionRanks, minMaxScores, percentileRanks, quantile, sameValue, scoreValues, summarise, zScores,
} from './statistics.js';
export type { Summary } from './statistics.js';
// recordsToTable (./table.js) is left out here so the command line never loads arquero;
// the package entry exports it
export { COMPARISON_COLUMNS } from './columns.js';
export type {
  Alternative, AlternativeReason, Comparison, ComparisonRecord, ComparisonSummary, Composite, CompositeRecord,
  IndicatorLookup, PeerGap, Robustness, RobustnessRecord,
} from './types.js';
export { INTENSIVE_KINDS, PERS, VIEWS, normalisedUnit } from './views.js';
export type { Per, ViewDef } from './views.js';
