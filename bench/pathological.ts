/**
 * Pathological inputs must not blow up time: a 1 MB line, 100,000 digits in a row, deeply
 * nested and unclosed HTML. Each case runs the real stage (and, for text, the whole
 * read → normalise → parse → extract path) and reports milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { htmlToText } from '../src/ingest/html.js';
import { readDocument } from '../src/ingest/read-document.js';
import { parseDocument } from '../src/parse/parse-document.js';
import { recogniseQuantities } from '../src/quantities/recognise.js';
import { documentUnits, observeDocument } from '../src/indicators/observe-document.js';
import { DEFAULT_CATALOGUE } from '../src/catalogue/catalogue.js';

export interface PathologicalCase {
  readonly case: string;
  readonly bytes: number;
  readonly milliseconds: number;
}

async function timed(name: string, bytes: number, run: () => unknown): Promise<PathologicalCase> {
  const start = performance.now();
  await run();
  return { case: name, bytes, milliseconds: Math.round(performance.now() - start) };
}

async function wholePath(text: string): Promise<void> {
  const outcome = await readDocument('bench.txt', 'txt', new TextEncoder().encode(text));
  if (!outcome.ok) return;
  const parsed = parseDocument(outcome.document);
  const units = documentUnits(parsed);
  observeDocument(parsed, units, (unit) => recogniseQuantities(unit.text), DEFAULT_CATALOGUE);
}

/** Run every pathological case once and return the timings. */
export async function pathologicalCases(): Promise<PathologicalCase[]> {
  const sentence = '力争全年建成5G基站100个以上,新增绿色建筑25万平方米,用水总量控制在12.24亿立方米以内,';
  const oneMegabyteLine = sentence.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(sentence))).slice(0, 400_000);
  const digits = '1'.repeat(100_000);
  const nested = `${'<div>'.repeat(100_000)}1.新建基站100个。${'</div>'.repeat(100_000)}`;
  const unclosed = `${'<div><p><span>'.repeat(30_000)}1.新建基站100个。`;
  const task = '1.完善设施。' + sentence.repeat(20_000) + '(责任单位:区工信局)';
  return [
    await timed('recogniser: 1 MB line of plan sentences', Buffer.byteLength(oneMegabyteLine), () => recogniseQuantities(oneMegabyteLine)),
    await timed('recogniser: 100,000 digits in a row', digits.length, () => recogniseQuantities(digits)),
    await timed('whole path: one 1 MB line', Buffer.byteLength(oneMegabyteLine), () => wholePath(oneMegabyteLine)),
    await timed('whole path: 100,000 digits', digits.length, () => wholePath(digits)),
    await timed('whole path: one task of 1 MB', Buffer.byteLength(task), () => wholePath(task)),
    await timed('html: 100,000 nested <div>', nested.length, () => htmlToText(nested)),
    await timed('html: 90,000 unclosed tags', unclosed.length, () => htmlToText(unclosed)),
  ];
}
