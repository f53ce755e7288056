import fc from 'fast-check';
import { normaliseText } from '../../src/ingest/normalise.js';
import { originalSpan } from '../../src/ingest/mapped-text.js';

describe('ingest/normalise', () => {
  it('turns full-width digits, letters and punctuation into half-width', () => {
    expect(normaliseText('２０２５年建成５Ｇ基站１２０个（以上）；占比８５％').text).toBe('2025年建成5G基站120个(以上);占比85%');
  });

  it('closes spaces that PDF extraction put inside a number', () => {
    expect(normaliseText('新建基站1 2 0个，面积12 000平方米').text).toBe('新建基站120个,面积12000平方米');
  });

  it('leaves the cells of a table laid out with spaces apart (after a decimal point or a column gap)', () => {
    expect(normaliseText('污水处理率 (%)   97.9 98.3').text).toBe('污水处理率 (%)   97.9 98.3');
    expect(normaliseText('森林火灾次数 (次)   31 7').text).toBe('森林火灾次数 (次)   31 7');
    // a number broken by single spaces in running text is still closed up
    expect(normaliseText('全年新建基站 1 2 0 个').text).toBe('全年新建基站 120 个');
  });

  it('closes a space that a wrapped line left inside a word of prose, keeping the way back', () => {
    const written = '年末全县常住人 口 32.5 万人,比上年增加 0.4 万人。';
    const result = normaliseText(written);
    expect(result.text).toBe('年末全县常住人口 32.5 万人,比上年增加 0.4 万人。');
    // the word read back spans the space as written
    expect(originalSpan(written, result, result.text.indexOf('人口'), result.text.indexOf('人口') + 2)).toBe('人 口');
  });

  it('leaves spaces between ideographs alone in a line without clause marks (a headline or a table row)', () => {
    expect(normaliseText('全县粮食面积52万亩 产量3.1亿斤').text).toBe('全县粮食面积52万亩 产量3.1亿斤');
    expect(normaliseText('某县力争到2027年  新增万名技能人才').text).toBe('某县力争到2027年  新增万名技能人才');
    // nor between the halves of a slogan in quotes
    expect(normaliseText('以“幸福家园 共建共享”为主题,开展活动。').text).toBe('以“幸福家园 共建共享”为主题,开展活动。');
  });

  it('leaves two separate four-digit numbers apart', () => {
    expect(normaliseText('2023 2024').text).toBe('2023 2024');
  });

  it('drops a stray NUL, keeping the way back to the text as written', () => {
    const result = normaliseText('新建5G基\u0000站100个');
    expect(result.text).toBe('新建5G基站100个');
    expect(Array.from(result.map)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
  });

  it('removes pinyin glosses inserted by mirror sites', () => {
    expect(normaliseText('新建5G基站1萬(wàn)個(gè)').text).toBe('新建5G基站1万个');
    expect(normaliseText('GDP(国内生产总值)增长(zeng2)').text).toBe('GDP(国内生产总值)增长');
  });

  it('keeps brackets that are not pinyin', () => {
    expect(normaliseText('各镇(街道)人民政府(责任单位:区科技局)').text).toBe('各镇(街道)人民政府(责任单位:区科技局)');
  });

  it('converts traditional script to simplified and records the original script', () => {
    const result = normaliseText('臺兒莊區人民政府辦公室關於印發綠色低碳高質量發展重點工作任務的通知');
    expect(result.script).toBe('traditional');
    expect(result.text).toBe('台儿庄区人民政府办公室关于印发绿色低碳高质量发展重点工作任务的通知');
  });

  it('calls a text traditional from one traditional-only character in fifty ideographs', () => {
    // 這 is a traditional-only form; 中 is written the same in both scripts
    expect(normaliseText(`這${'中'.repeat(49)}`).script).toBe('traditional');
    expect(normaliseText(`這${'中'.repeat(50)}`).script).toBe('simplified');
    expect(normaliseText('2025 ABC').script).toBe('simplified');
  });

  it('leaves simplified text alone and says it is simplified', () => {
    const text = '台儿庄区人民政府办公室关于印发绿色低碳高质量发展重点工作任务的通知';
    expect(normaliseText(text)).toMatchObject({ script: 'simplified', text });
  });

  it('changes a unit standing anywhere, however late, and leaves a text without one as it is', () => {
    const plain = '1.新建基站100个,改造管网5公里。\n2.新增学位200个。';
    const kept = normaliseText(plain);
    expect(kept.text).toBe(plain);
    expect(Array.from(kept.map)).toEqual(Array.from({ length: plain.length + 1 }, (_, at) => at));
    // a word joiner, a soft hyphen, a NUL and a full-width bracket after the plain text
    expect(normaliseText(`${plain}\u2060末\u00ad尾\u0000（完）`).text).toBe(`${plain}末尾(完)`);
  });

  it('drops page furniture lines', () => {
    const text = '扫一扫在手机打开当前页\n首页 > 政务公开 > 政策文件\n下载Word 下载PDF\n【关闭窗口】\n1.新建基站100个。\n【打印本页】 【关闭窗口】';
    expect(normaliseText(text).text).toBe('1.新建基站100个。\n');
  });

  it('keeps a whole page flattened into one line that opens with a breadcrumb', () => {
    const line = `您的位置:首页 > 新闻 > 全市新建5G基站300个 来源:青山日报 ${'记者从市工信局获悉,截至6月底全市已开通5G基站1200个。'.repeat(5)}`;
    expect(normaliseText(line).text).toContain('已开通5G基站1200个');
  });

  it('moves metadata-table lines into fields, tolerating spaces inside labels', () => {
    const text = '索  引  号 11370900004341523R/2023-00020 发布机构 泰安市政府办公室 发文字号 泰政办字〔2022〕57号\n成文日期: | 2023-08-08 | 发布日期: | 2023-08-09 |\n正文第一行';
    const result = normaliseText(text);
    expect(result.text).toBe('正文第一行');
    expect(result.fields).toMatchObject({
      index_number: '11370900004341523R/2023-00020',
      issuer: '泰安市政府办公室',
      doc_number: '泰政办字〔2022〕57号',
      written_date: '2023-08-08',
      published_date: '2023-08-09',
    });
  });

  it('reads each field of a dateline with several labels (发布时间, 信息来源)', () => {
    const result = normaliseText('发布时间:2021-11-16 19:54:14    信息来源:某县工信局\n正文');
    expect(result.fields).toMatchObject({ published_date: '2021-11-16 19:54:14', from: '某县工信局' });
  });

  it('reads a label after any white space, a bar or a colon, and none inside a word', () => {
    // an em space, a no-break space and a colon before the labels; 新发布机构 holds one inside a word
    const result = normaliseText('索引号:A-01\u2003发布机构:某县工信局\u00a0发文字号:某政发〔2023〕3号\n作者:王芳:来源:某县融媒体中心\n新发布机构改革方案\n正文');
    expect(result.fields).toMatchObject({ index_number: 'A-01', issuer: '某县工信局', doc_number: '某政发〔2023〕3号', author: '王芳', from: '某县融媒体中心' });
    expect(result.text).toBe('新发布机构改革方案\n正文');
  });

  it('drops chrome spelled out with spaces of any kind, and keeps a long line that opens like chrome', () => {
    expect(normaliseText('扫\u2003一 扫\t在手机打开当前页\n关 闭 窗 口\n正文').text).toBe('正文');
    const long = `当前位置:${'全县新建农村公路五十公里'.repeat(15)}`;
    expect(normaliseText(`${long}\n正文`).text).toBe(`${long}\n正文`);
  });

  it('does not mistake a task sentence that mentions a label word for metadata', () => {
    const text = '5.优化创新生态。统一编号管理全县项目,推动发布机构改革。';
    expect(normaliseText(text).text).toBe(text);
  });

  it('maps every span of normalised text back to the text as written', () => {
    const original = '扫一扫在手机打开当前页\n新建基站１ ２ ０個，萬(wàn)人';
    const result = normaliseText(original);
    const start = result.text.indexOf('120');
    expect(originalSpan(original, result, start, start + 4)).toBe('１ ２ ０個');
    const wan = result.text.indexOf('万人');
    expect(originalSpan(original, result, wan, wan + 2)).toBe('萬(wàn)人');
  });
});

describe('ingest/normalise offsets in traditional script', () => {
  // pieces a traditional notice is made of: characters whose simplified form is longer or
  // shorter in UTF-16 (𡻕 → 岁, 僤 → an astral character), plain traditional characters, figures
  const pieces = ['𡻕', '僤', '𠀀', '個', '臺', '關於', '發展', '新建', '基站', '500', '12.5', '，', '。', '\n', '以上'];

  it('leads every figure back to exactly the digits written, and never to half a surrogate pair (property, fixed seed)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 80 }), (parts) => {
      const original = `這裡${parts.join('')}`;
      const result = normaliseText(original);
      if (result.script !== 'traditional') return;
      for (const match of result.text.matchAll(/\d+(\.\d+)?/g)) {
        expect(originalSpan(original, result, match.index, match.index + match[0].length)).toBe(match[0]);
      }
      for (let start = 0; start < result.text.length; start += 3) {
        const span = originalSpan(original, result, start, Math.min(result.text.length, start + 5));
        expect(span).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
      }
    }), { seed: 18, numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });
  it('keeps the cells of a table pasted with tabs apart as |, and leaves an indenting or lone tab white space', () => {
    expect(normaliseText('县区\t新建5G基站(个)\t累计(个)\n谯城区\t320\t2150').text).toBe('县区|新建5G基站(个)|累计(个)\n谯城区|320|2150');
    expect(normaliseText('\t一、总体目标\n责任单位:\t县发改局').text).toBe(' 一、总体目标\n责任单位: 县发改局');
  });
});
