import { readDocument } from '../../src/ingest/read-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { documentUnits, observeDocument } from '../../src/indicators/observe-document.js';
import { recogniseQuantities } from '../../src/quantities/index.js';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';

async function parsed(text: string) {
  const outcome = await readDocument('notice.txt', 'txt', new TextEncoder().encode(text));
  if (!outcome.ok) throw new Error(outcome.message);
  return parseDocument(outcome.document);
}

describe('indicators/observe-document documentUnits', () => {
  it('takes the numbered tasks and the other body paragraphs, each with the section it sits in', async () => {
    const text = ['某区关于印发2023年重点工作任务的通知', '各镇人民政府:', '现将任务印发给你们。', '一、总体目标', '全年新建5G基站100个。', '二、重点任务',
      '1.新建基站10个。(责任单位:区工信局)', '2.改造小区5个。(责任单位:区住建局)', '三、保障措施', '加强组织领导。'].join('\n');
    const units = documentUnits(await parsed(text));
    expect(units.map((unit) => [unit.text, unit.section, unit.task?.number ?? null])).toEqual([
      ['全年新建5G基站100个。', '总体目标', null],
      ['新建基站10个。', '重点任务', 1],
      ['改造小区5个。', '重点任务', 2],
      ['加强组织领导。', '保障措施', null],
    ]);
  });

  it('finds the units of a document with thousands of sections and tasks in linear time', async () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => `一、目标\n全年新建基站${i + 1}个。\n二、任务\n1.改造小区${i + 1}个。`);
    const document = await parsed(`某区关于印发重点工作任务的通知\n${blocks.join('\n')}`);
    expect(document.structure.tasks.length).toBe(10_000);
    const started = Date.now();
    const units = documentUnits(document);
    // a scan of every section and task per line took 7 s here
    expect(Date.now() - started).toBeLessThan(1500);
    expect(units).toHaveLength(20_000);
    expect(units.filter((unit) => unit.task === null).every((unit) => unit.section === '目标')).toBe(true);
  });
});

describe('indicators/observe-document observeDocument: the time a paragraph goes on with', () => {
  const observe = async (text: string) => {
    const document = await parsed(text);
    return observeDocument(document, documentUnits(document), (unit) => recogniseQuantities(unit.text), DEFAULT_CATALOGUE);
  };

  it('gives the figures of a breakdown paragraph the as-of year its measure was stated in the paragraph before', async () => {
    // a news item with no dated page: only the first paragraph says when
    const rows = await observe(['某网讯 记者近日获悉,截至2023年底全国已建成5G基站337万个,同比增长46%。',
      '分省份看,广东省已建成5G基站32万个,江苏省已建成5G基站24万个。'].join('\n'));
    expect(rows.filter((row) => row.indicator === 'fiveg_stations_total').map((row) => [row.region, row.value, row.year, row.year_basis])).toEqual([
      ['全国', 3370000, 2023, 'stated'], ['广东省', 320000, 2023, 'stated'], ['江苏省', 240000, 2023, 'stated'],
    ]);
  });

  it('gives each place of a breakdown put as progress (分区看, 已开工, 竣工) the measure named before it', async () => {
    const rows = await observe(['临沂市老旧小区改造进展', '截至7月底,全市已开工改造老旧小区132个。分区看,兰山区已开工41个,罗庄区已开工36个。',
      '全市已改造老旧小区90个,其中河东区竣工28个。'].join('\n'));
    expect(rows.filter((row) => row.indicator === 'old_residential_renovation').map((row) => [row.region, row.value])).toEqual([
      ['临沂市', 132], ['兰山区', 41], ['罗庄区', 36], ['临沂市', 90], ['河东区', 28],
    ]);
  });

  it('turns a report to its review or its plan at a section heading, dated by the year of the heading', async () => {
    const rows = await observe(['关于2023年计划执行情况与2024年计划草案的报告', '德州市发展和改革委员会', '2024年1月12日',
      '一、2023年计划执行情况', '全年新建5G基站3200个,累计达到1.8万个。',
      '二、2024年主要目标', '新建5G基站3000个。'].join('\n'));
    expect(rows.filter((row) => row.indicator.startsWith('fiveg')).map((row) => [row.indicator, row.status, row.value, row.year])).toEqual([
      ['fiveg_stations_new', 'actual', 3200, 2023], ['fiveg_stations_total', 'actual', 18000, 2023], ['fiveg_stations_new', 'target', 3000, 2024],
    ]);
  });

  it('carries a relative year (去年) on to the figures after it that state none', async () => {
    const rows = await observe(['德州市经济运行情况', '来源:德州日报 2024-01-12', '记者获悉,去年全市地区生产总值增长6.3%。全年新建5G基站3200个。'].join('\n'));
    expect(rows.filter((row) => row.indicator.startsWith('fiveg')).map((row) => [row.status, row.value, row.year, row.year_basis])).toEqual([['actual', 3200, 2023, 'relative']]);
  });

  it('reads a list of places after 如下 with the measure before it, and the rest of the list (其余县) as a part', async () => {
    const rows = await observe('赣州市2024年高标准农田建设任务分解\n2024年全市新建高标准农田45万亩。各县(市、区)任务如下:于都县6.2万亩、兴国县5.8万亩,其余县(市、区)共33万亩。');
    expect(rows.filter((row) => row.indicator === 'high_standard_farmland_new').map((row) => [row.region, row.region_level, row.status, row.value])).toEqual([
      ['赣州市', 'prefecture_city', 'target', 450000], ['于都县', 'county', 'target', 62000], ['兴国县', 'county', 'target', 58000], ['赣州市其余县', 'part', 'target', 330000],
    ]);
  });

  it('pairs regions listed before 分别 with the figures after it, in order', async () => {
    const rows = await observe('山东省5G发展情况通报\n截至2023年底,全省累计开通5G基站20.3万个。济南市和青岛市5G基站数分别达到3.6万个和4.1万个,烟台市达到1.9万个。');
    expect(rows.filter((row) => row.indicator === 'fiveg_stations_total').map((row) => [row.region, row.value])).toEqual([
      ['山东省', 203000], ['济南市', 36000], ['青岛市', 41000], ['烟台市', 19000],
    ]);
  });

  it('reads the change of a flow on the year before as no flow, and the change of a total as the year\'s net addition', async () => {
    const rows = await observe('青山县2023年统计公报\n全年新建5G基站286个,同比增加40个。年末全县有效高新技术企业37家,比上年增加9家。');
    const figures = rows.filter((row) => row.kind !== 'mentioned').map((row) => [row.indicator, row.value]);
    expect(figures).toHaveLength(3);
    expect(figures).toEqual(expect.arrayContaining([['fiveg_stations_new', 286], ['high_tech_firms_total', 37], ['high_tech_firms_new', 9]]));
  });

  it('turns a work report to its plan at a heading of its targets or its next steps (目标任务, 工作思路, 下一步)', async () => {
    for (const heading of ['二、2024年目标任务', '二、2024年工作思路', '二、下一步工作打算']) {
      const rows = await observe(['2024年凤阳县政府工作报告', '各位代表:', '一、2023年工作回顾', '过去一年,新增高新技术企业31家。', heading, '新增高新技术企业30家以上。'].join('\n'));
      expect(rows.filter((row) => row.indicator === 'high_tech_firms_new').map((row) => [row.status, row.value])).toEqual([['actual', 31], ['target', 30]]);
    }
    // in prose such words name a plan already past: the page goes on reporting
    const news = await observe(['上半年我市就业形势稳定', '来源:绵阳日报  2023-07-20',
      '记者获悉,今年上半年,全市城镇新增就业3.2万人,完成年度目标任务的58.2%;城镇调查失业率为5.1%。'].join('\n'));
    expect(news.map((row) => [row.indicator, row.status, row.value])).toEqual([['urban_jobs_new', 'actual', 32000], ['urban_unemployment_rate', 'actual', 5.1]]);
  });

  it('gives the townships a county page lists their own figures, going on with the measure that takes them', async () => {
    const rows = await observe(['如皋市2023年城镇老旧小区改造工作总结', '全年共改造老旧小区23个、惠及居民3860户。其中,如城街道改造9个,东陈镇改造5个。',
      '新增城镇就业5000人。'].join('\n'));
    expect(rows.filter((row) => row.indicator === 'old_residential_renovation').map((row) => [row.region, row.region_level, row.region_code, row.value])).toEqual([
      ['如皋市', 'county_level_city', '320682', 23], ['如城街道', 'township', '', 9], ['东陈镇', 'township', '', 5],
    ]);
    // 城镇 only ends like a township's name
    expect(rows.filter((row) => row.indicator === 'urban_jobs_new').map((row) => row.region)).toEqual(['如皋市']);
  });

  it('reads a figure of a wider whole (营造林) as afforestation only when the page gives no afforestation figure of its own', async () => {
    const alone = await observe('青山县2023年政府工作报告\n过去一年,完成营造林2.6万亩。');
    expect(alone.filter((row) => row.indicator === 'afforestation').map((row) => row.value)).toEqual([26000]);
    const parts = await observe('青山市全年营造林任务下达\n2024年,全市营造林任务12万亩。其中人工造林3万亩,封山育林2万亩。');
    expect(parts.filter((row) => row.indicator === 'afforestation').map((row) => row.value)).toEqual([30000]);
  });

  it('gives no year to a figure dated 目前 or to one two paragraphs on', async () => {
    const rows = await observe(['某网讯 截至2023年底全国已建成5G基站337万个。', '目前,广东省已建成5G基站35万个。',
      '另据了解,全省各地加快网络建设。', '江苏省已建成5G基站26万个。'].join('\n'));
    expect(rows.filter((row) => row.indicator === 'fiveg_stations_total').map((row) => [row.value, row.year])).toEqual([
      [3370000, 2023], [350000, null], [260000, null],
    ]);
  });

  it('names a figure of part of a region after its region, with no code, as a part', async () => {
    const rows = await observe('某网讯 截至2023年底,临沂市已建成5G基站2.1万个,其中,农村地区建成5G基站6800个。');
    expect(rows.filter((row) => row.indicator === 'fiveg_stations_total').map((row) => [row.region, row.region_code, row.region_level, row.value])).toEqual([
      ['临沂市', '371300', 'prefecture_city', 21000], ['临沂市农村地区', '', 'part', 6800],
    ]);
  });

  it('names a part of a part by both (县城…其中东部地区… → 东部地区县城), a broad area of the country without 全国', async () => {
    const rows = await observe('国务院有关部门印发规划。到2030年底,全国城市污水处理率达到97%;县城不低于90%,其中东部地区力争达到95%;建制镇达到75%,其中中西部地区力争达到60%。');
    expect(rows.filter((row) => row.kind !== 'mentioned').map((row) => [row.region, row.value])).toEqual([
      ['全国', 97], ['全国县城', 90], ['东部地区县城', 95], ['全国建制镇', 75], ['中西部地区建制镇', 60],
    ]);
  });

  it('keeps equal figures of one paragraph as items, and a paragraph said again as one', async () => {
    const line = '到2025年,争取建成省级重点企业研究院2家,市级重点实验室2家,新型研发机构2家。';
    const rows = await observe(['某县科技创新三年行动方案', line, '其他工作按计划推进。', line].join('\n'));
    const platforms = rows.filter((row) => row.indicator === 'innovation_platforms_new');
    expect(platforms.map((row) => [row.value, row.evidence])).toEqual([[2, '争取建成省级重点企业研究院2家'], [2, '市级重点实验室2家'], [2, '新型研发机构2家']]);
  });

  it('goes on with the year a governing paragraph restated last, in a plan part a paragraph opens (重点抓好)', async () => {
    const rows = await observe(['某县召开人代会', '12月26日,某县人代会明确新一年主要预期目标。',
      '2023年,平阳县获评全国科技创新示范县。2024年,该县将全面贯彻新发展理念,力争地区生产总值增长8%以上。',
      '该县将重点抓好五个方面工作。一是壮大产业,全年新增高新技术企业12家。'].join('\n'));
    expect(rows.filter((row) => row.indicator === 'high_tech_firms_new').map((row) => [row.value, row.status, row.year])).toEqual([[12, 'target', 2024]]);
  });

  it('dates a bulletin that names its year only in its year-end figures (2023年末) by that year', async () => {
    const document = await parsed(['经初步核算,全年全区实现地区生产总值215.6亿元,按可比价格计算,比上年增长5.2%。', '十、资源和环境', '环境保护:全年PM2.5平均浓度为28.5微克/立方米,比上年下降3.1%,环境空气质量优良率88.2%。',
      '十一、人口、人民生活和社会保障', '人口:2023年末,全区户籍总人口41.2万人,比上年末减少0.3万人。', '人民生活:全年全区城镇居民人均可支配收入51230元,比上年增长4.8%。'].join('\n'));
    expect(document.frame.genre).toBe('bulletin');
    const rows = observeDocument(document, documentUnits(document), (unit) => recogniseQuantities(unit.text), DEFAULT_CATALOGUE);
    expect(rows.filter((row) => row.indicator === 'good_air_days_share').map((row) => [row.value, row.status, row.year])).toEqual([[88.2, 'actual', 2023]]);
  });

  it('takes a figure said without a year in one paragraph and with one in another for one fact, the dated one', async () => {
    const rows = await observe(['住建动态', '据了解,某县装配式建筑占新建建筑比例的31%,居全市前列。', '记者从某县住建局获悉:2023年,全县装配式建筑占新建建筑的比例达到31%。'].join('\n'));
    expect(rows.filter((row) => row.indicator === 'prefab_building_share').map((row) => [row.value, row.year])).toEqual([[31, 2023]]);
  });

  it('gives a township\'s page\'s figures to the township, and its 全县 to the county', async () => {
    const rows = await observe(['许镇镇造林工作总结', '根据南陵县造林工作要求,许镇镇组织开展自查。全年许镇镇完成人工造林800亩。',
      '2024年,全镇计划完成人工造林600亩。全县计划完成人工造林5000亩。'].join('\n'));
    expect(rows.filter((row) => row.indicator === 'afforestation').map((row) => [row.region, row.region_code, row.region_level, row.value])).toEqual([
      ['许镇镇', '', 'township', 800], ['许镇镇', '', 'township', 600], ['南陵县', '340223', 'county', 5000],
    ]);
  });

  it('gives the figures of a page where a central ministry speaks, naming no region, to the whole country', async () => {
    const rows = await observe('某网北京电 近日,住房和城乡建设部印发实施方案,提出到2025年星级绿色建筑占比达到30%以上。');
    expect(rows.map((row) => [row.indicator, row.region, row.region_level, row.value])).toEqual([['green_building_share_new', '全国', 'country', 30]]);
    // a province's page that quotes the ministry is the province's
    const provincial = await observe('某网讯 近日,住房和城乡建设部印发实施方案。全省提出到2025年星级绿色建筑占比达到30%以上。');
    expect(provincial.map((row) => row.region_level)).not.toContain('country');
  });
});
