import { declaredCharset, htmlToText } from '../../src/ingest/html.js';

describe('ingest/html', () => {
  it('keeps paragraphs as lines and drops scripts, styles and comments', () => {
    const html = '<html><head><style>p{color:red}</style><script>alert("1.假任务")</script></head><body><!-- 注释 --><p>1.完善体系。</p><p>2.新建基站<b>100</b>个。</p></body></html>';
    expect(htmlToText(html)).toBe('1.完善体系。\n2.新建基站100个。');
  });

  it('decodes named and numeric character entities', () => {
    expect(htmlToText('<p>A&amp;B&nbsp;&#x4E07;&#19975;&lt;&gt;&quot;</p>')).toBe('A&B\u00a0万万<>"');
  });

  it('drops navigation, headers, footers and elements whose class marks them as site chrome', () => {
    const html = '<nav>首页</nav><div class="breadcrumb">位置</div><div id="share-box">分享</div><header>标题栏</header><div class="content"><p>正文</p></div><footer>版权</footer>';
    expect(htmlToText(html)).toBe('正文');
  });

  it('separates table cells so a metadata table stays readable', () => {
    expect(htmlToText('<table><tr><td>发文字号:</td><td>泰政办字〔2022〕57号</td></tr></table>')).toBe('发文字号: | 泰政办字〔2022〕57号');
  });

  it('turns <br> into line breaks and survives unclosed tags', () => {
    expect(htmlToText('<div>一、总体要求<br>1.第一项。<p>2.第二项。<div>3.第三项。')).toBe('一、总体要求\n1.第一项。\n2.第二项。\n3.第三项。');
  });

  it('reads the charset a page declares', () => {
    expect(declaredCharset(new Uint8Array(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')))).toBe('gb2312');
    expect(declaredCharset(new Uint8Array(Buffer.from('<meta charset="utf-8">')))).toBe('utf-8');
    expect(declaredCharset(new Uint8Array(Buffer.from('<p>no meta</p>')))).toBeUndefined();
  });
});
