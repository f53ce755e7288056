import { compareIndicator } from '../../src/compare/compare-indicator.js';
import { objectRings, parseTopology } from '../../src/regions/index.js';
import { choroplethMap, classBreaks, simplified } from '../../src/report/map.js';
import type { ReportMap } from '../../src/report/model.js';
import { CATALOGUE, OBSERVATIONS, seedRegions } from '../fixtures/compare/observations.js';

/** Invented boundaries in projected metres: four 10 km squares in a row for four seed counties, and their province around them (泰安市 is not on it). */
function square(x: number): number[][] {
  return [[x, 0], [x + 10_000, 0], [x + 10_000, 10_000], [x, 10_000], [x, 0]];
}
const TOPOLOGY = parseTopology(JSON.stringify({
  type: 'Topology',
  arcs: [square(0), square(20_000), square(40_000), square(60_000), [[-5000, -5000], [75_000, -5000], [75_000, 15_000], [-5000, 15_000], [-5000, -5000]]],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { code: '370405', name: '台儿庄区' } },
        { type: 'Polygon', arcs: [[1]], properties: { code: '370481', name: '滕州市' } },
        { type: 'Polygon', arcs: [[2]], properties: { code: '370829', name: '嘉祥县' } },
        { type: 'Polygon', arcs: [[3]], properties: { code: '371311', name: '罗庄区' } },
      ],
    },
    provinces: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[4]], properties: { code: '370000', name: '山东省' } }] },
  },
}));

function reportMap(): ReportMap {
  const counties = objectRings(TOPOLOGY);
  const keys: Record<string, string> = { 370405: '370405/台儿庄区', 370481: '370481/滕州市', 370829: '370829/嘉祥县', 371311: '371311/罗庄区' };
  return {
    source: 'test-boundaries.topo.json',
    geographic: counties.geographic,
    regions: new Map([...counties.features].map(([code, rings]) => [keys[code] ?? code, rings])),
    provinces: [...objectRings(TOPOLOGY, 'provinces').features.values()],
    missing: ['泰安市'],
  };
}

describe('report/map', () => {
  it('breaks values into at most five quantile classes, one per value when there are fewer', () => {
    // type 7 quantiles of 1…10 at 0.2, 0.4 …: 1 + 9 × p
    const breaks = classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(breaks).toHaveLength(5);
    [2.8, 4.6, 6.4, 8.2, 10].forEach((value, index) => expect(breaks[index]).toBeCloseTo(value, 9));
    expect(classBreaks([5, 5, 7])).toEqual([5, 7]);
  });

  it('colours the regions on the map by class, hatches those without a figure, outlines the province and names the source', () => {
    // water use cap per 万人: 台儿庄区 and 滕州市 have a figure; 嘉祥县 none; 罗庄区 names the task only
    const comparison = compareIndicator(OBSERVATIONS, seedRegions(), CATALOGUE, { indicator: 'water_use_cap', planYear: 2023, per: 'capita', levels: 'separate' });
    const markup = String(choroplethMap(reportMap(), comparison, 'm3', 'zh'));
    const regions = markup.match(/<path class="map-region"[^>]*>/g) ?? [];
    expect(regions).toHaveLength(4);
    // regions grouped by fill: two hatched; two values, two classes: the lighter and the darker end of the ramp
    const group = (fill: string): number => (new RegExp(`<g fill="${fill.replace(/[()#]/g, '\\$&')}">((?:<path class="map-region"[^>]*>.*?</path>)*)</g>`).exec(markup)?.[1]?.match(/<path /g) ?? []).length;
    expect(group('url(#map-hatch)')).toBe(2);
    expect(group('#deebf7')).toBe(1);
    expect(group('#08519c')).toBe(1);
    expect(regions.filter((path) => path.includes('fill='))).toHaveLength(0);
    expect(markup.match(/<path class="map-province"/g)).toHaveLength(1);
    expect(markup).toContain('<title>嘉祥县：没有数字或缺少分母</title>');
    expect(markup).toContain('示意图，不是标准地图');
    expect(markup).toContain('边界来源：test-boundaries.topo.json');
    expect(markup).toContain('立方米/万人');
  });

  it('draws nothing when no region of the comparison is on the boundaries', () => {
    const comparison = compareIndicator(OBSERVATIONS, seedRegions(), CATALOGUE, { indicator: 'water_use_cap', planYear: 2023, per: 'capita' });
    expect(choroplethMap({ ...reportMap(), regions: new Map() }, comparison, 'm3', 'zh')).toBe('');
  });

  it('draws a map with more points than a function call can take arguments (a national base map)', () => {
    // one ring of 300,000 points on the first county: Math.min(...points) overflowed the stack here
    const ring = Array.from({ length: 300_000 }, (_, at) => [Math.cos((at / 300_000) * 2 * Math.PI) * 5000 + 5000, Math.sin((at / 300_000) * 2 * Math.PI) * 5000 + 5000]);
    ring.push(ring[0] as number[]);
    const big = parseTopology(JSON.stringify({
      type: 'Topology',
      arcs: [ring],
      objects: { counties: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: '370405', name: '台儿庄区' } }] } },
    }));
    const rings = objectRings(big).features.get('370405');
    expect(rings?.[0]?.[0]).toHaveLength(300_001);
    const comparison = compareIndicator(OBSERVATIONS, seedRegions(), CATALOGUE, { indicator: 'water_use_cap', planYear: 2023, per: 'capita', levels: 'separate' });
    const map = { ...reportMap(), regions: new Map([['370405/台儿庄区', rings ?? []]]), provinces: [] };
    expect(String(choroplethMap(map, comparison, 'm3', 'zh'))).toContain('<path class="map-region"');
  });

  it('writes outlines as a first point and relative steps in half pixels that add up to the projected corners', () => {
    const comparison = compareIndicator(OBSERVATIONS, seedRegions(), CATALOGUE, { indicator: 'water_use_cap', planYear: 2023, per: 'capita', levels: 'separate' });
    const markup = String(choroplethMap(reportMap(), comparison, 'm3', 'zh'));
    const d = /<path class="map-region" d="([^"]+)"[^>]*><title>台儿庄区/.exec(markup)?.[1] ?? '';
    expect(d).toMatch(/^M[\d.]+,[\d.]+l/);
    const numbers = (d.match(/-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? []).map(Number);
    const points: [number, number][] = [];
    for (let at = 0; at + 1 < numbers.length; at += 2) {
      const [previousX, previousY] = points[points.length - 1] ?? [0, 0];
      points.push(at === 0 ? [numbers[0] ?? 0, numbers[1] ?? 0] : [previousX + (numbers[at] ?? 0), previousY + (numbers[at + 1] ?? 0)]);
    }
    // the four squares span x 0–70 km and y 0–10 km, padded by 8 % on every side: 81.2 km across
    // 520 px; 台儿庄区 is the square at x 0–10 km, its corners (0,0) (10,0) (10,10) (0,10) (0,0)
    const scale = 520 / 81_200;
    const corner = (x: number, y: number): [number, number] => [(x + 5600) * scale, (10_800 - y) * scale];
    const expected = [corner(0, 0), corner(10_000, 0), corner(10_000, 10_000), corner(0, 10_000), corner(0, 0)];
    expect(points).toHaveLength(expected.length);
    // each point rounded to the nearest half pixel: at most a quarter pixel off, never accumulating
    points.forEach(([x, y], index) => {
      expect(Math.abs(x - (expected[index]?.[0] ?? NaN))).toBeLessThanOrEqual(0.25 + 1e-9);
      expect(Math.abs(y - (expected[index]?.[1] ?? NaN))).toBeLessThanOrEqual(0.25 + 1e-9);
      expect([x * 2, y * 2].every((half) => Math.abs(half - Math.round(half)) < 1e-9)).toBe(true);
    });
    // the strokes are set once on the groups, not on every path
    expect(markup).not.toMatch(/<path class="map-region"[^>]*stroke=/);
    expect(markup).toMatch(/<g stroke="#ffffff" stroke-width="0.8"><g fill="[^"]+"><path class="map-region"/);
  });

  it('draws the same outlines for every comparison of the same regions (projected once)', () => {
    const water = compareIndicator(OBSERVATIONS, seedRegions(), CATALOGUE, { indicator: 'water_use_cap', planYear: 2023, per: 'capita', levels: 'separate' });
    const map = reportMap();
    const outlines = (markup: string): string[] => [...markup.matchAll(/ d="([^"]+)"/g)].map((match) => match[1] ?? '');
    const first = outlines(String(choroplethMap(map, water, 'm3', 'zh')));
    const again = outlines(String(choroplethMap(map, { ...water, per: 'none' }, 'm3', 'zh')));
    expect(first.length).toBe(5);
    expect(again).toEqual(first);
  });

  it('simplifies a line to the drawn scale: bumps under the tolerance dropped, larger ones and both ends kept', () => {
    // a straight edge of 101 points with a 0.3 px wobble and one 2 px bump at x = 60
    const line: [number, number][] = Array.from({ length: 101 }, (_, x) => [x, x === 60 ? 2 : x % 2 === 0 ? 0 : 0.3]);
    // the foot of the bump: (58, 0) is 1.93 px from the line (0,0)–(60,2), farther than (59, 0.3) at 1.67 px;
    // then (59, 0.3) is 0.49 px from (58,0)–(60,2), within the tolerance
    expect(simplified(line, 0.5)).toEqual([[0, 0], [58, 0], [60, 2], [62, 0], [100, 0]]);
    expect(simplified([[0, 0], [1, 0.2], [2, 0], [3, 2], [4, 0]], 0.5)).toEqual([[0, 0], [2, 0], [3, 2], [4, 0]]);
    // a closed ring (first point = last) keeps its corners
    expect(simplified([[0, 0], [5, 0], [10, 0], [10, 10], [0, 10], [0, 0]], 0.5)).toEqual([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]);
    expect(simplified([[0, 0], [1, 1]], 0.5)).toEqual([[0, 0], [1, 1]]);
  });

  it('draws a county outlined by many points along straight edges with its corners only', () => {
    // 台儿庄区's square with a point every 10 m along its edges (4,000 points)
    const edge = (from: [number, number], to: [number, number]): number[][] => Array.from({ length: 1000 }, (_, i) => [from[0] + ((to[0] - from[0]) * i) / 1000, from[1] + ((to[1] - from[1]) * i) / 1000]);
    const dense = [...edge([0, 0], [10_000, 0]), ...edge([10_000, 0], [10_000, 10_000]), ...edge([10_000, 10_000], [0, 10_000]), ...edge([0, 10_000], [0, 0]), [0, 0]];
    const comparison = compareIndicator(OBSERVATIONS, seedRegions(), CATALOGUE, { indicator: 'water_use_cap', planYear: 2023, per: 'capita', levels: 'separate' });
    const map = { ...reportMap(), regions: new Map([['370405/台儿庄区', [[dense as [number, number][]]]]]), provinces: [] };
    const d = /<path class="map-region" d="([^"]+)"/.exec(String(choroplethMap(map, comparison, 'm3', 'zh')))?.[1] ?? '';
    // a first point and four steps: the corners
    expect(d.match(/-?(?:\d+(?:\.\d*)?|\.\d+)/g)).toHaveLength(10);
  });
});
