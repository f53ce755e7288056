import iconv from 'iconv-lite';
import { decodeText } from '../../src/ingest/decode.js';
import { asGb18030, asUtf16, asUtf8Bom } from '../helpers/variants.js';

const SENTENCE = '力争全年建成5G基站100个以上，全市用水总量控制在12.24亿立方米以内。';

describe('ingest/decode', () => {
  it('reads plain UTF-8 and says so', () => {
    const result = decodeText(new Uint8Array(Buffer.from(SENTENCE, 'utf8')));
    expect(result).toMatchObject({ ok: true, text: SENTENCE, encoding: 'utf-8' });
  });

  it('reads every valid UTF-8 byte string as a strict TextDecoder does, and no invalid one as UTF-8', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    // whole and cut sequences, overlong forms, surrogates written as UTF-8, code points past U+10FFFF
    const pieces = [[0xe6, 0x96, 0xb0], [0xf0, 0x9f, 0x8c, 0xb1], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbf, 0xbe], [0xef, 0xbb, 0xbf], [0xc2, 0xa0], [0xe6, 0x96], [0x80], [0x31], [0x0a]];
    let seed = 7;
    const next = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    let valid = 0;
    for (let round = 0; round < 5000; round++) {
      const bytes: number[] = [0x31];
      for (let count = next(6); count >= 0; count--) bytes.push(...(pieces[next(pieces.length)] as number[]));
      const input = new Uint8Array(bytes);
      let expected: string | null;
      try { expected = strict.decode(input); } catch { expected = null; }
      const result = decodeText(input);
      if (expected === null) expect(result.ok && result.encoding === 'utf-8').toBe(false);
      else if (result.ok && result.encoding === 'utf-8') {
        valid++;
        expect(result.text).toBe(expected);
      }
    }
    // (most strings hold an invalid piece; a valid one may still be read as UTF-16 or binary)
    expect(valid).toBeGreaterThan(500);
  });

  it('strips a UTF-8 byte-order mark and records it', () => {
    expect(decodeText(asUtf8Bom(SENTENCE))).toMatchObject({ ok: true, text: SENTENCE, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decodeText(asUtf16(SENTENCE, 'le', true))).toMatchObject({ ok: true, text: SENTENCE, encoding: 'utf-16le-bom' });
    expect(decodeText(asUtf16(SENTENCE, 'be', true))).toMatchObject({ ok: true, text: SENTENCE, encoding: 'utf-16be-bom' });
  });

  it('recognises UTF-16 without a byte-order mark from its zero bytes when the text has ASCII', () => {
    const text = `1. Task one 任务 ${SENTENCE}\n2. Task two 100 stations`;
    expect(decodeText(asUtf16(text, 'le', false))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(asUtf16(text, 'be', false))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });

  it('recognises all-Chinese UTF-16 without a byte-order mark', () => {
    const text = '全市新建五千个基站推动绿色低碳高质量发展重点工作任务的通知各镇人民政府区政府各部门';
    expect(decodeText(asUtf16(text, 'le', false))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('falls back to GB18030 for GBK bytes with no marker, and says why', () => {
    const gbk = new Uint8Array(iconv.encode(SENTENCE, 'gbk'));
    const result = decodeText(gbk);
    expect(result).toMatchObject({ ok: true, text: SENTENCE, encoding: 'gb18030' });
    expect(result.ok && result.note).toMatch(/not valid UTF-8/);
    expect(decodeText(asGb18030(SENTENCE))).toMatchObject({ ok: true, text: SENTENCE });
  });

  it('honours a GBK charset that an HTML page declares', () => {
    const result = decodeText(asGb18030(SENTENCE), 'gb2312');
    expect(result).toMatchObject({ ok: true, text: SENTENCE, encoding: 'gb18030', note: 'declared as gb2312' });
  });

  it('reports an empty file instead of an empty document', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, code: 'empty-file' });
  });

  it('reports binary bytes (a PNG renamed .txt) as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0xff, 0x13]);
    expect(decodeText(png)).toMatchObject({ ok: false, code: 'binary-file' });
  });

  it('does not take random high bytes for GB18030 text', () => {
    const noise = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256 | 0x80);
    expect(decodeText(noise).ok).toBe(false);
  });

  it('reads Chinese UTF-16 without a byte-order mark whose few ASCII characters leave a few zero bytes', () => {
    // 3 ASCII characters in 40: too few zeros to call it UTF-16 by zeros alone
    const text = '关于印发全区重点工作任务的通知各镇人民政府全年新建基站5个改造老旧小区推动绿色低碳发展0';
    for (const endian of ['le', 'be'] as const) {
      expect(decodeText(asUtf16(text, endian, false))).toMatchObject({ ok: true, text, encoding: `utf-16${endian}` });
      expect(decodeText(asUtf16(`${SENTENCE}\n${SENTENCE}`, endian, false))).toMatchObject({ ok: true, text: `${SENTENCE}\n${SENTENCE}` });
    }
  });

  it('reads UTF-8 bytes as UTF-8 when the page declares a GBK charset they do not fit', () => {
    const result = decodeText(new Uint8Array(Buffer.from(SENTENCE, 'utf8')), 'gbk');
    expect(result).toMatchObject({ ok: true, text: SENTENCE, encoding: 'utf-8' });
    expect(result.ok && result.note).toBe('declared as gbk, but the bytes are valid UTF-8');
    // and the other way round: GBK bytes on a page that says UTF-8 are read as GBK
    expect(decodeText(new Uint8Array(iconv.encode(SENTENCE, 'gbk')), 'utf-8')).toMatchObject({ ok: true, text: SENTENCE, encoding: 'gb18030' });
  });

  it('does not call a text binary for one stray NUL among its first characters', () => {
    const bytes = Buffer.concat([Buffer.from('关于', 'utf8'), Buffer.from([0]), Buffer.from(SENTENCE, 'utf8')]);
    expect(decodeText(new Uint8Array(bytes))).toMatchObject({ ok: true, text: `关于\u0000${SENTENCE}`, encoding: 'utf-8' });
    const gbk = Buffer.concat([iconv.encode('关于', 'gbk'), Buffer.from([0]), iconv.encode(SENTENCE, 'gbk')]);
    expect(decodeText(new Uint8Array(gbk))).toMatchObject({ ok: true, text: `关于\u0000${SENTENCE}`, encoding: 'gb18030' });
    // many NULs are still binary
    const many = Buffer.concat([Buffer.from(SENTENCE, 'utf8'), Buffer.alloc(8), Buffer.from(SENTENCE, 'utf8')]);
    expect(decodeText(new Uint8Array(many))).toMatchObject({ ok: false, code: 'binary-file' });
  });
});
