import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkPdfInflation, unzipWithinLimits, DEFAULT_INFLATE_LIMITS, InflateLimitError } from '../../src/ingest/inflate-limits.js';
import { docxToText } from '../../src/ingest/containers.js';
import { ingest } from '../../src/ingest/ingest.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { asDocx } from '../helpers/variants.js';
import { SEEDS_DIR, SEED_FILES } from '../helpers/seeds.js';

const MB = 1024 * 1024;

/** A real Word document whose body XML is padded with white space until it inflates to `bytes`. */
async function docxBomb(bytes: number): Promise<Uint8Array> {
  const parts = unzipSync(await asDocx('新建5G基站100个。'));
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  const padded = new Uint8Array(bytes);
  padded.fill(0x20);
  padded.set(strToU8(xml));
  return zipSync({ ...parts, 'word/document.xml': padded }, { level: 9 });
}

/** A one-page PDF written by hand whose streams are given as [dictionary entries, data]. */
function pdfWith(streams: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n', 'latin1')];
  streams.forEach(([entries, data], index) => {
    chunks.push(Buffer.from(`${index + 4} 0 obj << ${entries} /Length ${data.length} >>\nstream\n`, 'latin1'), Buffer.from(data), Buffer.from('\nendstream\nendobj\n', 'latin1'));
  });
  chunks.push(Buffer.from('trailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

const spaces = (bytes: number): Uint8Array => new Uint8Array(bytes).fill(0x20);

describe('ingest/inflate-limits', () => {
  it('lets a real Word document through and refuses one whose parts inflate past the limit', async () => {
    const docx = await asDocx('新建5G基站100个。');
    expect(() => unzipWithinLimits(docx)).not.toThrow();
    // the same document under a limit smaller than its own XML
    expect(() => unzipWithinLimits(docx, { maxInflatedBytes: 200, maxXmlBytes: MB, maxEntries: 100 })).toThrow(InflateLimitError);
    expect(() => unzipWithinLimits(docx, { ...DEFAULT_INFLATE_LIMITS, maxEntries: 2 })).toThrow(/entries, over the limit of 2/);
    await expect(docxToText(await docxBomb(2 * MB), { maxInflatedBytes: MB, maxXmlBytes: 4 * MB, maxEntries: 100 })).rejects.toThrow('expands to more than 1 MB');
  });

  it('holds the XML a Word reader parses to a limit of its own, images only to the limit of all parts', async () => {
    const parts = unzipSync(await asDocx('新建5G基站100个。'));
    const withPicture = zipSync({ ...parts, 'word/media/image1.png': new Uint8Array(3 * MB) }, { level: 6 });
    const limits = { maxInflatedBytes: 4 * MB, maxXmlBytes: MB, maxEntries: 100 };
    expect(Object.keys(unzipWithinLimits(withPicture, limits))).toContain('word/media/image1.png');
    expect(await docxToText(withPicture, limits)).toBe('新建5G基站100个。');
    expect(() => unzipWithinLimits(withPicture, { ...limits, maxInflatedBytes: 2 * MB })).toThrow('expands to more than 2 MB');
    const bomb = await docxBomb(2 * MB);
    expect(() => unzipWithinLimits(bomb, limits)).toThrow('holds more than 1 MB of XML');
  });

  it('counts inflated bytes, not the sizes the zip claims', async () => {
    const bomb = await docxBomb(2 * MB);
    // write 1 KB as every entry's uncompressed size in the central directory: the check must not believe it
    const view = Buffer.from(bomb);
    for (let at = 0; at < view.length - 4; at++) if (view.readUInt32LE(at) === 0x02014b50) view.writeUInt32LE(1024, at + 24);
    expect(() => unzipWithinLimits(view, { maxInflatedBytes: MB, maxXmlBytes: 4 * MB, maxEntries: 100 })).toThrow(InflateLimitError);
  });

  it('finds the directory wherever the Word reader would: after bytes prepended to the archive, before a long tail', async () => {
    const bomb = await docxBomb(2 * MB);
    const limits = { maxInflatedBytes: MB, maxXmlBytes: 4 * MB, maxEntries: 100 };
    const prepended = Buffer.concat([Buffer.alloc(5000, 0x4d), bomb]);
    expect(() => unzipWithinLimits(prepended, limits)).toThrow(InflateLimitError);
    const tailed = Buffer.concat([bomb, Buffer.alloc(100_000)]);
    expect(() => unzipWithinLimits(tailed, limits)).toThrow(InflateLimitError);
    // and a document read through them gives its text, with or without the prepended bytes
    const docx = await asDocx('新建5G基站100个。');
    expect(await docxToText(Buffer.concat([Buffer.alloc(5000, 0x4d), docx]))).toBe('新建5G基站100个。');
    expect(await docxToText(docx)).toBe('新建5G基站100个。');
  });

  it('refuses a zip whose directory it cannot follow as corrupt, not as a bomb', () => {
    expect(() => unzipWithinLimits(new Uint8Array(1000))).toThrow('corrupt zip: no end of central directory');
  });

  it('refuses a PDF whose streams inflate past the limit, counting twice-compressed streams at both levels and images', () => {
    const content = deflateSync(spaces(2 * MB));
    expect(content.length).toBeLessThan(10_000);
    const limits = { maxInflatedBytes: MB, maxXmlBytes: 4 * MB, maxEntries: 100 };
    expect(() => checkPdfInflation(pdfWith([['/Filter /FlateDecode', content]]), limits)).toThrow('expands to more than 1 MB');
    // compressed twice: the outer layer is small, the inner one is the bomb
    expect(() => checkPdfInflation(pdfWith([['/Filter [/FlateDecode /FlateDecode]', deflateSync(content)]]), limits)).toThrow(InflateLimitError);
    expect(() => checkPdfInflation(pdfWith([['/Filter /FlateDecode', deflateSync(spaces(MB / 2))]]), limits)).not.toThrow();
    // a stream that calls itself an image may still be a page's content: it counts too
    expect(() => checkPdfInflation(pdfWith([['/Type /XObject /Subtype /Image /Width 2048 /Height 1024 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode', content]]), limits)).toThrow(InflateLimitError);
    // filter names written with # escapes, and a stream keyword ending its line with a lone CR
    expect(() => checkPdfInflation(pdfWith([['/Filter /Fl#61te#44ecode', content]]), limits)).toThrow(InflateLimitError);
    const loneCr = Buffer.from(pdfWith([['/Filter /FlateDecode', content]])).toString('latin1').replace('>>\nstream\n', '>>\nstream\r');
    expect(() => checkPdfInflation(Buffer.from(loneCr, 'latin1'), limits)).toThrow(InflateLimitError);
  });

  it('fails a Word and a PDF bomb alone, just over the default limit, and reads the files beside them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-bombs-'));
    copyFileSync(join(SEEDS_DIR, SEED_FILES.滕州市), join(folder, 'a.txt'));
    writeFileSync(join(folder, 'bomb.docx'), await docxBomb(DEFAULT_INFLATE_LIMITS.maxXmlBytes + MB));
    writeFileSync(join(folder, 'bomb.pdf'), pdfWith([['/Filter /FlateDecode', deflateSync(spaces(DEFAULT_INFLATE_LIMITS.maxInflatedBytes + MB), { level: 9 })]]));
    writeFileSync(join(folder, 'good.docx'), await asDocx('关于印发重点工作任务的通知\n新建5G基站100个。'));
    const result = await ingest([folder], nodeEffects());
    const outcome = (name: string) => result.inputs.find((input) => input.source.endsWith(name));
    expect(outcome('bomb.docx')).toMatchObject({ outcome: 'failed', message: 'docx file refused before reading: it holds more than 16 MB of XML once decompressed (a decompression bomb?)' });
    expect(outcome('bomb.pdf')).toMatchObject({ outcome: 'failed', message: 'pdf file refused before reading: it expands to more than 64 MB once decompressed (a decompression bomb?)' });
    expect(result.diagnostics.find((row) => row.source.endsWith('bomb.docx'))?.code).toBe('expands-too-much');
    expect(result.documents.map((document) => document.source.split('/').pop())).toEqual(['a.txt', 'good.docx']);
    rmSync(folder, { recursive: true });
  });
});
