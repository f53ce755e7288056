import type { Diagnostic } from '../diagnostics/index.js';
import type { Observation } from './types.js';

/** Figures of one region, indicator, plan year, kind, status and year. */
interface Group {
  readonly plan: string;
  readonly kind: Observation['kind'];
  readonly status: Observation['status'];
  readonly year: Observation['year'] | '';
  readonly members: Observation[];
}

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
  // the plan year of each document, as text
  const planOf = new Map<string, string>();
  for (const document of documents) planOf.set(String(document.doc_id), String(document.plan_year ?? ''));
  // groups in the order their first figure came; found through region and indicator, then a
  // short search among that pair's groups (a key string per figure took 80 ms at 66,000 figures).
  // Plain loops: this runs once, over every figure, mostly before V8 has compiled it (a search
  // with a callback that took its group apart was most of the quarter second it took at the end
  // of 3,000 documents)
  const groups: Observation[][] = [];
  const byRegion = new Map<string, Map<string, Group[]>>();
  for (const observation of observations) {
    if (observation.kind === 'mentioned' || observation.region_code === '' || observation.value === null) continue;
    let byIndicator = byRegion.get(observation.region_code);
    if (byIndicator === undefined) byRegion.set(observation.region_code, (byIndicator = new Map()));
    let pairGroups = byIndicator.get(observation.indicator);
    if (pairGroups === undefined) byIndicator.set(observation.indicator, (pairGroups = []));
    const plan = planOf.get(observation.doc_id) ?? '';
    const year = observation.year ?? '';
    let members: Observation[] | null = null;
    for (let k = 0; k < pairGroups.length; k++) {
      const group = pairGroups[k] as Group;
      if (group.plan === plan && group.kind === observation.kind && group.status === observation.status && group.year === year) {
        members = group.members;
        break;
      }
    }
    if (members !== null) members.push(observation);
    else {
      const started = [observation];
      pairGroups.push({ plan, kind: observation.kind, status: observation.status, year, members: started });
      groups.push(started);
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
