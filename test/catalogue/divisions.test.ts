import { DIVISIONS, DIVISIONS_BY_NAME, shortName } from '../../src/catalogue/divisions.js';

const named = (name: string) => DIVISIONS.filter((division) => division.name === name).map((division) => [division.code, division.level, division.parent, division.province]);

describe('catalogue/divisions', () => {
  it('flattens provinces, prefectures and county-level units with their level, parent and province', () => {
    expect(named('浙江省')).toEqual([['330000', 'province', '', '浙江省']]);
    expect(named('湖州市')).toEqual([['330500', 'prefecture_city', '浙江省', '浙江省']]);
    expect(named('德清县')).toEqual([['330521', 'county', '湖州市', '浙江省']]);
    expect(named('滕州市')).toEqual([['370481', 'county_level_city', '枣庄市', '山东省']]);
    expect(named('台儿庄区')).toEqual([['370405', 'district', '枣庄市', '山东省']]);
  });

  it('leaves out the placeholder rows of the code list (市辖区, 县, 省直辖县级行政区划)', () => {
    expect(named('市辖区')).toEqual([]);
    expect(named('省直辖县级行政区划')).toEqual([]);
  });

  it('shortens a name by its suffix, never to fewer than two characters', () => {
    expect(shortName('滕州市')).toBe('滕州');
    expect(shortName('内蒙古自治区')).toBe('内蒙古');
    expect(shortName('恩施土家族苗族自治州')).toBe('恩施土家族苗族');
    expect(shortName('和县')).toBeNull();
    expect(shortName('德清')).toBeNull();
  });

  it('finds a division by its full or short name, and every division of a shared name', () => {
    expect(DIVISIONS_BY_NAME.get('德清')?.map((division) => division.code)).toEqual(['330521']);
    expect(DIVISIONS_BY_NAME.get('滕州市')?.map((division) => division.code)).toEqual(['370481']);
    // 鼓楼区: in 南京, 徐州, 福州 and 开封 at least
    expect(DIVISIONS_BY_NAME.get('鼓楼区')?.map((division) => division.parent)).toEqual(expect.arrayContaining(['南京市', '徐州市', '福州市', '开封市']));
  });
});
