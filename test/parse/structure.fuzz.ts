import fc from 'fast-check';
import { structureProperty } from '../helpers/structure-property.js';

describe('parse/structure under fuzzing', () => {
  it('never throws and keeps spans inside the text for FUZZ_RUNS generated documents', () => {
    fc.assert(structureProperty(), { seed: 20231, numRuns: Number(process.env.FUZZ_RUNS ?? 1000) });
  }, 600_000);
});
