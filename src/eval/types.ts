/**
 * Records of the `eval` stage: gold rows read from a labelled TSV, predictions (observation
 * records as exported), and the scores that compare them.
 */

/** One labelled figure of a gold TSV (columns as in the labelling guide; missing cells are null). */
export interface GoldRow {
  /** The file the figure is in: a basename, or the start of one (`a001` for `a001_notice.txt`). */
  readonly file: string;
  readonly indicator: string;
  readonly status: string | null;
  readonly kind: string | null;
  readonly comparator: string | null;
  readonly value: string | null;
  readonly valueHigh: string | null;
  readonly unit: string | null;
  readonly year: string | null;
  readonly region: string | null;
  readonly evidence: string | null;
  /** Line of the row in its file (header = 1). */
  readonly line: number;
}

/**
 * One predicted observation, as a record of the observations table (JSON lines or CSV): only
 * `source`, `indicator`, `value`, `kind`, `comparator`, `status`, `region`, `year` and
 * `evidence` are read; cells may be strings (CSV) or typed (JSON).
 */
export type Prediction = Readonly<Record<string, unknown>>;

/** Options of `scoreObservations`, defaulted. */
export interface ScoreOptions {
  /**
   * Basenames of every scored input: predictions from these files count even when the gold
   * has no row for the file (figures found in a page with nothing to find are extras).
   */
  readonly inputs?: readonly string[];
  /** Restrict scoring to these indicators (default: every indicator of the gold). */
  readonly indicators?: readonly string[];
}

/** How many of the matched pairs agree on one field, out of how many the gold labels. */
export interface Agreement {
  readonly correct: number;
  readonly total: number;
  /** correct / total; null when the gold labels the field on no matched row. */
  readonly accuracy: number | null;
}

/** Matches and errors of one indicator. */
export interface IndicatorScore {
  readonly indicator: string;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

/** A gold row no prediction matched. */
export interface Miss {
  readonly file: string;
  readonly indicator: string;
  readonly value: string | null;
  readonly evidence: string;
}

/** A counted prediction no gold row matched. */
export interface Extra {
  /** Basename of the prediction's source. */
  readonly file: string;
  readonly indicator: string;
  readonly value: unknown;
  readonly evidence: string;
}

/** A matched pair that disagrees on one field (kind, comparator, status, region or year). */
export interface Disagreement {
  readonly file: string;
  readonly indicator: string;
  readonly value: string | null;
  readonly field: 'kind' | 'comparator' | 'status' | 'region' | 'year';
  /** The gold row's cell, and the prediction's as text ('' when missing). */
  readonly gold: string;
  readonly predicted: string;
  readonly evidence: string;
}

/** The result of scoring predictions against gold rows. */
export interface Evaluation {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Agreement on matched pairs: every pair counts for kind and comparator (a mention's comparator always agrees). */
  readonly kind: Agreement;
  readonly comparator: Agreement;
  /** Only pairs whose gold row has a status / region / year count for these. */
  readonly status: Agreement;
  readonly region: Agreement;
  readonly year: Agreement;
  /** Per indicator, sorted by id. */
  readonly indicators: readonly IndicatorScore[];
  /** Gold rows without a match, in gold order. */
  readonly misses: readonly Miss[];
  /** Counted predictions without a match, in prediction order. */
  readonly extras: readonly Extra[];
  /** Matched pairs that disagree on a scored field, in gold order (a pair once per field). */
  readonly disagreements: readonly Disagreement[];
  /** Predictions counted (indicator in the gold, file among the gold's or the inputs'). */
  readonly predictionsCounted: number;
}
