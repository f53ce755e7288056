import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold, parsePredictions } from '../../src/eval/read.js';
import { numberOf, regionCore, sameFile, sameRegion, sameValue, scoreObservations } from '../../src/eval/score.js';

const FIXTURES = join(process.cwd(), 'test', 'eval', 'fixtures');
const gold = parseGold(readFileSync(join(FIXTURES, 'gold.tsv'), 'utf8'), 'gold.tsv');
const { predictions } = parsePredictions(readFileSync(join(FIXTURES, 'observations.jsonl'), 'utf8'), 'jsonl', 'observations.jsonl');
const INPUTS = ['d1_notice.txt', 'd2_report.txt', 'd3_other.txt'];

// Worked by hand from the two fixture files:
// gold 1 (5G ≥100) ← prediction 1 (100.05 is within 1e-3): every field agrees (青山 = 青山县)
// gold 2 (5G 50) ← nothing: a miss; prediction 2 (70) is an extra
// gold 3 (高企 mentioned) ← prediction 4 (kind mentioned); prediction 3 (3 firms) is an extra
// gold 4 (GDP 6.5, 2023) ← prediction 5: every field agrees (东川 = 东川市)
// gold 5 (GDP 6.5, 2022) ← prediction 6: kind and comparator agree; status, region, year do not
// gold 6 (water cap 3200万) ← prediction 7 (3201万 is within 1e-3): kind and comparator wrong,
//   status and year right, region not counted (the gold leaves it empty)
// prediction 8 (d3, a file without gold rows) is an extra when d3 is among the inputs;
// prediction 9 (forest_coverage, no gold row for it anywhere) is never judged.
describe('eval/score', () => {
  it('matches one to one on file, indicator and value, and counts extras from every input file', () => {
    const result = scoreObservations(gold, predictions, { inputs: INPUTS });
    expect([result.truePositives, result.falsePositives, result.falseNegatives]).toEqual([5, 3, 1]);
    expect(result.precision).toBeCloseTo(5 / 8, 12);
    expect(result.recall).toBeCloseTo(5 / 6, 12);
    expect(result.f1).toBeCloseTo(10 / 14, 12);
    expect(result.predictionsCounted).toBe(8);
  });

  it('scores kind, comparator, status, region and year on matched rows only, where the gold fills them', () => {
    const result = scoreObservations(gold, predictions, { inputs: INPUTS });
    expect(result.kind).toEqual({ correct: 4, total: 5, accuracy: 0.8 });
    expect(result.comparator).toEqual({ correct: 4, total: 5, accuracy: 0.8 });
    expect(result.status).toEqual({ correct: 4, total: 5, accuracy: 0.8 });
    expect(result.region).toEqual({ correct: 3, total: 4, accuracy: 0.75 });
    expect(result.year).toEqual({ correct: 4, total: 5, accuracy: 0.8 });
    expect(result.disagreements.map((pair) => [pair.value, pair.field, pair.gold, pair.predicted])).toEqual([
      ['6.5', 'status', 'actual', 'target'],
      ['6.5', 'region', '东川市', '西川市'],
      ['6.5', 'year', '2022', '2024'],
      ['32000000', 'kind', 'cap', 'stock'],
      ['32000000', 'comparator', '<=', '='],
    ]);
  });

  it('gives a per-indicator table sorted by id, and lists misses and extras in their files’ order', () => {
    const result = scoreObservations(gold, predictions, { inputs: INPUTS });
    expect(result.indicators.map((row) => [row.indicator, row.truePositives, row.falsePositives, row.falseNegatives])).toEqual([
      ['fiveg_stations_new', 1, 1, 1],
      ['gdp_growth', 2, 1, 0],
      ['high_tech_firms_new', 1, 1, 0],
      ['water_use_total', 1, 0, 0],
    ]);
    expect(result.misses).toEqual([{ file: 'd1_notice.txt', indicator: 'fiveg_stations_new', value: '50', evidence: '其中乡镇50个' }]);
    expect(result.extras.map((extra) => [extra.file, extra.indicator, extra.value])).toEqual([
      ['d1_notice.txt', 'fiveg_stations_new', 70],
      ['d1_notice.txt', 'high_tech_firms_new', 3],
      ['d3_other.txt', 'gdp_growth', 7],
    ]);
  });

  it('does not judge predictions from files outside the gold and the inputs', () => {
    const result = scoreObservations(gold, predictions);
    expect([result.truePositives, result.falsePositives, result.falseNegatives]).toEqual([5, 2, 1]);
    expect(result.extras.map((extra) => extra.file)).not.toContain('d3_other.txt');
  });

  it('restricts gold and predictions to the indicators asked for', () => {
    const result = scoreObservations(gold, predictions, { inputs: INPUTS, indicators: ['gdp_growth'] });
    expect([result.truePositives, result.falsePositives, result.falseNegatives]).toEqual([2, 1, 0]);
    expect(result.indicators.map((row) => row.indicator)).toEqual(['gdp_growth']);
    expect(result.region).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });

  it('gives zeros, not NaN, when nothing is labelled or predicted', () => {
    const result = scoreObservations([], []);
    expect([result.precision, result.recall, result.f1]).toEqual([0, 0, 0]);
    expect(result.kind.accuracy).toBeNull();
  });

  it('never matches a gold figure without a readable value', () => {
    const [first] = gold;
    const unreadable = { ...(first as (typeof gold)[number]), value: 'about a hundred' };
    const result = scoreObservations([unreadable], [{ source: 'd1_notice.txt', indicator: 'fiveg_stations_new', value: null, kind: 'increment' }]);
    expect([result.truePositives, result.falseNegatives, result.falsePositives]).toEqual([0, 1, 1]);
  });
});

describe('eval/score helpers', () => {
  it('reads numbers from cells as Python would, and nothing from empty or NA cells', () => {
    expect(numberOf(' 6.5 ')).toBe(6.5);
    expect(numberOf('1e3')).toBe(1000);
    expect(numberOf('1_000')).toBe(1000);
    expect(numberOf(42)).toBe(42);
    expect(numberOf('')).toBeNull();
    expect(numberOf('NA')).toBeNull();
    expect(numberOf('12万')).toBeNull();
    expect(numberOf(null)).toBeNull();
  });

  it('compares values with a relative tolerance of 1e-3', () => {
    expect(sameValue(1000, 1001)).toBe(true);
    expect(sameValue(1000, 1002)).toBe(false);
    expect(sameValue(0, 0)).toBe(true);
    expect(sameValue(null, 0)).toBe(false);
  });

  it('takes a gold file key as a basename or a basename prefix ending at _ or .', () => {
    expect(sameFile('d2', 'pages/d2_report.txt')).toBe(true);
    expect(sameFile('d2', 'd2.txt')).toBe(true);
    expect(sameFile('d2_report.txt', '/abs/pages/d2_report.txt')).toBe(true);
    expect(sameFile('d2', 'pages/d20_report.txt')).toBe(false);
    expect(sameFile('d2', null)).toBe(false);
  });

  it('compares regions without one administrative suffix, and never a name of two characters', () => {
    expect(regionCore('深圳市')).toBe('深圳');
    expect(regionCore('海西蒙古族藏族自治州')).toBe('海西蒙古族藏族');
    expect(regionCore('阿里地区')).toBe('阿里');
    expect(regionCore('东区')).toBe('东区');
    expect(sameRegion('深圳市', '深圳')).toBe(true);
    expect(sameRegion('深圳市', '深圳区')).toBe(true);
    expect(sameRegion('', '')).toBe(false);
    expect(sameRegion('东区', '东')).toBe(false);
  });
});
