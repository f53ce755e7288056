/**
 * Checks against the shared reference data beside the repository (`../shared/reference`),
 * which is not part of the repository: run when it is there, skipped with a message otherwise.
 * Nothing else in the suite depends on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRegionTable } from '../../src/regions/parse-table.js';
import type { RegionFigure } from '../../src/regions/types.js';

const referencePath = fileURLToPath(new URL('../../../shared/reference/regions_reference.tsv', import.meta.url));
const present = existsSync(referencePath);
const SKIPPED = `skipped: ${referencePath} is absent (the shared reference data is not part of the repository)`;
// written straight to stderr: jest does not show console output of a suite whose tests all skip
if (!present) process.stderr.write(`regions/shared-reference.integration: ${SKIPPED}\n`);

function withoutProvenance(figure: RegionFigure): RegionFigure {
  return { ...figure, origin: '' };
}

(present ? describe : describe.skip)(`seeds/regions.csv against the shared reference TSV${present ? '' : ` (${SKIPPED})`}`, () => {
  it('holds the same figures as the shared TSV it was built from', () => {
    const seed = parseRegionTable(readFileSync(new URL('../../seeds/regions.csv', import.meta.url), 'utf8'), 'csv').map(withoutProvenance);
    const reference = parseRegionTable(readFileSync(referencePath, 'utf8'), 'tsv').map(withoutProvenance);
    expect(seed).toEqual(reference);
  });
});
