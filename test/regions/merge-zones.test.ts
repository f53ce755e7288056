import { chooseFigure, mergeZonesIntoHosts, parseRegionTable, parseTopology, zoneHosts } from '../../src/regions/index.js';

// Invented: county 330521 (0–10 km square), a zone 330571 (x 10–12, y 0–4) cut out beside it,
// sharing 4 km of border with 330521 and 2 km with county 330502 (x 12–20, y 0–2).
const TOPOLOGY = parseTopology(JSON.stringify({
  type: 'Topology',
  arcs: [
    [[10_000, 4000], [10_000, 10_000], [0, 10_000], [0, 0], [10_000, 0]],
    [[10_000, 0], [10_000, 4000]],
    [[10_000, 4000], [12_000, 4000]],
    [[12_000, 4000], [12_000, 2000]],
    [[12_000, 2000], [12_000, 0]],
    [[12_000, 0], [10_000, 0]],
    [[12_000, 2000], [20_000, 2000], [20_000, 0], [12_000, 0]],
  ],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: '330521', name: '甲县' } },
        { type: 'Polygon', arcs: [[~1, 2, 3, 4, 5]], properties: { code: '330571', name: '乙开发区' } },
        { type: 'Polygon', arcs: [[~4, 6]], properties: { code: '330502', name: '丙区' } },
      ],
    },
  },
}));

describe('regions/merge-zones', () => {
  it('finds a zone’s host: the county of its prefecture with the longest shared border', () => {
    expect([...zoneHosts(TOPOLOGY)]).toEqual([['330571', '330521']]);
  });

  it('counts the zone in its host for every year both have, and says so in the note', () => {
    const table = parseRegionTable([
      'region,division_code,admin_level,parent,metric,year,value,unit,source_url,note',
      '甲县,330521,县,湖州市,resident_population,2020,50,万人,,census',
      '甲县,330521,县,湖州市,resident_population,2023,53,万人,,county bulletin',
      '甲县,330521,县,湖州市,land_area,2021,100,km2,,',
      '乙开发区,330571,功能区,湖州市,resident_population,2020,2.5,万人,,census',
      '乙开发区,330571,功能区,湖州市,land_area,2021,8,km2,,',
    ].join('\n'), 'csv');
    const merged = mergeZonesIntoHosts(table, zoneHosts(TOPOLOGY));
    expect(chooseFigure(merged, '330521', 'resident_population', 2020).figure).toMatchObject({ value: 52.5, note: expect.stringMatching(/^incl\. 功能区 乙开发区/) });
    expect(chooseFigure(merged, '330521', 'land_area', 2021).figure?.value).toBe(108);
    // the zone has no 2023 figure: the county's own 2023 figure is left as it is
    expect(chooseFigure(merged, '330521', 'resident_population', 2023).figure).toMatchObject({ value: 53, note: 'county bulletin' });
    expect(chooseFigure(merged, '330571', 'resident_population', 2020).figure?.value).toBe(2.5);
    expect(table.find((f) => f.division_code === '330521' && f.year === 2020)?.value).toBe(50);
  });
});
