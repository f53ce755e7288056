import { DEFAULT_CATALOGUE, extendCatalogue } from '../../src/catalogue/catalogue.js';
import { matchCues } from '../../src/indicators/cues.js';
import { readFigures } from '../../src/indicators/observe.js';
import { recogniseQuantities } from '../../src/quantities/recognise.js';

/** The figures of one sentence, as [indicator, kind, value, unit, comparator], in reading order. */
function figures(text: string, catalogue = DEFAULT_CATALOGUE): [string, string, number | null, string, string | null][] {
  return readFigures({ text, offset: 0 }, recogniseQuantities(text), catalogue, 2024)
    .map((finding) => [finding.indicator, finding.kind, finding.value, finding.unit, finding.comparator]);
}

// Sentences written for these tests in the style of work reports, bulletins and plans.
describe('catalogue/indicators-data: indicators real pages use', () => {
  it('reads industrial value added growth, beside GDP growth and not from water use per 万元 of value added', () => {
    expect(figures('全年地区生产总值增长6%,规模以上工业增加值增长7.5%。')).toEqual([
      ['gdp_growth', 'growth', 6, 'percent', '='],
      ['industrial_value_added_growth', 'growth', 7.5, 'percent', '='],
    ]);
    expect(figures('规上工业增加值增长8%左右。')).toEqual([['industrial_value_added_growth', 'growth', 8, 'percent', '~']]);
    expect(figures('万元工业增加值用水量下降12%。')).toEqual([]);
    expect(figures('高新技术产业增加值占规上工业增加值比重达到55%。')).toEqual([]);
  });

  it('reads fixed-asset investment growth, leaving upgrade investment to its own indicator', () => {
    expect(figures('全社会固定资产投资增长9%以上。')).toEqual([['fixed_asset_investment_growth', 'growth', 9, 'percent', '>=']]);
    expect(figures('工业技改投资增长15%。')).toEqual([['tech_upgrade_investment_growth', 'growth', 15, 'percent', '=']]);
  });

  it('reads retail sales as an annual amount (a stock, in yuan) and its growth', () => {
    expect(figures('社会消费品零售总额达到356.8亿元,增长6.2%。')).toEqual([
      ['retail_sales', 'stock', 35680000000, 'yuan', '='],
      ['retail_sales', 'growth', 6.2, 'percent', '='],
    ]);
  });

  it('reads urban and rural disposable income per capita apart, and all residents’ on its own', () => {
    expect(figures('城镇居民人均可支配收入52300元,增长5.1%;农村居民人均可支配收入26800元,增长7.2%。')).toEqual([
      ['urban_disposable_income_per_capita', 'rate', 52300, 'yuan', '='],
      ['urban_disposable_income_per_capita', 'growth', 5.1, 'percent', '='],
      ['rural_disposable_income_per_capita', 'rate', 26800, 'yuan', '='],
      ['rural_disposable_income_per_capita', 'growth', 7.2, 'percent', '='],
    ]);
    expect(figures('全体居民人均可支配收入增长6%。')).toEqual([['disposable_income_per_capita', 'growth', 6, 'percent', '=']]);
  });

  it('reads GDP per capita, which GDP growth no longer takes', () => {
    expect(figures('人均地区生产总值达到9.8万元。')).toEqual([['per_capita_gdp', 'rate', 98000, 'yuan', '=']]);
    expect(figures('人均生产总值增长5%。')).toEqual([['per_capita_gdp', 'growth', 5, 'percent', '=']]);
  });

  it('knows PM2.5 by its names, in µg/m³, a level never a percent change', () => {
    const pm25 = DEFAULT_CATALOGUE.byId.get('pm25_concentration');
    expect(pm25).toMatchObject({ unit: 'ug_m3', dimension: 'concentration', polarity: 'lower_is_better' });
    expect(pm25 && matchCues(pm25, '细颗粒物年均浓度控制在')).not.toBeNull();
    expect(pm25 && matchCues(pm25, 'PM2.5平均浓度为')).not.toBeNull();
    // a decline in percent is not a concentration (and a growth would lose its sign)
    expect(figures('空气质量优良天数比例达到85%,PM2.5浓度下降5%。')).toEqual([['good_air_days_share', 'rate', 85, 'percent', '=']]);
  });

  it('counts industrial firms above designated size, new and in total, beside high-tech firms', () => {
    expect(figures('新增规上工业企业25家。')).toEqual([['industrial_firms_above_scale', 'increment', 25, 'firm', '=']]);
    expect(figures('规模以上工业企业总数达到410家,高新技术企业达到120家。')).toEqual([
      ['industrial_firms_above_scale', 'stock', 410, 'firm', '='],
      ['high_tech_firms_total', 'stock', 120, 'firm', '='],
    ]);
  });

  it('counts elderly-care beds apart from the nursing-type beds among them', () => {
    expect(figures('新增养老床位300张,其中护理型床位200张。')).toEqual([
      ['elderly_care_beds_new', 'increment', 300, 'bed', '='],
      ['nursing_beds_new', 'increment', 200, 'bed', '='],
    ]);
    expect(figures('全县养老床位总数达到5200张。')).toEqual([['elderly_care_beds_total', 'stock', 5200, 'bed', '=']]);
    expect(figures('新增护理型养老床位150张。')).toEqual([['nursing_beds_new', 'increment', 150, 'bed', '=']]);
  });

  it('counts single-champion firms, but not a count shared with other firm categories', () => {
    expect(figures('新增国家级制造业单项冠军企业3家,累计达到12家。')).toEqual([
      ['single_champion_firms', 'increment', 3, 'firm', '='],
      ['single_champion_firms', 'stock', 12, 'firm', '='],
    ]);
    expect(figures('新培育单项冠军、专精特新企业30家。').map(([indicator]) => indicator)).not.toContain('single_champion_firms');
  });

  it('reads high-standard farmland in total apart from new farmland', () => {
    expect(figures('累计建成高标准农田45万亩。')).toEqual([['high_standard_farmland_total', 'stock', 450000, 'mu', '=']]);
    expect(figures('新建高标准农田2万亩。')).toEqual([['high_standard_farmland_new', 'increment', 20000, 'mu', '=']]);
    expect(figures('年内新建和改造提升高标准农田3.5万亩以上。')).toEqual([['high_standard_farmland_new', 'increment', 35000, 'mu', '>=']]);
    // a raised target for new farmland, not a total
    expect(figures('确保新建高标准农田1.5万亩,力争达到2万亩。')).toEqual([
      ['high_standard_farmland_new', 'increment', 15000, 'mu', '='],
      ['high_standard_farmland_new', 'increment', 20000, 'mu', '='],
    ]);
  });

  it('counts EV charging piles, new and in total', () => {
    expect(figures('新建公共充电桩800个。')).toEqual([['ev_charging_piles_new', 'increment', 800, 'charger', '=']]);
    expect(figures('全市充电桩累计达到1.2万个。')).toEqual([['ev_charging_piles_total', 'stock', 12000, 'charger', '=']]);
  });

  it('lets a user indicator win over a built-in one that reads the same words', () => {
    const mine = {
      id: 'chargers_mine', name_zh: '新增充电桩', name_en: 'New chargers', unit: 'charger', unit_zh: '个', dimension: 'count',
      kinds: ['increment', 'mentioned'], polarity: 'higher_is_better', cues: { all: [['充电桩']] }, classifiers: ['个'],
    };
    const extended = extendCatalogue(DEFAULT_CATALOGUE, JSON.stringify([mine]), 'mine.json');
    expect(extended.indicators[0]?.id).toBe('chargers_mine');
    expect(figures('新建充电桩800个。', extended)).toEqual([['chargers_mine', 'increment', 800, 'charger', '=']]);
  });
});
