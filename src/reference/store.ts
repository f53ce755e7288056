/**
 * The local reference store: region figures imported once with `regions import` and used by
 * every later `run` and `compare`. An edge module (file I/O through `Effects`); the parsing is
 * in `src/regions`.
 *
 * Where it lives: `--reference DIR`, else `$REGIONBENCH_REFERENCE`, else
 * `.regionbench/reference` in the working folder. Beside the project rather than in the home
 * folder, so that a report can be rebuilt from the project folder alone, two projects can hold
 * different vintages, and nothing is written outside the project; `.regionbench/` is in
 * `.gitignore`, so imported third-party data is not committed by accident.
 *
 * Layout: `reference.csv` (every figure in the long format of `seeds/regions.csv`, with source,
 * year and licence), `boundaries/*.topo.json` (boundary files as imported) and `imports.json`
 * (what was imported, when, with its SHA-256).
 */
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import type { Effects } from '../ingest/index.js';
import { formatRegionTable, parseRegionTable, type RegionTable } from '../regions/index.js';

/** Environment variable naming the store folder. */
export const REFERENCE_ENV = 'REGIONBENCH_REFERENCE';
/** The store folder relative to the working folder when neither option nor variable names one. */
export const DEFAULT_REFERENCE_DIR = join('.regionbench', 'reference');

/** One file imported into the store. */
export interface ImportRecord {
  readonly file: string;
  readonly format: string;
  readonly sha256: string;
  readonly figures: number;
  readonly skipped: number;
  readonly imported_at: string;
  /** Source named at import (`--source`), for boundary files. */
  readonly source?: string;
}

/** What the store holds. */
export interface ReferenceStore {
  readonly dir: string;
  readonly table: RegionTable;
  /** Boundary files in the store, absolute paths. */
  readonly boundaries: readonly string[];
  readonly imports: readonly ImportRecord[];
}

/**
 * The store folder: the option's, else the environment variable's (both relative to `cwd`),
 * else the default beside the working folder.
 *
 * @example
 * referenceDir({ cwd: '/p', env: {} }) // → '/p/.regionbench/reference'
 * referenceDir({ cwd: '/p', env: { REGIONBENCH_REFERENCE: '/data/ref' } }) // → '/data/ref'
 */
export function referenceDir(where: { readonly cwd: string; readonly env: Readonly<Record<string, string | undefined>>; readonly option?: string }): string {
  const named = where.option ?? (where.env[REFERENCE_ENV] || undefined);
  return resolve(where.cwd, named ?? DEFAULT_REFERENCE_DIR);
}

/**
 * Read the store, or null when the folder holds no `reference.csv` yet. A store that exists
 * but cannot be parsed throws (its message names the row).
 */
export async function readStore(effects: Effects, dir: string): Promise<ReferenceStore | null> {
  const tablePath = join(dir, 'reference.csv');
  let bytes: Uint8Array;
  try {
    bytes = await effects.readFile(tablePath);
  } catch {
    return null;
  }
  const table = parseRegionTable(new TextDecoder().decode(bytes), 'csv', { origin: tablePath });
  let imports: ImportRecord[] = [];
  try {
    imports = JSON.parse(new TextDecoder().decode(await effects.readFile(join(dir, 'imports.json')))) as ImportRecord[];
  } catch {
    imports = [];
  }
  let boundaries: string[] = [];
  try {
    boundaries = (await effects.readDir(join(dir, 'boundaries'))).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, 'boundaries', name));
  } catch {
    boundaries = [];
  }
  return { dir, table, boundaries, imports };
}

/** Write the store's table and import list (each file atomically), and copy boundary files in. */
export async function writeStore(
  effects: Effects,
  dir: string,
  table: RegionTable,
  imports: readonly ImportRecord[],
  boundaries: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): Promise<void> {
  for (const boundary of boundaries) await effects.writeFile(join(dir, 'boundaries', basename(boundary.name)), boundary.bytes);
  await effects.writeFile(join(dir, 'reference.csv'), formatRegionTable(table));
  await effects.writeFile(join(dir, 'imports.json'), `${JSON.stringify(imports, null, 2)}\n`);
}

/**
 * The SHA-256 of some bytes, as hex.
 *
 * @example
 * sha256Hex(new TextEncoder().encode('abc')).slice(0, 8) // → 'ba7816bf'
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
