import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import type { Extraction } from '../../src/pipeline.js';
import {
  boundsChart, buildReportModel, compositeChart, niceCeiling, rankingChart, renderSvg, reportCharts, stripChart, stripPosition, type ReportModel,
} from '../../src/report/index.js';
import { extractSeeds, reportInput } from './helpers.js';

function vegaLiteValidator(): (spec: unknown) => string | null {
  const require = createRequire(import.meta.url);
  const schemaPath = join(dirname(require.resolve('vega-lite')), 'vega-lite-schema.json');
  const ajv = new Ajv({
    strict: false,
    allowUnionTypes: true,
    // the formats the Vega-Lite schema uses (ajv-formats is not needed for these three)
    formats: { uri: /^[a-z][a-z0-9+.-]*:\S+$/i, 'uri-reference': /^\S*$/, 'color-hex': /^#(?:[0-9a-f]{3}){1,2}$/i },
  });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  return (spec) => (validate(spec) ? null : ajv.errorsText(validate.errors));
}

describe('report/charts', () => {
  let extraction: Extraction;
  let zh: ReportModel;
  let en: ReportModel;

  beforeAll(async () => {
    extraction = await extractSeeds();
    zh = buildReportModel(reportInput(extraction), { planYear: 2023 });
    en = buildReportModel(reportInput(extraction), { planYear: 2023, lang: 'en' });
  });

  function section(model: ReportModel, id: string): NonNullable<ReportModel['indicators'][number]> {
    const found = model.indicators.find((s) => s.def.id === id);
    if (found === undefined) throw new Error(`no section ${id}`);
    return found;
  }

  it('builds specs that validate against the Vega-Lite JSON schema, in both languages', () => {
    const validate = vegaLiteValidator();
    const charts = [...reportCharts(zh), ...reportCharts(en)];
    expect(charts.length).toBeGreaterThan(150);
    for (const chart of charts) {
      const problem = validate(chart.spec);
      if (problem !== null) throw new Error(`${chart.name}: ${problem}`);
    }
  });

  it('has a schema check that rejects an invalid spec', () => {
    const validate = vegaLiteValidator();
    expect(validate({ mark: 'barz', encoding: {} })).not.toBeNull();
    expect(validate({ mark: 'bar', encoding: { x: { field: 'a', type: 'quantitativ' } } })).not.toBeNull();
  });

  it('names every chart uniquely and file-safely', () => {
    const names = reportCharts(zh).map((chart) => chart.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_-]+$/);
  });

  it('puts the data behind each chart inline in its spec and in its table, row for row', () => {
    for (const chart of reportCharts(zh)) {
      const data = (chart.spec as { data?: { values?: unknown[] } }).data?.values;
      expect(data).toBe(chart.rows);
      for (const row of chart.rows) expect(Object.keys(row)).toEqual(chart.columns);
    }
  });

  it('ranks counties among counties and the prefecture apart, each with its level; per capita another county leads', () => {
    const green = section(zh, 'green_building_area_new');
    // as written: 150 > 60 > 50 > 25 万平方米 among the counties; 泰安市 (200万) alone among prefectures
    expect(rankingChart(green, 'none', 'zh').rows.map((r) => r.region)).toEqual(['滕州市（县级市）', '罗庄区（市辖区）', '嘉祥县（县）', '台儿庄区（市辖区）', '泰安市（地级市）']);
    expect(rankingChart(green, 'none', 'zh').rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 1]);
    const capita = rankingChart(green, 'capita', 'zh').rows;
    expect(capita[0]?.region).toBe('滕州市（县级市）');
    expect(capita[0]?.label).toBe('9691平方米/万人');
    expect(capita[0]?.evidence).toBe('新增绿色建筑150万平方米');
  });

  it('labels bounds with their symbol and in Chinese 万/亿 units, and keeps regions without a figure with the reason', () => {
    const water = rankingChart(section(zh, 'water_use_total'), 'none', 'zh').rows;
    // the county-level group first (ranked, then without a figure), then the prefecture
    expect(water.map((r) => r.label)).toEqual(['≤3427万立方米', '≤3.05亿立方米', '未出现', '提到，无数字', '≤12.24亿立方米']);
    expect(water.map((r) => r.raw)).toEqual(['控制在3427万立方米以内', '控制在3.05亿立方米以内', null, null, '控制在12.24亿立方米以内']);
    const gdp = rankingChart(section(zh, 'green_building_area_new'), 'gdp', 'zh').rows;
    expect(gdp.find((r) => r.region === '台儿庄区（市辖区）')?.label).toBe('缺少分母数据');
  });

  it('draws a floor as an arrow to the right edge, a ceiling to zero, an approximate figure hollow', () => {
    const fiveG = boundsChart(section(zh, 'fiveg_stations_new'), 'zh');
    const byRegion = new Map(fiveG.rows.map((row) => [row.region, row]));
    expect(byRegion.get('台儿庄区')).toMatchObject({ bound: 'at-least', arrow: 'triangle-right', x_end: 600, label: '≥100个' });
    expect(byRegion.get('滕州市')).toMatchObject({ bound: 'approximate', arrow: null, x_end: null, label: '约500个' });
    expect(byRegion.get('罗庄区')).toMatchObject({ bound: 'exact', arrow: null });
    const water = boundsChart(section(en, 'water_use_total'), 'en');
    expect(water.rows[0]).toMatchObject({ bound: 'at-most', arrow: 'triangle-left', x_end: 0, label: '≤34.27 million m³' });
  });

  it('highlights the region of a region page through a focus parameter', () => {
    const strip = stripChart(zh.regionSections[0]!, 'zh');
    expect(strip.spec.params).toEqual([{ name: 'focus', value: '370405/台儿庄区' }]);
    expect(strip.rows.filter((row) => row.region_key === '370405/台儿庄区').length).toBe(zh.regionSections[0]!.positions.length);
  });

  it('shows rank intervals of the composite for every region', () => {
    const composite = compositeChart(zh, 'zh');
    expect(composite.rows).toHaveLength(5);
    for (const row of composite.rows) {
      expect(Number(row.rank_p05)).toBeLessThanOrEqual(Number(row.median_rank));
      expect(Number(row.median_rank)).toBeLessThanOrEqual(Number(row.rank_p95));
    }
  });

  it('renders a spec with Vega headless (for checks; pages carry the static drawing) without warnings, the same bytes twice', async () => {
    const chart = rankingChart(section(zh, 'green_building_area_new'), 'capita', 'zh');
    const first = await renderSvg(chart.spec, 'c-test');
    const second = await renderSvg(chart.spec, 'c-test');
    expect(first.warnings).toEqual([]);
    expect(first.svg.startsWith('<svg')).toBe(true);
    expect(first.svg).toContain('滕州市');
    expect(first.svg).toBe(second.svg);
  });

  it('rounds axis ends up to a round number', () => {
    expect(niceCeiling(2300000)).toBe(2500000);
    expect(niceCeiling(575)).toBe(600);
    expect(niceCeiling(121)).toBe(150);
    expect(niceCeiling(0)).toBe(1);
  });
});

describe('report/charts stripPosition', () => {
  it('puts every region tied for first at 100, not at the mid-rank percentile', () => {
    // ranks "1114" of four: three tied first would sit at 66.7 by mid-rank
    expect([1, 1, 1, 4].map((rank) => stripPosition(rank, 4))).toEqual([100, 100, 100, 0]);
  });

  it('spreads competition ranks evenly from last (0) to first (100)', () => {
    expect([1, 2, 3, 4, 5].map((rank) => stripPosition(rank, 5))).toEqual([100, 75, 50, 25, 0]);
  });

  it('gives a region ranked alone no place rather than the middle of the strip', () => {
    expect(stripPosition(1, 1)).toBeNull();
    expect(stripPosition(null, 4)).toBeNull();
  });
});
