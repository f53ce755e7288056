/**
 * The choropleth of an indicator page: the report's regions coloured by their normalised
 * value, zoomed to their extent, with province outlines, a legend in the page's units, regions
 * without a figure hatched, the boundary source named and the note that it is a schematic map.
 * Drawn here as static SVG (no script, prints as it shows). Pure: model in, markup out.
 */
import { quantile, type Comparison, type Language } from '../compare/index.js';
import type { FeatureRings, Position } from '../regions/index.js';
import { remembered } from '../memo.js';
import { escapeHtml } from './escape.js';
import { formatFigure, viewUnitLabel } from './format.js';
import { html, trusted, type SafeHtml } from './html.js';
import { labelsFor } from './labels.js';
import { recordKey, type ReportMap } from './model.js';

/** Size of the map drawing in px; the height follows the extent's shape up to the width. */
const MAP_WIDTH = 520;
/** Share of the extent added on every side, so border regions do not touch the frame. */
const MAP_PADDING = 0.08;
/**
 * The map's simplification to its drawn scale, in px: points closer than this to the last one
 * kept are dropped, and of the rest, a point is kept only where the outline departs from the
 * straight line between the points kept around it by more than this (Douglas–Peucker). Half a
 * pixel: the same shapes to the eye at the page's map size.
 */
const SIMPLIFY_PX = 0.5;
/** Sequential classes, light (low) to dark (high). */
const RAMP = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
/** At most this many classes (quantile breaks). */
const MAX_CLASSES = 5;

/**
 * Class breaks for a list of values: quantile breaks (R type 7) into at most five classes, one
 * class per distinct value when there are fewer. Returns the upper bound of each class.
 *
 * @example
 * classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // → [2.8, 4.6, 6.4, 8.2, 10] (to floating-point rounding)
 * classBreaks([5, 5, 7]) // → [5, 7]
 */
export function classBreaks(values: readonly number[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= MAX_CLASSES) return distinct;
  const breaks: number[] = [];
  for (let i = 1; i <= MAX_CLASSES; i += 1) {
    const value = quantile(values, i / MAX_CLASSES);
    if (value !== null && (breaks.length === 0 || value > (breaks[breaks.length - 1] ?? Number.NEGATIVE_INFINITY))) breaks.push(value);
  }
  return breaks;
}

/**
 * The map of one comparison (a view of an indicator), or '' when no region of the report is on
 * the boundary file. Colours: class of the normalised value; hatching: no figure or no
 * denominator in this view.
 */
export function choroplethMap(map: ReportMap, comparison: Comparison, unitOfIndicator: string, lang: Language): SafeHtml | string {
  const labels = labelsFor(lang);
  const placed = comparison.records.filter((record) => map.regions.has(recordKey(record)));
  if (placed.length === 0) return '';
  const project = drawing(map, placed.map((record) => recordKey(record)));
  const values = placed.flatMap((record) => (record.normalised_value === null ? [] : [record.normalised_value]));
  const breaks = classBreaks(values);
  const colourOf = (value: number): string => {
    const index = breaks.findIndex((limit) => value <= limit);
    const at = breaks.length <= 1 ? RAMP.length - 1 : Math.round(((index < 0 ? breaks.length - 1 : index) * (RAMP.length - 1)) / (breaks.length - 1));
    return RAMP[at] ?? '#08519c';
  };
  const unit = viewUnitLabel(unitOfIndicator, comparison.per, lang);
  // regions grouped by their fill, set once on each group (not on each of 3,000 paths)
  const byFill = new Map<string, string[]>();
  for (const record of placed) {
    const d = project.regions.get(recordKey(record)) ?? '';
    const title = `${record.region}：${record.normalised_value === null ? labels.mapNoFigure : formatFigure({ value: record.normalised_value }, unit, lang)}`;
    const fill = record.normalised_value === null ? 'url(#map-hatch)' : colourOf(record.normalised_value);
    const group = byFill.get(fill) ?? [];
    group.push(`<path class="map-region" d="${d}"><title>${escapeHtml(title)}</title></path>`);
    byFill.set(fill, group);
  }
  const regions = [...byFill].map(([fill, paths]) => `<g fill="${fill}">${paths.join('')}</g>`);
  const provinces = project.provinces.map((d) => `<path class="map-province" d="${d}"/>`);
  const legendItems = breaks.map((limit, index) => {
    const low = index === 0 ? values.reduce((least, value) => Math.min(least, value), Infinity) : breaks[index - 1] ?? limit;
    const text = index === 0 && low === limit ? formatFigure({ value: limit }, unit, lang) : `${formatFigure({ value: low }, unit, lang)}–${formatFigure({ value: limit }, unit, lang)}`;
    return { fill: colourOf(limit), text };
  });
  if (placed.some((record) => record.normalised_value === null)) legendItems.push({ fill: 'url(#map-hatch)', text: labels.mapNoFigure });
  const legendTop = project.height + 8;
  const legend = legendItems.map((item, index) => `<g transform="translate(0,${legendTop + index * 18})"><rect width="14" height="12" fill="${item.fill}" stroke="#999999" stroke-width="0.5"/><text x="20" y="10" font-size="12">${escapeHtml(item.text)}</text></g>`);
  const height = legendTop + legendItems.length * 18 + 4;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 ${MAP_WIDTH} ${Math.ceil(height)}" width="${MAP_WIDTH}" height="${Math.ceil(height)}" role="img" aria-label="${escapeHtml(labels.mapTitle(comparison.name_zh === '' ? comparison.indicator : lang === 'zh' ? comparison.name_zh : comparison.name_en, labels.viewNames[comparison.per]))}">`
    + '<defs><pattern id="map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#999999" stroke-width="2"/></pattern>'
    + `<clipPath id="map-frame"><rect width="${MAP_WIDTH}" height="${project.height.toFixed(1)}"/></clipPath></defs>`
    // strokes set once on each group, not on each of 3,000 paths
    + `<g clip-path="url(#map-frame)"><g stroke="#ffffff" stroke-width="0.8">${regions.join('')}</g><g fill="none" stroke="#555555" stroke-width="1.2">${provinces.join('')}</g></g>`
    + `<rect width="${MAP_WIDTH}" height="${project.height.toFixed(1)}" fill="none" stroke="#cccccc"/>`
    + legend.join('')
    + '</svg>';
  return html`<figure class="map">${trusted(svg)}<figcaption class="note">${labels.mapNote(map.source)}</figcaption></figure>`;
}

/** The outlines of a map's regions and provinces projected for one set of regions, as path data. */
interface Drawing {
  readonly height: number;
  /** Path data by `recordKey`. */
  readonly regions: ReadonlyMap<string, string>;
  readonly provinces: readonly string[];
}

const drawings = new WeakMap<ReportMap, Map<string, Drawing>>();

/**
 * The projected outlines of `keys` on `map`, made once per map and set of regions (in any
 * order): every
 * indicator page of a report draws the same regions (only their colours differ), and projecting
 * and writing 3,000 county outlines took a second a page.
 */
function drawing(map: ReportMap, keys: readonly string[]): Drawing {
  const byKeys = remembered(drawings, map, () => new Map<string, Drawing>());
  // the same regions in another order (each comparison lists its records by rank) are the same drawing
  return remembered(byKeys, [...keys].sort().join('\n'), () => {
    const points: Position[] = [];
    for (const key of keys) for (const polygon of map.regions.get(key) ?? []) for (const ring of polygon) for (const position of ring) points.push(position);
    const project = projection(map.geographic, points);
    return {
      height: project.height,
      regions: new Map(keys.map((key) => [key, pathData(map.regions.get(key) ?? [], project.point)])),
      provinces: map.provinces.map((rings) => pathData(rings, project.point)),
    };
  });
}

interface Projection {
  readonly point: (position: Position) => readonly [number, number];
  readonly height: number;
}

/** Fit the extent of some points (padded) into the map width, y pointing down. */
function projection(geographic: boolean, points: readonly Position[]): Projection {
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const [, y] of points) {
    minLat = Math.min(minLat, y);
    maxLat = Math.max(maxLat, y);
  }
  // longitude/latitude: squeeze x by the cosine of the middle latitude (a plate carrée fitted to the area)
  const squeeze = geographic ? Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180) : 1;
  // a loop, not Math.min(...xs): a national map has far more points than a call can take arguments
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) {
    minX = Math.min(minX, x * squeeze);
    maxX = Math.max(maxX, x * squeeze);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const padX = Math.max((maxX - minX) * MAP_PADDING, 1e-9);
  const padY = Math.max((maxY - minY) * MAP_PADDING, 1e-9);
  [minX, maxX, minY, maxY] = [minX - padX, maxX + padX, minY - padY, maxY + padY];
  // never taller than wide: a tall extent is widened instead
  if (maxY - minY > maxX - minX) {
    const grow = ((maxY - minY) - (maxX - minX)) / 2;
    minX -= grow;
    maxX += grow;
  }
  const scale = MAP_WIDTH / (maxX - minX);
  return {
    point: ([x, y]) => [(x * squeeze - minX) * scale, (maxY - y) * scale],
    height: (maxY - minY) * scale,
  };
}

/**
 * SVG path data of some rings: each ring's first point absolute, the others as relative steps
 * (`l`) in half pixels (written as tenths: 2.5, .5, 3), the ring simplified to the drawn scale (`SIMPLIFY_PX`: points
 * closer than half a pixel to the last one kept dropped, then every point within half a pixel
 * of the line through the points kept around it; the ring's first and last points always
 * kept), rings of fewer than three points left out. Steps are taken between rounded positions,
 * so rounding never accumulates along a ring.
 */
function pathData(rings: FeatureRings, point: (position: Position) => readonly [number, number]): string {
  const parts: string[] = [];
  for (const polygon of rings) {
    for (const ring of polygon) {
      let last: readonly [number, number] | null = null;
      const near: [number, number][] = [];
      ring.forEach((position, index) => {
        const [x, y] = point(position);
        if (last !== null && index < ring.length - 1 && Math.abs(x - last[0]) < SIMPLIFY_PX && Math.abs(y - last[1]) < SIMPLIFY_PX) return;
        near.push([x, y]);
        last = [x, y];
      });
      // in half pixels: the points kept are at least half a pixel apart
      const kept = simplified(near, SIMPLIFY_PX).map(([x, y]): [number, number] => [Math.round(x * 2) * 5, Math.round(y * 2) * 5]);
      if (kept.length < 3) continue;
      const [first, ...rest] = kept as [[number, number], ...[number, number][]];
      let path = `M${tenths(first[0])},${tenths(first[1])}l`;
      let [px, py] = first;
      rest.forEach(([x, y], index) => {
        const dx = tenths(x - px);
        path += `${index > 0 && !dx.startsWith('-') ? ' ' : ''}${dx}${y - py < 0 ? '' : ','}${tenths(y - py)}`;
        [px, py] = [x, y];
      });
      parts.push(`${path}z`);
    }
  }
  return parts.join('');
}

/**
 * The points of a line kept by Douglas–Peucker with `tolerance`: the first and last, and
 * recursively the point farthest from the segment between two kept ones while it is farther
 * than `tolerance` (from the first point itself when the segment has no length: a closed ring).
 * An explicit stack, not recursion: a ring of 300,000 points must not overflow the call stack.
 *
 * @example
 * simplified([[0, 0], [1, 0.2], [2, 0], [3, 2], [4, 0]], 0.5) // → [[0, 0], [2, 0], [3, 2], [4, 0]]
 */
export function simplified(points: readonly (readonly [number, number])[], tolerance: number): (readonly [number, number])[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() ?? [0, 0];
    const [ax, ay] = points[from] ?? [0, 0];
    const [bx, by] = points[to] ?? [0, 0];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = tolerance;
    for (let index = from + 1; index < to; index += 1) {
      const [x, y] = points[index] ?? [0, 0];
      const away = length === 0 ? Math.hypot(x - ax, y - ay) : Math.abs(dy * (x - ax) - dx * (y - ay)) / length;
      if (away > distance) {
        distance = away;
        farthest = index;
      }
    }
    if (farthest === -1) continue;
    keep[farthest] = 1;
    stack.push([from, farthest], [farthest, to]);
  }
  return points.filter((_, index) => keep[index] === 1);
}

/** A count of tenths written shortest: 25 → '2.5', 5 → '.5', -5 → '-.5', 30 → '3'. */
function tenths(count: number): string {
  const sign = count < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(count) / 10);
  const tenth = Math.abs(count) % 10;
  return `${sign}${whole === 0 && tenth !== 0 ? '' : whole}${tenth === 0 ? '' : `.${tenth}`}`;
}
