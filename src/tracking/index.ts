/**
 * Track targets against results: link each region's target for a year to the result reported
 * for that year (from any document), judge attainment (met, not met, exceeded, with ratio and
 * difference), and compare each target and result with the year before. Pure functions over
 * observations and documents; wording in `catalogue/tracking.ts`.
 */
export { judge, toleranceText } from './attainment.js';
export type { Judgement, Reason, ResultBound, TargetBound } from './attainment.js';
export { partYear } from './part-year.js';
export type { ResultTiming } from './part-year.js';
export { TRACKING_COLUMNS } from './records.js';
export type { TrackingRecord } from './records.js';
export { track, verdictText } from './track.js';
export type { TrackOptionsInput, TrackedDocument } from './track.js';
