import { fixed3, formatEvaluation } from '../../src/eval/format.js';
import { scoreObservations } from '../../src/eval/score.js';
import type { GoldRow } from '../../src/eval/types.js';

function goldRow(fields: Partial<GoldRow>): GoldRow {
  return { file: 'a.txt', indicator: 'gdp_growth', status: 'actual', kind: 'growth', comparator: '=', value: '6', valueHigh: '', unit: 'percent', year: '2023', region: '东川市', evidence: '增长6%', line: 2, ...fields };
}

describe('eval/format', () => {
  it('rounds ratios to three decimals, exact ties to the even digit as the reference scorer does', () => {
    expect(fixed3(0.0625)).toBe('0.062');
    expect(fixed3(0.1875)).toBe('0.188');
    expect(fixed3(0.3125)).toBe('0.312');
    expect(fixed3(2 / 3)).toBe('0.667');
    expect(fixed3(1)).toBe('1.000');
    expect(fixed3(0)).toBe('0.000');
  });

  it('prints the per-indicator table, misses, extras and field disagreements, accuracies with counts, and the summary line last', () => {
    const gold = [goldRow({}), goldRow({ value: '7', evidence: '增长7%' }), goldRow({ indicator: 'grain_output', kind: 'stock', value: '1000', unit: 't', evidence: '粮食产量1000吨' })];
    const predictions = [
      { source: 'a.txt', indicator: 'gdp_growth', kind: 'growth', comparator: '=', status: 'target', value: 6, region: '东川', year: 2023, evidence: '增长6%' },
      { source: 'a.txt', indicator: 'grain_output', kind: 'stock', comparator: '>', status: 'actual', value: 1000, region: '', year: 2023, evidence: '粮食产量超1000吨' },
      { source: 'a.txt', indicator: 'grain_output', kind: 'stock', comparator: '=', status: 'actual', value: 5, region: '', year: 2023, evidence: '增加5吨' },
    ];
    const text = formatEvaluation(scoreObservations(gold, predictions), 'text', { verbose: true });
    expect(text.split('\n')).toEqual([
      `${'indicator'.padEnd(34)}   tp   fp   fn     F1`,
      `${'gdp_growth'.padEnd(34)}    1    0    1  0.667`,
      `${'grain_output'.padEnd(34)}    1    1    0  0.667`,
      'MISS\ta.txt\tgdp_growth\t7\t增长7%',
      'EXTRA\ta.txt\tgrain_output\t5\t增加5吨',
      'DIFF\ta.txt\tgdp_growth\t6\tstatus: actual → target\t增长6%',
      'DIFF\ta.txt\tgrain_output\t1000\tcomparator: = → >\t粮食产量1000吨',
      'DIFF\ta.txt\tgrain_output\t1000\tregion: 东川市 → \t粮食产量1000吨',
      'accuracy on matched rows: kind 1.000 (2/2)  comparator 0.500 (1/2)  status 0.500 (1/2)  region 0.500 (1/2)  year 1.000 (2/2)',
      'F1=0.667 P=0.667 R=0.667 (tp=2 fp=1 fn=1)',
      '',
    ]);
  });

  it('gives the same figures as JSON, with misses and extras only when verbose', () => {
    const result = scoreObservations([goldRow({})], [{ source: 'a.txt', indicator: 'gdp_growth', kind: 'growth', value: 6.001, comparator: '=', status: 'actual', region: '东川市', year: '2023' }]);
    const record = JSON.parse(formatEvaluation(result, 'json')) as Record<string, unknown>;
    expect(record).toMatchObject({ f1: 1, precision: 1, recall: 1, tp: 1, fp: 0, fn: 0, year: { accuracy: 1, correct: 1, total: 1 }, indicators: [{ indicator: 'gdp_growth', tp: 1, fp: 0, fn: 0 }] });
    expect(record).not.toHaveProperty('misses');
    expect(JSON.parse(formatEvaluation(result, 'json', { verbose: true }))).toHaveProperty('misses', []);
  });
});
