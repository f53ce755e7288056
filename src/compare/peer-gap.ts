import { UsageError } from '../errors.js';
import { remembered } from '../memo.js';
import { adminTier } from '../regions/index.js';
import { errors, type FlagCode } from './messages.js';
import { normalizePeerGapOptions, type PeerGapOptionsInput } from './options.js';
import { quantileOfSorted } from './statistics.js';
import type { Comparison, ComparisonRecord, PeerGap } from './types.js';

/** Flags that leave a region without a usable denominator. */
const DENOMINATOR_REASONS: readonly FlagCode[] = ['region-unknown', 'region-ambiguous', 'denominator-missing', 'denominator-zero'];

/**
 * Where one region stands against its peers on a compared indicator, and the figure it
 * would need to reach them.
 *
 * Peers are the other regions of the comparison with a normalised value (`peers: 'all'`,
 * default) or only those of the region's administrative tier (`'same-level'`). Their
 * quartiles (R type 7) are taken on the normalised values; each is turned back into the
 * indicator's own unit with the region's denominator (median per 10,000 residents × the
 * region's population in 万人; as is for `per: 'none'`). The targets need the region's
 * denominator, not its figure, so a region that only mentions the task still learns what
 * figure would match its peers; without a denominator the targets are null with a reason.
 * `region` is a name or a division code; one not in the comparison throws.
 *
 * @example
 * const gap = peerGap(compareIndicator(observations, seed, catalogue,
 *   { indicator: 'green_building_area', planYear: 2023, per: 'capita' }), '滕州市');
 * [gap.peer_median, gap.target_at_median, gap.meets_median]
 * // → [7222.017371353654, 1117823.8487381185, true]
 */
export function peerGap(comparison: Comparison, region: string, options: PeerGapOptionsInput = {}): PeerGap {
  const opts = normalizePeerGapOptions(options);
  const record = recordOf(comparison, region);
  if (record === undefined) throw new UsageError(errors.unknownRegion(region, comparison.indicator));
  const tier = adminTier(record.region_level);
  // the group's values are sorted once per comparison; the region's own value is left out by
  // position (asking for every region's gap sorted the peers again each time: n² log n)
  const sorted = sortedGroupValues(comparison, opts.peers === 'all' ? 'all' : `tier:${tier}`,
    (r) => r.normalised_value !== null && (opts.peers === 'all' || adminTier(r.region_level) === tier));
  const own = record.normalised_value === null ? -1 : firstIndexOf(sorted, record.normalised_value);
  const peerValues = own < 0 ? sorted : withoutPosition(sorted, own);
  const q1 = quantileOfSorted(peerValues, 0.25);
  const median = quantileOfSorted(peerValues, 0.5);
  const q3 = quantileOfSorted(peerValues, 0.75);

  const multiplier = comparison.per === 'none' ? 1 : record.denominator_value;
  const denominatorReason = comparison.per === 'none' ? null
    : DENOMINATOR_REASONS.find((code) => record.flags.includes(code)) ?? null;
  const reason: FlagCode | null = median === null ? 'no-peers' : denominatorReason;
  const toTarget = (quartile: number | null): number | null =>
    quartile === null || reason !== null || multiplier === null ? null : quartile * multiplier;
  const targetAtMedian = toTarget(median);
  const better = comparison.polarity === 'higher_is_better' ? 1 : -1;
  return {
    region: record.region,
    region_code: record.region_code,
    indicator: comparison.indicator,
    plan_year: comparison.plan_year,
    per: comparison.per,
    peers_group: opts.peers,
    unit: comparison.unit,
    normalised_unit: comparison.normalised_unit,
    polarity: comparison.polarity,
    value: record.value,
    normalised_value: record.normalised_value,
    denominator_value: record.denominator_value,
    denominator_unit: record.denominator_unit,
    denominator_year: record.denominator_year,
    // listing every peer for every region grows with the square of the field; a report of
    // 3,000 regions asks for counts only
    peers: opts.listPeers ? comparison.records.filter((r) => r !== record && r.normalised_value !== null
      && (opts.peers === 'all' || adminTier(r.region_level) === tier)).map((r) => r.region) : [],
    n_peers: sorted.length - (own >= 0 ? 1 : 0),
    peer_q1: q1,
    peer_median: median,
    peer_q3: q3,
    target_at_q1: toTarget(q1),
    target_at_median: targetAtMedian,
    target_at_q3: toTarget(q3),
    gap_to_median: targetAtMedian === null || record.value === null ? null : targetAtMedian - record.value,
    meets_median: median === null || record.normalised_value === null ? null
      : better * (record.normalised_value - median) >= 0,
    flags: reason === 'no-peers' ? [...record.flags, 'no-peers'] : record.flags,
    null_reason: reason,
  };
}

const recordIndexes = new WeakMap<Comparison, { byCode: Map<string, ComparisonRecord>; byName: Map<string, ComparisonRecord> }>();

/**
 * The first record of a comparison with `region` as its division code, else the first with it
 * as its name (indexed once per comparison: a report asks for every region's gap on every
 * indicator, and searching 3,000 records each time was n² per indicator).
 */
function recordOf(comparison: Comparison, region: string): ComparisonRecord | undefined {
  const index = remembered(recordIndexes, comparison, () => {
    const byCode = new Map<string, ComparisonRecord>();
    const byName = new Map<string, ComparisonRecord>();
    for (const record of comparison.records) {
      if (!byCode.has(record.region_code)) byCode.set(record.region_code, record);
      if (!byName.has(record.region)) byName.set(record.region, record);
    }
    return { byCode, byName };
  });
  return index.byCode.get(region) ?? index.byName.get(region);
}

/** A copy of `values` without the one at `position` (one copy and a move, not two slices spread). */
function withoutPosition(values: readonly number[], position: number): number[] {
  const copy = values.slice();
  copy.splice(position, 1);
  return copy;
}

/** The first position of `value` in ascending `sorted` (binary search), or -1 (what `indexOf` gives, in log n). */
function firstIndexOf(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? Number.POSITIVE_INFINITY) < value) low = middle + 1;
    else high = middle;
  }
  return sorted[low] === value ? low : -1;
}

const groupValues = new WeakMap<Comparison, Map<string, readonly number[]>>();

/** The normalised values of a comparison's records in a peer group, sorted ascending (made once per comparison and group). */
function sortedGroupValues(comparison: Comparison, group: string, member: (record: ComparisonRecord) => boolean): readonly number[] {
  const groups = remembered(groupValues, comparison, () => new Map<string, readonly number[]>());
  return remembered(groups, group, () => comparison.records.filter(member).map((record) => record.normalised_value as number).sort((a, b) => a - b));
}
