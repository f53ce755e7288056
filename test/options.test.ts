import { keyword } from '../src/options.js';

describe('options', () => {
  it('returns an allowed value typed as the enumeration', () => {
    expect(keyword('tsv', 'format', ['csv', 'tsv'])).toBe('tsv');
  });

  it('throws invalid <name>: <value> for anything else', () => {
    expect(() => keyword('xls', 'format', ['csv', 'tsv'])).toThrow(new Error('invalid format: xls'));
    expect(() => keyword(undefined, 'per', ['none'])).toThrow(new Error('invalid per: undefined'));
  });
});
