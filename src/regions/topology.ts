/**
 * Boundary files in TopoJSON: checked once, and the area of every coded feature measured, so
 * a land-area denominator exists where no table gives one.
 */
import { ConfigError } from '../errors.js';
import { REGION_MESSAGES } from '../messages.js';

const { invalidTopology } = REGION_MESSAGES;

/** A point as the topology gives it: x, y (longitude, latitude or projected metres). */
export type Position = readonly [number, number];

/** The parts of a TopoJSON topology regionbench reads. */
export interface Topology {
  readonly type: 'Topology';
  readonly transform?: { readonly scale: Position; readonly translate: Position };
  readonly arcs: readonly (readonly Position[])[];
  readonly objects: Readonly<Record<string, { readonly type: string; readonly geometries?: readonly TopoGeometry[] }>>;
}

/** One geometry of a collection (only polygons carry area). */
export interface TopoGeometry {
  readonly type: string;
  readonly arcs?: unknown;
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** A coded feature of a boundary file, with its area. */
export interface FeatureArea {
  readonly code: string;
  readonly name: string;
  /** Area in km²: planar for projected coordinates (metres), on the authalic sphere for longitude/latitude. */
  readonly area_km2: number;
}

/** Radius of the sphere with the WGS84 ellipsoid's surface area, metres. */
const AUTHALIC_RADIUS = 6_371_007.2;

/**
 * Parse and check a TopoJSON topology: `type: Topology`, an `arcs` array and at least one
 * geometry collection. Anything else throws naming what is wrong.
 *
 * @example
 * parseTopology('{"type":"Topology","arcs":[],"objects":{"counties":{"type":"GeometryCollection","geometries":[]}}}').type
 * // → 'Topology'
 * parseTopology('{"type":"FeatureCollection"}') // throws Error('invalid boundaries: not a TopoJSON topology (type FeatureCollection)')
 */
export function parseTopology(text: string): Topology {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(invalidTopology(`not JSON (${error instanceof Error ? error.message : String(error)})`));
  }
  if (typeof value !== 'object' || value === null || !('type' in value) || value.type !== 'Topology') {
    const type = typeof value === 'object' && value !== null && 'type' in value ? String(value.type) : typeof value;
    throw new ConfigError(invalidTopology(`not a TopoJSON topology (type ${type})`));
  }
  if (!('arcs' in value) || !Array.isArray(value.arcs)) throw new ConfigError(invalidTopology('no arcs'));
  if (!('objects' in value) || typeof value.objects !== 'object' || value.objects === null) throw new ConfigError(invalidTopology('no objects'));
  const collections = Object.values(value.objects).filter((object: unknown) => typeof object === 'object' && object !== null
    && 'geometries' in object && Array.isArray(object.geometries));
  if (collections.length === 0) throw new ConfigError(invalidTopology('no geometry collection'));
  return value as Topology;
}

/**
 * The object of a topology that holds the county-level units: the one named `counties` when
 * there is one, else the collection with the most features coded with six digits (in
 * `properties.code`).
 *
 * @example
 * countyObjectName(topology) // → 'counties'
 */
export function countyObjectName(topology: Topology): string | null {
  if (topology.objects.counties?.geometries !== undefined) return 'counties';
  let best: string | null = null;
  let most = 0;
  for (const [name, object] of Object.entries(topology.objects)) {
    const coded = (object.geometries ?? []).filter((geometry) => codeOf(geometry) !== null).length;
    if (coded > most) {
      best = name;
      most = coded;
    }
  }
  return best;
}

/**
 * The area of every feature of the county object that has a six-digit `code`. Coordinates
 * are decoded with the topology's transform (quantized, delta-encoded arcs) when it has one.
 * A topology whose coordinates all lie within ±180/±90 is taken to be longitude/latitude and
 * measured on the authalic sphere; otherwise coordinates are metres of an equal-area
 * projection and measured in the plane (shoelace). Holes are subtracted.
 *
 * @example
 * // a 1 km × 2 km rectangle in projected metres
 * featureAreas(parseTopology(JSON.stringify({ type: 'Topology', arcs: [[[0, 0], [1000, 0], [1000, 2000], [0, 2000], [0, 0]]],
 *   objects: { counties: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: '330521', name: '德清县' } }] } } })))
 * // → [{ code: '330521', name: '德清县', area_km2: 2 }]
 */
export function featureAreas(topology: Topology): FeatureArea[] {
  const objectName = countyObjectName(topology);
  if (objectName === null) return [];
  const arcs = decodeArcs(topology);
  const geographic = arcs.every((arc) => arc.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90));
  const areas: FeatureArea[] = [];
  for (const geometry of topology.objects[objectName]?.geometries ?? []) {
    const code = codeOf(geometry);
    if (code === null) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' && Array.isArray(geometry.arcs) ? geometry.arcs : [];
    let area = 0;
    for (const polygon of polygons) {
      if (!Array.isArray(polygon)) continue;
      polygon.forEach((ring: unknown, index: number) => {
        const points = ringPoints(arcs, ring);
        const ringArea = Math.abs(geographic ? sphericalArea(points) : planarArea(points));
        area += index === 0 ? ringArea : -ringArea;
      });
    }
    const name = geometry.properties?.name;
    areas.push({ code, name: typeof name === 'string' ? name : '', area_km2: area / 1e6 });
  }
  return areas;
}

function codeOf(geometry: TopoGeometry): string | null {
  const code = geometry.properties?.code;
  const text = typeof code === 'number' ? String(code) : code;
  return typeof text === 'string' && /^\d{6}$/.test(text) ? text : null;
}

function decodeArcs(topology: Topology): Position[][] {
  const transform = topology.transform;
  return topology.arcs.map((arc) => {
    if (transform === undefined) return arc.map(([x, y]) => [x, y] as const);
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]] as const;
    });
  });
}

function ringPoints(arcs: readonly Position[][], ring: unknown): Position[] {
  if (!Array.isArray(ring)) return [];
  const points: Position[] = [];
  ring.forEach((index: unknown, order: number) => {
    if (typeof index !== 'number') return;
    // a negative index ~i walks arc i backwards
    const arc = index >= 0 ? arcs[index] : arcs[~index]?.slice().reverse();
    if (arc === undefined) return;
    // one by one: an arc may hold more points than a call can take arguments
    for (let at = order === 0 ? 0 : 1; at < arc.length; at++) points.push(arc[at] as (typeof arc)[number]);
  });
  return points;
}

function planarArea(points: readonly Position[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i += 1) {
    const [x1, y1] = points[i] ?? [0, 0];
    const [x2, y2] = points[(i + 1) % points.length] ?? [0, 0];
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

function sphericalArea(points: readonly Position[]): number {
  // the sum of (λ2 − λ1)(2 + sin φ1 + sin φ2) over the edges is twice the area on the unit sphere
  let sum = 0;
  const radians = Math.PI / 180;
  for (let i = 0; i < points.length; i += 1) {
    const [lon1, lat1] = points[i] ?? [0, 0];
    const [lon2, lat2] = points[(i + 1) % points.length] ?? [0, 0];
    sum += (lon2 - lon1) * radians * (2 + Math.sin(lat1 * radians) + Math.sin(lat2 * radians));
  }
  return (sum / 2) * AUTHALIC_RADIUS * AUTHALIC_RADIUS;
}

/** Rings of a feature: each polygon's outer ring first, then its holes; points as decoded. */
export type FeatureRings = readonly (readonly Position[])[][];

/** The features of one object of a topology, as rings, by six-digit code. */
export interface ObjectRings {
  /** Coordinates are longitude/latitude (else projected, y pointing north). */
  readonly geographic: boolean;
  readonly features: ReadonlyMap<string, FeatureRings>;
}

/**
 * The polygons of every coded feature of one object (default: the county object) with their
 * arcs stitched into rings, for drawing. Uncoded features are left out.
 *
 * @example
 * objectRings(topology).features.get('330521')?.[0]?.[0]?.length // → points of 德清县's outer ring
 */
export function objectRings(topology: Topology, objectName: string | null = countyObjectName(topology)): ObjectRings {
  const arcs = decodeArcs(topology);
  const geographic = arcs.every((arc) => arc.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90));
  const features = new Map<string, FeatureRings>();
  const object = objectName === null ? undefined : topology.objects[objectName];
  for (const geometry of object?.geometries ?? []) {
    const code = codeOf(geometry);
    if (code === null) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' && Array.isArray(geometry.arcs) ? geometry.arcs : [];
    const rings: (readonly Position[])[][] = [];
    for (const polygon of polygons) {
      if (!Array.isArray(polygon)) continue;
      rings.push(polygon.map((ring: unknown) => ringPoints(arcs, ring)));
    }
    features.set(code, rings);
  }
  return { geographic, features };
}

/**
 * The host county of each development zone (a feature whose code has 7 as its fifth digit) on
 * a boundary file where zones are cut out of their counties: the county of the same prefecture
 * (first four code digits) that shares the longest border with the zone. A zone that shares no
 * border with such a county has no host.
 *
 * @example
 * zoneHosts(topology).get('370471') // → '370402' (the district around the zone)
 */
export function zoneHosts(topology: Topology): Map<string, string> {
  const objectName = countyObjectName(topology);
  const arcs = decodeArcs(topology);
  const lengths = arcs.map((arc) => arc.reduce((sum, point, index) => {
    const previous = arc[index - 1];
    return previous === undefined ? sum : sum + Math.hypot(point[0] - previous[0], point[1] - previous[1]);
  }, 0));
  const users = new Map<number, Set<string>>();
  const arcsOf = new Map<string, Set<number>>();
  for (const geometry of (objectName === null ? undefined : topology.objects[objectName])?.geometries ?? []) {
    const code = codeOf(geometry);
    if (code === null) continue;
    const own = arcsOf.get(code) ?? new Set<number>();
    for (const index of arcIndices(geometry.arcs)) {
      const arc = index >= 0 ? index : ~index;
      own.add(arc);
      const set = users.get(arc) ?? new Set<string>();
      set.add(code);
      users.set(arc, set);
    }
    arcsOf.set(code, own);
  }
  const hosts = new Map<string, string>();
  for (const [zone, own] of arcsOf) {
    if (zone.charAt(4) !== '7') continue;
    const shared = new Map<string, number>();
    for (const arc of own) {
      for (const other of users.get(arc) ?? []) {
        if (other === zone || other.charAt(4) === '7' || other.slice(0, 4) !== zone.slice(0, 4)) continue;
        shared.set(other, (shared.get(other) ?? 0) + (lengths[arc] ?? 0));
      }
    }
    const best = [...shared].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best !== undefined) hosts.set(zone, best[0]);
  }
  return hosts;
}

function arcIndices(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  return Array.isArray(value) ? value.flatMap(arcIndices) : [];
}
