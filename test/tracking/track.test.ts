import { join } from 'node:path';
import { extract, type Extraction } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { track, type TrackingRecord } from '../../src/tracking/index.js';
import type { Observation } from '../../src/indicators/types.js';

/**
 * Seven documents written for these tests about three counties of 济宁市: 嘉祥县's 2023 key-task
 * notice, its 2024 work report (review of 2023, targets of 2024), its 2023 statistical bulletin
 * and a news page of September 2023; 汶上县's 2023 notice and 2024 work report; 泗水县's 2023
 * notice and nothing after it. Every expected value below is read off those documents.
 */
const FOLDER = join(process.cwd(), 'test', 'fixtures', 'tracking');

let extraction: Extraction;
let rows: TrackingRecord[];
beforeAll(async () => {
  extraction = await extract([FOLDER], nodeEffects());
  rows = track(extraction.observations, extraction.documents);
});

function row(region: string, indicator: string, year: number): TrackingRecord {
  const found = rows.filter((candidate) => candidate.region === region && candidate.indicator === indicator && candidate.year === year);
  expect(found).toHaveLength(1);
  return found[0] as TrackingRecord;
}

describe('tracking/track on two years of documents for three counties', () => {
  it('has the extraction give targets and results the years the documents mean', () => {
    const of = (indicator: string, status: string) => extraction.observations.filter((o) => o.region === '嘉祥县' && o.indicator === indicator && o.status === status).map((o) => [o.value, o.year]);
    expect(of('fiveg_stations_new', 'target')).toEqual([[300, 2023], [350, 2024]]);
    expect(of('fiveg_stations_new', 'actual')).toEqual(expect.arrayContaining([[280, 2022], [412, 2023], [260, 2023]]));
    expect(of('water_use_total', 'actual')).toEqual([[205000000, 2023]]);
  });

  it('judges a 以上 target exceeded by the work report, not by the September progress figure', () => {
    // 2023年新建5G基站300个以上 → 过去一年…新建5G基站412个; 412/300, 412-300; 2022: 280
    expect(row('嘉祥县', 'fiveg_stations_new', 2023)).toMatchObject({
      target_comparator: '>=', target_value: 300, result_value: 412, verdict: 'exceeded', verdict_text: '超额完成',
      ratio: 1.37333333333, difference: 112, result_count: 1, previous_result: 280, result_change: 'rose',
      result_source: expect.stringContaining('jiaxiang-2024-work-report.txt'),
    });
  });

  it('says a missed 确保 target failed a commitment and a missed 力争 one fell short of a stretch goal', () => {
    // 确保新建高标准农田5万亩 → 4.6万亩
    expect(row('嘉祥县', 'high_standard_farmland_new', 2023)).toMatchObject({ target_tier: 'ensure', verdict: 'not_met', verdict_text: '未完成确保目标', ratio: 0.92, difference: -4000 });
    // 力争新培育高新技术企业20家 → 18家
    expect(row('嘉祥县', 'high_tech_firms_new', 2023)).toMatchObject({ target_tier: 'strive', verdict: 'not_met', verdict_text: '未达到力争目标', ratio: 0.9, difference: -2 });
    // a plain 200 → 180
    expect(row('汶上县', 'fiveg_stations_new', 2023)).toMatchObject({ target_tier: 'plain', verdict: 'not_met', verdict_text: '未完成', difference: -20 });
  });

  it('judges a cap by the total the bulletin reports', () => {
    // 用水总量控制在2.1亿立方米以内 → 全县用水总量2.05亿立方米
    expect(row('嘉祥县', 'water_use_total', 2023)).toMatchObject({
      target_kind: 'cap', target_comparator: '<=', result_kind: 'stock', result_value: 205000000, verdict: 'met', difference: -5000000,
      result_source: expect.stringContaining('jiaxiang-2023-bulletin.txt'),
    });
  });

  it('judges a range and an about-target with their wording', () => {
    // 森林覆盖率保持在18%至20%之间 → 19.2%
    expect(row('嘉祥县', 'forest_coverage', 2023)).toMatchObject({ target_comparator: 'range', target_value: 18, target_value_high: 20, result_value: 19.2, verdict: 'met', verdict_text: '完成：在目标区间内' });
    // 地区生产总值增长6%左右 → 增长5.8%, within 5.7–6.3
    expect(row('汶上县', 'gdp_growth', 2023)).toMatchObject({ verdict: 'met', tolerance: 0.05, difference: -0.2, verdict_text: '完成：在目标“左右”的±5%范围内' });
  });

  it('keeps a part-year figure as progress when no full-year result exists', () => {
    // 新建智慧社区10个 → only 截至8月底…6个 on a page of 2023-09-12
    expect(row('嘉祥县', 'smart_communities_new', 2023)).toMatchObject({ verdict: 'in_progress', result_value: 6, result_count: 0, verdict_text: '年中进度，尚不能判定完成情况：结果为年内部分时段（截至8月底）' });
  });

  it('refuses to judge an increment target by a stock and says why', () => {
    // 新增光伏装机容量5万千瓦 → only 累计光伏装机容量达到32万千瓦
    expect(row('嘉祥县', 'renewable_capacity', 2023)).toMatchObject({
      target_kind: 'increment', result_kind: 'stock', result_value: 320000, verdict: 'kind_mismatch', ratio: null,
      verdict_text: '口径不一致，无法判定：目标为新增量，结果只有累计量',
    });
  });

  it('keeps the target of a region that reports nothing, with no result', () => {
    expect(row('泗水县', 'fiveg_stations_new', 2023)).toMatchObject({ target_value: 150, verdict: 'no_result', result_value: null, result_evidence: '' });
    expect(rows.filter((candidate) => candidate.region === '泗水县')).toHaveLength(1);
  });

  it('compares each target with the year before: raised, kept, lowered, new and dropped', () => {
    expect(row('嘉祥县', 'fiveg_stations_new', 2024)).toMatchObject({ target_value: 350, previous_target: 300, target_change: 'raised', verdict: 'no_result' });
    expect(row('嘉祥县', 'high_standard_farmland_new', 2024)).toMatchObject({ previous_target: 50000, target_change: 'kept' });
    expect(row('嘉祥县', 'high_tech_firms_new', 2024)).toMatchObject({ target_value: 15, previous_target: 20, target_change: 'lowered' });
    expect(row('嘉祥县', 'elderly_care_beds_new', 2024)).toMatchObject({ target_value: 200, previous_target: null, target_change: 'new' });
    const dropped = rows.filter((candidate) => candidate.region === '嘉祥县' && candidate.target_change === 'dropped').map((candidate) => [candidate.indicator, candidate.previous_target]);
    expect(dropped.sort()).toEqual([['forest_coverage', 18], ['renewable_capacity', 50000], ['smart_communities_new', 10], ['water_use_total', 210000000]]);
    // 汶上 set no 2024 targets: nothing is dropped, no 2024 rows
    expect(rows.filter((candidate) => candidate.region === '汶上县' && candidate.year === 2024)).toEqual([]);
  });

  it('writes the verdicts in English when asked', () => {
    const english = track(extraction.observations, extraction.documents, { lang: 'en' });
    const farmland = english.find((candidate) => candidate.indicator === 'high_standard_farmland_new' && candidate.year === 2023);
    expect(farmland?.verdict_text).toBe('a committed (确保) floor was not met');
    expect(() => track([], [], { lang: 'fr' })).toThrow('invalid lang: fr');
  });

  it('trusts the bulletin over the work report when both report the year, and counts both', () => {
    const target = extraction.observations.find((o) => o.region === '汶上县' && o.indicator === 'gdp_growth' && o.status === 'target') as Observation;
    const reported = extraction.observations.find((o) => o.region === '汶上县' && o.indicator === 'gdp_growth' && o.status === 'actual') as Observation;
    const bulletin = { ...reported, doc_id: 'bulletin-of-wenshang', source: 'wenshang-bulletin.txt', value: 5.9, evidence: '全年全县地区生产总值比上年增长5.9%' };
    const documents = [...extraction.documents, { doc_id: 'bulletin-of-wenshang', genre: 'bulletin', page_date: '2024-03-01' }];
    // the work report (5.8) is read first, the bulletin (5.9) wins: 5.9 - 6 = -0.1
    const [tracked] = track([target, reported, bulletin], documents);
    expect(tracked).toMatchObject({ result_value: 5.9, result_source: 'wenshang-bulletin.txt', result_count: 2, difference: -0.1, verdict: 'met' });
  });

  it('never links a combined count, a mention or a figure without a year', () => {
    const base = extraction.observations.find((o) => o.region === '泗水县') as Observation;
    const variants: Observation[] = [
      { ...base, indicator: 'combined', parts: 'fiveg_stations_new、smart_communities_new' },
      { ...base, kind: 'mentioned', value: null, comparator: null },
      { ...base, year: null, year_basis: 'none' },
    ];
    expect(track(variants, extraction.documents)).toEqual([]);
  });
});
