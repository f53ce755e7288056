/**
 * The 完成情况 (targets against results) sections of a report built from several plan years:
 * on a region page its own targets against the results reported for them, on an indicator page
 * every region's target against its result (a chart, live through Vega-Lite and drawn as static
 * SVG, and a table), and on the overview the regions that met the most of their own targets.
 * Pure: the report model in, markup and chart files out; nothing is shown for a single-year run.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Verdict, Wording } from '../catalogue/index.js';
import type { Language } from '../compare/index.js';
import type { Comparator } from '../quantities/index.js';
import { regionKey } from '../regions/index.js';
import { formatRows } from '../tables/index.js';
import type { TrackingRecord } from '../tracking/index.js';
import { CHART_COLORS, VEGA_LITE_SCHEMA, chartConfig, labelExtent } from './charts.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { isSmallField } from './field-size.js';
import { differenceUnitLabel, formatFigure, formatNumber, unitLabel, withUnit } from './format.js';
import { html, link, table, trusted, type HtmlValue, type SafeHtml } from './html.js';
import { labelsFor } from './labels.js';
import type { ReportModel, ReportRegion } from './model.js';

/** Words of the 完成情况 sections, Chinese and English. `{…}` are filled in. */
export const TRACKING_SECTION_WORDS = {
  heading: { zh: '完成情况', en: 'Targets and results' },
  regionNote: {
    zh: '本地区为{years}年设定的目标，与此后任何文件（政府工作报告回顾部分、统计公报、进度新闻）报告的当年结果对照：按目标的界限（以上、以内、区间、左右）和层级（确保、力争）判定；年内部分时段的数字只作进度，口径不同的不作判定。',
    en: 'The region\'s targets for {years} against the results for the same year reported in any later document (a work report\'s review, a statistical bulletin, progress news), judged by the target\'s bound (or more, at most, a range, about) and tier (ensure, strive); figures for part of a year are progress only, figures of another kind are not judged.',
  },
  indicatorNote: {
    zh: '各地区为{years}年设定的本项目标（竖线；区间为浅色带）与报告的当年结果（横条，完成或超额完成为深色）。',
    en: 'Each region\'s target for {years} (tick; a range as a light band) against the result reported for that year (bar, dark when met or exceeded).',
  },
  overviewHeading: { zh: '完成自身目标最多的地区', en: 'Regions that met the most of their own targets' },
  overviewCaveat: {
    zh: '目标由各地区自行设定，高低不一：完成的个数多，说明兑现自身承诺较多，不说明工作量或成效一定更大。只计可判定的目标（有全年结果且口径一致）。',
    en: 'Each region sets its own targets, some bolder than others: meeting more of them shows a region kept more of its own word, not that it did more. Only targets that can be judged (a full-year result of the same kind) count.',
  },
  overviewYear: { zh: '{year}年目标', en: 'Targets of {year}' },
  overviewNoneJudged: { zh: '{year}年的目标尚无可判定的结果。', en: 'No target of {year} can be judged yet.' },
  overviewMore: { zh: '另有{count}个地区，见', en: '{count} more regions: see' },
  overviewAll: { zh: '本年目标的全部地区与指标见', en: 'Every region and indicator of this year\'s targets:' },
  trackingPage: { zh: '完成情况页', en: 'the targets and results page' },
  none: { zh: '—', en: '—' },
  indicator: { zh: '指标', en: 'Indicator' },
  region: { zh: '地区', en: 'Region' },
  year: { zh: '年份', en: 'Year' },
  target: { zh: '目标', en: 'Target' },
  result: { zh: '结果', en: 'Result' },
  verdict: { zh: '完成情况', en: 'Verdict' },
  ratio: { zh: '完成率', en: 'Ratio' },
  difference: { zh: '差额', en: 'Difference' },
  evidence: { zh: '原文', en: 'Evidence' },
  met: { zh: '完成（含超额）', en: 'Met or exceeded' },
  judged: { zh: '可判定', en: 'Judged' },
  share: { zh: '完成比例', en: 'Share met' },
  targetSaid: { zh: '目标：', en: 'Target: ' },
  resultSaid: { zh: '结果：', en: 'Result: ' },
  openSource: { zh: '原文', en: 'source' },
  ensure: { zh: '确保', en: 'ensure' },
  strive: { zh: '力争', en: 'strive' },
  chartTitle: { zh: '{name}：目标与结果', en: '{name}: targets and results' },
  chartAxis: { zh: '{unit}', en: '{unit}' },
  legendMet: { zh: '完成或超额', en: 'met or exceeded' },
  legendOther: { zh: '未完成或未判定', en: 'not met or not judged' },
} as const satisfies Record<string, Wording>;

type WordKey = keyof typeof TRACKING_SECTION_WORDS;

function say(key: WordKey, lang: Language, values: Readonly<Record<string, string | number>> = {}): string {
  return TRACKING_SECTION_WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}

/** How many regions the overview lists per year; the rest are on the attainment page. */
export const OVERVIEW_TRACKING_MAX = 10;

const MET: readonly Verdict[] = ['met', 'exceeded'];
const JUDGED: readonly Verdict[] = ['met', 'exceeded', 'not_met'];

/** One region's count of targets by outcome, for one year. */
export interface RegionTally {
  readonly region: string;
  readonly region_code: string;
  targets: number;
  judged: number;
  met: number;
  notMet: number;
  progress: number;
  noResult: number;
}

/**
 * Count each region's targets by outcome (met or exceeded, not met, judged, progress only, no
 * result) and rank the regions: most targets met first, then the larger share of judged
 * targets met (a region with none judged last), then name in Chinese collation order.
 *
 * @example
 * tallyRegions(rows).map((tally) => [tally.region, tally.met, tally.judged]) // → [['乙县', 2, 2], ['甲县', 1, 2], ['丙县', 0, 0]] (rows of test/report/tracking-page.test.ts)
 */
export function tallyRegions(rows: readonly TrackingRecord[]): RegionTally[] {
  const tallies = new Map<string, RegionTally>();
  for (const row of rows) {
    const key = regionKey(row);
    const tally = tallies.get(key) ?? { region: row.region, region_code: row.region_code, targets: 0, judged: 0, met: 0, notMet: 0, progress: 0, noResult: 0 };
    tallies.set(key, tally);
    tally.targets += 1;
    if (JUDGED.includes(row.verdict)) tally.judged += 1;
    if (MET.includes(row.verdict)) tally.met += 1;
    if (row.verdict === 'not_met') tally.notMet += 1;
    if (row.verdict === 'in_progress') tally.progress += 1;
    if (row.verdict === 'no_result') tally.noResult += 1;
  }
  const share = (tally: RegionTally): number => (tally.judged === 0 ? -1 : tally.met / tally.judged);
  return [...tallies.values()].sort((a, b) => b.met - a.met || share(b) - share(a) || a.region.localeCompare(b.region, 'zh'));
}

/**
 * A target with its bound and tier as a planner writes it (`确保≥5万亩`, `≥300 stations (ensure)`), or — when absent.
 *
 * @example
 * targetText({ target_value: 50000, target_value_high: null, target_comparator: '=', target_tier: 'ensure', unit: 'mu' }, 'zh') // → '确保5万亩'
 */
export function targetText(row: Pick<TrackingRecord, 'target_value' | 'target_value_high' | 'target_comparator' | 'target_tier' | 'unit'>, lang: Language): string {
  if (row.target_value === null) return say('none', lang);
  const figure = figureText(row.target_value, row.target_value_high, row.target_comparator, row.unit, lang);
  const tier = row.target_tier === 'ensure' || row.target_tier === 'strive' ? say(row.target_tier, lang) : '';
  return tier === '' ? figure : lang === 'zh' ? `${tier}${figure}` : `${figure} (${tier})`;
}

/**
 * A result with its bound (`超过` → `>`), or — when no result was found.
 *
 * @example
 * resultText({ result_value: 46000, result_value_high: null, result_comparator: '=', unit: 'mu' }, 'zh') // → '4.6万亩'
 */
export function resultText(row: Pick<TrackingRecord, 'result_value' | 'result_value_high' | 'result_comparator' | 'unit'>, lang: Language): string {
  return row.result_value === null ? say('none', lang) : figureText(row.result_value, row.result_value_high, row.result_comparator, row.unit, lang);
}

/**
 * Result minus target in the indicator's unit, signed (a rate's in 个百分点), or — when not computed.
 *
 * @example
 * differenceText({ difference: -4000, unit: 'mu' }, 'zh') // → '−4000亩'
 * differenceText({ difference: 112, unit: 'station' }, 'en') // → '+112 stations'
 */
export function differenceText(row: Pick<TrackingRecord, 'difference' | 'unit'>, lang: Language): string {
  if (row.difference === null) return say('none', lang);
  const sign = row.difference > 0 ? '+' : row.difference < 0 ? '\u2212' : '±';
  return `${sign}${withUnit(formatNumber(Math.abs(row.difference), lang), differenceUnitLabel(row.unit, lang), lang)}`;
}

function ratioText(row: TrackingRecord, lang: Language): string {
  return row.ratio === null ? say('none', lang) : `${formatNumber(row.ratio * 100, lang, 3)}%`;
}

function figureText(value: number, high: number | null, comparator: Comparator | '', unit: string, lang: Language): string {
  return formatFigure({ value, value_high: high, comparator: comparator === '' ? '=' : comparator }, unitLabel(unit, lang), lang);
}

function verdictCell(row: TrackingRecord): SafeHtml {
  return html`<span class="verdict verdict-${row.verdict}">${row.verdict_text}</span>`;
}

/** Both sentences, each with a link to its document in the report (this year's or its sibling's) when the run copied it. */
function evidenceCell(model: ReportModel, row: TrackingRecord, root: string): SafeHtml {
  const lang = model.options.lang;
  const source = (path: string): HtmlValue => {
    const href = model.trackingSources.get(path);
    return href === undefined ? '' : html` ${link(`${root}${href}`, say('openSource', lang))}`;
  };
  const target = row.target_evidence === '' ? '' : html`${say('targetSaid', lang)}${row.target_evidence}${source(row.target_source)}`;
  const result = row.result_evidence === '' ? '' : html`${say('resultSaid', lang)}${row.result_evidence}${source(row.result_source)}`;
  return html`${target}${target !== '' && result !== '' ? html`<br>` : ''}${result}`;
}

function indicatorName(model: ReportModel, id: string): string {
  const def = model.catalogue.byId.get(id);
  if (def === undefined) return id;
  return model.options.lang === 'zh' ? def.name_zh : def.name_en;
}

function yearsText(rows: readonly TrackingRecord[], lang: Language): string {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b).map(String);
  return years.join(lang === 'zh' ? '、' : ', ');
}

/** Newest year first, then in `track`'s order. */
function newestFirst(rows: readonly TrackingRecord[]): TrackingRecord[] {
  return rows.map((row, index) => ({ row, index })).sort((a, b) => b.row.year - a.row.year || a.index - b.index).map(({ row }) => row);
}

/**
 * The 完成情况 section of a region page: each of the region's targets (the report year's and
 * earlier years') against the result reported for it — indicator, year, target with bound and
 * tier, result, verdict, ratio, difference, both sentences with links to their documents.
 * Empty when the region has no tracked target (always so in a single-year run).
 *
 * @example
 * regionTrackingSection(model, model.regions[0], '../').value.startsWith('<h2 id="tracking">完成情况</h2>') // → true (on the 2023 model of test/fixtures/tracking)
 */
export function regionTrackingSection(model: ReportModel, region: ReportRegion, root: string): SafeHtml | string {
  const lang = model.options.lang;
  const rows = newestFirst(model.tracking.filter((row) => regionKey(row) === region.key));
  if (rows.length === 0) return '';
  const pages = new Map(model.indicators.map((section) => [section.def.id, section.page]));
  const body = rows.map((row): HtmlValue[] => {
    const page = pages.get(row.indicator);
    const name = indicatorName(model, row.indicator);
    return [
      page === undefined ? name : link(`${root}${page}#tracking`, name),
      html`<span class="year">${row.year}</span>`, targetText(row, lang), resultText(row, lang), verdictCell(row), ratioText(row, lang), differenceText(row, lang), evidenceCell(model, row, root),
    ];
  });
  const header = (['indicator', 'year', 'target', 'result', 'verdict', 'ratio', 'difference', 'evidence'] as const).map((key) => say(key, lang));
  return html`<h2 id="tracking">${say('heading', lang)}</h2>
<p class="note">${say('regionNote', lang, { years: yearsText(rows, lang) })}</p>
${table(header, body, 'tracking-region')}
`;
}

/**
 * The 完成情况 section of an indicator page: the chart of each region's target against its
 * result (`trackingChart`) and the table of them, newest year first. Empty when no region has
 * a tracked target of the indicator.
 *
 * @example
 * indicatorTrackingSection(model, 'fiveg_stations_new', '../').value.includes('id="chart-tracking-fiveg_stations_new"') // → true (on the 2023 model of test/fixtures/tracking)
 */
export function indicatorTrackingSection(model: ReportModel, indicator: string, root: string): SafeHtml | string {
  const lang = model.options.lang;
  const rows = newestFirst(model.tracking.filter((row) => row.indicator === indicator));
  if (rows.length === 0) return '';
  const regionPages = new Map(model.regions.map((region) => [region.key, region.page]));
  const body = rows.map((row): HtmlValue[] => {
    const page = regionPages.get(regionKey(row));
    return [
      page === undefined ? row.region : link(`${root}${page}#tracking`, row.region),
      html`<span class="year">${row.year}</span>`, targetText(row, lang), resultText(row, lang), verdictCell(row), ratioText(row, lang), differenceText(row, lang), evidenceCell(model, row, root),
    ];
  });
  const header = (['region', 'year', 'target', 'result', 'verdict', 'ratio', 'difference', 'evidence'] as const).map((key) => say(key, lang));
  const chart = trackingChart(model, indicator);
  return html`<h2 id="tracking">${say('heading', lang)}</h2>
<p class="note">${say('indicatorNote', lang, { years: yearsText(rows, lang) })}</p>
${chart === null ? '' : trackingFigure(chart, root, lang)}
${table(header, body, 'tracking-indicator')}
`;
}

/**
 * The overview's list of the regions that met the most of their own targets: for each year of
 * the report's tracking rows (newest first), at most `OVERVIEW_TRACKING_MAX` regions with a
 * judged target, ranked as `tallyRegions` does (met, judged, share), with the caveat that
 * regions set their own targets. `trackingPage` names the attainment page of the report year
 * when there is one: it is linked under that year's list (it covers that year's targets only).
 *
 * @example
 * overviewTrackingSection(model, 'tracking.html').value.includes('完成自身目标最多的地区') // → true (on the 2023 model of test/fixtures/tracking)
 */
export function overviewTrackingSection(model: ReportModel, trackingPage: string | null): SafeHtml | string {
  const lang = model.options.lang;
  if (model.tracking.length === 0) return '';
  const years = [...new Set(model.tracking.map((row) => row.year))].sort((a, b) => b - a);
  const pages = new Map(model.regions.map((region) => [region.key, region.page]));
  const blocks = years.map((year) => {
    const tallies = tallyRegions(model.tracking.filter((row) => row.year === year)).filter((tally) => tally.judged > 0);
    const shown = tallies.slice(0, OVERVIEW_TRACKING_MAX);
    // the attainment page covers the report year's targets only
    const onPage = trackingPage === null || year !== model.options.planYear ? ''
      : html`<p class="note">${shown.length < tallies.length ? say('overviewMore', lang, { count: tallies.length - shown.length }) : say('overviewAll', lang)} ${link(trackingPage, say('trackingPage', lang))}</p>\n`;
    const heading = html`<h3>${say('overviewYear', lang, { year })}</h3>\n`;
    if (tallies.length === 0) return html`${heading}<p class="note">${say('overviewNoneJudged', lang, { year })}</p>\n${onPage}`;
    const rows = shown.map((tally): HtmlValue[] => {
      const page = pages.get(regionKey(tally));
      return [
        page === undefined ? tally.region : link(`${page}#tracking`, tally.region),
        html`<span class="num">${tally.met}</span>`,
        html`<span class="num">${tally.judged}</span>`,
        `${formatNumber((100 * tally.met) / tally.judged, lang, 3)}%`,
      ];
    });
    return html`${heading}${table([say('region', lang), say('met', lang), say('judged', lang), say('share', lang)], rows, 'tracking-overview')}\n${onPage}`;
  });
  return html`<h2 id="tracking">${say('overviewHeading', lang)}</h2>
<p class="note">${say('overviewCaveat', lang)}</p>
${blocks}`;
}

/** A chart of targets against results: its file name, title, Vega-Lite spec, data and static SVG. */
export interface TrackingChart {
  /** `tracking-<indicator>`: `charts/<name>.vl.json` and `charts/<name>.csv`. */
  readonly name: string;
  readonly title: string;
  readonly spec: TopLevelSpec;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, string | number | boolean | null>[];
  readonly svg: string;
}

const TRACKING_CHART_COLUMNS = ['order', 'label', 'region', 'year', 'target', 'target_high', 'result', 'met', 'status', 'target_text', 'result_text', 'verdict_text'] as const;

/**
 * The chart of one indicator's targets against results: one row per tracked target with a
 * target or a result figure (label the region, with the year when the rows span several), the
 * result as a bar (dark when met or exceeded), the target as a tick and a range as a light band;
 * rows are compact above `SMALL_FIELD_MAX` of them.
 * The same rows give the Vega-Lite spec (rendered live in the browser) and the static SVG.
 * Null when no row has a figure.
 *
 * @example
 * trackingChart(model, 'fiveg_stations_new')?.name // → 'tracking-fiveg_stations_new' (on the 2023 model of test/fixtures/tracking)
 */
export function trackingChart(model: ReportModel, indicator: string): TrackingChart | null {
  const lang = model.options.lang;
  const tracked = newestFirst(model.tracking.filter((row) => row.indicator === indicator)).filter((row) => row.target_value !== null || row.result_value !== null);
  if (tracked.length === 0) return null;
  const severalYears = new Set(tracked.map((row) => row.year)).size > 1;
  const label = (row: TrackingRecord): string => (severalYears ? (lang === 'zh' ? `${row.region}（${row.year}）` : `${row.region} (${row.year})`) : row.region);
  const met = say('legendMet', lang);
  const other = say('legendOther', lang);
  const rows = tracked.map((row, order) => ({
    order,
    label: label(row),
    region: row.region,
    year: row.year,
    target: row.target_value,
    target_high: row.target_value_high,
    result: row.result_value,
    met: MET.includes(row.verdict),
    status: MET.includes(row.verdict) ? met : other,
    target_text: targetText(row, lang),
    result_text: resultText(row, lang),
    verdict_text: row.verdict_text,
  }));
  const name = indicatorName(model, indicator);
  const title = say('chartTitle', lang, { name });
  const unit = unitLabel(tracked[0]?.unit ?? '', lang);
  const tooltip = [
    { field: 'label', title: say('region', lang) },
    { field: 'target_text', title: say('target', lang) },
    { field: 'result_text', title: say('result', lang) },
    { field: 'verdict_text', title: say('verdict', lang) },
  ];
  const x = { type: 'quantitative' as const, title: unit, scale: { zero: true } };
  const size = rowSize(rows.length);
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width: CHART.width - CHART.labelWidth - CHART.right,
    height: { step: size.step },
    config: chartConfig(lang),
    data: { values: rows },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: { field: 'order', op: 'min', order: 'ascending' }, title: null, axis: { ticks: false, minExtent: labelExtent(rows.map((row) => row.label), 12) } },
    },
    // a layer only where it has rows: Vega warns of an empty field's infinite extent
    layer: [
      ...(rows.some((row) => row.target_high !== null) ? [{
        transform: [{ filter: 'datum.target_high !== null' }],
        mark: { type: 'bar' as const, color: TARGET_BAND, height: size.step - 4 },
        encoding: { x: { ...x, field: 'target' }, x2: { field: 'target_high' }, tooltip },
      }] : []),
      ...(rows.some((row) => row.result !== null) ? [{
        transform: [{ filter: 'datum.result !== null' }],
        mark: { type: 'bar' as const, height: size.bar },
        encoding: {
          x: { ...x, field: 'result' },
          color: { field: 'status', type: 'nominal' as const, title: null, scale: { domain: [met, other], range: [RESULT_MET, RESULT_OTHER] }, legend: { orient: 'bottom' as const } },
          tooltip,
        },
      }, {
        transform: [{ filter: 'datum.result !== null' }],
        mark: { type: 'text' as const, align: 'left' as const, dx: 4, fontSize: 11, color: CHART_COLORS.text },
        encoding: { x: { ...x, field: 'result' }, text: { field: 'result_text' } },
      }] : []),
      ...(rows.some((row) => row.target !== null && row.target_high === null) ? [{
        transform: [{ filter: 'datum.target !== null && datum.target_high === null' }],
        mark: { type: 'tick' as const, color: TARGET_TICK, thickness: 2, size: size.step - 4 },
        encoding: { x: { ...x, field: 'target' }, tooltip },
      }] : []),
    ],
  };
  return { name: `tracking-${indicator}`, title, spec, columns: TRACKING_CHART_COLUMNS, rows, svg: targetResultSvg(tracked, label, title, lang) ?? '' };
}

/**
 * The chart files of every indicator with tracked targets (`charts/tracking-<id>.vl.json` and
 * `.csv`, UTF-8 with BOM), for `buildReport` to write beside the others.
 *
 * @example
 * trackingChartFiles(model).map((file) => file.path)[0] // → 'charts/tracking-fiveg_stations_new.vl.json' (on the 2023 model of test/fixtures/tracking)
 */
export function trackingChartFiles(model: ReportModel): { readonly path: string; readonly content: string }[] {
  const indicators = model.indicators.map((section) => section.def.id);
  return indicators.flatMap((indicator) => {
    const chart = trackingChart(model, indicator);
    if (chart === null) return [];
    return [
      { path: `charts/${chart.name}.vl.json`, content: `${JSON.stringify(chart.spec, null, 2)}\n` },
      { path: `charts/${chart.name}.csv`, content: formatRows(chart.rows, chart.columns, 'csv', { bom: true }) },
    ];
  });
}

/** The chart as the report's other charts are shown: static SVG, the spec for vega-embed, links to data and spec. */
function trackingFigure(chart: TrackingChart, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  return html`<figure class="chart" id="chart-${chart.name}" aria-label="${chart.title}">
<div class="chart-static">${trusted(chart.svg)}</div>
<script type="application/json" class="chart-spec">${trusted(jsonForScript(chart.spec))}</script>
<figcaption>${link(`${root}charts/${chart.name}.csv`, labels.chartData)}${link(`${root}charts/${chart.name}.vl.json`, labels.chartSpec)}</figcaption>
</figure>`;
}

const CHART = { width: 640, labelWidth: 110, rowHeight: 26, compactRowHeight: 16, top: 8, bar: 12, compactBar: 8, right: 70 } as const;

/** Row height and bar thickness: compact above `SMALL_FIELD_MAX` rows, so a chart of 300 regions stays about 5,000 pixels tall. */
function rowSize(rows: number): { readonly step: number; readonly bar: number } {
  return isSmallField(rows) ? { step: CHART.rowHeight, bar: CHART.bar } : { step: CHART.compactRowHeight, bar: CHART.compactBar };
}
const TARGET_BAND = '#cfe3f3';
const TARGET_TICK = '#c0392b';
const RESULT_MET = '#2b6ca3';
const RESULT_OTHER = '#a9c4dc';

/**
 * A static SVG of target against result, one row per tracking row: the result as a bar (dark
 * when met or exceeded, light otherwise), the target as a tick (a range as a band), the
 * result's figure at the bar's end. Drawn from the rows alone: no script, no style attribute,
 * every text escaped. Null when no row has a figure.
 *
 * @example
 * targetResultSvg(rows, (row) => row.region, '新建5G基站', 'zh')?.startsWith('<svg') // → true (on its rows)
 */
export function targetResultSvg(rows: readonly TrackingRecord[], labelOf: (row: TrackingRecord) => string, label: string, lang: Language): string | null {
  const drawn = rows.filter((row) => row.target_value !== null || row.result_value !== null);
  if (drawn.length === 0) return null;
  let high = 0;
  let low = 0;
  for (const row of drawn) {
    for (const value of [row.target_value, row.target_value_high, row.result_value, row.result_value_high]) {
      if (value === null) continue;
      if (value > high) high = value;
      if (value < low) low = value;
    }
  }
  const plot = CHART.width - CHART.labelWidth - CHART.right;
  const x = (value: number): number => CHART.labelWidth + (high === low ? 0 : ((value - low) / (high - low)) * plot);
  const { step, bar } = rowSize(drawn.length);
  const height = CHART.top * 2 + drawn.length * step;
  const marks = drawn.map((row, index) => {
    const y = CHART.top + index * step;
    const middle = y + step / 2;
    const parts: string[] = [`<text x="${CHART.labelWidth - 6}" y="${middle + 4}" text-anchor="end" font-size="12">${escapeHtml(labelOf(row))}</text>`];
    if (row.target_value !== null && row.target_value_high !== null) {
      const from = x(Math.min(row.target_value, row.target_value_high));
      parts.push(`<rect x="${fixed(from)}" y="${y + 2}" width="${fixed(Math.max(1, x(Math.max(row.target_value, row.target_value_high)) - from))}" height="${step - 4}" fill="${TARGET_BAND}"/>`);
    }
    if (row.result_value !== null) {
      const from = x(Math.min(0, row.result_value));
      const met = MET.includes(row.verdict);
      parts.push(`<rect x="${fixed(from)}" y="${middle - bar / 2}" width="${fixed(Math.max(1, Math.abs(x(row.result_value) - x(0))))}" height="${bar}" fill="${met ? RESULT_MET : RESULT_OTHER}"/>`);
      parts.push(`<text x="${fixed(x(Math.max(0, row.result_value)) + 4)}" y="${middle + 4}" font-size="11">${escapeHtml(formatNumber(row.result_value, lang))}</text>`);
    }
    if (row.target_value !== null && row.target_value_high === null) {
      const at = fixed(x(row.target_value));
      parts.push(`<line x1="${at}" x2="${at}" y1="${y + 2}" y2="${y + step - 2}" stroke="${TARGET_TICK}" stroke-width="2"/>`);
    }
    return parts.join('');
  });
  const title = escapeHtml(label);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" role="img" aria-label="${title}"><title>${title}</title>${marks.join('')}</svg>`;
}

function fixed(value: number): string {
  return String(Math.round(value * 10) / 10);
}
