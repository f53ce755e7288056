import { axisLabelExpr, axisNumber, formatDenominator, formatFigure, formatNumber, renderSvg, unitLabel, viewUnitLabel, VEGA_LITE_SCHEMA, chartConfig } from '../../src/report/index.js';

describe('report/format', () => {
  it('writes Chinese numbers with 万 and 亿, without thousands separators', () => {
    expect(formatNumber(34270000, 'zh')).toBe('3427万');
    expect(formatNumber(305000000, 'zh')).toBe('3.05亿');
    expect(formatNumber(1224000000, 'zh')).toBe('12.24亿');
    expect(formatNumber(250000, 'zh')).toBe('25万');
    expect(formatNumber(13900, 'zh')).toBe('1.39万');
    expect(formatNumber(1500, 'zh')).toBe('1500');
    expect(formatNumber(1.5e12, 'zh')).toBe('1.5万亿');
    expect(formatNumber(-25000, 'zh')).toBe('-2.5万');
  });

  it('keeps four significant digits by default and more when asked', () => {
    expect(formatNumber(9691.174570357927, 'zh')).toBe('9691');
    expect(formatNumber(91.34, 'zh')).toBe('91.34');
    expect(formatNumber(0.018698, 'zh')).toBe('0.0187');
    expect(formatNumber(547.2217, 'zh', 6)).toBe('547.222');
    expect(formatNumber(0, 'zh')).toBe('0');
  });

  it('writes English numbers with separators and million / billion', () => {
    expect(formatNumber(34270000, 'en')).toBe('34.27 million');
    expect(formatNumber(1224000000, 'en')).toBe('1.224 billion');
    expect(formatNumber(1500, 'en')).toBe('1,500');
    expect(formatNumber(845900, 'en')).toBe('845,900');
    expect(formatNumber(9691.17, 'en')).toBe('9,691');
  });

  it('puts bounds before the figure and the unit after it', () => {
    expect(formatFigure({ value: 250000, comparator: '>=' }, unitLabel('m2', 'zh'), 'zh')).toBe('≥25万平方米');
    expect(formatFigure({ value: 305000000, comparator: '<=' }, unitLabel('m3', 'zh'), 'zh')).toBe('≤3.05亿立方米');
    expect(formatFigure({ value: 500, comparator: '~' }, '个', 'zh')).toBe('约500个');
    expect(formatFigure({ value: 500, comparator: '~' }, 'stations', 'en')).toBe('≈500 stations');
    expect(formatFigure({ value: 10000, value_high: 30000, comparator: 'range' }, '头', 'zh')).toBe('1万–3万头');
    expect(formatFigure({ value: 65, comparator: '>' }, '%', 'en')).toBe('>65%');
    expect(formatFigure({ value: 1600000000, comparator: '=' }, unitLabel('yuan', 'zh'), 'zh')).toBe('16亿元');
  });

  it('names view units and denominators in both languages', () => {
    expect(viewUnitLabel('m2', 'capita', 'zh')).toBe('平方米/万人');
    expect(viewUnitLabel('station', 'gdp', 'en')).toBe('stations per 100 million yuan of GDP');
    expect(viewUnitLabel('percent', 'none', 'zh')).toBe('%');
    expect(formatDenominator(154.78, '万人', 'zh')).toBe('154.78万人');
    expect(formatDenominator(3323.86, '亿元', 'en')).toBe('332.386 billion yuan');
    expect(formatDenominator(30.51, '万人', 'en')).toBe('305,100 people');
    expect(formatDenominator(1495.14, 'km2', 'zh')).toBe('1495.14平方公里');
  });

  it('labels chart axes with 万 and 亿 in the rendered chart', async () => {
    const { svg, warnings } = await renderSvg({
      $schema: VEGA_LITE_SCHEMA,
      config: chartConfig('zh'),
      data: { values: [{ v: 0 }, { v: 300000000 }] },
      mark: 'point',
      encoding: { x: { field: 'v', type: 'quantitative', axis: { labelExpr: axisLabelExpr('zh'), values: [0, 50000, 300000000] } } },
    }, 'axis');
    expect(warnings).toEqual([]);
    expect(svg).toContain('>3亿</text>');
    expect(svg).toContain('>5万</text>');
  });

  it('writes static axis labels as the live charts do, in both languages', async () => {
    const values = [-2, 0, 0.005, 2.5, 1500, 9691, 50000, 120000, 2500000, 300000000, 1224000000];
    for (const lang of ['zh', 'en'] as const) {
      const { svg, warnings } = await renderSvg({
        $schema: VEGA_LITE_SCHEMA,
        config: chartConfig(lang),
        data: { values: [{ v: -2 }, { v: 1224000000 }] },
        mark: 'point',
        encoding: { x: { field: 'v', type: 'quantitative', axis: { labelExpr: axisLabelExpr(lang), values, labelOverlap: false } } },
      }, 'axis');
      expect(warnings).toEqual([]);
      const vega = [...svg.matchAll(/role-axis-label[^>]*>(.*?)<\/g>/gs)].flatMap((match) => [...(match[1] ?? '').matchAll(/>([^<]*)<\/text>/g)].map((label) => label[1]));
      expect(values.map((value) => axisNumber(value, lang))).toEqual(vega);
    }
    expect(axisNumber(2500000, 'zh')).toBe('250万');
    expect(axisNumber(1224000000, 'en')).toBe('1.22bn');
  });
});
