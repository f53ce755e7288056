import { INTENSIVE_KINDS, PERS, VIEWS, normalisedUnit } from '../../src/compare/views.js';

describe('compare/views', () => {
  it('divides per capita by resident population in 万人, per area by km², per GDP by 亿元', () => {
    expect(PERS.map((per) => [per, VIEWS[per].metric, VIEWS[per].unit])).toEqual([
      ['none', null, null], ['capita', 'resident_population', '万人'], ['area', 'land_area', 'km2'], ['gdp', 'gdp', '亿元'],
    ]);
  });

  it('names the normalised unit after the denominator', () => {
    expect(normalisedUnit('m2', 'capita')).toBe('m2/万人');
    expect(normalisedUnit('station', 'none')).toBe('station');
  });

  it('treats rates and growth as intensive', () => {
    expect(INTENSIVE_KINDS).toEqual(['rate', 'growth']);
  });
});
