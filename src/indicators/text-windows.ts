/** Half-open span [start, end) of a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A set of break characters, one flag per UTF-16 unit. */
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
    if (i > start) spans.push({ start, end: i });
    start = i + 1;
  }
  if (to > start) spans.push({ start, end: to });
  return spans;
}

/** Sentences of a text. */
export function sentencesOf(text: string): readonly Span[] {
  // the figures, the mentions and the quantity records of a unit ask in turn
  if (lastSentences !== null && lastSentences.text === text) return lastSentences.spans;
  const spans = splitSpans(text, 0, text.length, SENTENCE_END);
  lastSentences = { text, spans };
  return spans;
}

let lastSentences: { readonly text: string; readonly spans: readonly Span[] } | null = null;

/** Clauses of one sentence, commas being clause breaks unless inside brackets or quotes. */
export function clausesOf(text: string, sentence: Span): Span[] {
  const spans = splitSpans(text, sentence.start, sentence.end, CLAUSE_BREAK);
  // rejoin clauses split inside () or “” (`各镇(街道,园区)`)
  const joined: Span[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && unbalanced(text, previous.start, previous.end)) {
      joined[joined.length - 1] = { start: previous.start, end: span.end };
    } else joined.push(span);
  }
  return joined;
}

/** More brackets or quotes opened than closed in a span (counted by code: a pattern per count allocated a list of matches). */
function unbalanced(text: string, from: number, to: number): boolean {
  let brackets = 0;
  let quotes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28 || code === 0xff08) brackets++;
    else if (code === 0x29 || code === 0xff09) brackets--;
    else if (code === 0x201c) quotes++;
    else if (code === 0x201d) quotes--;
  }
  return brackets > 0 || quotes > 0;
}

/** The span that contains an offset, or undefined. */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  // spans are sorted and disjoint: binary search
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as Span;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}
