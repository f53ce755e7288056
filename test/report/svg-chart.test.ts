import type { Extraction } from '../../src/pipeline.js';
import {
  CHART_COLORS, CHART_LAYOUT, boundsChart, buildReportModel, chartSvg, compositeChart, niceDomain, niceTicks, rankingChart, renderSvg, reportCharts,
  stripChart, textWidth, type ChartDef, type ReportModel,
} from '../../src/report/index.js';
import { extractSeeds, reportInput } from './helpers.js';
import { inGroup, readSvg, type SvgElement } from './svg-reader.js';

function section(model: ReportModel, id: string): NonNullable<ReportModel['indicators'][number]> {
  const found = model.indicators.find((s) => s.def.id === id);
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
}

/** The texts of a group of our static SVG. */
function texts(elements: readonly SvgElement[], className: string): string[] {
  return inGroup(elements, className).filter((element) => element.tag === 'text').map((element) => element.text);
}

/**
 * Vega's axis labels of one axis (`X` or `Y`), including those it hides where labels would
 * overlap: its headless text widths (0.8 em a character) are wider than ours, so it thins
 * labels our drawing has room for.
 */
function vegaAxisLabels(elements: readonly SvgElement[], axis: 'X' | 'Y'): string[] {
  return inGroup(elements, 'role-axis-label')
    .filter((element) => element.groupLabels.some((label) => label.startsWith(`${axis}-axis`)))
    .map((element) => element.text);
}

describe('report/svg-chart', () => {
  let extraction: Extraction;
  let zh: ReportModel;

  beforeAll(async () => {
    extraction = await extractSeeds();
    zh = buildReportModel(reportInput(extraction), { planYear: 2023 });
  });

  it('draws one row label per region in rank order and bars as long as the figures per resident', () => {
    const chart = rankingChart(section(zh, 'green_building_area_new'), 'capita', 'zh');
    const svg = readSvg(chartSvg(chart));
    // counties ranked among counties, the prefecture apart, each label with its level
    expect(texts(svg, 'row-labels')).toEqual(['滕州市（县级市）', '罗庄区（市辖区）', '台儿庄区（市辖区）', '嘉祥县（县）', '泰安市（地级市）']);
    // new green building area (万 m²) over resident population (万人), from the documents and seeds/regions.csv
    const perResident = [150 / 154.78, 60 / 67.9333, 25 / 30.51, 50 / 80, 200 / 534.87];
    const widths = inGroup(svg, 'layer-0').map((bar) => Number(bar.attrs.width));
    expect(widths).toHaveLength(5);
    widths.forEach((width, index) => expect(width / widths[0]!).toBeCloseTo(perResident[index]! / perResident[0]!, 3));
    // the axis ends at the first round number above the largest value, 9691 m² per 万人
    expect(texts(svg, 'axis').slice(0, -1)).toEqual(['0', '2000', '4000', '6000', '8000', '1万']);
    expect(widths[0]).toBeCloseTo((150e4 / 154.78 / 1e4) * CHART_LAYOUT.ranking.width, 1);
    // 罗庄区 and 泰安市 wrote 以上 (a floor): lighter bars
    expect(inGroup(svg, 'layer-0').map((bar) => bar.attrs.fill)).toEqual([CHART_COLORS.bar, CHART_COLORS.light, CHART_COLORS.bar, CHART_COLORS.bar, CHART_COLORS.light]);
    expect(texts(svg, 'layer-1')[0]).toBe('9691平方米/万人');
  });

  it('keeps regions without a figure on the axis with the reason instead of a bar', () => {
    const svg = readSvg(chartSvg(rankingChart(section(zh, 'water_use_total'), 'none', 'zh')));
    expect(inGroup(svg, 'layer-0')).toHaveLength(3);
    expect(texts(svg, 'layer-1')).toEqual(['≤3427万立方米', '≤3.05亿立方米', '≤12.24亿立方米']);
    expect(texts(svg, 'layer-2')).toEqual(['未出现', '提到，无数字']);
    expect(inGroup(svg, 'layer-2').every((label) => label.groupAttrs['font-style'] === 'italic')).toBe(true);
  });

  it('draws a floor as a dashed line with an arrow to the right edge and an approximate figure hollow', () => {
    const chart = boundsChart(section(zh, 'fiveg_stations_new'), 'zh');
    const svg = readSvg(chartSvg(chart));
    const rows = texts(svg, 'row-labels');
    expect(rows).toEqual(['滕州市', '罗庄区', '台儿庄区']);
    const [floor] = inGroup(svg, 'layer-0');
    // 台儿庄区: 新建5G基站100个以上, on an axis to 600
    const width = CHART_LAYOUT.bounds.width;
    expect(Number(floor?.attrs.x1)).toBeCloseTo((100 / 600) * width, 1);
    expect(Number(floor?.attrs.x2)).toBeCloseTo(width, 1);
    expect(floor?.attrs['stroke-dasharray']).toBe('5,3');
    expect(inGroup(svg, 'layer-1')).toHaveLength(1);
    const dots = inGroup(svg, 'layer-3');
    expect(dots.map((dot) => Number(dot.attrs.cx))).toEqual([500, 344, 100].map((value) => expect.closeTo((value / 600) * width, 1)));
    expect(dots.map((dot) => dot.attrs.fill)).toEqual(['white', CHART_COLORS.bar, CHART_COLORS.bar]);
    expect(texts(svg, 'layer-4')).toEqual(['约500个', '344个', '≥100个']);
  });

  it('keeps each figure over its dot but inside the plot, never over the region names left of the axis', async () => {
    const chart = boundsChart(section(zh, 'water_use_total'), 'zh');
    const width = CHART_LAYOUT.bounds.width;
    const svg = readSvg(chartSvg(chart));
    const dots = inGroup(svg, 'layer-3').map((dot) => Number(dot.attrs.cx));
    const labels = inGroup(svg, 'layer-4');
    // 台儿庄区's cap, 3427万立方米, is a sliver of an axis that reaches past 泰安市's 12.24亿: centred
    // over its dot the label would start left of the axis, where 台儿庄区 is written
    expect(labels.map((label) => label.text)).toEqual(['≤3427万立方米', '≤3.05亿立方米', '≤12.24亿立方米']);
    const first = dots[0] ?? 0;
    expect(first - textWidth('≤3427万立方米', 12) / 2).toBeLessThan(0);
    labels.forEach((label, index) => {
      const centre = Number(label.attrs.x);
      const half = textWidth(label.text, 12) / 2;
      const dot = dots[index] ?? Number.NaN;
      expect({ label: label.text, left: centre - half >= 0, right: centre + half <= width, overDot: dot >= centre - half && dot <= centre + half })
        .toEqual({ label: label.text, left: true, right: true, overDot: true });
    });
    // a label with room on both sides stays centred over its dot
    expect(Number(labels[1]?.attrs.x)).toBeCloseTo(dots[1] ?? Number.NaN, 1);
    // Vega draws the spec's label where the static drawing does
    const vega = readSvg((await renderSvg(chart.spec, 'c-labels')).svg);
    const placed = inGroup(vega, 'layer_4_marks').map((text) => Number(/translate\(([-\d.]+),/.exec(text.attrs.transform ?? '')?.[1]));
    expect(placed).toEqual(labels.map((label) => expect.closeTo(Number(label.attrs.x), 1)));
  });

  it('draws the composite with every rank on the axis in a small field', () => {
    const svg = readSvg(chartSvg(compositeChart(zh, 'zh')));
    expect(texts(svg, 'row-labels')).toHaveLength(5);
    expect(texts(svg, 'axis').slice(0, -1)).toEqual(['1', '2', '3', '4', '5']);
    expect(inGroup(svg, 'layer-2')).toHaveLength(5);
  });

  it('puts the region of a strip chart at its percentile, with its figure and rank, and peers as ticks', () => {
    const regionSection = zh.regionSections.find((s) => s.region.region === '台儿庄区');
    if (regionSection === undefined) throw new Error('no 台儿庄区');
    const chart = stripChart(regionSection, 'zh');
    const svg = readSvg(chartSvg(chart));
    const green = regionSection.positions.findIndex((position) => position.indicator.def.id === 'green_building_area_new');
    const dot = inGroup(svg, 'layer-2')[green];
    // per resident 台儿庄区 is third of the four county-level units on new green building area
    // (滕州市, 罗庄区 above, 嘉祥县 below; 泰安市 is ranked apart): percentile 100 × 1/3, drawn at 33.3
    expect(Number(dot?.attrs.cx)).toBeCloseTo(0.333 * CHART_LAYOUT.strip.width, 1);
    expect(texts(svg, 'layer-3')[green]).toBe('8194平方米/万人 · 3/4');
    expect(inGroup(svg, 'layer-2')).toHaveLength(regionSection.positions.length);
    expect(inGroup(svg, 'layer-0')).toHaveLength(regionSection.positions.length);
    const peers = regionSection.positions.reduce((sum, position) => sum + position.record.n_ranked - 1, 0);
    expect(inGroup(svg, 'layer-1')).toHaveLength(peers);
  });

  it('escapes markup in region names and labels, which read back unchanged', () => {
    const chart = rankingChart(section(zh, 'green_building_area_new'), 'none', 'zh');
    const names = ['A<&"B', '<script>alert(1)</script>', "O'Hare & <b>", '滕州市', '泰安市'];
    const planted: ChartDef = {
      ...chart,
      title: 'title <i>&"',
      rows: chart.rows.map((row, index) => ({ ...row, region: names[index] ?? '', label: `${String(row.label)}<br>` })),
    };
    const markup = chartSvg(planted);
    expect(markup).not.toMatch(/<(script|b|i|br)\b/);
    const svg = readSvg(markup);
    expect(texts(svg, 'row-labels')).toEqual(names);
    expect(texts(svg, 'layer-1').every((label) => label.endsWith('<br>'))).toBe(true);
    expect(texts(svg, 'title')[0]).toBe('title <i>&"');
    expect(svg[0]?.attrs['aria-label']).toBe('title <i>&"');
  });

  it('gives the same bytes for the same chart and uses no ids', async () => {
    const again = buildReportModel(reportInput(await extractSeeds()), { planYear: 2023 });
    const first = reportCharts(zh).map(chartSvg);
    const second = reportCharts(again).map(chartSvg);
    expect(second).toEqual(first);
    for (const svg of first) expect(svg).not.toMatch(/\sid="/);
  });

  it('chooses round ticks and domains as Vega does', () => {
    expect(niceTicks(0, 10000, 5)).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    expect(niceTicks(0, 600, 5)).toEqual([0, 100, 200, 300, 400, 500, 600]);
    expect(niceTicks(0, 0.35, 5)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    expect(niceTicks(0.5, 300.5, 10)).toEqual(Array.from({ length: 15 }, (_, i) => (i + 1) * 20));
    expect(niceDomain(0, 9691.17)).toEqual([0, 10000]);
    expect(niceDomain(0, 0.183)).toEqual([0, 0.2]);
    expect(niceDomain(-3.2, 12)).toEqual([-4, 12]);
  });

  it('compiles every spec without warnings and draws what Vega draws: row labels, axis ticks, marks per layer, in both languages', async () => {
    const en = buildReportModel(reportInput(extraction), { planYear: 2023, lang: 'en' });
    const charts = [...reportCharts(zh), ...reportCharts(en)];
    expect(charts.length).toBeGreaterThan(300);
    const problems: string[] = [];
    for (const chart of charts) {
      const vega = await renderSvg(chart.spec, `c-${chart.name}`);
      problems.push(...vega.warnings.map((warning) => `${chart.name}: ${warning}`));
      const theirs = readSvg(vega.svg);
      const ours = readSvg(chartSvg(chart));
      const layers = ((chart.spec as { layer?: unknown[] }).layer ?? []).length;
      const compare = (what: string, expected: unknown, actual: unknown): void => {
        if (JSON.stringify(expected) !== JSON.stringify(actual)) problems.push(`${chart.name} ${what}: Vega ${JSON.stringify(expected)}, static ${JSON.stringify(actual)}`);
      };
      // long labels are cut where each estimate says they pass the label limit: compare what is left
      const uncut = (labels: readonly string[]): string[] => labels.map((label) => label.replace(/…$/, ''));
      const theirRows = uncut(vegaAxisLabels(theirs, 'Y'));
      const ourRows = uncut(texts(ours, 'row-labels'));
      const sameRow = (index: number): boolean => {
        const [a, b] = [theirRows[index] ?? '', ourRows[index] ?? ''];
        return a.startsWith(b) || b.startsWith(a);
      };
      if (theirRows.length !== ourRows.length || !theirRows.every((_, index) => sameRow(index))) compare('row labels', theirRows, ourRows);
      // the same ticks; where labels would touch, each drawing shows every other one by its own text widths
      const theirTicks = vegaAxisLabels(theirs, 'X');
      const ourTicks = inGroup(ours, 'axis').filter((element) => element.tag === 'line').length - 1;
      compare('axis ticks', theirTicks.length, ourTicks);
      const shown = texts(ours, 'axis').slice(0, -1);
      if (!shown.every((label, index) => theirTicks.indexOf(label) > theirTicks.indexOf(shown[index - 1] ?? ''))) compare('axis labels', theirTicks, shown);
      for (let layer = 0; layer < layers; layer += 1) {
        compare(`marks of layer ${layer}`, inGroup(theirs, `layer_${layer}_marks`).length, inGroup(ours, `layer-${layer}`).length);
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
