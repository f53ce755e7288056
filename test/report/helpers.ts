import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract, type Extraction } from '../../src/pipeline.js';
import { parseRegionTable, type RegionTable } from '../../src/regions/index.js';
import type { ReportInput } from '../../src/report/index.js';

/** Every file under `folder`, as paths relative to it with `/`, sorted. */
export function listFiles(folder: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(folder, prefix)).sort()) {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(join(folder, path)).isDirectory()) out.push(...listFiles(folder, path));
    else out.push(path);
  }
  return out.sort();
}

/** The built-in region table (`seeds/regions.csv`). */
export function seedRegions(): RegionTable {
  return parseRegionTable(readFileSync(join(process.cwd(), 'seeds', 'regions.csv'), 'utf8'), 'csv', { origin: 'seeds/regions.csv' });
}

/** The report input of an extraction, with the seed region table and the built-in catalogue. */
export function reportInput(extraction: Extraction, regions: RegionTable = seedRegions()): ReportInput {
  return { documents: extraction.documents, tasks: extraction.tasks, observations: extraction.observations, regions, catalogue: DEFAULT_CATALOGUE };
}

/** Extract the seed documents as `regionbench run` does (paths relative to the repository). */
export async function extractSeeds(): Promise<Extraction> {
  return extract(['seeds'], nodeEffects());
}

/** The first path whose bytes differ between two folders (or that only one has), or null. */
export function firstDifference(expected: string, actual: string): string | null {
  const left = listFiles(expected);
  const right = listFiles(actual);
  const all = [...new Set([...left, ...right])].sort();
  for (const path of all) {
    if (!left.includes(path)) return `${path} (not in ${expected})`;
    if (!right.includes(path)) return `${path} (not in ${actual})`;
    if (!readFileSync(join(expected, path)).equals(readFileSync(join(actual, path)))) return path;
  }
  return null;
}

/**
 * A made-up field of `copies` × 5 regions: each seed region's plan-year observations copied
 * `copies` times under a new name and division code (`滕州市·7`, 99xxxx), with its figures
 * scaled by 1 + k/100 so the copies rank apart, and its reference figures copied the same way.
 * Documents and tasks stay the seeds' own. For tests of how the report handles large fields.
 */
export function manyRegionInput(extraction: Extraction, copies: number, regions: RegionTable = seedRegions()): ReportInput {
  const seeds = [...new Set(extraction.observations.map((o) => o.region_code))].filter((code) => code !== '');
  const observations = extraction.observations.flatMap((observation) => {
    const seed = seeds.indexOf(observation.region_code);
    if (seed < 0) return [];
    return Array.from({ length: copies }, (_, k) => ({
      ...observation,
      region: `${observation.region}·${k}`,
      region_code: String(990000 + k * 10 + seed),
      value: observation.value === null ? null : observation.value * (1 + k / 100),
      value_high: observation.value_high === null ? null : observation.value_high * (1 + k / 100),
    }));
  });
  const table = regions.flatMap((figure) => {
    const seed = seeds.indexOf(figure.division_code);
    if (seed < 0) return [];
    return Array.from({ length: copies }, (_, k) => ({ ...figure, region: `${figure.region}·${k}`, division_code: String(990000 + k * 10 + seed) }));
  });
  return { documents: extraction.documents, tasks: extraction.tasks, observations, regions: table, catalogue: DEFAULT_CATALOGUE };
}
