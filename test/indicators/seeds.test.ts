import { extract, type Extraction } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import type { Observation } from '../../src/indicators/types.js';
import { SEEDS_DIR, type SeedRegion } from '../helpers/seeds.js';

let extraction: Extraction;
beforeAll(async () => {
  extraction = await extract([SEEDS_DIR], nodeEffects());
});

function observations(region: SeedRegion, indicator: string): Observation[] {
  return extraction.observations.filter((row) => row.region === region && row.indicator === indicator);
}

type Expected = Partial<Pick<Observation, 'task' | 'kind' | 'comparator' | 'value' | 'unit' | 'status' | 'tier' | 'year'>>;

/** Each row: region, indicator, what the sentence says (read from the seed document), and the sentence. */
const CORE: [SeedRegion, string, Expected, string][] = [
  // 5G base stations
  ['台儿庄区', 'fiveg_stations_new', { task: 12, kind: 'increment', comparator: '>=', value: 100, unit: 'station', tier: 'strive', status: 'target', year: 2023 }, '力争全年建成5G基站100个以上'],
  ['滕州市', 'fiveg_stations_new', { task: 14, kind: 'increment', comparator: '~', value: 500, tier: 'strive' }, '力争建设开通5G基站500个左右'],
  ['泰安市', 'fiveg_stations_total', { task: 16, kind: 'stock', comparator: '>=', value: 11000, tier: 'plain' }, '全市5G基站达到11000个以上'],
  ['嘉祥县', 'fiveg_stations_new', { task: 8, kind: 'mentioned', comparator: null, value: null }, '按时完成市下发新建5G基站任务'],
  ['罗庄区', 'fiveg_stations_new', { task: 26, kind: 'increment', comparator: '=', value: 344 }, '新建、改造5G基站344个'],
  // green building area and share
  ['台儿庄区', 'green_building_area_new', { task: 19, kind: 'increment', comparator: '=', value: 250000, unit: 'm2', tier: 'strive' }, '力争年内新增绿色建筑25万平方米'],
  ['滕州市', 'green_building_area_new', { task: 34, kind: 'increment', value: 1500000, tier: 'plain' }, '新增绿色建筑150万平方米'],
  ['泰安市', 'green_building_area_new', { task: 34, kind: 'increment', comparator: '>=', value: 2000000 }, '全市新增绿色建筑200万平方米以上'],
  ['嘉祥县', 'green_building_area_new', { task: 24, kind: 'increment', value: 500000 }, '年内新增绿色建筑50万平方米'],
  ['嘉祥县', 'green_building_share_new', { task: 24, kind: 'rate', comparator: '=', value: 100, unit: 'percent' }, '城镇新建民用建筑中绿色建筑占比达到100%'],
  ['罗庄区', 'green_building_area_new', { task: 37, kind: 'increment', comparator: '>=', value: 600000, year: 2023 }, '2023年全区新增绿色建筑60万平方米以上'],
  ['罗庄区', 'green_building_share_new', { task: 37, kind: 'rate', comparator: '>=', value: 95 }, '城镇新建民用建筑中绿色建筑占比达到95%以上'],
  // water
  ['台儿庄区', 'water_use_total', { task: 22, kind: 'cap', comparator: '<=', value: 34270000, unit: 'm3' }, '全区年度用水总量控制在3427万立方米以内'],
  ['台儿庄区', 'unconventional_water_use', { task: 22, comparator: '>=', value: 3250000 }, '非常规水源利用量达到325万立方米以上'],
  ['滕州市', 'water_use_total', { task: 33, kind: 'cap', comparator: '<=', value: 305000000 }, '全市年度用水总量控制在3.05亿立方米以内'],
  ['滕州市', 'unconventional_water_use', { task: 33, comparator: '>=', value: 15000000 }, '非常规水源利用量达到0.15亿立方米以上'],
  ['泰安市', 'water_use_total', { task: 32, kind: 'cap', comparator: '<=', value: 1224000000 }, '全市用水总量控制在12.24亿立方米以内'],
  ['泰安市', 'unconventional_water_use', { task: 32, comparator: '>=', value: 143000000 }, '非常规水资源利用量达到1.43亿立方米以上'],
  ['罗庄区', 'water_use_total', { task: 36, kind: 'mentioned', value: null }, '根据市下达我区年用水总量,科学合理利用'],
  // high-tech firms
  ['台儿庄区', 'high_tech_firms_new', { task: 2, kind: 'increment', comparator: '=', value: 4, unit: 'firm', tier: 'strive' }, '力争年内新培育高新技术企业4家'],
  ['滕州市', 'high_tech_firms_new', { task: 4, kind: 'increment', value: 195 }, '新培育高新技术企业195家'],
  ['泰安市', 'high_tech_firms_new', { task: 6, kind: 'increment', comparator: '>=', value: 60, tier: 'strive' }, '高新技术企业增长60家以上'],
  ['嘉祥县', 'high_tech_firms_new', { task: 3, kind: 'increment', comparator: '>=', value: 20 }, '新培育…国家高新技术企业20家以上'],
  ['罗庄区', 'high_tech_firms_total', { task: 15, kind: 'stock', comparator: '=', value: 110 }, '高新技术企业达到110家'],
];

/** Other catalogue indicators, also read from the seeds. */
const OTHERS: [SeedRegion, string, Expected, string][] = [
  ['台儿庄区', 'breeding_sows', { task: 28, kind: 'stock', comparator: '~', value: 9300, unit: 'head' }, '全区能繁母猪保持在9300头左右'],
  ['滕州市', 'breeding_sows', { task: 45, kind: 'stock', comparator: '>=', value: 13900 }, '全市能繁母猪保持在1.39万头以上'],
  ['台儿庄区', 'high_standard_farmland_new', { task: 27, kind: 'increment', comparator: '>=', value: 53000, unit: 'mu' }, '年内新建和改造提升高标准农田面积5.3万亩以上'],
  ['台儿庄区', 'elderly_home_adaptation', { task: 40, kind: 'increment', comparator: '>=', value: 534, unit: 'household' }, '实施特殊困难老年人家庭适老化改造不少于534户'],
  ['台儿庄区', 'afforestation', { task: 18, kind: 'increment', value: 205, unit: 'mu' }, '年内完成上级下达落地上图造林205亩'],
  ['台儿庄区', 'forest_tending', { task: 18, kind: 'increment', value: 550 }, '森林抚育550亩'],
  ['台儿庄区', 'soil_erosion_control_area', { task: 18, kind: 'increment', value: 2.5, unit: 'km2' }, '水土流失综合治理面积2.5平方公里'],
  ['台儿庄区', 'soil_conservation_rate', { task: 18, kind: 'rate', comparator: '>=', value: 90 }, '全区水土保持率达到90%以上'],
  ['台儿庄区', 'renewable_capacity', { task: 11, kind: 'stock', comparator: '>=', value: 300000, unit: 'kW' }, '可再生能源发电装机保持在30万千瓦以上'],
  ['嘉祥县', 'renewable_capacity', { task: 19, kind: 'stock', value: 280000, tier: 'strive' }, '力争新能源和可再生能源发电装机规模达到280兆瓦'],
  ['嘉祥县', 'urban_jobs_new', { task: 64, kind: 'increment', comparator: '>=', value: 2200, unit: 'person' }, '全年新增城镇就业0.22万人以上'],
  ['嘉祥县', 'grain_area', { task: 47, kind: 'stock', comparator: '>=', value: 1540000, unit: 'mu' }, '全县粮食播种面积不低于154万亩'],
  ['泰安市', 'nursing_beds_new', { task: 68, kind: 'increment', value: 2000, unit: 'bed' }, '新增护理型养老床位2000张'],
  ['泰安市', 'nursing_bed_share', { task: 68, kind: 'rate', comparator: '>=', value: 65 }, '全市养老机构护理型床位占比达到65%以上'],
  ['泰安市', 'old_residential_renovation_area', { task: 39, kind: 'increment', value: 4570000, unit: 'm2', year: 2023 }, '2023年年内开工改造老旧小区457万平方米'],
  ['罗庄区', 'tech_upgrade_investment_growth', { task: 6, kind: 'growth', comparator: '>=', value: 20, unit: 'percent', tier: 'strive' }, '技改投资增长20%以上'],
  ['滕州市', 'specialized_sme_new', { task: 16, kind: 'increment', comparator: '>=', value: 20 }, '年内新增专精特新中小企业20家以上'],
];

describe('indicators on the seed documents', () => {
  it.each([...CORE, ...OTHERS])('%s %s: %j (%s)', (region, indicator, expected) => {
    const rows = observations(region, indicator);
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
  });

  it('finds no water-use figure or mention in 嘉祥县, which has none', () => {
    expect(observations('嘉祥县', 'water_use_total')).toEqual([]);
  });

  it('does not count 嘉祥县 5G stations twice (new and total) when the task names them once', () => {
    expect(observations('嘉祥县', 'fiveg_stations_total')).toEqual([]);
  });

  it('skips a number that qualifies a noun: 500万元以上 in 台儿庄区 task 6 is not a target, the 20 projects are', () => {
    const task6 = extraction.observations.filter((row) => row.region === '台儿庄区' && row.task === 6);
    expect(task6.map((row) => [row.indicator, row.value])).toEqual([['tech_upgrade_projects', 20]]);
  });

  it('skips the 300兆瓦级 size class of a 泰安市 storage project', () => {
    expect(observations('泰安市', 'energy_storage_capacity').filter((row) => row.value !== null)).toEqual([]);
  });

  it('shows evidence and raw figures as written in the document', () => {
    const [row] = observations('台儿庄区', 'water_use_total');
    expect(row?.raw).toBe('控制在3427万立方米以内');
    expect(row?.evidence).toBe('全区年度用水总量控制在3427万立方米以内');
    expect(row?.lead_units).toBe('区城乡水务局、区工业和信息化局');
  });

  it('gives every figure an evidence span inside its document and task fields', () => {
    for (const row of extraction.observations) {
      expect(row.end).toBeGreaterThan(row.start);
      expect(row.evidence.length).toBeGreaterThan(0);
      expect(row.task).not.toBeNull();
      if (row.kind !== 'mentioned') expect(Number.isFinite(row.value)).toBe(true);
    }
  });
});
