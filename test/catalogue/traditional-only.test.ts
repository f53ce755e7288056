import * as OpenCC from 'opencc-js';
import { TRADITIONAL_ONLY } from '../../src/catalogue/traditional-only.js';

describe('traditional-only characters', () => {
  it('are exactly the ideographs OpenCC changes from Taiwan and Hong Kong forms to mainland ones', () => {
    const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const block: string[] = [];
    for (let code = 0x4e00; code <= 0x9fff; code++) block.push(String.fromCharCode(code));
    const converted = fromHongKong(fromTaiwan(block.join('\n'))).split('\n');
    expect(TRADITIONAL_ONLY).toBe(block.filter((character, index) => converted[index] !== character).join(''));
  });

  it('hold the forms every reader knows, and none of their simplified counterparts', () => {
    for (const character of '們國區縣資經濟發會數據') expect(TRADITIONAL_ONLY).toContain(character);
    for (const character of '们国区县资经济发会数据') expect(TRADITIONAL_ONLY).not.toContain(character);
  });
});
