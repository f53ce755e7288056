/**
 * The report's charts, built by pure functions from the report model. Each `ChartDef` holds
 * the rows behind the chart (written as its CSV), a Vega-Lite spec that carries the same rows
 * inline (self-contained, rendered live in the browser by vega-embed), and what the static
 * drawing needs besides the rows: kind, titles, value axis and row height. `svg-chart.ts`
 * draws the static SVG from those, so no Vega runs on the server. Labels come from
 * `labels.ts`, numbers from `format.ts`; fields larger than `SMALL_FIELD_MAX` regions are
 * drawn in summary (see `field-size.ts`).
 */
import type { Config, TopLevelSpec } from 'vega-lite';
import { VIEWS, type ComparisonRecord, type Language, type Per } from '../compare/index.js';
import type { Comparator } from '../quantities/index.js';
import { axisLabelExpr, formatDenominator, formatFigure, formatNumber, unitLabel, viewUnitLabel } from './format.js';
import { isSmallField } from './field-size.js';
import { labelsFor, type BoundKind } from './labels.js';
import { recordKey, type IndicatorSection, type RegionSection, type ReportModel } from './model.js';

/** A cell of a chart's data table. */
export type ChartCell = string | number | boolean | null;
/** One row of a chart's data table. */
export type ChartRow = Readonly<Record<string, ChartCell>>;

/** The kinds of chart the report draws; `svg-chart.ts` has one static drawing per kind. */
export type ChartKind = 'composite' | 'ranking' | 'bounds' | 'strip';

/** A chart's value (horizontal) axis, the same for the spec and the static drawing. */
export interface ChartAxis {
  readonly title: string;
  /** A fixed domain, or null: from zero (or the lowest value, if negative) to the highest value, rounded out to nice numbers. */
  readonly domain: readonly [number, number] | null;
  /** Fixed tick values, or null: about `tickCount` round values over the domain. */
  readonly values: readonly number[] | null;
  readonly tickCount: number;
  /** `figure`: numbers written as `axisNumber` writes them (万/亿, million); `integer`: ranks and percentiles. */
  readonly format: 'figure' | 'integer';
  /** Vertical grid lines at the ticks. */
  readonly grid: boolean;
}

/** A chart: its file name (no extension), spec, data, and what its static drawing needs. */
export interface ChartDef {
  /** File-safe name: `charts/<name>.vl.json`, `charts/<name>.csv`. */
  readonly name: string;
  readonly kind: ChartKind;
  readonly lang: Language;
  readonly title: string;
  /** Subtitle lines (none to three). */
  readonly subtitle: readonly string[];
  readonly axis: ChartAxis;
  /** Height of one row (category) in pixels. */
  readonly step: number;
  /** The `region_key` a strip chart highlights; null for the other kinds. */
  readonly focus: string | null;
  readonly spec: TopLevelSpec;
  /** The data behind the chart (the spec's inline values), with its columns in order. */
  readonly columns: readonly string[];
  readonly rows: readonly ChartRow[];
  /** The rows the static drawing shows, when not all of them (`boundsExtremes`); the spec and CSV keep `rows`. */
  readonly drawn?: readonly ChartRow[];
}

/**
 * The Vega-Lite schema every spec declares (not fetched: vega-embed reads the version from it).
 *
 * @example
 * VEGA_LITE_SCHEMA // → 'https://vega.github.io/schema/vega-lite/v6.json'
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * Fonts of the charts and pages: CJK fonts first, so Chinese renders on Linux, macOS and Windows.
 *
 * @example
 * FONT_STACK.startsWith('"Noto Sans CJK SC"') // → true
 */
export const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

/**
 * Colours of the charts, shared by the specs and the static drawings.
 *
 * @example
 * CHART_COLORS.focus // → '#c0392b'
 */
export const CHART_COLORS = {
  bar: '#3b6ea8', light: '#9dbbdc', focus: '#c0392b', muted: '#9a9a9a', track: '#e3e3e3', text: '#333333',
  subtitle: '#555555', grid: '#ececec', domain: '#888888', background: 'white',
} as const;
const COLORS = CHART_COLORS;

/**
 * Sizes per chart kind, shared by the specs and the static drawings: plot width in pixels
 * (with labels the charts fit an A4 page, about 680 px), row height, and font size of the
 * row labels. The composite and ranking charts use `compactStep` in fields larger than
 * `SMALL_FIELD_MAX`, so a chart of 300 regions stays a few thousand pixels tall.
 *
 * @example
 * CHART_LAYOUT.strip.width // → 320
 */
export const CHART_LAYOUT = {
  composite: { width: 460, step: 30, compactStep: 18, labelFontSize: 13 },
  ranking: { width: 460, step: 28, compactStep: 18, labelFontSize: 13 },
  bounds: { width: 460, step: 34, compactStep: 34, labelFontSize: 13 },
  strip: { width: 320, step: 26, compactStep: 26, labelFontSize: 12 },
} as const satisfies Record<ChartKind, { width: number; step: number; compactStep: number; labelFontSize: number }>;

/**
 * The chart configuration shared by every spec: fonts, sizes, and a number locale without
 * thousands separators in Chinese.
 *
 * @example
 * chartConfig('zh').locale?.number?.thousands // → ''
 */
export function chartConfig(lang: Language): Config {
  return {
    font: FONT_STACK,
    background: 'white',
    locale: { number: { decimal: '.', thousands: lang === 'zh' ? '' : ',', grouping: [3], currency: ['¥', ''] } },
    axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', titleColor: COLORS.text, labelColor: COLORS.text, labelLimit: 200, gridColor: '#ececec', domainColor: '#888888', tickColor: '#888888' },
    title: { anchor: 'start', fontSize: 14, fontWeight: 'bold', subtitleFontSize: 12, subtitleColor: '#555555', offset: 10 },
    legend: { labelFontSize: 12, titleFontSize: 12 },
    view: { stroke: null },
  };
}

/** Characters drawn a full em wide: CJK ideographs and punctuation, full-width forms, curly quotes. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d]/u;

/**
 * The estimated width of a text in pixels: a CJK character is about one em wide, others
 * about 0.6 em. No font is measured, so the same text always gives the same width.
 *
 * @example
 * textWidth('台儿庄区', 13) // → 52
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE.test(character) ? 1 : 0.6;
  return ems * fontSize;
}

/**
 * The room (in pixels) a column of axis labels needs (`textWidth` of the widest, capped at
 * `limit`, plus 8 px of padding). Both the specs (axis `minExtent`, so the live charts keep
 * the same label column) and the static drawings use it.
 *
 * @example
 * labelExtent(['台儿庄区', '滕州市'], 13) // → 60 (4 × 13 + 8 px tick padding)
 */
export function labelExtent(labels: readonly string[], fontSize: number, limit = 220): number {
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, textWidth(label, fontSize));
  return Math.ceil(Math.min(limit, widest) + 8);
}

/**
 * The bound a comparator expresses, as drawn in the charts.
 *
 * @example
 * boundKind('>=') // → 'at-least'
 * boundKind(null) // → 'exact'
 */
export function boundKind(comparator: Comparator | null): BoundKind {
  switch (comparator) {
    case '>=': return 'at-least';
    case '>': return 'more-than';
    case '<=': return 'at-most';
    case '<': return 'less-than';
    case '~': return 'approximate';
    case 'range': return 'range';
    default: return 'exact';
  }
}

function taskLabel(task: number | null, lang: Language): string | null {
  return task === null ? null : labelsFor(lang).taskNumber(task);
}

function recordFigure(record: ComparisonRecord, value: number, unit: string, lang: Language): string {
  return formatFigure({ value, value_high: record.per === 'none' ? record.value_high : null, comparator: record.comparator }, unit, lang);
}

function missingLabel(record: ComparisonRecord, lang: Language): string {
  const labels = labelsFor(lang);
  const reason = record.null_reason;
  return reason === null ? labels.notRanked : labels.missingShort[reason] ?? labels.notRanked;
}

/**
 * A region's name with its administrative level, as rankings show it (like is compared with
 * like, so the level is in sight wherever a rank is).
 *
 * @example
 * withLevel('滕州市', '县级市', 'zh') // → '滕州市（县级市）'
 * withLevel('滕州市', 'county_level_city', 'en') // → '滕州市 (county-level city)'
 */
export function withLevel(region: string, level: string, lang: Language): string {
  if (level === '') return region;
  const labels = labelsFor(lang);
  return `${region}${labels.paren(labels.levelNames[level] ?? level)}`;
}

/**
 * The ranking bar chart of one indicator in one view: one bar per region with a normalised
 * value, ordered by rank; regions without one stay on the axis with the reason in words. In a
 * field of more than `SMALL_FIELD_MAX` regions only the regions with a figure are listed (those
 * lacking a denominator still, with the reason); the others are counted by reason in a last
 * subtitle line (`unlistedLine`).
 * Bounds (≥, ≤, ≈, ranges) are drawn lighter and labelled with their symbol. Tooltips carry
 * the figure as written, the denominator and the evidence sentence.
 *
 * @example
 * const chart = rankingChart(model.indicators[0], 'capita', 'zh');
 * chart.name // → 'ranking-fiveg_stations_new-capita'
 */
export function rankingChart(section: IndicatorSection, per: Per, lang: Language): ChartDef {
  const labels = labelsFor(lang);
  const comparison = section.views.find((c) => c.per === per);
  if (comparison === undefined) throw new Error(`invalid view: ${per} does not apply to ${section.def.id}`);
  const name = lang === 'zh' ? section.def.name_zh : section.def.name_en;
  const unit = viewUnitLabel(section.def.unit, per, lang);
  // a large field lists the regions with a figure; those without one are counted by reason
  // in the subtitle (a national run drew 2,000 empty rows of 3,188 in every ranking)
  const small = isSmallField(comparison.records.length);
  const listed = small ? comparison.records : comparison.records.filter((record) => record.value !== null);
  const rows = listed.map((record, order): ChartRow => {
    const chosen = section.chosen.get(recordKey(record));
    return {
      order,
      region: withLevel(record.region, record.region_level, lang),
      region_code: record.region_code,
      rank: record.rank,
      n_ranked: record.n_ranked,
      normalised_value: record.normalised_value,
      label: record.normalised_value === null ? missingLabel(record, lang) : recordFigure(record, record.normalised_value, unit, lang),
      bound: record.value === null ? null : boundKind(record.comparator),
      raw: chosen?.raw ?? null,
      denominator: record.denominator_value === null || record.denominator_unit === null ? null
        : `${formatDenominator(record.denominator_value, record.denominator_unit, lang)}${labels.paren(String(record.denominator_year ?? labels.undated))}`,
      evidence: record.evidence,
      task: taskLabel(record.task, lang),
    };
  });
  const title = labels.rankingTitle(name, labels.viewNames[per]);
  const unlisted = small ? '' : unlistedLine(comparison.records, lang);
  const subtitle = [
    comparison.polarity === 'higher_is_better' ? labels.rankingSubtitleHigher : labels.rankingSubtitleLower,
    ...(VIEWS[per].metric === null ? [] : [labels.denominatorSubtitle(labels.metricNames[VIEWS[per].metric ?? ''] ?? '')]),
    ...(unlisted === '' ? [] : [unlisted]),
  ];
  const tip = labels.tooltip;
  const tooltip = [
    { field: 'region', title: tip.region },
    { field: 'rank', title: tip.rank },
    { field: 'raw', title: tip.value },
    { field: 'label', title: tip.normalised },
    { field: 'denominator', title: tip.denominator },
    { field: 'evidence', title: tip.evidence },
    { field: 'task', title: tip.task },
  ];
  const layout = CHART_LAYOUT.ranking;
  const step = small ? layout.step : layout.compactStep;
  const axis: ChartAxis = { title: unit, domain: null, values: null, tickCount: 5, format: 'figure', grid: true };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle },
    width: layout.width,
    height: { step },
    config: chartConfig(lang),
    data: { values: rows as Record<string, ChartCell>[] },
    encoding: {
      y: { field: 'region', type: 'nominal', sort: { field: 'order', op: 'min', order: 'ascending' }, title: null, axis: { labelFontSize: layout.labelFontSize, ticks: false, minExtent: labelExtent(rows.map((r) => String(r.region)), layout.labelFontSize) } },
    },
    layer: [
      {
        transform: [{ filter: 'datum.normalised_value !== null' }],
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          x: { field: 'normalised_value', type: 'quantitative', title: unit, axis: { labelExpr: axisLabelExpr(lang), tickCount: axis.tickCount }, scale: { zero: true, nice: true } },
          color: { condition: { test: "datum.bound === 'exact'", value: COLORS.bar }, value: COLORS.light },
          tooltip,
        },
      },
      {
        transform: [{ filter: 'datum.normalised_value !== null' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 12, color: COLORS.text },
        encoding: { x: { field: 'normalised_value', type: 'quantitative' }, text: { field: 'label' }, tooltip },
      },
      {
        transform: [{ filter: 'datum.normalised_value === null' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 2, fontSize: 12, fontStyle: 'italic', color: COLORS.muted },
        encoding: { x: { datum: 0, type: 'quantitative' }, text: { field: 'label' }, tooltip },
      },
    ],
  };
  return {
    name: `ranking-${section.def.id}-${per}`, kind: 'ranking', lang, title, subtitle, axis, step, focus: null,
    spec, columns: Object.keys(rows[0] ?? { order: 0 }), rows,
  };
}

/**
 * The line a large field's ranking carries about the regions it does not list: how many of the
 * field have no figure, by reason (absent, mentioned without a figure, only other kinds …),
 * most frequent first; empty when every region has one.
 *
 * @example
 * unlistedLine(records, 'zh') // → '未列出没有数字的 2018 个地区：未出现 1990；提到，无数字 28'
 */
export function unlistedLine(records: readonly ComparisonRecord[], lang: Language): string {
  const labels = labelsFor(lang);
  const byReason = new Map<string, number>();
  for (const record of records) {
    if (record.value !== null) continue;
    const reason = missingLabel(record, lang);
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  if (byReason.size === 0) return '';
  const total = [...byReason.values()].reduce((sum, count) => sum + count, 0);
  const reasons = [...byReason].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, count]) => labels.reasonCount(reason, count));
  return labels.rankingUnlisted(total, reasons);
}

/** Font size of the figures written over the dots of the bounds chart. */
const BOUNDS_LABEL_SIZE = 12;
/** Room, in pixels, kept between a figure's label and either end of the value axis. */
const LABEL_MARGIN = 2;

/**
 * Where to centre a label of `width` pixels written over a dot at `value` on an axis from 0 to
 * `domainMax` drawn `plotWidth` pixels wide: over the dot, or moved inward just enough that
 * it stays inside the plot, so a figure near 0 never runs over the region names left of the
 * axis (nor one near the end past the chart's edge). The label still spans its dot unless it
 * is wider than the plot, when it is centred on the plot.
 *
 * @example
 * labelCentre(3, 88, 100, 460) // → 10 (centred at 3 the label would start 41 px left of the axis; 44 px + 2 px margin is 10 on this axis)
 * labelCentre(50, 88, 100, 460) // → 50
 * labelCentre(98, 88, 100, 460) // → 90
 */
export function labelCentre(value: number, width: number, domainMax: number, plotWidth: number): number {
  if (domainMax <= 0 || plotWidth <= 0) return value;
  const half = ((width / 2 + LABEL_MARGIN) / plotWidth) * domainMax;
  if (2 * half >= domainMax) return domainMax / 2;
  return Math.min(Math.max(value, half), domainMax - half);
}

/**
 * The dot plot of the figures as written (raw view): a filled dot for an exact figure, a
 * hollow one for an approximate figure, a dashed line ending in an arrowhead at the axis edge
 * for an open bound (`≥` to the right, `≤` to the left), a solid segment for a range.
 *
 * @example
 * boundsChart(model.indicators[0], 'en').rows.map((row) => row.bound)
 * // → ['approximate', 'exact', 'at-least']
 */
export function boundsChart(section: IndicatorSection, lang: Language): ChartDef {
  const labels = labelsFor(lang);
  const raw = section.views[0];
  if (raw === undefined) throw new Error(`invalid indicator section: ${section.def.id} has no views`);
  const unit = unitLabel(section.def.unit, lang);
  const present = raw.records.filter((r): r is ComparisonRecord & { value: number } => r.value !== null);
  const highest = Math.max(0, ...present.map((r) => Math.max(r.value, r.value_high ?? 0)));
  const domainMax = niceCeiling(highest * 1.15);
  const layout = CHART_LAYOUT.bounds;
  const rows = present.map((record, order): ChartRow => {
    const bound = boundKind(record.comparator);
    const label = recordFigure(record, record.value, unit, lang);
    const open = bound === 'at-least' || bound === 'more-than' ? domainMax : bound === 'at-most' || bound === 'less-than' ? 0 : null;
    return {
      order,
      region: record.region,
      region_code: record.region_code,
      value: record.value,
      value_high: record.value_high,
      x_end: bound === 'range' ? record.value_high : open,
      arrow: open === null ? null : open > 0 ? 'triangle-right' : 'triangle-left',
      bound,
      bound_label: labels.boundNames[bound],
      label,
      label_x: labelCentre(record.value, textWidth(label, BOUNDS_LABEL_SIZE), domainMax, layout.width),
      raw: section.chosen.get(recordKey(record))?.raw ?? null,
      evidence: record.evidence,
      task: taskLabel(record.task, lang),
    };
  });
  const tip = labels.tooltip;
  const tooltip = [
    { field: 'region', title: tip.region },
    { field: 'raw', title: tip.value },
    { field: 'bound_label', title: tip.bound },
    { field: 'evidence', title: tip.evidence },
    { field: 'task', title: tip.task },
  ];
  const axis: ChartAxis = { title: labels.boundsAxis(unit), domain: [0, domainMax], values: null, tickCount: 5, format: 'figure', grid: true };
  const x = { field: 'value', type: 'quantitative' as const, title: axis.title, scale: { domain: [0, domainMax], nice: false }, axis: { labelExpr: axisLabelExpr(lang), tickCount: axis.tickCount } };
  const title = labels.rankingTitle(lang === 'zh' ? section.def.name_zh : section.def.name_en, labels.boundsTitle);
  const subtitle = [labels.boundsSubtitle];
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: labels.boundsSubtitle },
    width: layout.width,
    height: { step: layout.step },
    config: chartConfig(lang),
    data: { values: rows as Record<string, ChartCell>[] },
    encoding: {
      y: { field: 'region', type: 'nominal', sort: { field: 'order', op: 'min', order: 'ascending' }, title: null, axis: { labelFontSize: layout.labelFontSize, ticks: false, grid: true, minExtent: labelExtent(present.map((r) => r.region), layout.labelFontSize) } },
    },
    layer: [
      {
        transform: [{ filter: 'datum.x_end !== null' }],
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x,
          x2: { field: 'x_end' },
          strokeDash: { condition: { test: "datum.bound === 'range'", value: [1, 0] }, value: [5, 3] },
          color: { value: COLORS.bar },
          tooltip,
        },
      },
      {
        transform: [{ filter: 'datum.arrow !== null' }],
        mark: { type: 'point', filled: true, size: 70, color: COLORS.bar },
        encoding: { x: { field: 'x_end', type: 'quantitative' }, shape: { field: 'arrow', type: 'nominal', scale: null }, tooltip },
      },
      {
        transform: [{ filter: "datum.bound === 'range'" }],
        mark: { type: 'point', filled: true, size: 80, color: COLORS.bar, shape: 'circle' },
        encoding: { x: { field: 'value_high', type: 'quantitative' }, tooltip },
      },
      {
        mark: { type: 'point', filled: true, size: 110, shape: 'circle', stroke: COLORS.bar, strokeWidth: 2 },
        encoding: {
          x,
          fill: { condition: { test: "datum.bound === 'approximate'", value: 'white' }, value: COLORS.bar },
          tooltip,
        },
      },
      {
        // centred over the dot, moved inward where it would reach past either end of the axis
        mark: { type: 'text', dy: -13, fontSize: BOUNDS_LABEL_SIZE, color: COLORS.text },
        encoding: { x: { field: 'label_x', type: 'quantitative' }, text: { field: 'label' }, tooltip },
      },
    ],
  };
  return {
    name: `bounds-${section.def.id}`, kind: 'bounds', lang, title, subtitle, axis, step: layout.step, focus: null,
    spec, columns: Object.keys(rows[0] ?? { order: 0 }), rows,
  };
}

/**
 * The most figures a large field's bounds plot draws (`boundsExtremes`): as many as a small
 * field's plot, half of them the highest figures and half the lowest. Every region's dot in a
 * national run's 44 bounds plots was 9.7 MB of static drawings that no one reads row by row;
 * the plot keeps the field's axis, so the extremes show its spread, and its CSV every region.
 *
 * @example
 * BOUNDS_DRAWN_MAX // → 30
 */
export const BOUNDS_DRAWN_MAX = 30;

/**
 * A bounds plot whose static drawing shows only the `most / 2` highest and `most / 2` lowest
 * figures (by `value`; ties in the plot's order), in the plot's order, with a subtitle line
 * saying so; its spec, CSV and axis keep every row. A plot of at most `most` rows is returned
 * as it is. A `most` below 2 or not an integer throws `invalid bounds rows: <most>`.
 *
 * @example
 * boundsExtremes(boundsChart(section, 'zh'), 4).drawn?.map((row) => row.value) // → [900, 800, 20, 10] (of 3,000)
 */
export function boundsExtremes(chart: ChartDef, most: number = BOUNDS_DRAWN_MAX): ChartDef {
  if (!Number.isInteger(most) || most < 2) throw new Error(`invalid bounds rows: ${most}`);
  if (chart.rows.length <= most) return chart;
  const half = Math.floor(most / 2);
  const byValue = chart.rows.map((row, index) => ({ index, value: typeof row.value === 'number' ? row.value : 0 }))
    .sort((a, b) => b.value - a.value || a.index - b.index);
  const kept = new Set([...byValue.slice(0, half), ...byValue.slice(-half)].map((entry) => entry.index));
  const drawn = chart.rows.filter((_, index) => kept.has(index));
  return { ...chart, drawn, subtitle: [...chart.subtitle, labelsFor(chart.lang).boundsExtremes(half, chart.rows.length)] };
}

/**
 * The composite ranking with rank intervals: for each region the median rank (dot), the
 * 5th–95th percentile interval (thick bar), best–worst (thin line) and the base rank
 * (diamond), on a rank axis with 1 = best on the left.
 *
 * @example
 * compositeChart(model, 'zh').rows[0]?.region // → the region with the best median rank
 */
export function compositeChart(model: ReportModel, lang: Language): ChartDef {
  const labels = labelsFor(lang);
  const composite = new Map(model.composite.records.map((r) => [recordKey(r), r]));
  const rows = model.robustness.records.map((record, order): ChartRow => {
    const base = composite.get(recordKey(record));
    return {
      order,
      region: withLevel(record.region, record.region_level, lang),
      region_code: record.region_code,
      base_rank: record.base_rank,
      median_rank: record.median_rank,
      rank_p05: record.rank_p05,
      rank_p95: record.rank_p95,
      rank_min: record.rank_min,
      rank_max: record.rank_max,
      composite: base?.composite ?? null,
      composite_label: base?.composite === null || base?.composite === undefined ? null : formatNumber(base.composite, lang, 3),
      interval: rankInterval(record.rank_p05, record.rank_p95, lang),
      best_worst: rankInterval(record.rank_min, record.rank_max, lang),
      unstable: record.flags.includes('rank-unstable'),
    };
  });
  const n = Math.max(1, model.robustness.field_size);
  const small = isSmallField(n);
  const layout = CHART_LAYOUT.composite;
  const step = small ? layout.step : layout.compactStep;
  // every rank gets a tick in a small field; in a large one about ten round ranks do
  const axis: ChartAxis = {
    title: labels.compositeAxis, domain: [0.5, n + 0.5], values: small ? Array.from({ length: n }, (_, i) => i + 1) : null,
    tickCount: 10, format: 'integer', grid: true,
  };
  const tip = labels.tooltip;
  const tooltip = [
    { field: 'region', title: tip.region },
    { field: 'base_rank', title: tip.baseRank },
    { field: 'median_rank', title: tip.medianRank },
    { field: 'interval', title: tip.interval },
    { field: 'best_worst', title: tip.range },
    { field: 'composite_label', title: tip.composite },
  ];
  const x = {
    field: 'median_rank', type: 'quantitative' as const, title: axis.title,
    scale: { domain: [0.5, n + 0.5], nice: false, zero: false },
    axis: axis.values === null ? { tickCount: axis.tickCount, tickMinStep: 1, format: 'd', grid: true } : { values: [...axis.values], format: 'd', grid: true },
  };
  const title = labels.compositeHeading;
  const subtitle = [labels.compositeSubtitle];
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: title,
      subtitle: labels.compositeSubtitle,
    },
    width: layout.width,
    height: { step },
    config: chartConfig(lang),
    data: { values: rows as Record<string, ChartCell>[] },
    transform: [{ filter: 'datum.median_rank !== null' }],
    encoding: {
      y: { field: 'region', type: 'nominal', sort: { field: 'order', op: 'min', order: 'ascending' }, title: null, axis: { labelFontSize: layout.labelFontSize, ticks: false, minExtent: labelExtent(rows.map((r) => String(r.region)), layout.labelFontSize) } },
    },
    layer: [
      { mark: { type: 'rule', color: COLORS.muted, strokeWidth: 1 }, encoding: { x: { ...x, field: 'rank_min' }, x2: { field: 'rank_max' }, tooltip } },
      { mark: { type: 'rule', color: COLORS.light, strokeWidth: 8 }, encoding: { x: { ...x, field: 'rank_p05' }, x2: { field: 'rank_p95' }, tooltip } },
      { mark: { type: 'point', filled: true, size: 90, color: COLORS.bar, shape: 'circle' }, encoding: { x, tooltip } },
      { mark: { type: 'point', filled: true, size: 70, color: COLORS.focus, shape: 'diamond', opacity: 0.85 }, encoding: { x: { ...x, field: 'base_rank' }, tooltip } },
    ],
  };
  return { name: 'composite', kind: 'composite', lang, title, subtitle, axis, step, focus: null, spec, columns: Object.keys(rows[0] ?? { order: 0 }), rows };
}

/**
 * Where a region sits on a strip from 0 (last) to 100 (first), from its competition rank among
 * the `ranked` regions of its set: `100 × (ranked − rank) / (ranked − 1)`. Regions tied for
 * first all sit at 100 (a tie at rank 1 of 4 is first, not at the 67th percentile a mid-rank
 * would give); one region alone has no place (null: nothing is compared, so no dot is drawn
 * at 50 as "1/1").
 *
 * @example
 * stripPosition(1, 4) // → 100
 * stripPosition(3, 5) // → 50
 * stripPosition(1, 1) // → null
 */
export function stripPosition(rank: number | null, ranked: number): number | null {
  if (rank === null || ranked < 2) return null;
  return (100 * (ranked - rank)) / (ranked - 1);
}

/**
 * A region's percentile strips: one row per indicator where it is ranked among at least two
 * regions (region view; rates and growth as written), placed by `stripPosition`, drawn as a grey track from 0 to 100 with this region as a red
 * dot and, on the right, its figure and rank (`9691平方米/万人 · 1/5`). Where at most
 * `SMALL_FIELD_MAX` regions are ranked on an indicator, the other regions are grey ticks on
 * its track; in larger fields percentiles are spread evenly, so peers' ticks would only draw
 * the track again, and they are left out: the chart then has one row per indicator, whatever
 * the number of regions. A `focus` parameter holds the region's key (the same spec highlights
 * any region whose rows it has). Rows best first.
 *
 * @example
 * stripChart(model.regionSections[0], 'zh').spec.params // → [{ name: 'focus', value: '370405/台儿庄区' }]
 */
export function stripChart(section: RegionSection, lang: Language): ChartDef {
  const labels = labelsFor(lang);
  const rows: ChartRow[] = [];
  const focus = recordKey(section.region);
  section.positions.forEach((position, order) => {
    const def = position.indicator.def;
    const unit = viewUnitLabel(def.unit, position.comparison.per, lang);
    const withPeers = isSmallField(position.record.n_ranked);
    for (const record of withPeers ? position.comparison.records : [position.record]) {
      // peers are the regions ranked in the same group (counties with counties)
      const place = stripPosition(record.rank, record.n_ranked);
      if (place === null || record.normalised_value === null || record.rank_group !== position.record.rank_group) continue;
      // peers' sentences live on the indicator pages: carrying them on every region page made
      // the report grow with the square of the number of regions
      const own = recordKey(record) === focus;
      const label = recordFigure(record, record.normalised_value, unit, lang);
      rows.push({
        order,
        indicator: def.id,
        indicator_label: lang === 'zh' ? def.name_zh : def.name_en,
        region: record.region,
        region_key: recordKey(record),
        score: Math.round(place * 10) / 10,
        rank: record.rank,
        n_ranked: record.n_ranked,
        label,
        mark_label: own ? labels.stripLabel(label, record.rank ?? 0, record.n_ranked) : null,
        raw: own ? position.indicator.chosen.get(recordKey(record))?.raw ?? null : null,
        evidence: own ? record.evidence : null,
        task: own ? taskLabel(record.task, lang) : null,
      });
    }
  });
  const tip = labels.tooltip;
  const tooltip = [
    { field: 'indicator_label', title: tip.indicator },
    { field: 'region', title: tip.region },
    { field: 'score', title: tip.percentile },
    { field: 'rank', title: tip.rank },
    { field: 'label', title: tip.normalised },
    { field: 'raw', title: tip.value },
    { field: 'evidence', title: tip.evidence },
    { field: 'task', title: tip.task },
  ];
  const layout = CHART_LAYOUT.strip;
  const axis: ChartAxis = { title: labels.stripAxis, domain: [0, 100], values: [0, 25, 50, 75, 100], tickCount: 5, format: 'integer', grid: false };
  const x = { field: 'score', type: 'quantitative' as const, title: axis.title, scale: { domain: [0, 100], nice: false }, axis: { values: [0, 25, 50, 75, 100], grid: false } };
  const title = labels.stripTitle(section.region.region);
  // the region view (rates and growth are compared as written whatever the view)
  const subtitle = [labels.viewNames[section.positions.find((position) => position.comparison.per !== 'none')?.comparison.per ?? 'none']];
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: subtitle[0] },
    width: layout.width,
    height: { step: layout.step },
    config: chartConfig(lang),
    params: [{ name: 'focus', value: focus }],
    data: { values: rows as Record<string, ChartCell>[] },
    encoding: {
      y: { field: 'indicator_label', type: 'nominal', sort: { field: 'order', op: 'min', order: 'ascending' }, title: null, axis: { labelLimit: 220, ticks: false, labelFontSize: layout.labelFontSize, labelPadding: 12, minExtent: labelExtent(rows.map((row) => String(row.indicator_label)), layout.labelFontSize) + 8 } },
    },
    layer: [
      // one track per indicator: the focus row of each
      {
        transform: [{ filter: 'datum.region_key === focus' }],
        mark: { type: 'rule', color: COLORS.track, strokeWidth: 6 },
        encoding: { x: { datum: 0, type: 'quantitative', scale: { domain: [0, 100], nice: false } }, x2: { datum: 100 } },
      },
      {
        transform: [{ filter: 'datum.region_key !== focus' }],
        mark: { type: 'tick', color: COLORS.muted, thickness: 2, size: 14 },
        encoding: { x, tooltip },
      },
      {
        transform: [{ filter: 'datum.region_key === focus' }],
        mark: { type: 'point', filled: true, size: 120, color: COLORS.focus, shape: 'circle' },
        encoding: { x, tooltip },
      },
      {
        transform: [{ filter: 'datum.region_key === focus' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 10, fontSize: 12, color: COLORS.text },
        encoding: { x: { datum: 100, type: 'quantitative' }, text: { field: 'mark_label' }, tooltip },
      },
    ],
  };
  return {
    name: `strip-${section.region.page.replace(/^regions\/|\.html$/g, '')}`, kind: 'strip', lang, title, subtitle, axis, step: layout.step, focus,
    spec, columns: Object.keys(rows[0] ?? { order: 0 }), rows,
  };
}

/**
 * Every region's place on one indicator's percentile strip, for a large field (more than
 * `SMALL_FIELD_MAX` regions), whose region pages draw their strips static and write no chart
 * files of their own: `charts/strips-<indicator>.csv` holds each ranked region's row (the
 * position `stripChart` draws on its page: the report's region view, rates and growth as
 * written), and its spec draws them as ticks on one track, with the region named by the
 * `focus` parameter (empty: none) as the red dot. One file per indicator instead of one per
 * region and chart: a national run wrote 3,185 strip specs of 6.8 KB, nearly all of each the
 * same layers. Rows in rank order.
 *
 * @example
 * indicatorStripChart(model.indicators[0], 'capita', 'zh').name // → 'strips-fiveg_stations_new'
 */
export function indicatorStripChart(section: IndicatorSection, per: Per, lang: Language): ChartDef {
  const labels = labelsFor(lang);
  const def = section.def;
  const comparison = section.views.find((view) => view.per === per) ?? section.views[0];
  const unit = viewUnitLabel(def.unit, comparison?.per ?? 'none', lang);
  const rows: ChartRow[] = [];
  for (const record of comparison?.records ?? []) {
    const place = stripPosition(record.rank, record.n_ranked);
    if (place === null || record.normalised_value === null) continue;
    rows.push({
      indicator: def.id,
      region: record.region,
      region_key: recordKey(record),
      rank_group: record.rank_group,
      score: Math.round(place * 10) / 10,
      rank: record.rank,
      n_ranked: record.n_ranked,
      label: recordFigure(record, record.normalised_value, unit, lang),
    });
  }
  const tip = labels.tooltip;
  const tooltip = [
    { field: 'region', title: tip.region },
    { field: 'score', title: tip.percentile },
    { field: 'rank', title: tip.rank },
    { field: 'label', title: tip.normalised },
  ];
  const layout = CHART_LAYOUT.strip;
  const axis: ChartAxis = { title: labels.stripAxis, domain: [0, 100], values: [0, 25, 50, 75, 100], tickCount: 5, format: 'integer', grid: false };
  const x = { field: 'score', type: 'quantitative' as const, title: axis.title, scale: { domain: [0, 100], nice: false }, axis: { values: [0, 25, 50, 75, 100], grid: false } };
  const title = lang === 'zh' ? def.name_zh : def.name_en;
  const subtitle = [labels.viewNames[comparison?.per ?? 'none']];
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, subtitle: subtitle[0] },
    width: layout.width,
    height: { step: layout.step },
    config: chartConfig(lang),
    params: [{ name: 'focus', value: '' }],
    data: { values: rows as Record<string, ChartCell>[] },
    encoding: { y: { field: 'rank_group', type: 'nominal', title: null } },
    layer: [
      { mark: { type: 'tick', color: COLORS.muted, thickness: 1, size: 14 }, encoding: { x, tooltip } },
      {
        transform: [{ filter: 'datum.region_key === focus' }],
        mark: { type: 'point', filled: true, size: 120, color: COLORS.focus, shape: 'circle' },
        encoding: { x, tooltip },
      },
    ],
  };
  return {
    name: `strips-${def.id}`, kind: 'strip', lang, title, subtitle, axis, step: layout.step, focus: null,
    spec, columns: Object.keys(rows[0] ?? { indicator: '' }), rows,
  };
}

/**
 * Every chart of the report, in page order: the composite, then per indicator its ranking in
 * each view and its bounds plot, then each region's strips.
 *
 * @example
 * reportCharts(model).map((chart) => chart.name).slice(0, 3)
 * // → ['composite', 'ranking-fiveg_stations_new-none', 'ranking-fiveg_stations_new-capita']
 */
export function reportCharts(model: ReportModel): ChartDef[] {
  const lang = model.options.lang;
  return [
    compositeChart(model, lang),
    ...model.indicators.flatMap((section) => indicatorCharts(section, lang)),
    ...model.regionSections.flatMap((section) => regionCharts(section, lang)),
  ];
}

/**
 * The charts of one indicator page: its ranking in each view, then its bounds plot.
 *
 * @example
 * indicatorCharts(model.indicators[0], 'zh').map((chart) => chart.name)
 * // → ['ranking-fiveg_stations_new-none', 'ranking-fiveg_stations_new-capita', …, 'bounds-fiveg_stations_new']
 */
export function indicatorCharts(section: IndicatorSection, lang: Language): ChartDef[] {
  return [...section.views.map((view) => rankingChart(section, view.per, lang)), boundsChart(section, lang)];
}

/**
 * The charts of one region page: its percentile strip, when it has a position on some indicator.
 *
 * @example
 * regionCharts(model.regionSections[0], 'zh').map((chart) => chart.name) // → ['strip-370405']
 */
export function regionCharts(section: RegionSection, lang: Language): ChartDef[] {
  return section.positions.length > 0 ? [stripChart(section, lang)] : [];
}

function rankInterval(low: number | null, high: number | null, lang: Language): string | null {
  if (low === null || high === null) return null;
  const a = formatNumber(low, lang, 3);
  const b = formatNumber(high, lang, 3);
  return a === b ? a : `${a}–${b}`;
}

/**
 * A round number at or above `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten),
 * for axis ends.
 *
 * @example
 * niceCeiling(2300000) // → 2500000
 * niceCeiling(575) // → 600
 * niceCeiling(0) // → 1
 */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * power >= value) ?? 10;
  return step * power;
}
