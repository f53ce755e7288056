import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract } from '../../src/pipeline.js';
import { parseRegionTable } from '../../src/regions/index.js';
import { buildReportModel, headlineText, type Headline, type ReportModel } from '../../src/report/index.js';

/** The seeds, three invented county notices from 浙江, 云南 and 湖南, and two more invented ones. */
async function tenRegionModel(): Promise<ReportModel> {
  const extraction = await extract(['seeds', 'test/fixtures/print', 'test/fixtures/counties'], nodeEffects());
  const seedTable = readFileSync(join('seeds', 'regions.csv'), 'utf8');
  const extra = readFileSync(join('test', 'fixtures', 'print', 'regions.csv'), 'utf8').split('\n').slice(1).join('\n');
  const regions = parseRegionTable(`${seedTable.trimEnd()}\n${extra}`, 'csv', { origin: 'regions.csv' });
  return buildReportModel({ documents: extraction.documents, tasks: extraction.tasks, observations: extraction.observations, regions, catalogue: DEFAULT_CATALOGUE }, { planYear: 2023 });
}

type Spread = Extract<Headline, { type: 'spread' }>;
type Leader = Extract<Headline, { type: 'composite-leader' }>;

describe('report/model headlines', () => {
  let model: ReportModel;
  let spreads: Spread[];

  beforeAll(async () => {
    model = await tenRegionModel();
    spreads = model.headlines.filter((h): h is Spread => h.type === 'spread');
  }, 60_000);

  it('compares in each spread only regions ranked in one comparable set: one level, one kind and status, no combined count, no national figure', () => {
    expect(spreads.length).toBeGreaterThan(0);
    for (const spread of spreads) {
      const records = [...spread.high, ...spread.low];
      expect(new Set(records.map((r) => r.rank_group))).toEqual(new Set([spread.group]));
      expect(records.every((r) => r.rank !== null && r.kind === spread.comparison.kind && r.status === spread.comparison.status)).toBe(true);
      expect(records.some((r) => r.indicator === 'combined' || r.region === '全国')).toBe(false);
      expect(spread.ranked).toBeGreaterThanOrEqual(3);
    }
  });

  it('never sets 泰安市, a prefecture, against counties', () => {
    for (const spread of spreads) {
      const names = [...spread.high, ...spread.low].map((r) => r.region);
      if (names.includes('泰安市')) expect(spread.group).toBe('prefecture');
    }
  });

  it('names the set of every spread in words: view, level, kind, status and how many regions', () => {
    for (const spread of spreads) {
      expect(headlineText(spread, 'zh')).toMatch(/^.+（每万常住人口；(县级|地级|省级)地区的(新增量|累计量|上限)(目标|已完成)，\d+ 个地区比较）：最高 .+，最低 .+，相差 .+ 倍。/);
    }
  });

  it('marks a spread whose end is only a bound (以上, 以内, 左右)', () => {
    const bounded = spreads.find((spread) => spread.bounded.length > 0);
    expect(bounded).toBeDefined();
    if (bounded === undefined) return;
    expect(bounded.bounded.every((r) => ['>=', '>', '<=', '<', '~'].includes(r.comparator ?? ''))).toBe(true);
    expect(headlineText(bounded, 'zh')).toContain(`${bounded.bounded[0]?.region}`);
    expect(headlineText(bounded, 'zh')).toMatch(/写的是界限（以上、以内、左右等），实际数字可能不同，差距只作参考。$/);
  });

  it('words a tie at the top as a tie', () => {
    const spread = spreads[0];
    if (spread === undefined) throw new Error('no spread');
    const top = spread.high[0];
    if (top === undefined) throw new Error('no top');
    const tied: Spread = { ...spread, high: [top, { ...top, region: '某某县' }], bounded: [] };
    expect(headlineText(tied, 'zh')).toContain(`最高 ${top.region}、某某县（并列）`);
    expect(headlineText(tied, 'en')).toContain(`highest ${top.region}, 某某县 (tied)`);
  });

  it('says the composite\'s instability once per level, in the line that names the leader', () => {
    const leaders = model.headlines.filter((h): h is Leader => h.type === 'composite-leader');
    expect(leaders.length).toBeGreaterThan(0);
    const groups = leaders.map((leader) => leader.group);
    expect(new Set(groups).size).toBe(groups.length);
    const texts = model.headlines.map((h) => headlineText(h, 'zh'));
    expect(texts.filter((text) => text.includes('不稳定')).length).toBeLessThanOrEqual(leaders.length);
    expect(leaders.every((leader) => leader.ranked >= 2)).toBe(true);
  });

  it('words a many-way tie for first as a tie with a count, not as one leader with a 1–1 interval', () => {
    const leader = model.headlines.find((h): h is Leader => h.type === 'composite-leader');
    if (leader === undefined) throw new Error('no composite leader');
    const region = leader.leaders[0];
    if (region === undefined) throw new Error('no leader');
    const many = Array.from({ length: 60 }, (_, index) => ({ ...region, region: `县${index + 1}` }));
    // 60 of 75 ranked regions share the first score
    const text = headlineText({ ...leader, leaders: many, ranked: 75, low: 1, high: 1, unstable: 0 }, 'zh');
    expect(text).toBe('综合排名（县级）60 个地区并列第一：县1、县2、县3 等 60 个地区；换方法或权重后仍为第一。');
    expect(text).not.toContain('1–1');
  });

  it('says a composite where every ranked region ties for first tells them apart not at all, naming none as leader', () => {
    const leader = model.headlines.find((h): h is Leader => h.type === 'composite-leader');
    const region = leader?.leaders[0];
    if (leader === undefined || region === undefined) throw new Error('no composite leader');
    const all = Array.from({ length: 60 }, (_, index) => ({ ...region, region: `县${index + 1}` }));
    const tie = { ...leader, leaders: all, ranked: 60, low: 1, high: 1, unstable: 0 };
    expect(headlineText(tie, 'zh')).toBe('综合排名（县级）60 个地区得分相同，全部并列第一：综合排名不能区分它们。');
    expect(headlineText(tie, 'en')).toBe('Composite (county level): all 60 regions score the same and tie for first; the composite does not tell them apart.');
  });
});

describe('report/model region positions', () => {
  it('gives a region no position on an indicator where it is ranked alone (no 1/1 at the 50th percentile)', async () => {
    const model = await tenRegionModel();
    for (const section of model.regionSections) {
      expect(section.positions.every((position) => position.record.n_ranked >= 2)).toBe(true);
    }
  }, 60_000);
});

describe('report indicator pages in Chinese', () => {
  it('carry no English subtitle under the Chinese name (the committed report, checked fresh by run-report)', () => {
    const page = readFileSync(join('reports', '2023', 'indicators', 'water_use_total.html'), 'utf8');
    expect(page).toContain('<h1>用水总量</h1>');
    expect(page).not.toContain(DEFAULT_CATALOGUE.byId.get('water_use_total')?.name_en ?? 'missing');
  });
});
