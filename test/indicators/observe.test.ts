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
});

describe('indicators/observe readFigures: wordings of the catalogue\'s indicators seen on real pages', () => {
  const read = (text: string) => readFigures({ text, offset: 0 }, recogniseQuantities(text), DEFAULT_CATALOGUE, 2025)
    .map((finding) => [finding.indicator, finding.kind, finding.value]);

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
    expect(read('全省新增光伏装机达到800万千瓦。')).toEqual([['renewable_capacity', 'increment', 8_000_000]]);
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

describe('indicators/observe readMentions: sentences whose indicators are settled', () => {
  const text = '加快推进新建5G基站工作。持续开展老旧小区改造。';
  const mentioned = (settled?: (indicator: { readonly id: string }) => boolean) =>
    readMentions({ text, offset: 0 }, DEFAULT_CATALOGUE, 2024, settled).map((finding) => [finding.indicator, finding.start]);

  it('reads a mention from every sentence that names an indicator as a task', () => {
    expect(mentioned()).toEqual([['fiveg_stations_new', 0], ['old_residential_renovation', 13]]);
  });

  it('passes over a sentence naming only settled indicators and still reads the others', () => {
    expect(mentioned((indicator) => indicator.id.startsWith('fiveg_'))).toEqual([['old_residential_renovation', 13]]);
  });
});
