import { isWhiteSpace } from '../../src/ingest/white-space.js';

describe('ingest/white-space', () => {
  it('answers as \\s does for every UTF-16 unit', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('counts the ideographic space and U+FEFF as white space, an ideograph and a full-width colon not', () => {
    expect([0x3000, 0xfeff, 0x2003, 0x65b0, 0xff1a, 0x200b].map(isWhiteSpace)).toEqual([true, true, true, false, false, false]);
  });
});
