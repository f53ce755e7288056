/**
 * `regionbench regions …`: import reference data into the local store, check which
 * denominators the documents' regions have, and write a template for the missing ones. Also
 * the loading of every command's region table (store, built-in seeds, `--regions`).
 */
import { type Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DENOMINATOR_STATUS_COLUMNS, denominatorStatus, gapLine, type DenominatorGap, type DenominatorStatus,
} from '../compare/index.js';
import type { Effects } from '../ingest/index.js';
import { nodeEffects } from '../ingest/index.js';
import { extract, type Extraction } from '../pipeline.js';
import {
  METRIC_DEFS, PARSED_LEVEL_NAMES, REGION_COLUMNS, landAreaFromBoundaries, mergeRegionTables, parseRegionTable, parseRegionWorkbook,
  mergeZonesIntoHosts, parseTopology, readReferenceFile, regionIdentities, zoneHosts, type RegionTable, type Topology,
} from '../regions/index.js';
import { formatRows, TABLE_FORMATS, withLevelCodes, type TableFormat } from '../tables/index.js';
import {
  GAP_LINES_MAX, GDP_USER_SUPPLIED, emptyStore, importedBoundaries, moreGaps, zonesMerged, imported, importFailed, leftOut, storeWritten, usingStore,
} from './reference-messages.js';
import { DOWNLOAD_ENV, DownloadError, PUBLISHED_FILES, downloadPublished } from './download.js';
import { readStore, referenceDir, sha256Hex, writeStore, type ImportRecord } from './reference-store.js';
import { ConfigError } from '../errors.js';

/** What the regions commands need of the command line's console. */
export interface RegionsConsole {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly cwd: string;
  /** Environment (for `REGIONBENCH_REFERENCE`); none in tests unless given. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The region reference table shipped in `seeds/regions.csv`, beside the package's `dist/`. */
export const BUILT_IN_REGIONS = fileURLToPath(new URL('../../seeds/regions.csv', import.meta.url));

/** Thrown for a bad regions file or store: a configuration error (exit status 1). */
export class ReferenceError extends ConfigError {}

/** How many left-out rows of one import are printed (all are counted). */
const LEFT_OUT_SHOWN = 5;

/** `--reference DIR` / `--no-reference`, shared by every command that reads the store. */
export function referenceOptions(command: Command): Command {
  return command
    .option('--reference <dir>', 'reference data folder (default: $REGIONBENCH_REFERENCE, else .regionbench/reference in the working folder)')
    .option('--no-reference', 'use only the built-in seed figures and --regions, not the reference data folder');
}

/** `--merge-zones`, for the commands that compare or check regions. */
export function mergeZonesOption(command: Command): Command {
  return command.option('--merge-zones', 'count development zones (功能区) in their host counties, as a county\'s own reports usually do (hosts by shared border on the reference folder\'s boundaries)');
}

/**
 * The region table a command works with: the store's figures, then the built-in seed figures,
 * then the user's `--regions` file, each overriding the one before for the same region, metric
 * and year (`mergeRegionTables`); the vintage rule (`chooseFigure`) then picks among years.
 * Says on stderr where the store is whenever one is used.
 */
export async function loadRegionTables(
  io: RegionsConsole,
  effects: Effects,
  options: { readonly regions?: string; readonly reference?: string | boolean; readonly mergeZones?: boolean },
): Promise<RegionTable> {
  const tables: RegionTable[] = [];
  if (options.reference !== false) {
    const dir = referenceDir({ cwd: io.cwd, env: io.env ?? {}, option: typeof options.reference === 'string' ? options.reference : undefined });
    let store;
    try {
      store = await readStore(effects, dir);
    } catch (error) {
      throw new ReferenceError(`reference data in ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (store !== null && options.mergeZones === true) {
      const boundary = store.boundaries[0];
      if (boundary === undefined) throw new ReferenceError(`--merge-zones needs boundaries in ${dir}: import a TopoJSON file with regions import`);
      const hosts = zoneHosts(parseTopology(new TextDecoder().decode(await effects.readFile(boundary))));
      tables.push(mergeZonesIntoHosts(store.table, hosts));
      io.stderr(`regionbench: ${zonesMerged(hosts.size, new Set(hosts.values()).size, shown(io, boundary))}\n`);
    } else if (store !== null) {
      tables.push(store.table);
      io.stderr(`regionbench: ${usingStore(shown(io, dir), regionIdentities(store.table).length, store.table.length)}\n`);
    } else if (typeof options.reference === 'string' || (io.env ?? {}).REGIONBENCH_REFERENCE) {
      io.stderr(`regionbench: ${emptyStore(shown(io, dir))}\n`);
    }
  }
  tables.push(parseRegionTable(await readFile(BUILT_IN_REGIONS, 'utf8'), 'csv', { origin: 'seeds/regions.csv' }));
  if (options.regions !== undefined) tables.push(await readUserRegions(io, options.regions));
  const [first, ...rest] = tables;
  return first === undefined ? [] : rest.length === 0 ? first : mergeRegionTables(first, ...rest);
}

async function readUserRegions(io: RegionsConsole, file: string): Promise<RegionTable> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(resolve(io.cwd, file)));
  } catch {
    throw new ReferenceError(`cannot read regions file ${file}`);
  }
  try {
    return /\.xlsx$/i.test(file)
      ? await parseRegionWorkbook(bytes, { origin: file })
      : parseRegionTable(new TextDecoder().decode(bytes), /\.tsv$/i.test(file) ? 'tsv' : 'csv', { origin: file });
  } catch (error) {
    throw new ReferenceError(error instanceof Error ? error.message : String(error));
  }
}

function shown(io: RegionsConsole, path: string): string {
  const rel = relative(io.cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/**
 * Add `regions import | check | template` to the program. `setStatus` receives the exit
 * status (2 when some file could not be imported or some document not read).
 */
export function addRegionsCommand(
  program: Command,
  io: RegionsConsole,
  setStatus: (status: number) => void,
  read: (paths: readonly string[], effects: Effects) => Promise<Extraction> = (paths, effects) => extract(paths, effects),
): void {
  const regions = program.command('regions').description('reference data for per-capita, per-km² and per-GDP comparisons');

  referenceOptions(regions
    .command('import')
    .description('import reference files into the reference data folder: the census county tabulation (XLSX), the national reference CSV, a region table in the long shape of seeds/regions.csv, or a TopoJSON boundary file')
    .argument('<files...>', 'reference files')
    .option('--year <year>', 'year of the boundaries (default: a year in the boundary file name)')
    .option('--source <text>', 'source of the boundaries, kept with each land area measured from them')
    .option('--licence <text>', 'licence of the boundaries'))
    .action(async (files: string[], options: ImportOptions) => {
      if (options.reference === false) throw new ReferenceError('regions import needs a reference data folder: drop --no-reference');
      const sources = await Promise.all(files.map(async (file) => {
        try {
          return { name: file, bytes: new Uint8Array(await readFile(resolve(io.cwd, file))) };
        } catch {
          return { name: file, bytes: null };
        }
      }));
      setStatus(await importInto(io, sources, options) ? 0 : 2);
    });

  referenceOptions(regions
    .command('download')
    .description(`fetch the national reference files (${PUBLISHED_FILES.map((f) => f.file).join(', ')}) from a folder URL, check each against its pinned SHA-256, and import them`)
    .option('--from <url>', `folder URL the files are published at (default: $${DOWNLOAD_ENV})`))
    .action(async (options: ImportOptions & { from?: string }) => {
      if (options.reference === false) throw new ReferenceError('regions download needs a reference data folder: drop --no-reference');
      const base = options.from ?? (io.env ?? {})[DOWNLOAD_ENV];
      if (base === undefined || base === '') throw new ReferenceError(`regions download needs the address the files are published at: --from URL or $${DOWNLOAD_ENV}`);
      let files;
      try {
        files = await downloadPublished(base);
      } catch (error) {
        if (error instanceof DownloadError) {
          io.stderr(`regionbench: ${error.message}\n`);
          setStatus(2);
          return;
        }
        throw error;
      }
      for (const file of files) io.stderr(`regionbench: downloaded ${file.file} (${file.bytes.length} bytes, SHA-256 as pinned)\n`);
      setStatus(await importInto(io, files.map((file) => ({ name: file.file, bytes: file.bytes })), options) ? 0 : 2);
    });

  mergeZonesOption(referenceOptions(regions
    .command('check')
    .description('list the regions the documents name and, for each, which denominators are present, stale, of another scope, or missing')
    .argument('<paths...>', 'files or folders of documents')
    .option('--regions <file>', 'region table (CSV, TSV or XLSX) that adds to or overrides the reference figures')
    .addOption(new Option('--format <format>', 'record format').choices(TABLE_FORMATS).default('csv'))))
    .action(async (paths: string[], options: { reference?: string | boolean; regions?: string; mergeZones?: boolean; format: TableFormat }) => {
      const effects = nodeEffects((line) => io.stderr(`${line}\n`));
      const table = await loadRegionTables(io, effects, options);
      const extraction = await read(paths, effects);
      const rows = documentRegionStatus(extraction, table);
      io.stdout(formatRows(withLevelCodes(rows, DENOMINATOR_STATUS_COLUMNS), DENOMINATOR_STATUS_COLUMNS, options.format));
      const lacking = new Set(rows.filter((row) => row.status === 'missing' || row.status === 'unknown-region').map((row) => `${row.region_code}/${row.region}`));
      io.stderr(`regionbench: ${new Set(rows.map((row) => `${row.region_code}/${row.region}`)).size} regions checked, ${lacking.size} lack some denominator\n`);
      setStatus(extraction.inputs.some((input) => input.outcome === 'failed') ? 2 : 0);
    });

  mergeZonesOption(referenceOptions(regions
    .command('template')
    .description('write a region table (CSV) with a row per region of the documents and denominator that is missing, stale or of another scope, value left empty to fill in')
    .argument('<paths...>', 'files or folders of documents')
    .option('--regions <file>', 'region table already filled in (its figures count as present)')
    .option('--all', 'a row for every denominator, present ones too')))
    .action(async (paths: string[], options: { reference?: string | boolean; regions?: string; mergeZones?: boolean; all?: boolean }) => {
      const effects = nodeEffects((line) => io.stderr(`${line}\n`));
      const table = await loadRegionTables(io, effects, options);
      const extraction = await read(paths, effects);
      const rows = documentRegionStatus(extraction, table).filter((row) => options.all === true || row.status !== 'present');
      io.stdout(templateCsv(rows));
      io.stderr(`regionbench: ${rows.length} rows to fill in (a row left without a value is refused by --regions: fill it in or delete it)\n`);
      setStatus(extraction.inputs.some((input) => input.outcome === 'failed') ? 2 : 0);
    });
}

/** Every region of the documents (each plan year's field) with the standing of each denominator. */
export function documentRegionStatus(extraction: Pick<Extraction, 'documents'>, table: RegionTable): DenominatorStatus[] {
  const rows: DenominatorStatus[] = [];
  const seen = new Set<string>();
  for (const document of extraction.documents) {
    const planYear = typeof document.plan_year === 'number' ? document.plan_year : null;
    const region = { region: String(document.region ?? ''), region_code: String(document.region_code ?? ''), region_level: String(document.region_level ?? '') };
    if (region.region === '' && region.region_code === '') continue;
    const year = planYear ?? new Date().getFullYear();
    const key = `${region.region_code}/${region.region}/${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(...denominatorStatus(table, region, year));
  }
  return rows;
}

/**
 * The template: the long region table's columns, one row per region and denominator, the
 * value left empty. Level and parent come from the reference data when they know the region,
 * else from the document; a level they cannot place is left for the user to write.
 */
export function templateCsv(rows: readonly DenominatorStatus[]): string {
  const records = rows.map((row) => ({
    region: row.region,
    division_code: row.region_code,
    admin_level: PARSED_LEVEL_NAMES[row.region_level] ?? row.region_level,
    parent: row.parent,
    metric: row.metric,
    year: row.plan_year,
    value: null,
    unit: METRIC_DEFS[row.metric].unit,
    source_url: '',
    note: `${row.status}${row.value === null ? '' : `: reference data have ${row.value} ${row.unit} (${row.year ?? 'undated'})`}`,
    licence: '',
  }));
  return formatRows(records, REGION_COLUMNS, 'csv');
}

/**
 * On stderr: one line per region without some denominator (at most `GAP_LINES_MAX`, then one
 * line for the rest), and once that GDP stays user-supplied when some region lacks it.
 */
export function reportGaps(io: Pick<RegionsConsole, 'stderr'>, gaps: readonly DenominatorGap[]): void {
  for (const gap of gaps.slice(0, GAP_LINES_MAX)) io.stderr(`regionbench: ${gapLine(gap)}\n`);
  if (gaps.length > GAP_LINES_MAX) io.stderr(`regionbench: ${moreGaps(gaps.length - GAP_LINES_MAX, 'data/diagnostics.csv')}\n`);
  if (gaps.some((gap) => gap.metrics.includes('gdp'))) io.stderr(`regionbench: ${GDP_USER_SUPPLIED}\n`);
}

/** Options of `regions import` (and `regions download`, which imports what it fetched). */
interface ImportOptions {
  readonly reference?: string | boolean;
  readonly year?: string;
  readonly source?: string;
  readonly licence?: string;
}

/**
 * Import reference files (name and bytes; null bytes: the file could not be read) into the
 * store: tables first, merged in order, then boundaries (land areas for regions still without
 * one). A file that cannot be read or parsed is named on stderr and the others go on. Returns
 * whether every file was imported.
 */
async function importInto(io: RegionsConsole, sources: readonly { readonly name: string; readonly bytes: Uint8Array | null }[], options: ImportOptions): Promise<boolean> {
  const effects = nodeEffects((line) => io.stderr(`${line}\n`));
  const dir = referenceDir({ cwd: io.cwd, env: io.env ?? {}, option: typeof options.reference === 'string' ? options.reference : undefined });
  const store = await readStore(effects, dir);
  let table: RegionTable = store?.table ?? [];
  const imports: ImportRecord[] = [...(store?.imports ?? [])];
  const boundaries: { name: string; bytes: Uint8Array; areas: Awaited<ReturnType<typeof readReferenceFile>> }[] = [];
  let failed = false;
  const now = new Date().toISOString();
  for (const { name: file, bytes } of sources) {
    if (bytes === null) {
      io.stderr(`regionbench: ${importFailed(file, 'cannot read the file')}\n`);
      failed = true;
      continue;
    }
    let read;
    try {
      read = await readReferenceFile(file, bytes);
    } catch (error) {
      io.stderr(`regionbench: ${importFailed(file, error instanceof Error ? error.message : String(error))}\n`);
      failed = true;
      continue;
    }
    if (read.kind === 'boundaries') {
      boundaries.push({ name: file, bytes, areas: read });
      continue;
    }
    table = table.length === 0 ? read.table : mergeRegionTables(table, read.table);
    const codes = new Set(read.table.map((figure) => figure.division_code));
    io.stderr(`regionbench: ${imported(file, read.format, read.table.length, codes.size, read.skipped.length)}\n`);
    for (const skip of read.skipped.slice(0, LEFT_OUT_SHOWN)) io.stderr(`regionbench: ${leftOut(file, skip.row, skip.reason)}\n`);
    if (read.skipped.length > LEFT_OUT_SHOWN) io.stderr(`regionbench: … ${read.skipped.length - LEFT_OUT_SHOWN} more rows left out\n`);
    imports.push({ file: basename(file), format: read.format, sha256: sha256Hex(bytes), figures: read.table.length, skipped: read.skipped.length, imported_at: now });
  }
  // boundaries after the tables: a measured area only fills a region the tables left without one
  for (const boundary of boundaries) {
    if (boundary.areas.kind !== 'boundaries') continue;
    const yearText = options.year ?? /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(basename(boundary.name))?.[1];
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) throw new ReferenceError(`invalid --year: ${options.year}`);
    const measured = landAreaFromBoundaries(table, boundary.areas.areas, {
      year, source: options.source ?? basename(boundary.name), licence: options.licence ?? '', origin: basename(boundary.name),
    });
    table = [...table, ...measured.figures];
    io.stderr(`regionbench: ${importedBoundaries(boundary.name, boundary.areas.areas.length, measured.figures.length, measured.unknown.length)}\n`);
    imports.push({ file: basename(boundary.name), format: 'topojson', sha256: sha256Hex(boundary.bytes), figures: measured.figures.length, skipped: measured.unknown.length, imported_at: now, source: options.source ?? basename(boundary.name) });
  }
  await writeStore(effects, dir, table, imports, boundaries.map(({ name, bytes }) => ({ name, bytes })));
  io.stderr(`regionbench: ${storeWritten(shown(io, dir), regionIdentities(table).length, table.length)}\n`);
return !failed;
}

/**
 * The boundaries the report's maps draw: `--boundaries FILE` (a standard base map, say), else
 * the first boundary file of the reference data folder, else none. Named on stderr when used.
 */
export async function loadBoundaries(
  io: RegionsConsole,
  effects: Effects,
  options: { readonly boundaries?: string; readonly reference?: string | boolean },
): Promise<{ readonly topology: Topology; readonly source: string } | undefined> {
  let path: string | undefined;
  let source: string | undefined;
  if (options.boundaries !== undefined) {
    path = resolve(io.cwd, options.boundaries);
    source = basename(options.boundaries);
  } else if (options.reference !== false) {
    const dir = referenceDir({ cwd: io.cwd, env: io.env ?? {}, option: typeof options.reference === 'string' ? options.reference : undefined });
    const store = await readStore(effects, dir).catch(() => null);
    path = store?.boundaries[0];
    if (path !== undefined) source = store?.imports.find((entry) => entry.file === basename(path ?? ''))?.source ?? basename(path);
  }
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = new TextDecoder().decode(await effects.readFile(path));
  } catch {
    throw new ReferenceError(`cannot read boundaries ${path}`);
  }
  try {
    const topology = parseTopology(text);
    io.stderr(`regionbench: maps drawn on ${shown(io, path)}\n`);
    return { topology, source: source ?? basename(path) };
  } catch (error) {
    throw new ReferenceError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
