/**
 * The catalogues, as data: indicators, units and scale words, bound, time and status words,
 * divisions, genres, tracking verdicts. Every stage reads its words from here; adding an
 * indicator or a word is adding a row. Imports no stage.
 */
export { DEFAULT_CATALOGUE, buildCatalogue, extendCatalogue } from './catalogue.js';
export type { Catalogue } from './catalogue.js';
export { BUILT_IN_WORDS, WORD_LIST_NAMES, withWords } from './words.js';
export type { WordLists } from './words.js';
export { DIVISIONS_BY_NAME, shortName } from './divisions.js';
export type { Division } from './divisions.js';
export { FURNITURE_LINES, METADATA_LABELS } from './furniture.js';
export type { MetadataField } from './furniture.js';
export { GENRE_PATTERNS, GENRE_THRESHOLD, GENRE_WORDS, TITLE_WEIGHT } from './genres.js';
export type { Genre } from './genres.js';
export { INDICATOR_UNITS, isIndicatorUnit } from './indicator-units.js';
export { CODE_NAMES, CODED_COLUMNS, codeName, levelCode } from './code-names.js';
export type { CodeVocabulary } from './code-names.js';
export { KINDS } from './schema.js';
export type { IndicatorDef, Polarity } from './schema.js';
export {
  ACTUAL_WORDS, BASELINE_WORDS, BREAKDOWN_WORDS, CAP_WORDS, DECLINE_WORDS, FORECAST_WORDS, GENERIC_DIVISION_NAMES, GENERIC_HEAD_NOUNS, GENERIC_SHARE_WORDS, NATIONAL_AREA_WORDS, PLAN_PART_NOUNS, GROWTH_WORDS,
  INCREMENT_WORDS, LIST_SEPARATORS, NATIONAL_REGION, NATIONAL_WORDS, NON_NOUN_WORDS, NOT_TARGET_WORDS, PARTIAL_YEAR,
  PER_CAPITA, PLAN_HEADINGS, PLAN_OPENINGS, PRESENT_WORDS, REPORTED_WORDS, RESPECTIVELY_WORDS, REVIEW_OPENINGS, SCOPE_WORDS, PART_WORDS, TOWNSHIP_SELF_WORDS, TOWNSHIP_LOOKALIKES, NATIONAL_BODIES,
  AS_OF_WORDS, PERIOD_WORDS, PRESENT_TIME_WORDS, STOCK_WORDS, STRONG_INCREMENT_WORDS, STRONG_STOCK_WORDS, TARGET_WORDS, TIER_WORDS, TO_TARGET_WORDS,
} from './semantics.js';
export {
  ABOUT_TOLERANCE, AS_OF_MONTH, JUDGING_KINDS, KIND_WORDS, PART_YEAR_WORDS, RESULT_GENRE_ORDER, TARGET_CHANGE_WORDS,
  TIER_VERDICT_WORDS, TRACKING_REASONS, VERDICT_WORDS,
} from './tracking.js';
export type { ResultChange, TargetChange, Verdict, Wording } from './tracking.js';
export { TRADITIONAL_ONLY } from './traditional-only.js';
export {
  BETWEEN_RANGES, BOUND_FILLERS, BOUND_WORDS, CHINESE_DECIMAL_POINT, CHINESE_DIGITS, CHINESE_PLACE_UNITS,
  CHINESE_SECTION_UNITS, DIMENSION_BASE_UNITS, HALF_AFTER_UNIT, NEGATIVE_SIGNS, NOT_NEGATIVE_AFTER, NOT_QUANTITY_CONTEXT,
  RANGE_CONNECTORS, SCALE_WORDS, SHARES, UNITS, VAGUE_PREFIXES, YEAR_ZERO_LOOKALIKES,
} from './units.js';
export type { BoundPosition, BoundWordDef, Comparator, Dimension, ScaleWordDef, UnitDef } from './units.js';
