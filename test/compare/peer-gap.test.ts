import { compareIndicator } from '../../src/compare/compare-indicator.js';
import fc from 'fast-check';
import { peerGap } from '../../src/compare/peer-gap.js';
import { quantile } from '../../src/compare/statistics.js';
import type { Comparison, ComparisonRecord } from '../../src/compare/types.js';
import { CATALOGUE, OBSERVATIONS, seedRegions } from '../fixtures/compare/observations.js';

const seed = seedRegions();
const greenPerCapita = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita' });
const waterPerCapita = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'water_use_cap', planYear: 2023, per: 'capita' });

// m² of new green building per 10,000 residents (see compare-indicator tests)
const green = { 滕州市: 1_500_000 / 154.78, 罗庄区: 600_000 / 67.9333, 台儿庄区: 250_000 / 30.51, 嘉祥县: 500_000 / 80, 泰安市: 2_000_000 / 534.87 };

describe('compare/peer-gap', () => {
  it('gives every region the quartiles of exactly its peers’ values, with repeated values and missing ones', () => {
    // made-up fields of regions over two tiers; each region's quartiles must be those of the
    // values of the regions it lists as peers
    const template = greenPerCapita.records[0] as ComparisonRecord;
    const value = fc.option(fc.constantFrom(0, 1, 2, 2, 3.5, 10, 100), { nil: null, freq: 4 });
    fc.assert(fc.property(fc.array(fc.tuple(value, fc.boolean()), { minLength: 1, maxLength: 12 }), fc.constantFrom('all' as const, 'same-level' as const), (rows, peers) => {
      const records = rows.map(([normalised, city], index): ComparisonRecord => ({
        ...template, region: `地区${index}`, region_code: String(370100 + index), region_level: city ? 'prefecture' : 'county', normalised_value: normalised,
      }));
      const comparison: Comparison = { ...greenPerCapita, per: 'none', records };
      for (const record of records) {
        const gap = peerGap(comparison, record.region_code, { peers });
        const values = gap.peers.map((name) => records.find((other) => other.region === name)?.normalised_value ?? null);
        expect([gap.peer_q1, gap.peer_median, gap.peer_q3]).toEqual([quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75)]);
        expect(gap.peers).not.toContain(record.region);
        expect(gap.n_peers).toBe(gap.peers.length);
        // without the list, the same figures and the same count
        const counted = peerGap(comparison, record.region_code, { peers, listPeers: false });
        expect(counted).toEqual({ ...gap, peers: [] });
      }
    }), { numRuns: 500 });
  });

  it('gives the peers’ quartiles (R type 7) and the figure that would reach them (泰安市)', () => {
    const gap = peerGap(greenPerCapita, '泰安市');
    // peers sorted: 嘉祥县 6250, 台儿庄区 8194.0, 罗庄区 8832.2, 滕州市 9691.2
    const median = (green.台儿庄区 + green.罗庄区) / 2;
    expect(gap.peers).toEqual(['滕州市', '罗庄区', '台儿庄区', '嘉祥县']);
    expect(gap.peer_median).toBeCloseTo(median, 9);
    expect(gap.peer_q1).toBeCloseTo(green.嘉祥县 + 0.75 * (green.台儿庄区 - green.嘉祥县), 9);
    expect(gap.peer_q3).toBeCloseTo(green.罗庄区 + 0.25 * (green.滕州市 - green.罗庄区), 9);
    // median per 10,000 residents × 泰安市's 534.87 万人, in m²
    expect(gap.target_at_median).toBeCloseTo(median * 534.87, 6);
    expect(gap.gap_to_median).toBeCloseTo(median * 534.87 - 2_000_000, 6);
    expect(gap).toMatchObject({ meets_median: false, unit: 'm2', normalised_unit: 'm2/万人', denominator_value: 534.87, null_reason: null });
  });

  it('finds a region by division code and says when it already beats the median', () => {
    const gap = peerGap(greenPerCapita, '370481');
    expect(gap.region).toBe('滕州市');
    expect(gap.meets_median).toBe(true);
    expect(gap.gap_to_median).toBeLessThan(0);
  });

  it('restricts peers to the same administrative tier when asked', () => {
    expect(peerGap(greenPerCapita, '滕州市', { peers: 'same-level' }).peers).toEqual(['罗庄区', '台儿庄区', '嘉祥县']);
    expect(peerGap(greenPerCapita, '滕州市', { peers: 'same-level' }).peer_median).toBeCloseTo(green.台儿庄区, 9);
  });

  it('gives no target when no peer has a value (泰安市 is the only prefecture)', () => {
    const gap = peerGap(greenPerCapita, '泰安市', { peers: 'same-level' });
    expect(gap).toMatchObject({ peers: [], peer_median: null, target_at_median: null, meets_median: null, null_reason: 'no-peers' });
    expect(gap.flags).toContain('no-peers');
  });

  it('gives a region that only names the task the figure it would need (罗庄区 water use)', () => {
    const gap = peerGap(waterPerCapita, '罗庄区');
    // peers: 台儿庄区, 滕州市, 泰安市 per 10,000 residents; median = 滕州市's
    expect(gap.value).toBeNull();
    expect(gap.target_at_median).toBeCloseTo((305_000_000 / 154.78) * 67.9333, 3);
    expect(gap).toMatchObject({ gap_to_median: null, meets_median: null, null_reason: null });
  });

  it('reads "meets the median" the other way round for a lower-is-better indicator', () => {
    expect(peerGap(waterPerCapita, '台儿庄区').meets_median).toBe(true);
    expect(peerGap(waterPerCapita, '泰安市').meets_median).toBe(false);
  });

  it('gives no target without a denominator (台儿庄区 has no GDP)', () => {
    const perGdp = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'gdp' });
    const gap = peerGap(perGdp, '台儿庄区');
    expect(gap.peer_median).not.toBeNull();
    expect(gap).toMatchObject({ target_at_median: null, target_at_q1: null, gap_to_median: null, null_reason: 'denominator-missing' });
  });

  it('uses the median itself as the target in the raw view', () => {
    const raw = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023 });
    const gap = peerGap(raw, '嘉祥县');
    // peers 250,000, 600,000, 1,500,000, 2,000,000 → median 1,050,000
    expect(gap).toMatchObject({ peer_median: 1_050_000, target_at_median: 1_050_000, gap_to_median: 550_000, meets_median: false });
  });

  it('throws for a region that is not in the comparison', () => {
    expect(() => peerGap(greenPerCapita, '市中区')).toThrow(new Error('invalid region: 市中区 is not in the comparison of green_building_area'));
    expect(() => peerGap(greenPerCapita, '滕州市', { peers: 'province' })).toThrow(new Error('invalid peers: province'));
  });
});
