import { readMetadata, type DocumentMetadata } from '../../src/parse/index.js';

const regionOf = (metadata: DocumentMetadata): string => (metadata.region.ok ? `${metadata.region.division.name} ${metadata.region.division.code}` : metadata.region.code);

describe('parse/metadata', () => {
  it('reads a notice\'s header: a title broken over two lines, the issuer before 关于, the 文号 in square brackets, the signing date', () => {
    const header = [
      '滕州市人民政府办公室关于印发滕州市2023年',
      '重点工作任务的通知',
      '滕政办发[2023]5号',
      '各镇人民政府、街道办事处：',
      '现将《滕州市2023年重点工作任务》印发给你们。',
      '滕州市人民政府办公室',
      '2023年8月25日',
    ].join('\n');
    const metadata = readMetadata(header, {}, '');
    expect(metadata).toMatchObject({
      title: '滕州市人民政府办公室关于印发滕州市2023年重点工作任务的通知',
      issuer: '滕州市人民政府办公室',
      docNumber: '滕政办发〔2023〕5号',
      issuedDate: '2023-08-25',
      publishedDate: null,
      planYear: 2023,
      planYearEnd: 2023,
    });
    expect(regionOf(metadata)).toBe('滕州市 370481');
  });

  it('takes a multi-year plan\'s first and last year from its title, not from the date it was signed', () => {
    const metadata = readMetadata('德清县人民政府关于印发德清县数字经济三年行动计划（2024—2026年）的通知\n2023年12月30日', {}, '');
    expect([metadata.planYear, metadata.planYearEnd, metadata.issuedDate]).toEqual([2024, 2026, '2023-12-30']);
    expect(regionOf(metadata)).toBe('德清县 330521');
  });

  it('falls back on the signing year when the title names none, and reads a year in Chinese numerals', () => {
    expect(readMetadata('德清县人民政府关于加强安全生产工作的意见\n二〇二二年十二月一日', {}, '')).toMatchObject({ planYear: 2022, planYearEnd: 2022, issuedDate: '2022-12-01' });
    expect(readMetadata('德清县人民政府办公室关于印发二〇二三年工作要点的通知', {}, '').planYear).toBe(2023);
  });

  it('cuts what a web copy glued after the title, and leaves a 文号 opening the line out of it', () => {
    const metadata = readMetadata('德政办发〔2023〕21号 德清县人民政府办公室关于印发《德清县2023年工作要点的通知》的通知各乡镇人民政府：', {}, '');
    expect(metadata.title).toBe('德清县人民政府办公室关于印发《德清县2023年工作要点的通知》的通知');
    expect(metadata.docNumber).toBe('德政办发〔2023〕21号');
  });

  it('prefers the fields of a page\'s metadata table for title, number and dates, and its issuer when the title names none', () => {
    const metadata = readMetadata('正文开始', {
      title: '关于做好2023年春耕生产工作的通知',
      issuer: '德清县农业农村局',
      doc_number: '德农〔2023〕7号',
      written_date: '2023年2月28日',
      published_date: '发布日期:2023-03-02 09:00',
    }, '');
    expect(metadata).toMatchObject({ title: '关于做好2023年春耕生产工作的通知', issuer: '德清县农业农村局', docNumber: '德农〔2023〕7号', issuedDate: '2023-02-28', publishedDate: '2023-03-02', planYear: 2023 });
    expect(regionOf(metadata)).toBe('德清县 330521');
  });

  it('takes a dateline date written after the source or the author (来源:宿迁市统计局  2023-10-25) for the date published', () => {
    expect(readMetadata('前三季度全市经济运行稳中向好', { from: '宿迁市统计局  2023-10-25' }, '').publishedDate).toBe('2023-10-25');
    expect(readMetadata('标题', { from: '宿迁日报', author: '张三 2023年10月25日' }, '').publishedDate).toBe('2023-10-25');
    // a labelled publishing date comes first
    expect(readMetadata('标题', { from: '新华网 2023-10-24', published_date: '2023-10-25 10:21' }, '').publishedDate).toBe('2023-10-25');
    expect(readMetadata('标题', { from: '宿迁日报' }, '').publishedDate).toBeNull();
  });

  it('gives a page whose title names a central body no region of its own, though a caption names a county further on', () => {
    // written for this test: a ministry's plan in the title, a photo caption about a county at the end
    const body = '本网3月2日讯 住房和城乡建设部表示,今年全国计划新开工改造城镇老旧小区5万个。\n' + '相关阅读。'.repeat(100) + '\n图为志愿者在桐庐县一个社区为居民量血压。桐庐县社区服务不断完善。';
    expect(readMetadata('住房和城乡建设部:今年计划改造城镇老旧小区5万个', {}, body).region.ok).toBe(false);
    // a local page quoting a ministry in its title is still its own region's
    expect(regionOf(readMetadata('工业和信息化部公布名单 我市14家企业入选', {}, '近日,我市14家企业入选。芜湖市经信局表示…'))).toBe('芜湖市 340200');
  });

  it('takes the region from the text when no issuer names one', () => {
    const metadata = readMetadata('关于印发2023年重点任务的通知', {}, '一、全年目标\n1.德清县新建5G基站300个。');
    expect(regionOf(metadata)).toBe('德清县 330521');
    expect(metadata.region.ok && metadata.region.note).toMatch(/^no issuer names a region; taken from the /);
  });

  it('takes the region of a page that names none from the local outlet in its byline (来源, 作者)', () => {
    const metadata = readMetadata('明年我区将新建高标准农田3万亩', { from: '德清新闻网', author: '德清新闻网 记者' }, '记者获悉,明年我区将新建高标准农田3万亩。');
    expect(metadata.region).toMatchObject({ ok: true, division: { name: '德清县' } });
    // without the byline the page names no region
    expect(readMetadata('明年我区将新建高标准农田3万亩', {}, '记者获悉,明年我区将新建高标准农田3万亩。').region.ok).toBe(false);
  });

  it('takes the region from a source that is an office of a division (信息来源:…北屯市工信局), over places the text names more', () => {
    const text = '截至10月底,在阿勒泰地区通信管理办公室配合下,阿勒泰地区铁塔公司建成5G基站54个,覆盖阿勒泰地区边境。';
    expect(readMetadata('师市召开5G网络建设总结会', { from: '第十师北屯市工信局' }, text).region).toMatchObject({ ok: true, division: { name: '北屯市' } });
    // a source that is no office of a division leaves the text to speak
    expect(readMetadata('师市召开5G网络建设总结会', { from: '北屯新闻' }, text).region).toMatchObject({ ok: true, division: { name: '阿勒泰地区' } });
  });

  it('does not take a line of prose quoting 《关于印发…的通知》 for the title', () => {
    const header = ['近年来,水利部会同有关部门先后印发了《关于加强非常规水源配置利用的指导意见》等文件,非常规水源利用量快速提升。', '2022年非常规水源利用量达到175.8亿立方米。'].join('\n');
    expect(readMetadata(header, {}, '').title).not.toContain('关于');
    // a title's 关于 follows its issuer's name
    expect(readMetadata('某某县人民政府办公室关于印发2024年重点工作任务的通知\n正文', {}, '').title).toBe('某某县人民政府办公室关于印发2024年重点工作任务的通知');
  });
});
