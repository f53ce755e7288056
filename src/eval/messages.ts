/**
 * Every user-facing message of the `eval` stage (errors thrown for a gold file or prediction
 * file that cannot be scored, and notes on lines that were passed over).
 */

/** The gold TSV lacks a column scoring needs. */
export function goldMissingColumn(origin: string, column: string): string {
  return `gold file ${origin} has no ${column} column (expected the columns file, indicator, status, kind, comparator, value, value_high, unit, year, region, evidence)`;
}

/** A gold row names no file. */
export function goldRowWithoutFile(origin: string, line: number): string {
  return `gold file ${origin}, line ${line}: no file named`;
}

/** A quoted cell of the gold TSV never closes. */
export function goldUnclosedQuote(origin: string, line: number): string {
  return `gold file ${origin}, line ${line}: a quoted cell is never closed`;
}

/** The gold file holds no rows at all. */
export function goldEmpty(origin: string): string {
  return `gold file ${origin} has no header row`;
}

/** A prediction CSV lacks a column scoring needs. */
export function predictionsMissingColumn(origin: string, column: string): string {
  return `prediction file ${origin} has no ${column} column (expected the observations table)`;
}

/** JSON lines that are not JSON objects were passed over. */
export function predictionLinesSkipped(origin: string, lines: readonly number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  return `prediction file ${origin}: ${lines.length} ${lines.length === 1 ? 'line is' : 'lines are'} not a JSON record and ${lines.length === 1 ? 'was' : 'were'} skipped (line ${shown}${lines.length > 5 ? ', …' : ''})`;
}
