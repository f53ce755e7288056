/**
 * The reference data a command works with: the region table (store, built-in seeds, the
 * user's `--regions` file) and the boundaries the report's maps draw. Reads through `Effects`;
 * a file that cannot be read or parsed is a `ConfigError` naming it.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import type { Effects } from '../ingest/index.js';
import { FILE_KINDS, MESSAGES, say } from '../messages.js';
import {
  mergeRegionTables, mergeZonesIntoHosts, parseRegionTable, parseRegionWorkbook, parseTopology, regionIdentities, zoneHosts, type RegionTable, type Topology,
} from '../regions/index.js';
import { shownPath, type ReferenceChoice, type ReferenceContext } from './context.js';
import { readStore, referenceDir } from './store.js';

/** The region reference table shipped in `seeds/regions.csv`, beside the package's `dist/`. */
export const BUILT_IN_REGIONS = fileURLToPath(new URL('../../seeds/regions.csv', import.meta.url));

/** Where a command's region figures come from. */
export interface RegionSources {
  /** The user's region table (CSV, TSV or XLSX), relative to the working folder. */
  readonly regions?: string;
  readonly reference?: ReferenceChoice;
  /** Count development zones in their host counties (needs boundaries in the store). */
  readonly mergeZones?: boolean;
}

/** The store folder a command uses (see `referenceDir`). */
export function storeFolder(context: Pick<ReferenceContext, 'cwd' | 'env'>, reference: ReferenceChoice): string {
  return referenceDir({ cwd: context.cwd, env: context.env, option: typeof reference === 'string' ? reference : undefined });
}

/**
 * The region table a command works with: the store's figures, then the built-in seed figures,
 * then the user's `--regions` file, each overriding the one before for the same region, metric
 * and year (`mergeRegionTables`); the vintage rule (`chooseFigure`) then picks among years.
 * Notes where the store is whenever one is used.
 */
export async function loadRegionTables(context: ReferenceContext, effects: Effects, sources: RegionSources): Promise<RegionTable> {
  const tables: RegionTable[] = [];
  if (sources.reference !== false) {
    const dir = storeFolder(context, sources.reference);
    let store;
    try {
      store = await readStore(effects, dir);
    } catch (error) {
      throw new ConfigError(say(context.lang, MESSAGES.referenceUnreadable, dir, error instanceof Error ? error.message : String(error)));
    }
    if (store !== null && sources.mergeZones === true) {
      const boundary = store.boundaries[0];
      if (boundary === undefined) throw new ConfigError(say(context.lang, MESSAGES.mergeZonesNeedsBoundaries, dir));
      const hosts = zoneHosts(parseTopology(new TextDecoder().decode(await effects.readFile(boundary))));
      tables.push(mergeZonesIntoHosts(store.table, hosts));
      context.note(say(context.lang, MESSAGES.zonesMerged, hosts.size, new Set(hosts.values()).size, shownPath(context.cwd, boundary)));
    } else if (store !== null) {
      tables.push(store.table);
      context.note(say(context.lang, MESSAGES.usingStore, shownPath(context.cwd, dir), regionIdentities(store.table).length, store.table.length));
    } else if (typeof sources.reference === 'string' || context.env.REGIONBENCH_REFERENCE) {
      context.note(say(context.lang, MESSAGES.emptyStore, shownPath(context.cwd, dir)));
    }
  }
  tables.push(parseRegionTable(new TextDecoder().decode(await effects.readFile(BUILT_IN_REGIONS)), 'csv', { origin: 'seeds/regions.csv' }));
  if (sources.regions !== undefined) tables.push(await readUserRegions(context, effects, sources.regions));
  const [first, ...rest] = tables;
  return first === undefined ? [] : rest.length === 0 ? first : mergeRegionTables(first, ...rest);
}

async function readUserRegions(context: ReferenceContext, effects: Effects, file: string): Promise<RegionTable> {
  let bytes: Uint8Array;
  try {
    bytes = await effects.readFile(resolve(context.cwd, file));
  } catch {
    throw new ConfigError(say(context.lang, MESSAGES.cannotReadNamed, FILE_KINDS.regions[context.lang], file));
  }
  try {
    return /\.xlsx$/i.test(file)
      ? await parseRegionWorkbook(bytes, { origin: file })
      : parseRegionTable(new TextDecoder().decode(bytes), /\.tsv$/i.test(file) ? 'tsv' : 'csv', { origin: file });
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
}

/** Boundaries for the report's maps, with the source named on the method page. */
export interface Boundaries {
  readonly topology: Topology;
  readonly source: string;
}

/**
 * The boundaries the report's maps draw: `boundaries` (a file the user names, a standard base
 * map say), else the first boundary file of the reference data folder, else none. Noted when used.
 */
export async function loadBoundaries(
  context: ReferenceContext,
  effects: Effects,
  sources: { readonly boundaries?: string; readonly reference?: ReferenceChoice },
): Promise<Boundaries | undefined> {
  let path: string | undefined;
  let source: string | undefined;
  if (sources.boundaries !== undefined) {
    path = resolve(context.cwd, sources.boundaries);
    source = basename(sources.boundaries);
  } else if (sources.reference !== false) {
    const store = await readStore(effects, storeFolder(context, sources.reference)).catch(() => null);
    path = store?.boundaries[0];
    if (path !== undefined) source = store?.imports.find((entry) => entry.file === basename(path ?? ''))?.source ?? basename(path);
  }
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = new TextDecoder().decode(await effects.readFile(path));
  } catch {
    throw new ConfigError(say(context.lang, MESSAGES.cannotReadBoundaries, path));
  }
  try {
    const topology = parseTopology(text);
    context.note(say(context.lang, MESSAGES.mapsDrawnOn, shownPath(context.cwd, path)));
    return { topology, source: source ?? basename(path) };
  } catch (error) {
    throw new ConfigError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
