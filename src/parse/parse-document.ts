import type { Division } from '../catalogue/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { messages } from '../diagnostics/index.js';
import type { IngestedDocument } from '../ingest/index.js';
import { readMetadata, type DocumentMetadata } from './metadata.js';
import { parseStructure, type DocumentStructure } from './structure.js';
import { documentGenre, pageDate } from './genre.js';
import type { Genre } from '../catalogue/index.js';

/** A document with its metadata, structure and the problems found while parsing it. */
export interface ParsedDocument {
  readonly document: IngestedDocument;
  readonly metadata: DocumentMetadata;
  /** The resolved issuing region, or null (see diagnostics). */
  readonly region: Division | null;
  readonly structure: DocumentStructure;
  /** The document's genre and the date it states about itself (for the time of its figures). */
  readonly frame: DocumentFrame;
  readonly diagnostics: readonly Diagnostic[];
}

/** What sets the default time of a document's figures. */
export interface DocumentFrame {
  readonly genre: Genre;
  /** The date the page states about itself (ISO), or null: see `pageDate`. */
  readonly pageDate: string | null;
  /** Its year, or null. */
  readonly pageYear: number | null;
}

/**
 * Parse an ingested document: header metadata (title, issuer, 文号, dates, plan year, region)
 * and the numbered task structure. Problems (no region, no tasks, no plan year) become
 * diagnostics; the document is still returned.
 *
 * @example
 * parseDocument(taierzhuangDocument).structure.tasks.length // → 46
 */
export function parseDocument(document: IngestedDocument): ParsedDocument {
  const structure = parseStructure(document.text);
  const header = document.text.slice(0, structure.bodyStart);
  const metadata = readMetadata(header, document.fields, document.text.slice(structure.bodyStart, structure.bodyStart + 5000));
  const diagnostics: Diagnostic[] = [];
  const note = (severity: Diagnostic['severity'], code: string, message: string): void => {
    diagnostics.push({ source: document.source, location: '', severity, code, message });
  };
  let region: Division | null = null;
  if (metadata.region.ok) {
    region = metadata.region.division;
    if (metadata.region.note !== '') note('info', 'region-inferred', messages.regionGuessed(`${metadata.region.division.name}: ${metadata.region.note}`));
  } else {
    note('warning', metadata.region.code, messages.noRegion(metadata.region.message));
  }
  if (structure.tasks.length === 0) note('warning', 'no-tasks', messages.noTasks());
  if (metadata.planYear === null) note('warning', 'no-plan-year', messages.noPlanYear());
  const date = pageDate(metadata.issuedDate, metadata.publishedDate, document.text);
  const frame: DocumentFrame = { genre: documentGenre(metadata.title, document.text), pageDate: date, pageYear: date === null ? null : Number(date.slice(0, 4)) };
  return { document, metadata, region, structure, frame, diagnostics };
}
