import { findRegion } from './lookup.js';
import type { RegionFigure, RegionTable } from './types.js';

/**
 * Merge development zones back into their host counties: for every host with zones (`hosts`:
 * zone code → host code, e.g. from `zoneHosts`), host and zones summed, noted `incl. 功能区 …`
 * (the scope of a county's own reports, which usually count its zones, and another scope than
 * the census unit, so `regions check` says `other-scope`). The zones keep their own figures.
 * Only figures every unit has for the same year are summed (each dated population and
 * land-area figure of the host whose year all its zones share); the host's figure is replaced,
 * the others are kept.
 *
 * @example
 * const merged = mergeZonesIntoHosts(census, new Map([['330571', '330521']]));
 * chooseFigure(merged, '330521', 'resident_population', 2020).figure?.note // → 'incl. 功能区 某某度假区 (merged …); …'
 */
export function mergeZonesIntoHosts(table: RegionTable, hosts: ReadonlyMap<string, string>): RegionTable {
  const zonesOf = new Map<string, string[]>();
  for (const [zone, host] of hosts) zonesOf.set(host, [...(zonesOf.get(host) ?? []), zone]);
  const replaced = new Map<RegionFigure, RegionFigure>();
  for (const [host, zones] of zonesOf) {
    const names = zones.map((zone) => findRegion(table, { region: '', region_code: zone }).identity?.region ?? zone);
    for (const own of table) {
      if (own.division_code !== host || own.year === null || (own.metric !== 'resident_population' && own.metric !== 'land_area')) continue;
      const parts = zones.map((zone) => table.find((figure) => figure.division_code === zone && figure.metric === own.metric && figure.year === own.year));
      if (parts.some((part) => part === undefined)) continue;
      const sum = parts.reduce((total, part) => total + (part?.value ?? 0), own.value);
      replaced.set(own, {
        ...own,
        value: Math.round(sum * 1e6) / 1e6,
        note: `incl. 功能区 ${names.join('、')} (merged into the host county by shared border); ${own.note}`,
      });
    }
  }
  return table.map((figure) => replaced.get(figure) ?? figure);
}
