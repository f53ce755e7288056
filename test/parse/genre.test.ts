import { documentGenre, pageDate } from '../../src/parse/genre.js';

describe('parse/genre', () => {
  it('tells a statistical bulletin by its title', () => {
    expect(documentGenre('青山县2022年国民经济和社会发展统计公报', '初步核算，全年全县地区生产总值102.3亿元。')).toBe('bulletin');
  });

  it('tells a work report by its address to the deputies', () => {
    expect(documentGenre('', '各位代表：\n现在，我代表县人民政府向大会作工作报告。过去一年，全县经济稳中有进。')).toBe('work_report');
  });

  it('tells an action plan by its title and its responsible units', () => {
    expect(documentGenre('关于印发青山县数字经济三年行动计划的通知', '1.建设5G基站。责任单位：县工信局')).toBe('plan');
  });

  it('tells a list of the tasks or projects by its title (任务分解, 民生实事, 工作计划)', () => {
    expect(documentGenre('青山市2024年高标准农田建设任务分解', '2024年全市新建高标准农田45万亩。')).toBe('plan');
    expect(documentGenre('青山县2023年民生实事项目', '一、新建农村公路50公里。')).toBe('plan');
    expect(documentGenre('青山县科技局2024年工作计划', '新培育高新技术企业20家。')).toBe('plan');
  });

  it('tells a notice announcing a list of designations (公布…名单) as a report of results', () => {
    expect(documentGenre('关于公布2023年度省级绿色工厂名单的通知', '确定120家企业为2023年度省级绿色工厂。')).toBe('bulletin');
    // a plan issuing a list is still a plan
    expect(documentGenre('关于印发2024年重点项目名单的通知', '现将名单印发给你们。')).toBe('plan');
  });

  it('tells a news report by its reporter and dateline words', () => {
    expect(documentGenre('', '本报讯（记者 王芳）近日，记者从市工信局获悉，全市5G基站建设进展顺利。')).toBe('news');
  });

  it('reads a page that quotes another document by name as news, not as that document', () => {
    // a work report named in the text and a plan's title in 《》 are other documents
    const page = '2024-05-06 08:15:02  来源:青山日报\n5月5日，从县工信局了解到，青山县连续两年把5G建设写入县政府工作报告，并印发《青山县数字经济三年行动计划》。';
    expect(documentGenre('', page)).toBe('news');
  });

  it('counts a longer genre word once, not again for the shorter word inside it', () => {
    // 政府工作报告 weighs 4 (it would be 7 with 工作报告 counted again); 记者 and 获悉 weigh 6
    expect(documentGenre('', '记者从县发改委获悉，今年的政府工作报告提出，全县新建5G基站200个。')).toBe('news');
  });

  it('calls a page with none of the words other', () => {
    expect(documentGenre('', '山清水秀，风景宜人。')).toBe('other');
  });

  it('takes the page date from the metadata first, then the opening, then the last lines', () => {
    expect(pageDate(null, '2024-03-02', '时间：2020-10-12')).toBe('2024-03-02');
    expect(pageDate(null, null, '时间：2020-10-12 16:23 来源：某日报\n正文')).toBe('2020-10-12');
    expect(pageDate(null, null, `${'正文。'.repeat(600)}\n发布于2021年5月6日`)).toBe('2021-05-06');
    expect(pageDate(null, null, '今年新增5G基站300个。')).toBeNull();
  });

  it('does not take a date in the prose of the body for the page\'s', () => {
    const body = ['某市青年人才专项行动成效', '截至10月底,全市累计吸引青年人才5.2万名。', '行动进展', '2023年4月6日,该市首次启动该行动,提出三年吸引5万名青年人才。'].join('\n');
    expect(pageDate(null, null, body)).toBeNull();
    // a date opening one of the first lines is the news item's
    expect(pageDate(null, null, '2023年4月6日,记者从市人社局获悉,全市新增就业岗位1.2万个。')).toBe('2023-04-06');
  });
});
