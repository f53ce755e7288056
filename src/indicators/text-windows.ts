/** Half-open span [start, end) of a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A set of break characters, one flag per UTF-16 unit (64 KB each). It pays: every character of
 * every unit is tested against it. Session 8's A/B against a `Set` of codes, on bench's 3,000
 * documents (`node dist/cli/main.js extract /tmp/corp3000 --workers 0`, alternated, user s):
 * flags 9.03 9.54 9.86 9.68, Set 10.17 9.80 10.09 9.88 (+4.8 %, every pair the same way).
 */
function breakSet(characters: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < characters.length; i++) set[characters.charCodeAt(i)] = 1;
  return set;
}

/** Sentence ends: 。；;！!？? and line breaks. */
const SENTENCE_END = breakSet('。；;！!？?\n');
/** Clause breaks inside a sentence: commas (after normalisation only the half-width one remains) and colons. */
const CLAUSE_BREAK = breakSet(',，:：');

/**
 * Split a text into spans at break characters (the character ends the span before it).
 * Empty spans are dropped.
 */
function splitSpans(text: string, from: number, to: number, breaks: Uint8Array): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (breaks[text.charCodeAt(i)] !== 1) continue;
    // a thousands separator (200,000) or a time of day (9:30) breaks nothing
    if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x3a)) continue;
    if (i > start) spans.push({ start, end: i });
    start = i + 1;
  }
  if (to > start) spans.push({ start, end: to });
  return spans;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Sentences of a text. */
export function sentencesOf(text: string): readonly Span[] {
  // (a unit's are found once for all who ask: see `unitWindows`)
  return splitSpans(text, 0, text.length, SENTENCE_END);
}

/**
 * Clauses of one sentence, commas being clause breaks unless inside brackets or quotes.
 *
 * One pass: a piece between breaks joins the clause before it while that clause has a bracket
 * or a quote still open (`各镇(街道,园区)`); the balance is the clause's own, so a bracket never
 * closed costs one pass, not one per clause. (The same clauses as splitting at every break and
 * rejoining after, without the list of pieces in between: over the 192,647 sentences bench's
 * 3,000 documents ask it for, one process per build, alternated, the first pass took 288 315 291
 * ms before and 255 226 273 after, later passes about 170 and 135.)
 */
export function clausesOf(text: string, sentence: Span): Span[] {
  const joined: Span[] = [];
  // the piece being read (-1: between pieces), and the open brackets and quotes of the clause it joins
  let pieceStart = -1;
  let brackets = 0;
  let quotes = 0;
  let joins = false;
  for (let i = sentence.start; i < sentence.end; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_BREAK[code] === 1 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && (code === 0x2c || code === 0x3a))) {
      if (pieceStart >= 0) close(joined, pieceStart, i, joins);
      pieceStart = -1;
      continue;
    }
    if (pieceStart < 0) {
      // a new piece: it joins the clause before when that one has a bracket or a quote open
      pieceStart = i;
      joins = joined.length > 0 && (brackets > 0 || quotes > 0);
      if (!joins) {
        brackets = 0;
        quotes = 0;
      }
    }
    if (code === 0x28 || code === 0xff08) brackets++;
    else if (code === 0x29 || code === 0xff09) brackets--;
    else if (code === 0x201c) quotes++;
    else if (code === 0x201d) quotes--;
  }
  if (pieceStart >= 0) close(joined, pieceStart, sentence.end, joins);
  return joined;
}

/** Ends a piece of a clause: a clause of its own, or the end of the clause before it. */
function close(joined: Span[], start: number, end: number, joins: boolean): void {
  if (joins) joined[joined.length - 1] = { start: (joined[joined.length - 1] as Span).start, end };
  else joined.push({ start, end });
}

/**
 * A unit's sentences, and each sentence's clauses found on first asking: the quantities table
 * and the reading of figures ask for the same ones (every sentence with a figure), and each is
 * found once for both.
 */
export interface UnitWindows {
  readonly sentences: readonly Span[];
  /** The clauses of one of `sentences` (`clausesOf`). */
  readonly clausesOf: (sentence: Span) => Span[];
}

/**
 * The windows of a unit's text (see `UnitWindows`).
 *
 * @example
 * unitWindows('新建基站100个,改造小区10个。').sentences // → [{ start: 0, end: 16 }]
 * unitWindows('新建基站100个,改造小区10个。').clausesOf({ start: 0, end: 16 }) // → [{ start: 0, end: 8 }, { start: 9, end: 16 }]
 */
export function unitWindows(text: string): UnitWindows {
  const sentences = sentencesOf(text);
  const found = new Map<Span, Span[]>();
  return {
    sentences,
    clausesOf: (sentence) => {
      let clauses = found.get(sentence);
      if (clauses === undefined) {
        clauses = clausesOf(text, sentence);
        found.set(sentence, clauses);
      }
      return clauses;
    },
  };
}

/**
 * Most UTF-16 units a figure's evidence (and a quantity's sentence) holds. Real clauses and
 * sentences are far shorter (the seeds' longest sentence has 163); the cap keeps the output of
 * a run-on line without full stops linear in its length instead of repeating the whole line
 * for every figure in it.
 */
export const EVIDENCE_MAX = 300;

/**
 * A stretch of at most `cap` units of `outer` around a figure, three quarters of the room
 * before it (the words that name a figure mostly come first). The figure itself is always
 * inside; `outer` when it fits.
 *
 * @example
 * windowAround({ start: 0, end: 1000 }, { start: 500, end: 506 }, 300) // → { start: 280, end: 580 }
 */
export function windowAround(outer: Span, figure: Span, cap: number = EVIDENCE_MAX): Span {
  if (outer.end - outer.start <= cap) return outer;
  const room = cap - (figure.end - figure.start);
  if (room <= 0) return figure;
  let start = Math.max(outer.start, figure.start - Math.floor((room * 3) / 4));
  const end = Math.min(outer.end, start + cap);
  start = Math.max(outer.start, Math.min(start, end - cap));
  return { start, end };
}

/**
 * The evidence for a figure within `reach` (its clause, or the sentence when the words naming
 * it stand in an earlier clause): its clause, widened by whole clauses of `reach` — first
 * those before it, then those after — while the whole stays within `cap` units. A clause
 * longer than `cap` on its own gives a window around the figure (`windowAround`).
 *
 * @example
 * const text = '新建基站100个,其中农村20个';
 * boundedEvidence(text, clausesOf(text, { start: 0, end: 16 }), { start: 0, end: 16 }, { start: 13, end: 16 })
 * // → { start: 0, end: 16 } (the whole sentence fits)
 */
export function boundedEvidence(text: string, clauses: readonly Span[], reach: Span, figure: Span, cap: number = EVIDENCE_MAX): Span {
  const at = indexAt(clauses, figure.start);
  const clause = at < 0 ? reach : (clauses[at] as Span);
  if (clause.end - clause.start > cap || at < 0) return windowAround(clause, figure, cap);
  let start = clause.start;
  let end = clause.end;
  for (let i = at - 1; i >= 0; i--) {
    const before = clauses[i] as Span;
    if (before.start < reach.start || end - before.start > cap) break;
    start = before.start;
  }
  for (let i = at + 1; i < clauses.length; i++) {
    const after = clauses[i] as Span;
    if (after.end > reach.end || after.end - start > cap) break;
    end = after.end;
  }
  return { start, end };
}

/** The span that contains an offset, or undefined. */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  const at = indexAt(spans, offset);
  return at < 0 ? undefined : spans[at];
}

/** The index of the span that contains an offset, or -1 (spans are sorted and disjoint: binary search). */
function indexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as Span;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
