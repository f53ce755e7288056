import { decideKind, flowEvidence, flowKind, isBaseline, statusOf, tierOf } from '../../src/indicators/semantics.js';

describe('indicators/semantics', () => {
  it('reads 达到 alone as a stock, but 新建…达到 as an increment', () => {
    expect(flowKind(['全市5G基站达到'])).toBe('stock');
    expect(flowKind(['新建5G基站达到'])).toBe('increment');
    expect(flowKind(['累计新建5G基站'])).toBe('increment');
    expect(flowKind(['新建基站累计'])).toBe('stock');
  });

  it('reads a period word (全年, 年内) as weak: an annual total keeps its indicator\'s own kind (a stock)', () => {
    expect(flowEvidence(['全年一般公共预算收入'])).toEqual({ kind: 'increment', strong: false });
    expect(flowEvidence(['全年新建5G基站'])).toEqual({ kind: 'increment', strong: true });
  });

  it('reads what was built by an as-of date as a stock, unless a period word keeps it to the period', () => {
    expect(flowKind(['农村地区建成5G基站', '截至6月底,农村地区建成5G基站'])).toBe('stock');
    expect(flowKind(['今年建成5G基站', '截至6月底,今年建成5G基站'])).toBe('increment');
    expect(flowKind(['全市已建设5G基站'])).toBe('stock');
    expect(flowKind(['5G基站数量已超过'])).toBe('stock');
    // no verb at all, dated as of a day: the count standing then
    expect(flowKind(['全县高新技术企业', '截至目前,全县高新技术企业'])).toBe('stock');
    expect(flowKind(['全县高新技术企业'])).toBeNull();
  });

  it('reads a task amount stated with 为 (建设任务为) as the amount to add, and 增加到 as the level reached', () => {
    expect(flowKind(['高标准农田建设任务为'])).toBe('increment');
    expect(flowKind(['新建5G基站任务数为'])).toBe('increment');
    expect(flowKind(['高新技术企业数量增加到'])).toBe('stock');
  });

  it('looks further out only when the nearest window says nothing', () => {
    expect(flowKind(['国家高新技术企业', '力争新培育单项冠军30家以上,国家高新技术企业'])).toBe('increment');
    expect(flowKind(['', ''])).toBeNull();
  });

  it('takes the nearest tier word of the sentence', () => {
    expect(tierOf('确保完成任务,力争新增')).toBe('strive');
    expect(tierOf('力争全年,确保新增')).toBe('ensure');
    expect(tierOf('全年新增')).toBe('plain');
  });

  it('marks results already reached and earlier years as actual', () => {
    expect(statusOf('全市已建成5G基站', 2023, false)).toBe('actual');
    expect(statusOf('截至2022年底,全市', 2023, false)).toBe('actual');
    expect(statusOf('2022年全市', 2023, false)).toBe('actual');
    expect(statusOf('到2025年全市', 2023, false)).toBe('target');
    expect(statusOf('新增', 2023, true)).toBe('actual');
  });

  it('recognises the baseline of 由…提高到…', () => {
    expect(isBaseline('绿色建筑占比由2022年的', '提高到85%')).toBe(true);
    expect(isBaseline('绿色建筑占比', '提高到85%')).toBe(false);
    expect(isBaseline('由', ',全年新增')).toBe(false);
  });

  it('tells a percent level from a percent change and a percentage-point change', () => {
    const base = { indicatorIsPercent: true, comparator: '=', windows: [] as string[] };
    expect(decideKind({ ...base, quantityDimension: 'percent', segmentBefore: '占比达到' })).toBe('rate');
    expect(decideKind({ ...base, quantityDimension: 'percent', segmentBefore: '占比提高到' })).toBe('rate');
    expect(decideKind({ ...base, quantityDimension: 'percent', segmentBefore: '占比提高' })).toBe('growth');
    expect(decideKind({ ...base, quantityDimension: 'percent_point', segmentBefore: '占比提高' })).toBe('growth');
    expect(decideKind({ ...base, indicatorIsPercent: false, quantityDimension: 'percent', segmentBefore: '投资增长' })).toBe('growth');
  });

  it('makes a bounded-above figure a cap', () => {
    expect(decideKind({ quantityDimension: 'volume', indicatorIsPercent: false, comparator: '<=', segmentBefore: '用水总量', windows: [] })).toBe('cap');
    expect(decideKind({ quantityDimension: 'volume', indicatorIsPercent: false, comparator: '=', segmentBefore: '用水总量控制在', windows: [] })).toBe('cap');
  });
});
