/**
 * Where the report switches from drawing every region to summaries. Percentile scores spread
 * the regions of a large field evenly over 0–100, so beyond a few dozen regions one tick or one
 * matrix column per region adds bytes and rendering time but almost nothing a reader can use,
 * and repeating the whole field on every region page makes the report grow with the square of
 * the number of regions.
 */

/**
 * The largest number of regions the report still shows one by one: peers' ticks on a region's
 * percentile strip (counted per indicator, among the regions ranked on it), the columns of the
 * overview's coverage matrix, every rank on the composite axis, and the names of other regions
 * listed on region and indicator pages. Above it those become counts, medians and links.
 *
 * @example
 * SMALL_FIELD_MAX // → 30
 */
export const SMALL_FIELD_MAX = 30;

/**
 * Whether a field of `regions` regions is drawn region by region (see `SMALL_FIELD_MAX`).
 *
 * @example
 * isSmallField(5) // → true
 * isSmallField(300) // → false
 */
export function isSmallField(regions: number): boolean {
  return regions <= SMALL_FIELD_MAX;
}

/**
 * The most peer gaps, and the most indicators others set a figure for, that a region page of a
 * large field (more than `SMALL_FIELD_MAX` regions) lists; the others are counted with a link.
 * A national run's 3,000 region pages held 23 MB of these two lists (13 gaps and 31 such
 * indicators a page on average), the same figures as the indicator pages and ranking CSVs.
 *
 * @example
 * REGION_LIST_MAX // → 10
 */
export const REGION_LIST_MAX = 10;

/**
 * The most rows a chart may have and still be drawn live in the browser. Above it the page
 * shows the static SVG only and leaves out the embedded spec (its data and spec stay linked
 * as files): a ranking of 3,000 regions carried 650 KB of JSON per view into its page, five
 * views a page, and took Vega seconds to lay out, while the static drawing shows the same. An
 * indicator page draws its rankings and bounds plot live only while together they stay within
 * it (five live rankings of 950 regions took 2.3 s to draw).
 *
 * @example
 * LIVE_CHART_ROWS_MAX // → 1000
 */
export const LIVE_CHART_ROWS_MAX = 1000;

/**
 * The most region columns one table of the coverage matrix holds. An A4 portrait page prints
 * 186 mm of width (12 mm margins): an indicator column and eight region columns of a figure
 * as written (`● 200万平方米以上`, wrapped onto two lines) fill it; a larger field is shown as
 * several tables of consecutive regions, each repeating the indicator column, so no column is
 * cut off on paper or hidden off the side of a screen.
 *
 * @example
 * COVERAGE_COLUMNS_MAX // → 8
 */
export const COVERAGE_COLUMNS_MAX = 8;

/**
 * Consecutive groups of at most `size` items, in order (the last may be shorter); one group for
 * an empty list so a table keeps its header.
 *
 * @example
 * chunk([1, 2, 3, 4, 5], 2) // → [[1, 2], [3, 4], [5]]
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`invalid chunk size: ${size}`);
  if (items.length === 0) return [[]];
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}
