import { partYear } from '../../src/tracking/part-year.js';

describe('tracking/part-year partYear', () => {
  it('finds a span of months, a quarter word or 截至X月 in the clause', () => {
    expect(partYear({ evidence: '1-8月新建5G基站260个', year: 2023, pageDate: null })).toBe('1-8月');
    expect(partYear({ evidence: '前三季度新增城镇就业9000人', year: 2023, pageDate: null })).toBe('前三季度');
    expect(partYear({ evidence: '截至6月底累计建成5G基站900个', year: 2023, pageDate: null })).toBe('截至6月底');
    expect(partYear({ evidence: '截至2023年10月，全县新建智慧社区6个', year: 2023, pageDate: null })).toBe('截至2023年10月');
  });

  it('takes 截至12月底 and a plain clause as possibly the whole year', () => {
    expect(partYear({ evidence: '截至12月底累计建成5G基站1200个', year: 2023, pageDate: null })).toBeNull();
    expect(partYear({ evidence: '全县新建5G基站412个', year: 2023, pageDate: '2024-01-12' })).toBeNull();
  });

  it('treats a result on a page dated inside its own year as progress', () => {
    expect(partYear({ evidence: '嘉祥县新建5G基站260个', year: 2023, pageDate: '2023-09-12' })).toBe('2023-09-12');
    expect(partYear({ evidence: '全县新建5G基站412个', year: 2023, pageDate: '2023-12-31' })).toBeNull();
  });
});
