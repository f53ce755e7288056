import { docxToText, pdfToText, reflowPdfLines } from '../../src/ingest/index.js';
import { asDocx, asPdf, hasCjkFont } from '../helpers/variants.js';

/** Eighteen characters of a task, repeated to make lines of known width (CJK characters count 1, ASCII ½). */
const PHRASE = '加快建设新型基础设施推进数字经济发展';

describe('ingest/containers', () => {
  it('reads a Word document one line per paragraph, empty paragraphs dropped', async () => {
    const docx = await asDocx('一、总体要求\n\n1.完善体系。新建5G基站100个。\n\n\n2.下一项。');
    expect(await docxToText(docx)).toBe('一、总体要求\n1.完善体系。新建5G基站100个。\n2.下一项。');
  });

  it('rejects bytes that are no Word document', async () => {
    await expect(docxToText(new TextEncoder().encode('not a zip file at all'))).rejects.toThrow();
  });

  it('joins a line the page width broke to the next, and keeps lines that end a sentence or start a block', () => {
    const full = `1.${PHRASE}${PHRASE}`; // as wide as the widest lines: wrapped
    expect(reflowPdfLines(`${full}\n新建5G基站100个。\n${full}\n2.下一项。\n${full}。\n接着一句。`))
      .toBe(`${full}新建5G基站100个。\n${full}\n2.下一项。\n${full}。\n接着一句。`);
  });

  it('keeps a short line (a heading, a signature) as it is, and one blank line between blocks', () => {
    const full = `${PHRASE}${PHRASE}`;
    expect(reflowPdfLines(`一、总体要求\n${full}\n${full}。\n\n\n某县人民政府\n2023年3月10日`))
      .toBe(`一、总体要求\n${full}${full}。\n\n某县人民政府\n2023年3月10日`);
  });

  it('puts a space where a wrap split two words of Latin letters', () => {
    const latin = `${'abcdefghij'.repeat(8)}`;
    expect(reflowPdfLines(`${latin}\nword after。\n${latin}。`)).toBe(`${latin} word after。\n${latin}。`);
  });

  it('reads the text layer of a PDF with the page width\'s wraps joined back', async () => {
    if (!hasCjkFont()) throw new Error('missing the Noto CJK font: install the Debian package fonts-noto-cjk (npm test does this when run as root)');
    const long = `1.${PHRASE.repeat(4)}。`; // 75 characters: wider than an A4 line at 10.5 pt (about 46)
    expect(await pdfToText(await asPdf(`${long}\n2.下一项。`))).toBe(`${long}\n2.下一项。`);
  }, 30_000);
});
