/**
 * The eval stage: score observations against hand-labelled gold rows (precision, recall, F1 on
 * indicator + value; agreement of kind, comparator, status, region and year on matched rows).
 * Pure functions: reading the gold and prediction files is left to the caller, which passes text.
 */
export { parseGold, parsePredictions, type PredictionFile } from './read.js';
export { scoreObservations, numberOf, sameValue, sameFile, sameRegion, regionCore, REGION_SUFFIXES, VALUE_TOLERANCE } from './score.js';
export { formatEvaluation, fixed3, EVAL_FORMATS, type EvalFormat } from './format.js';
import { EVAL_MESSAGES } from '../messages.js';

/** The note on prediction lines that are not JSON records (see `EVAL_MESSAGES`). */
export const predictionLinesSkipped = EVAL_MESSAGES.predictionLinesSkipped;
export type { Agreement, Disagreement, Evaluation, Extra, GoldRow, IndicatorScore, Miss, Prediction, ScoreOptions } from './types.js';
