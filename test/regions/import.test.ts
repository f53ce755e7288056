import ExcelJS from 'exceljs';
import { landAreaFromBoundaries, readReferenceFile } from '../../src/regions/import.js';
import { featureAreas, parseTopology } from '../../src/regions/topology.js';
import { detectWideLayout } from '../../src/regions/wide-table.js';

/** A workbook in the shape of the census county tabulation, with invented numbers. */
async function censusWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').addRow(['本表为测试用虚构数据']);
  const sheet = workbook.addWorksheet('七普（年鉴）');
  sheet.addRow(['区划代码', '省', '市', '区县', '人口数_合计', '城镇人口', '家庭户数']);
  sheet.addRow(['NA', '全国', '', '', 3_000_000, 2_000_000, 900_000]);
  sheet.addRow(['330000', '浙江省', '', '', 2_000_000, 1_500_000, 600_000]);
  sheet.addRow(['330500', '浙江省', '湖州市', '', 1_200_000, 900_000, 400_000]);
  sheet.addRow(['330521', '浙江省', '湖州市', '德清县', 500_001, 300_000, 180_000]);
  sheet.addRow(['330502', '浙江省', '湖州市', '吴兴区', '699999', 600_000, 220_000]);
  sheet.addRow(['NA', '浙江省', '湖州市', '某某经济开发区', 1000, 900, 300]);
  sheet.addRow(['330571', '浙江省', '湖州市', '某某旅游度假区', 2000, 1500, 600]);
  sheet.addRow(['510117', '四川省', '成都市', '郫都区', 'n/a', 1, 1]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A 1 km × 2 km rectangle and a 3 km × 3 km square with a 1 km² hole, in projected metres. */
const PROJECTED = JSON.stringify({
  type: 'Topology',
  arcs: [
    [[0, 0], [1000, 0], [1000, 2000], [0, 2000], [0, 0]],
    [[5000, 0], [8000, 0], [8000, 3000], [5000, 3000], [5000, 0]],
    [[6000, 1000], [6000, 2000], [7000, 2000], [7000, 1000], [6000, 1000]],
  ],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { code: '330521', name: '德清县' } },
        { type: 'Polygon', arcs: [[1], [2]], properties: { code: '999999', name: '不存在县' } },
        { type: 'Polygon', arcs: [[~0]], properties: { name: 'no code' } },
      ],
    },
  },
});

describe('regions/import', () => {
  it('reads the census tabulation from the sheet that has its headers, in 万人, leaving out coded-NA and national rows with reasons', async () => {
    const file = await readReferenceFile('census_county_2020_v1.xlsx', await censusWorkbook());
    if (file.kind !== 'table') throw new Error('expected a table');
    expect(file.format).toBe('census-2020-county');
    const byCode = new Map(file.table.map((figure) => [figure.division_code, figure]));
    // 500,001 residents = 50.0001 万人
    expect(byCode.get('330521')).toMatchObject({
      region: '德清县', admin_level: '县', parent: '湖州市', metric: 'resident_population', year: 2020, value: 50.0001, unit: '万人',
    });
    expect(byCode.get('330521')?.licence).toMatch(/MIT/);
    expect(byCode.get('330521')?.source_url).toMatch(/census/);
    expect(byCode.get('330502')).toMatchObject({ admin_level: '市辖区', value: 69.9999 });
    expect(byCode.get('330500')).toMatchObject({ region: '湖州市', admin_level: '地级市', parent: '浙江省' });
    expect(byCode.get('330000')).toMatchObject({ region: '浙江省', admin_level: '省', parent: '' });
    // fifth digit 7: a development zone
    expect(byCode.get('330571')?.admin_level).toBe('功能区');
    expect(file.skipped.map((skip) => skip.row)).toEqual([2, 7, 9]);
    expect(file.skipped[1]?.reason).toContain('某某经济开发区');
    expect(file.skipped[2]?.reason).toContain('"n/a"');
  });

  it('reads the national reference CSV with population and land area, levels from its type column', async () => {
    const csv = [
      'division_code,name,admin_level,admin_type,province,prefecture,resident_population_2020,land_area_km2,households_2020',
      '510117,郫都区,county-level,市辖区,四川省,成都市,1000000,437.5,1',
      '510171,某新区,county-level,"功能区(开发区/管理区等, 非正式)",四川省,成都市,50000,,1',
      '232761,某林区,county-level,非正式县级区(大兴安岭),黑龙江省,大兴安岭地区,20000,1500,1',
      '441900,东莞市,prefecture,地级市(不设区),广东省,,10000000,2460,1',
    ].join('\n');
    const file = await readReferenceFile('counties_2020.csv', new TextEncoder().encode(csv));
    if (file.kind !== 'table') throw new Error('expected a table');
    expect(file.format).toBe('national-reference');
    expect(file.table.map((f) => [f.division_code, f.admin_level, f.metric, f.value])).toEqual([
      ['510117', '市辖区', 'resident_population', 100],
      ['510117', '市辖区', 'land_area', 437.5],
      ['510171', '功能区', 'resident_population', 5],
      ['232761', '县级单位', 'resident_population', 2],
      ['232761', '县级单位', 'land_area', 1500],
      ['441900', '地级市', 'resident_population', 1000],
      ['441900', '地级市', 'land_area', 2460],
    ]);
    expect(file.table[1]).toMatchObject({ year: 2021, parent: '成都市' });
  });

  it('reads a long region table as before', async () => {
    const csv = 'region,division_code,admin_level,parent,metric,year,value,unit,licence\n德清县,330521,县,湖州市,gdp,2023,1300,亿元,CC BY 4.0\n';
    const file = await readReferenceFile('mine.csv', new TextEncoder().encode(csv));
    expect(file.kind === 'table' && file.format).toBe('long');
    expect(file.kind === 'table' && file.table[0]?.licence).toBe('CC BY 4.0');
  });

  it('refuses a table it cannot place, naming the file', async () => {
    await expect(readReferenceFile('other.csv', new TextEncoder().encode('a,b\n1,2\n'))).rejects.toThrow(/invalid reference file other\.csv/);
  });

  it('tells layouts apart by their headers', () => {
    expect(detectWideLayout(['区划代码', '省', '市', '区县', '人口数_合计'])?.id).toBe('census-2020-county');
    expect(detectWideLayout(['区划代码', '省', '市', '人口数_合计'])).toBeNull();
  });

  describe('boundaries', () => {
    it('measures projected polygons in the plane, subtracting holes, and skips uncoded features', () => {
      expect(featureAreas(parseTopology(PROJECTED))).toEqual([
        { code: '330521', name: '德清县', area_km2: 2 },
        { code: '999999', name: '不存在县', area_km2: 8 },
      ]);
    });

    it('decodes quantized delta arcs with the transform', () => {
      // the 1 km × 2 km rectangle again, quantized at 10 m and delta-encoded
      const topology = parseTopology(JSON.stringify({
        type: 'Topology',
        transform: { scale: [10, 10], translate: [500, 500] },
        arcs: [[[0, 0], [100, 0], [0, 200], [-100, 0], [0, -200]]],
        objects: { units: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: 330521 } }] } },
      }));
      expect(featureAreas(topology)).toEqual([{ code: '330521', name: '', area_km2: 2 }]);
    });

    it('measures longitude/latitude polygons on the sphere', () => {
      // one degree square at the equator: about 111.2 km × 110.6 km on the authalic sphere
      const topology = parseTopology(JSON.stringify({
        type: 'Topology',
        arcs: [[[100, 0], [101, 0], [101, 1], [100, 1], [100, 0]]],
        objects: { counties: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: '460321' } }] } },
      }));
      const [feature] = featureAreas(topology);
      expect(feature?.area_km2).toBeGreaterThan(12_300);
      expect(feature?.area_km2).toBeLessThan(12_400);
    });

    it('says what is wrong with a file that is not a topology', () => {
      expect(() => parseTopology('{"type":"FeatureCollection","features":[]}')).toThrow('invalid boundaries: not a TopoJSON topology (type FeatureCollection)');
      expect(() => parseTopology('{"type":"Topology","arcs":[],"objects":{}}')).toThrow('invalid boundaries: no geometry collection');
      expect(() => parseTopology('{oops')).toThrow(/invalid boundaries: not JSON/);
    });

    it('adds measured land areas only to known regions without one', async () => {
      const census = await readReferenceFile('census.xlsx', await censusWorkbook());
      if (census.kind !== 'table') throw new Error('expected a table');
      const areas = featureAreas(parseTopology(PROJECTED));
      const { figures, unknown } = landAreaFromBoundaries(census.table, areas, { year: 2021, source: 'b.topo.json', licence: 'MIT', origin: 'b.topo.json' });
      expect(figures).toHaveLength(1);
      expect(figures[0]).toMatchObject({ region: '德清县', admin_level: '县', parent: '湖州市', metric: 'land_area', year: 2021, value: 2, licence: 'MIT' });
      expect(unknown.map((feature) => feature.code)).toEqual(['999999']);
      const again = landAreaFromBoundaries([...census.table, ...figures], areas, { year: 2021, source: '', licence: '', origin: '' });
      expect(again.figures).toEqual([]);
    });

    it('leaves alone a region whose table gives land areas to others but left its own empty', async () => {
      const csv = [
        'division_code,name,admin_level,admin_type,province,prefecture,resident_population_2020,land_area_km2',
        '330502,吴兴区,county-level,市辖区,浙江省,湖州市,700000,870',
        '330521,德清县,county-level,县,浙江省,湖州市,500000,',
      ].join('\n');
      const national = await readReferenceFile('national.csv', new TextEncoder().encode(csv));
      if (national.kind !== 'table') throw new Error('expected a table');
      const { figures } = landAreaFromBoundaries(national.table, featureAreas(parseTopology(PROJECTED)), { year: 2021, source: '', licence: '', origin: 'b' });
      expect(figures).toEqual([]);
    });
  });
});
