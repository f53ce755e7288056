/**
 * Build the same document in the other shapes planners download: other encodings, an HTML
 * page, a Word file, a PDF, traditional script, a mirror copy with pinyin glosses. Real
 * libraries produce each variant (iconv-lite, docx, pdfkit, opencc-js).
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { existsSync } from 'node:fs';

export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export function asGb18030(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

export function asUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = iconv.encode(text, endian === 'le' ? 'utf-16le' : 'utf-16be');
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), body]) : body);
}

export function asUtf8Bom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved government page: navigation, scripts, styles, a share box, entities, paragraphs. */
export function asHtmlPage(text: string): string {
  const paragraphs = text
    .split('\n')
    .map((line) => `<p style="text-indent:2em">${escapeHtml(line).replace(/,/g, '&#44;')}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title>
<style>p { margin: 0 } .nav { color: red }</style><script>var x = "1.不是任务。(责任单位:脚本)";</script></head>
<body><div class="nav">首页 &gt; 政府文件 &gt; 正文</div><nav><a href="/">网站首页</a></nav>
<!-- 2.注释里的任务。(责任单位:注释) -->
<div class="article">${paragraphs}</div>
<div class="share">分享到：微信 微博</div><footer>主办：某某人民政府 版权所有</footer></body></html>`;
}

export async function asDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function hasCjkFont(): boolean {
  return existsSync(CJK_FONT);
}

/** A PDF with the text laid out on A4 pages: long lines wrap at the page width. */
export async function asPdf(text: string): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'A4', margin: 56 });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  pdf.font(CJK_FONT, 'NotoSansCJKsc-Regular').fontSize(10.5);
  for (const line of text.split('\n')) pdf.text(line === '' ? ' ' : line);
  pdf.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
export function asTraditional(text: string): string {
  return toTraditional(text);
}
