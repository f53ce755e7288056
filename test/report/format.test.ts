import { axisLabelExpr, axisNumber, differenceUnitLabel, formatDenominator, formatFigure, formatGap, formatNumber, neededFigure, renderSvg, unitLabel, viewUnitLabel, VEGA_LITE_SCHEMA, chartConfig } from '../../src/report/index.js';

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

  it('writes a reference population to two decimals of its own scale (67.9333万人 → 67.93万人)', () => {
    expect(formatDenominator(67.9333, '万人', 'zh')).toBe('67.93万人');
    expect(formatDenominator(547.222, '万人', 'zh')).toBe('547.22万人');
    expect(formatDenominator(67.9333, '万人', 'en')).toBe('679,300 people');
  });

  it('rounds a needed count up when more is better and down when less is better, and leaves other units alone', () => {
    expect(neededFigure(645.5, 'station', 'higher_is_better')).toBe(646);
    expect(neededFigure(2.894, 'firm', 'higher_is_better')).toBe(3);
    expect(neededFigure(3.0000000001, 'firm', 'higher_is_better')).toBe(3);
    expect(neededFigure(12.7, 'bed', 'lower_is_better')).toBe(12);
    expect(neededFigure(41680.4, 'head', 'higher_is_better')).toBe(41681);
    expect(neededFigure(2.894, 'm2', 'higher_is_better')).toBe(2.894);
  });

  it('writes the gap between rates in 个百分点 and between counts in whole units', () => {
    expect(differenceUnitLabel('percent', 'zh')).toBe('个百分点');
    expect(differenceUnitLabel('percent', 'en')).toBe('percentage points');
    expect(formatGap(93.5, 91.03, 'percent', 'higher_is_better', 'zh')).toBe('需提高2.47个百分点');
    expect(formatGap(645.5, 500, 'station', 'higher_is_better', 'zh')).toBe('需提高146个');
    expect(formatGap(2.2, 30, 'firm', 'higher_is_better', 'zh')).toBe('比中位数多27家');
  });

  it('says for a cap that a figure above the median has to come down and one below it is ahead', () => {
    // own cap 3.05亿立方米, the median turned into this region's terms 2.6亿: 4500万 too high
    expect(formatGap(260000000, 305000000, 'm3', 'lower_is_better', 'zh')).toBe('需压减4500万立方米');
    expect(formatGap(305000000, 260000000, 'm3', 'lower_is_better', 'zh')).toBe('比中位数少4500万立方米');
    expect(formatGap(305000000, 260000000, 'm3', 'lower_is_better', 'en')).toBe('below the median by 45 million m³');
    expect(formatGap(100, 100, 'station', 'higher_is_better', 'zh')).toBe('与中位数持平');
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
