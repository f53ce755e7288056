import type { IndicatorDef } from '../catalogue/index.js';
import { INDICATOR_UNITS, isIndicatorUnit } from '../catalogue/index.js';
import type { Quantity } from '../quantities/index.js';
import { blankedOut } from '../patterns.js';

/** Where an indicator's cues were found in a window of text. */
export interface CueMatch {
  /** Offset (in the window) just after the cue nearest the window's end. */
  readonly lastEnd: number;
  /** Offset of the cue nearest the window's start. */
  readonly firstStart: number;
  /** Total length of the matched cue words: longer cues are more specific. */
  readonly length: number;
  /** Only a word naming a wider whole matched (营造林 for 造林: `cues.wider`). */
  readonly wider: boolean;
}

/**
 * Whether every cue group of an indicator appears in a text, and none of its `none` words.
 *
 * @example
 * matchCues(fivegNew, '力争全年建成5G基站') // → { lastEnd: 11, firstStart: 6, length: 4, wider: false }
 */
export function matchCues(indicator: IndicatorDef, text: string): CueMatch | null {
  let lastEnd = -1;
  let firstStart = Number.POSITIVE_INFINITY;
  let length = 0;
  for (const group of indicator.cues.all) {
    let best: { start: number; end: number; length: number } | null = null;
    for (const word of group) {
      const at = text.lastIndexOf(word);
      if (at < 0) continue;
      if (!best || at + word.length > best.end || (at + word.length === best.end && word.length > best.length)) {
        best = { start: at, end: at + word.length, length: word.length };
      }
    }
    if (!best) return null;
    lastEnd = Math.max(lastEnd, best.end);
    firstStart = Math.min(firstStart, best.start);
    length += best.length;
  }
  // the `none` words last: most indicators already failed on their first cue group
  if (indicator.cues.none.some((word) => text.includes(word))) return null;
  // matched only inside a word naming a wider whole (完成营造林5万亩 for 造林): the cues no longer all
  // match once those words are blanked out
  const wider = indicator.cues.wider.length > 0 && indicator.cues.wider.some((word) => text.includes(word))
    && !indicator.cues.all.every((group) => group.some((word) => blankedOut(text, indicator.cues.wider).includes(word)));
  return { lastEnd, firstStart, length, wider };
}

/** The classifier as written, without a scale word (`万人` → `人`). */
function bareClassifier(unitText: string): string {
  return unitText.replace(/^[万亿千百十]+/, '');
}

/**
 * Whether a quantity can measure an indicator: same dimension (area for 亩 indicators, count
 * with an allowed classifier for 家/个 indicators), or a percent / percentage-point change for an
 * indicator that admits growth.
 */
export function fitsIndicator(quantity: Quantity, indicator: IndicatorDef): boolean {
  if (!isIndicatorUnit(indicator.unit)) return false;
  const dimension = INDICATOR_UNITS[indicator.unit].dimension;
  if (quantity.dimension === 'percent_point') return indicator.kinds.includes('growth') || dimension === 'percent';
  if (quantity.dimension === 'percent') return dimension === 'percent' || indicator.kinds.includes('growth');
  if (quantity.dimension !== dimension) return false;
  if (dimension === 'count' && indicator.classifiers.length > 0) {
    return indicator.classifiers.includes(bareClassifier(quantity.unitText)) || indicator.classifiers.includes(quantity.unitText);
  }
  return true;
}
