import type { Observation } from '../indicators/index.js';
import { remembered } from '../memo.js';
import { adminTier, type RegionTable } from '../regions/index.js';
import { byRankThenRegion, compareIndicator, rescore, type KnownComparisons } from './compare-indicator.js';
import { fieldOf, toObservations, type FieldRegion, type ObservationInput } from './comparable-set.js';
import type { FlagCode } from './messages.js';
import { normalizeCompositeOptions, type CompositeOptions, type CompositeOptionsInput, type LevelMode, type ScoreMethod } from './options.js';
import { groupRanking, perGroup, rankGroup } from './rank-groups.js';
import { competitionRanks } from './statistics.js';
import type { Comparison, ComparisonRecord, Composite, CompositeRecord, IndicatorLookup } from './types.js';
import type { Per } from './views.js';

/** Coverage is compared with this slack so that 3 of 6 equal weights count as one half. */
const COVERAGE_SLACK = 1e-12;

/**
 * A composite score per region over several indicators, with the comparisons behind it.
 *
 * - Indicators: `options.indicators`, else the keys of `options.weights`, else every
 *   catalogue indicator observed for the plan year that has a normalised value (in the
 *   chosen view) for at least `minIndicatorShare` (default half) of the regions that have the
 *   view's denominator, by id (a region without one cannot make any indicator fall short).
 * - Each indicator is scored by `compareIndicator` with the chosen method and view, so
 *   polarity is already applied (higher score = better); a comparison in `known` (made by the
 *   caller with the same observations and settings, any method) is rescored instead.
 * - Weights: equal by default; user weights (> 0) for listed indicators, 1 for unlisted.
 * - Missing indicators are never zero: the composite is the weighted mean over the
 *   indicators the region has a score for, and `coverage` is their share of the total
 *   weight. Below `minCoverage` (default 0.5) the region gets no composite (`low-coverage`);
 *   above it but under 1 it is flagged `partial-coverage`. A region whose figures could not
 *   be divided for want of a denominator is flagged `denominator-missing`, and gets that as
 *   its reason when it has no composite (not `low-coverage`: its documents have figures).
 * - Ranks: competition ranking ("1224") of the composite, best = 1; with `levels: 'separate'`
 *   within each administrative tier (`rank_group`), as `compareIndicator` ranks.
 *
 * @example
 * const index = compositeIndex(observations, seed, catalogue,
 *   { planYear: 2023, indicators: ['green_building_area', 'water_use_cap'], per: 'capita' });
 * index.records.map((r) => [r.region, r.composite, r.coverage]);
 * // → [['台儿庄区', 87.42311111214877, 1], ['罗庄区', 85.56805628395385, 0.5],
 * //    ['滕州市', 63.64042061869552, 1], ['嘉祥县', 42.18406401891445, 0.5], ['泰安市', 0, 1]]
 */
export function compositeIndex(
  observations: ObservationInput,
  regions: RegionTable,
  catalogue: IndicatorLookup,
  options: CompositeOptionsInput,
  known?: KnownComparisons,
): Composite {
  const opts = normalizeCompositeOptions(options);
  const all = toObservations(observations);
  const indicators = opts.indicators === 'auto' ? defaultIndicators(all, regions, catalogue, opts, known) : opts.indicators;
  const components = indicators.map((indicator) => componentOf(all, regions, catalogue, opts, indicator, known));
  const weights = Object.fromEntries(indicators.map((id) => [id, opts.weights[id] ?? 1]));
  return {
    plan_year: opts.planYear,
    indicators,
    weights,
    method: opts.method,
    per: opts.per,
    min_coverage: opts.minCoverage,
    records: combineScores(fieldOf(all, opts.planYear), components, indicators.map((id) => weights[id] ?? 1), {
      planYear: opts.planYear, method: opts.method, per: opts.per, minCoverage: opts.minCoverage, levels: opts.levels,
    }),
    components,
  };
}

/**
 * Combine per-indicator scores into composite records (the rule of `compositeIndex`).
 * `weights[i]` belongs to `components[i]`; `field` lists the regions to score.
 *
 * @example
 * combineScores(field, [greenCapita, waterCapita], [1, 1], { planYear: 2023, method: 'minmax', per: 'capita', minCoverage: 0.5 })
 *   .find((r) => r.region === '嘉祥县')?.coverage // no water-use figure
 * // → 0.5
 */
export function combineScores(
  field: readonly FieldRegion[],
  components: readonly Comparison[],
  weights: readonly number[],
  settings: { readonly planYear: number; readonly method: ScoreMethod; readonly per: Per; readonly minCoverage: number; readonly levels?: LevelMode },
): CompositeRecord[] {
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const codes = new Set(field.map((region) => region.region_code).filter((code) => code !== ''));
  const lookups = components.map((component) => recordLookup(field, codes, component));
  const drafts = field.map((region) => {
    let weighted = 0;
    let available = 0;
    const missing: string[] = [];
    let lackingDenominator = 0;
    const found: ComparisonRecord[] = [];
    components.forEach((component, index) => {
      const record = lookups[index]?.(region);
      if (record !== undefined) found.push(record);
      const weight = weights[index] ?? 0;
      if (record === undefined || record.score === null) {
        missing.push(component.indicator);
        if (record !== undefined && lacksDenominator(record)) lackingDenominator += 1;
        return;
      }
      weighted += weight * record.score;
      available += weight;
    });
    const coverage = totalWeight > 0 ? available / totalWeight : 0;
    const covered = available > 0 && coverage + COVERAGE_SLACK >= settings.minCoverage;
    // a region left out for want of a denominator says so, not that its documents lack figures
    const denominatorFlags: FlagCode[] = lackingDenominator > 0 ? ['denominator-missing'] : [];
    const flags: FlagCode[] = !covered
      ? (lackingDenominator > 0 ? denominatorFlags : ['low-coverage'])
      : [...(coverage + COVERAGE_SLACK < 1 ? ['partial-coverage' as const] : []), ...denominatorFlags];
    return {
      region,
      code: found[0]?.region_code ?? region.region_code,
      level: found[0]?.region_level ?? region.region_level,
      composite: covered ? weighted / available : null,
      coverage,
      available: components.length - missing.length,
      missing,
      flags,
    };
  });
  const groups = drafts.map((d) => rankGroup(adminTier(d.level), settings.levels ?? 'mixed'));
  const ranks = perGroup(groups, drafts.map((d) => d.composite), (values) => competitionRanks(values, 'higher_is_better'));
  const rankedIn = new Map<string, number>();
  groups.forEach((group, index) => {
    if (drafts[index]?.composite !== null) rankedIn.set(group, (rankedIn.get(group) ?? 0) + 1);
  });
  const groupOrder = groupRanking(groups, drafts.map((d) => d.composite !== null));
  return drafts
    .map((d, index): CompositeRecord => ({
      plan_year: settings.planYear,
      region: d.region.region,
      region_code: d.code,
      region_level: d.level,
      composite: d.composite,
      rank: ranks[index] ?? null,
      n_ranked: rankedIn.get(groups[index] ?? 'all') ?? 0,
      rank_group: groups[index] ?? 'all',
      coverage: d.coverage,
      n_available: d.available,
      n_indicators: components.length,
      missing_indicators: d.missing,
      method: settings.method,
      per: settings.per,
      flags: d.flags,
      null_reason: d.composite === null ? (d.flags.includes('denominator-missing') ? 'denominator-missing' : 'low-coverage') : null,
    }))
    .sort((a, b) => (groupOrder.get(a.rank_group) ?? 0) - (groupOrder.get(b.rank_group) ?? 0) || byRankThenRegion(a, b));
}

/**
 * The ranks `combineScores` would give for many weightings of the same components, without
 * making its records: each region's scores are looked up once, and each weighting is a
 * weighted mean and a ranking per group (rank robustness asks for 1,212 weightings of
 * 3,000 regions, and the records of all of them were most of its time and garbage). Same
 * sums in the same order, so the same ranks. Returns each region's key (division code and
 * name, as the records carry them, NUL between) and the ranking function, ranks in
 * the order of `field` (null: no composite).
 *
 * @example
 * const { keys, ranks } = scenarioRanks(field, [greenCapita, waterCapita], { minCoverage: 0.5 });
 * ranks([1, 1]) // → the `rank` of each region's record in `combineScores(field, …, [1, 1], …)`
 */
export function scenarioRanks(
  field: readonly FieldRegion[],
  components: readonly Comparison[],
  settings: { readonly minCoverage: number; readonly levels?: LevelMode },
): { readonly keys: readonly string[]; readonly ranks: (weights: readonly number[]) => (number | null)[] } {
  const codes = new Set(field.map((region) => region.region_code).filter((code) => code !== ''));
  const lookups = components.map((component) => recordLookup(field, codes, component));
  const width = components.length;
  // scores[region × width + component], NaN where the region has no score on the component
  const scores = new Float64Array(field.length * width);
  const keys: string[] = [];
  const groups: string[] = [];
  field.forEach((region, row) => {
    let first: ComparisonRecord | undefined;
    for (let column = 0; column < width; column += 1) {
      const record = lookups[column]?.(region);
      if (record !== undefined && first === undefined) first = record;
      scores[row * width + column] = record === undefined || record.score === null ? Number.NaN : record.score;
    }
    keys.push(`${first?.region_code ?? region.region_code}\u0000${region.region}`);
    groups.push(rankGroup(adminTier(first?.region_level ?? region.region_level), settings.levels ?? 'mixed'));
  });
  const ranks = (weights: readonly number[]): (number | null)[] => {
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const composites = field.map((_, row) => {
      let weighted = 0;
      let available = 0;
      for (let column = 0; column < width; column += 1) {
        const score = scores[row * width + column] ?? Number.NaN;
        if (Number.isNaN(score)) continue;
        const weight = weights[column] ?? 0;
        weighted += weight * score;
        available += weight;
      }
      const coverage = totalWeight > 0 ? available / totalWeight : 0;
      return available > 0 && coverage + COVERAGE_SLACK >= settings.minCoverage ? weighted / available : null;
    });
    return perGroup(groups, composites, (values) => competitionRanks(values, 'higher_is_better')).map((rank) => rank ?? null);
  };
  return { keys, ranks };
}

/**
 * Indicators the default composite uses: observed for the plan year, known to the
 * catalogue, with a normalised value for at least `minIndicatorShare` of the field.
 *
 * @example
 * defaultIndicators(observations, seed, catalogue, normalizeCompositeOptions({ planYear: 2023 }))
 * // → ['green_building_area', 'water_use_cap']
 */
export function defaultIndicators(
  observations: ObservationInput,
  regions: RegionTable,
  catalogue: IndicatorLookup,
  opts: CompositeOptions,
  known?: KnownComparisons,
): string[] {
  const all = toObservations(observations);
  const ids = [...new Set(all.filter((o) => o.year === opts.planYear).map((o) => o.indicator))]
    .filter((id) => catalogue.get(id) !== undefined)
    .sort();
  return ids.filter((indicator) => {
    const { summary, records } = componentOf(all, regions, catalogue, opts, indicator, known);
    // regions without the view's denominator cannot be ranked on any indicator: they do not
    // count against an indicator (they are named on the report instead)
    const eligible = summary.n_regions - records.filter(lacksDenominator).length;
    return eligible > 0 && summary.n_ranked + COVERAGE_SLACK >= opts.minIndicatorShare * eligible;
  });
}

/**
 * One indicator compared as the composite asks (its view, method, status, stale years and
 * levels): a known comparison rescored when the caller has one, else compared.
 *
 * @example
 * componentOf(observations, seed, catalogue, { planYear: 2023, status: 'target', per: 'capita', method: 'minmax', staleYears: 2, levels: 'mixed' }, 'green_building_area').method
 * // → 'minmax'
 */
export function componentOf(
  all: readonly Observation[],
  regions: RegionTable,
  catalogue: IndicatorLookup,
  opts: Pick<CompositeOptions, 'planYear' | 'status' | 'per' | 'method' | 'staleYears' | 'levels'>,
  indicator: string,
  known?: KnownComparisons,
): Comparison {
  const made = known?.(indicator, opts.per);
  if (made !== undefined) return rescore(made, opts.method);
  return compareIndicator(all, regions, catalogue, {
    indicator, planYear: opts.planYear, status: opts.status, per: opts.per, method: opts.method, staleYears: opts.staleYears, levels: opts.levels,
  });
}

/** A record with a figure that could not be normalised: its region lacks the view's denominator. */
function lacksDenominator(record: ComparisonRecord): boolean {
  return record.value !== null && record.normalised_value === null;
}

type RecordLookup = (region: FieldRegion) => ComparisonRecord | undefined;

// lookups made for a field and a component; rank robustness combines the same ones a thousand times
const lookupCache = new WeakMap<readonly FieldRegion[], WeakMap<Comparison, RecordLookup>>();

/**
 * A component's records by field region. A record belongs to a field region with the same
 * name, and the same code when the field knows one; a field region without a code takes the
 * record whose code (possibly filled from the reference table) no coded field region claims.
 * The first such record wins. Indexed once, so a field of 3,000 regions is not searched once
 * per region.
 */
function recordLookup(field: readonly FieldRegion[], codes: ReadonlySet<string>, component: Comparison): RecordLookup {
  const byComponent = remembered(lookupCache, field, () => new WeakMap<Comparison, RecordLookup>());
  return remembered(byComponent, component, () => {
    const byCode = new Map<string, ComparisonRecord>();
    const byNameUncoded = new Map<string, ComparisonRecord>();
    for (const record of component.records) {
      const coded = `${record.region}|${record.region_code}`;
      if (!byCode.has(coded)) byCode.set(coded, record);
      if (!codes.has(record.region_code) && !byNameUncoded.has(record.region)) byNameUncoded.set(record.region, record);
    }
    return (region: FieldRegion) => (region.region_code === '' ? byNameUncoded.get(region.region) : byCode.get(`${region.region}|${region.region_code}`));
  });
}
