import { LEVEL_MODES, PERS, type Language, type LevelMode, type Per } from '../compare/index.js';
import { keyword } from '../options.js';
import { REPORT_LANGUAGES } from './labels.js';
import { SOURCE_TEXT_MODES, type SourceTextMode } from './source-text.js';

/** Options of the report as a caller writes them. */
export interface ReportOptionsInput {
  /** The plan year the report covers. */
  readonly planYear: number;
  /** `zh` (default) or `en`. */
  readonly lang?: string;
  /** View of the region pages' percentile strips and peer gaps; default `capita`. */
  readonly regionView?: string;
  /** View of the composite index on the overview; default `capita`. */
  readonly compositeView?: string;
  /** Random weight draws of the robustness check; default 100. */
  readonly draws?: number;
  /** Seed of the robustness check; default 1. */
  readonly seed?: number;
  /** `separate` (default): counties ranked with counties, prefectures apart; `mixed`: all together. */
  readonly levels?: string;
  /** `whole` (default): task pages show each document's whole text; `evidence`: only the tasks that give a figure or a mention (see `sourceTextChoice`). */
  readonly sourceText?: string;
}

/** Fully defaulted report options. */
export interface ReportOptions {
  readonly planYear: number;
  readonly lang: Language;
  readonly regionView: Per;
  readonly compositeView: Per;
  readonly draws: number;
  readonly seed: number;
  readonly levels: LevelMode;
  readonly sourceText: SourceTextMode;
}

/**
 * Defaults, stated once. Per-capita views by default: raw figures mostly rank size.
 *
 * @example
 * REPORT_DEFAULTS.lang // → 'zh'
 */
export const REPORT_DEFAULTS = { lang: 'zh', regionView: 'capita', compositeView: 'capita', draws: 100, seed: 1, levels: 'separate', sourceText: 'whole' } as const;

/**
 * Check and default the report options; enumerations go through `keyword`
 * (`invalid lang: fr`), numbers out of range throw the same way.
 *
 * @example
 * normalizeReportOptions({ planYear: 2023, lang: 'en' })
 * // → { planYear: 2023, lang: 'en', regionView: 'capita', compositeView: 'capita', draws: 100, seed: 1, levels: 'separate', sourceText: 'whole' }
 */
export function normalizeReportOptions(input: ReportOptionsInput): ReportOptions {
  const planYear = input.planYear;
  if (!Number.isInteger(planYear) || planYear < 1900 || planYear > 2100) throw new Error(`invalid planYear: ${String(planYear)}`);
  const draws = input.draws ?? REPORT_DEFAULTS.draws;
  if (!Number.isInteger(draws) || draws < 0 || draws > 100_000) throw new Error(`invalid draws: ${String(draws)}`);
  const seed = input.seed ?? REPORT_DEFAULTS.seed;
  if (!Number.isInteger(seed)) throw new Error(`invalid seed: ${String(seed)}`);
  return {
    planYear,
    lang: keyword(input.lang ?? REPORT_DEFAULTS.lang, 'lang', REPORT_LANGUAGES),
    regionView: keyword(input.regionView ?? REPORT_DEFAULTS.regionView, 'regionView', PERS),
    compositeView: keyword(input.compositeView ?? REPORT_DEFAULTS.compositeView, 'compositeView', PERS),
    draws,
    seed,
    levels: keyword(input.levels ?? REPORT_DEFAULTS.levels, 'levels', LEVEL_MODES),
    sourceText: keyword(input.sourceText ?? REPORT_DEFAULTS.sourceText, 'sourceText', SOURCE_TEXT_MODES),
  };
}
