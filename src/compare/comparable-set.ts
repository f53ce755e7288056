import { UsageError } from '../errors.js';
import { remembered } from '../memo.js';
import type { ColumnTable } from 'arquero';
import { KINDS } from '../catalogue/index.js';
import type { Kind, Observation, Status } from '../indicators/index.js';
import { errors, type FlagCode } from './messages.js';
import type { Alternative, IndicatorLookup } from './types.js';
import { regionKey } from '../regions/index.js';

/** Observations as records or as an arquero table with the same columns. */
export type ObservationInput = readonly Observation[] | ColumnTable;

/** A region of the field, identified as the observations identify it. */
export interface FieldRegion {
  readonly key: string;
  readonly region: string;
  readonly region_code: string;
  readonly region_level: string;
}

/** The observation compared for one region, or why there is none, plus the rest. */
export interface RegionSelection {
  readonly chosen: Observation | null;
  /** Set when `chosen` is null: `kind-mismatch`, `status-mismatch`, `mentioned-only` or `absent`. */
  readonly missing: FlagCode | null;
  readonly alternatives: readonly Alternative[];
}

/**
 * Read observations given as records or as an arquero table (whose columns are trusted to
 * be the `Observation` fields).
 *
 * @example
 * toObservations(aq.from([observation])).length // → 1
 */
export function toObservations(input: ObservationInput): readonly Observation[] {
  // records are an array; anything else is a table (checked by shape: arquero is not loaded here)
  if (!Array.isArray(input)) return ((input as ColumnTable).objects() as Observation[]).filter(rankable);
  // a report compares the same records a thousand times (every indicator, view and robustness
  // scenario): filtered once per array, the same array given back each time
  return remembered(rankableOf, input as readonly Observation[], () => (input as readonly Observation[]).filter(rankable));
}

const rankableOf = new WeakMap<readonly Observation[], readonly Observation[]>();
const fields = new WeakMap<readonly Observation[], Map<number, readonly FieldRegion[]>>();

/**
 * Whether an observation can enter a ranking: not a count of several categories together
 * (`parts`), not the whole country's figure quoted in a region's document, and not a figure of
 * part of a region (its 农村地区, 县城: `region_level` part).
 */
export function rankable(observation: Observation): boolean {
  return (observation.parts ?? '') === '' && observation.region_level !== 'country' && observation.region_level !== 'part';
}

/**
 * The field of a comparison: every region with at least one observation (of any indicator)
 * for the plan year, in order of first appearance. A region absent from the field has no
 * document for that year, which is not the same as a document without the indicator.
 *
 * @example
 * fieldOf(observations, 2023).map((r) => r.region)
 * // → ['台儿庄区', '滕州市', '泰安市', '嘉祥县', '罗庄区']
 */
export function fieldOf(observations: readonly Observation[], planYear: number): FieldRegion[] {
  // made once per array and year (see `toObservations`); each caller gets its own copy of the list
  const made = remembered(remembered(fields, observations, () => new Map<number, readonly FieldRegion[]>()), planYear, () => {
    const field = new Map<string, FieldRegion>();
    for (const observation of observations) {
      const key = regionKey(observation);
      if (observation.year !== planYear || field.has(key)) continue;
      field.set(key, { key, region: observation.region, region_code: observation.region_code, region_level: observation.region_level });
    }
    return [...field.values()];
  });
  return [...made];
}

/**
 * The kind to compare when the caller asks for `auto`: the kind that most regions have a
 * figure of (with the given status); ties go to the kind listed first in the indicator's
 * catalogue `kinds`, then in `KINDS` order. Without any figure, the indicator's first
 * rankable kind.
 *
 * @example
 * chooseKind(observations, 'target', { kinds: ['increment', 'stock'] }) // 3 regions increment, 1 stock
 * // → 'increment'
 */
export function chooseKind(
  observations: readonly Observation[],
  status: Status,
  def: { readonly kinds: readonly Kind[] },
): Exclude<Kind, 'mentioned'> {
  const preference = [...def.kinds, ...KINDS].filter((kind): kind is Exclude<Kind, 'mentioned'> => kind !== 'mentioned');
  const regionsByKind = new Map<Kind, Set<string>>();
  for (const observation of observations) {
    if (observation.status !== status || observation.value === null || observation.kind === 'mentioned') continue;
    const regions = regionsByKind.get(observation.kind) ?? new Set<string>();
    regions.add(regionKey(observation));
    regionsByKind.set(observation.kind, regions);
  }
  let best = preference[0] ?? 'increment';
  let bestCount = 0;
  for (const kind of preference) {
    const count = regionsByKind.get(kind)?.size ?? 0;
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Pick the one observation of a region that enters the comparable set (same indicator, kind
 * and status, with a figure), keeping every other observation as an alternative.
 *
 * Rule for several candidates: the largest value (a range by its lower end); on equal values
 * the earliest in the document (smallest `start`), then the smallest `doc_id`. Several figures
 * of one kind in one document are most often a region-wide total beside its parts
 * (`新建、改造5G基站分别为800个、300个`) or the same figure repeated, and the total is what
 * compares across regions. With no candidate, `missing` says why: other kinds only
 * (`kind-mismatch`), other status only (`status-mismatch`), only a task without a figure
 * (`mentioned-only`), or nothing (`absent`).
 *
 * @example
 * const pick = selectObservation(luozhuang5G, 'increment', 'target');
 * [pick.chosen?.value, pick.alternatives.map((a) => a.reason)]
 * // → [800, ['not-chosen']]
 */
export function selectObservation(observations: readonly Observation[], kind: Kind, status: Status): RegionSelection {
  const inSet = observations
    .filter((o) => o.kind === kind && o.status === status && o.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.start - b.start || a.doc_id.localeCompare(b.doc_id));
  const chosen = inSet[0] ?? null;
  const alternatives = observations
    .filter((o) => o !== chosen)
    .map((o): Alternative => ({
      region: o.region,
      region_code: o.region_code,
      reason: o.kind === 'mentioned' || o.value === null ? 'mentioned'
        : o.kind !== kind ? 'other-kind'
          : o.status !== status ? 'other-status' : 'not-chosen',
      observation: o,
    }));
  let missing: FlagCode | null = null;
  if (chosen === null) {
    const numeric = observations.filter((o) => o.kind !== 'mentioned' && o.value !== null);
    if (numeric.some((o) => o.status === status)) missing = 'kind-mismatch';
    else if (numeric.length > 0) missing = 'status-mismatch';
    else if (observations.length > 0) missing = 'mentioned-only';
    else missing = 'absent';
  }
  return { chosen, missing, alternatives };
}

/**
 * The catalogue entry of an indicator, or a thrown `invalid indicator: … is not in the
 * catalogue` (asking to compare an unknown indicator is misuse).
 *
 * @example
 * indicatorDef(catalogue, 'green_building_area').polarity // → 'higher_is_better'
 */
export function indicatorDef(catalogue: IndicatorLookup, id: string): NonNullable<ReturnType<IndicatorLookup['get']>> {
  const def = catalogue.get(id);
  if (def === undefined) throw new UsageError(errors.unknownIndicator(id));
  return def;
}
