import { ConfigError } from '../../src/errors.js';
import { countyObjectName, featureAreas, objectRings, parseTopology, zoneHosts } from '../../src/regions/index.js';

const topology = (value: unknown) => parseTopology(JSON.stringify({ type: 'Topology', ...(value as object) }));
const collection = (geometries: unknown[]) => ({ type: 'GeometryCollection', geometries });

describe('regions/topology', () => {
  it('refuses what is not a topology, naming what is missing', () => {
    expect(() => parseTopology('not json')).toThrow(ConfigError);
    expect(() => parseTopology('{"type":"Topology","objects":{}}')).toThrow('invalid boundaries: no arcs');
    expect(() => parseTopology('{"type":"Topology","arcs":[],"objects":{"a":{"type":"Polygon"}}}')).toThrow('invalid boundaries: no geometry collection');
  });

  it('takes the object named counties, else the one with most six-digit codes', () => {
    const polygon = (code: string) => ({ type: 'Polygon', arcs: [[0]], properties: { code } });
    const arcs = [[[0, 0], [1, 0], [1, 1], [0, 0]]];
    expect(countyObjectName(topology({ arcs, objects: { provinces: collection([polygon('330000')]), counties: collection([]) } }))).toBe('counties');
    expect(countyObjectName(topology({ arcs, objects: { a: collection([polygon('33')]), b: collection([polygon('330521'), polygon('330522')]) } }))).toBe('b');
  });

  it('measures projected features in the plane, holes subtracted, parts of a multipolygon added', () => {
    const areas = featureAreas(topology({
      arcs: [
        [[0, 0], [10_000, 0], [10_000, 10_000], [0, 10_000], [0, 0]], // 100 km²
        [[4000, 4000], [4000, 6000], [6000, 6000], [6000, 4000], [4000, 4000]], // a 4 km² hole
        [[20_000, 0], [21_000, 0], [21_000, 1000], [20_000, 1000], [20_000, 0]], // 1 km²
        [[30_000, 0], [31_000, 0], [31_000, 1000], [30_000, 1000], [30_000, 0]], // 1 km²
      ],
      objects: {
        counties: collection([
          { type: 'Polygon', arcs: [[0], [1]], properties: { code: '330521', name: '甲县' } },
          { type: 'MultiPolygon', arcs: [[[2]], [[~3]]], properties: { code: 330522, name: '乙县' } },
          { type: 'Polygon', arcs: [[2]], properties: { code: 'x', name: '无码' } },
        ]),
      },
    }));
    expect(areas).toEqual([{ code: '330521', name: '甲县', area_km2: 96 }, { code: '330522', name: '乙县', area_km2: 2 }]);
  });

  it('decodes quantized arcs, and measures longitude/latitude on the sphere', () => {
    // deltas of 3 and 4 units of 1000 m: a 3 km × 4 km rectangle
    const quantized = topology({
      transform: { scale: [1000, 1000], translate: [500_000, 0] },
      arcs: [[[0, 0], [3, 0], [0, 4], [-3, 0], [0, -4]]],
      objects: { counties: collection([{ type: 'Polygon', arcs: [[0]], properties: { code: '330521' } }]) },
    });
    expect(featureAreas(quantized)[0]?.area_km2).toBeCloseTo(12, 9);
    // one degree by one degree at the equator: R² · (π/180) · sin 1° on the authalic sphere, R = 6371.0072 km
    const cell = topology({
      arcs: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
      objects: { counties: collection([{ type: 'Polygon', arcs: [[0]], properties: { code: '330521' } }]) },
    });
    expect(featureAreas(cell)[0]?.area_km2).toBeCloseTo(12363.7, 0);
    expect(objectRings(cell).geographic).toBe(true);
    expect(objectRings(quantized).features.get('330521')?.[0]?.[0]).toEqual([[500_000, 0], [503_000, 0], [503_000, 4000], [500_000, 4000], [500_000, 0]]);
  });

  it('hosts a development zone in the county of its prefecture with which it shares the longest border', () => {
    const hosts = zoneHosts(topology({
      arcs: [
        [[0, 0], [0, 10]], // 0: zone | 甲县, 10 long
        [[0, 10], [4, 10]], // 1: zone | 乙县, 4 long
        [[4, 10], [12, 10], [12, 0]], // 2: the zone's own
        [[12, 0], [0, 0]], // 3: zone | a county of another prefecture, 12 long
        [[0, 0], [-10, 0], [-10, 10], [0, 10]], // 4: 甲县's own
        [[0, 10], [0, 20], [4, 20], [4, 10]], // 5: 乙县's own
        [[12, 0], [12, -20], [0, -20], [0, 0]], // 6: the other prefecture's county
        [[50, 50], [51, 50], [51, 51], [50, 50]], // 7: a zone alone
      ],
      objects: {
        counties: collection([
          { type: 'Polygon', arcs: [[0, 1, 2, 3]], properties: { code: '330571' } },
          { type: 'Polygon', arcs: [[~0, 4]], properties: { code: '330521' } },
          { type: 'Polygon', arcs: [[~1, 5]], properties: { code: '330522' } },
          { type: 'Polygon', arcs: [[~3, 6]], properties: { code: '320501' } },
          { type: 'Polygon', arcs: [[7]], properties: { code: '330572' } },
        ]),
      },
    }));
    expect([...hosts]).toEqual([['330571', '330521']]);
  });
});
