import fc from 'fast-check';
import { isMasked, maskedSpans } from '../../src/quantities/masks.js';

describe('maskedSpans', () => {
  it.each([
    ['a short slogan in quotes, marks included', '建成“5+3”体系', [2, 6]],
    ['a title with a title inside it, as one span', '《关于〈2023年〉的通知》印发', [0, 13]],
    ['nothing in a quoted phrase longer than a slogan (13 characters)', '“一二三四五六七八九十一二三”', []],
    ['nothing for a quote left open', '“1+1”\n“2', [0, 4]],
    ['straight quotes, paired in order', '"5+3" and "10"', [0, 4, 10, 13]],
    ['nothing for a title broken by a line end', '《标题\n》', []],
    ['nothing in plain text', '新建5G基站100个', []],
    ['a web address up to the first non-ASCII character', '见http://a.cn/q?x=5%25查询', [1, 20]],
    ['an idiom whose numerals read like figures, each time it is written', '历经一波三折，又一波三折', [2, 5, 8, 11]],
    ['a www. address inside an https:// one, once', '网址https://www.b.gov.cn/2023 ', [2, 26]],
    ['corner brackets and single quotes as quotes', '『5+3』和‘八抓20条’', [0, 4, 6, 12]],
    ['a quote that is the whole text, marks at both ends', '“5”', [0, 2]],
    ['nothing for a title broken by a carriage return', '《标题\r》', []],
    ['an idiom before a title, in text order though found after it', '一波三折的《规划》', [0, 3, 5, 8]],
  ])('%s', (_, text, spans) => {
    expect(maskedSpans(text)).toEqual(spans);
  });

  it('gives sorted, separate spans, and isMasked answers as the spans say', () => {
    const piece = fc.constantFrom('《', '》', '〈', '〉', '“', '”', '"', '「', '」', '\n', '5', '个', '基站', '1+3');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const spans = maskedSpans(text);
      for (let k = 2; k < spans.length; k += 2) expect(spans[k] as number).toBeGreaterThan((spans[k - 1] as number) + 1);
      for (let offset = 0; offset < text.length; offset++) {
        let inside = false;
        for (let k = 0; k < spans.length; k += 2) if (offset >= (spans[k] as number) && offset <= (spans[k + 1] as number)) inside = true;
        expect(isMasked(spans, offset)).toBe(inside);
      }
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });
});
