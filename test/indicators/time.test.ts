import { figureTime, markedStatus, periodOf, type FigureWords, type TimeContext } from '../../src/indicators/time.js';

const words = (before: string, extra: Partial<FigureWords> = {}): FigureWords => ({ opening: '', before, sentenceBefore: before, after: '', baseline: false, ...extra });
const context = (extra: Partial<TimeContext> = {}): TimeContext => ({ genre: 'news', pageYear: null, documentYear: null, mode: null, paragraphTime: '', ...extra });

describe('indicators/time', () => {
  describe('status', () => {
    it('takes a year heading the noun right after a figure (认定35家2021年度市级绿色工厂) for its year', () => {
    expect(figureTime(words('市工信局认定', { after: '2021年度市级绿色工厂' }), context()).year).toBe(2021);
    // a year further on is another's
    expect(figureTime(words('市工信局认定', { after: '企业,2021年度' }), context()).year).toBeNull();
  });

  it('reads a figure in a news report as a result unless a target word stands before it', () => {
      expect(figureTime(words('全市新增5G基站'), context()).status).toBe('actual');
      expect(figureTime(words('力争全年新增5G基站'), context()).status).toBe('target');
      expect(figureTime(words('预计到年底全市5G基站将达到'), context()).status).toBe('target');
    });

    it('reads a figure in a plan as a target unless a result word stands nearer', () => {
      expect(figureTime(words('全年新建5G基站'), context({ genre: 'plan' })).status).toBe('target');
      expect(figureTime(words('目前全县已建成5G基站'), context({ genre: 'plan' })).status).toBe('actual');
      // data a page cites (数据显示, 统计显示) are results
      expect(figureTime(words('数据显示,全市5G基站总数达到'), context({ genre: 'plan' })).status).toBe('actual');
    });

    it('lets the nearest marker win when a sentence has both', () => {
      expect(figureTime(words('去年完成目标任务，今年力争新建'), context()).status).toBe('target');
      expect(figureTime(words('为实现三年目标，今年已建成'), context({ genre: 'plan' })).status).toBe('actual');
    });

    it('reads a part of the year already past as progress reported, and a floor set as a target', () => {
      expect(figureTime(words('1-6月全市技改投资同比增长'), context({ genre: 'plan' })).status).toBe('actual');
      expect(figureTime(words('前5个月新增市场主体'), context({ genre: 'plan' })).status).toBe('actual');
      expect(figureTime(words('今年全市改造户数不低于'), context()).status).toBe('target');
    });

    it('does not take look-alikes for target words', () => {
      expect(markedStatus('全年超额完成年度目标，新增企业将近')).toBe('actual');
      expect(markedStatus('新增企业将近')).toBeNull();
    });

    it('does not take a comparison base for the time of the figure', () => {
      expect(figureTime(words('技改投资增速比上年提高'), context({ genre: 'plan' })).status).toBe('target');
    });

    it('reads 截至 a past year as a result and 到 a later year as a target, against the page date', () => {
      expect(figureTime(words('截至2022年底，全省累计建成'), context({ genre: 'plan', pageYear: 2023 })).status).toBe('actual');
      expect(figureTime(words('到2025年，全省5G基站达到'), context({ pageYear: 2023 })).status).toBe('target');
      expect(figureTime(words('到2021年底，全省5G基站达到'), context({ pageYear: 2023 })).status).toBe('actual');
    });

    it('reads a target word right after the figure, as in a quoted goal', () => {
      expect(figureTime(words('提前完成“2020年建成', { after: '5G基站”目标' }), context({ pageYear: 2020 })).status).toBe('target');
    });

    it('follows the review and plan parts of a work report', () => {
      expect(figureTime(words('全县地区生产总值增长'), context({ genre: 'work_report', mode: 'review' })).status).toBe('actual');
      expect(figureTime(words('全县地区生产总值增长'), context({ genre: 'work_report', mode: 'plan' })).status).toBe('target');
    });

    it('reads the baseline of a 由…提高到 pair as a result', () => {
      expect(figureTime(words('占比由', { baseline: true }), context({ genre: 'plan' })).status).toBe('actual');
    });
  });

  describe('year', () => {
    it('takes a year written before the figure as stated', () => {
      expect(figureTime(words('2022年，全区新增就业'), context({ pageYear: 2024 }))).toMatchObject({ year: 2022, yearBasis: 'stated' });
    });

    it('resolves 今年 and 去年 against the page date, and leaves the year empty when the page states none', () => {
      expect(figureTime(words('今年1至8月新增5G基站'), context({ pageYear: 2020 }))).toMatchObject({ status: 'actual', year: 2020, yearBasis: 'relative' });
      expect(figureTime(words('去年新增高新技术企业'), context({ pageYear: 2020 }))).toMatchObject({ year: 2019, yearBasis: 'relative' });
      expect(figureTime(words('今年新增高新技术企业'), context())).toMatchObject({ year: null, yearBasis: 'none' });
    });

    it('takes the base year of 较2015年的 for the figure right after it, as a result', () => {
      expect(figureTime(words('再生水利用量较2015年的'), context({ genre: 'plan', pageYear: 2021 }))).toMatchObject({ status: 'actual', year: 2015, yearBasis: 'stated' });
    });

    it('takes the year of a clause that opens the sentence with a time phrase, and not 当年 for this year', () => {
      expect(figureTime(words('当年新建建筑中绿色建筑占比达到', { sentenceBefore: '根据方案，到2024年，当年新建建筑中绿色建筑占比达到' }), context({ pageYear: 2021 })))
        .toMatchObject({ status: 'target', year: 2024 });
    });

    it('takes the year opening an earlier clause of the sentence, but not a list of years', () => {
      const sentence = '初步测算，2022年全区实现地区生产总值82.4亿元，按不变价计算，增长';
      expect(figureTime(words('增长', { sentenceBefore: sentence }), context({ genre: 'bulletin' }))).toMatchObject({ year: 2022, yearBasis: 'stated' });
      expect(figureTime(words('全省用水总量', { sentenceBefore: '2020年和2021年全省用水总量' }), context())).toMatchObject({ year: null });
    });

    it('takes the year leading the paragraph, then the document year, one less in a review part', () => {
      expect(figureTime(words('全区新增就业'), context({ paragraphTime: '2021年' }))).toMatchObject({ year: 2021, yearBasis: 'stated' });
      expect(figureTime(words('全县地区生产总值增长'), context({ genre: 'work_report', documentYear: 2025, mode: 'review' }))).toMatchObject({ year: 2024, yearBasis: 'document' });
      expect(figureTime(words('全县地区生产总值增长'), context({ genre: 'work_report', documentYear: 2025, mode: 'plan' }))).toMatchObject({ year: 2025, yearBasis: 'document' });
      expect(figureTime(words('全年全县地区生产总值增长'), context({ genre: 'bulletin', documentYear: 2022, mode: 'review' }))).toMatchObject({ year: 2022, yearBasis: 'document' });
    });
  });

  describe('period', () => {
    it('names the part of the year a figure covers, as written', () => {
      expect(periodOf('今年1-8月，全县新建5G基站')).toBe('1-8月');
      expect(periodOf('前三季度，全县地区生产总值增长')).toBe('前三季度');
      expect(periodOf('截至6月底，全省累计建成5G基站')).toBe('截至6月底');
      expect(periodOf('全年新建5G基站')).toBe('');
    });
  });
});
