/**
 * The worst inputs the adversarial run of issue 18 found, at three sizes each, every one
 * extracted in a fresh process (bench/worst-child.ts) for its time and peak memory:
 *
 * - a run-on line: task sentences joined with `，` and no full stop (was quadratic output:
 *   every figure repeated the whole line as its evidence);
 * - a large HTML page: the seeds' paragraphs repeated (was quadratic in sections × units);
 * - a large `--catalogue` of made-up indicators over the seeds (was quadratic in grouping).
 *
 * `growth` is the time at the largest size over the time at the smallest, against the size
 * ratio: about equal for linear work, its square for quadratic.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorstMeasurement } from './worst-child.js';

export interface WorstCase {
  readonly case: string;
  /** What the size counts (MB of input, indicators). */
  readonly unit: string;
  readonly sizes: readonly { readonly size: number; readonly measured: WorstMeasurement }[];
  /** Largest size over smallest. */
  readonly size_ratio: number;
  /** Time at the largest size over time at the smallest. */
  readonly time_ratio: number;
  /** Peak memory above the process's baseline, largest over smallest. */
  readonly memory_ratio: number;
}

/** Clauses of plan sentences, in our own words, each with a figure. */
const CLAUSES = ['力争全年新建5G基站100个以上', '新增绿色建筑60万平方米', '全市用水总量控制在12.24亿立方米以内', '新增高新技术企业20家', '培育专精特新企业15家', '完成造林绿化3000亩'];

function runOnLine(folder: string, megabytes: number): void {
  const clauses: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const clause = CLAUSES[i % CLAUSES.length] as string;
    clauses.push(clause);
    bytes += Buffer.byteLength(clause) + 3;
  }
  writeFileSync(join(folder, 'run-on.txt'), `某区关于印发重点工作任务的通知\n${clauses.join('，')}\n`);
}

function largeHtml(folder: string, megabytes: number): void {
  const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join('seeds', name), 'utf8')).join('\n');
  const paragraphs = `${seeds.split('\n').map((line) => `<p style="text-indent:2em">${line}</p>`).join('\n')}\n`;
  const body = paragraphs.repeat(Math.ceil((megabytes * 1e6) / Buffer.byteLength(paragraphs)));
  writeFileSync(join(folder, 'large.html'), `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body><div class="article">${body}</div></body></html>`);
}

/** Made-up indicator names from a small alphabet: distinct words that never occur in the seeds. */
function word(index: number): string {
  const alphabet = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  let text = '';
  let rest = index;
  do {
    text += alphabet[rest % alphabet.length];
    rest = Math.floor(rest / alphabet.length);
  } while (rest > 0);
  return `${text}类指标`;
}

function largeCatalogue(folder: string, indicators: number): string {
  for (const name of readdirSync('seeds').filter((entry) => entry.endsWith('.txt'))) copyFileSync(join('seeds', name), join(folder, name));
  const rows = Array.from({ length: indicators }, (_, i) => ({
    id: `made_up_${i}`, name_zh: word(i), name_en: `Made-up ${i}`, unit: 'firm', unit_zh: '家', dimension: 'count',
    kinds: ['increment', 'mentioned'], polarity: 'higher_is_better', cues: { all: [[word(i)]] }, classifiers: ['家'],
  }));
  const file = join(folder, '..', `catalogue-${indicators}.json`);
  writeFileSync(file, JSON.stringify(rows));
  return file;
}

function measure(folder: string, catalogue?: string): WorstMeasurement {
  const args = ['--import', 'tsx', 'bench/worst-child.ts', folder, ...(catalogue ? ['--catalogue', catalogue] : [])];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 600_000, maxBuffer: 2 ** 24 });
  if (child.status !== 0) throw new Error(`worst-child failed (${child.status ?? child.signal}): ${child.stderr.slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as WorstMeasurement;
}

function summarise(name: string, unit: string, sizes: WorstCase['sizes']): WorstCase {
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const round = (value: number): number => Math.round(value * 100) / 100;
  const above = (m: WorstMeasurement): number => Math.max(1, m.peak_rss_mb - m.baseline_rss_mb);
  return {
    case: name, unit, sizes,
    size_ratio: first && last ? round(last.size / first.size) : 0,
    time_ratio: first && last ? round(last.measured.ms / Math.max(1, first.measured.ms)) : 0,
    memory_ratio: first && last ? round(above(last.measured) / above(first.measured)) : 0,
  };
}

/** Measure every worst case at its three sizes, in folders under `root`. */
export function worstInputs(root: string, log: (message: string) => void): WorstCase[] {
  const cases: WorstCase[] = [];
  const run = (name: string, unit: string, sizes: readonly number[], make: (folder: string, size: number) => string | void): void => {
    const measured = sizes.map((size) => {
      const folder = join(root, `${name.replace(/\W+/g, '-')}-${size}`, 'input');
      mkdirSync(folder, { recursive: true });
      const catalogue = make(folder, size);
      const result = measure(folder, catalogue ?? undefined);
      log(`${name} at ${size} ${unit}: ${result.ms} ms, peak RSS ${result.peak_rss_mb} MB, output ${result.output_mb} MB`);
      return { size, measured: result };
    });
    cases.push(summarise(name, unit, measured));
  };
  run('run-on line', 'MB', [0.2, 0.4, 0.8], runOnLine);
  run('large HTML', 'MB', [7.5, 15, 30], largeHtml);
  run('large catalogue', 'indicators', [5000, 10000, 20000], largeCatalogue);
  return cases;
}
