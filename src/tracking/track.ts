import { DEFAULT_CATALOGUE, type Catalogue } from '../catalogue/index.js';
import type { Genre } from '../catalogue/index.js';
import {
  JUDGING_KINDS, KIND_WORDS, RESULT_GENRE_ORDER, TIER_VERDICT_WORDS, TRACKING_REASONS, VERDICT_WORDS,
  type ResultChange, type TargetChange, type Verdict, type Wording,
} from '../catalogue/index.js';
import { regionKey } from '../regions/index.js';
import type { Language } from '../options.js';
import type { Observation } from '../indicators/index.js';
import { keyword } from '../options.js';
import { judge, type Reason } from './attainment.js';
import { partYear } from './part-year.js';
import type { TrackingRecord } from './records.js';

/** What tracking needs to know of each document: its genre and the date its page states. */
export interface TrackedDocument {
  readonly doc_id: unknown;
  readonly genre: unknown;
  readonly page_date: unknown;
}

/** Tracking options as a caller writes them. */
export interface TrackOptionsInput {
  /** Language of `verdict_text`: `zh` (default) or `en`. */
  readonly lang?: string;
  /** Indicator polarity comes from here; default the built-in catalogue. */
  readonly catalogue?: Catalogue;
}

interface DocumentInfo {
  readonly genre: Genre | 'other';
  readonly pageDate: string | null;
  readonly order: number;
}

interface Group {
  readonly targets: Observation[];
  readonly results: Observation[];
}

/**
 * Link each region's targets to the results reported for the same year, and each target to the
 * region's target of the year before: one tracking row per target (in the order regions, then
 * indicators, then years first appear), plus a `dropped` row for a target the region set the
 * year before and not this year although it set targets this year.
 *
 * Linking: a target of indicator I for year Y of a region (its `regionKey`: code when known,
 * else name) meets every result (status `actual`) of I for year Y of that region, from any
 * document. Only results of a kind that can judge the target count (`JUDGING_KINDS`: a cap is
 * judged by the year's stock or rate); when the year has results of other kinds only, the row
 * says `kind_mismatch` and why. A result of part of the year (see `partYear`) is progress
 * (`in_progress`), never attainment; among full-year results the statistical bulletin is
 * trusted first, then the work report, a plan, news (`RESULT_GENRE_ORDER`), then the latest page
 * date. Mentions without figures, figures without a year and combined counts (indicator
 * `combined`, several categories at once) are never linked.
 *
 * Year over year: `previous_target` is the region's target of the same indicator and kind for
 * Y−1; `target_change` compares the figures (`raised`, `kept`, `lowered`: the figure itself, so
 * a raised cap is a looser one), is `new` when the region set targets for Y−1 but none for
 * this indicator, and '' when it set none at all for Y−1. `previous_result` and
 * `result_change` compare the full-year results of the same kind.
 *
 * @example
 * track(extraction.observations, extraction.documents).map((row) => [row.region, row.indicator, row.year, row.verdict])
 * // → [['嘉祥县', 'fiveg_stations_new', 2023, 'exceeded'], ['嘉祥县', 'high_standard_farmland_new', 2023, 'not_met'], …]
 */
export function track(observations: readonly Observation[], documents: readonly TrackedDocument[], options: TrackOptionsInput = {}): TrackingRecord[] {
  const lang = keyword(options.lang ?? 'zh', 'lang', ['zh', 'en'] as const);
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const info = documentInfo(documents);
  const groups = new Map<string, Group>();
  const targetYears = new Map<string, Set<number>>();
  for (const observation of observations) {
    if (!linkable(observation)) continue;
    const region = regionKey(observation);
    const key = `${region}\u0000${observation.indicator}`;
    const group = groups.get(key) ?? { targets: [], results: [] };
    groups.set(key, group);
    if (observation.status === 'target') {
      group.targets.push(observation);
      const years = targetYears.get(region) ?? new Set<number>();
      years.add(observation.year ?? 0);
      targetYears.set(region, years);
    } else {
      group.results.push(observation);
    }
  }
  const rows: TrackingRecord[] = [];
  const regionOrder = [...new Set(observations.map(regionKey))];
  const ordered = [...groups.values()].sort((a, b) => regionOrder.indexOf(regionOfGroup(a)) - regionOrder.indexOf(regionOfGroup(b)));
  for (const group of ordered) {
    const first = group.targets[0];
    if (first === undefined) continue;
    const years = targetYears.get(regionKey(first)) ?? new Set<number>();
    const polarity = catalogue.byId.get(first.indicator)?.polarity ?? 'higher_is_better';
    const byYear = [...new Set(group.targets.map((target) => target.year ?? 0))].sort((a, b) => a - b);
    for (const year of [...byYear, ...byYear.map((y) => y + 1)].filter((y, i, all) => all.indexOf(y) === i).sort((a, b) => a - b)) {
      const targets = group.targets.filter((target) => target.year === year);
      const previous = group.targets.filter((target) => target.year === year - 1);
      for (const target of targets) {
        const before = previous.find((candidate) => candidate.kind === target.kind) ?? null;
        const change: TargetChange | '' = before !== null ? targetChange(before, target) : years.has(year - 1) ? 'new' : '';
        rows.push(trackTarget(target, group.results, info, polarity, lang, before, change));
      }
      if (targets.length > 0 || !years.has(year)) continue;
      for (const dropped of uniqueByKind(previous)) rows.push(droppedRow(dropped, year, group.results, info, lang));
    }
  }
  return rows;
}

function regionOfGroup(group: Group): string {
  const first = group.targets[0] ?? group.results[0];
  return first === undefined ? '' : regionKey(first);
}

function linkable(observation: Observation): boolean {
  return observation.kind !== 'mentioned' && observation.value !== null && observation.year !== null
    && observation.indicator !== 'combined' && observation.parts === '';
}

function documentInfo(documents: readonly TrackedDocument[]): Map<string, DocumentInfo> {
  const info = new Map<string, DocumentInfo>();
  documents.forEach((document, order) => {
    const genre = RESULT_GENRE_ORDER.find((candidate) => candidate === document.genre) ?? 'other';
    const pageDate = typeof document.page_date === 'string' && document.page_date !== '' ? document.page_date : null;
    info.set(String(document.doc_id), { genre, pageDate, order });
  });
  return info;
}

interface ResultChoice {
  readonly result: Observation | null;
  readonly count: number;
  readonly progress: { readonly result: Observation; readonly when: string } | null;
  readonly otherKind: Observation | null;
}

/** The year's results that can judge a target of a kind: the trusted full-year one, or the latest progress. */
function chooseResult(kind: Observation['kind'], year: number, results: readonly Observation[], info: ReadonlyMap<string, DocumentInfo>): ResultChoice {
  const ofYear = results.filter((result) => result.year === year);
  const judging = kind === 'mentioned' ? [] : JUDGING_KINDS[kind];
  const compatible = ofYear.filter((result) => judging.includes(result.kind));
  const full: Observation[] = [];
  let progress: { result: Observation; when: string } | null = null;
  for (const result of compatible) {
    const when = partYear({ evidence: result.evidence, period: result.period, year, pageDate: info.get(result.doc_id)?.pageDate ?? null });
    if (when === null) full.push(result);
    else if (progress === null || pageDate(info, result) >= pageDate(info, progress.result)) progress = { result, when };
  }
  full.sort((a, b) => genreRank(info, a) - genreRank(info, b) || pageDate(info, b).localeCompare(pageDate(info, a)));
  return { result: full[0] ?? null, count: full.length, progress, otherKind: ofYear.find((result) => !judging.includes(result.kind)) ?? null };
}

function genreRank(info: ReadonlyMap<string, DocumentInfo>, observation: Observation): number {
  return RESULT_GENRE_ORDER.indexOf(info.get(observation.doc_id)?.genre ?? 'other');
}

function pageDate(info: ReadonlyMap<string, DocumentInfo>, observation: Observation): string {
  return info.get(observation.doc_id)?.pageDate ?? '';
}

function trackTarget(
  target: Observation, results: readonly Observation[], info: ReadonlyMap<string, DocumentInfo>, polarity: 'higher_is_better' | 'lower_is_better',
  lang: Language, before: Observation | null, change: TargetChange | '',
): TrackingRecord {
  const year = target.year ?? 0;
  const choice = chooseResult(target.kind, year, results, info);
  const shown = choice.result ?? choice.progress?.result ?? choice.otherKind;
  let verdict: Verdict;
  let reasons: Reason[] = [];
  let ratio: number | null = null;
  let difference: number | null = null;
  let tolerance: number | null = null;
  if (shown !== null && shown !== choice.otherKind) {
    const judgement = judge(target, shown, polarity);
    ({ ratio, difference, tolerance } = judgement);
    verdict = judgement.verdict;
    reasons = [...judgement.reasons];
    if (choice.result === null && choice.progress !== null) {
      verdict = 'in_progress';
      reasons = [{ key: /^\d{4}-\d{2}-\d{2}$/.test(choice.progress.when) ? 'pageInYear' : 'partYear', values: { when: choice.progress.when } }];
    }
  } else if (shown !== null) {
    verdict = 'kind_mismatch';
    reasons = [{ key: 'kindMismatch', values: { target: KIND_WORDS[target.kind][lang], result: KIND_WORDS[shown.kind][lang] } }];
  } else {
    verdict = 'no_result';
  }
  const previousResult = choice.result === null ? null : chooseResult(choice.result.kind, year - 1, results.filter((result) => result.kind === choice.result?.kind), info).result;
  return {
    ...regionOf(target),
    indicator: target.indicator,
    year,
    target_kind: target.kind,
    target_comparator: target.comparator ?? '',
    target_tier: target.tier,
    target_value: target.value,
    target_value_high: target.value_high,
    result_kind: shown?.kind ?? '',
    result_comparator: shown?.comparator ?? '',
    result_value: shown?.value ?? null,
    result_value_high: shown?.value_high ?? null,
    unit: target.unit,
    verdict,
    verdict_text: verdictText(verdict, target.tier, reasons, lang),
    ratio,
    difference,
    tolerance,
    result_count: choice.count,
    previous_target: before?.value ?? null,
    target_change: change,
    previous_result: previousResult?.value ?? null,
    result_change: resultChange(previousResult, choice.result),
    target_evidence: target.evidence,
    target_source: target.source,
    result_evidence: shown?.evidence ?? '',
    result_source: shown?.source ?? '',
  };
}

function droppedRow(previous: Observation, year: number, results: readonly Observation[], info: ReadonlyMap<string, DocumentInfo>, lang: Language): TrackingRecord {
  const result = chooseResult(previous.kind, year, results, info).result;
  const previousResult = result === null ? null : chooseResult(result.kind, year - 1, results.filter((candidate) => candidate.kind === result.kind), info).result;
  return {
    ...regionOf(previous),
    indicator: previous.indicator,
    year,
    target_kind: previous.kind,
    target_comparator: '',
    target_tier: '',
    target_value: null,
    target_value_high: null,
    result_kind: result?.kind ?? '',
    result_comparator: result?.comparator ?? '',
    result_value: result?.value ?? null,
    result_value_high: result?.value_high ?? null,
    unit: previous.unit,
    verdict: 'dropped',
    verdict_text: VERDICT_WORDS.dropped[lang],
    ratio: null,
    difference: null,
    tolerance: null,
    result_count: result === null ? 0 : 1,
    previous_target: previous.value,
    target_change: 'dropped',
    previous_result: previousResult?.value ?? null,
    result_change: resultChange(previousResult, result),
    target_evidence: '',
    target_source: '',
    result_evidence: result?.evidence ?? '',
    result_source: result?.source ?? '',
  };
}

function regionOf(observation: Observation): Pick<TrackingRecord, 'region' | 'region_code' | 'region_level'> {
  return { region: observation.region, region_code: observation.region_code, region_level: observation.region_level };
}

function uniqueByKind(targets: readonly Observation[]): Observation[] {
  return targets.filter((target, index) => targets.findIndex((other) => other.kind === target.kind) === index);
}

function targetChange(before: Observation, now: Observation): TargetChange {
  const was = before.value ?? 0;
  const is = now.value ?? 0;
  return is > was ? 'raised' : is < was ? 'lowered' : 'kept';
}

function resultChange(before: Observation | null, now: Observation | null): ResultChange | '' {
  if (before === null || now === null || before.value === null || now.value === null) return '';
  return now.value > before.value ? 'rose' : now.value < before.value ? 'fell' : 'unchanged';
}

/**
 * A verdict in words, in one language: the tier's wording when the target is 确保 or 力争, then
 * the reasons (`未完成确保目标`, `完成：在目标“左右”的±5%范围内`).
 *
 * @example
 * verdictText('not_met', 'ensure', [], 'zh') // → '未完成确保目标'
 * verdictText('met', 'plain', [{ key: 'withinRange' }], 'en') // → 'met: within the target range'
 */
export function verdictText(verdict: Verdict, tier: string, reasons: readonly Reason[], lang: Language): string {
  const tiered = tier === 'ensure' || tier === 'strive' ? TIER_VERDICT_WORDS[tier][verdict] : undefined;
  const head = (tiered ?? VERDICT_WORDS[verdict])[lang];
  if (reasons.length === 0) return head;
  const tail = reasons.map((reason) => fill(TRACKING_REASONS[reason.key], reason.values ?? {}, lang));
  return lang === 'zh' ? `${head}：${tail.join('；')}` : `${head}: ${tail.join('; ')}`;
}

function fill(wording: Wording, values: Readonly<Record<string, string>>, lang: Language): string {
  return wording[lang].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
