import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { trackingPage } from '../../src/report/tracking-page.js';
import type { TrackingRecord } from '../../src/tracking/index.js';

/** A tracking row written by hand: a county's 2023 target of new 5G base stations. */
function row(overrides: Partial<TrackingRecord>): TrackingRecord {
  return {
    region: '甲县', region_code: '', region_level: 'county', indicator: 'fiveg_stations_new', year: 2023, target_kind: 'increment',
    target_comparator: '>=', target_tier: 'plain', target_value: 300, target_value_high: null, result_kind: 'increment', result_comparator: '=',
    result_value: 412, result_value_high: null, unit: 'station', verdict: 'exceeded', verdict_text: '超额完成', ratio: 412 / 300, difference: 112,
    tolerance: null, result_count: 1, previous_target: null, target_change: '', previous_result: null, result_change: '',
    target_evidence: '新建5G基站300个以上', target_source: 'a.txt', result_evidence: '新建5G基站412个', result_source: 'b.txt',
    ...overrides,
  };
}

const ROWS: TrackingRecord[] = [
  row({}),
  row({ indicator: 'high_standard_farmland_new', unit: 'mu', target_comparator: '=', target_tier: 'ensure', target_value: 50000, result_value: 46000, verdict: 'not_met', verdict_text: '未完成确保目标', ratio: 0.92, difference: -4000 }),
  row({ region: '乙县', result_value: 320, verdict: 'exceeded' }),
  row({ region: '乙县', indicator: 'high_standard_farmland_new', unit: 'mu', target_value: 30000, result_value: 31000, verdict: 'exceeded' }),
  row({ region: '丙县', verdict: 'no_result', verdict_text: '未见报告结果', result_value: null, ratio: null, result_evidence: '' }),
  row({ region: '丙县', year: 2024, target_value: 350, verdict: 'no_result' }),
];

function regionRows(body: string): string[][] {
  const section = body.slice(body.indexOf('class="tracking-regions"'), body.indexOf('</table>', body.indexOf('class="tracking-regions"')));
  return [...section.matchAll(/<tr><td>(.*?)<\/tr>/g)].map((match) => (match[1] ?? '').split(/<\/td><td>|<\/td>/).filter((cell) => cell !== ''));
}

describe('report/tracking-page', () => {
  it('ranks the regions by the targets of the year they met, then by share of judged targets', () => {
    const page = trackingPage(ROWS, { year: 2023, lang: 'zh', catalogue: DEFAULT_CATALOGUE });
    expect(page.path).toBe('tracking.html');
    // 乙县 met 2 of 2, 甲县 1 of 2, 丙县 none judged; the 2024 row is another year's
    expect(regionRows(page.body.value)).toEqual([
      ['乙县', '2', '2', '2', '0', '0', '0', '100%'],
      ['甲县', '2', '2', '1', '1', '0', '0', '50%'],
      ['丙县', '1', '0', '0', '0', '0', '1', '—'],
    ]);
  });

  it('shows each target with its bound and tier, the result, the verdict and both sentences', () => {
    const body = trackingPage(ROWS, { year: 2023, lang: 'zh', catalogue: DEFAULT_CATALOGUE }).body.value;
    expect(body).toContain('<h3 id="tracking-high_standard_farmland_new">新建高标准农田</h3>');
    expect(body).toContain('<td>甲县</td><td>确保5万亩</td><td>4.6万亩</td><td><span class="verdict verdict-not_met">未完成确保目标</span></td><td>92%</td>');
    expect(body).toContain('<td>≥300个</td><td>412个</td>');
    expect(body).toContain('新建5G基站300个以上<br>新建5G基站412个');
  });

  it('draws target against result per region: a bar to the result, a tick at the target', () => {
    const body = trackingPage(ROWS, { year: 2023, lang: 'zh', catalogue: DEFAULT_CATALOGUE }).body.value;
    const chart = body.slice(body.indexOf('<h3 id="tracking-fiveg_stations_new">'), body.indexOf('</figure>', body.indexOf('<h3 id="tracking-fiveg_stations_new">')));
    // 5G: 甲县 412 and 乙县 320 against 300, 丙县 300 without a result. The plot spans 460 units from
    // x = 110 (0) to x = 570 (412, the largest figure): 320 → 357.3 wide, 300 → a tick at 444.95 ≈ 445
    expect(chart.match(/<rect [^>]*fill="#2b6ca3"\/>/g)).toEqual([
      '<rect x="110" y="15" width="460" height="12" fill="#2b6ca3"/>',
      '<rect x="110" y="41" width="357.3" height="12" fill="#2b6ca3"/>',
    ]);
    expect(chart.match(/<line x1="445" /g)).toHaveLength(3);
    expect(chart).toContain('>412</text>');
    const escaped = trackingPage([row({ region: '<b>丁县</b>' })], { year: 2023, lang: 'zh', catalogue: DEFAULT_CATALOGUE }).body.value;
    expect(escaped).not.toContain('<b>');
  });

  it('escapes document text and writes English when asked', () => {
    const page = trackingPage([row({ target_evidence: '<script>x</script>' })], { year: 2023, lang: 'en', catalogue: DEFAULT_CATALOGUE });
    expect(page.body.value).not.toContain('<script>');
    expect(page.body.value).toContain('&lt;script&gt;');
    expect(page.body.value).toContain('<h1>Targets of 2023 against results</h1>');
    expect(page.body.value).toContain('New 5G base stations');
  });
});
