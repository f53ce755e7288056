import type { RegionFigure, RegionTable } from './types.js';

/**
 * Combine a base region table with user tables that add or override figures.
 *
 * A figure is keyed by division code, metric and year (undated figures share one key): a
 * later table's figure replaces the earlier one in place, new keys are appended in order. A
 * region's name, level and parent come from the last table that mentions its division code,
 * and are applied to all its figures, so a user can rename a region or fix its parent.
 * Inputs are not mutated.
 *
 * @example
 * const merged = mergeRegionTables(seed, user); // user has 台儿庄区 resident_population 2023 = 29.8
 * merged.filter((f) => f.region === '台儿庄区' && f.metric === 'resident_population').map((f) => [f.year, f.value])
 * // → [[2020, 30.51], [2023, 29.8]]
 */
export function mergeRegionTables(base: RegionTable, ...overrides: readonly RegionTable[]): RegionTable {
  const byKey = new Map<string, RegionFigure>();
  const identities = new Map<string, Pick<RegionFigure, 'region' | 'admin_level' | 'parent'>>();
  for (const table of [base, ...overrides]) {
    for (const figure of table) {
      // Map.set keeps an existing key's position, so a replaced figure stays where it was.
      byKey.set(figureKey(figure), figure);
      identities.set(figure.division_code, { region: figure.region, admin_level: figure.admin_level, parent: figure.parent });
    }
  }
  return [...byKey.values()].map((figure) => ({ ...figure, ...identities.get(figure.division_code) }));
}

function figureKey(figure: RegionFigure): string {
  return `${figure.division_code}\u0000${figure.metric}\u0000${figure.year ?? ''}`;
}
