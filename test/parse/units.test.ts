import fc from 'fast-check';
import { findUnitsBracket, splitUnits } from '../../src/parse/units.js';

describe('splitUnits', () => {
  it.each([
    ['labelled lead and participating units', '牵头单位:区工信局、区发改局;参与单位:各产业专班', ['区工信局', '区发改局'], ['各产业专班']],
    ['an item ending in a joining verb is participating, the verb dropped', '区工信局牵头,区财政局配合', ['区工信局'], ['区财政局']],
    ['a joining verb with 落实 or 实施 after it', '区发改局牵头、区住建局配合落实、区水务局协同实施', ['区发改局'], ['区住建局', '区水务局']],
    ['落实 alone is part of the name, not a verb', '区督查落实', ['区督查落实'], []],
    ['duty phrases and a trailing 等 dropped', '区委办公室、区政府办公室等按职责分工负责', ['区委办公室', '区政府办公室'], []],
    ['牵头负责 marks a lead unit', '责任单位:区教体局牵头负责', ['区教体局'], []],
    ['colons, full stops and spaces around items', '责任单位: 区科技局。 ; 配合单位:：区财政局 .', ['区科技局'], ['区财政局']],
    ['every separator: 、 , ， ; ；', '责任单位:区甲局、区乙局,区丙局，区丁局;区戊局；区己局', ['区甲局', '区乙局', '区丙局', '区丁局', '区戊局', '区己局'], []],
    ['a colon or full stop inside a name is kept', '责任单位:区信息.中心、区A:B办', ['区信息.中心', '区A:B办'], []],
  ])('%s', (_, content, lead, participating) => {
    expect(splitUnits(content)).toEqual({ lead, participating });
  });
});

describe('findUnitsBracket', () => {
  it('finds the trailing bracket of units, labelled or a list of unit names', () => {
    expect(findUnitsBracket('新建基站100个。(责任单位:区工信局)')).toEqual({ content: '责任单位:区工信局', start: 9 });
    expect(findUnitsBracket('推进改造。(区住建局、区财政局按职责分工负责)')?.content).toBe('区住建局、区财政局按职责分工负责');
    expect(findUnitsBracket('新建公路10公里(含改建)。')).toBeNull();
    // full stops, semicolons and spaces may follow the bracket; nothing else may
    expect(findUnitsBracket('推进改造。（责任单位：区住建局）。; \n')?.content).toBe('责任单位：区住建局');
    expect(findUnitsBracket('推进改造。(责任单位:区住建局)等')).toBeNull();
    expect(findUnitsBracket(')')).toBeNull();
    expect(findUnitsBracket('')).toBeNull();
  });

  it('finds what the bracket pattern alone finds, on any text of brackets, marks and names', () => {
    const pattern = /[（(]((?:[^()（）]|[（(][^()（）]*[)）])*)[)）][。.;；\s]*$/;
    const piece = fc.constantFrom('(', ')', '（', '）', '。', ';', ' ', '\n', '、', '责任单位:', '区工信局', '局', '新建', '100个');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join('')), (text) => {
      const found = findUnitsBracket(text);
      const match = pattern.exec(text);
      if (match === null) expect(found).toBeNull();
      else if (found !== null) expect(found).toEqual({ content: (match[1] ?? '').trim(), start: match.index });
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });
});
