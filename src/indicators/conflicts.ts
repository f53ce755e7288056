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
  const groups = new Map<string, Observation[]>();
  for (const observation of observations) {
    if (observation.kind === 'mentioned' || observation.region_code === '' || observation.value === null) continue;
    const key = `${observation.region_code}|${planYear.get(observation.doc_id) ?? ''}|${observation.indicator}|${observation.kind}|${observation.status}|${observation.year ?? ''}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [observation]);
    else group.push(observation);
  }
  const diagnostics: Diagnostic[] = [];
  for (const group of groups.values()) {
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
