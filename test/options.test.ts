import { UsageError } from '../src/errors.js';
import { keyword, wholeNumber } from '../src/options.js';

describe('options', () => {
  it('returns an allowed value typed as the enumeration', () => {
    expect(keyword('tsv', 'format', ['csv', 'tsv'])).toBe('tsv');
  });

  it('throws invalid <name>: <value> for anything else', () => {
    expect(() => keyword('xls', 'format', ['csv', 'tsv'])).toThrow(new Error('invalid format: xls'));
    expect(() => keyword(undefined, 'per', ['none'])).toThrow(new Error('invalid per: undefined'));
  });

  it('throws a usage error, the tier the command line gives exit status 1', () => {
    expect(() => keyword('xls', 'format', ['csv'])).toThrow(UsageError);
  });

  it('reads a whole number of at most the digits allowed, and names the option and the hint otherwise', () => {
    expect(wholeNumber('0', '--workers', 3, 'a whole number from 0')).toBe(0);
    expect(wholeNumber('600', '--wait', 6, 'seconds')).toBe(600);
    expect(() => wholeNumber('1000', '--workers', 3, 'a whole number from 0')).toThrow(new UsageError('invalid --workers: 1000 (a whole number from 0)'));
    expect(() => wholeNumber('2.5', '--wait', 6, 'seconds')).toThrow('invalid --wait: 2.5 (seconds)');
    expect(() => wholeNumber('', '--wait', 6, 'seconds')).toThrow(UsageError);
    expect(() => wholeNumber('x', '--wait', 6, '整秒数', 'zh')).toThrow(new UsageError('--wait 的值无效：x（整秒数）'));
  });
});
