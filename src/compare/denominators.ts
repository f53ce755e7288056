import {
  METRIC_DEFS, OTHER_SCOPE_LEVELS, REGION_METRICS, chooseFigure, findRegion, isOtherScopeNote,
  type RegionMatch, type RegionMetric, type RegionTable,
} from '../regions/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { DocumentRecord } from '../tables/index.js';
import { gapLine, type FlagCode } from './messages.js';
import { VIEWS, type Per } from './views.js';

/** The denominator of one region in one view, with its provenance and flags. */
export interface Denominator {
  readonly metric: RegionMetric | null;
  readonly value: number | null;
  readonly unit: string | null;
  readonly year: number | null;
  readonly source: string | null;
  readonly note: string | null;
  readonly flags: readonly FlagCode[];
  /** Why no division is possible (`region-unknown`, `denominator-missing`, `denominator-zero` …). */
  readonly reason: FlagCode | null;
}

const NO_DENOMINATOR = { metric: null, value: null, unit: null, year: null, source: null, note: null } as const;

/**
 * Find the denominator a view needs for one region: the reference figure of the view's
 * metric closest to the plan year (`chooseFigure`). Never filled in: an unknown or ambiguous
 * region, a missing figure or a zero figure gives a reason instead of a usable value. Flags:
 * `denominator-stale` (year more than `staleYears` from the plan year), `denominator-undated`,
 * `denominator-disputed`.
 *
 * @example
 * const d = resolveDenominator(seed, findRegion(seed, { region: '台儿庄区', region_code: '370405' }), 'capita', 2023, 2);
 * [d.value, d.year, d.flags, d.reason]
 * // → [30.51, 2020, ['denominator-stale'], null]
 */
export function resolveDenominator(
  table: RegionTable,
  match: RegionMatch,
  per: Per,
  planYear: number,
  staleYears: number,
): Denominator {
  const metric = VIEWS[per].metric;
  if (metric === null) return { ...NO_DENOMINATOR, flags: [], reason: null };
  if (match.identity === null) {
    const reason: FlagCode = match.status === 'ambiguous' ? 'region-ambiguous' : 'region-unknown';
    return { ...NO_DENOMINATOR, metric, unit: VIEWS[per].unit, flags: [reason], reason };
  }
  const choice = chooseFigure(table, match.identity.division_code, metric, planYear);
  const figure = choice.figure;
  if (figure === null) {
    return { ...NO_DENOMINATOR, metric, unit: VIEWS[per].unit, flags: ['denominator-missing'], reason: 'denominator-missing' };
  }
  const flags: FlagCode[] = match.status === 'renamed' ? ['region-renamed'] : [];
  if (choice.year_gap !== null && choice.year_gap > staleYears) flags.push('denominator-stale');
  if (choice.undated) flags.push('denominator-undated');
  if (figure.disputed) flags.push('denominator-disputed');
  const reason: FlagCode | null = figure.value === 0 ? 'denominator-zero' : null;
  if (reason !== null) flags.push(reason);
  return {
    metric, value: figure.value, unit: figure.unit, year: figure.year, source: figure.source_url, note: figure.note, flags, reason,
  };
}

/**
 * How a region stands for one denominator: `present`; `stale` (year further than `staleYears`
 * from the plan year, or undated); `other-scope` (the figure's unit is a development zone or
 * another non-formal unit, or its note says it includes or leaves out part of the area:
 * `SCOPE_CUES`);
 * `missing` (the reference data know the region but have no figure); `unknown-region` (the
 * reference data do not know the region, or its name is shared by several codes).
 */
export const DENOMINATOR_STATUSES = ['present', 'stale', 'other-scope', 'missing', 'unknown-region'] as const;
/** See `DENOMINATOR_STATUSES`. */
export type DenominatorStatusCode = (typeof DENOMINATOR_STATUSES)[number];

/** One region's standing for one denominator metric (a row of `regions check`). */
export interface DenominatorStatus {
  readonly region: string;
  readonly region_code: string;
  readonly region_level: string;
  readonly parent: string;
  readonly plan_year: number;
  readonly metric: RegionMetric;
  readonly status: DenominatorStatusCode;
  readonly value: number | null;
  readonly unit: string;
  readonly year: number | null;
  readonly source: string;
  readonly licence: string;
  readonly note: string;
}

/** Columns of `DenominatorStatus` records, in order. */
export const DENOMINATOR_STATUS_COLUMNS = [
  'region', 'region_code', 'region_level', 'parent', 'plan_year', 'metric', 'status', 'value', 'unit', 'year', 'source', 'licence', 'note',
] as const;

/**
 * Each denominator metric's standing for one region (see `DENOMINATOR_STATUSES`), in
 * `REGION_METRICS` order; the region is looked up as `findRegion` does (code first).
 *
 * @example
 * denominatorStatus(seed, { region: '台儿庄区', region_code: '370405', region_level: 'district' }, 2023)
 *   .map((d) => `${d.metric} ${d.status}`)
 * // → ['resident_population stale', 'land_area stale', 'gdp missing']
 */
export function denominatorStatus(
  table: RegionTable,
  region: { readonly region: string; readonly region_code: string; readonly region_level: string },
  planYear: number,
  staleYears = 2,
): DenominatorStatus[] {
  const match = findRegion(table, region);
  const identity = match.identity;
  return REGION_METRICS.map((metric): DenominatorStatus => {
    const base = {
      region: region.region,
      region_code: region.region_code === '' ? identity?.division_code ?? '' : region.region_code,
      region_level: identity?.admin_level ?? region.region_level,
      parent: identity?.parent ?? '',
      plan_year: planYear,
      metric,
      unit: METRIC_DEFS[metric].unit,
    };
    if (identity === null) return { ...base, status: 'unknown-region', value: null, year: null, source: '', licence: '', note: '' };
    const choice = chooseFigure(table, identity.division_code, metric, planYear);
    const figure = choice.figure;
    if (figure === null || figure.value === 0) return { ...base, status: 'missing', value: null, year: null, source: '', licence: '', note: '' };
    const otherScope = isOtherScopeNote(figure.note) || (OTHER_SCOPE_LEVELS as readonly string[]).includes(identity.admin_level);
    const stale = choice.undated || (choice.year_gap !== null && choice.year_gap > staleYears);
    return {
      ...base,
      status: otherScope ? 'other-scope' : stale ? 'stale' : 'present',
      value: figure.value,
      year: figure.year,
      source: figure.source_url,
      licence: figure.licence,
      note: figure.note,
    };
  });
}

/** A region some of whose denominators are missing, for the run's messages and the report. */
export interface DenominatorGap {
  readonly region: string;
  readonly region_code: string;
  readonly region_level: string;
  /** Metrics without a usable figure (`missing` or `unknown-region`), in `REGION_METRICS` order. */
  readonly metrics: readonly RegionMetric[];
  /** The reference data do not know the region at all. */
  readonly unknown: boolean;
}

/**
 * The regions of a field that lack some denominator (no figure, or not in the reference data),
 * in field order; regions with every denominator are left out.
 *
 * @example
 * denominatorGaps(seed, [{ region: '德清县', region_code: '330521', region_level: 'county' }], 2023)
 * // → [{ region: '德清县', region_code: '330521', region_level: 'county',
 * //      metrics: ['resident_population', 'land_area', 'gdp'], unknown: true }]
 */
export function denominatorGaps(
  table: RegionTable,
  field: readonly { readonly region: string; readonly region_code: string; readonly region_level: string }[],
  planYear: number,
): DenominatorGap[] {
  const gaps: DenominatorGap[] = [];
  for (const region of field) {
    const statuses = denominatorStatus(table, region, planYear);
    const lacking = statuses.filter((s) => s.status === 'missing' || s.status === 'unknown-region');
    const first = statuses[0];
    if (lacking.length === 0 || first === undefined) continue;
    gaps.push({
      region: region.region,
      region_code: first.region_code,
      region_level: first.region_level,
      metrics: lacking.map((s) => s.metric),
      unknown: lacking.some((s) => s.status === 'unknown-region'),
    });
  }
  return gaps;
}

/**
 * The regions without some denominator as rows of the diagnostics table (`denominator-missing`
 * warnings), each with the source of a document about that region.
 *
 * @example
 * gapDiagnostics([{ region: '德清县', region_code: '330521', region_level: 'county', metrics: ['gdp'], unknown: false }], []).map((row) => row.code)
 * // → ['denominator-missing']
 */
export function gapDiagnostics(gaps: readonly DenominatorGap[], documents: readonly DocumentRecord[]): Diagnostic[] {
  return gaps.map((gap) => {
    const document = documents.find((d) => (gap.region_code !== '' && d.region_code === gap.region_code) || d.region === gap.region);
    return { source: document === undefined ? '' : String(document.source), location: '', severity: 'warning', code: 'denominator-missing', message: gapLine(gap) };
  });
}
