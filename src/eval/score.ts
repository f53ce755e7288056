import type { Agreement, Disagreement, Evaluation, Extra, GoldRow, IndicatorScore, Miss, Prediction, ScoreOptions } from './types.js';

/** Relative tolerance of a value match: 1e-3 of the larger magnitude. */
export const VALUE_TOLERANCE = 1e-3;

/**
 * Administrative suffixes dropped before regions are compared (深圳市 = 深圳), longest first
 * where one ends another (地区 before 区): 特别行政区 SAR, 自治州/县/旗 autonomous prefecture,
 * county, banner, 地区 prefecture, 省 province, 市 city, 县 county, 区 district, 旗 banner,
 * 盟 league, 州 prefecture. Only one is dropped, and never the whole rest of a two-character name
 * (东区 stays 东区).
 */
export const REGION_SUFFIXES = ['特别行政区', '自治州', '自治县', '自治旗', '地区', '省', '市', '县', '区', '旗', '盟', '州'] as const;

/**
 * A number from a cell as a spreadsheet or Python would read it: numbers as they are, strings
 * holding a decimal number (spaces around, `1e3`, `1_000`, `nan`, `inf` allowed), true/false as
 * 1/0; null for empty cells, `NA` and anything else.
 *
 * @example
 * numberOf(' 6.5 ') // → 6.5
 * numberOf('NA')    // → null
 */
export function numberOf(cell: unknown): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (text === '' || text === 'NA') return null;
  if (/^[+-]?(nan)$/i.test(text)) return Number.NaN;
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (!/^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/i.test(text)) return null;
  return Number(text.replace(/_/g, ''));
}

/**
 * Whether two values agree within the relative tolerance (never when either is missing).
 *
 * @example
 * sameValue(50678, 50678.04) // → true
 * sameValue(0.5, null)       // → false
 */
export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return false;
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

/** The last segment of a path (`/` separated), as text. */
function basename(source: unknown): string {
  const path = textOf(source);
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Whether a prediction's source is a gold row's file: the same basename, or a basename that
 * starts with the gold key and then `_` or `.` (`a001` names `a001_notice.txt`).
 *
 * @example
 * sameFile('a001', 'pages/a001_notice.txt') // → true
 * sameFile('a001', 'pages/a0010.txt')       // → false
 */
export function sameFile(goldKey: string, source: unknown): boolean {
  const base = basename(source);
  return base === goldKey || base.startsWith(`${goldKey}_`) || base.startsWith(`${goldKey}.`);
}

/**
 * A region name without its administrative suffix (see `REGION_SUFFIXES`).
 *
 * @example
 * regionCore('深圳市')          // → '深圳'
 * regionCore('广西壮族自治区')  // → '广西壮族自治'
 */
export function regionCore(name: unknown): string {
  const text = textOf(name).trim();
  for (const suffix of REGION_SUFFIXES) {
    if (text.endsWith(suffix) && text.length > suffix.length + 1) return text.slice(0, -suffix.length);
  }
  return text;
}

/** Whether two region names agree once a suffix is dropped; an empty name agrees with nothing. */
export function sameRegion(gold: unknown, predicted: unknown): boolean {
  const core = regionCore(gold);
  return core !== '' && core === regionCore(predicted);
}

/** A cell as text; empty for missing, false and zero cells (so year 0 or null reads as ''). */
function textOf(cell: unknown): string {
  if (cell === null || cell === undefined || cell === false || cell === 0 || cell === '') return '';
  if (cell === true) return 'True';
  return String(cell);
}

/** A prediction's field, null when absent. */
function field(prediction: Prediction, name: string): unknown {
  return prediction[name] ?? null;
}

function agreement(correct: number, total: number): Agreement {
  return { correct, total, accuracy: total > 0 ? correct / total : null };
}

/**
 * Score predicted observations against gold rows. Pure.
 *
 * Which predictions count: those whose indicator appears in the gold (after `indicators`
 * narrows both) and whose source is a file of the gold or of `inputs`; the others are not
 * judged (an indicator nobody labelled cannot be wrong). Matching goes through the gold rows in
 * order, each taking the first unused counted prediction of the same file and indicator whose
 * value agrees within `VALUE_TOLERANCE` — a gold row of kind `mentioned` takes one with no value
 * or of kind `mentioned` instead; a gold row with no readable value matches nothing. Each
 * prediction matches at most once. Unmatched gold rows are misses (false negatives), unmatched
 * counted predictions extras (false positives).
 *
 * On matched pairs: kind agrees when equal; comparator when equal or the gold row is a mention;
 * status, region (compared by `sameRegion`) and year (as text) count only where the gold row
 * fills them in. Each disagreement of a matched pair is listed in `disagreements`.
 *
 * @example
 * scoreObservations(
 *   [{ file: 'a.txt', indicator: 'gdp_growth', kind: 'growth', value: '6', status: 'actual', year: '2023', … }],
 *   [{ source: 'docs/a.txt', indicator: 'gdp_growth', kind: 'growth', value: 6, status: 'target', year: 2023 }],
 * )
 * // → { truePositives: 1, falsePositives: 0, falseNegatives: 0, f1: 1, status: { correct: 0, total: 1, accuracy: 0 }, … }
 */
export function scoreObservations(gold: readonly GoldRow[], predictions: readonly Prediction[], options: ScoreOptions = {}): Evaluation {
  const only = options.indicators && options.indicators.length > 0 ? new Set(options.indicators) : null;
  const scoredGold = only ? gold.filter((row) => only.has(row.indicator)) : [...gold];
  const known = new Set(scoredGold.map((row) => row.indicator));
  const files = new Set(scoredGold.map((row) => row.file));
  for (const input of options.inputs ?? []) if (!input.endsWith('.tsv')) files.add(input);
  const fileKeys = [...files];
  const counted = predictions.filter((prediction) => {
    const indicator = field(prediction, 'indicator');
    return typeof indicator === 'string' && known.has(indicator) && fileKeys.some((key) => sameFile(key, field(prediction, 'source')));
  });
  const values = counted.map((prediction) => numberOf(field(prediction, 'value')));

  const used = new Set<number>();
  const perIndicator = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (indicator: string): { tp: number; fp: number; fn: number } => {
    let entry = perIndicator.get(indicator);
    if (!entry) perIndicator.set(indicator, (entry = { tp: 0, fp: 0, fn: 0 }));
    return entry;
  };
  const misses: Miss[] = [];
  const disagreements: Disagreement[] = [];
  let matched = 0;
  let kindOk = 0;
  let comparatorOk = 0;
  const status = { ok: 0, n: 0 };
  const region = { ok: 0, n: 0 };
  const year = { ok: 0, n: 0 };
  for (const row of scoredGold) {
    const goldValue = numberOf(row.value);
    const mentioned = row.kind === 'mentioned';
    let hit = -1;
    for (let i = 0; i < counted.length; i += 1) {
      const prediction = counted[i] as Prediction;
      if (used.has(i) || field(prediction, 'indicator') !== row.indicator || !sameFile(row.file, field(prediction, 'source'))) continue;
      const value = values[i] ?? null;
      if (mentioned ? value === null || field(prediction, 'kind') === 'mentioned' : sameValue(goldValue, value)) {
        hit = i;
        break;
      }
    }
    if (hit < 0) {
      tally(row.indicator).fn += 1;
      misses.push({ file: row.file, indicator: row.indicator, value: row.value, evidence: row.evidence ?? '' });
      continue;
    }
    used.add(hit);
    tally(row.indicator).tp += 1;
    matched += 1;
    const prediction = counted[hit] as Prediction;
    const disagree = (name: Disagreement['field'], gold: string | null): void => {
      disagreements.push({ file: row.file, indicator: row.indicator, value: row.value, field: name, gold: gold ?? '', predicted: textOf(field(prediction, name)), evidence: row.evidence ?? '' });
    };
    if (field(prediction, 'kind') === row.kind) kindOk += 1;
    else disagree('kind', row.kind);
    if (mentioned || field(prediction, 'comparator') === row.comparator) comparatorOk += 1;
    else disagree('comparator', row.comparator);
    if (row.status) {
      status.n += 1;
      if (field(prediction, 'status') === row.status) status.ok += 1;
      else disagree('status', row.status);
    }
    if ((row.region ?? '').trim() !== '') {
      region.n += 1;
      if (sameRegion(row.region, field(prediction, 'region'))) region.ok += 1;
      else disagree('region', row.region);
    }
    if ((row.year ?? '').trim() !== '') {
      year.n += 1;
      if (textOf(field(prediction, 'year')) === (row.year ?? '').trim()) year.ok += 1;
      else disagree('year', row.year);
    }
  }
  const extras: Extra[] = [];
  counted.forEach((prediction, i) => {
    if (used.has(i)) return;
    const indicator = field(prediction, 'indicator') as string;
    tally(indicator).fp += 1;
    extras.push({ file: basename(field(prediction, 'source')), indicator, value: field(prediction, 'value'), evidence: [...textOf(field(prediction, 'evidence'))].slice(0, 60).join('') });
  });
  const indicators: IndicatorScore[] = [...perIndicator.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([indicator, { tp, fp, fn }]) => ({ indicator, truePositives: tp, falsePositives: fp, falseNegatives: fn }));
  const truePositives = matched;
  const falsePositives = extras.length;
  const falseNegatives = misses.length;
  const precision = truePositives + falsePositives > 0 ? truePositives / (truePositives + falsePositives) : 0;
  const recall = truePositives + falseNegatives > 0 ? truePositives / (truePositives + falseNegatives) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    truePositives, falsePositives, falseNegatives, precision, recall, f1,
    kind: agreement(kindOk, matched), comparator: agreement(comparatorOk, matched),
    status: agreement(status.ok, status.n), region: agreement(region.ok, region.n), year: agreement(year.ok, year.n),
    indicators, misses, extras, disagreements, predictionsCounted: counted.length,
  };
}
