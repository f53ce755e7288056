import type { AdminTier, RegionMetric } from './catalogue.js';

/**
 * One reference figure (one row of a long-format region table), value in the metric's
 * canonical unit (万人, km2, 亿元). Field names are the table's snake_case columns.
 */
export interface RegionFigure {
  readonly region: string;
  /** GB/T 2260 six-digit division code; the key a region is known by. */
  readonly division_code: string;
  /** Administrative level as written (`市辖区`, `县级市`, `地级市` …), see `ADMIN_LEVELS`. */
  readonly admin_level: string;
  readonly parent: string;
  readonly metric: RegionMetric;
  /** Year the figure refers to; null when the source gives none. */
  readonly year: number | null;
  readonly value: number;
  /** Canonical unit of the metric (the value was converted if written in another). */
  readonly unit: string;
  readonly source_url: string;
  readonly note: string;
  /** Licence of the source the figure comes from (`MIT`, `CC BY 4.0`, `public statistics` …), '' when not given. */
  readonly licence: string;
  /** The note says sources disagree or the scope is unclear (see `DISPUTE_CUES`). */
  readonly disputed: boolean;
  /** Label of the table the row came from (e.g. its file name), '' when not given. */
  readonly origin: string;
  /** Row number in that table (header = row 1, as a spreadsheet counts). */
  readonly row: number;
}

/** A region reference table: reference figures in long format, in table order. */
export type RegionTable = readonly RegionFigure[];

/** Who a region is: name, code, level and parent, as the reference table states them. */
export interface RegionIdentity {
  readonly region: string;
  readonly division_code: string;
  readonly admin_level: string;
  /** null only for hand-built tables with a level outside `ADMIN_LEVELS`. */
  readonly tier: AdminTier | null;
  readonly parent: string;
}

/** Outcome of looking a region up in a reference table. */
export interface RegionMatch {
  /** null when the region is not in the table or its name is shared by several codes. */
  readonly identity: RegionIdentity | null;
  /**
   * `renamed`: the code is not in the table, but one unit of the same prefecture (first four
   * code digits) has the same name apart from its level suffix (旬阳市 610981, coded 旬阳县 610928
   * in the 2020 census): a county turned city or district after the table was made.
   */
  readonly status: 'found' | 'renamed' | 'unknown' | 'ambiguous';
}

/**
 * Which reference figure serves one region, metric and plan year, and why.
 * `figure` is null when the table has no figure for that region and metric.
 */
export interface FigureChoice {
  readonly division_code: string;
  readonly metric: RegionMetric;
  readonly plan_year: number;
  readonly figure: RegionFigure | null;
  /** |figure year − plan year|; null when the figure is undated or missing. */
  readonly year_gap: number | null;
  /** The chosen figure has no year (used only because no dated figure exists). */
  readonly undated: boolean;
  /** How many figures the table holds for this region and metric. */
  readonly candidates: number;
}
