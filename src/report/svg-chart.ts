/**
 * The static SVG of each chart, drawn directly from its rows: what a page shows without
 * scripts, in print, and when it is sent on alone. The Vega-Lite spec of the same chart is
 * rendered live in the browser; this drawing is a simplified but faithful version of it, with
 * the same rows, marks, colours and axis, and nothing of Vega at run time (loading and running
 * Vega headless took most of `regionbench run`).
 *
 * Every chart is horizontal: one row per category (region or indicator) labelled on the left,
 * a value axis at the bottom with round ticks, title and subtitle on top. Text widths are
 * estimated from the characters (`textWidth`), so the same chart always gives the same bytes.
 * The drawing uses no ids, so any number of charts can share a page. Each mark group carries
 * the index of its spec layer (`layer-0`, `layer-1`, …), which lets tests hold the drawing and
 * Vega's own rendering of the spec to the same marks.
 */
import { CHART_COLORS, CHART_LAYOUT, FONT_STACK, labelExtent, textWidth, type ChartDef, type ChartKind, type ChartRow } from './charts.js';
import { escapeHtml } from './escape.js';
import { axisNumber } from './format.js';

/** Room around the drawing, in pixels. */
const PADDING = 5;
const TITLE_SIZE = 14;
const SUBTITLE_SIZE = 12;
/** Space between the title block and the plot. */
const TITLE_OFFSET = 10;
const TICK_SIZE = 5;
const AXIS_FONT_SIZE = 12;
/** Where labels longer than this many pixels are cut with an ellipsis (the specs' `labelLimit`). */
const LABEL_LIMIT: Readonly<Record<ChartKind, number>> = { composite: 200, ranking: 200, bounds: 200, strip: 220 };
/** Space between a row label and the plot (the specs' `labelPadding`, plus the strip's extra room). */
const LABEL_PADDING: Readonly<Record<ChartKind, { readonly padding: number; readonly extra: number }>> = {
  composite: { padding: 2, extra: 0 },
  ranking: { padding: 2, extra: 0 },
  bounds: { padding: 2, extra: 0 },
  strip: { padding: 12, extra: 8 },
};

/** A linear scale from a value domain to pixels. */
type Scale = (value: number) => number;

/** What a chart kind draws inside the frame. */
interface Marks {
  /** One `<g>` per spec layer, in layer order. */
  readonly layers: readonly string[];
  /** The rightmost pixel any mark or label reaches, measured from the plot's left edge. */
  readonly right: number;
}

/** The row positions of a chart: the categories top to bottom and the centre of each row. */
interface Rows {
  readonly categories: readonly string[];
  readonly centre: (category: string) => number;
}

/** Write a coordinate with at most two decimals (and never `-0`). */
function px(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function attributes(values: Readonly<Record<string, string | number | null>>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? px(value) : escapeHtml(value)}"`)
    .join('');
}

function element(name: string, values: Readonly<Record<string, string | number | null>>, content?: string): string {
  return content === undefined ? `<${name}${attributes(values)}/>` : `<${name}${attributes(values)}>${content}</${name}>`;
}

function text(x: number, y: number, content: string, values: Readonly<Record<string, string | number | null>> = {}): string {
  return element('text', { x, y, ...values }, escapeHtml(content));
}

function line(x1: number, y1: number, x2: number, y2: number, values: Readonly<Record<string, string | number | null>>): string {
  return element('line', { x1, y1, x2, y2, ...values });
}

/** A group of elements; shared presentation attributes sit on the group (inherited), which keeps large charts small. */
function group(className: string, items: readonly string[], shared: Readonly<Record<string, string | number | null>> = {}): string {
  return `<g${attributes({ class: className, ...shared })}>${items.join('')}</g>`;
}

/** Text centred on its row: an inherited presentation attribute, unlike `dy`, so it can sit on the group. */
const CENTRED = { 'dominant-baseline': 'central' } as const;

/** Shorten a label to `limit` pixels, ending it with an ellipsis when cut. */
function fitText(label: string, fontSize: number, limit: number): string {
  if (textWidth(label, fontSize) <= limit) return label;
  let kept = '';
  for (const character of label) {
    if (textWidth(`${kept}${character}…`, fontSize) > limit) break;
    kept += character;
  }
  return `${kept}…`;
}

function numberOf(row: ChartRow, column: string): number | null {
  const value = row[column];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function textOf(row: ChartRow, column: string): string | null {
  const value = row[column];
  return value === null || value === undefined ? null : String(value);
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The tick step for about `count` ticks over [start, stop]: 1, 2 or 5 times a power of ten (d3's rule, which Vega uses). */
function tickStep(start: number, stop: number, count: number): number {
  const raw = (stop - start) / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return factor * 10 ** power;
}

/**
 * About `count` round tick values within [start, stop], as Vega (d3-scale) chooses them.
 *
 * @example
 * niceTicks(0, 10000, 5) // → [0, 2000, 4000, 6000, 8000, 10000]
 * niceTicks(0.5, 300.5, 10) // → [20, 40, 60, …, 300]
 */
export function niceTicks(start: number, stop: number, count: number): number[] {
  if (!(stop > start) || !(count > 0)) return Number.isFinite(start) ? [start] : [];
  const step = tickStep(start, stop, count);
  // integer multiples of the step (or of its inverse below 1) avoid 0.30000000000000004
  const inverse = step < 1 ? Math.round(1 / step) : 0;
  const first = inverse > 0 ? Math.ceil(start * inverse - 1e-9) : Math.ceil(start / step - 1e-9);
  const last = inverse > 0 ? Math.floor(stop * inverse + 1e-9) : Math.floor(stop / step + 1e-9);
  const ticks: number[] = [];
  // `+ 0` turns -0 (from ceil of a tiny negative) into 0
  for (let i = first; i <= last; i += 1) ticks.push((inverse > 0 ? i / inverse : i * step) + 0);
  return ticks;
}

/**
 * A domain rounded out to the tick step of about ten ticks (d3's `nice()`, as Vega's `nice: true`).
 *
 * @example
 * niceDomain(0, 9691.17) // → [0, 10000]
 * niceDomain(-3.2, 12) // → [-4, 12]
 */
export function niceDomain(start: number, stop: number): [number, number] {
  let low = start;
  let high = stop;
  let previous = 0;
  for (let i = 0; i < 10 && high > low; i += 1) {
    const step = tickStep(low, high, 10);
    if (step === previous) break;
    const inverse = step < 1 ? Math.round(1 / step) : 0;
    low = inverse > 0 ? Math.floor(low * inverse) / inverse : Math.floor(low / step) * step;
    high = inverse > 0 ? Math.ceil(high * inverse) / inverse : Math.ceil(high / step) * step;
    previous = step;
  }
  return [low, high];
}

function linear(domain: readonly [number, number], width: number): Scale {
  const [low, high] = domain;
  const span = high - low;
  return (value) => (span === 0 ? 0 : ((value - low) / span) * width);
}

/** Categories in row order (each once, at its first row) and the centre of each row. */
function rowsOf(rows: readonly ChartRow[], column: string, step: number): Rows {
  const index = new Map<string, number>();
  for (const row of rows) {
    const category = textOf(row, column);
    if (category !== null && !index.has(category)) index.set(category, index.size);
  }
  return { categories: [...index.keys()], centre: (category) => ((index.get(category) ?? 0) + 0.5) * step };
}

function circle(cx: number, cy: number, area: number, values: Readonly<Record<string, string | number | null>>): string {
  return element('circle', { cx, cy, r: Math.sqrt(area / Math.PI), ...values });
}

function rankingMarks(chart: ChartDef, rows: readonly ChartRow[], place: Rows, x: Scale): Marks {
  const bars: string[] = [];
  const values: string[] = [];
  const missing: string[] = [];
  let right = 0;
  const zero = x(0);
  const height = chart.step * 0.7;
  for (const row of rows) {
    const y = place.centre(textOf(row, 'region') ?? '');
    const value = numberOf(row, 'normalised_value');
    const label = textOf(row, 'label') ?? '';
    if (value === null) {
      missing.push(text(zero + 2, y, label));
      right = Math.max(right, zero + 2 + textWidth(label, 12));
      continue;
    }
    const end = x(value);
    const fill = row.bound === 'exact' ? CHART_COLORS.bar : CHART_COLORS.light;
    bars.push(element('rect', { x: Math.min(zero, end), y: y - height / 2, width: Math.abs(end - zero), height, fill }));
    values.push(text(end + 4, y, label));
    right = Math.max(right, end + 4 + textWidth(label, 12));
  }
  return {
    layers: [
      group('layer-0 bar', bars),
      group('layer-1 value', values, { ...CENTRED, fill: CHART_COLORS.text }),
      group('layer-2 missing', missing, { ...CENTRED, 'font-style': 'italic', fill: CHART_COLORS.muted }),
    ],
    right,
  };
}

function triangle(cx: number, cy: number, direction: 'right' | 'left', area: number): string {
  // an isosceles triangle of the given area pointing right or left
  const half = Math.sqrt(area) / 2;
  const tip = direction === 'right' ? half : -half;
  return element('path', { d: `M${px(cx + tip)},${px(cy)}L${px(cx - tip)},${px(cy - half)}L${px(cx - tip)},${px(cy + half)}Z` });
}

function boundsMarks(rows: readonly ChartRow[], place: Rows, x: Scale): Marks {
  const segments: string[] = [];
  const arrows: string[] = [];
  const highs: string[] = [];
  const dots: string[] = [];
  const labels: string[] = [];
  let right = 0;
  for (const row of rows) {
    const y = place.centre(textOf(row, 'region') ?? '');
    const value = numberOf(row, 'value');
    if (value === null) continue;
    const end = numberOf(row, 'x_end');
    const high = numberOf(row, 'value_high');
    if (end !== null) {
      segments.push(line(x(value), y, x(end), y, { 'stroke-dasharray': row.bound === 'range' ? null : '5,3' }));
      if (row.arrow === 'triangle-right' || row.arrow === 'triangle-left') arrows.push(triangle(x(end), y, row.arrow === 'triangle-right' ? 'right' : 'left', 70));
    }
    if (row.bound === 'range' && high !== null) highs.push(circle(x(high), y, 80, {}));
    dots.push(circle(x(value), y, 110, { fill: row.bound === 'approximate' ? 'white' : CHART_COLORS.bar }));
    const label = textOf(row, 'label') ?? '';
    // centred where the spec centres it: over the dot, moved inward at either end of the axis
    const at = x(numberOf(row, 'label_x') ?? value);
    labels.push(text(at, y - 13, label));
    right = Math.max(right, at + textWidth(label, 12) / 2);
  }
  return {
    layers: [
      group('layer-0 bound', segments, { stroke: CHART_COLORS.bar, 'stroke-width': 2 }),
      group('layer-1 arrow', arrows, { fill: CHART_COLORS.bar }),
      group('layer-2 high', highs, { fill: CHART_COLORS.bar }),
      group('layer-3 figure', dots, { stroke: CHART_COLORS.bar, 'stroke-width': 2 }),
      group('layer-4 label', labels, { 'text-anchor': 'middle', fill: CHART_COLORS.text }),
    ],
    right,
  };
}

function compositeMarks(rows: readonly ChartRow[], place: Rows, x: Scale): Marks {
  const ranges: string[] = [];
  const intervals: string[] = [];
  const medians: string[] = [];
  const bases: string[] = [];
  for (const row of rows) {
    const median = numberOf(row, 'median_rank');
    if (median === null) continue;
    const y = place.centre(textOf(row, 'region') ?? '');
    const [best, worst, p05, p95, base] = ['rank_min', 'rank_max', 'rank_p05', 'rank_p95', 'base_rank'].map((column) => numberOf(row, column));
    if (best !== null && best !== undefined && worst !== null && worst !== undefined) ranges.push(line(x(best), y, x(worst), y, {}));
    if (p05 !== null && p05 !== undefined && p95 !== null && p95 !== undefined) intervals.push(line(x(p05), y, x(p95), y, {}));
    medians.push(circle(x(median), y, 90, {}));
    if (base !== null && base !== undefined) {
      // a diamond of area 70: half-diagonals of √35
      const half = Math.sqrt(35);
      const cx = x(base);
      bases.push(element('path', { d: `M${px(cx)},${px(y - half)}L${px(cx + half)},${px(y)}L${px(cx)},${px(y + half)}L${px(cx - half)},${px(y)}Z` }));
    }
  }
  return {
    layers: [
      group('layer-0 best-worst', ranges, { stroke: CHART_COLORS.muted, 'stroke-width': 1 }),
      group('layer-1 interval', intervals, { stroke: CHART_COLORS.light, 'stroke-width': 8 }),
      group('layer-2 median', medians, { fill: CHART_COLORS.bar }),
      group('layer-3 base', bases, { fill: CHART_COLORS.focus, 'fill-opacity': 0.85 }),
    ],
    right: 0,
  };
}

function stripMarks(chart: ChartDef, rows: readonly ChartRow[], place: Rows, x: Scale): Marks {
  const tracks: string[] = [];
  const peers: string[] = [];
  const dots: string[] = [];
  const labels: string[] = [];
  let right = 0;
  for (const row of rows) {
    const y = place.centre(textOf(row, 'indicator_label') ?? '');
    const score = numberOf(row, 'score');
    if (score === null) continue;
    if (row.region_key !== chart.focus) {
      peers.push(line(x(score), y - 7, x(score), y + 7, {}));
      continue;
    }
    tracks.push(line(x(0), y, x(100), y, {}));
    dots.push(circle(x(score), y, 120, {}));
    const label = textOf(row, 'mark_label') ?? '';
    labels.push(text(x(100) + 10, y, label));
    right = Math.max(right, x(100) + 10 + textWidth(label, 12));
  }
  return {
    layers: [
      group('layer-0 track', tracks, { stroke: CHART_COLORS.track, 'stroke-width': 6 }),
      group('layer-1 peer', peers, { stroke: CHART_COLORS.muted, 'stroke-width': 2 }),
      group('layer-2 region', dots, { fill: CHART_COLORS.focus }),
      group('layer-3 label', labels, { ...CENTRED, fill: CHART_COLORS.text }),
    ],
    right,
  };
}

/** The value domain of a chart: its fixed one, or zero to the largest value (or from the smallest, if negative), made round. */
function domainOf(chart: ChartDef, rows: readonly ChartRow[]): [number, number] {
  if (chart.axis.domain !== null) return [chart.axis.domain[0], chart.axis.domain[1]];
  const values = rows.map((row) => numberOf(row, 'normalised_value')).filter((value): value is number => value !== null);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return high > low ? niceDomain(low, high) : [0, 1];
}

interface TickLabel {
  readonly x: number;
  readonly label: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** The horizontal extent of a tick label. */
function extentOf(tick: TickLabel): [number, number] {
  const width = textWidth(tick.label, AXIS_FONT_SIZE);
  const left = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - width : tick.x - width / 2;
  return [left, left + width];
}

/** While neighbouring tick labels would touch, keep every other one (Vega's `parity` rule for overlapping labels). */
function thinLabels(ticks: readonly TickLabel[]): readonly TickLabel[] {
  const separation = 4;
  let kept = ticks;
  const overlaps = (list: readonly TickLabel[]): boolean => list.some((tick, index) => {
    const previous = list[index - 1];
    return previous !== undefined && extentOf(previous)[1] + separation > extentOf(tick)[0];
  });
  while (kept.length > 2 && overlaps(kept)) kept = kept.filter((_, index) => index % 2 === 0);
  return kept;
}

const ROW_COLUMN: Readonly<Record<ChartKind, string>> = { composite: 'region', ranking: 'region', bounds: 'region', strip: 'indicator_label' };

/**
 * Draw a chart as a static SVG from its rows (see the module comment): title and subtitle,
 * row labels (cut with an ellipsis past the label limit), the marks of its kind, and the value
 * axis with its ticks, grid and title. Pure: the same chart gives the same bytes. Text from
 * documents (region names, labels) is escaped.
 *
 * @example
 * const svg = chartSvg(rankingChart(section, 'capita', 'zh'));
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') // → true
 */
export function chartSvg(chart: ChartDef): string {
  const layout = CHART_LAYOUT[chart.kind];
  // composite rows without a median rank are not drawn (the spec filters them out)
  const shown = chart.drawn ?? chart.rows;
  const rows = chart.kind === 'composite' ? shown.filter((row) => numberOf(row, 'median_rank') !== null) : shown;
  const place = rowsOf(rows, ROW_COLUMN[chart.kind], chart.step);
  const fontSize = layout.labelFontSize;
  const { padding, extra } = LABEL_PADDING[chart.kind];
  const labelColumn = labelExtent(place.categories, fontSize) + extra;
  const left = PADDING + labelColumn;

  let top = PADDING + TITLE_SIZE;
  const heading = [text(PADDING, top, chart.title, { 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: CHART_COLORS.text })];
  top += 4;
  for (const subtitle of chart.subtitle) {
    top += SUBTITLE_SIZE + 2;
    heading.push(text(PADDING, top, subtitle, { 'font-size': SUBTITLE_SIZE, fill: CHART_COLORS.subtitle }));
  }
  top += TITLE_OFFSET;
  const plotHeight = Math.max(1, place.categories.length) * chart.step;
  const bottom = top + plotHeight;

  const domain = domainOf(chart, rows);
  const x = linear(domain, layout.width);
  const ticks = chart.axis.values ?? niceTicks(domain[0], domain[1], chart.axis.tickCount);
  const tickText = (value: number): string => (chart.axis.format === 'integer' ? String(value).replace('-', '\u2212') : axisNumber(value, chart.lang));
  const marks = {
    composite: () => compositeMarks(rows, place, x),
    ranking: () => rankingMarks(chart, rows, place, x),
    bounds: () => boundsMarks(rows, place, x),
    strip: () => stripMarks(chart, rows, place, x),
  }[chart.kind]();

  const grid = chart.axis.grid ? ticks.map((tick) => line(x(tick), 0, x(tick), plotHeight, {})) : [];
  const rowGrid = chart.kind === 'bounds' ? place.categories.map((category) => line(0, place.centre(category), layout.width, place.centre(category), {})) : [];
  const labels = place.categories.map((category) => text(-padding, place.centre(category), fitText(category, fontSize, LABEL_LIMIT[chart.kind])));
  const axisTicks = ticks.map((tick) => line(x(tick), plotHeight, x(tick), plotHeight + TICK_SIZE, { stroke: CHART_COLORS.domain }));
  const tickLabels = thinLabels(ticks.map((tick, index) => {
    // the end labels sit inside the plot's width, as Vega's flush labels do
    const anchor = ticks.length > 1 && index === 0 && x(tick) <= 0 ? 'start' : ticks.length > 1 && index === ticks.length - 1 && x(tick) >= layout.width ? 'end' : 'middle';
    return { x: x(tick), label: tickText(tick), anchor };
  })).map((tick) => text(tick.x, plotHeight + TICK_SIZE + AXIS_FONT_SIZE, tick.label, { 'text-anchor': tick.anchor, fill: CHART_COLORS.text }));
  const axisTitle = text(layout.width / 2, plotHeight + TICK_SIZE + AXIS_FONT_SIZE * 2 + 8, chart.axis.title, { 'text-anchor': 'middle', fill: CHART_COLORS.text });

  const titleWidth = Math.max(textWidth(chart.title, TITLE_SIZE), ...chart.subtitle.map((subtitle) => textWidth(subtitle, SUBTITLE_SIZE)));
  const width = Math.ceil(Math.max(left + Math.max(layout.width, marks.right) + PADDING, PADDING * 2 + titleWidth));
  const height = Math.ceil(bottom + TICK_SIZE + AXIS_FONT_SIZE * 2 + 8 + 4 + PADDING);
  const plot = [
    group('grid', [...grid, ...rowGrid], { stroke: CHART_COLORS.grid }),
    group('row-labels', labels, { ...CENTRED, 'text-anchor': 'end', 'font-size': fontSize, fill: CHART_COLORS.text }),
    group('axis', [line(0, plotHeight, layout.width, plotHeight, { stroke: CHART_COLORS.domain }), ...axisTicks, ...tickLabels, axisTitle]),
    ...marks.layers,
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg"${attributes({ class: `chart-svg chart-${chart.kind}`, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': chart.title, 'font-family': FONT_STACK, 'font-size': AXIS_FONT_SIZE })}>`
    + element('rect', { width, height, fill: CHART_COLORS.background })
    + group('title', heading)
    + `<g transform="translate(${px(left)},${px(top)})">${plot.join('')}</g>`
    + '</svg>';
}
