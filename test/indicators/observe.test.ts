import { validateIndicators, DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { families } from '../../src/indicators/observe.js';

/** A user indicator counted in 家 whose first cue group holds `nouns`. */
const row = (id: string, nouns: readonly string[]) => ({
  id, name_zh: nouns[0] ?? id, name_en: id, unit: 'firm', unit_zh: '家', dimension: 'count', kinds: ['increment'],
  polarity: 'higher_is_better', cues: { all: [nouns] }, classifiers: ['家'],
});

describe('indicators/observe families', () => {
  it('groups the built-in indicators that share a noun: new and total 5G stations are one family', () => {
    const groups = families(DEFAULT_CATALOGUE.indicators);
    const withFiveG = groups.find((group) => group.some((indicator) => indicator.id === 'fiveg_stations_new'));
    expect(withFiveG?.map((indicator) => indicator.id)).toEqual(['fiveg_stations_new', 'fiveg_stations_total']);
  });

  it('puts an indicator sharing nouns with two families into the first of them, and its nouns with it', () => {
    // c shares 甲 with a and 乙 with b: it joins a's family, which from then on holds 乙 too, so d follows
    const indicators = validateIndicators([row('a', ['甲企业']), row('b', ['乙企业']), row('c', ['乙企业', '甲企业']), row('d', ['丙企业', '乙企业']), row('e', ['丁企业'])], 'test');
    expect(families(indicators).map((group) => group.map((indicator) => indicator.id))).toEqual([['a', 'c', 'd'], ['b'], ['e']]);
  });

  it('groups a 20,000-indicator catalogue in linear time', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(`user_${i}`, [`指标${i}`, `指标${i - (i % 2)}`]));
    const indicators = validateIndicators(rows, 'test');
    const started = Date.now();
    const groups = families(indicators);
    // pairs share a noun: 10,000 families of two; comparing every family with every other took 8 s
    expect(Date.now() - started).toBeLessThan(2000);
    expect(groups).toHaveLength(10_000);
    expect(groups.every((group) => group.length === 2)).toBe(true);
  });
});
