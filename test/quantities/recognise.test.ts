import { recogniseQuantities } from '../../src/quantities/index.js';
import type { Quantity } from '../../src/quantities/index.js';
import { checkArbitraryText, checkRangeRoundTrip, checkRoundTrip } from './properties.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** The one quantity in `text` (fails when there is not exactly one). */
function only(text: string): Quantity {
  const found = recogniseQuantities(text);
  expect(found.map((q) => q.raw)).toHaveLength(1);
  const [quantity] = found;
  if (quantity === undefined) throw new Error(`no quantity in ${text}`);
  return quantity;
}

/** Milliseconds of CPU time `run` takes, the least of three tries (the test machine is shared). */
function cpuMilliseconds(run: () => void): number {
  let least = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/**
 * How much longer the recogniser takes on a text ten times as long: about 10 when its time
 * is linear, about 100 when quadratic. Speed itself is the benchmark's business (bench/); this
 * only checks the shape, so a loaded machine cannot fail it.
 */
function growthOverTenfold(make: (size: number) => string, size: number): number {
  const small = make(size);
  const large = make(size * 10);
  recogniseQuantities(small);
  const smallMs = Math.max(0.2, cpuMilliseconds(() => { recogniseQuantities(small); }));
  return cpuMilliseconds(() => { recogniseQuantities(large); }) / smallMs;
}

/** Linear enough: linear runs measured 8–20 here, a quadratic scan about 130. */
const LINEAR_GROWTH = 40;

/** The raw text of every quantity in `text`. */
function raws(text: string): string[] {
  return recogniseQuantities(text).map((q) => q.raw);
}

describe('quantities/recognise', () => {
  describe('plan sentences', () => {
    it('reads a station count with 以上 as at least 100 and skips the 5G name', () => {
      expect(only('力争全年建成5G基站100个以上')).toEqual({
        value: 100, valueHigh: null, number: 100, comparator: '>=', unit: 'ge', unitText: '个',
        dimension: 'count', baseUnit: 'count', raw: '100个以上', start: 10, end: 16, numberStart: 10, numberEnd: 13,
      });
    });

    it('reads a water cap 控制在…以内 in cubic metres', () => {
      expect(only('全市用水总量控制在12.24亿立方米以内')).toEqual({
        value: 1224000000, valueHigh: null, number: 1224000000, comparator: '<=', unit: 'yi_m3', unitText: '亿立方米',
        dimension: 'volume', baseUnit: 'm3', raw: '控制在12.24亿立方米以内', start: 6, end: 20, numberStart: 9, numberEnd: 14,
      });
    });

    it('reads new afforestation in 万亩 as square metres', () => {
      const q = only('新增造林1.2万亩');
      expect(q).toMatchObject({ number: 12000, unit: 'wan_mu', unitText: '万亩', dimension: 'area', baseUnit: 'm2', comparator: '=' });
      expect(q.value).toBeCloseTo(8_000_000, 6);
    });

    it('reads a range that qualifies a noun and the count after it', () => {
      const [range, farms] = recogniseQuantities('新建年出栏1—3万头的养殖场12个');
      expect(range).toMatchObject({ raw: '1—3万头', comparator: 'range', value: 10000, valueHigh: 30000, unit: 'tou', dimension: 'count' });
      expect(farms).toMatchObject({ raw: '12个', value: 12, comparator: '=', unit: 'ge' });
    });

    it('reads the two figures of 分别达到 in order', () => {
      const found = recogniseQuantities('专精特新企业和瞪羚企业分别达到30家和12家');
      expect(found.map((q) => [q.value, q.unit])).toEqual([[30, 'jia'], [12, 'jia']]);
    });

    it('reads a baseline and a target percentage and skips the year between them', () => {
      const found = recogniseQuantities('绿色建筑占比由2022年的70%提高到85%');
      expect(found.map((q) => [q.raw, q.value, q.dimension])).toEqual([['70%', 70, 'percent'], ['85%', 85, 'percent']]);
    });

    it('reads several figures of one task with their own bounds', () => {
      const found = recogniseQuantities('力争年内新培育高新技术企业4家、专精特新企业20家以上，推荐不少于2家企业申报。');
      expect(found.map((q) => [q.value, q.comparator])).toEqual([[4, '='], [20, '>='], [2, '>=']]);
    });
  });

  describe('scale words and units', () => {
    it.each([
      ['年度用水总量3427万立方米', 34270000, 34270000, 'wan_m3', 'volume'],
      ['用水总量3.05亿立方米', 305000000, 305000000, 'yi_m3', 'volume'],
      ['光伏装机280兆瓦', 280000, 280, 'MW', 'power'],
      ['能繁母猪1.39万头', 13900, 13900, 'tou', 'count'],
      ['新增城镇就业0.22万人', 2200, 2200, 'ren', 'count'],
      ['实施500万元工业技改项目', 5000000, 5000000, 'wan_yuan', 'money'],
      ['发电装机29万千瓦', 290000, 290000, 'wan_kW', 'power'],
      ['治理水土流失面积8平方公里', 8000000, 8, 'km2', 'area'],
      ['新建城市绿道10.2公里', 10200, 10.2, 'km', 'length'],
      ['储能100MWh', 100000, 100, 'MWh', 'energy_capacity'],
      ['节能10万吨标准煤', 100000, 100000, 'wan_tce', 'energy'],
      ['接待游客350万人次', 3500000, 3500000, 'wan_renci', 'count'],
      ['粮食产量13亿斤', 650000, 1300000000, 'jin', 'mass'],
      ['开发公益性岗位0.582万个', 5820, 5820, 'ge', 'count'],
      ['研发投入增长2倍', 2, 2, 'multiple', 'multiple'],
    ])('reads %s', (text, value, number, unit, dimension) => {
      expect(only(text)).toMatchObject({ value, number, unit, dimension });
    });

    it('prefers the longest written unit: 万千瓦 before 千瓦 before 瓦, 人次 before 人', () => {
      expect(only('装机30万千瓦').unitText).toBe('万千瓦');
      expect(only('装机30千瓦').unitText).toBe('千瓦');
      expect(only('功率30瓦').unitText).toBe('瓦');
      expect(only('培训500人次').unit).toBe('renci');
      expect(only('储能30千瓦时').dimension).toBe('energy_capacity');
    });

    it('gives 万平方米 before 平方米 before 米', () => {
      expect(only('新增绿色建筑25万平方米').unit).toBe('wan_m2');
      expect(only('堆场5700平方米').unit).toBe('m2');
      expect(only('绿道500米').unit).toBe('m');
    });

    it('reads 千 and 百 after digits as scales but not inside units such as 千伏 or 百分点', () => {
      expect(only('引进人才3千人').value).toBe(3000);
      expect(only('建设500千伏变电站').dimension).toBe('none');
      expect(only('提高3百分点').dimension).toBe('percent_point');
    });

    it('reports an Arabic figure without a unit with dimension none', () => {
      expect(only('聚焦6大中心')).toMatchObject({ value: 6, unit: null, unitText: '', dimension: 'none', baseUnit: '' });
    });

    it('leaves units it does not convert, such as 美元, outside the figure', () => {
      expect(only('进出口总额120亿美元')).toMatchObject({ raw: '120亿', value: 12000000000, dimension: 'none' });
    });

    it('accepts a space between the number and its unit', () => {
      expect(only('新建 100 个基站')).toMatchObject({ raw: '100 个', value: 100, unit: 'ge' });
    });

    it('reads full-width digits and decimal points', () => {
      expect(only('覆盖率达到１２．５％')).toMatchObject({ value: 12.5, dimension: 'percent' });
    });

    it('reads thousands separators', () => {
      expect(only('新增学位12,000个')).toMatchObject({ value: 12000, raw: '12,000个' });
    });
  });

  describe('Chinese numerals', () => {
    it('reads a Chinese numeral followed by a classifier', () => {
      expect(only('新建三家')).toMatchObject({ value: 3, unit: 'jia' });
      expect(only('新建十二万五千亩')).toMatchObject({ number: 125000, unit: 'mu' });
      expect(only('建设一百零五个')).toMatchObject({ value: 105 });
    });

    it('gives a scale character at the end of a numeral to a unit that starts with it', () => {
      expect(only('装机两千瓦')).toMatchObject({ value: 2, unit: 'kW' });
      expect(only('新增五万亩')).toMatchObject({ number: 50000, unit: 'wan_mu' });
    });

    it('reads 二十余家 and 三十多个 as more than the figure', () => {
      expect(only('二十余家')).toMatchObject({ value: 20, comparator: '>' });
      expect(only('三十多个')).toMatchObject({ value: 30, comparator: '>' });
    });

    it('reads a Chinese numeral with a scale but no unit', () => {
      expect(only('人口三十万')).toMatchObject({ value: 300000, dimension: 'none' });
    });

    it('skips Chinese numerals that are part of words', () => {
      for (const text of ['党的二十大', '一带一路', '一网通办', '“双提升”行动', '两高项目', '三区三线', '十分重要', '十万火急', '千家万户', '五位一体']) {
        expect(raws(text)).toEqual([]);
      }
    });

    it('skips a bare 一 with a classifier (a batch, a plant) but not with a measure unit', () => {
      expect(raws('推进一批重点工程，完成一座污水处理厂')).toEqual([]);
      expect(only('提高一个百分点')).toMatchObject({ value: 1, dimension: 'percent_point' });
      expect(only('新增一万人次')).toMatchObject({ value: 10000 });
    });

    it('skips classifiers that form words after Chinese numerals (三方, 二元结构, 三次产业, 零部件)', () => {
      expect(raws('签订三方协议，破除二元结构，优化三次产业，发展汽车零部件')).toEqual([]);
      expect(only('清运50万方')).toMatchObject({ value: 500000, dimension: 'volume' });
    });
  });

  describe('bounds', () => {
    it.each([
      ['不少于20家', '>='], ['不低于30万吨', '>='], ['至少5个', '>='], ['20家及以上', '>='],
      ['超过60家', '>'], ['突破1000亿元', '>'], ['多于3项', '>'],
      ['不超过5%', '<='], ['3公里以内', '<='], ['30万千瓦以下', '<='],
      ['低于10%', '<'], ['少于3人', '<'],
      ['约100个', '~'], ['近5000人', '~'], ['将近3万人', '~'], ['2人左右', '~'], ['500人上下', '~'],
      ['3000多', '>'], ['100余万元', '>'], ['培育科技型中小企业200多家', '>'],
    ])('reads %s as %s', (text, comparator) => {
      expect(only(text).comparator).toBe(comparator);
    });

    it('includes the bound words in raw and the span', () => {
      const text = '全区年度用水总量控制在3427万立方米以内，';
      const q = only(text);
      expect(q.raw).toBe('控制在3427万立方米以内');
      expect(text.slice(q.numberStart, q.numberEnd)).toBe('3427');
    });

    it('lets a bound after the figure override 控制在', () => {
      expect(only('煤炭产量控制在700万吨左右').comparator).toBe('~');
    });

    it('does not read words ending in 约 or 近 as approximations', () => {
      expect(only('节约100吨标准煤').comparator).toBe('=');
      expect(only('签约10个项目').comparator).toBe('=');
      expect(only('就近3公里').comparator).toBe('=');
    });

    it('does not read 上下游 as an approximation', () => {
      expect(only('引进3家上下游企业')).toMatchObject({ raw: '3家', comparator: '=' });
    });
  });

  describe('ranges', () => {
    it.each([
      ['打造1-2个', 1, 2, 'ge'],
      ['养殖场1—3万头', 10000, 30000, 'tou'],
      ['每年1至2次', 1, 2, 'ci'],
      ['1~2处口袋公园', 1, 2, 'chu'],
      ['三到五家', 3, 5, 'jia'],
      ['签约率提升3-5个百分点', 3, 5, 'percent_point'],
      ['1万-3万头', 10000, 30000, 'tou'],
      ['3万元至5万元', 30000, 50000, 'wan_yuan'],
      ['30%-50%', 30, 50, 'percent'],
      ['百分之十到百分之十五', 10, 15, 'percent'],
    ])('reads %s as a range', (text, low, high, unit) => {
      expect(only(text)).toMatchObject({ comparator: 'range', value: low, valueHigh: high, unit });
    });

    it('reads 1至2 and 三到五 without a unit as ranges', () => {
      expect(only('1至2')).toMatchObject({ comparator: 'range', value: 1, valueHigh: 2, dimension: 'none' });
      expect(only('三到五')).toMatchObject({ comparator: 'range', value: 3, valueHigh: 5 });
    });

    it('converts both ends of a range to the base unit', () => {
      expect(only('新增15-30亩建设用地')).toMatchObject({ value: 10000, valueHigh: 20000, dimension: 'area' });
    });
  });

  describe('percentages', () => {
    it('reads %, ％, 百分之 and ‰', () => {
      expect(only('增长6%')).toMatchObject({ value: 6, unit: 'percent', unitText: '%' });
      expect(only('增长6％')).toMatchObject({ value: 6, unit: 'percent', unitText: '％' });
      expect(only('增长百分之十五')).toMatchObject({ value: 15, unit: 'percent', unitText: '百分之', raw: '百分之十五' });
      expect(only('控制在5‰以内')).toMatchObject({ value: 5, unit: 'permille', comparator: '<=' });
      expect(only('千分之三')).toMatchObject({ value: 3, dimension: 'permille' });
    });

    it('reads 百分之百 and 百分之三点五', () => {
      expect(only('覆盖率达到百分之百').value).toBe(100);
      expect(only('增长百分之三点五').value).toBe(3.5);
    });

    it('keeps percentage points apart from percent', () => {
      expect(only('提高2个百分点')).toMatchObject({ value: 2, dimension: 'percent_point', baseUnit: 'percent_point' });
    });

    it('puts a bound word before 百分之 into the figure', () => {
      const q = only('不低于百分之十');
      expect(q).toMatchObject({ comparator: '>=', raw: '不低于百分之十', start: 0, numberStart: 6, numberEnd: 7 });
    });
  });

  describe('figures that are not quantities', () => {
    it.each([
      ['years', '2023年度重点工作，二〇二三年，2023年8月，在2023泰山人才工程中'],
      ['year ranges', '三年行动计划(2023-2025年)，(2023—2025年)，2021至2035年，(2023-2025)'],
      ['dates', '时间:2023-08-25，8月25日，2023/8/25，2023.08.25，10:25'],
      ['task numbers', '12.完善新型信息基础设施体系。\n12．完善体系\n  3. 推进\n- 7.推进'],
      ['section numbers', '(3)推进\n（三）推进\n一、深入实施创新驱动发展战略\n1、加强'],
      ['document numbers', '台政办字〔2023〕15号，鲁政办发〔2022〕3号，泰政办字第【57】号'],
      ['plan periods and ordinals', '“十四五”时期，十三五期间，第三批，第3批'],
      ['names with digits', '5G基站建设，10G-PON端口，3A级景区，4A级景区，PM2.5浓度，S243泰梁线，3#机组，G20'],
      ['slogans', '“1+3+4+N”政策体系，“5+3”产业，聚焦“231”产业集群，“八抓20条”，“441X”体系'],
      ['titles', '《关于支持5G发展的10条措施》'],
      ['ranks and labels', '世界500强，90后，地铁3号线'],
      ['masked figures', '**家，X家，×个，XX万元'],
      ['words with numerals and amounts of no size', '若干个，数一数二，百城万站，千家万户，每万人口，每百万人，三点一线，一成不变'],
      ['URL-encoded text', '/list?q=%E5%B9%B4%E5%BA%A6%20%95%BF%88%2023'],
      ['ratios and compound labels', '缩小到1.28:1，1.2.3，3/4，art_123，2.0平台'],
      ['identifiers', '索引号11370900004341523R/2023-00020，0632-1234567'],
    ])('skips %s', (_kind, text) => {
      expect(raws(text)).toEqual([]);
    });

    it('skips the number of units in 2×35万千瓦 and keeps the size of one unit', () => {
      expect(raws('加快2×35万千瓦热电联产项目')).toEqual(['35万千瓦']);
    });

    it('keeps an Arabic figure after 数 (户数 "number of households")', () => {
      expect(raws('涉及户数938户')).toEqual(['938户']);
    });

    it('keeps a figure after a skipped year or task number', () => {
      expect(raws('12.到2025年，新增5G基站500个')).toEqual(['500个']);
    });
  });

  describe('number forms plans use', () => {
    it.each([
      ['全县规上企业超过了80家', '超过了80家', '>', 80],
      ['每个乡镇至少有10个示范村', '至少有10个', '>=', 10],
      ['单个项目补助最多为5万元', '最多为5万元', '<=', 50000],
      ['县城污水处理率不低于95%', '不低于95%', '>=', 95],
      ['绿色建筑占比大于等于70%', '大于等于70%', '>=', 70],
      ['城镇调查失业率小于或等于5.5%', '小于或等于5.5%', '<=', 5.5],
      ['单位面积能耗在15千克标准煤之下', '15千克标准煤之下', '<=', 15],
    ])('reads the bound in %s', (text, raw, comparator, number) => {
      expect(only(text)).toMatchObject({ raw, comparator, number });
    });

    it.each([
      ['≥25万平方米', '>=', 250000, 'wan_m2'],
      ['≤3427万立方米', '<=', 34270000, 'wan_m3'],
      ['＞12个', '>', 12, 'ge'],
      ['>=80%', '>=', 80, 'percent'],
      ['<5%', '<', 5, 'percent'],
      ['≈500个', '~', 500, 'ge'],
    ])('reads back the bound sign of a formatted figure %s', (text, comparator, number, unit) => {
      expect(only(text)).toMatchObject({ raw: text, comparator, number, unit });
    });

    it('reads "between A and B" ranges, also when 间 follows a bare figure', () => {
      expect(only('亩均产值在3000和5000元之间')).toMatchObject({ raw: '3000和5000元之间', comparator: 'range', value: 3000, valueHigh: 5000, unit: 'yuan' });
      expect(only('企业规模为100与300人间')).toMatchObject({ raw: '100与300人间', value: 100, valueHigh: 300, unit: 'ren' });
      expect(only('指数在60与80间波动')).toMatchObject({ raw: '60与80间', value: 60, valueHigh: 80, unit: null });
      expect(raws('2023年和2024年分别完成')).toEqual([]);
      expect(raws('建成10个和20个')).toEqual(['10个', '20个']);
    });

    it('reads 3到5 and 3至5万 ranges, the low end sharing the scale', () => {
      expect(only('每年新增3到5家')).toMatchObject({ value: 3, valueHigh: 5, unit: 'jia' });
      expect(only('新增造林3至5万亩')).toMatchObject({ number: 30000, comparator: 'range', unit: 'wan_mu' });
    });

    it('reads fractions as a share of one, in percent', () => {
      expect(only('力争三分之一以上的村达标')).toMatchObject({ raw: '三分之一以上', comparator: '>=', number: 1 / 3, unit: 'fraction', dimension: 'percent' });
      expect(only('力争三分之一以上的村达标').value).toBeCloseTo(33.3333, 3);
      expect(only('占全市总量的四分之三')).toMatchObject({ number: 0.75, value: 75 });
      expect(only('超过1/2的县区')).toMatchObject({ raw: '超过1/2', comparator: '>', number: 0.5, value: 50 });
      expect(only('约占全省1/4')).toMatchObject({ raw: '1/4', number: 0.25 });
      expect(only('误差控制在一万分之三以内')).toMatchObject({ comparator: '<=', value: 0.03 });
    });

    it('reads 成 as tenths and 半数 as a half', () => {
      expect(only('四成以上的企业完成改造')).toMatchObject({ raw: '四成以上', comparator: '>=', value: 40, dimension: 'percent' });
      expect(only('覆盖率达到8.5成')).toMatchObject({ value: 85 });
      expect(only('半数以上的村建成示范点')).toMatchObject({ raw: '半数以上', comparator: '>=', value: 50, unit: 'fraction' });
      expect(only('已完成过半')).toMatchObject({ raw: '过半', comparator: '>', value: 50 });
      expect(raws('完善成员单位名单，12成员单位')).toEqual(['12']);
    });

    it('reads negative figures, and leaves 下降 and dashes between figures alone', () => {
      expect(only('同比增长-2.5%')).toMatchObject({ raw: '-2.5%', value: -2.5 });
      expect(only('增速为负3.9%')).toMatchObject({ raw: '负3.9%', value: -3.9 });
      expect(only('增速为−1.2%')).toMatchObject({ value: -1.2 });
      expect(only('利润下降2.5%')).toMatchObject({ value: 2.5 });
      expect(only('误差在正负3%')).toMatchObject({ value: 3 });
      expect(raws('2023-2025年，COVID-19')).toEqual([]);
      expect(recogniseQuantities('京ICP备2022009963号-20').every((q) => q.value >= 0)).toBe(true);
      expect(only('建成10-20个')).toMatchObject({ value: 10, valueHigh: 20 });
    });

    it('reads numerals split by scale words', () => {
      expect(only('新增就业3万4000人')).toMatchObject({ raw: '3万4000人', value: 34000 });
      expect(only('总投资1亿2000万元')).toMatchObject({ raw: '1亿2000万元', value: 120000000, dimension: 'money' });
      expect(only('5万4千6百户')).toMatchObject({ value: 54600 });
      expect(only('1千零1个')).toMatchObject({ value: 1001 });
      // 1万2 is not 10002, and 2023 after 1万 is a year
      expect(raws('累计1万2023年')).toEqual(['1万']);
    });

    it('reads vague amounts with a scale: 余/几/数 as "more than", 近 as "about", 上 as "at least"', () => {
      expect(only('带动就业十几万人')).toMatchObject({ raw: '十几万人', comparator: '>', value: 100000 });
      expect(only('培育企业千余家')).toMatchObject({ raw: '千余家', comparator: '>', value: 1000 });
      expect(only('服务企业近万家')).toMatchObject({ raw: '近万家', comparator: '~', value: 10000 });
      expect(only('全市5G基站超万个')).toMatchObject({ raw: '超万个', comparator: '>', value: 10000 });
      expect(only('打造百亿元产业集群')).toMatchObject({ raw: '百亿元', comparator: '=', value: 1e10 });
      expect(only('引进数百家企业')).toMatchObject({ raw: '数百家', comparator: '>', value: 100 });
      expect(only('吸纳上万人就业')).toMatchObject({ raw: '上万人', comparator: '>=', value: 10000 });
      expect(only('新增数十万千瓦')).toMatchObject({ raw: '数十万千瓦', comparator: '>', unit: 'wan_kW', value: 100000 });
    });

    it('keeps 以上/规上 and 人数 apart from the vague words 上 and 数', () => {
      expect(raws('规模以上万元工业增加值能耗下降13.5%')).toEqual(['13.5%']);
      expect(raws('规上万元工业增加值用水量，参保人数万人次')).toEqual([]);
    });

    it('reads a range whose ends carry their own scale words before a scaled unit', () => {
      expect(only('新增造林1.5万—2万亩')).toMatchObject({ raw: '1.5万—2万亩', number: 15000, unit: 'wan_mu', comparator: 'range' });
      expect(only('单个项目投资5000万-1亿元')).toMatchObject({ value: 50000000, valueHigh: 100000000, unit: 'yi_yuan' });
    });

    it('reads a bare Chinese numeral of ten or more that a strong bound word marks', () => {
      expect(only('年接待游客五百以上')).toMatchObject({ raw: '五百以上', comparator: '>=', value: 500, unit: null });
      expect(only('总数超过了一千')).toMatchObject({ raw: '超过了一千', comparator: '>', value: 1000 });
      expect(raws('一以上，近十年来，控制在三十，二十大以来')).toEqual([]);
    });

    it('reads Chinese decimals that stand alone', () => {
      expect(only('年均增长二点五。')).toMatchObject({ raw: '二点五', value: 2.5 });
      expect(only('总量两千点零。')).toMatchObject({ raw: '两千点零', value: 2000 });
      expect(only('提高零点五个百分点')).toMatchObject({ value: 0.5, dimension: 'percent_point' });
    });

    it('reads concentrations, 公分 and square feet in their own units', () => {
      expect(only('PM2.5平均浓度控制在35微克/立方米以内')).toMatchObject({ raw: '控制在35微克/立方米以内', value: 35, dimension: 'concentration', baseUnit: 'ug/m3' });
      expect(only('浓度0.5毫克/立方米')).toMatchObject({ value: 500, dimension: 'concentration' });
      expect(only('二氧化氮浓度37微克每立方米')).toMatchObject({ value: 37, unit: 'ug_m3' });
      expect(only('树苗高度不低于80公分')).toMatchObject({ value: 0.8, dimension: 'length' });
      expect(only('商铺面积2000平方英尺')).toMatchObject({ unit: 'sq_ft', number: 2000 });
      expect(only('商铺面积2000平方英尺').value).toBeCloseTo(185.8, 1);
      expect(only('每人每天补充维生素2.4微克')).toMatchObject({ unit: 'ug', dimension: 'mass' });
      expect(only('袋装种子每袋500克')).toMatchObject({ unit: 'g', value: 0.0005 });
      expect(raws('攻克3项关键技术，克服困难')).toEqual(['3项']);
      expect(only('二氧化硫排放限值为百万分之五十')).toMatchObject({ raw: '百万分之五十', value: 0.005, dimension: 'percent' });
    });

    it('does not read a currency other than yuan as yuan or as a classifier', () => {
      expect(only('到期定存单5306亿台币').unit).toBeNull();
      expect(only('净流出1200亿美元').unit).toBeNull();
    });

    it('reads a bare Chinese numeral after 负 "minus"', () => {
      expect(only('气温最低为负三十二')).toMatchObject({ raw: '负三十二', value: -32 });
    });

    it('reads 零 before a bare 十 and 零几 "and a few"', () => {
      expect(only('建成一万零十二个')).toMatchObject({ value: 10012 });
      expect(only('覆盖一百零几万人')).toMatchObject({ comparator: '>', value: 1000000 });
    });

    it('reads a decimal point spaced off by PDF text, but not a task number before a figure', () => {
      expect(only('经济增长6 . 5%左右')).toMatchObject({ raw: '6 . 5%左右', value: 6.5, comparator: '~' });
      expect(raws('3. 100个村完成改造')).toEqual(['100个']);
    });

    it('reads a quoted target with 万/亿 but keeps masking short slogans', () => {
      expect(only('提出“新建5G基站4.8万个”的目标')).toMatchObject({ raw: '4.8万个', value: 48000 });
      expect(raws('实施“八抓20条”和“5+3”')).toEqual([]);
    });

    it('reads no figure out of a web address, URL-encoded or not, and reads the text around it', () => {
      expect(raws('详见https://data.example.cn/list?rate=30%25%2020%，完成率85%')).toEqual(['85%']);
      expect(raws('登录www.example.gov.cn/2023/12/1000.html查询，新建100个')).toEqual(['100个']);
    });

    it('reads 半 "half" after a unit that takes it, but not where 半 starts a word', () => {
      expect(only('林木蓄积量提高两成半')).toMatchObject({ raw: '两成半', number: 2.5, value: 25, dimension: 'percent' });
      expect(only('每亩增产一吨半')).toMatchObject({ raw: '一吨半', number: 1.5, unit: 't' });
      expect(only('产值增长三倍半')).toMatchObject({ number: 3.5, unit: 'multiple' });
      expect(only('在8米半径内')).toMatchObject({ raw: '8米', number: 8 });
      expect(only('建成4公里半岛步道')).toMatchObject({ raw: '4公里', number: 4 });
      expect(only('发放大米5袋半')).toMatchObject({ raw: '5', number: 5 });
      expect(only('新增3.5吨半')).toMatchObject({ raw: '3.5吨', number: 3.5 });
    });

    it('reads a/b followed by 的 as a share of what follows', () => {
      expect(only('力争1/3的行政村建成示范村')).toMatchObject({ raw: '1/3', unit: 'fraction', number: 1 / 3 });
      expect(raws('见附件3/4号楼')).toEqual([]);
    });

    it('reads a whole number and a fraction joined by 又 as one number, with the unit after it', () => {
      expect(only('产量提高到二又四分之一倍以上')).toMatchObject({ raw: '二又四分之一倍以上', number: 2.25, unit: 'multiple', comparator: '>=' });
      expect(only('差额为负二又五分之二')).toMatchObject({ number: -2.4, unit: null });
      expect(only('共计12又2分之1')).toMatchObject({ raw: '12又2分之1', number: 12.5 });
      // a unit before 又 ends the figure: 5个 and a share are two figures
      expect(raws('完成5个又5分之2')).toEqual(['5个', '5分之2']);
    });

    it('reads 折 discounts as tenths, and leaves 折合/折旧 and idioms alone', () => {
      expect(only('景区门票实行六折优惠')).toMatchObject({ raw: '六折', value: 60, dimension: 'percent' });
      expect(only('消费券按7.5折抵扣')).toMatchObject({ raw: '7.5折', value: 75 });
      expect(raws('每吨折合标准煤，计提折旧')).toEqual([]);
      expect(raws('审批过程一波三折，三天两头变更')).toEqual([]);
      // more than 十折 is no discount
      expect(raws('价格为原价的15折')).toEqual(['15']);
    });

    it('reads ¥ before a figure as yuan, with the scale word after it', () => {
      expect(only('每户补贴¥800')).toMatchObject({ raw: '¥800', value: 800, unit: 'yuan' });
      expect(only('奖励资金￥1.5万')).toMatchObject({ raw: '￥1.5万', value: 15000, dimension: 'money' });
    });

    it('reads the decimals of a Chinese numeral that holds 万', () => {
      expect(only('累计完成造林一万零二十六点七五亩')).toMatchObject({ raw: '一万零二十六点七五亩', number: 10026.75, unit: 'mu' });
    });

    it('reads letter-spaced PDF text: Chinese numerals, 点, 余, units, prefix units, 分之 and bound words with spaces inside', () => {
      expect(only('全年新增就业二万 三千 四百人')).toMatchObject({ number: 23400, unit: 'ren' });
      expect(only('带动农户二 十 余 万户')).toMatchObject({ raw: '二 十 余 万户', number: 200000, comparator: '>' });
      expect(only('单产提高到六百 点 五公斤')).toMatchObject({ number: 600.5, unit: 'kg' });
      expect(only('总投资七千 二百 万 点五元')).toMatchObject({ number: 72000000.5, unit: 'yuan' });
      expect(only('能耗下降三 点 二 个 百 分 点')).toMatchObject({ number: 3.2, unit: 'percent_point' });
      expect(only('覆盖率达到百 分 之 九 十')).toMatchObject({ number: 90, unit: 'percent' });
      expect(only('约占七 分 之 二的耕地')).toMatchObject({ unit: 'fraction', number: 2 / 7 });
      expect(only('企业数量大于 或 等于40家')).toMatchObject({ raw: '大于 或 等于40家', comparator: '>=', number: 40 });
      expect(only('合格率 9 8 % 以 上')).toMatchObject({ raw: '9 8 % 以 上', comparator: '>=', number: 98 });
      expect(only('绿地面积二 点 五 万平方米')).toMatchObject({ number: 25000, unit: 'wan_m2' });
    });

    it('reads scale groups spaced apart only when each carries its own scale word', () => {
      expect(only('服务人口6万 2千 3百人')).toMatchObject({ number: 62300, unit: 'ren' });
      expect(raws('户数 2万 3500户')).toEqual(['2万', '3500户']);
    });

    it('keeps numerals that letter-spacing puts side by side apart from one numeral', () => {
      expect(raws('一 二 三 四 五，十四五 时期')).toEqual([]);
    });

    it('keeps the scale word of digits spaced inside CJK text', () => {
      expect(only('5G 基站 60 万个')).toMatchObject({ raw: '60 万个', value: 600000, unit: 'ge' });
      expect(only('收入 11.16 亿元')).toMatchObject({ value: 1116000000 });
    });
  });

  describe('robustness', () => {
    it('returns nothing for an empty string or text without figures', () => {
      expect(recogniseQuantities('')).toEqual([]);
      expect(recogniseQuantities('加快推进新型工业化。')).toEqual([]);
    });

    it('joins single digits split by spaces, as PDF extraction leaves them', () => {
      expect(only('新建5G基站1 2 0个')).toMatchObject({ raw: '1 2 0个', value: 120 });
      expect(only('优良天数比例达到8 5 %')).toMatchObject({ raw: '8 5 %', value: 85, dimension: 'percent' });
      expect(raws('2 0 2 3年')).toEqual([]);
    });

    it('keeps numbers split by spaces apart when a part has several digits', () => {
      expect(raws('2023 2024')).toEqual([]);
      expect(raws('表中100 200个')).toEqual(['100', '200个']);
    });

    it('reads a one-megabyte line of plan text in time linear in its length', () => {
      const task = '12.完善新型信息基础设施体系。加快推进5G基站建设，力争全年建成5G基站100个以上，'
        + '10G-PON端口占比达到65%以上，全区用水总量控制在3427万立方米以内（责任单位：区工业和信息化局、区发展改革局）';
      const text = task.repeat(Math.ceil(1_000_000 / task.length));
      expect(recogniseQuantities(text)).toHaveLength(3 * Math.ceil(1_000_000 / task.length));
      expect(growthOverTenfold((size) => task.repeat(Math.ceil(size / task.length)), 100_000)).toBeLessThan(LINEAR_GROWTH);
    });

    it('reads a one-megabyte line made only of figures, 80,000 of them, in linear time', () => {
      const unit = '力争全年建成5G基站100个以上，新增造林1.2万亩，';
      const text = unit.repeat(40_000);
      expect(text.length).toBeGreaterThan(1_000_000);
      expect(recogniseQuantities(text)).toHaveLength(80_000);
      expect(growthOverTenfold((size) => unit.repeat(Math.ceil(size / unit.length)), 100_000)).toBeLessThan(LINEAR_GROWTH);
    });

    it('reads 100,000 digits in a row, and 50,000 dashed digits, in linear time', () => {
      expect(recogniseQuantities('1'.repeat(100_000))).toEqual([]);
      expect(recogniseQuantities(`${'1-'.repeat(50_000)}个`).length).toBeLessThanOrEqual(1);
      expect(growthOverTenfold((size) => '1'.repeat(size), 10_000)).toBeLessThan(LINEAR_GROWTH);
      expect(growthOverTenfold((size) => `${'1-'.repeat(size / 2)}个`, 10_000)).toBeLessThan(LINEAR_GROWTH);
    });

    it('reads long runs of numeral, quote, title and separator characters in linear time', () => {
      for (const unit of ['一', '万', '十三五', '“', '《', '百分之', '1,000', '1.', ' 1']) {
        const growth = growthOverTenfold((size) => unit.repeat(Math.ceil(size / unit.length)), 20_000);
        expect({ unit, linear: growth < LINEAR_GROWTH }).toEqual({ unit, linear: true });
      }
    });
  });

  describe('properties', () => {
    it('reads back a value written in any numeral style with a scale, unit and bound word', () => {
      checkRoundTrip(runs);
    });

    it('reads back a range written with any connector, numeral style and shared scale word', () => {
      checkRangeRoundTrip(runs);
    });

    it('never throws and keeps spans inside the input with finite values', () => {
      checkArbitraryText(runs);
    });
  });
});
