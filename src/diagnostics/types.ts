/** Severity of a problem found in the data (tier 2 errors: never thrown out of the pipeline). */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in the input data. Pipelines collect these into a diagnostics table
 * instead of throwing, so one broken file never stops the others.
 */
export interface Diagnostic {
  /** Input path (as given by the user) the problem belongs to, or '' for run-level problems. */
  readonly source: string;
  /** Where in the source: `line 12`, `task 7`, `byte 0`, or '' when the whole file is meant. */
  readonly location: string;
  readonly severity: Severity;
  /** Stable machine-readable code, e.g. `unreadable-file`, `no-region`, `ambiguous-number`. */
  readonly code: string;
  /** One line in plain words, no trailing period. */
  readonly message: string;
}
