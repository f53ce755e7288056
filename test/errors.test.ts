import { ConfigError, DataError, EXIT_BY_TIER, RegionbenchError, UsageError } from '../src/errors.js';

describe('errors', () => {
  it('gives misuse and bad configuration exit status 1, and data that let nothing be done exit status 2', () => {
    expect([new UsageError('x'), new ConfigError('x'), new DataError('x')].map((error) => EXIT_BY_TIER[error.tier])).toEqual([1, 1, 2]);
  });

  it('keeps the message as given, one line for the command line to print', () => {
    const error = new ConfigError('cannot read catalogue file extra.json');
    expect(error).toBeInstanceOf(RegionbenchError);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('cannot read catalogue file extra.json');
  });
});
