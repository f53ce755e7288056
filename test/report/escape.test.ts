import { encodePath, escapeHtml, externalHref, html, jsonForScript, link, regionSlug, safeFileName, table, trusted } from '../../src/report/index.js';

describe('report/escape and report/html', () => {
  it('escapes the five HTML metacharacters and nothing else', () => {
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml("a & 'b'")).toBe('a &amp; &#39;b&#39;');
    expect(escapeHtml('控制在3.05亿立方米以内')).toBe('控制在3.05亿立方米以内');
  });

  it('writes JSON that cannot close a script element and reads back unchanged', () => {
    const value = { evidence: '</script><script>alert(1)</script><!-- & \u2028 \u2029' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('links only to http(s) URLs from data', () => {
    expect(externalHref('http://t.cn/R9IrAt7')).toBe('http://t.cn/R9IrAt7');
    expect(externalHref('javascript:alert(1)')).toBeNull();
    expect(externalHref('https://x.org/a"onmouseover="alert(1)')).toBeNull();
    expect(externalHref(null)).toBeNull();
  });

  it('escapes every interpolated string in templates, but not trusted markup', () => {
    expect(html`<td>${'<b>'}</td>`.value).toBe('<td>&lt;b&gt;</td>');
    expect(html`<td title="${'" onclick="x'}"></td>`.value).toBe('<td title="&quot; onclick=&quot;x"></td>');
    expect(html`${trusted('<svg></svg>')}`.value).toBe('<svg></svg>');
    expect(html`<ul>${['a', null, 2].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li></li><li>2</li></ul>');
    expect(table(['地区'], [['<i>']]).value).toBe('<table><thead><tr><th>地区</th></tr></thead><tbody><tr><td>&lt;i&gt;</td></tr></tbody></table>');
  });

  it('encodes relative link targets per path segment and keeps the fragment', () => {
    expect(encodePath('../sources/a b/"x".txt#task-3')).toBe('../sources/a%20b/%22x%22.txt#task-3');
    expect(link('sources/x.html', '<原文>').value).toBe('<a href="sources/x.html">&lt;原文&gt;</a>');
  });

  it('makes file names from documents safe inside the report folder', () => {
    expect(safeFileName('../一份 "文件".txt')).toBe('.._一份__文件_.txt');
    expect(safeFileName('..')).toBe('document');
    expect(safeFileName('000_d341896d7292a1e4.txt')).toBe('000_d341896d7292a1e4.txt');
    expect(regionSlug({ region: '台儿庄区', region_code: '370405' })).toBe('370405');
    expect(regionSlug({ region: '某县<script>', region_code: '' })).toMatch(/^r-[0-9a-f]{10}$/);
  });
});
