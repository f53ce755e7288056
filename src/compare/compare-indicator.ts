import type { Observation } from '../indicators/index.js';
import type { Comparator } from '../quantities/index.js';
import { OTHER_SCOPE_LEVELS, adminTier, findRegion, regionKey, type AdminTier, type RegionMatch, type RegionTable } from '../regions/index.js';
import {
  chooseKind, fieldOf, indicatorDef, selectObservation, toObservations, type ObservationInput,
} from './comparable-set.js';
import { resolveDenominator, type Denominator } from './denominators.js';
import { remembered } from '../memo.js';
import type { FlagCode } from './messages.js';
import { normalizeCompareOptions, type CompareOptionsInput, type ScoreMethod } from './options.js';
import { groupRanking, perGroup, rankGroup } from './rank-groups.js';
import { competitionRanks, scoreValues, summarise } from './statistics.js';
import type { Comparison, ComparisonRecord, IndicatorLookup } from './types.js';
import { INTENSIVE_KINDS, normalisedUnit, type Per } from './views.js';

/** The flag each comparator raises on the value: bounds are not points. */
export const BOUND_FLAGS: Readonly<Record<Comparator, FlagCode | null>> = {
  '=': null,
  '>=': 'bound-at-least', // 以上, 不少于 "or more"
  '>': 'bound-more-than', // 超过, 突破 "over"
  '<=': 'bound-at-most', // 以内, 不超过 "within"
  '<': 'bound-less-than', // 低于 "below"
  '~': 'bound-approximate', // 左右, 约 "about"
  range: 'bound-range', // 1-2个
};

/**
 * Each field region's match in a region table, found once per table and region (the field's
 * regions are the same objects for one observations array and year: `fieldOf`), and each
 * match's denominator once per view, year and staleness: a report compares every indicator in
 * four views, and a national field has 3,188 regions (half a million lookups of the same
 * figures).
 */
const matches = new WeakMap<RegionTable, WeakMap<object, RegionMatch>>();
const denominators = new WeakMap<RegionTable, WeakMap<RegionMatch, Map<string, Denominator>>>();

function matchOf(regions: RegionTable, region: Parameters<typeof findRegion>[1] & object): RegionMatch {
  return remembered(remembered(matches, regions, () => new WeakMap<object, RegionMatch>()), region, () => findRegion(regions, region));
}

function denominatorOf(regions: RegionTable, match: RegionMatch, per: Per, planYear: number, staleYears: number): Denominator {
  const byMatch = remembered(denominators, regions, () => new WeakMap<RegionMatch, Map<string, Denominator>>());
  const byView = remembered(byMatch, match, () => new Map<string, Denominator>());
  return remembered(byView, `${per} ${planYear} ${staleYears}`, () => resolveDenominator(regions, match, per, planYear, staleYears));
}

/**
 * Compare one indicator across regions for one plan year: choose the comparable set,
 * normalise by the view's denominator, score and rank.
 *
 * - Field: every region with an observation (of any indicator) for the plan year; one
 *   record each. Observations of the indicator for other years are left out and counted.
 * - Comparable set: same indicator, kind and status (default kind: the one most regions have
 *   a figure of; default status `target`). A region with figures of another kind or status
 *   only, a task without a figure, or nothing, gets a record with `value: null` and a flag.
 *   Several candidates of one region: the largest value wins (see `selectObservation`); the
 *   rest are `alternatives`.
 * - Bounds: the comparator raises a `bound-*` flag; a range is ranked by its lower end.
 * - Views: `capita` divides by resident population in 万人 (value per 10,000 residents),
 *   `area` by km², `gdp` by 亿元, using the reference figure closest to the plan year. A
 *   missing or zero denominator gives `normalised_value: null` with `null_reason`, never a
 *   filled-in figure. Rates and growth are compared as written in every view.
 * - Scores (`minmax` 0–100, `zscore`, `percentile` 0–100) and competition ranks ("1224")
 *   over the regions with a normalised value, oriented by the catalogue polarity (for
 *   `lower_is_better` the smallest value scores best and ranks 1). Missing values are
 *   excluded and counted in `summary.n_missing`; see `statistics.ts` for degenerate cases.
 * - Levels (`levels`): `separate` scores and ranks each administrative tier on its own
 *   (counties with counties, prefectures with prefectures; `rank_group` names the group,
 *   `n_ranked` counts it; records are listed group by group, the largest first); `mixed`
 *   (the default of this function) ranks all together, and `level-mismatch` marks regions whose
 *   tier differs from the set's most common tier (every region with a known tier when two
 *   tiers tie).
 *
 * @example
 * const c = compareIndicator(observations, seed, catalogue,
 *   { indicator: 'green_building_area', planYear: 2023, per: 'capita' });
 * c.records.map((r) => [r.region, r.rank]);
 * // → [['滕州市', 1], ['罗庄区', 2], ['台儿庄区', 3], ['嘉祥县', 4], ['泰安市', 5]]
 * c.records[0]?.normalised_value // 1,500,000 m² / 154.78 万人
 * // → 9691.174570357927
 */
export function compareIndicator(
  observations: ObservationInput,
  regions: RegionTable,
  catalogue: IndicatorLookup,
  options: CompareOptionsInput,
): Comparison {
  const opts = normalizeCompareOptions(options);
  const def = indicatorDef(catalogue, opts.indicator);
  const all = toObservations(observations);
  const field = fieldOf(all, opts.planYear);
  const ofIndicator = all.filter((o) => o.indicator === opts.indicator);
  const current = ofIndicator.filter((o) => o.year === opts.planYear);
  const kind = opts.kind === 'auto' ? chooseKind(current, opts.status, def) : opts.kind;
  const per: Per = INTENSIVE_KINDS.includes(kind) ? 'none' : opts.per;
  const viewFlags: FlagCode[] = per === opts.per ? [] : ['view-not-applicable'];
  const unit = normalisedUnit(def.unit, per);

  // the indicator's observations by region, grouped once (not filtered once per region)
  const byRegion = new Map<string, Observation[]>();
  for (const observation of current) {
    const key = regionKey(observation);
    const list = byRegion.get(key);
    if (list === undefined) byRegion.set(key, [observation]);
    else list.push(observation);
  }
  const drafts = field.map((region) => {
    const selection = selectObservation(byRegion.get(region.key) ?? [], kind, opts.status);
    const match = matchOf(regions, region);
    const denominator = denominatorOf(regions, match, per, opts.planYear, opts.staleYears);
    const chosen = selection.chosen;
    const value = chosen?.value ?? null;
    const bound = chosen?.comparator ? BOUND_FLAGS[chosen.comparator] : null;
    const flags: FlagCode[] = [
      ...viewFlags,
      ...(selection.missing === null ? [] : [selection.missing]),
      ...(bound === null ? [] : [bound]),
      ...(selection.alternatives.some((a) => a.reason === 'not-chosen') ? ['several-observations' as const] : []),
      ...denominator.flags,
      ...(match.identity !== null && (OTHER_SCOPE_LEVELS as readonly string[]).includes(match.identity.admin_level) ? ['other-scope-unit' as const] : []),
    ];
    let normalised: number | null = null;
    if (value !== null && per === 'none') normalised = value;
    else if (value !== null && denominator.reason === null && denominator.value !== null) normalised = value / denominator.value;
    const level = match.identity?.admin_level ?? region.region_level;
    return {
      region, selection, denominator, chosen, value, flags, normalised, level,
      code: region.region_code === '' ? (match.identity?.division_code ?? '') : region.region_code,
      tier: match.identity?.tier ?? adminTier(level),
      reason: selection.missing ?? denominator.reason,
    };
  });

  // ranked separately, tiers never meet, so no region is out of its level
  const mismatched = opts.levels === 'mixed' ? levelMismatches(drafts.filter((d) => d.value !== null).map((d) => d.tier)) : new Set<AdminTier>();
  const normalisedValues = drafts.map((d) => d.normalised);
  const groups = drafts.map((d) => rankGroup(d.tier, opts.levels));
  const scores = perGroup(groups, normalisedValues, (values) => scoreValues(values, opts.method, def.polarity));
  const ranks = perGroup(groups, normalisedValues, (values) => competitionRanks(values, def.polarity));
  const rankedIn = new Map<string, number>();
  groups.forEach((group, index) => {
    if (normalisedValues[index] !== null) rankedIn.set(group, (rankedIn.get(group) ?? 0) + 1);
  });
  const nRanked = normalisedValues.filter((v) => v !== null).length;
  const groupOrder = groupRanking(groups, normalisedValues.map((v) => v !== null));

  const records = drafts.map((d, index): ComparisonRecord => ({
    plan_year: opts.planYear,
    region: d.region.region,
    region_code: d.code,
    region_level: d.level,
    indicator: opts.indicator,
    kind,
    status: opts.status,
    tier: d.chosen?.tier ?? null,
    comparator: d.chosen?.comparator ?? null,
    value: d.value,
    value_high: d.chosen?.value_high ?? null,
    unit: def.unit,
    per,
    denominator_metric: d.denominator.metric,
    denominator_value: d.denominator.value,
    denominator_unit: d.denominator.unit,
    denominator_year: d.denominator.year,
    denominator_source: d.denominator.source,
    denominator_note: d.denominator.note,
    normalised_value: d.normalised,
    normalised_unit: unit,
    score: scores[index] ?? null,
    score_method: opts.method,
    rank: ranks[index] ?? null,
    n_ranked: rankedIn.get(groups[index] ?? 'all') ?? 0,
    rank_group: groups[index] ?? 'all',
    polarity: def.polarity,
    flags: d.value !== null && d.tier !== null && mismatched.has(d.tier) ? [...d.flags, 'level-mismatch'] : d.flags,
    null_reason: d.normalised === null ? d.reason : null,
    n_alternatives: d.selection.alternatives.length,
    doc_id: d.chosen?.doc_id ?? null,
    task: d.chosen?.task ?? null,
    evidence: d.chosen?.evidence ?? null,
  }));
  records.sort((a, b) => (groupOrder.get(a.rank_group) ?? 0) - (groupOrder.get(b.rank_group) ?? 0) || byRankThenRegion(a, b));

  const stats = summarise(normalisedValues);
  return {
    indicator: opts.indicator,
    name_zh: def.name_zh,
    name_en: def.name_en,
    plan_year: opts.planYear,
    kind,
    status: opts.status,
    per,
    method: opts.method,
    polarity: def.polarity,
    unit: def.unit,
    normalised_unit: unit,
    records,
    alternatives: drafts.flatMap((d) => d.selection.alternatives),
    summary: {
      n_regions: field.length,
      n_with_value: drafts.filter((d) => d.value !== null).length,
      n_ranked: nRanked,
      n_missing: stats.n_missing,
      n_other_years: ofIndicator.length - current.length,
      mean: stats.mean,
      sd: stats.sd,
      min: stats.min,
      max: stats.max,
      flags: [...new Set(records.flatMap((r) => r.flags))].sort(),
    },
  };
}

/**
 * The same comparison scored by another method: every record's `score` (and `score_method`)
 * computed from its normalised value within its rank group, everything else as it was. The
 * selection of figures, the denominators and the ranks do not depend on the score method, so a
 * caller that needs several methods (the composite, rank robustness) compares once per view and
 * rescores, instead of selecting every region's figure and denominator again. The same result
 * as `compareIndicator` with that method (tested).
 *
 * @example
 * rescore(compareIndicator(observations, seed, catalogue, { indicator: 'green_building_area', planYear: 2023 }), 'percentile').method
 * // → 'percentile'
 */
export function rescore(comparison: Comparison, method: ScoreMethod): Comparison {
  if (comparison.method === method) return comparison;
  const { records } = comparison;
  const scores = perGroup(records.map((record) => record.rank_group), records.map((record) => record.normalised_value), (values) => scoreValues(values, method, comparison.polarity));
  return { ...comparison, method, records: records.map((record, index) => ({ ...record, score: scores[index] ?? null, score_method: method })) };
}

/**
 * Comparisons a caller has already made of the same observations and reference table, with the
 * plan year, status, stale years and levels it is about to ask for, found by indicator and
 * requested view (any score method: they are rescored). `compositeIndex` and `rankRobustness`
 * take them instead of comparing again; a report builds every indicator's views anyway.
 */
export type KnownComparisons = (indicator: string, per: Per) => Comparison | undefined;

/**
 * Order records best first: by rank (unranked last), then region code, then name.
 *
 * @example
 * [{ rank: null, region_code: '1', region: 'a' }, { rank: 2, region_code: '2', region: 'b' }].sort(byRankThenRegion)[0]?.rank
 * // → 2
 */
export function byRankThenRegion(
  a: { readonly rank: number | null; readonly region_code: string; readonly region: string },
  b: { readonly rank: number | null; readonly region_code: string; readonly region: string },
): number {
  const rankA = a.rank ?? Number.POSITIVE_INFINITY;
  const rankB = b.rank ?? Number.POSITIVE_INFINITY;
  if (rankA !== rankB) return rankA < rankB ? -1 : 1;
  return a.region_code.localeCompare(b.region_code) || a.region.localeCompare(b.region);
}

/** Tiers to flag: those other than the single most common one, or all when the most common ties. */
function levelMismatches(tiers: readonly (AdminTier | null)[]): Set<AdminTier> {
  const counts = new Map<AdminTier, number>();
  for (const tier of tiers) if (tier !== null) counts.set(tier, (counts.get(tier) ?? 0) + 1);
  if (counts.size < 2) return new Set();
  const top = Math.max(...counts.values());
  const modal = [...counts].filter(([, count]) => count === top).map(([tier]) => tier);
  return new Set([...counts.keys()].filter((tier) => modal.length > 1 || tier !== modal[0]));
}
