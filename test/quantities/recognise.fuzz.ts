/**
 * The recogniser's property tests at fuzzing strength: `npm run test:fuzz` sets FUZZ_RUNS=100000.
 * Same properties and seed as `recognise.test.ts`, many more runs.
 */
import { checkArbitraryText, checkRangeRoundTrip, checkRoundTrip } from './properties.js';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
// synchronous properties: the limit only guards a runaway run
const timeout = 30 * 60_000;

describe('quantities/recognise (fuzz)', () => {
  it('reads back a value written in any numeral style with a scale, unit and bound word', () => {
    checkRoundTrip(runs);
  }, timeout);

  it('reads back a range written with any connector, numeral style and shared scale word', () => {
    checkRangeRoundTrip(runs);
  }, timeout);

  it('never throws and keeps spans inside the input with finite values', () => {
    checkArbitraryText(runs);
  }, timeout);
});
