/**
 * Any console.warn / console.error that a test did not expect fails that test:
 * silent warnings are how data problems go unnoticed.
 */
const original = { warn: console.warn, error: console.error };
let unexpected: string[] = [];

beforeEach(() => {
  unexpected = [];
  console.warn = (...args: unknown[]) => { unexpected.push(`warn: ${args.map(String).join(' ')}`); };
  console.error = (...args: unknown[]) => { unexpected.push(`error: ${args.map(String).join(' ')}`); };
});

afterEach(() => {
  console.warn = original.warn;
  console.error = original.error;
  if (unexpected.length > 0) {
    throw new Error(`unexpected console output:\n${unexpected.join('\n')}`);
  }
});
