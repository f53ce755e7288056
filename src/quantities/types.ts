/**
 * Shapes produced by the quantity recogniser (`recogniseQuantities`). Pure data, no behaviour.
 */

/** How a figure is bounded: 以上 `>=`, 超过 `>`, 以内/不超过 `<=`, 低于 `<`, 左右/约 `~`, a–b `range`, plain `=`. */
export type Comparator = '>=' | '>' | '<=' | '<' | '~' | '=' | 'range';

/**
 * Physical dimension of a unit. `count` covers classifiers (个, 家, 户 …); `percent_point` is
 * 个百分点; `concentration` is mass per volume of air (微克/立方米, PM2.5).
 */
export type Dimension =
  | 'area' | 'volume' | 'power' | 'energy_capacity' | 'length' | 'mass' | 'money' | 'energy'
  | 'count' | 'percent' | 'permille' | 'percent_point' | 'multiple' | 'concentration' | 'none';

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
