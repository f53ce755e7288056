import { FURNITURE_LINES, METADATA_LABELS } from '../../src/catalogue/furniture.js';

/** Whether a line is site chrome, as normalise applies the patterns: spaces removed, the whole line matched. */
const isFurniture = (line: string): boolean => FURNITURE_LINES.some((pattern) => pattern.test(line.replace(/\s+/g, '')));

describe('catalogue/furniture', () => {
  it('knows the chrome of a government page: breadcrumbs, print and close links, share bars, page numbers (a bare number on its own line too), footers', () => {
    for (const line of ['您现在的位置：首页 > 政务公开', '首页 > 政务公开 > 正文', '【打印本页】【关闭窗口】', '扫一扫在手机打开当前页', '分享到：微信 微博', '字号：大 中 小', '- 3 -', '12', '第2页,共5页', '主办：某县人民政府', '上一篇：关于开展安全检查的通知', '---|---|---']) {
      expect({ line, furniture: isFurniture(line) }).toEqual({ line, furniture: true });
    }
  });

  it('leaves the document\'s own lines alone', () => {
    for (const line of ['1.新建5G基站100个以上。（牵头单位：县经信局）', '一、加快数字基础设施建设', '德清县人民政府办公室', '2023年3月10日', '3.5', '首页设计大赛获奖名单公布']) {
      expect({ line, furniture: isFurniture(line) }).toEqual({ line, furniture: false });
    }
  });

  it('maps each metadata label once, several labels to one field where pages differ', () => {
    const labels = METADATA_LABELS.map(([label]) => label);
    expect(new Set(labels).size).toBe(labels.length);
    const fieldOf = new Map<string, string>(METADATA_LABELS.map(([label, field]) => [label, field]));
    expect(['发布机构', '发文机关', '发文单位'].map((label) => fieldOf.get(label))).toEqual(['issuer', 'issuer', 'issuer']);
    expect(['发文字号', '文号'].map((label) => fieldOf.get(label))).toEqual(['doc_number', 'doc_number']);
    expect(fieldOf.get('成文日期')).toBe('written_date');
  });
});
