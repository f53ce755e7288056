import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand as run } from '../helpers/cli.js';
import { fixed3 } from '../../src/eval/format.js';

/**
 * The development set (real pages with gold rows) lives outside the project, in
 * `../shared/dev`: when it is there, `regionbench eval` must give the reference scorer's figures
 * on the same predictions. A clone without it skips this file.
 */
const DEV = join(process.cwd(), '..', 'shared', 'dev');
const GOLD = join(DEV, 'gold.tsv');
const EXCERPTS = join(DEV, 'excerpts');
const SCORER = join(DEV, 'score.py');
const present = existsSync(GOLD) && existsSync(EXCERPTS);
const python = present && existsSync(SCORER) && (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!present) console.log(`eval/dev-set: skipped, no development set at ${DEV}`);
else if (!python) console.log('eval/dev-set: python3 or score.py missing, comparing with the reference scorer skipped');

interface Figures {
  rows: string[];
  accuracies: string;
  summary: string;
  listed: string[];
}

/** What the reference scorer prints: per-indicator counts, the accuracy line, the summary, misses and extras. */
function referenceFigures(prediction: string): Figures {
  const out = execFileSync('python3', [SCORER, '--gold', GOLD, '--inputs', EXCERPTS, '--pred', prediction, '--verbose'], { encoding: 'utf8' });
  const lines = out.trim().split('\n');
  return {
    rows: lines.filter((line) => /^[a-z][a-z0-9_]*\s+\d+\s+\d+\s+\d+$/.test(line)).map((line) => line.split(/\s+/).join(' ')),
    accuracies: lines.find((line) => line.startsWith('kind accuracy')) ?? '',
    summary: lines.at(-1) ?? '',
    listed: lines.filter((line) => /^(MISS|EXTRA)\t/.test(line)).map((line) => line.split('\t').slice(0, 3).join('\t')),
  };
}

interface EvalRecord {
  tp: number; fp: number; fn: number; f1: number; precision: number; recall: number;
  kind: { accuracy: number }; comparator: { accuracy: number }; status: { accuracy: number }; region: { accuracy: number }; year: { accuracy: number };
  indicators: { indicator: string; tp: number; fp: number; fn: number }[];
  misses: { file: string; indicator: string }[];
  extras: { file: string; indicator: string }[];
}

/** Ours in the reference scorer's wording. */
function ourFigures(record: EvalRecord): Figures {
  const accuracy = (name: 'kind' | 'comparator' | 'status' | 'region' | 'year'): string => `${name} accuracy ${fixed3(record[name].accuracy)}`;
  return {
    rows: record.indicators.map((row) => `${row.indicator} ${row.tp} ${row.fp} ${row.fn}`),
    accuracies: (['kind', 'comparator', 'status', 'region', 'year'] as const).map(accuracy).join('  '),
    summary: `F1=${fixed3(record.f1)} P=${fixed3(record.precision)} R=${fixed3(record.recall)} (tp=${record.tp} fp=${record.fp} fn=${record.fn})`,
    listed: [...record.misses.map((miss) => `MISS\t${miss.file}\t${miss.indicator}`), ...record.extras.map((extra) => `EXTRA\t${extra.file}\t${extra.indicator}`)],
  };
}

(present ? describe : describe.skip)('eval on the development set (../shared/dev)', () => {
  const prediction = join(mkdtempSync(join(tmpdir(), 'regionbench-dev-')), 'observations.jsonl');
  let extracted: EvalRecord;

  beforeAll(async () => {
    expect((await run(['extract', EXCERPTS, '--out', prediction])).status).toBeLessThan(2);
    extracted = JSON.parse((await run(['eval', '--gold', GOLD, EXCERPTS, '--format', 'json', '--verbose'])).stdout) as EvalRecord;
  });

  it('scores extracted pages the same as the file extract writes for them', async () => {
    const fromFile = JSON.parse((await run(['eval', '--gold', GOLD, '--pred', prediction, EXCERPTS, '--format', 'json', '--verbose'])).stdout) as EvalRecord;
    expect(fromFile).toEqual(extracted);
  });

  (python ? it : it.skip)('gives the reference scorer’s figures, per indicator, misses and extras included', () => {
    expect(ourFigures(extracted)).toEqual(referenceFigures(prediction));
  });
});
