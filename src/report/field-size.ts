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
