import { readMetadata } from '../../src/parse/metadata.js';

describe('parse/metadata title of a page without one', () => {
  it('takes no sentence of the body for a title (and so no plan year from it)', () => {
    const metadata = readMetadata('自2021年启动改造以来,全区已累计改造老旧小区16个。\n2022年改造老旧小区5个。', {}, '');
    expect(metadata.title).not.toContain('累计改造');
    expect(metadata.planYear).toBeNull();
  });

  it('still takes a short first line that ends no sentence', () => {
    expect(readMetadata('青山县2023年老旧小区改造工作总结\n全年改造老旧小区5个。', {}, '')).toMatchObject({ title: '青山县2023年老旧小区改造工作总结', planYear: 2023 });
  });
});

describe('parse/metadata region of a page whose title is no issuer', () => {
  it('asks the text\'s own names when the title fits several divisions', () => {
    // 新华社记者… is a byline, not 新华区 (of which there are several)
    const metadata = readMetadata('新华社记者 王明 摄\n宁波市江北区今年改造老旧小区30个。', {}, '');
    expect(metadata.region).toMatchObject({ ok: true, division: { name: '江北区', parent: '宁波市' } });
  });
});
