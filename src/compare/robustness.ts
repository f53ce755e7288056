import type { RegionTable } from '../regions/index.js';
import { rescore, type KnownComparisons } from './compare-indicator.js';
import { fieldOf, toObservations, type ObservationInput } from './comparable-set.js';
import { componentOf, compositeIndex, scenarioRanks } from './composite.js';
import { remembered } from '../memo.js';
import { groupRanking } from './rank-groups.js';
import type { FlagCode } from './messages.js';
import { normalizeRobustnessOptions, type RobustnessOptionsInput } from './options.js';
import { mulberry32 } from './random.js';
import { quantile } from './statistics.js';
import type { Comparison, Composite, IndicatorLookup, Robustness, RobustnessRecord } from './types.js';
import type { Per } from './views.js';

/**
 * How far each region's composite rank moves when the analyst's choices change, in the
 * spirit of COINr's sensitivity analysis.
 *
 * Scenarios are the full grid of normalisation `methods` × views (`pers`) × weight sets:
 * the unperturbed weights plus `draws` random sets, where each indicator weight is
 * multiplied by a factor drawn uniformly from [1 − perturbation, 1 + perturbation] (default
 * ±50%) with the seeded mulberry32 generator. The same weight sets serve every method and
 * view. The indicator set is fixed to the base composite's (`compositeIndex` with the given
 * options), so only the choices move, not the question.
 *
 * For each region: the rank under the base options, and over the scenarios where it was
 * ranked the median, the 5th and 95th percentiles (R type 7 quantiles, so they can fall
 * between integers) and the min and max. `rank-unstable` is raised when the 5th–95th
 * percentile interval covers at least half of the rank scale:
 * `rank_p95 − rank_p05 ≥ (field_size − 1) / 2`, where `field_size` counts the regions ranked
 * in at least one scenario. A region ranked in no scenario is flagged `never-ranked`.
 *
 * Each view is compared once and rescored for every method (`rescore`); `reuse` may hand over
 * the base composite and comparisons the caller already made (a report's views), so nothing is
 * compared twice. The result is the same with or without them.
 *
 * @example
 * const r = rankRobustness(observations, seed, catalogue, { planYear: 2023, draws: 50, seed: 7 });
 * [r.n_scenarios, r.records[0]?.region, r.records[0]?.median_rank, r.records[0]?.rank_p95, r.records[0]?.flags]
 * // → [612, '罗庄区', 1, 3, ['rank-unstable']]
 */
export function rankRobustness(
  observations: ObservationInput,
  regions: RegionTable,
  catalogue: IndicatorLookup,
  options: RobustnessOptionsInput,
  reuse: RobustnessReuse = {},
): Robustness {
  const opts = normalizeRobustnessOptions(options);
  const all = toObservations(observations);
  const base = reuse.base ?? compositeIndex(all, regions, catalogue, {
    ...options,
    indicators: opts.indicators === 'auto' ? undefined : opts.indicators,
  }, reuse.known);
  const field = fieldOf(all, opts.planYear);
  const baseWeights = base.indicators.map((id) => base.weights[id] ?? 1);
  const next = mulberry32(opts.seed);
  const weightSets = [baseWeights];
  for (let draw = 0; draw < opts.draws; draw += 1) {
    weightSets.push(baseWeights.map((weight) => weight * (1 + opts.perturbation * (2 * next() - 1))));
  }

  const ranks = new Map<string, number[]>(base.records.map((r) => [keyOf(r), []]));
  let scenarios = 0;
  // each view is compared once (or taken from `reuse.known`) and rescored for every method:
  // the figures, denominators and ranks do not depend on the method, only the scores do
  const compared = new Map<Per, Comparison[]>();
  for (const method of opts.methods) {
    for (const per of opts.pers) {
      const made = remembered(compared, per, () => base.indicators.map((indicator) => componentOf(all, regions, catalogue, { ...opts, per }, indicator, reuse.known)));
      const components = made.map((component) => rescore(component, method));
      // the ranks combineScores gives, without its records (scenarioRanks)
      const scenario = scenarioRanks(field, components, { minCoverage: opts.minCoverage, levels: opts.levels });
      const lists = scenario.keys.map((key) => ranks.get(key));
      for (const weights of weightSets) {
        scenarios += 1;
        scenario.ranks(weights).forEach((rank, index) => {
          if (rank !== null) lists[index]?.push(rank);
        });
      }
    }
  }

  // a rank moves within its group: the field it is judged on is the group's
  const groupSizes = new Map<string, number>();
  for (const r of base.records) {
    if ((ranks.get(keyOf(r)) ?? []).length > 0) groupSizes.set(r.rank_group, (groupSizes.get(r.rank_group) ?? 0) + 1);
  }
  const fieldSize = [...ranks.values()].filter((list) => list.length > 0).length;
  const records = base.records.map((r): RobustnessRecord => {
    const list = ranks.get(keyOf(r)) ?? [];
    const groupSize = groupSizes.get(r.rank_group) ?? 0;
    const p05 = quantile(list, 0.05);
    const p95 = quantile(list, 0.95);
    const flags: FlagCode[] = [];
    if (list.length === 0) flags.push('never-ranked');
    else if (groupSize > 1 && p05 !== null && p95 !== null && p95 - p05 >= (groupSize - 1) / 2) flags.push('rank-unstable');
    return {
      region: r.region,
      region_code: r.region_code,
      region_level: r.region_level,
      rank_group: r.rank_group,
      base_rank: r.rank,
      median_rank: quantile(list, 0.5),
      rank_p05: p05,
      rank_p95: p95,
      rank_min: list.length === 0 ? null : Math.min(...list),
      rank_max: list.length === 0 ? null : Math.max(...list),
      n_scenarios: scenarios,
      n_ranked_scenarios: list.length,
      flags,
    };
  });
  const groupOrder = groupRanking(records.map((r) => r.rank_group), records.map((r) => r.n_ranked_scenarios > 0));
  records.sort((a, b) => (groupOrder.get(a.rank_group) ?? 0) - (groupOrder.get(b.rank_group) ?? 0)
    || (a.median_rank ?? Number.POSITIVE_INFINITY) - (b.median_rank ?? Number.POSITIVE_INFINITY)
    || a.region_code.localeCompare(b.region_code) || a.region.localeCompare(b.region));

  return {
    plan_year: opts.planYear,
    indicators: base.indicators,
    methods: opts.methods,
    pers: opts.pers,
    draws: opts.draws,
    perturbation: opts.perturbation,
    seed: opts.seed,
    n_scenarios: scenarios,
    field_size: fieldSize,
    records,
  };
}

/**
 * What `rankRobustness` may take from its caller instead of making again: the base composite
 * (made with the same observations, reference table and options) and comparisons already made
 * (`KnownComparisons`).
 */
export interface RobustnessReuse {
  readonly base?: Composite;
  readonly known?: KnownComparisons;
}

function keyOf(record: { readonly region: string; readonly region_code: string }): string {
  return `${record.region_code}\u0000${record.region}`;
}
