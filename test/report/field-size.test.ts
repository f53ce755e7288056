import type { Extraction } from '../../src/pipeline.js';
import {
  BOUNDS_DRAWN_MAX, LIVE_CHART_ROWS_MAX, REGION_LIST_MAX, SMALL_FIELD_MAX, listedGaps, listedUnset, relativeGap, boundsChart, boundsExtremes, buildReport, indicatorStripChart, renderSvg, buildReportModel, chartSvg, compositeChart, indicatorCharts, indicatorPage, isSmallField, labelsFor, overviewPage, rankingChart, recordKey, regionPage, stripChart,
  type ChartLookup, type RenderedChart, type ReportBuild, type ReportModel,
} from '../../src/report/index.js';
import { extractSeeds, manyRegionInput, reportInput } from './helpers.js';
import { inGroup, readSvg } from './svg-reader.js';

/** Copies of each seed region: 31 × 5 = 155 regions, and every indicator ranks at least 31. */
const COPIES = 31;

function lookup(model: ReportModel, names: readonly string[]): ChartLookup {
  const charts = new Map<string, RenderedChart>();
  if (names.includes('composite')) {
    const composite = compositeChart(model, 'zh');
    charts.set('composite', { ...composite, svg: chartSvg(composite) });
  }
  for (const section of model.regionSections) {
    const strip = stripChart(section, 'zh');
    if (names.includes(strip.name)) charts.set(strip.name, { ...strip, svg: chartSvg(strip) });
  }
  return charts;
}

describe('report/field-size: a field of more than SMALL_FIELD_MAX regions', () => {
  let extraction: Extraction;
  let seeds: ReportModel;
  let large: ReportModel;

  beforeAll(async () => {
    extraction = await extractSeeds();
    seeds = buildReportModel(reportInput(extraction), { planYear: 2023 });
    large = buildReportModel(manyRegionInput(extraction, COPIES), { planYear: 2023, draws: 0 });
  }, 120_000);

  it('calls five regions small and the made-up field large', () => {
    expect(SMALL_FIELD_MAX).toBe(30);
    expect(isSmallField(seeds.regions.length)).toBe(true);
    expect(large.regions).toHaveLength(5 * COPIES);
    expect(isSmallField(large.regions.length)).toBe(false);
  });

  it('draws a strip row for every ranked region in a small field', () => {
    for (const section of seeds.regionSections) {
      const strip = stripChart(section, 'zh');
      expect(strip.rows).toHaveLength(section.positions.reduce((sum, position) => sum + position.record.n_ranked, 0));
    }
  });

  it('draws one strip row per indicator in a large field: the region alone, with its rank among all', () => {
    const seedSection = seeds.regionSections.find((section) => section.region.region === '台儿庄区');
    const section = large.regionSections.find((s) => s.region.region === '台儿庄区·3');
    if (seedSection === undefined || section === undefined) throw new Error('region missing');
    const strip = stripChart(section, 'zh');
    // the copy has figures on the same indicators as 台儿庄区, each ranked among 31 times as many
    // regions; those 台儿庄区 alone gives a figure for (no position among the seeds: ranked 1/1)
    // are ranked among the 31 copies here
    expect(strip.rows).toHaveLength(section.positions.length);
    expect(section.positions.length).toBeGreaterThan(seedSection.positions.length);
    expect(section.positions.every((position) => position.record.n_ranked % COPIES === 0)).toBe(true);
    expect(new Set(strip.rows.map((row) => row.indicator)).size).toBe(strip.rows.length);
    expect(strip.rows.every((row) => row.region_key === recordKey(section.region))).toBe(true);
    const rankedAmong = new Map(section.positions.map((position) => [position.indicator.def.id, position.record.n_ranked]));
    for (const row of strip.rows) expect(String(row.mark_label)).toMatch(new RegExp(` · \\d+/${rankedAmong.get(String(row.indicator))}$`));
    const svg = readSvg(chartSvg(strip));
    expect(inGroup(svg, 'layer-1')).toHaveLength(0);
    expect(inGroup(svg, 'layer-2')).toHaveLength(section.positions.length);
  });

  it('sums the coverage matrix up per indicator on the overview', () => {
    const page = overviewPage(large, lookup(large, ['composite'])).body.value;
    expect(page).toContain('<table class="coverage-summary">');
    expect(page).not.toContain('<table class="coverage">');
    expect(page).toContain(labelsFor('zh').coverageSummaryNote(5 * COPIES, SMALL_FIELD_MAX));
    // energy storage: mentioned without a figure by four seed regions, absent from 嘉祥县
    const storage = page.match(/<tr><td>新型储能规模<\/td>(.*?)<\/tr>/)?.[1];
    expect(storage?.match(/<span class="num">(\d+)<\/span>/g)).toEqual([0, 4 * COPIES, COPIES].map((n) => `<span class="num">${n}</span>`));
    const small = overviewPage(seeds, lookup(seeds, ['composite'])).body.value;
    expect(small).toContain('<table class="coverage">');
    expect(small).not.toContain('coverage-summary');
  });

  it('lists only the regions with a figure in a large field\'s ranking, and counts the others by reason', () => {
    const labels = labelsFor('zh');
    // 5G base stations in total: some seed regions give no figure (台儿庄区 among them)
    const seedSection = seeds.indicators.find((section) => section.def.id === 'fiveg_stations_total');
    const section = large.indicators.find((s) => s.def.id === 'fiveg_stations_total');
    if (seedSection === undefined || section === undefined) throw new Error('indicator missing');
    const seedRecords = seedSection.views[0]?.records ?? [];
    const withFigure = seedRecords.filter((record) => record.value !== null).length;
    expect(withFigure).toBeGreaterThan(0);
    expect(withFigure).toBeLessThan(5);
    // the seeds' small field keeps every region on the axis, with the reason in words
    expect(rankingChart(seedSection, 'none', 'zh').rows).toHaveLength(5);
    const chart = rankingChart(section, 'none', 'zh');
    expect(chart.rows).toHaveLength(withFigure * COPIES);
    expect(chart.rows.every((row) => row.raw !== null)).toBe(true);
    expect(chart.rows.map((row) => row.order)).toEqual(chart.rows.map((_, index) => index));
    const reasons = new Map<string, number>();
    for (const record of seedRecords.filter((r) => r.value === null)) {
      const reason = labels.missingShort[record.null_reason ?? ''] ?? labels.notRanked;
      reasons.set(reason, (reasons.get(reason) ?? 0) + COPIES);
    }
    const expected = labels.rankingUnlisted((5 - withFigure) * COPIES, [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => labels.reasonCount(reason, count)));
    expect(chart.subtitle.at(-1)).toBe(expected);
    expect(chart.subtitle.at(-1)).toMatch(/^未列出没有数字的 \d+ 个地区：/);
    // the static drawing carries the same line
    expect(chartSvg(chart)).toContain(expected);
  });

  it('points a large field\'s indicator page to its rankings\' data and the method page for denominators, and lists them in a small field', () => {
    const section = large.indicators.find((s) => s.def.id === 'fiveg_stations_total');
    const seedSection = seeds.indicators.find((s) => s.def.id === 'fiveg_stations_total');
    if (section === undefined || seedSection === undefined) throw new Error('indicator missing');
    const charts = new Map(indicatorCharts(section, 'zh').map((chart) => [chart.name, { ...chart, svg: chartSvg(chart) }]));
    const page = indicatorPage(large, section, charts).body.value;
    const denominators = page.slice(page.indexOf('<h2 id="denominators">'));
    const withFigure = (seedSection.views[0]?.records ?? []).filter((record) => record.value !== null).length;
    expect(denominators).toContain(labelsFor('zh').denominatorsInData(withFigure * COPIES));
    expect(denominators).toContain('href="../method.html#denominators"');
    expect(denominators).not.toContain('<table');
    // the rankings' data linked, with each view's denominator column named; its rows carry the denominators
    expect(denominators).toContain('href="../charts/ranking-fiveg_stations_total.csv"');
    for (const view of section.views.filter((v) => v.per !== 'none')) {
      expect(denominators).toContain(`denominator_${view.per}`);
      const ranking = charts.get(`ranking-fiveg_stations_total-${view.per}`);
      expect(ranking?.columns).toContain('denominator');
      expect(ranking?.rows.some((row) => typeof row.denominator === 'string' && row.denominator !== '')).toBe(true);
    }
    // the seeds' page lists all five regions in a table
    const seedCharts = new Map(indicatorCharts(seedSection, 'zh').map((chart) => [chart.name, { ...chart, svg: chartSvg(chart) }]));
    const seedPage = indicatorPage(seeds, seedSection, seedCharts).body.value;
    const seedDenominators = seedPage.slice(seedPage.indexOf('<h2 id="denominators">'));
    expect(seedDenominators.match(/<tr>/g)).toHaveLength(6);
    expect(seedDenominators).not.toContain('denominators-listed');
  });

  it('lists one figure per region, the one its ranking uses, in a large field\'s evidence table, and counts the others in observations.csv', () => {
    // an indicator on which some seed region gives more than the one figure ranked
    const seedSection = seeds.indicators.find((s) => s.evidence.length > (s.views[0]?.records ?? []).filter((record) => record.value !== null).length);
    if (seedSection === undefined) throw new Error('no seed indicator with a figure not ranked');
    const id = seedSection.def.id;
    const section = large.indicators.find((s) => s.def.id === id);
    if (section === undefined) throw new Error('indicator missing');
    // every seed region with a sentence on the indicator has one row per copy; its ranked figure
    // where it has one (else no figure); the rest of the sentences are counted
    const seedRegions = new Set(seedSection.evidence.map((row) => row.observation.region));
    const regionRows = seedRegions.size * COPIES;
    const ranked = (seedSection.views[0]?.records ?? []).filter((record) => record.value !== null).length * COPIES;
    const others = seedSection.evidence.length * COPIES - regionRows;
    const evidenceOf = (model: ReportModel, s: typeof section): string => {
      const charts = new Map(indicatorCharts(s, 'zh').map((chart) => [chart.name, { ...chart, svg: chartSvg(chart) }]));
      const page = indicatorPage(model, s, charts).body.value;
      const start = page.indexOf('<h2 id="evidence">');
      return page.slice(start, page.indexOf('<h2', start + 1) < 0 ? undefined : page.indexOf('<h2', start + 1));
    };
    const evidence = evidenceOf(large, section);
    expect(evidence.match(/<tr>/g)).toHaveLength(regionRows + 1);
    // the rows without a ranked figure: the regions whose only sentences are not ranked
    expect(evidence.match(/<tr><td>[^<]*<\/td><td>—<\/td>/g) ?? []).toHaveLength(regionRows - ranked);
    expect(evidence).toContain('href="../data/observations.csv"');
    // one link a row: the task on the task page, which is the seeds' text itself
    expect(evidence.match(/<a href="\.\.\/sources\/[^"]+\.html(#task-\d+)?">/g)).toHaveLength(regionRows);
    expect(evidence).toContain(`indicator = ${id}`);
    expect(evidence).toContain(`其余 ${others} 个数字`);
    // each row's count of the region's other figures adds up to the same
    const counts = [...evidence.matchAll(/<td>(\d+)<\/td><\/tr>/g)].map((match) => Number(match[1]));
    expect(counts).toHaveLength(regionRows);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(others);
    // the seeds' page lists every figure, ranked or not, with how it was used
    expect(evidenceOf(seeds, seedSection).match(/<tr>/g)).toHaveLength(seedSection.evidence.length + 1);
    expect(evidenceOf(seeds, seedSection)).not.toContain('data/observations.csv');
  });

  it('draws a large field\'s bounds plot for its highest and lowest figures only, on the whole field\'s axis, and keeps every region in its data', () => {
    const section = large.indicators.find((s) => s.def.id === 'fiveg_stations_total');
    if (section === undefined) throw new Error('indicator missing');
    const full = boundsChart(section, 'zh');
    const withFigure = (section.views[0]?.records ?? []).filter((record) => record.value !== null);
    expect(full.rows).toHaveLength(withFigure.length);
    expect(full.rows.length).toBeGreaterThan(BOUNDS_DRAWN_MAX);
    const extremes = boundsExtremes(full);
    const drawn = extremes.drawn ?? [];
    expect(drawn).toHaveLength(BOUNDS_DRAWN_MAX);
    // the 15 highest and 15 lowest of the field's figures
    const values = withFigure.map((record) => Number(record.value)).sort((a, b) => b - a);
    const drawnValues = drawn.map((row) => Number(row.value)).sort((a, b) => b - a);
    expect(drawnValues).toEqual([...values.slice(0, 15), ...values.slice(-15)]);
    // in the plot's order; spec, data and axis untouched; the subtitle says what is drawn
    expect(drawn.map((row) => Number(row.order))).toEqual([...drawn.map((row) => Number(row.order))].sort((a, b) => a - b));
    expect(extremes.rows).toBe(full.rows);
    expect(extremes.spec).toBe(full.spec);
    expect(extremes.axis).toEqual(full.axis);
    expect(extremes.subtitle.at(-1)).toBe(`只画出数字最大和最小的各 15 个地区（共 ${full.rows.length} 个），全部地区见图的数据 CSV`);
    // the drawing names the drawn regions and no other
    const svg = chartSvg(extremes);
    const undrawn = full.rows.filter((row) => !drawn.includes(row)).map((row) => String(row.region));
    for (const row of drawn) expect(svg).toContain(`>${String(row.region)}<`);
    for (const name of undrawn) expect(svg).not.toContain(`>${name}<`);
    expect(svg.length).toBeLessThan(chartSvg(full).length);
    // a small field's plot is drawn whole; a nonsense size is refused
    const seedBounds = boundsChart(seeds.indicators[0] ?? section, 'zh');
    expect(boundsExtremes(seedBounds)).toBe(seedBounds);
    expect(() => boundsExtremes(full, 1)).toThrow('invalid bounds rows: 1');
  });

  it('draws only the headline view\'s ranking, static, on a large field\'s indicator page, and links the other views\' data and specs', () => {
    const pageOf = (model: ReportModel, id: string): { names: string[]; body: string } => {
      const section = model.indicators.find((s) => s.def.id === id);
      if (section === undefined) throw new Error('indicator missing');
      const charts = indicatorCharts(section, 'zh');
      const lookup = new Map(charts.map((chart) => [chart.name, { ...chart, svg: chartSvg(chart) }]));
      return { names: charts.map((chart) => chart.name), body: indicatorPage(model, section, lookup).body.value };
    };
    const id = 'green_building_area_new';
    const largePage = pageOf(large, id);
    // one ranking drawn: per 10,000 residents, the report's region view; no live chart on the page
    expect(largePage.body.match(/<figure class="chart" id="chart-ranking-/g)).toHaveLength(1);
    expect(largePage.body).toContain(`id="chart-ranking-${id}-capita"`);
    expect(largePage.body).not.toContain('class="chart-spec"');
    expect(largePage.body).toContain(labelsFor('zh').headlineViewNote('每万常住人口', 4));
    // flags of more than SMALL_FIELD_MAX regions are counted, not listed (5G base stations in total: 台儿庄区 and its 31 copies lack it)
    const total = large.indicators.find((s) => s.def.id === 'fiveg_stations_total');
    if (total === undefined) throw new Error('indicator missing');
    const totalPage = indicatorPage(large, total, new Map(indicatorCharts(total, 'zh').map((chart) => [chart.name, { ...chart, svg: chartSvg(chart) }]))).body.value;
    const flags = totalPage.slice(totalPage.indexOf('<h2 id="flags">'), totalPage.indexOf('<h2 id="evidence">'));
    const lacking = new Set((total.views[0]?.records ?? []).filter((record) => record.value === null).map((record) => record.region));
    expect(lacking.size).toBeGreaterThan(SMALL_FIELD_MAX);
    expect(flags).toContain(labelsFor('zh').flagRegionsCount(lacking.size));
    expect(flags).not.toContain('台儿庄区·3');
    // every view's rows in one CSV; the other three views' specs linked (and still among the page's charts)
    expect(largePage.body).toContain(`href="../charts/ranking-${id}.csv"`);
    expect(largePage.body).not.toMatch(/href="[^"]*ranking-[a-z_]+-[a-z]+\.csv"/);
    for (const per of ['none', 'area', 'gdp']) {
      expect(largePage.names).toContain(`ranking-${id}-${per}`);
      expect(largePage.body).toContain(`href="../charts/ranking-${id}-${per}.vl.json"`);
      expect(largePage.body).not.toContain(`id="chart-ranking-${id}-${per}"`);
    }
    // the bounds plot's data: the same rankings CSV (its columns ending in _bounds), its own spec
    const boundsFigure = largePage.body.slice(largePage.body.indexOf(`id="chart-bounds-${id}"`), largePage.body.indexOf('</figure>', largePage.body.indexOf(`id="chart-bounds-${id}"`)));
    expect(boundsFigure).toContain(`<a href="../charts/ranking-${id}.csv">`);
    expect(boundsFigure).toContain(`<a href="../charts/bounds-${id}.vl.json">`);
    expect(boundsFigure).toContain('_bounds');
    expect(largePage.body).not.toContain(`bounds-${id}.csv`);
    // the seeds' page draws all four views live, in tabs
    const seedPage = pageOf(seeds, id);
    expect(seedPage.body).toContain(`href="../charts/bounds-${id}.csv"`);
    expect(seedPage.body.match(/<figure class="chart" id="chart-ranking-/g)).toHaveLength(4);
    expect(seedPage.body).toContain('class="chart-spec"');
  }, 60_000);

  it('keeps every rank of the composite in a small field and round ranks in a large one', () => {
    expect(compositeChart(seeds, 'zh').axis.values).toEqual([1, 2, 3, 4, 5]);
    const composite = compositeChart(large, 'zh');
    expect(composite.axis.values).toBeNull();
    const ticks = readSvg(chartSvg(composite)).filter((element) => element.tag === 'text' && element.groups.at(-1) === 'axis').map((element) => element.text).slice(0, -1);
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.length).toBeLessThanOrEqual(20);
    for (const tick of ticks) expect(Number(tick)).toBeLessThanOrEqual(5 * COPIES);
  });

  it('shows a region its own coverage, lists by reason the indicators others set a figure for, and names the rest of the absent ones', () => {
    const section = large.regionSections.find((s) => s.region.region === '台儿庄区·3');
    if (section === undefined) throw new Error('region missing');
    const page = regionPage(large, section, lookup(large, [stripChart(section, 'zh').name])).body.value;
    const coverage = page.slice(page.indexOf('<h2 id="coverage">'));
    // the indicators its documents give or name are rows; the others are named in one line
    const index = large.regions.indexOf(section.region);
    const present = large.coverage.filter((row) => (row.cells[index]?.presence ?? 'absent') !== 'absent');
    const absent = large.coverage.filter((row) => (row.cells[index]?.presence ?? 'absent') === 'absent');
    expect(present.length).toBeGreaterThan(3);
    expect(absent.length).toBeGreaterThan(3);
    expect(coverage.match(/<tr>/g)).toHaveLength(present.length + 1);
    expect(coverage).toMatch(/新型储能规模<\/td><td><span class="mentioned">/);
    expect(coverage).not.toContain('class="absent"');
    // of the absent ones, those the list of indicators others set names (at most REGION_LIST_MAX) are counted with a link to it, the others named
    const unsetIds = new Set(listedUnset(section.unset, large.regions.length).unset.map((u) => u.indicator.def.id));
    const named = absent.filter((row) => !unsetIds.has(row.def.id));
    const listed = absent.length - named.length;
    expect(listed).toBeGreaterThan(0);
    expect(coverage).toContain(`<p class="coverage-absent">本地区文件中未出现的其余 ${absent.length} 项指标：<a href="#unset">其中 ${listed} 项见上方其他地区写明了数字的指标</a>${named.length === 0 ? '' : '；'}${named.map((row) => row.def.name_zh).join('、')}</p>`);
    // a small field keeps a row for every indicator
    const seedSection = seeds.regionSections[0];
    if (seedSection === undefined) throw new Error('no seed region');
    const seedPage = regionPage(seeds, seedSection, lookup(seeds, [stripChart(seedSection, 'zh').name])).body.value;
    expect(seedPage.slice(seedPage.indexOf('<h2 id="coverage">')).match(/<tr>/g)).toHaveLength(seeds.coverage.length + 1);
    expect(seedPage).not.toContain('coverage-absent');
    // 5G base stations in total: 台儿庄区 has no figure, the other seed regions with one do, 31 times over
    const withFigure = seeds.regionSections.find((s) => s.region.region === '台儿庄区')?.unset.find((u) => u.indicator.def.id === 'fiveg_stations_total')?.others.length ?? 0;
    expect(withFigure).toBeGreaterThan(0);
    // a large field lists them by reason, each linked, without the count of others repeated on every page
    const unset = page.slice(page.indexOf('<h2 id="unset">'), page.indexOf('<h2 id="coverage">'));
    expect(unset).not.toContain(labelsFor('zh').unsetOthersCount(withFigure * COPIES));
    expect(unset).not.toContain('<table');
    expect(unset).toMatch(/<h3>未出现（\d+）<\/h3><ul class="unset-list">/);
    expect(unset).toContain('<li><a href="../indicators/fiveg_stations_total.html">5G基站总数</a>');
    expect(unset.match(/<li>/g)).toHaveLength(Math.min(section.unset.length, REGION_LIST_MAX));
    expect(page).not.toContain('滕州市·1 ');
  });

  it('lists at most REGION_LIST_MAX indicators others set on a large field\'s region page, those the most others set, and counts the rest', () => {
    expect(REGION_LIST_MAX).toBe(10);
    // 台儿庄区·3 lacks a figure for more indicators than the list holds
    const section = large.regionSections.find((s) => s.region.region === '台儿庄区·3');
    if (section === undefined) throw new Error('region missing');
    expect(section.unset.length).toBeGreaterThan(REGION_LIST_MAX);
    const page = regionPage(large, section, lookup(large, [stripChart(section, 'zh').name])).body.value;
    const unset = page.slice(page.indexOf('<h2 id="unset">'), page.indexOf('<h2 id="coverage">'));
    const listed = [...unset.matchAll(/<li><a href="\.\.\/indicators\/([a-z0-9_]+)\.html">/g)].map((match) => match[1]);
    expect(listed).toHaveLength(REGION_LIST_MAX);
    // no indicator left out is set by more other regions than one listed
    const others = new Map(section.unset.map((u) => [u.indicator.def.id, u.others.length]));
    const fewestListed = Math.min(...listed.map((id) => others.get(id ?? '') ?? 0));
    const left = section.unset.filter((u) => !listed.includes(u.indicator.def.id));
    expect(left).toHaveLength(section.unset.length - REGION_LIST_MAX);
    for (const u of left) expect(u.others.length).toBeLessThanOrEqual(fewestListed);
    expect(unset).toContain(`另有 ${section.unset.length - REGION_LIST_MAX} 项未列出，<a href="#coverage">`);
    expect(unset).toContain('只列出写明数字的其他地区最多的 10 项。');
    // an absent indicator left out of the list is named in the coverage line
    const coverage = page.slice(page.indexOf('<h2 id="coverage">'));
    const index = large.regions.indexOf(section.region);
    for (const u of left) {
      const presence = large.coverage.find((row) => row.def.id === u.indicator.def.id)?.cells[index]?.presence ?? 'absent';
      if (presence === 'absent') expect(coverage).toContain(u.indicator.def.name_zh);
    }
    // the seeds' pages list every one, with no count
    for (const seedSection of seeds.regionSections) {
      const seedPage = regionPage(seeds, seedSection, lookup(seeds, [stripChart(seedSection, 'zh').name])).body.value;
      expect(seedPage).not.toContain('项未列出');
      expect(seedPage).not.toContain('项差距未列出');
      expect(listedUnset(seedSection.unset, seeds.regions.length)).toEqual({ unset: seedSection.unset, left: 0 });
    }
  });

  it('lists the REGION_LIST_MAX largest peer gaps on a large field\'s region page, short of the median first, and counts the rest', () => {
    const section = large.regionSections.find((s) => s.gaps.filter(({ gap }) => gap.value !== null).length > REGION_LIST_MAX);
    if (section === undefined) throw new Error('no region with more gaps than the list holds');
    const all = section.gaps.filter(({ gap }) => gap.value !== null);
    const page = regionPage(large, section, lookup(large, [stripChart(section, 'zh').name])).body.value;
    const gaps = page.slice(page.indexOf('<h2 id="gaps">'), page.indexOf('<h2 id="unset">'));
    const rows = [...gaps.matchAll(/<tr><td><a href="\.\.\/indicators\/([a-z0-9_]+)\.html">/g)].map((match) => match[1]);
    expect(rows).toHaveLength(REGION_LIST_MAX);
    expect(gaps).toContain(`另有 ${all.length - REGION_LIST_MAX} 项差距未列出`);
    expect(gaps).toContain('只列出差距最大的 10 项');
    expect(gaps).toContain('<a href="../index.html#indicators">指标列表</a>');
    // the rows: short of the median before meeting it, and within each group farther from the median first
    const byId = new Map(all.map((entry) => [entry.indicator.def.id, entry.gap]));
    const shown = rows.map((id) => byId.get(id ?? ''));
    const distance = (gap: (typeof shown)[number]): number => Math.abs((gap?.normalised_value ?? 0) - (gap?.peer_median ?? 0)) / Math.abs(gap?.peer_median ?? 1);
    for (let i = 1; i < shown.length; i += 1) {
      const [before, after] = [shown[i - 1], shown[i]];
      if (before?.meets_median === after?.meets_median) expect(distance(before)).toBeGreaterThanOrEqual(distance(after));
      else expect(before?.meets_median).toBe(false);
    }
    // none left out is farther short of the median than the last row short of it
    const short = shown.filter((gap) => gap?.meets_median === false);
    const leftShort = all.filter((entry) => !rows.includes(entry.indicator.def.id) && entry.gap.meets_median === false);
    if (short.length < REGION_LIST_MAX) expect(leftShort).toHaveLength(0);
    else for (const entry of leftShort) expect(distance(entry.gap)).toBeLessThanOrEqual(distance(short[short.length - 1]));
    // a small field lists every gap
    for (const seedSection of seeds.regionSections) {
      expect(listedGaps(seedSection.gaps, seeds.regions.length).gaps).toHaveLength(seedSection.gaps.filter(({ gap }) => gap.value !== null).length);
    }
  });

  it('measures a gap as a share of the median, a figure off a zero median as infinitely far', () => {
    expect(relativeGap({ normalised_value: 50, peer_median: 200 })).toBe(0.75);
    expect(relativeGap({ normalised_value: 300, peer_median: 200 })).toBe(0.5);
    expect(relativeGap({ normalised_value: 3, peer_median: 0 })).toBe(Infinity);
    expect(relativeGap({ normalised_value: 0, peer_median: 0 })).toBe(0);
    expect(relativeGap({ normalised_value: null, peer_median: 4 })).toBe(-1);
  });

  it('draws a large field\'s region strips static and writes one strip file per indicator for all regions, and a small field\'s live', async () => {
    const section = large.regionSections.find((s) => s.region.region === '台儿庄区·3');
    const seedSection = seeds.regionSections[0];
    if (section === undefined || seedSection === undefined) throw new Error('region missing');
    const page = regionPage(large, section, lookup(large, [stripChart(section, 'zh').name])).body.value;
    expect(page).not.toContain('class="chart-spec"');
    expect(page).toContain(`本报告有 ${5 * COPIES} 个地区（多于 30 个），地区页的图只显示静态图`);
    // the region's strip is drawn; its data are in the indicators' strip files, which the page names
    expect(page).toContain('<div class="chart-static"><svg');
    expect(page).toContain(labelsFor('zh').stripFilesNote(recordKey(section.region)));
    expect(page).not.toContain(`charts/${stripChart(section, 'zh').name}.csv`);
    const seedPage = regionPage(seeds, seedSection, lookup(seeds, [stripChart(seedSection, 'zh').name])).body.value;
    expect(seedPage).toContain('class="chart-spec"');
    const files = (await buildReport(large)).files;
    // no strip files per region; one per indicator, each with a row for every region ranked on it
    expect(files.some((file) => file.path === `charts/${stripChart(section, 'zh').name}.vl.json`)).toBe(false);
    const indicator = large.indicators.find((s) => s.def.id === 'green_building_area_new');
    if (indicator === undefined) throw new Error('indicator missing');
    const csv = files.find((file) => file.path === 'charts/strips-green_building_area_new.csv')?.content ?? '';
    const capita = indicator.views.find((view) => view.per === 'capita');
    const ranked = (capita?.records ?? []).filter((record) => record.rank !== null && record.n_ranked >= 2 && record.normalised_value !== null);
    expect(ranked.length).toBeGreaterThan(SMALL_FIELD_MAX);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(ranked.length + 1);
    expect(csv).toContain(recordKey(section.region));
    const spec = files.find((file) => file.path === 'charts/strips-green_building_area_new.vl.json')?.content ?? '{}';
    expect(JSON.parse(spec)).toMatchObject({ data: { url: 'strips-green_building_area_new.csv' }, params: [{ name: 'focus', value: '' }] });
    // Vega draws the spec (rows inline): a tick for every ranked region
    const chart = indicatorStripChart(indicator, 'capita', 'zh');
    const { svg, warnings } = await renderSvg(chart.spec, chart.name);
    expect(warnings).toEqual([]);
    expect(svg.match(/aria-roledescription="tick"/g)).toHaveLength(ranked.length);
    // nothing on a large field's indicator pages is live: every ranking and bounds spec reads its CSV, however few its rows
    const rankingSpec = JSON.parse(files.find((file) => file.path === 'charts/ranking-green_building_area_new-none.vl.json')?.content ?? '{}') as { data: { url?: string; values?: unknown } };
    expect(indicator.views[0]?.records.length).toBeLessThanOrEqual(LIVE_CHART_ROWS_MAX);
    expect(rankingSpec.data).toMatchObject({ url: 'ranking-green_building_area_new.csv' });
    expect(files.some((file) => file.path === 'charts/ranking-green_building_area_new-none.csv')).toBe(false);
    expect(rankingSpec.data.values).toBeUndefined();
    const seedSpec = JSON.parse((await buildReport(seeds)).files.find((file) => file.path === 'charts/ranking-green_building_area_new-none.vl.json')?.content ?? '{}') as { data: { values?: unknown } };
    expect(seedSpec.data.values).toBeDefined();
    // the seeds (a small field) write each region's strip and no indicator strips
    const seedFiles = (await buildReport(seeds)).files.map((file) => file.path);
    expect(seedFiles).toContain(`charts/${stripChart(seedSection, 'zh').name}.vl.json`);
    expect(seedFiles.some((path) => path.startsWith('charts/strips-'))).toBe(false);
  }, 60_000);

  it('keeps region pages the same size whatever the number of regions', async () => {
    const medium = buildReportModel(manyRegionInput(extraction, 8), { planYear: 2023, draws: 0 });
    const largest = (build: ReportBuild): number => Math.max(...build.files.filter((file) => file.path.startsWith('regions/')).map((file) => file.content.length));
    const [fortyRegions, manyRegions] = [largest(await buildReport(medium)), largest(await buildReport(large))];
    // with peers on every strip, the largest page grew more than three times from 40 to 155 regions
    expect(manyRegions).toBeLessThan(fortyRegions * 1.2);
  }, 60_000);
});
