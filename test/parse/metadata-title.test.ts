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
