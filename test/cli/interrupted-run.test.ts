import { mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { extract } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { writeRun as writeRunTables } from '../../src/pipeline.js';
import type { Effects } from '../../src/ingest/effects.js';
import { SEEDS_DIR, SEED_FILES } from '../helpers/seeds.js';

function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string): void => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(folder, full), readFileSync(full, 'base64'));
    }
  };
  walk(folder);
  return files;
}

describe('pipeline writeRun when interrupted', () => {
  it('leaves the previous tables exactly as they were when a write fails half way', async () => {
    const out = mkdtempSync(join(tmpdir(), 'regionbench-interrupt-'));
    const effects = nodeEffects();
    const first = await extract([join(SEEDS_DIR, SEED_FILES.台儿庄区)], effects);
    await writeRunTables(first, out, effects);
    const before = snapshot(join(out, '2023'));
    expect(before.has('data/observations.csv')).toBe(true);

    const second = await extract([SEEDS_DIR], effects);
    let writes = 0;
    const failing: Effects = {
      ...effects,
      async writeFile(path, data) {
        writes++;
        if (writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        await effects.writeFile(path, data);
      },
    };
    await expect(writeRunTables(second, out, failing)).rejects.toThrow('ENOSPC');
    expect(snapshot(join(out, '2023'))).toEqual(before);

    // the next good run replaces the folder whole and clears the half-written one
    await writeRunTables(second, out, effects);
    expect(readFileSync(join(out, '2023', 'data', 'documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(6);
    // `2023` links to the new version; the half-written staging and the old version are gone
    const version = readlinkSync(join(out, '2023'));
    expect(version).toMatch(/^\.2023\.[0-9a-f]{16}$/);
    expect(readdirSync(out).sort()).toEqual([version, '2023'].sort());
  });
});
