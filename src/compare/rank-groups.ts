import type { AdminTier } from '../regions/index.js';
import type { LevelMode } from './options.js';

/** The groups regions are ranked in, in the order tiers are listed when groups are equally large. */
const GROUP_ORDER = ['all', 'county', 'prefecture', 'province', 'unknown'] as const;

/**
 * The group a region is ranked in: its administrative tier when levels are ranked `separate`ly
 * (`unknown` when its tier is not known), `all` when they are mixed.
 *
 * @example
 * rankGroup('county', 'separate') // → 'county'
 * rankGroup(null, 'separate') // → 'unknown'
 * rankGroup('prefecture', 'mixed') // → 'all'
 */
export function rankGroup(tier: AdminTier | null, levels: LevelMode): string {
  return levels === 'mixed' ? 'all' : tier ?? 'unknown';
}

/**
 * Apply a function that scores or ranks a list of values to each group separately, and give
 * the results back in the original order.
 *
 * @example
 * perGroup(['a', 'b', 'a'], [1, 2, 3], (values) => values.map((v) => v * 10)) // → [10, 20, 30]
 */
export function perGroup<T, R>(groups: readonly string[], values: readonly T[], apply: (values: T[]) => readonly R[]): R[] {
  const members = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const list = members.get(group);
    if (list === undefined) members.set(group, [index]);
    else list.push(index);
  });
  const result: R[] = new Array<R>(values.length);
  for (const indices of members.values()) {
    const out = apply(indices.map((index) => values[index] as T));
    indices.forEach((index, position) => {
      result[index] = out[position] as R;
    });
  }
  return result;
}

/**
 * The order groups are listed in: the group with the most ranked regions first, then by tier
 * (county, prefecture, province, unknown).
 *
 * @example
 * groupRanking(['county', 'prefecture', 'county'], [true, true, false]).get('prefecture') // → 1
 */
export function groupRanking(groups: readonly string[], ranked: readonly boolean[]): Map<string, number> {
  const counts = new Map<string, number>();
  groups.forEach((group, index) => counts.set(group, (counts.get(group) ?? 0) + (ranked[index] === true ? 1 : 0)));
  const tierIndex = (group: string): number => {
    const at = (GROUP_ORDER as readonly string[]).indexOf(group);
    return at === -1 ? GROUP_ORDER.length : at;
  };
  const order = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || tierIndex(a) - tierIndex(b));
  return new Map(order.map((group, index) => [group, index]));
}
