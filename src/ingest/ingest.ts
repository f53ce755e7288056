import { createHash } from 'node:crypto';
import { extname, join, relative, isAbsolute } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { messages } from '../diagnostics/messages.js';
import type { Effects } from './effects.js';
import { FORMATS, readDocument, type DocumentFormat, type IngestedDocument } from './read-document.js';

/** What happened to one input file. */
export type InputOutcome = 'read' | 'duplicate' | 'skipped' | 'failed';

/** One line of the run's accounting: every path found is listed with its outcome. */
export interface InputRecord {
  readonly source: string;
  readonly outcome: InputOutcome;
  readonly doc_id: string;
  readonly format: string;
  readonly bytes: number;
  readonly message: string;
}

export interface IngestResult {
  readonly documents: readonly IngestedDocument[];
  readonly inputs: readonly InputRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface IngestOptions {
  /** Largest file read, in bytes (default 32 MiB); larger files fail with a clear message. */
  readonly maxBytes?: number;
  /** Base folder that sources are shown relative to (default: as given). */
  readonly relativeTo?: string;
  /** Called after each file, for progress bars. */
  readonly onFile?: (done: number, total: number) => void;
}

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Read files and folders (recursively, in sorted order) into normalised documents. `inputs` and
 * `diagnostics` come sorted by source path.
 *
 * Every path found is accounted for in `inputs`: read, duplicate (same bytes, or same text in
 * another encoding or format — counted once), skipped (unsupported type) or failed (missing,
 * unreadable, binary, corrupt, empty). Problems become diagnostics; nothing throws for bad input,
 * and one broken file never stops the others. Symlink loops are detected by real path.
 *
 * @example
 * const { documents, inputs } = await ingest(['seeds'], nodeEffects());
 * // documents.length → 5; inputs[0] → { source: 'seeds/000_d341896d7292a1e4.txt', outcome: 'read', … }
 */
export async function ingest(paths: readonly string[], effects: Effects, options: IngestOptions = {}): Promise<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inputs: InputRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const documents: IngestedDocument[] = [];
  const show = (path: string): string => (options.relativeTo && isAbsolute(path) ? relative(options.relativeTo, path) : path);
  const failInput = (source: string, outcome: InputOutcome, code: string, message: string, format = '', bytes = 0, docId = ''): void => {
    inputs.push({ source, outcome, doc_id: docId, format, bytes, message });
    diagnostics.push({ source, location: '', severity: outcome === 'failed' ? 'error' : outcome === 'skipped' ? 'info' : 'warning', code, message });
  };

  const files: string[] = [];
  const seenDirectories = new Set<string>();
  const walk = async (path: string, given: boolean): Promise<void> => {
    let info;
    try {
      info = await effects.stat(path);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ELOOP') return failInput(show(path), 'failed', 'symlink-loop', messages.symlinkLoop(show(path)));
      if (code === 'ENOENT') {
        // a dangling link inside a folder is as missing as a mistyped path
        return failInput(show(path), 'failed', 'missing-path', messages.missingPath(show(path)));
      }
      if (code === 'EACCES' || code === 'EPERM') return failInput(show(path), 'failed', 'permission-denied', messages.permissionDenied(show(path)));
      return failInput(show(path), 'failed', 'unreadable', messages.unreadable(show(path), String(code ?? error)));
    }
    if (info.isDirectory) {
      let real: string;
      try {
        real = await effects.realPath(path);
      } catch {
        real = path;
      }
      if (seenDirectories.has(real)) {
        if (!given) failInput(show(path), 'skipped', 'symlink-loop', messages.symlinkLoop(show(path)));
        return;
      }
      seenDirectories.add(real);
      let entries: string[];
      try {
        entries = (await effects.readDir(path)).sort();
      } catch (error) {
        const code = errorCode(error);
        const message = code === 'EACCES' || code === 'EPERM' ? messages.permissionDenied(show(path)) : messages.unreadable(show(path), String(code ?? error));
        return failInput(show(path), 'failed', code === 'EACCES' || code === 'EPERM' ? 'permission-denied' : 'unreadable', message);
      }
      for (const entry of entries) {
        if (entry.startsWith('.')) continue;
        await walk(join(path, entry), false);
      }
      return;
    }
    files.push(path);
  };
  for (const path of paths) await walk(path, true);

  const byBytes = new Map<string, string>();
  const byText = new Map<string, string>();
  let done = 0;
  for (const path of files) {
    const source = show(path);
    const extension = extname(path).toLowerCase();
    const format = (FORMATS as Record<string, DocumentFormat | undefined>)[extension];
    done++;
    if (!format) {
      const message = extension === '.doc' ? messages.legacyWord() : messages.unsupportedFormat(extension);
      failInput(source, 'skipped', 'unsupported-format', message);
      options.onFile?.(done, files.length);
      continue;
    }
    let bytes: Uint8Array;
    try {
      const info = await effects.stat(path);
      if (info.size > maxBytes) {
        failInput(source, 'failed', 'too-large', messages.tooLarge(info.size, maxBytes), format, info.size);
        options.onFile?.(done, files.length);
        continue;
      }
      bytes = await effects.readFile(path);
    } catch (error) {
      const code = errorCode(error);
      const denied = code === 'EACCES' || code === 'EPERM';
      failInput(source, 'failed', denied ? 'permission-denied' : 'unreadable', denied ? messages.permissionDenied(source) : messages.unreadable(source, String(code ?? error)), format);
      options.onFile?.(done, files.length);
      continue;
    }
    const outcome = await readDocument(source, format, bytes);
    if (!outcome.ok) {
      failInput(source, 'failed', outcome.code, outcome.message, format, bytes.length, outcome.docId);
    } else {
      const { document } = outcome;
      const textKey = createHash('sha256').update(document.text).digest('hex');
      const sameBytes = byBytes.get(document.docId);
      const sameText = byText.get(textKey);
      if (sameBytes !== undefined) {
        failInput(source, 'duplicate', 'duplicate-document', messages.duplicateBytes(sameBytes), format, bytes.length, document.docId);
      } else if (sameText !== undefined) {
        failInput(source, 'duplicate', 'duplicate-document', messages.duplicateText(sameText), format, bytes.length, document.docId);
      } else {
        byBytes.set(document.docId, source);
        byText.set(textKey, source);
        documents.push(document);
        inputs.push({ source, outcome: 'read', doc_id: document.docId, format, bytes: bytes.length, message: document.encodingNote });
      }
    }
    options.onFile?.(done, files.length);
  }
  const bySource = (a: { source: string }, b: { source: string }): number => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  return { documents, inputs: inputs.sort(bySource), diagnostics: diagnostics.sort(bySource) };
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
