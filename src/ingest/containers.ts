import { zipSync } from 'fflate';
import { checkPdfInflation, unzipWithinLimits, DEFAULT_INFLATE_LIMITS, type InflateLimits } from './inflate-limits.js';

// the container libraries load on first use: most runs read plain text only

/**
 * The text of a .docx file: one line per paragraph (Word's own paragraphs), tables cell by cell.
 * Rejects with the library's message when the file is not a readable Word document, and with
 * `InflateLimitError` before parsing when its parts would inflate past `limits`.
 *
 * @example
 * await docxToText(bytesOfADocxWithTwoParagraphs) // → '一、总体要求\n1.完善体系。'
 */
export async function docxToText(bytes: Uint8Array, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): Promise<string> {
  // the reader gets only what was inflated and counted here, stored again without compression
  const entries = unzipWithinLimits(bytes, limits);
  const mammoth = (await import('mammoth')).default;
  const result = await mammoth.extractRawText({ buffer: Buffer.from(zipSync(entries, { level: 0 })) });
  return result.value.replace(/\n{2,}/g, '\n').trim();
}

/**
 * The text layer of a PDF, page by page, with lines that the page width wrapped joined back
 * into paragraphs (see `reflowPdfLines`). A PDF without a text layer (a scan) gives ''.
 * Rejects with `InflateLimitError` before parsing when its streams would inflate past `limits`.
 *
 * @example
 * await pdfToText(bytesOfATextPdf) // → '1.完善实验室体系。新建5G基站100个。'
 */
export async function pdfToText(bytes: Uint8Array, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): Promise<string> {
  checkPdfInflation(bytes, limits);
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = Array.isArray(text) ? text : [text];
    return reflowPdfLines(pages.join('\n'));
  } finally {
    await pdf.destroy();
  }
}

/** A line that starts a new block: a numbered task or section, a list mark, a date or signature. */
const BLOCK_START = /^\s*(\d{4}年\d{1,2}月\d{1,2}日\s*$|\d{1,3}\s*[.．、]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节条部]|[-•·]\s)/;
/** A line that ends a paragraph: sentence-final punctuation or a closing bracket. */
const PARAGRAPH_END = /[。！!？?:：)）」』】”]\s*$/;

/** Display width of a line: CJK characters count 1, ASCII half. */
function width(line: string): number {
  let total = 0;
  for (const ch of line) total += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return total;
}

/**
 * Join the lines that a PDF's page width broke. A line is glued to the next only when it is
 * nearly as wide as the page's text column (so it was wrapped, not ended), does not end a
 * sentence, and the next line does not start a new block (a task number, a heading, a date).
 * Chinese needs no space at the join.
 *
 * @example
 * reflowPdfLines('1.新建5G基站一批新建5G基站一批新建5G基站1\n00个以上。\n2.下一项。')
 * // → '1.新建5G基站一批新建5G基站一批新建5G基站100个以上。\n2.下一项。'
 */
export function reflowPdfLines(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const widths = lines.filter((line) => line !== '').map(width).sort((a, b) => a - b);
  // the text column: the width most full lines reach (90th percentile)
  const column = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const out: string[] = [];
  let previousWrapped = false;
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (line === '') {
      if (previous !== undefined && previous !== '') out.push('');
      previousWrapped = false;
      continue;
    }
    if (previous !== undefined && previousWrapped && !BLOCK_START.test(line)) {
      const joiner = /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z]/.test(line) ? ' ' : '';
      out[out.length - 1] = previous + joiner + line;
    } else {
      out.push(line);
    }
    previousWrapped = width(line) >= column * 0.85 && !PARAGRAPH_END.test(line);
  }
  return out.join('\n').trim();
}
