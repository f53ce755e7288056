import { resolveIssuerRegion, resolveMentionedRegion } from '../../src/parse/region.js';

describe('parse/region', () => {
  it('resolves the issuer to the division its name starts with, with code, level and parent', () => {
    const result = resolveIssuerRegion('滕州市人民政府办公室', '');
    expect(result).toMatchObject({ ok: true, division: { name: '滕州市', code: '370481', level: 'county_level_city', parent: '枣庄市' } });
  });

  it('takes the child when the issuer writes its parent first', () => {
    const result = resolveIssuerRegion('杭州市西湖区人民政府办公室', '');
    expect(result).toMatchObject({ ok: true, division: { name: '西湖区', code: '330106', parent: '杭州市' } });
  });

  it('reads a province-level issuer as a province', () => {
    expect(resolveIssuerRegion('山东省人民政府办公厅', '')).toMatchObject({ ok: true, division: { code: '370000', level: 'province' } });
  });

  it('tells same-named districts apart by the parent the text names, and says when it cannot', () => {
    const nanjing = resolveIssuerRegion('鼓楼区人民政府办公室', '南京市鼓楼区推进…南京市');
    expect(nanjing).toMatchObject({ ok: true, division: { code: '320106', parent: '南京市' } });
    const unknown = resolveIssuerRegion('鼓楼区人民政府办公室', '');
    expect(unknown).toMatchObject({ ok: false, code: 'ambiguous-region' });
    expect(!unknown.ok && unknown.message).toMatch(/fits several divisions/);
  });

  it('reads a short name without its suffix', () => {
    expect(resolveIssuerRegion('嘉祥县委办公室', '')).toMatchObject({ ok: true, division: { code: '370829' } });
  });

  it('says so when no division name starts the issuer', () => {
    expect(resolveIssuerRegion('某某公司', '')).toMatchObject({ ok: false, code: 'no-region' });
  });

  it('falls back to the most-mentioned division of a text', () => {
    expect(resolveMentionedRegion('罗庄区推进…罗庄区建设…临沂市')).toMatchObject({ ok: true, division: { code: '371311' } });
  });

  it('reads a page that says only 我省 and a province\'s short name as that province\'s', () => {
    expect(resolveMentionedRegion('湖北40家企业入围国家级绿色工厂。我省40家绿色工厂入选。')).toMatchObject({ ok: true, division: { name: '湖北省' } });
  });

  it('does not read a two-character county name out of a word (会议和县委, 城乡和县域)', () => {
    // 和县 is a county in Anhui; here 和 is "and" and 县委 the county's party committee
    const text = '认真落实中央经济工作会议和县委全会精神,统筹城乡和县域发展,全县生产总值增长7%。';
    expect(resolveMentionedRegion(text)).toMatchObject({ ok: false, code: 'no-region' });
    // written after its city's name it is the county
    expect(resolveMentionedRegion('马鞍山市和县推进农田建设,和县新建高标准农田')).toMatchObject({ ok: true, division: { name: '和县' } });
    // without a word of its own region the short name alone is not taken
    expect(resolveMentionedRegion('湖北40家企业入围国家级绿色工厂。')).toMatchObject({ ok: false });
  });

  it('reads a county named only by its local outlet and its short name, inside the city the page names', () => {
    // 永嘉 is 永嘉县 of 温州市: the outlet names the county, the page only its city in full
    expect(resolveMentionedRegion('永嘉新闻 温州市科技局发布排行榜。永嘉位列全市第三。')).toMatchObject({ ok: true, division: { name: '永嘉县' } });
    // a national site's name said once (光明网) is no county's
    expect(resolveMentionedRegion('来源：光明网 全国新建5G基站。')).toMatchObject({ ok: false });
  });

  it('passes over generic names (城区, 新区) that many places bear', () => {
    // 城区 three times would be ambiguous among several 城区; the one real name decides
    expect(resolveMentionedRegion('城区道路…城区管网…城区绿化…龙泉驿区召开会议')).toMatchObject({ ok: true, division: { name: '龙泉驿区' } });
  });
});
