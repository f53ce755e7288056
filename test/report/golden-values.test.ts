import { readFile } from 'node:fs/promises';

/**
 * The committed report `reports/2023` checked against figures read from the seed documents by
 * hand (not from the code's output): the green-building task of each notice.
 *   seeds/000 台儿庄区 第19项 “力争年内新增绿色建筑25万平方米”      → 250,000 m², exact
 *   seeds/001 滕州市   第34项 “新增绿色建筑150万平方米”             → 1,500,000 m², exact
 *   seeds/002 泰安市   第34项 “全市新增绿色建筑200万平方米以上”     → 2,000,000 m², at least
 *   seeds/003 嘉祥县   第24项 “年内新增绿色建筑50万平方米”          → 500,000 m², exact
 *   seeds/004 罗庄区   第37项 “2023年全区新增绿色建筑60万平方米以上” → 600,000 m², at least
 * Ranked with the other county-level units (泰安市, a prefecture-level city, apart):
 * 滕州 150万 > 罗庄 60万 > 嘉祥 50万 > 台儿庄 25万.
 */
interface ChartRow {
  readonly region: string;
  readonly normalised_value: number | null;
  readonly bound: string;
  readonly rank: number | null;
  readonly task: string;
}

async function rankingRows(page: string): Promise<ChartRow[]> {
  const html = await readFile(new URL(`../../reports/2023/indicators/${page}`, import.meta.url), 'utf8');
  // the first chart of an indicator page is its ranking on the raw values (view `none`)
  const spec = /<script type="application\/json" class="chart-spec">(.*?)<\/script>/s.exec(html)?.[1];
  if (spec === undefined) throw new Error(`no chart spec in ${page}`);
  return (JSON.parse(spec) as { data: { values: ChartRow[] } }).data.values;
}

function rowOf(rows: readonly ChartRow[], region: string): ChartRow {
  const row = rows.find((candidate) => candidate.region.startsWith(region));
  if (row === undefined) throw new Error(`${region} is not on the page`);
  return row;
}

describe('reports/2023 against figures read from the seeds by hand', () => {
  it('shows each notice\'s new green-building area in square metres, with its task', async () => {
    const rows = await rankingRows('green_building_area_new.html');
    expect(rowOf(rows, '滕州市')).toMatchObject({ normalised_value: 1_500_000, bound: 'exact', task: '第34项' });
    expect(rowOf(rows, '台儿庄区')).toMatchObject({ normalised_value: 250_000, bound: 'exact', task: '第19项' });
    expect(rowOf(rows, '嘉祥县')).toMatchObject({ normalised_value: 500_000, bound: 'exact', task: '第24项' });
    expect(rowOf(rows, '罗庄区')).toMatchObject({ normalised_value: 600_000, bound: 'at-least', task: '第37项' });
    expect(rowOf(rows, '泰安市')).toMatchObject({ normalised_value: 2_000_000, bound: 'at-least', task: '第34项' });
  });

  it('ranks the county-level units by area, and the prefecture-level city apart', async () => {
    const rows = await rankingRows('green_building_area_new.html');
    expect(['滕州市', '罗庄区', '嘉祥县', '台儿庄区'].map((region) => rowOf(rows, region).rank)).toEqual([1, 2, 3, 4]);
    expect(rowOf(rows, '泰安市').rank).toBe(1);
  });
});
