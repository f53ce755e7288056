import { encodePath, escapeHtml, externalHref, html, jsonForScript, link, regionSlug, safeFileName, table, trusted } from '../../src/report/index.js';
import { CHUNKED_TABLE_ROWS_MIN, TABLE_CHUNK_ROWS } from '../../src/report/html.js';

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

  it('writes a table of more than 1,000 rows as chunks of 250, each with the header and the class, every row once in order', () => {
    expect([CHUNKED_TABLE_ROWS_MIN, TABLE_CHUNK_ROWS]).toEqual([1000, 250]);
    const rows = Array.from({ length: 1001 }, (_, index) => [`地区${index}`, index]);
    const markup = table(['地区', '数值'], rows, 'denominators').value;
    expect(markup.startsWith('<div class="table-chunks"><div class="chunk"><table class="denominators"><thead><tr><th>地区</th><th>数值</th></tr></thead><tbody><tr><td>地区0</td>')).toBe(true);
    expect(markup.match(/<div class="chunk"><table class="denominators"><thead>/g)).toHaveLength(5);
    const cells = [...markup.matchAll(/<tr><td>地区(\d+)<\/td>/g)].map((match) => Number(match[1]));
    expect(cells).toEqual(rows.map((_, index) => index));
    // at the limit, one table as before
    expect(table(['地区'], rows.slice(0, 1000).map((row) => [row[0]])).value).toMatch(/^<table><thead>.*<\/table>$/s);
  });
});
