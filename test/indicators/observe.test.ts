import { validateIndicators, DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { readFigures, readMentions } from '../../src/indicators/observe.js';
import { recogniseQuantities } from '../../src/quantities/index.js';
import { families } from '../../src/indicators/observe.js';

/** A user indicator counted in 家 whose first cue group holds `nouns`. */
const row = (id: string, nouns: readonly string[]) => ({
  id, name_zh: nouns[0] ?? id, name_en: id, unit: 'firm', unit_zh: '家', dimension: 'count', kinds: ['increment'],
  polarity: 'higher_is_better', cues: { all: [nouns] }, classifiers: ['家'],
});

describe('indicators/observe families', () => {
  it('groups the built-in indicators that share a noun: new and total 5G stations are one family', () => {
    const groups = families(DEFAULT_CATALOGUE.indicators);
    const withFiveG = groups.find((group) => group.some((indicator) => indicator.id === 'fiveg_stations_new'));
    expect(withFiveG?.map((indicator) => indicator.id)).toEqual(['fiveg_stations_new', 'fiveg_stations_total']);
  });

  it('puts an indicator sharing nouns with two families into the first of them, and its nouns with it', () => {
    // c shares 甲 with a and 乙 with b: it joins a's family, which from then on holds 乙 too, so d follows
    const indicators = validateIndicators([row('a', ['甲企业']), row('b', ['乙企业']), row('c', ['乙企业', '甲企业']), row('d', ['丙企业', '乙企业']), row('e', ['丁企业'])], 'test');
    expect(families(indicators).map((group) => group.map((indicator) => indicator.id))).toEqual([['a', 'c', 'd'], ['b'], ['e']]);
  });

  it('groups a 20,000-indicator catalogue in linear time', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(`user_${i}`, [`指标${i}`, `指标${i - (i % 2)}`]));
    const indicators = validateIndicators(rows, 'test');
    const started = Date.now();
    const groups = families(indicators);
    // pairs share a noun: 10,000 families of two; comparing every family with every other took 8 s
    expect(Date.now() - started).toBeLessThan(2000);
    expect(groups).toHaveLength(10_000);
    expect(groups.every((group) => group.length === 2)).toBe(true);
  });
});

describe('indicators/observe readFigures: measures named elsewhere in the sentence or before it', () => {
  const read = (text: string) => readFigures({ text, offset: 0 }, recogniseQuantities(text), DEFAULT_CATALOGUE, 2024)
    .map((finding) => ({ indicator: finding.indicator, value: finding.value }));

  it('reads a count of childcare places per thousand people only where the ratio is said, not a total of places', () => {
    expect(read('全区共有托育机构58家,提供托位2860个,每千人口拥有3岁以下婴幼儿托位数达到3.8个。')).toEqual([
      { indicator: 'childcare_places_per_1000', value: 3.8 },
    ]);
  });

  it('reads the new-energy share of new vehicles in public use (公共领域) as well as of buses and taxis', () => {
    expect(read('到2025年底,新增公共领域新能源汽车占比达到80%。')).toEqual([{ indicator: 'ev_share_new_public_vehicles', value: 80 }]);
  });

  it('reads 装机 alone (累计装机达到…) as the measure named before it in the sentence', () => {
    expect(read('全省风电光伏发电合计新增装机743万千瓦,累计装机达到4820万千瓦。')).toEqual([
      { indicator: 'renewable_capacity', value: 7430000 }, { indicator: 'renewable_capacity', value: 48200000 },
    ]);
  });

  it('continues the last measure in a sentence that names only a scope (县城, 建制镇)', () => {
    const text = '到2025年,全市城市污水处理率达到97%。县城不低于92%;建制镇达到75%。';
    expect(read(text)).toEqual([
      { indicator: 'sewage_treatment_rate', value: 97 },
      { indicator: 'sewage_treatment_rate', value: 92 },
      { indicator: 'sewage_treatment_rate', value: 75 },
    ]);
  });

  it('continues it for a generic head noun (我市有6家企业) but not for a figure with a subject of its own', () => {
    expect(read('全国新增专精特新“小巨人”企业3000家。我市有6家企业入选。')).toEqual([
      { indicator: 'little_giant_firms', value: 3000 }, { indicator: 'little_giant_firms', value: 6 },
    ]);
    expect(read('全国新增专精特新“小巨人”企业3000家。12家企业通过雏鹰企业评价。')).toEqual([{ indicator: 'little_giant_firms', value: 3000 }]);
  });

  it('continues it when the sentence only restates the measure (装机规模) for a group of regions', () => {
    const text = '全国新型储能累计装机规模达到5000万千瓦。山西、陕西、四川等三省装机规模超过150万千瓦。';
    expect(read(text)).toEqual([
      { indicator: 'energy_storage_capacity', value: 50_000_000 }, { indicator: 'energy_storage_capacity', value: 1_500_000 },
    ]);
    // a growth noun (增幅) measures the head named before it in its sentence
    expect(read('全县粮食播种面积为60万亩,增幅1.2%。')).toEqual([
      { indicator: 'grain_area', value: 600_000 }, { indicator: 'grain_area', value: 1.2 },
    ]);
  });

  it('gives a continued figure the time of the one before unless its own words say when', () => {
    const news = { genre: 'news' as const, pageYear: 2016, documentYear: null, mode: null, paragraphTime: '' };
    const text = '规划提出,到2020年底,全市城市污水处理率达到95%。县城不低于85%;建制镇达到70%。';
    const findings = readFigures({ text, offset: 0, time: news }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    expect(findings.map((finding) => [finding.value, finding.status, finding.year])).toEqual([
      [95, 'target', 2020], [85, 'target', 2020], [70, 'target', 2020],
    ]);
  });

  it('gives a figure stating no year the year the sentence before it stated', () => {
    const other = { genre: 'other' as const, pageYear: null, documentYear: null, mode: null, paragraphTime: '' };
    const text = '2023年全县粮食播种面积为59.5万亩。全年粮食总产为15.0万吨。';
    const findings = readFigures({ text, offset: 0, time: other }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    expect(findings.map((finding) => [finding.indicator, finding.year, finding.year_basis])).toEqual([
      ['grain_area', 2023, 'stated'], ['grain_output', 2023, 'stated'],
    ]);
  });

  it('keeps the year a sentence of the paragraph led with for later sentences, until another is stated', () => {
    // a work-report news item: last year's honours, then this year's plan; the plan's figures state no year
    const news = { genre: 'news' as const, pageYear: 2023, documentYear: 2023, mode: null, paragraphTime: '2022年' };
    const text = '2022年,本县获评省级卫生县城。2023年,全县将坚持工业强县,推动高质量发展。力争实现地区生产总值增长8%以上,新增高新技术企业6家。';
    const findings = readFigures({ text, offset: 0, time: news }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    expect(findings.map((finding) => [finding.indicator, finding.value, finding.year, finding.year_basis])).toEqual([
      ['gdp_growth', 8, 2023, 'stated'], ['high_tech_firms_new', 6, 2023, 'stated'],
    ]);
  });

  it('gives a later figure of a sentence the year an earlier figure stated, but not a comparison base\'s year', () => {
    const plan = { genre: 'plan' as const, pageYear: 2022, documentYear: 2022, mode: null, paragraphTime: '' };
    const text = '《规划》提出,全省到2025年建成养老床位5万张,其中护理型床位占比不低于55%。优良天数比例由2021年的80%提高到85%。';
    const findings = readFigures({ text, offset: 0, time: plan }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    // 85% states no year of its own: it goes on with the plan's 2025, not the base's 2021
    expect(findings.map((finding) => [finding.indicator, finding.value, finding.year])).toEqual([
      ['elderly_care_beds_new', 50000, 2025], ['nursing_bed_share', 55, 2025], ['good_air_days_share', 80, 2021], ['good_air_days_share', 85, 2025],
    ]);
  });

  it('does not give a figure dated 截至目前 the year an earlier sentence stated', () => {
    const plan = { genre: 'news' as const, pageYear: null, documentYear: 2022, mode: null, paragraphTime: '' };
    const text = '预计到2025年,我省将形成装配式建筑产业基地。截至目前,全省装配式建筑占新建建筑的比例超过30%。';
    const [finding] = readFigures({ text, offset: 0, time: plan }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    expect(finding).toMatchObject({ indicator: 'prefab_building_share', value: 30, year: 2022, year_basis: 'document' });
  });

  it('tells a figure without words of its own a target or a result by the year its paragraph stated', () => {
    // a news page of 2023: a paragraph on next year's plan, then one on last year's results
    const news = { genre: 'news' as const, pageYear: 2023, documentYear: null, mode: null, paragraphTime: '' };
    const plan = '2024年,该县将坚持工业强县。新增高新技术企业6家。';
    const review = '2022年,该县获评省级卫生县城。新增高新技术企业5家。';
    const status = (text: string) => readFigures({ text, offset: 0, time: news }, recogniseQuantities(text), DEFAULT_CATALOGUE, null).map((finding) => [finding.status, finding.year]);
    expect(status(plan)).toEqual([['target', 2024]]);
    expect(status(review)).toEqual([['actual', 2022]]);
  });

  it('gives the growth after a figure the year that figure took from the sentence before', () => {
    const other = { genre: 'other' as const, pageYear: null, documentYear: null, mode: null, paragraphTime: '' };
    const text = '2021年全县粮食播种面积为40.5万亩。全年粮食总产为12.3万吨,增幅2.1%。';
    const findings = readFigures({ text, offset: 0, time: other }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    expect(findings.map((finding) => [finding.indicator, finding.kind, finding.year])).toEqual([
      ['grain_area', 'stock', 2021], ['grain_output', 'stock', 2021], ['grain_output', 'growth', 2021],
    ]);
  });

  it('takes the year of a time phrase closing the clause before (提出力争到2026年,新引进…)', () => {
    const news = { genre: 'news' as const, pageYear: 2024, documentYear: null, mode: null, paragraphTime: '' };
    const text = '《行动计划》提出力争到2026年,新引进青年人才45万人以上。';
    const [finding] = readFigures({ text, offset: 0, time: news }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    expect(finding).toMatchObject({ indicator: 'youth_talent', status: 'target', year: 2026, year_basis: 'stated' });
  });

  it('finds a share\'s subject earlier in its sentence when the segment names only the base (占新开工建筑比例)', () => {
    expect(read('全市装配式建筑新开工面积120万平方米,占新开工建筑比例35%。')).toEqual([{ indicator: 'prefab_building_share', value: 35 }]);
    // a segment with another subject (宽带用户) is that subject's share, which no indicator measures
    expect(read('全市千兆端口占比达到40%,500兆以上宽带用户占比达到30%。')).toEqual([{ indicator: 'gigabit_ports_share', value: 40 }]);
  });

  it('finds a share\'s subject in the sentence before, after a semicolon or a stray full stop before 占', () => {
    expect(read('全市装配式建筑新开工面积120万平方米,占新开工建筑比例35%;竣工面积80万平方米,占新竣工建筑比例28%。')).toEqual([
      { indicator: 'prefab_building_share', value: 35 }, { indicator: 'prefab_building_share', value: 28 },
    ]);
    expect(read('到2025年,全市新开工装配式建筑。占当年城镇新建建筑的比例达到40%以上。')).toEqual([{ indicator: 'prefab_building_share', value: 40 }]);
    // a sentence that goes on from nothing takes no subject from the one before
    expect(read('全市装配式建筑新开工面积120万平方米。全年建成区绿化覆盖率达到40%。')).toEqual([]);
  });

  it('reads nursing beds written without 位 (护理型床500张)', () => {
    expect(read('五家公办养老机构发放护理型床300张。')).toEqual([{ indicator: 'nursing_beds_new', value: 300 }]);
  });

  it('reads a percent of a whole named after 占 (占总床位数) as the share of the subject named before it', () => {
    expect(read('全区护理型床位达到640张,占总床位数62%。')).toEqual([{ indicator: 'nursing_beds_new', value: 640 }, { indicator: 'nursing_bed_share', value: 62 }]);
  });

  it('lets a rate whose segment names its own scope (居民小区覆盖率) take the rest of its indicator from earlier in the sentence', () => {
    // 覆盖率 names the waste-sorting coverage only with 垃圾分类, said in the sentence's first clause
    expect(read('本市继续推进生活垃圾分类,力争年内城镇居民小区覆盖率达到95%以上。')).toEqual([{ indicator: 'waste_sorting_coverage', value: 95 }]);
    // a new-energy share of new buses whose 公交 stands in an earlier clause
    expect(read('全年新购公交车120辆,新购新能源车率达到100%。')).toEqual([{ indicator: 'ev_share_new_public_vehicles', value: 100 }]);
  });
});

describe('indicators/observe readFigures: wordings of the catalogue\'s indicators seen on real pages', () => {
  const read = (text: string) => readFigures({ text, offset: 0 }, recogniseQuantities(text), DEFAULT_CATALOGUE, 2025)
    .map((finding) => [finding.indicator, finding.kind, finding.value]);

  it('reads building area given to solar energy (太阳能应用) as solar-thermal building area', () => {
    expect(read('在太阳能应用方面,年内临淄区将完成8万平方米建筑的太阳能应用,周村区将完成3万平方米。')).toEqual([
      ['solar_thermal_building_area_new', 'increment', 80_000], ['solar_thermal_building_area_new', 'increment', 30_000],
    ]);
  });

  it('reads each platform of a list, a 工程技术中心 among them', () => {
    expect(read('新增省级工程技术中心2家、市级重点实验室1家。')).toEqual([
      ['innovation_platforms_new', 'increment', 2], ['innovation_platforms_new', 'increment', 1],
    ]);
  });

  it('reads a figure closing a bracketed headline without the words after the bracket', () => {
    expect(read('【甲区:累计改造老旧小区12个,涉及2万余户】甲区是本市的老城区,老旧小区较多。')).toEqual([
      ['old_residential_renovation', 'stock', 12], ['old_residential_renovation_households', 'stock', 20_000],
    ]);
  });

  it('reads a count said as of now (如今…有, 当前) with no verb as the count standing then', () => {
    expect(read('如今,全市有国家级专精特新“小巨人”企业13家。')).toEqual([['little_giant_firms', 'stock', 13]]);
  });

  it('reads a negative growth (负增长3.2%) as a decline', () => {
    expect(read('全年地区生产总值负增长3.2%。')).toEqual([['gdp_growth', 'growth', -3.2]]);
  });

  it('keeps the tax part of budget revenue, and its growth, out of the budget revenue', () => {
    expect(read('全区一般公共预算收入12.5亿元,增长6.1%,其中税收收入9.8亿元,增长8.4%。')).toEqual([
      ['public_budget_revenue', 'stock', 1_250_000_000], ['public_budget_revenue', 'growth', 6.1],
    ]);
  });

  it('does not let a flow word before an earlier figure of the sentence rule out a later figure\'s own indicator', () => {
    // 增长 belongs to 5.2%; the revenue figure is a level, the kind its indicator takes
    expect(read('全年地区生产总值同比增长5.2%,固定资产投资增长3.1%,一般公共预算收入28.6亿元。')).toEqual([
      ['gdp_growth', 'growth', 5.2], ['fixed_asset_investment_growth', 'growth', 3.1], ['public_budget_revenue', 'stock', 2860000000],
    ]);
  });

  it('reads a figure followed by 的…目标 as that target\'s value, not as a qualifier of a noun', () => {
    // a news report of the year's results: the total used is a result, the cap it kept within a target
    const news = { genre: 'news' as const, pageYear: 2024, documentYear: null, mode: null, paragraphTime: '' };
    const text = '2023年全县用水总量1.52亿立方米,完成控制在1.6亿立方米以内的年度目标。光伏装机至少需完成500万千瓦的装机目标。';
    const findings = readFigures({ text, offset: 0, time: news }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    expect(findings.map((finding) => [finding.indicator, finding.kind, finding.status, finding.comparator, finding.value])).toEqual([
      ['water_use_total', 'stock', 'actual', '=', 152000000], ['water_use_total', 'cap', 'target', '<=', 160000000],
      ['renewable_capacity', 'increment', 'target', '>=', 5000000],
    ]);
  });

  it('reads 住户N户 in a list about renovated old compounds as the households they cover', () => {
    expect(read('2023年全区改造老旧小区12个,涉及建筑面积20.5万平方米,35栋楼,住户1860户。')).toEqual([
      ['old_residential_renovation', 'increment', 12], ['old_residential_renovation_area', 'increment', 205000], ['old_residential_renovation_households', 'increment', 1860],
    ]);
  });

  it('reads a percent change of a capacity as its growth, but not a share of it or a change in points', () => {
    expect(read('全省新型储能装机达到520万千瓦,较上年底增长超过80%。')).toEqual([['energy_storage_capacity', 'stock', 5200000], ['energy_storage_capacity', 'growth', 80]]);
    // a share (占…的, 占比) and a change of that share in points are no growth of the capacity
    expect(read('新型储能装机已占全省电力装机的3.5%。四小时以上储能装机占比15%,提高约3个百分点。')).toEqual([]);
  });

  it('reads the investment in technical-upgrade projects as that investment, not the projects', () => {
    expect(read('全市新开工技改项目86个,技改项目投资同比增长12.5%。')).toEqual([['tech_upgrade_projects', 'increment', 86], ['tech_upgrade_investment_growth', 'growth', 12.5]]);
  });

  it('carries the measure of a list of batches to each batch (第二批名单中,我省有43家企业)', () => {
    const text = '2019年第一批专精特新“小巨人”企业名单中,我省有9家企业;2020年第二批名单中,我省有43家企业。近日工信部公布第三批专精特新“小巨人”企业名单,我省60家企业荣列其中。';
    expect(read(text).map(([indicator, , value]) => [indicator, value])).toEqual([['little_giant_firms', 9], ['little_giant_firms', 43], ['little_giant_firms', 60]]);
  });

  it('counts firms listed by company name for the measure of the list, as a result, for no region of the names', () => {
    const news = { genre: 'news' as const, pageYear: 2021, documentYear: null, mode: null, paragraphTime: '' };
    const text = '工信部对拟认定第三批专精特新“小巨人”企业进行公示,我市山东甲乙机械有限公司、江苏丙丁材料有限公司等8家企业上榜。';
    const [finding] = readFigures({ text, offset: 0, time: news }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    expect(finding).toMatchObject({ indicator: 'little_giant_firms', value: 8, status: 'actual' });
    // 山东, 江苏 stand in company names: no region is named for the figure, which is the page's own
    expect(finding?.regions).toEqual([]);
  });

  it('lets a figure borrow its measure over words of change and plan periods (进一步增加至, 调整为, 较“十三五”末)', () => {
    expect(read('全市高新技术企业达320家,较“十三五”末增加95家。')).toEqual([['high_tech_firms_total', 'stock', 320], ['high_tech_firms_new', 'increment', 95]]);
    expect(read('全省能繁母猪正常保有量目标从300万头调整为280万头。').map(([, , value]) => value)).toEqual([3000000, 2800000]);
    expect(read('2023年已吸引青年人才2.1万名,2024年进一步增加至3.5万人。').map(([, , value]) => value)).toEqual([21000, 35000]);
  });

  it('reads the second of a pair after 分别 like the first, with the years the sentence listed, and drops it with the first', () => {
    const news = { genre: 'news' as const, pageYear: 2020, documentYear: null, mode: null, paragraphTime: '' };
    const text = '2018年度和2019年度全省用水总量分别为150.2亿立方米和148.6亿立方米,万元国内生产总值用水量比2015年分别下降21.5%和27.3%,万元工业增加值用水量比2015年分别下降30.1%和35.4%。';
    const findings = readFigures({ text, offset: 0, time: news }, recogniseQuantities(text), DEFAULT_CATALOGUE, null);
    // the industrial pair is no indicator's: neither of its figures is read
    expect(findings.map((finding) => [finding.indicator, finding.value, finding.year])).toEqual([
      ['water_use_total', 15020000000, 2018], ['water_use_total', 14860000000, 2019], ['water_efficiency_gdp', 21.5, 2018], ['water_efficiency_gdp', 27.3, 2019],
    ]);
    // a decline said once before a pair is the decline of both
    expect(read('全县规上工业增加值和一般公共预算收入分别下降2.5%和3.1%。')).toEqual([['industrial_value_added_growth', 'growth', -2.5], ['public_budget_revenue', 'growth', -3.1]]);
  });

  it('does not carry 5G基站 over to a sentence on 4G基站', () => {
    expect(read('全市累计建设5G基站1200个。累计建设4G基站3500个。')).toEqual([['fiveg_stations_total', 'stock', 1200]]);
  });

  it('reads a cumulative count of renovated old communities as a stock', () => {
    expect(read('全区已累计改造老旧小区36个,涉及居民1.2万户。')).toEqual([
      ['old_residential_renovation', 'stock', 36], ['old_residential_renovation_households', 'stock', 12000],
    ]);
  });

  it('reads a task count as the target and the 实际完成 after it as the result, of the measure named before', () => {
    const text = '2021年全镇5G基站建设任务总数120个,实际完成建设126个。';
    const findings = readFigures({ text, offset: 0 }, recogniseQuantities(text), DEFAULT_CATALOGUE, 2022);
    expect(findings.map((finding) => [finding.indicator, finding.kind, finding.status, finding.value])).toEqual([
      ['fiveg_stations_new', 'increment', 'target', 120], ['fiveg_stations_new', 'increment', 'actual', 126],
    ]);
  });

  it('reads 经济增长 as GDP growth, but not a share of the world\'s growth', () => {
    expect(read('全年经济增长6%左右。')).toEqual([['gdp_growth', 'growth', 6]]);
    expect(read('对世界经济增长的贡献保持在30%左右。')).toEqual([]);
  });

  it('reads jobs counted in 个 (就业岗位, 工作岗位), with a thousands separator in the figure', () => {
    expect(read('全区城镇新增就业岗位6007个。')).toEqual([['urban_jobs_new', 'increment', 6007]]);
    expect(read('并将创造 200,000 个新工作岗位。')).toEqual([['urban_jobs_new', 'increment', 200000]]);
  });

  it('reads a measure word after its head named earlier in the clause (粮食面积…、产量…; …发展到…的50678座)', () => {
    expect(read('计划播种粮食面积68万亩、产量4.54亿斤。')).toEqual([['grain_area', 'stock', 680_000], ['grain_output', 'stock', 227_000]]);
    expect(read('全区5G基站开通数由2019年的4439座发展到2022年底的50678座。').map(([, , value]) => value)).toEqual([4439, 50678]);
    // (nor is a floor on the same measure: 最低保有量 goes on with 能繁母猪 said before)
    expect(read('全省能繁母猪保有量稳定在200万头左右,最低保有量不低于180万头。').map(([, , value]) => value)).toEqual([2_000_000, 1_800_000]);
    // (预计, a figure not yet final, is no noun either)
    expect(read('粮食播种面积达30万亩,预计产量11万吨。')).toEqual([['grain_area', 'stock', 300_000], ['grain_output', 'stock', 110_000]]);
    // a measure of another head (蔬菜产量) is not the grain output
    expect(read('粮食播种面积稳定,蔬菜产量120万吨。')).toEqual([]);
  });

  it('reads pumped storage, collective sewage treatment and days meeting the standard', () => {
    expect(read('全省抽水蓄能装机达到395万千瓦。')).toEqual([['energy_storage_capacity', 'stock', 3_950_000]]);
    expect(read('城镇生活污水集中处理率达94.5%。')).toEqual([['sewage_treatment_rate', 'rate', 94.5]]);
    expect(read('全市平均达标天数比例为99.5%。')).toEqual([['good_air_days_share', 'rate', 99.5]]);
  });
});

describe('indicators/observe readFigures: what a figure is not', () => {
  const read = (text: string) => readFigures({ text, offset: 0 }, recogniseQuantities(text), DEFAULT_CATALOGUE, 2025)
    .map((finding) => [finding.indicator, finding.kind, finding.value]);

  it('reads no forecast (有望, 预测) as a target or a result', () => {
    expect(read('全省新增光伏装机有望达到800万千瓦。')).toEqual([]);
    // the forecast governs its sentence: the part after 其中 is forecast too
    expect(read('《报告》预测,明年全国新增发电装机有望超过4亿千瓦,其中新增光伏装机超过2亿千瓦。')).toEqual([]);
    expect(read('全省新增光伏装机达到800万千瓦。')).toEqual([['renewable_capacity', 'increment', 8_000_000]]);
  });

  it('reads no applications or surveys as the firms or stations they are for (申报, 查勘), but what passed after them', () => {
    expect(read('全年组织申报高新技术企业45家。')).toEqual([]);
    expect(read('累计完成5G基站查勘选址120个。')).toEqual([]);
    expect(read('全年申报并通过认定高新技术企业45家。')).toEqual([['high_tech_firms_new', 'increment', 45]]);
  });

  it('reads no figure of one part of what an indicator measures alone (风电), but the part joined to the indicator\'s cue', () => {
    expect(read('全县新增风电装机5万千瓦。')).toEqual([]);
    expect(read('全县风电、光伏发电装机累计达到150万千瓦。')).toEqual([['renewable_capacity', 'stock', 1_500_000]]);
    expect(read('全县新增光伏装机5万千瓦。')).toEqual([['renewable_capacity', 'increment', 50_000]]);
  });

  it('reads no figure that counts its noun together with another the catalogue does not measure (造林及森林抚育)', () => {
    expect(read('全县完成人工造林及森林抚育面积5.2万亩。')).toEqual([]);
    expect(read('全县完成人工造林5.2万亩。')).toEqual([['afforestation', 'increment', 52_000]]);
    // two verbs joined before one noun are one measure
    expect(read('全县新建和改造提升高标准农田4万亩。')).toEqual([['high_standard_farmland_new', 'increment', 40_000]]);
  });

  it('leaves the noun after a figure to that figure, not to the next item of the list (50家省级绿色工厂、20家示范单位)', () => {
    expect(read('全年认定50家省级绿色工厂、20家节水型示范单位。')).toEqual([['green_factories_new', 'increment', 50]]);
    expect(read('全年认定省级绿色工厂50家、节水型示范单位20家。')).toEqual([['green_factories_new', 'increment', 50]]);
  });

  it('reads no count of a plan\'s own parts (六个方面, 12项培育措施) as the indicator its sentence names', () => {
    expect(read('方案从加快高新技术企业培育、提升高新技术企业创新能力等四个方面提出了12项培育措施。')).toEqual([]);
    expect(read('全年新增高新技术企业12家。')).toEqual([['high_tech_firms_new', 'increment', 12]]);
  });

  it('reads a number a page left the percent sign off, right after a rate\'s noun, as a percent (失业率控制在3.8以内)', () => {
    expect(read('城镇调查失业率控制在3.8以内。')).toEqual([['urban_unemployment_rate', 'rate', 3.8]]);
    // a number after any other noun stays a bare number, and no figure
    expect(read('城镇新增就业3.8以内。')).toEqual([]);
  });

  it('reads a percent after a share word as that share, not as the growth of a count', () => {
    expect(read('高新技术企业数量占全部工业企业数量比重超50%。')).toEqual([]);
    expect(read('高新技术企业数量同比增长12%。')).toEqual([['high_tech_firms_total', 'growth', 12]]);
  });

  it('leaves a noun after a list separator to the next item (冠军企业7家、…小巨人企业)', () => {
    expect(read('培育专精特新冠军企业7家、国家级专精特新“小巨人”企业3家。')).toEqual([['little_giant_firms', 'increment', 3]]);
  });

  it('reads the share of new buses only where new vehicles are meant, not the fleet share', () => {
    expect(read('新能源公交车占比升至75%。')).toEqual([]);
    expect(read('新增及更换公交车中新能源车占比达100%。')).toEqual([['ev_share_new_public_vehicles', 'rate', 100]]);
  });

  it('counts firms in 户 as in 家', () => {
    expect(read('全县新认定高新技术企业12户。')).toEqual([['high_tech_firms_new', 'increment', 12]]);
  });

  it('counts no renovation projects as renovated compounds', () => {
    expect(read('实施老旧小区改造项目6个。')).toEqual([]);
    expect(read('改造老旧小区6个。')).toEqual([['old_residential_renovation', 'increment', 6]]);
  });
});

describe('indicators/observe readFigures with a user\'s words', () => {
  it('reads a wording the built-in lists lack once a catalogue file adds it', async () => {
    const { extendCatalogue } = await import('../../src/catalogue/catalogue.js');
    const news = { genre: 'news' as const, pageYear: 2024, documentYear: null, mode: null, paragraphTime: '' };
    const text = '全市谋划年底建成5G基站300个。全市新增光伏装机展望达到80万千瓦。';
    const read = (catalogue: typeof DEFAULT_CATALOGUE) => readFigures({ text, offset: 0, time: news }, recogniseQuantities(text), catalogue, null)
      .map((finding) => [finding.value, finding.status]);
    // built in: a news page reports results, 谋划 is no target word and 展望 no forecast word
    expect(read(DEFAULT_CATALOGUE)).toEqual([[300, 'actual'], [800_000, 'actual']]);
    const user = extendCatalogue(DEFAULT_CATALOGUE, '{"words": {"target": ["谋划"], "forecast": ["展望"]}}', 'words.json');
    expect(read(user)).toEqual([[300, 'target']]);
  });
});

describe('indicators/observe readMentions: tasks that name a measure without a number', () => {
  const mentions = (text: string) => readMentions({ text, offset: 0 }, recogniseQuantities(text), DEFAULT_CATALOGUE, 2024).map((finding) => finding.indicator);

  it('names a measure a task gives no number for', () => {
    expect(mentions('加快推进高标准农田建设,确保完成上级下达任务。')).toEqual(['high_standard_farmland_new']);
  });

  it('names the sibling the sentence names most fully (全面执行绿色建筑标准: the green share, not the green area)', () => {
    expect(mentions('到2025年,城镇新建民用建筑全面执行绿色建筑标准。')).toEqual(['green_building_share_new']);
    expect(mentions('大力发展绿色建筑。')).toEqual(['green_building_area_new']);
  });

  it('names no measure a sentence says is absent (全市没有一家…创新平台), but one a task sets out to fill', () => {
    expect(mentions('至去年,全县没有一家省级创新平台,科技工作居全市后列。')).toEqual([]);
    expect(mentions('力争填补省级创新平台空白。')).toEqual(['innovation_platforms_new']);
  });

  it('names the total where the task\'s own clause speaks of the stock (倍增, 翻番), the new ones otherwise', () => {
    expect(mentions('为实现全县高新技术企业“倍增”目标,现将有关事项通知如下,力争新增一批。')).toEqual(['high_tech_firms_total']);
    expect(mentions('力争培育一批高新技术企业。')).toEqual(['high_tech_firms_new']);
  });

  it('does not take a clause that gives the measure a number, read as a figure or not', () => {
    // 提高0.5个百分点 is a number for forest cover, even where no figure of a kind it takes is read
    expect(mentions('力争森林覆盖率提高0.5个百分点。')).toEqual([]);
    // a year or a month is no number of the measure, nor is a size class of projects
    expect(mentions('2025年底前加快推进高标准农田建设。')).toEqual(['high_standard_farmland_new']);
    expect(mentions('积极推进2×300兆瓦级压缩空气储能等重大项目建设。')).toEqual(['energy_storage_capacity']);
  });

  it('does not take an item of a list of sectors for a task naming the measure', () => {
    expect(mentions('培育新能源、新材料、生物医药和节能环保等战略性新兴产业。')).toEqual([]);
    expect(mentions('提升发展新能源、医药及医疗器械、纺织服装三大优势产业。')).toEqual([]);
    // a task on one of them is a task
    expect(mentions('有序推进整县分布式光伏发展。')).toEqual(['renewable_capacity']);
    // a list of tasks is still a task's
    expect(mentions('扎实开展研发投入、创新平台、科技企业、成果转化四大提升行动。')).toEqual(['innovation_platforms_new']);
  });
});

describe('indicators/observe readMentions: sentences whose indicators are settled', () => {
  const text = '加快推进新建5G基站工作。持续开展老旧小区改造。';
  const mentioned = (settled?: (indicator: { readonly id: string }) => boolean) =>
    readMentions({ text, offset: 0 }, recogniseQuantities(text), DEFAULT_CATALOGUE, 2024, settled).map((finding) => [finding.indicator, finding.start]);

  it('reads a mention from every sentence that names an indicator as a task', () => {
    expect(mentioned()).toEqual([['fiveg_stations_new', 0], ['old_residential_renovation', 13]]);
  });

  it('passes over a sentence naming only settled indicators and still reads the others', () => {
    expect(mentioned((indicator) => indicator.id.startsWith('fiveg_'))).toEqual([['old_residential_renovation', 13]]);
  });
});
