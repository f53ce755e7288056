/**
 * Shapes produced by the quantity recogniser (`recogniseQuantities`). Pure data, no behaviour.
 */

import type { Comparator, Dimension } from '../catalogue/index.js';

// the bound and dimension words are catalogue data; their types are named here for the recogniser's users
export type { Comparator, Dimension };

/** One recognised quantity with its span in the input string. */
export interface Quantity {
  /** Value in the base unit of its dimension (see `UNITS`): m2, m3, kW, m, t, yuan, tce, count, percent. */
  readonly value: number;
  /** Upper end for `range`, in the same base unit; null otherwise. */
  readonly valueHigh: number | null;
  /** The number as written times its scale word, before unit conversion (3427万立方米 → 34270000; 280兆瓦 → 280). */
  readonly number: number;
  readonly comparator: Comparator;
  /** Unit id from the unit table (`m3`, `wan_m3`, `MW`, `ge` …) or null when no unit follows. */
  readonly unit: string | null;
  /** Unit text as written (`万立方米`, `个`), '' when none. */
  readonly unitText: string;
  readonly dimension: Dimension;
  /** Base unit of the dimension (`m3`, `kW`, `count` …). */
  readonly baseUnit: string;
  /** The whole match as written, bound words included (`1000人以上`). */
  readonly raw: string;
  /** Offsets of `raw` in the input (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the number itself (without bound words and unit). */
  readonly numberStart: number;
  readonly numberEnd: number;
}
