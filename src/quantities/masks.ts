/**
 * Spans of text whose figures are never quantities: document titles in 《》 and short quoted
 * slogans (“十四五”, “1+3+4+N”, “八抓20条”). Computed once per text in linear time.
 */
import { NOT_QUANTITY_CONTEXT } from '../catalogue/units.js';

type Pair = readonly [string, string];

const titlePairs: readonly Pair[] = NOT_QUANTITY_CONTEXT.titlePairs;
const quotePairs: readonly Pair[] = NOT_QUANTITY_CONTEXT.quotePairs;
const titleOpen = new Set(titlePairs.map(([open]) => open));
const titleClose = new Set(titlePairs.map(([, close]) => close));
/** Directional quotes: opening mark → closing mark. */
const quoteClose = new Map(quotePairs.filter(([open, close]) => open !== close));
/** Symmetric quotes (") pair up in order within a line. */
const symmetricQuotes = new Set(quotePairs.filter(([open, close]) => open === close).map(([open]) => open));
/** Character codes worth a closer look; everything else is skipped in one array read. */
const markCodes = new Uint8Array(0x10000);
for (const ch of ['\n', '\r', ...titleOpen, ...titleClose, ...quoteClose.keys(), ...symmetricQuotes]) {
  markCodes[ch.charCodeAt(0)] = 1;
}

/**
 * Mark every offset inside a title (《…》, on one line, nesting allowed) or inside a quoted
 * phrase of at most `NOT_QUANTITY_CONTEXT.sloganMaxLength` characters. Quote marks and title
 * marks themselves are marked too. Unclosed marks mark nothing.
 *
 * @example
 * Array.from(maskedOffsets('建成“5+3”体系')) // [0, 0, 1, 1, 1, 1, 1, 0, 0]
 */
export function maskedOffsets(text: string): Uint8Array {
  const n = text.length;
  const depth = new Int32Array(n + 1);
  const mark = (from: number, to: number): void => {
    depth[from] = (depth[from] ?? 0) + 1;
    depth[to + 1] = (depth[to + 1] ?? 0) - 1;
  };

  const maxInside = NOT_QUANTITY_CONTEXT.sloganMaxLength;
  const openTitles: number[] = [];
  const openSymmetric = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    if (markCodes[text.charCodeAt(i)] !== 1) continue;
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') {
      openTitles.length = 0;
      openSymmetric.clear();
      continue;
    }
    if (titleOpen.has(ch)) openTitles.push(i);
    else if (titleClose.has(ch)) {
      const open = openTitles.pop();
      if (open !== undefined) mark(open, i);
    }
    const close = quoteClose.get(ch);
    if (close !== undefined) {
      for (let j = i + 1; j <= i + maxInside + 1 && j < n; j += 1) {
        const next = text.charAt(j);
        if (next === close) {
          mark(i, j);
          break;
        }
        if (next === ch || next === '\n' || next === '\r') break;
      }
    } else if (symmetricQuotes.has(ch)) {
      const openedAt = openSymmetric.get(ch);
      if (openedAt === undefined) openSymmetric.set(ch, i);
      else {
        if (i - openedAt - 1 <= maxInside) mark(openedAt, i);
        openSymmetric.delete(ch);
      }
    }
  }

  const masked = new Uint8Array(n);
  let running = 0;
  for (let i = 0; i < n; i += 1) {
    running += depth[i] ?? 0;
    masked[i] = running > 0 ? 1 : 0;
  }
  return masked;
}
