import { DIVISIONS_BY_NAME, type Division } from '../../src/catalogue/divisions.js';
import { GENERIC_DIVISION_NAMES } from '../../src/catalogue/index.js';
import { listedTownships, partNamed, regionsNamed, resolveMention, withoutRegionNames } from '../../src/indicators/whose.js';

const division = (name: string): Division => {
  const found = DIVISIONS_BY_NAME.get(name)?.[0];
  if (!found) throw new Error(`no division ${name}`);
  return found;
};
const names = (text: string, home: Division | null = null): string[] =>
  regionsNamed(text, home).map((mention) => resolveMention(mention, home)?.name ?? '?');

describe('indicators/whose', () => {
  it('names the region written nearest before a figure, by full or short name', () => {
    expect(names('其中深圳')).toEqual(['深圳市']);
    expect(names('、广州')).toEqual(['广州市']);
    expect(names('江苏省可再生能源新增装机')).toEqual(['江苏省']);
  });

  it('lists the townships a county page names as items, not words that only end like one', () => {
    const county = division('如皋市');
    expect(listedTownships('其中,如城街道改造9个,东陈镇改造5个', county)).toEqual(['如城街道', '东陈镇']);
    // one name is no list; 城镇 and 乡镇 are no names; a city's page lists no townships here
    expect(listedTownships('其中,如城街道改造9个', county)).toEqual([]);
    expect(listedTownships('新增城镇就业5000人,各乡镇新建公路30公里', county)).toEqual([]);
    expect(listedTownships('其中,如城街道改造9个,东陈镇改造5个', division('南通市'))).toEqual([]);
  });

  it('reads a county\'s short name only on a page that is its own', () => {
    expect(names('今年闵行计划为', division('闵行区'))).toEqual(['闵行区']);
    // elsewhere a county-level short name is too often a word of its own
    expect(names('今年闵行计划为', division('黄浦区'))).toEqual([]);
  });

  it('does not take a designation (是全国…试点) for whose figure it is, but reads a list after 是', () => {
    const county = division('滕州市');
    expect(names('是全国“无废城市”建设试点唯一县级代表,2020年空气质量优良天数比例为', county)).toEqual([]);
    expect(names('排名前五位的区是滨海新区(', null)).toEqual(['滨海新区']);
  });

  it('does not take a news dateline\'s place (北京1月23日电) for whose figure it is', () => {
    expect(names('新华社北京1月23日电 全国新型储能装机')).toEqual(['全国']);
    expect(names('中新网北京电 近日,')).toEqual([]);
  });

  it('does not take the field a figure is ranked in for whose figure it is', () => {
    const city = division('临沂市');
    expect(names('全市实现地区生产总值5800亿元,居全省第3位,增长', city)).toEqual(['临沂市']);
    expect(names('粮食总产量位列全国前列,达到', city)).toEqual([]);
    // a scope word that is no ranking still speaks
    expect(names('在全省率先建成', city)).toEqual(['山东省']);
  });

  it('finds the part of a region that is a figure\'s subject, not a part word inside a measure\'s name', () => {
    expect(partNamed('其中,农村地区建成5G基站超')).toBe('农村地区');
    expect(partNamed('县城不低于')).toBe('县城');
    expect(partNamed('其中区本级')).toBe('区本级');
    // 县城污水处理率 is the measure's own name: the county's figure
    expect(partNamed('全县县城污水处理率达到')).toBe('');
    expect(partNamed('全县新建5G基站')).toBe('');
  });

  it('gives every region of a list joined by 、', () => {
    expect(names('芜湖市、马鞍山市、铜陵市装配式建筑占比')).toEqual(['芜湖市', '马鞍山市', '铜陵市']);
  });

  it('reads 全国 as the whole country and 全省/全市/全县 against the document region', () => {
    const county = division('滕州市');
    expect(names('全国5G基站总数')).toEqual(['全国']);
    expect(names('全省新建5G基站', county)).toEqual(['山东省']);
    expect(names('全市新建5G基站', division('台儿庄区'))).toEqual(['枣庄市']);
    expect(names('全市新建5G基站', county)).toEqual(['滕州市']);
    expect(names('全县新建5G基站', division('嘉祥县'))).toEqual(['嘉祥县']);
    expect(names('全省新建5G基站', null)).toEqual(['?']);
  });

  it('reads a relative word after a time phrase, and a municipality for 全市 of its district', () => {
    expect(names('年底前全市累计建成5G基站', division('台儿庄区'))).toEqual(['枣庄市']);
    expect(names('全市新增科技型中小企业', division('武清区'))).toEqual(['天津市']);
  });

  it('tells same-named districts apart by the parent written before them', () => {
    expect(names('宁波市江北区改造老旧小区')).toEqual(['江北区']);
    expect(regionsNamed('宁波市江北区改造老旧小区', null).map((mention) => mention.kind === 'division' && mention.division.parent)).toEqual(['宁波市']);
  });

  it('reads no region in a rank such as 枣庄市级', () => {
    expect(names('建设枣庄市级重点实验室', division('台儿庄区'))).toEqual([]);
  });

  it('reads 全国 only where it opens a clause, not in passing', () => {
    expect(names('数量居全国第三，新增')).toEqual([]);
  });

  it('passes over generic words and two-character names run into other words', () => {
    expect(names('主城区新建5G基站')).toEqual([]);
    expect(names('建成县城污水管网')).toEqual([]);
    expect(names('无名之地')).toEqual([]);
  });

  it('reads a name in a wider window only when it opens a clause', () => {
    expect(regionsNamed('增速居全国前列，新建', null, true)).toEqual([]);
    expect(regionsNamed('全国新建', null, true)).toHaveLength(1);
  });

  it('finds every division written in full (three to ten characters) with a name of its own, whatever its last two characters', () => {
    const generic = new Set<string>(GENERIC_DIVISION_NAMES);
    const unique = [...DIVISIONS_BY_NAME]
      .filter(([name, list]) => list.length === 1 && list[0]?.name === name && !generic.has(name) && name.length >= 3 && name.length <= 10)
      .map(([name]) => name);
    expect(unique.length).toBeGreaterThan(1000);
    const missed = unique.filter((name) => withoutRegionNames(`,${name}`, null) !== `,${' '.repeat(name.length)}`);
    expect(missed).toEqual([]);
  });
});
