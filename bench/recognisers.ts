/**
 * Side by side on the hand-written sentence corpus (test/fixtures/sentences/corpus.json):
 * regionbench's quantity recogniser vs Microsoft Recognizers-Text (Chinese culture).
 *
 * "Correct" means: for each expected figure of the corpus (value in the indicator's canonical
 * unit), the recogniser produced a quantity that converts to that value. Recognizers-Text is
 * credited generously: any of its number, dimension, currency or percentage results counts when
 * its value (converted from its unit where it names one) equals the expected value.
 * Time per sentence is the mean over `ROUNDS` passes after one warm-up pass.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as withUnit from '@microsoft/recognizers-text-number-with-unit';
import * as numbers from '@microsoft/recognizers-text-number';
import { recogniseQuantities } from '../src/quantities/recognise.js';
import { normaliseText } from '../src/ingest/normalise.js';
import { INDICATOR_UNITS, isIndicatorUnit } from '../src/catalogue/indicator-units.js';

interface Expected { indicator: string; kind: string; value?: number; unit?: string }
interface Case { id: string; text: string; expect: Expected[] }

const ROUNDS = 5;
const CULTURE = 'zh-cn';

/** Recognizers-Text unit names → factor to our base unit of the dimension. */
const RT_UNITS: Record<string, number> = {
  Mu: 10000 / 15, Hectare: 1e4, 'Square meter': 1, 'Square kilometer': 1e6, 'Cubic meter': 1, Kilometer: 1e3, Meter: 1,
  Ton: 1, Kilogram: 1e-3, 'Chinese yuan': 1, Kilowatt: 1, Megawatt: 1e3,
};

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 1e-9);
}

function expectedValues(corpus: readonly Case[]): { text: string; value: number; unit: string }[] {
  const out: { text: string; value: number; unit: string }[] = [];
  for (const item of corpus) {
    for (const expected of item.expect) {
      if (expected.kind === 'mentioned' || expected.value === undefined) continue;
      out.push({ text: item.text, value: expected.value, unit: expected.unit ?? '' });
    }
  }
  return out;
}

function oursFound(text: string, value: number, unit: string): boolean {
  const normalised = normaliseText(text).text;
  const factor = isIndicatorUnit(unit) ? INDICATOR_UNITS[unit].fromBase : 1;
  return recogniseQuantities(normalised).some((quantity) => near(quantity.value * factor, value) || near(quantity.number, value));
}

function theirsFound(text: string, value: number, unit: string): boolean {
  const factor = isIndicatorUnit(unit) ? INDICATOR_UNITS[unit].fromBase : 1;
  const results = [
    ...withUnit.recognizeDimension(text, CULTURE),
    ...withUnit.recognizeCurrency(text, CULTURE),
    ...numbers.recognizePercentage(text, CULTURE),
    ...numbers.recognizeNumber(text, CULTURE),
  ];
  return results.some((result) => {
    const resolution = result.resolution as { value?: string; unit?: string } | undefined;
    const raw = Number(String(resolution?.value ?? '').replace('%', ''));
    if (!Number.isFinite(raw)) return false;
    const base = resolution?.unit !== undefined && RT_UNITS[resolution.unit] !== undefined ? raw * (RT_UNITS[resolution.unit] ?? 1) : raw;
    return near(base * factor, value) || near(raw, value);
  });
}

function timePerSentence(texts: readonly string[], run: (text: string) => unknown): number {
  for (const text of texts) run(text);
  const start = performance.now();
  for (let round = 0; round < ROUNDS; round++) for (const text of texts) run(text);
  return ((performance.now() - start) / (ROUNDS * texts.length)) * 1000;
}

export interface RecogniserComparison {
  sentences: number;
  expected_figures: number;
  regionbench: { correct: number; microseconds_per_sentence: number };
  recognizers_text: { correct: number; microseconds_per_sentence: number };
  speedup: number;
}

/** Run the comparison and return its figures. */
export function compareRecognisers(corpusPath = 'test/fixtures/sentences/corpus.json'): RecogniserComparison {
  const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as Case[];
  const figures = expectedValues(corpus);
  const texts = corpus.map((item) => item.text);
  const ours = figures.filter((figure) => oursFound(figure.text, figure.value, figure.unit)).length;
  const theirs = figures.filter((figure) => theirsFound(figure.text, figure.value, figure.unit)).length;
  const oursTime = timePerSentence(texts, (text) => recogniseQuantities(normaliseText(text).text));
  const theirsTime = timePerSentence(texts, (text) => [
    withUnit.recognizeDimension(text, CULTURE), withUnit.recognizeCurrency(text, CULTURE),
    numbers.recognizePercentage(text, CULTURE), numbers.recognizeNumber(text, CULTURE),
  ]);
  return {
    sentences: texts.length,
    expected_figures: figures.length,
    regionbench: { correct: ours, microseconds_per_sentence: Math.round(oursTime) },
    recognizers_text: { correct: theirs, microseconds_per_sentence: Math.round(theirsTime) },
    speedup: Math.round((theirsTime / oursTime) * 10) / 10,
  };
}
