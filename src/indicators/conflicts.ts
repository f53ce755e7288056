import type { Diagnostic } from '../diagnostics/types.js';
import type { Observation } from './types.js';

/**
 * Documents of the same region and plan year that give different figures for the same
 * indicator, kind and status (two versions of a plan, a draft and a final notice): one warning
 * per disagreement naming both sources and figures. The comparison still uses one figure by its
 * documented rule; this makes the disagreement visible.
 *
 * @example
 * conflictingFigures(observations, documents)
 * // → [{ source: 'a.txt', code: 'conflicting-figures', severity: 'warning',
 * //      message: '罗庄区 2023 green_building_area_new (increment): 600000 in a.txt but 500000 in b.txt', … }]
 */
export function conflictingFigures(
  observations: readonly Observation[],
  documents: readonly { readonly doc_id: string | number | null; readonly plan_year: string | number | null }[],
): Diagnostic[] {
  const planYear = new Map(documents.map((document) => [String(document.doc_id), document.plan_year]));
  // groups in the order their first figure came; found through region and indicator, then a
  // short search among that pair's groups (a key string per figure took 80 ms at 66,000 figures)
  const groups: Observation[][] = [];
  const byRegion = new Map<string, Map<string, { readonly plan: string; readonly members: Observation[] }[]>>();
  for (const observation of observations) {
    if (observation.kind === 'mentioned' || observation.region_code === '' || observation.value === null) continue;
    let byIndicator = byRegion.get(observation.region_code);
    if (byIndicator === undefined) byRegion.set(observation.region_code, (byIndicator = new Map()));
    let pairGroups = byIndicator.get(observation.indicator);
    if (pairGroups === undefined) byIndicator.set(observation.indicator, (pairGroups = []));
    const plan = String(planYear.get(observation.doc_id) ?? '');
    const group = pairGroups.find(({ plan: other, members: [first] }) => other === plan && first !== undefined
      && first.kind === observation.kind && first.status === observation.status && (first.year ?? '') === (observation.year ?? ''));
    if (group !== undefined) group.members.push(observation);
    else {
      const members = [observation];
      pairGroups.push({ plan, members });
      groups.push(members);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const group of groups) {
    const first = group[0];
    if (!first) continue;
    const other = group.find((observation) => observation.doc_id !== first.doc_id && observation.value !== first.value);
    if (!other) continue;
    diagnostics.push({
      source: other.source,
      location: other.task === null ? '' : `task ${other.task}`,
      severity: 'warning',
      code: 'conflicting-figures',
      message: `${first.region} ${first.year ?? ''} ${first.indicator} (${first.kind}): ${first.value} in ${first.source} but ${other.value} in ${other.source}`,
    });
  }
  return diagnostics;
}
