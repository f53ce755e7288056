import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract, type Extraction } from '../../src/pipeline.js';
import { buildReport, buildReportModel, type ReportModel } from '../../src/report/index.js';
import {
  differenceText, indicatorTrackingSection, overviewTrackingSection, regionTrackingSection, tallyRegions, trackingChart,
} from '../../src/report/tracking-section.js';
import { renderSvg } from '../../src/report/render-svg.js';
import { track, type TrackingRecord } from '../../src/tracking/index.js';
import { seedRegions } from './helpers.js';

/**
 * The hand-written documents of test/tracking/track.test.ts: 嘉祥县's 2023 key-task notice,
 * 2023 bulletin, September news page and 2024 work report; 汶上县's 2023 notice and 2024 work
 * report; 泗水县's 2023 notice and nothing after it. Expected values are read off those texts.
 */
const FOLDER = join(process.cwd(), 'test', 'fixtures', 'tracking');

let extraction: Extraction;
let rows: TrackingRecord[];
const models = new Map<string, ReportModel>();

function modelOf(year: number, lang: 'zh' | 'en' = 'zh', tracking: readonly TrackingRecord[] = rows): ReportModel {
  const key = `${year}/${lang}/${tracking === rows ? 'all' : 'own'}`;
  const cached = models.get(key);
  if (cached !== undefined) return cached;
  const ids = new Set(extraction.documents.filter((document) => document.plan_year === year).map((document) => String(document.doc_id)));
  const model = buildReportModel({
    documents: extraction.documents,
    tasks: extraction.tasks.filter((task) => ids.has(String(task.doc_id))),
    observations: extraction.observations.filter((observation) => ids.has(String(observation.doc_id))),
    regions: seedRegions(),
    catalogue: DEFAULT_CATALOGUE,
    tracking,
  }, { planYear: year, lang, draws: 0 });
  models.set(key, model);
  return model;
}

function regionOf(model: ReportModel, name: string): ReportModel['regions'][number] {
  const region = model.regions.find((candidate) => candidate.region === name);
  if (region === undefined) throw new Error(`no region ${name}`);
  return region;
}

/** The cells of each body row of the first table after `marker`, tags stripped. */
function cells(markup: string, marker: string): string[][] {
  const start = markup.indexOf(marker);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = markup.slice(markup.indexOf('<tbody>', start), markup.indexOf('</tbody>', start));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<td>(.*?)<\/td>/g)].map((cell) => (cell[1] ?? '').replace(/<br>/g, ' | ').replace(/<[^>]+>/g, '')));
}

beforeAll(async () => {
  extraction = await extract([FOLDER], nodeEffects());
  rows = track(extraction.observations, extraction.documents);
});

describe('report/tracking-section', () => {
  it('lists a region\'s targets with bound, tier, result, verdict, ratio and difference (a missed 确保 target shows 未完成 by 4000亩)', () => {
    const model = modelOf(2023);
    const section = String(regionTrackingSection(model, regionOf(model, '嘉祥县'), '../'));
    const table = cells(section, 'class="tracking-region"');
    // the notice sets seven targets for 2023
    expect(table).toHaveLength(7);
    const byIndicator = new Map(table.map((row) => [row[0], row]));
    // 确保新建高标准农田5万亩 → 新建高标准农田4.6万亩: 46000/50000 = 92%, 46000 − 50000 = −4000亩
    expect(byIndicator.get('新建高标准农田')?.slice(1, 7)).toEqual(['2023', '确保5万亩', '4.6万亩', '未完成确保目标', '92%', '−4000亩']);
    // 力争新培育高新技术企业20家 → 18家: 90%, −2家
    expect(byIndicator.get('新培育高新技术企业')?.slice(1, 7)).toEqual(['2023', '力争20家', '18家', '未达到力争目标', '90%', '−2家']);
    // 用水总量控制在2.1亿立方米以内 → 2.05亿立方米 (bulletin): a cap met, 2.05/2.1 = 97.6%, 500万立方米 under
    expect(byIndicator.get('用水总量')?.slice(1, 7)).toEqual(['2023', '≤2.1亿立方米', '2.05亿立方米', '完成', '97.6%', '−500万立方米']);
    // 2023年新建5G基站300个以上 → 412个 (work report): 412/300 = 137%, +112个
    expect(byIndicator.get('新建5G基站')?.slice(1, 7)).toEqual(['2023', '≥300个', '412个', '超额完成', '137%', '+112个']);
    // 新增光伏装机容量5万千瓦 against only a total of 32万千瓦: not judged, no ratio
    expect(byIndicator.get('可再生能源装机容量')?.slice(3, 7)).toEqual(['32万千瓦', '口径不一致，无法判定：目标为新增量，结果只有累计量', '—', '—']);
    // 新建智慧社区10个 against 截至8月底…6个: progress, not attainment
    expect(byIndicator.get('新建智慧社区')?.[4]).toBe('年中进度，尚不能判定完成情况：结果为年内部分时段（截至8月底）');
  });

  it('links each sentence to its document: this year\'s page of its text, or the page in the year\'s sibling report', () => {
    const model = modelOf(2023);
    const section = String(regionTrackingSection(model, regionOf(model, '嘉祥县'), '../'));
    const farmland = section.slice(section.indexOf('目标：确保新建高标准农田5万亩'), section.indexOf('</tr>', section.indexOf('目标：确保新建高标准农田5万亩')));
    // the target is in the 2023 notice (this report), the result in the 2024 work report (the 2024 report)
    // (text inputs: the task page showing the whole text is the report's copy)
    const target = model.documents.find((document) => document.source.endsWith('jiaxiang-2023-tasks.txt'));
    expect(farmland).toContain(`目标：确保新建高标准农田5万亩 <a href="../sources/${target?.doc_id ?? 'none'}.html">原文</a>`);
    expect(farmland).toMatch(/结果：新建高标准农田4\.6万亩 <a href="\.\.\/\.\.\/2024\/sources\/[0-9a-f]{16}\.html">原文<\/a>/);
    // the news page has no plan year, so no report copies it: its sentence stands without a link
    expect(section).toContain('结果：全县新建智慧社区6个</td>');
  });

  it('shows on the 2024 region page the 2024 targets (no result yet) above the 2023 ones', () => {
    const model = modelOf(2024);
    const table = cells(String(regionTrackingSection(model, regionOf(model, '嘉祥县'), '../')), 'class="tracking-region"');
    // 2024: 新建5G基站350个以上, 确保…5万亩, 力争…15家, 新增养老床位200张; then 2023's seven
    expect(table.map((row) => row[1])).toEqual(['2024', '2024', '2024', '2024', '2023', '2023', '2023', '2023', '2023', '2023', '2023']);
    expect(table[0]?.slice(2, 5)).toEqual(['≥350个', '—', '未见报告结果']);
  });

  it('draws an indicator\'s targets against results: a dark bar for a met target, a light one for a missed one, a tick at each target', async () => {
    const model = modelOf(2023);
    const chart = trackingChart(model, 'fiveg_stations_new');
    if (chart === null) throw new Error('no chart');
    // 新建5G基站 in 2023: 嘉祥县 300 → 412, 泗水县 150 → nothing, 汶上县 200 → 180
    expect(chart.rows.map((row) => [row.label, row.target, row.result, row.met])).toEqual([
      ['嘉祥县', 300, 412, true], ['泗水县', 150, null, false], ['汶上县', 200, 180, false],
    ]);
    // x runs from 110 (0) to 570 (412): 412 → 460 wide, 180 → 180/412·460 = 201.0 wide; ticks at 300 → 445, 150 → 277.5, 200 → 333.3
    expect(chart.svg.match(/<rect [^>]*\/>/g)).toEqual([
      '<rect x="110" y="15" width="460" height="12" fill="#2b6ca3"/>',
      '<rect x="110" y="67" width="201" height="12" fill="#a9c4dc"/>',
    ]);
    expect(chart.svg.match(/<line x1="[\d.]+"/g)).toEqual(['<line x1="445"', '<line x1="277.5"', '<line x1="333.3"']);
    // the Vega-Lite spec compiles and Vega draws a bar per result and a tick per target
    const drawn = await renderSvg(chart.spec, chart.name);
    expect(drawn.warnings).toEqual([]);
    expect(drawn.svg.match(/<path [^>]*aria-roledescription="bar"/g) ?? []).toHaveLength(2);
    expect(drawn.svg.match(/aria-roledescription="tick"/g) ?? []).toHaveLength(3);
    const section = String(indicatorTrackingSection(model, 'fiveg_stations_new', '../'));
    expect(section).toContain('<figure class="chart" id="chart-tracking-fiveg_stations_new"');
    expect(section).toContain('<script type="application/json" class="chart-spec">');
    expect(cells(section, 'class="tracking-indicator"').map((row) => row.slice(0, 7))).toEqual([
      ['嘉祥县', '2023', '≥300个', '412个', '超额完成', '137%', '+112个'],
      ['泗水县', '2023', '150个', '—', '未见报告结果', '—', '—'],
      ['汶上县', '2023', '200个', '180个', '未完成', '90%', '−20个'],
    ]);
  });

  it('ranks on the overview the regions by their own targets met, with the caveat, leaving out regions with none judged', () => {
    const section = String(overviewTrackingSection(modelOf(2023), 'tracking.html'));
    expect(section).toContain('<h2 id="tracking">完成自身目标最多的地区</h2>');
    expect(section).toContain('目标由各地区自行设定');
    // 嘉祥县: judged 5 (5G, farmland, firms, water, forest), met 3 (5G, water, forest); 汶上县: judged 2, met 1 (growth 5.8 within 6%左右);
    // 泗水县: its one target has no result, so it is not ranked
    expect(cells(section, 'class="tracking-overview"')).toEqual([['嘉祥县', '3', '5', '60%'], ['汶上县', '1', '2', '50%']]);
    expect(section).toContain('<a href="tracking.html">完成情况页</a>');
    // 2024's targets have no result yet; 2023's are still listed in the 2024 report
    const later = String(overviewTrackingSection(modelOf(2024), 'tracking.html'));
    expect(later).toContain('2024年的目标尚无可判定的结果。');
    expect(cells(later, 'class="tracking-overview"')).toEqual([['嘉祥县', '3', '5', '60%'], ['汶上县', '1', '2', '50%']]);
    // 2024's attainment page covers 2024's targets: it is linked under 2024, not under 2023
    expect(later.indexOf('<a href="tracking.html">')).toBeGreaterThan(later.indexOf('<h3>2024年目标</h3>'));
    expect(later.indexOf('<a href="tracking.html">')).toBeLessThan(later.indexOf('<h3>2023年目标</h3>'));
  });

  it('lists at most ten regions a year on the overview and says how many more the attainment page has', () => {
    const model = modelOf(2023);
    const base = model.tracking[0] as TrackingRecord;
    // twelve invented counties, one met target each
    const planted = { ...model, tracking: Array.from({ length: 12 }, (_, index) => ({ ...base, region: `第${index + 1}县`, region_code: '', verdict: 'met' as const })) };
    const section = String(overviewTrackingSection(planted, 'tracking.html'));
    expect(cells(section, 'class="tracking-overview"')).toHaveLength(10);
    expect(section).toContain('另有2个地区，见 <a href="tracking.html">完成情况页</a>');
  });

  it('writes English with --lang en', () => {
    const model = modelOf(2023, 'en', track(extraction.observations, extraction.documents, { lang: 'en' }));
    const section = String(regionTrackingSection(model, regionOf(model, '嘉祥县'), '../'));
    expect(section).toContain('<h2 id="tracking">Targets and results</h2>');
    const farmland = cells(section, 'class="tracking-region"').find((row) => row[0] === 'New high-standard farmland');
    expect(farmland?.slice(1, 7)).toEqual(['2023', '50,000 mu (ensure)', '46,000 mu', 'a committed (确保) floor was not met', '92%', '−4,000 mu']);
    expect(String(overviewTrackingSection(model, null))).toContain('Each region sets its own targets');
    expect(differenceText({ difference: 0.5, unit: 'percent' }, 'en')).toBe('+0.5 percentage points');
  });

  it('adds nothing to a single-year report', async () => {
    const model = modelOf(2023, 'zh', []);
    expect(model.tracking).toEqual([]);
    expect(regionTrackingSection(model, regionOf(model, '嘉祥县'), '../')).toBe('');
    expect(indicatorTrackingSection(model, 'fiveg_stations_new', '../')).toBe('');
    expect(overviewTrackingSection(model, null)).toBe('');
    const build = await buildReport(model);
    expect(build.files.some((file) => file.path.startsWith('charts/tracking-') || file.path === 'tracking.html')).toBe(false);
    expect(build.files.find((file) => file.path === 'index.html')?.content).not.toContain('id="tracking"');
  });

  it('writes the report\'s pages with the sections, the chart files and the attainment page when several years are tracked', async () => {
    const build = await buildReport(modelOf(2023));
    const paths = build.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['tracking.html', 'charts/tracking-fiveg_stations_new.vl.json', 'charts/tracking-fiveg_stations_new.csv']));
    const csv = build.files.find((file) => file.path === 'charts/tracking-fiveg_stations_new.csv')?.content ?? '';
    expect(csv.split('\r\n')[1]).toMatch(/^0,嘉祥县,嘉祥县,2023,300,,412,true,/);
    const indicator = build.files.find((file) => file.path === 'indicators/fiveg_stations_new.html')?.content ?? '';
    expect(indicator).toContain('<h2 id="tracking">完成情况</h2>');
    const region = build.files.find((file) => file.path === `${regionOf(modelOf(2023), '汶上县').page}`)?.content ?? '';
    expect(region).toContain('<td>200个</td><td>180个</td><td><span class="verdict verdict-not_met">未完成</span></td><td>90%</td><td>−20个</td>');
  });

  it('draws compact rows above thirty regions, so the chart stays short in a large field', () => {
    const model = modelOf(2023);
    const base = model.tracking.find((row) => row.indicator === 'fiveg_stations_new') as TrackingRecord;
    const field = (count: number): ReportModel => ({ ...model, tracking: Array.from({ length: count }, (_, index) => ({ ...base, region: `第${index + 1}县`, region_code: '' })) });
    // 30 rows of 26 px and a margin of 8 above and below: 796; 31 rows of 16 px: 512
    expect(trackingChart(field(30), 'fiveg_stations_new')?.svg).toContain('height="796"');
    expect(trackingChart(field(31), 'fiveg_stations_new')?.svg).toContain('height="512"');
    expect(trackingChart(field(31), 'fiveg_stations_new')?.spec).toMatchObject({ height: { step: 16 } });
  });

  it('escapes document text in every cell and the chart', () => {
    const model = modelOf(2023);
    const hostile = (model.tracking[0] as TrackingRecord);
    const planted = { ...model, tracking: [{ ...hostile, region: '<b>甲</b>', target_evidence: '<script>alert(1)</script>', verdict_text: '<i>x</i>' }] };
    const markup = `${String(indicatorTrackingSection(planted, hostile.indicator, '../'))}${String(overviewTrackingSection(planted, null))}`;
    expect(markup).not.toMatch(/<script>alert|<b>甲|<i>x/);
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(trackingChart(planted, hostile.indicator)?.svg).toContain('&lt;b&gt;甲&lt;/b&gt;');
  });

  it('counts and orders regions by targets met, then share judged, then name', () => {
    const base = rows[0] as TrackingRecord;
    const of = (region: string, verdict: TrackingRecord['verdict']): TrackingRecord => ({ ...base, region, region_code: '', verdict });
    const tallies = tallyRegions([of('乙县', 'met'), of('甲县', 'exceeded'), of('甲县', 'not_met'), of('乙县', 'in_progress'), of('丙县', 'no_result'), of('丁县', 'exceeded')]);
    // 乙县 1 of 1 judged, 丁县 1 of 1, 甲县 1 of 2, 丙县 none judged; 丁 (dīng) before 乙 (yǐ) in Chinese (pinyin) order
    expect(tallies.map((tally) => [tally.region, tally.met, tally.judged])).toEqual([['丁县', 1, 1], ['乙县', 1, 1], ['甲县', 1, 2], ['丙县', 0, 0]]);
  });
});
