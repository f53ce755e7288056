/**
 * Every line the command line prints about reference data (the store, imports, denominators
 * that are missing; the line for one missing denominator, `gapLine`, is compare's). One line each, no trailing period, prefixed `regionbench: ` by the caller.
 */

/** GDP has no open national source: said once per run when some region lacks it. */
export const GDP_USER_SUPPLIED = 'GDP has no open national source: per-GDP figures come only from the region tables you supply (--regions)';

/** From how many regions without a denominator on the run's stderr lines are summed up (the diagnostics table lists all). */
export const GAP_LINES_MAX = 50;

/** The line summing up regions beyond `GAP_LINES_MAX`. */
export function moreGaps(count: number, where: string): string {
  return `… and ${count} more regions without some denominator (all listed in ${where})`;
}

/** Said by every command that uses the store. */
export function usingStore(dir: string, regions: number, figures: number): string {
  return `reference data: ${dir} (${regions} regions, ${figures} figures)`;
}

/** Said when the store folder has no data yet (once, by commands that would use it). */
export function emptyStore(dir: string): string {
  return `no reference data in ${dir} (only the built-in seed regions): import the census with \`regionbench regions import FILE\``;
}

/** One imported file. */
export function imported(file: string, format: string, figures: number, regions: number, skipped: number): string {
  return `imported ${file} (${format}): ${figures} figures for ${regions} regions${skipped > 0 ? `, ${skipped} rows left out` : ''}`;
}

/** A row an import left out (the first few are printed). */
export function leftOut(file: string, row: number, reason: string): string {
  return `${file} row ${row} left out: ${reason}`;
}

/** Boundaries imported. */
export function importedBoundaries(file: string, features: number, areas: number, unknown: number): string {
  return `imported boundaries ${file}: ${features} coded features, land area added for ${areas} regions without one${unknown > 0 ? `, ${unknown} ${unknown === 1 ? 'feature matches' : 'features match'} no region of the reference data (import a table first)` : ''}`;
}

/** A file that could not be imported (the others still are). */
export function importFailed(file: string, reason: string): string {
  return `${file}: not imported: ${reason}`;
}

/** The store after an import. */
export function storeWritten(dir: string, regions: number, figures: number): string {
  return `reference data written to ${dir} (${regions} regions, ${figures} figures)`;
}

/** Development zones counted in their host counties (`--merge-zones`). */
export function zonesMerged(zones: number, hosts: number, boundaries: string): string {
  return `${zones} development zones counted in ${hosts} host counties (hosts by shared border on ${boundaries})`;
}
