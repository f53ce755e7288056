import { UsageError } from '../errors.js';
import { KINDS } from '../catalogue/index.js';
import type { Kind, Status } from '../indicators/index.js';
import { keyword } from '../options.js';
import { errors } from './messages.js';
import { PERS, type Per } from './views.js';

/** Score methods: min-max to 0–100, z-score, percentile rank (0–100). */
export const SCORE_METHODS = ['minmax', 'zscore', 'percentile'] as const;
/** `minmax`, `zscore` or `percentile`. */
export type ScoreMethod = (typeof SCORE_METHODS)[number];

/** Kinds that carry a figure and so can be ranked (`mentioned` cannot). */
export const RANKABLE_KINDS = KINDS.filter((kind): kind is Exclude<Kind, 'mentioned'> => kind !== 'mentioned');
/** Statuses a comparison can be restricted to (`target` plans or `actual` results). */
export const STATUSES = ['target', 'actual'] as const satisfies readonly Status[];
/**
 * How regions of different administrative tiers are ranked: `separate` ranks counties with
 * counties and prefectures with prefectures (each tier its own scores and ranks), `mixed` ranks
 * them all together (flagging `level-mismatch`).
 */
export const LEVEL_MODES = ['separate', 'mixed'] as const;
/** `separate` or `mixed`. */
export type LevelMode = (typeof LEVEL_MODES)[number];
/** Peer groups for `peerGap`: every other region, or only those of the same administrative tier. */
export const PEER_GROUPS = ['all', 'same-level'] as const;
/** `all` or `same-level`. */
export type PeerGroup = (typeof PEER_GROUPS)[number];

/** Options of `compareIndicator` as a caller writes them. */
export interface CompareOptionsInput {
  readonly indicator: string;
  readonly planYear: number;
  /** A rankable kind, or `auto` (default): the kind most regions have a figure of. */
  readonly kind?: string;
  /** Default `target`. */
  readonly status?: string;
  /** Default `none` (as written). */
  readonly per?: string;
  /** Default `minmax`. */
  readonly method?: string;
  /** A denominator further than this many years from the plan year is flagged; default 2. */
  readonly staleYears?: number;
  /** `mixed` (default here; the report and the command line rank `separate`ly): see `LEVEL_MODES`. */
  readonly levels?: string;
}

/** Fully defaulted options of `compareIndicator`. */
export interface CompareOptions {
  readonly indicator: string;
  readonly planYear: number;
  readonly kind: Exclude<Kind, 'mentioned'> | 'auto';
  readonly status: Status;
  readonly per: Per;
  readonly method: ScoreMethod;
  readonly staleYears: number;
  readonly levels: LevelMode;
}

/** Options of `compositeIndex` as a caller writes them. */
export interface CompositeOptionsInput {
  readonly planYear: number;
  /** Indicators to combine; default: the weights' keys, else those with a normalised value for at least `minIndicatorShare` of the regions. */
  readonly indicators?: readonly string[];
  /** Weight per indicator (> 0); unlisted indicators weigh 1. Default: equal weights. */
  readonly weights?: Readonly<Record<string, number>>;
  readonly status?: string;
  readonly per?: string;
  readonly method?: string;
  /** A region needs at least this share of the total weight to get a composite; default 0.5. */
  readonly minCoverage?: number;
  /** Default indicator selection threshold (share of regions with a value); default 0.5. */
  readonly minIndicatorShare?: number;
  readonly staleYears?: number;
  /** Default `mixed`; see `LEVEL_MODES`. */
  readonly levels?: string;
}

/** Fully defaulted options of `compositeIndex`. */
export interface CompositeOptions {
  readonly planYear: number;
  readonly indicators: readonly string[] | 'auto';
  readonly weights: Readonly<Record<string, number>>;
  readonly status: Status;
  readonly per: Per;
  readonly method: ScoreMethod;
  readonly minCoverage: number;
  readonly minIndicatorShare: number;
  readonly staleYears: number;
  readonly levels: LevelMode;
}

/** Options of `rankRobustness` as a caller writes them (composite options plus the scenario grid). */
export interface RobustnessOptionsInput extends CompositeOptionsInput {
  /** Normalisation methods to vary over; default all three. */
  readonly methods?: readonly string[];
  /** Views to vary over; default all four. */
  readonly pers?: readonly string[];
  /** Random weight draws per method and view (besides the unperturbed weights); default 100. */
  readonly draws?: number;
  /** Each weight is multiplied by a uniform factor in [1 − p, 1 + p]; default 0.5 (±50%). */
  readonly perturbation?: number;
  /** Seed of the mulberry32 generator; default 1. */
  readonly seed?: number;
}

/** Fully defaulted options of `rankRobustness`. */
export interface RobustnessOptions extends CompositeOptions {
  readonly methods: readonly ScoreMethod[];
  readonly pers: readonly Per[];
  readonly draws: number;
  readonly perturbation: number;
  readonly seed: number;
}

/** Options of `peerGap` as a caller writes them. */
export interface PeerGapOptionsInput {
  /** Default `all`. */
  readonly peers?: string;
  /** List the peers' names in `peers` (default true); false leaves the list empty (`n_peers` still counts them). */
  readonly listPeers?: boolean;
}

/** Fully defaulted options of `peerGap`. */
export interface PeerGapOptions {
  readonly peers: PeerGroup;
  readonly listPeers: boolean;
}

/** Defaults, stated once. */
export const DEFAULTS = {
  kind: 'auto',
  status: 'target',
  per: 'none',
  method: 'minmax',
  staleYears: 2,
  minCoverage: 0.5,
  minIndicatorShare: 0.5,
  draws: 100,
  perturbation: 0.5,
  seed: 1,
  peers: 'all',
  levels: 'mixed',
} as const;

/**
 * Check and default the options of `compareIndicator`. Enumerations go through `keyword`
 * (`invalid per: weekly`); numbers out of range throw the same way.
 *
 * @example
 * normalizeCompareOptions({ indicator: 'green_building_area', planYear: 2023, per: 'capita' })
 * // → { indicator: 'green_building_area', planYear: 2023, kind: 'auto', status: 'target',
 * //      per: 'capita', method: 'minmax', staleYears: 2, levels: 'mixed' }
 */
export function normalizeCompareOptions(input: CompareOptionsInput): CompareOptions {
  return {
    indicator: checkIndicatorId(input.indicator),
    planYear: checkYear(input.planYear),
    kind: keyword(input.kind ?? DEFAULTS.kind, 'kind', ['auto', ...RANKABLE_KINDS] as const),
    status: keyword(input.status ?? DEFAULTS.status, 'status', STATUSES),
    per: keyword(input.per ?? DEFAULTS.per, 'per', PERS),
    method: keyword(input.method ?? DEFAULTS.method, 'method', SCORE_METHODS),
    staleYears: checkNumber('staleYears', input.staleYears ?? DEFAULTS.staleYears, (n) => Number.isInteger(n) && n >= 0),
    levels: keyword(input.levels ?? DEFAULTS.levels, 'levels', LEVEL_MODES),
  };
}

/**
 * Check and default the options of `compositeIndex`.
 *
 * @example
 * normalizeCompositeOptions({ planYear: 2023, weights: { green_building_area: 2 } })
 * // → { planYear: 2023, indicators: ['green_building_area'], weights: { green_building_area: 2 },
 * //      status: 'target', per: 'none', method: 'minmax', minCoverage: 0.5, minIndicatorShare: 0.5, staleYears: 2,
 * //      levels: 'mixed' }
 */
export function normalizeCompositeOptions(input: CompositeOptionsInput): CompositeOptions {
  const weights = input.weights ?? {};
  for (const [id, weight] of Object.entries(weights)) {
    checkNumber(`weight for ${id}`, weight, (n) => Number.isFinite(n) && n > 0);
  }
  const indicators = input.indicators !== undefined
    ? [...new Set(input.indicators.map(checkIndicatorId))]
    : Object.keys(weights).length > 0 ? Object.keys(weights).sort() : 'auto';
  if (indicators !== 'auto') {
    if (indicators.length === 0) throw new UsageError(errors.noIndicators());
    for (const id of Object.keys(weights)) {
      if (!indicators.includes(id)) throw new UsageError(errors.weightNotInSet(id));
    }
  }
  return {
    planYear: checkYear(input.planYear),
    indicators,
    weights: { ...weights },
    status: keyword(input.status ?? DEFAULTS.status, 'status', STATUSES),
    per: keyword(input.per ?? DEFAULTS.per, 'per', PERS),
    method: keyword(input.method ?? DEFAULTS.method, 'method', SCORE_METHODS),
    minCoverage: checkNumber('minCoverage', input.minCoverage ?? DEFAULTS.minCoverage, (n) => n > 0 && n <= 1),
    minIndicatorShare: checkNumber('minIndicatorShare', input.minIndicatorShare ?? DEFAULTS.minIndicatorShare, (n) => n > 0 && n <= 1),
    staleYears: checkNumber('staleYears', input.staleYears ?? DEFAULTS.staleYears, (n) => Number.isInteger(n) && n >= 0),
    levels: keyword(input.levels ?? DEFAULTS.levels, 'levels', LEVEL_MODES),
  };
}

/**
 * Check and default the options of `rankRobustness`.
 *
 * @example
 * const options = normalizeRobustnessOptions({ planYear: 2023, pers: ['none', 'capita'] });
 * [options.methods, options.pers, options.draws, options.perturbation, options.seed]
 * // → [['minmax', 'zscore', 'percentile'], ['none', 'capita'], 100, 0.5, 1]
 */
export function normalizeRobustnessOptions(input: RobustnessOptionsInput): RobustnessOptions {
  const methods = (input.methods ?? SCORE_METHODS).map((method) => keyword(method, 'method', SCORE_METHODS));
  const pers = (input.pers ?? PERS).map((per) => keyword(per, 'per', PERS));
  if (methods.length === 0) throw new UsageError(errors.invalidOption('methods', '[]'));
  if (pers.length === 0) throw new UsageError(errors.invalidOption('pers', '[]'));
  return {
    ...normalizeCompositeOptions(input),
    methods: [...new Set(methods)],
    pers: [...new Set(pers)],
    draws: checkNumber('draws', input.draws ?? DEFAULTS.draws, (n) => Number.isInteger(n) && n >= 0 && n <= 100_000),
    perturbation: checkNumber('perturbation', input.perturbation ?? DEFAULTS.perturbation, (n) => n >= 0 && n < 1),
    seed: checkNumber('seed', input.seed ?? DEFAULTS.seed, Number.isInteger),
  };
}

/**
 * Check and default the options of `peerGap`.
 *
 * @example
 * normalizePeerGapOptions({}) // → { peers: 'all', listPeers: true }
 */
export function normalizePeerGapOptions(input: PeerGapOptionsInput): PeerGapOptions {
  if (input.listPeers !== undefined && typeof input.listPeers !== 'boolean') throw new UsageError(errors.invalidOption('listPeers', input.listPeers));
  return { peers: keyword(input.peers ?? DEFAULTS.peers, 'peers', PEER_GROUPS), listPeers: input.listPeers ?? true };
}

function checkNumber(name: string, value: unknown, valid: (n: number) => boolean): number {
  if (typeof value !== 'number' || Number.isNaN(value) || !valid(value)) throw new UsageError(errors.invalidOption(name, value));
  return value;
}

function checkYear(value: unknown): number {
  return checkNumber('planYear', value, (n) => Number.isInteger(n) && n >= 1900 && n <= 2100);
}

function checkIndicatorId(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(errors.invalidOption('indicator', value));
  return value;
}
