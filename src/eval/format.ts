import type { Agreement, Evaluation } from './types.js';

/** Output formats of an evaluation. */
export const EVAL_FORMATS = ['text', 'json'] as const;
export type EvalFormat = (typeof EVAL_FORMATS)[number];

/**
 * A ratio with three decimals, an exact tie rounded to the even last digit (0.0625 → 0.062), as
 * Python's `format(x, '.3f')` does; JavaScript's `toFixed` would round ties up. Only binary
 * fractions of sixteenths can tie at three decimals.
 *
 * @example
 * fixed3(0.0625) // → '0.062'
 * fixed3(2 / 3)  // → '0.667'
 */
export function fixed3(value: number): string {
  const sixteenths = value * 16;
  if (Number.isInteger(sixteenths) && Math.abs(sixteenths) % 2 === 1) {
    const thousandths = Math.floor(value * 1000);
    return ((thousandths % 2 === 0 ? thousandths : thousandths + 1) / 1000).toFixed(3);
  }
  return value.toFixed(3);
}

const FIELDS = ['kind', 'comparator', 'status', 'region', 'year'] as const;

function agreementText(name: string, agreement: Agreement): string | null {
  return agreement.accuracy === null ? null : `${name} ${fixed3(agreement.accuracy)} (${agreement.correct}/${agreement.total})`;
}

/**
 * An evaluation as text: the per-indicator table (tp, fp, fn, F1), the accuracy of each field
 * on matched pairs with its counts, with `verbose` every miss and extra (tab-separated: MISS or
 * EXTRA, file, indicator, value, evidence) and every field a matched pair gets wrong (DIFF, file,
 * indicator, value, `field: gold → predicted`, evidence), and last the line
 * `F1=<f> P=<p> R=<r> (tp=… fp=… fn=…)`.
 *
 * @example
 * formatEvaluation(evaluation, 'text').split('\n').at(-2)
 * // → 'F1=0.667 P=0.763 R=0.592 (tp=264 fp=82 fn=182)'
 */
export function formatEvaluation(evaluation: Evaluation, format: EvalFormat, options: { verbose?: boolean } = {}): string {
  if (format === 'json') return `${JSON.stringify(evaluationRecord(evaluation, options.verbose === true), null, 2)}\n`;
  const width = Math.max(34, ...evaluation.indicators.map((row) => row.indicator.length));
  const lines = [`${'indicator'.padEnd(width)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'F1'.padStart(6)}`];
  for (const row of evaluation.indicators) {
    const f1 = 2 * row.truePositives + row.falsePositives + row.falseNegatives > 0 ? (2 * row.truePositives) / (2 * row.truePositives + row.falsePositives + row.falseNegatives) : 0;
    lines.push(`${row.indicator.padEnd(width)} ${String(row.truePositives).padStart(4)} ${String(row.falsePositives).padStart(4)} ${String(row.falseNegatives).padStart(4)} ${fixed3(f1).padStart(6)}`);
  }
  if (options.verbose === true) {
    for (const miss of evaluation.misses) lines.push(['MISS', miss.file, miss.indicator, miss.value ?? '', miss.evidence].join('\t'));
    for (const extra of evaluation.extras) lines.push(['EXTRA', extra.file, extra.indicator, extra.value === null || extra.value === undefined ? '' : String(extra.value), extra.evidence].join('\t'));
    for (const pair of evaluation.disagreements) lines.push(['DIFF', pair.file, pair.indicator, pair.value ?? '', `${pair.field}: ${pair.gold} → ${pair.predicted}`, pair.evidence].join('\t'));
  }
  const agreements = FIELDS.map((name) => agreementText(name, evaluation[name])).filter((text): text is string => text !== null);
  if (agreements.length > 0) lines.push(`accuracy on matched rows: ${agreements.join('  ')}`);
  lines.push(`F1=${fixed3(evaluation.f1)} P=${fixed3(evaluation.precision)} R=${fixed3(evaluation.recall)} (tp=${evaluation.truePositives} fp=${evaluation.falsePositives} fn=${evaluation.falseNegatives})`);
  return `${lines.join('\n')}\n`;
}

/** The evaluation as a plain JSON record (snake_case keys, like the CLI's tables). */
function evaluationRecord(evaluation: Evaluation, verbose: boolean): Record<string, unknown> {
  const accuracy = (agreement: Agreement): Record<string, unknown> => ({ accuracy: agreement.accuracy, correct: agreement.correct, total: agreement.total });
  return {
    f1: evaluation.f1,
    precision: evaluation.precision,
    recall: evaluation.recall,
    tp: evaluation.truePositives,
    fp: evaluation.falsePositives,
    fn: evaluation.falseNegatives,
    predictions_counted: evaluation.predictionsCounted,
    ...Object.fromEntries(FIELDS.map((name) => [name, accuracy(evaluation[name])])),
    indicators: evaluation.indicators.map((row) => ({ indicator: row.indicator, tp: row.truePositives, fp: row.falsePositives, fn: row.falseNegatives })),
    ...(verbose ? { misses: evaluation.misses, extras: evaluation.extras, disagreements: evaluation.disagreements } : {}),
  };
}
