import { ADMIN_LEVELS, METRIC_DEFS, REGION_METRICS, adminTier, isDisputedNote, isOtherScopeNote, levelFromName, tierOfDivisionCode } from '../../src/regions/catalogue.js';

describe('regions/catalogue', () => {
  it('maps administrative levels to their tier', () => {
    expect(adminTier('市辖区')).toBe('county');
    expect(adminTier('县级市')).toBe('county');
    expect(adminTier('县')).toBe('county');
    expect(adminTier('地级市')).toBe('prefecture');
    expect(adminTier('省')).toBe('province');
    expect(adminTier('镇')).toBeNull();
  });

  it('lists every level once', () => {
    const levels = ADMIN_LEVELS.map((entry) => entry.level);
    expect(new Set(levels).size).toBe(levels.length);
  });

  it('reads the tier from a GB/T 2260 code', () => {
    expect(tierOfDivisionCode('370000')).toBe('province');
    expect(tierOfDivisionCode('370900')).toBe('prefecture');
    expect(tierOfDivisionCode('370405')).toBe('county');
    expect(tierOfDivisionCode('37040')).toBeNull();
    expect(tierOfDivisionCode('37090A')).toBeNull();
  });

  it('gives every metric a canonical unit that converts by 1', () => {
    for (const id of REGION_METRICS) {
      const def = METRIC_DEFS[id];
      expect(def.id).toBe(id);
      expect(def.units.find((alias) => alias.unit === def.unit)?.perCanonical).toBe(1);
    }
  });

  it('marks the seed notes that report disagreement as disputed', () => {
    expect(isDisputedNote('sources disagree: 838.56 / 968 / 971.6 / 973 (boundary incl. or excl. 经开区 unclear)')).toBe(true);
    expect(isDisputedNote('滕州年鉴2020; an older page says 1485')).toBe(true);
    expect(isDisputedNote('a wiki copy says 7761')).toBe(true);
    expect(isDisputedNote('same page also says 500; 370.37 is pre-2010 boundary')).toBe(true);
    expect(isDisputedNote('scope (incl. 经开区?) unclear')).toBe(true);
    expect(isDisputedNote('各来源数据不一致')).toBe(true);
  });

  it('does not mark agreeing or plain notes as disputed', () => {
    expect(isDisputedNote('year-end; two pages agree')).toBe(false);
    expect(isDisputedNote('third-party; undated copy gives the same figure')).toBe(false);
    expect(isDisputedNote('7th census')).toBe(false);
    expect(isDisputedNote('')).toBe(false);
  });
});

describe('regions/catalogue: levels from names, scope notes', () => {
  it('reads a level from the name, a development zone from the code', () => {
    expect(levelFromName('county', '德清县', '330521')).toBe('县');
    expect(levelFromName('county', '郫都区', '510117')).toBe('市辖区');
    expect(levelFromName('county', '鄂伦春自治旗', '150723')).toBe('自治旗');
    expect(levelFromName('county', '某某经济开发区', '330571')).toBe('功能区');
    expect(levelFromName('county', '西沙群岛', '460321')).toBe('县级单位');
    expect(levelFromName('prefecture', '湖州市', '330500')).toBe('地级市');
    expect(levelFromName('prefecture', '北京市市辖区', '110100')).toBe('地级单位');
    expect(levelFromName('province', '浙江省', '330000')).toBe('省');
  });

  it('gives the parser’s level names a tier', () => {
    expect(adminTier('district')).toBe('county');
    expect(adminTier('prefecture_city')).toBe('prefecture');
  });

  it('tells a note about scope from other notes', () => {
    expect(isOtherScopeNote('year-end, includes 济宁经济技术开发区 (11.7)')).toBe(true);
    expect(isOtherScopeNote('统计口径不含高新区')).toBe(true);
    expect(isOtherScopeNote('7th census; development zones (功能区) are separate units')).toBe(false);
  });
});
