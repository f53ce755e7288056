import { resolveIssuerRegion, resolveMentionedRegion, resolveTownship } from '../../src/parse/region.js';
import { DIVISIONS_BY_NAME } from '../../src/catalogue/divisions.js';

describe('parse/region', () => {
  it('reads a page that says 我市 or 我省 and a short name several divisions share as the one of that level (淮安: 淮安市, not 淮安区)', () => {
    const city = resolveMentionedRegion('淮安日报\n记者日前从市工信局了解到,今年以来,我市新建5G基站1286个。');
    expect(city.ok && city.division.name).toBe('淮安市');
    const province = resolveMentionedRegion('吉林日报\n今年以来,我省新建5G基站1.2万个。');
    expect(province.ok && province.division.name).toBe('吉林省');
  });

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

  it('reads a page that goes through three or more of a city\'s districts, none of them most of it, as the city\'s', () => {
    const ranking = '全市新增高新技术企业120家。排名前三位的区是南开区(30家)、河西区(25家)、河东区(20家);南开区、河西区分列一二位。';
    expect(resolveMentionedRegion(ranking)).toMatchObject({ ok: true, division: { name: '天津市' } });
    // a district's own page that names its neighbours once each stays the district's
    const own = '南开区推进科技创新,南开区新增高新技术企业30家,南开区与河西区、河东区、和平区合作。';
    expect(resolveMentionedRegion(own)).toMatchObject({ ok: true, division: { name: '南开区' } });
  });

  it('reads a page that says only 我省 and a province\'s short name as that province\'s', () => {
    expect(resolveMentionedRegion('湖北40家企业入围国家级绿色工厂。我省40家绿色工厂入选。')).toMatchObject({ ok: true, division: { name: '湖北省' } });
    // a municipality is a province that says 我市
    expect(resolveMentionedRegion('重庆今年计划培育绿色工厂50家。我市将增补完善绿色工厂培育库。')).toMatchObject({ ok: true, division: { name: '重庆市' } });
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

  describe('resolveTownship', () => {
    const county = DIVISIONS_BY_NAME.get('南陵县')?.[0] ?? null;

    it('takes the township a page\'s title opens with, under the county it names', () => {
      const text = '许镇镇造林工作总结\n根据南陵县造林工作要求,许镇镇组织技术力量开展自查。全年许镇镇完成人工造林800亩。';
      expect(resolveTownship('许镇镇造林工作总结', text, county)).toMatchObject({ name: '许镇镇', code: '', level: 'township', parent: '南陵县', parentCode: county?.code });
    });

    it('takes a township a page speaks of as itself (全镇), or names more often than its county', () => {
      expect(resolveTownship('造林情况', '南陵县家发镇今年造林。家发镇完成造林500亩,全镇计划明年再造林300亩。', county)?.name).toBe('家发镇');
    });

    it('leaves a county\'s page that names a township in passing to the county', () => {
      // a meeting held in a township; the page speaks of 我县
      expect(resolveTownship('春耕现场会', '全县春耕现场会在弋江镇召开。弋江镇、许镇镇分别发言。今年我县计划播种粮食60万亩,我县将新建高标准农田3万亩。', county)).toBeNull();
    });

    it('does not read 城乡, 乡镇 or 乡村 as a township\'s name', () => {
      expect(resolveTownship('绿美乡村建设', '建设绿美乡村、绿美乡镇,推进城乡融合。全镇加快绿美乡村建设,统筹城乡发展。', county)).toBeNull();
    });
  });
});
