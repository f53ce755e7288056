/**
 * Reading reference files of every kind `regions import` takes, from their bytes: a long region
 * table (CSV, TSV, XLSX), a published wide table (the census tabulation, the national reference
 * CSV) or a TopoJSON boundary file. Pure: the caller reads the files.
 */
import { ConfigError } from '../errors.js';
import { splitDelimited, type TextRow } from './delimited.js';
import { findRegion, regionIdentities } from './lookup.js';
import { REGION_MESSAGES } from '../messages.js';
import { regionTableFromRows } from './parse-table.js';
import { featureAreas, parseTopology, type FeatureArea, type Topology } from './topology.js';
import type { RegionFigure, RegionTable } from './types.js';
import { detectWideLayout, wideTableFromRows, type SkippedRow } from './wide-table.js';
import { workbookSheets } from './workbook.js';

const { unknownReferenceFormat } = REGION_MESSAGES;

/** A reference file read: figures (with the rows left out), or boundaries with their feature areas. */
export type ReferenceFile =
  | { readonly kind: 'table'; readonly format: string; readonly table: RegionTable; readonly skipped: readonly SkippedRow[] }
  | { readonly kind: 'boundaries'; readonly format: 'topojson'; readonly topology: Topology; readonly areas: readonly FeatureArea[] };

/**
 * Read one reference file from its name and bytes. The format is told from the content: a
 * JSON object of `type: Topology` is a boundary file; a table whose header holds a wide
 * layout's columns (`WIDE_LAYOUTS`) is read as that layout, in an XLSX workbook from the first
 * sheet that does; any other table must be a long region table (`parseRegionTable` rules,
 * which throw on a bad row). A file of none of these throws.
 *
 * @example
 * const file = await readReferenceFile('census.xlsx', bytes);
 * file.kind === 'table' && [file.format, file.table.length] // → ['census-2020-county', 12]
 */
export async function readReferenceFile(name: string, bytes: Uint8Array): Promise<ReferenceFile> {
  if (/\.xlsx$/i.test(name)) {
    const sheets = await workbookSheets(bytes);
    for (const sheet of sheets) {
      const table = tableOfRows(sheet.rows, name);
      if (table !== null && table.format !== 'long') return table;
    }
    const first = sheets[0];
    const table = first === undefined ? null : tableOfRows(first.rows, name);
    if (table === null) throw new ConfigError(unknownReferenceFormat(name));
    return table;
  }
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(text)) {
    const topology = parseTopology(text);
    return { kind: 'boundaries', format: 'topojson', topology, areas: featureAreas(topology) };
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const format = /\.tsv$/i.test(name) || (firstLine.includes('\t') && !firstLine.includes(',')) ? 'tsv' : 'csv';
  const table = tableOfRows(splitDelimited(text, format), name);
  if (table === null) throw new ConfigError(unknownReferenceFormat(name));
  return table;
}

function tableOfRows(rows: readonly TextRow[], origin: string): ReferenceFile | null {
  const header = rows[0]?.cells ?? [];
  const layout = detectWideLayout(header);
  if (layout !== null) {
    const result = wideTableFromRows(rows, layout, origin);
    return { kind: 'table', format: layout.id, table: result.table, skipped: result.skipped };
  }
  const lower = new Set(header.map((cell) => cell.trim().toLowerCase()));
  if (!lower.has('metric') || !lower.has('value')) return null;
  return { kind: 'table', format: 'long', table: regionTableFromRows(rows, origin), skipped: [] };
}

/** Provenance given to land areas measured from a boundary file. */
export interface BoundaryProvenance {
  /** Year of the boundaries; null when unknown. */
  readonly year: number | null;
  readonly source: string;
  readonly licence: string;
  /** Label stored in each figure's `origin` (the file name). */
  readonly origin: string;
}

/**
 * Land-area figures measured from boundaries, for the regions of `table` that have no land
 * area yet (a table's own figure is never replaced by a measured one). A region whose figures
 * come from a table that gives land areas to other regions is left alone too: that table left
 * the cell empty on purpose (the national table does so for reef and sea-area outlines).
 * Features whose code the table does not know are returned apart: a boundary file names no
 * level or parent.
 *
 * @example
 * const { figures, unknown } = landAreaFromBoundaries(census, areas, { year: 2021, source: 'counties.topo.json', licence: 'MIT', origin: 'counties.topo.json' });
 * [figures[0]?.metric, figures[0]?.unit, unknown.length] // → ['land_area', 'km2', 1]
 */
export function landAreaFromBoundaries(
  table: RegionTable,
  areas: readonly FeatureArea[],
  provenance: BoundaryProvenance,
): { readonly figures: RegionFigure[]; readonly unknown: readonly FeatureArea[] } {
  const withArea = new Set<string>();
  const originsWithArea = new Set<string>();
  for (const figure of table) {
    if (figure.metric !== 'land_area') continue;
    withArea.add(figure.division_code);
    originsWithArea.add(figure.origin);
  }
  for (const figure of table) if (originsWithArea.has(figure.origin)) withArea.add(figure.division_code);
  const known = new Set(regionIdentities(table).map((identity) => identity.division_code));
  const figures: RegionFigure[] = [];
  const unknown: FeatureArea[] = [];
  areas.forEach((feature, index) => {
    if (!known.has(feature.code)) {
      unknown.push(feature);
      return;
    }
    if (withArea.has(feature.code) || feature.area_km2 <= 0) return;
    const identity = findRegion(table, { region: feature.name, region_code: feature.code }).identity;
    if (identity === null) return;
    figures.push({
      region: identity.region,
      division_code: identity.division_code,
      admin_level: identity.admin_level,
      parent: identity.parent,
      metric: 'land_area',
      year: provenance.year,
      value: Math.round(feature.area_km2 * 100) / 100,
      unit: 'km2',
      source_url: provenance.source,
      note: 'measured from the boundary polygon (simplified boundaries: approximate)',
      licence: provenance.licence,
      disputed: false,
      origin: provenance.origin,
      row: index + 1,
    });
  });
  return { figures, unknown };
}
