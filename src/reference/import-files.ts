/**
 * `regions import` and `regions download` into the store: tables first, merged in order, then
 * boundaries (land areas for regions still without one). One file that cannot be read or
 * parsed is named and the others go on.
 */
import { basename } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Effects } from '../ingest/index.js';
import { MESSAGES, say } from '../messages.js';
import { landAreaFromBoundaries, mergeRegionTables, readReferenceFile, regionIdentities, type RegionTable } from '../regions/index.js';
import { shownPath, type ReferenceChoice, type ReferenceContext } from './context.js';
import { storeFolder } from './load.js';
import { readStore, sha256Hex, writeStore, type ImportRecord } from './store.js';

/** How many left-out rows of one import are noted (all are counted). */
const LEFT_OUT_SHOWN = 5;

/** What an import is told besides the files: the store, and the provenance of boundary files. */
export interface ImportOptions {
  readonly reference?: ReferenceChoice;
  /** Year of the boundaries (default: a year in the boundary file's name). */
  readonly year?: string;
  readonly source?: string;
  readonly licence?: string;
}

/** A file to import: its name and bytes (null: it could not be read). */
export interface ImportSource {
  readonly name: string;
  readonly bytes: Uint8Array | null;
}

/**
 * Import reference files into the store (`ImportOptions.reference`, else the default folder),
 * noting each file imported, the first rows it left out and the store written. Returns whether
 * every file was imported. A `--year` that is no year is a `ConfigError`.
 */
export async function importReferenceFiles(context: ReferenceContext, effects: Effects, sources: readonly ImportSource[], options: ImportOptions): Promise<boolean> {
  const { lang, note } = context;
  const dir = storeFolder(context, options.reference);
  const store = await readStore(effects, dir);
  let table: RegionTable = store?.table ?? [];
  const imports: ImportRecord[] = [...(store?.imports ?? [])];
  const boundaries: { name: string; bytes: Uint8Array; areas: Awaited<ReturnType<typeof readReferenceFile>> }[] = [];
  let failed = false;
  const now = new Date().toISOString();
  for (const { name: file, bytes } of sources) {
    if (bytes === null) {
      note(say(lang, MESSAGES.importFailed, file, say(lang, MESSAGES.cannotReadFile)));
      failed = true;
      continue;
    }
    let read;
    try {
      read = await readReferenceFile(file, bytes);
    } catch (error) {
      note(say(lang, MESSAGES.importFailed, file, error instanceof Error ? error.message : String(error)));
      failed = true;
      continue;
    }
    if (read.kind === 'boundaries') {
      boundaries.push({ name: file, bytes, areas: read });
      continue;
    }
    table = table.length === 0 ? read.table : mergeRegionTables(table, read.table);
    const codes = new Set(read.table.map((figure) => figure.division_code));
    note(say(lang, MESSAGES.imported, file, read.format, read.table.length, codes.size, read.skipped.length));
    for (const skip of read.skipped.slice(0, LEFT_OUT_SHOWN)) note(say(lang, MESSAGES.leftOut, file, skip.row, skip.reason));
    if (read.skipped.length > LEFT_OUT_SHOWN) note(say(lang, MESSAGES.moreLeftOut, read.skipped.length - LEFT_OUT_SHOWN));
    imports.push({ file: basename(file), format: read.format, sha256: sha256Hex(bytes), figures: read.table.length, skipped: read.skipped.length, imported_at: now });
  }
  // boundaries after the tables: a measured area only fills a region the tables left without one
  for (const boundary of boundaries) {
    if (boundary.areas.kind !== 'boundaries') continue;
    const yearText = options.year ?? /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(basename(boundary.name))?.[1];
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) throw new ConfigError(say(lang, MESSAGES.invalidOption, '--year', String(options.year)));
    const measured = landAreaFromBoundaries(table, boundary.areas.areas, {
      year, source: options.source ?? basename(boundary.name), licence: options.licence ?? '', origin: basename(boundary.name),
    });
    table = [...table, ...measured.figures];
    note(say(lang, MESSAGES.importedBoundaries, boundary.name, boundary.areas.areas.length, measured.figures.length, measured.unknown.length));
    imports.push({ file: basename(boundary.name), format: 'topojson', sha256: sha256Hex(boundary.bytes), figures: measured.figures.length, skipped: measured.unknown.length, imported_at: now, source: options.source ?? basename(boundary.name) });
  }
  await writeStore(effects, dir, table, imports, boundaries.map(({ name, bytes }) => ({ name, bytes })));
  note(say(lang, MESSAGES.storeWritten, shownPath(context.cwd, dir), regionIdentities(table).length, table.length));
  return !failed;
}
