import { regionKey } from '../../src/regions/index.js';

describe('regions/identity', () => {
  it('keys a region by its division code when it has one', () => {
    expect(regionKey({ region: '滕州市', region_code: '370481' })).toBe('code:370481');
  });

  it('keys a region without a code by its name', () => {
    expect(regionKey({ region: '某县', region_code: '' })).toBe('name:某县');
  });

  it('gives one key to the same code written under two names', () => {
    expect(regionKey({ region: '滕州', region_code: '370481' })).toBe(regionKey({ region: '滕州市', region_code: '370481' }));
  });
});
