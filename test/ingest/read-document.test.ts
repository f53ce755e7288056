import { createHash } from 'node:crypto';
import { readDocument } from '../../src/ingest/index.js';
import { asDocx, asGb18030 } from '../helpers/variants.js';

const NOTICE = '德清县人民政府办公室关于印发2023年工作要点的通知\n1.新建5G基站300个以上。';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('ingest/read-document', () => {
  it('keys a document by the first 16 hex digits of its bytes\' SHA-256 and keeps the text as written beside the normalised one', async () => {
    const bytes = utf8(`${NOTICE.replace('300', '３００')}\n`);
    const outcome = await readDocument('a.txt', 'txt', bytes);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.document.docId).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
    expect(outcome.document).toMatchObject({ source: 'a.txt', format: 'txt', encoding: 'utf-8', bytes: bytes.length, script: 'simplified' });
    // full-width digits folded in the text the stages read, kept in the original
    expect(outcome.document.text).toContain('新建5G基站300个以上。');
    expect(outcome.document.original).toContain('３００');
  });

  it('reads the same text in GB 18030 and says which encoding it found', async () => {
    const outcome = await readDocument('b.txt', 'txt', asGb18030(NOTICE));
    expect(outcome.ok && [outcome.document.encoding, outcome.document.text.includes('新建5G基站300个以上')]).toEqual(['gb18030', true]);
  });

  it('takes the text of a web page without its tags, and of a Word document', async () => {
    const page = await readDocument('c.html', 'html', utf8(`<html><head><meta charset="utf-8"><title>t</title></head><body><p>${NOTICE.replace('\n', '</p><p>')}</p></body></html>`));
    expect(page.ok && page.document.text.includes('1.新建5G基站300个以上。')).toBe(true);
    expect(page.ok && page.document.text.includes('<p>')).toBe(false);
    const word = await readDocument('d.docx', 'docx', await asDocx(NOTICE));
    expect(word.ok && [word.document.encoding, word.document.text]).toEqual(['docx', NOTICE]);
  });

  it('says why a file gives no document, without throwing', async () => {
    expect(await readDocument('e.docx', 'docx', new Uint8Array(0))).toMatchObject({ ok: false, code: 'empty-file', message: 'the file is empty' });
    expect(await readDocument('f.docx', 'docx', utf8('plain text, not a zip'))).toMatchObject({ ok: false, code: 'corrupt-file' });
    expect(await readDocument('g.txt', 'txt', utf8('  \n\n  '))).toMatchObject({ ok: false, code: 'no-text', message: 'no text found in this txt file (a scan without a text layer?)' });
  });
});
