import {
  LIVE_CHART_ROWS_MAX, buildReportModel, chartFigure, chartSvg, compositeChart, html, labelsFor, renderPage, type RenderedChart,
} from '../../src/report/index.js';
import { extractSeeds, reportInput } from './helpers.js';

const CONTEXT = { lang: 'zh', year: 2023, documents: 5 } as const;

describe('report/layout: live and static-only charts', () => {
  let small: RenderedChart;
  let tall: RenderedChart;

  beforeAll(async () => {
    const model = buildReportModel(reportInput(await extractSeeds()), { planYear: 2023 });
    const composite = compositeChart(model, 'zh');
    small = { ...composite, svg: chartSvg(composite) };
    // the same chart with one row more than the limit: only the row count decides
    const row = composite.rows[0];
    if (row === undefined) throw new Error('the seeds have no composite row');
    tall = { ...small, rows: Array.from({ length: LIVE_CHART_ROWS_MAX + 1 }, () => row) };
  }, 60_000);

  it('embeds the spec of a chart of up to LIVE_CHART_ROWS_MAX rows for vega-embed', () => {
    expect(small.rows.length).toBeLessThanOrEqual(LIVE_CHART_ROWS_MAX);
    const figure = chartFigure(small, '', 'zh').value;
    expect(figure).toContain('<script type="application/json" class="chart-spec">');
    expect(figure).not.toContain('chart-static-only');
  });

  it('leaves the spec out of a larger chart and says why, keeping the drawing and the links', () => {
    const figure = chartFigure(tall, '', 'zh').value;
    expect(figure).not.toContain('class="chart-spec"');
    expect(figure).toContain(`<p class="note chart-static-only">${labelsFor('zh').chartStaticOnly(1001)}</p>`);
    expect(figure).toContain('<div class="chart-static"><svg');
    expect(figure).toContain('href="charts/composite.vl.json"');
    expect(figure).toContain('href="charts/composite.csv"');
  });

  it('loads the Vega scripts only on a page with a chart drawn live', () => {
    const page = (chart: RenderedChart): string => renderPage({ path: 'index.html', title: '总览', body: html`${chartFigure(chart, '', 'zh')}`, charts: true }, CONTEXT);
    expect(page(small)).toContain('<script src="assets/vega-embed.min.js"></script>');
    expect(page(small)).toContain('<script src="assets/report.js"></script>');
    expect(page(tall)).not.toContain('<script src=');
  });
});
