import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';

/**
 * The text of a .docx file: one line per paragraph (Word's own paragraphs), tables cell by cell.
 * Rejects with the library's message when the file is not a readable Word document.
 *
 * @example
 * await docxToText(bytesOfADocxWithTwoParagraphs) // → '一、总体要求\n1.完善体系。'
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value.replace(/\n{2,}/g, '\n').trim();
}

/**
 * The text layer of a PDF, page by page, with lines that the page width wrapped joined back
 * into paragraphs (see `reflowPdfLines`). A PDF without a text layer (a scan) gives ''.
 *
 * @example
 * await pdfToText(bytesOfATextPdf) // → '1.完善实验室体系。新建5G基站100个。'
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
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
const PARAGRAPH_END = /[。；;！!？?:：)）」』】”]\s*$/;

/**
 * Join the lines that a PDF's page width broke: a line is glued to the previous one unless the
 * previous ended a paragraph or this one starts a new block. Chinese needs no space at the join.
 *
 * @example
 * reflowPdfLines('1.新建5G基站1\n00个以上。\n2.下一项。') // → '1.新建5G基站100个以上。\n2.下一项。'
 */
export function reflowPdfLines(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    const previous = out[out.length - 1];
    if (line.trim() === '') {
      if (previous !== undefined && previous !== '') out.push('');
      continue;
    }
    if (previous !== undefined && previous !== '' && !PARAGRAPH_END.test(previous) && !BLOCK_START.test(line)) {
      const joiner = /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z]/.test(line.trim()) ? ' ' : '';
      out[out.length - 1] = previous + joiner + line.trim();
    } else {
      out.push(line.trim());
    }
  }
  return out.join('\n').trim();
}
