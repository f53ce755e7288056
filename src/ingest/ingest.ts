import { createHash } from 'node:crypto';
import { extname, join, relative, isAbsolute } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.js';
import { messages } from '../diagnostics/index.js';
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
  /**
   * Largest file read, in bytes (default 32 MiB); larger files fail with a clear message. The
   * limit holds for the bytes read (at most one more is read), whatever size a file reports.
   */
  readonly maxBytes?: number;
  /** Base folder that sources are shown relative to (default: as given). */
  readonly relativeTo?: string;
  /** Called after each file, for progress bars. */
  readonly onFile?: (done: number, total: number) => void;
}

/**
 * What reading one file came to: a failure with its reason, or a document with the keys that
 * tell duplicates apart and whatever the reader made of it.
 */
export type FileAnalysis<T> =
  | { readonly ok: false; readonly code: string; readonly message: string; readonly docId: string }
  | { readonly ok: true; readonly docId: string; readonly textKey: string; readonly encodingNote: string; readonly value: T };

/** Turns one file's bytes into a `FileAnalysis`; may run elsewhere (a worker thread). */
export type FileAnalyser<T> = (source: string, format: DocumentFormat, bytes: Uint8Array) => Promise<FileAnalysis<T>>;

/** How a run of N files is analysed: the analyser, and how many files may be in analysis at once. */
export interface AnalysisPlan<T> {
  readonly analyse: FileAnalyser<T>;
  /** Files read ahead and analysed at the same time (1: one after the other); results are taken in order. */
  readonly concurrency: number;
  /** Awaited before the first file is analysed (to let worker threads start). */
  readonly start?: () => Promise<void>;
  /** Called once every file was settled (to stop worker threads). */
  readonly finish?: () => Promise<void>;
}

/** The result of `ingestWith`: accounting as in `ingest`, and the analyses of the documents kept. */
export interface IngestWithResult<T> {
  readonly values: readonly T[];
  readonly inputs: readonly InputRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Read a document and key it for duplicate detection: the analyser `ingest` uses.
 *
 * @example
 * const analysis = await readAndKey('seeds/a.txt', 'txt', bytes);
 * analysis.ok && analysis.value.docId === analysis.docId // → true
 */
export async function readAndKey(source: string, format: DocumentFormat, bytes: Uint8Array): Promise<FileAnalysis<IngestedDocument>> {
  const outcome = await readDocument(source, format, bytes);
  if (!outcome.ok) return outcome;
  const { document } = outcome;
  return { ok: true, docId: document.docId, textKey: textKeyOf(document.text), encodingNote: document.encodingNote, value: document };
}

/**
 * The key of a normalised text: the same text in another encoding or format is a duplicate,
 * and so is the same text laid out otherwise. White space is left out of the key (Chinese
 * needs none; a trailing newline, indentation, blank lines or the line breaks an HTML page
 * puts between its paragraphs do not make another document). The digest is of the text's
 * UTF-16 units as they are held, not of UTF-8 made from them (twice as fast); the key is only
 * compared within a run, never stored.
 *
 * @example
 * textKeyOf('1.新建基站100个。\n') === textKeyOf('  1.新建基站100个。') // → true
 */
export function textKeyOf(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ''), 'utf16le').digest('hex');
}

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Read files and folders (recursively, in sorted order) into normalised documents. `inputs` and
 * `diagnostics` come sorted by source path.
 *
 * Every path found is accounted for in `inputs`: read, duplicate (same bytes, or same text in
 * another encoding or format, white space aside — counted once), skipped (unsupported type; not
 * a regular file: a FIFO, a device, a socket) or failed (missing, unreadable, binary, corrupt,
 * empty, over the byte limit as read, expanding past the decompression limits). Problems become
 * diagnostics; nothing throws for bad input, and one broken file never stops the others.
 * Symlink loops are detected by real path.
 *
 * @example
 * const { documents, inputs } = await ingest(['seeds'], nodeEffects());
 * // documents.length → 5; inputs[0] → { source: 'seeds/000_d341896d7292a1e4.txt', outcome: 'read', … }
 */
export async function ingest(paths: readonly string[], effects: Effects, options: IngestOptions = {}): Promise<IngestResult> {
  const { values, inputs, diagnostics } = await ingestWith(paths, effects, () => ({ analyse: readAndKey, concurrency: 1 }), options);
  return { documents: values, inputs, diagnostics };
}

/**
 * `ingest` with another analyser: every file found is read here, in sorted order, and handed
 * to the analyser `plan` chose for that many files; up to `concurrency` analyses run at once,
 * and their results are taken in file order, so duplicates, accounting and output are the same
 * for any concurrency.
 */
export async function ingestWith<T>(paths: readonly string[], effects: Effects, plan: (files: number) => AnalysisPlan<T>, options: IngestOptions = {}): Promise<IngestWithResult<T>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inputs: InputRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const values: T[] = [];
  const show = (path: string): string => (options.relativeTo && isAbsolute(path) ? relative(options.relativeTo, path) : path);
  const failInput = (source: string, outcome: InputOutcome, code: string, message: string, format = '', bytes = 0, docId = ''): void => {
    inputs.push({ source, outcome, doc_id: docId, format, bytes, message });
    diagnostics.push({ source, location: '', severity: outcome === 'failed' ? 'error' : outcome === 'skipped' ? 'info' : 'warning', code, message });
  };

  // files found, with the size their first look gave (no second stat per file)
  const files: { path: string; size: number }[] = [];
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
    // only regular files are read: a FIFO would block for ever, a device never ends
    if (!info.isFile) return failInput(show(path), 'skipped', 'not-regular-file', messages.notRegularFile(show(path)));
    files.push({ path, size: info.size });
  };
  for (const path of paths) await walk(path, true);

  const byBytes = new Map<string, string>();
  const byText = new Map<string, string>();
  let done = 0;
  // files in analysis, oldest first: each is settled in turn so the order never depends on timing
  const inFlight: { source: string; format: DocumentFormat; bytes: number; analysis: Promise<FileAnalysis<T>> }[] = [];
  const settle = async (): Promise<void> => {
    const next = inFlight.shift();
    if (next === undefined) return;
    const { source, format, bytes } = next;
    const outcome = await next.analysis;
    if (!outcome.ok) {
      failInput(source, 'failed', outcome.code, outcome.message, format, bytes, outcome.docId);
    } else {
      const sameBytes = byBytes.get(outcome.docId);
      const sameText = byText.get(outcome.textKey);
      if (sameBytes !== undefined) {
        failInput(source, 'duplicate', 'duplicate-document', messages.duplicateBytes(sameBytes), format, bytes, outcome.docId);
      } else if (sameText !== undefined) {
        failInput(source, 'duplicate', 'duplicate-document', messages.duplicateText(sameText), format, bytes, outcome.docId);
      } else {
        byBytes.set(outcome.docId, source);
        byText.set(outcome.textKey, source);
        values.push(outcome.value);
        inputs.push({ source, outcome: 'read', doc_id: outcome.docId, format, bytes, message: outcome.encodingNote });
      }
    }
    options.onFile?.(++done, files.length);
  };
  const drain = async (): Promise<void> => {
    while (inFlight.length > 0) await settle();
  };
  // inputs that fail before analysis are accounted for after those already in analysis
  const failEarly = async (fail: () => void): Promise<void> => {
    await drain();
    fail();
    options.onFile?.(++done, files.length);
  };
  const { analyse, concurrency, start, finish } = plan(files.length);
  try {
    await start?.();
    for (const { path, size: statSize } of files) {
      const source = show(path);
      const extension = extname(path).toLowerCase();
      const format = (FORMATS as Record<string, DocumentFormat | undefined>)[extension];
      if (!format) {
        const message = extension === '.doc' ? messages.legacyWord() : messages.unsupportedFormat(extension);
        await failEarly(() => failInput(source, 'skipped', 'unsupported-format', message));
        continue;
      }
      let bytes: Uint8Array;
      try {
        if (statSize > maxBytes) {
          await failEarly(() => failInput(source, 'failed', 'too-large', messages.tooLarge(statSize, maxBytes), format, statSize));
          continue;
        }
        bytes = await effects.readFile(path, maxBytes);
        if (bytes.length > maxBytes) {
          await failEarly(() => failInput(source, 'failed', 'too-large', messages.tooLargeRead(maxBytes), format, bytes.length));
          continue;
        }
      } catch (error) {
        const code = errorCode(error);
        if (code === 'ENOTREG') {
          await failEarly(() => failInput(source, 'skipped', 'not-regular-file', messages.notRegularFile(source), format));
          continue;
        }
        const denied = code === 'EACCES' || code === 'EPERM';
        await failEarly(() => failInput(source, 'failed', denied ? 'permission-denied' : 'unreadable', denied ? messages.permissionDenied(source) : messages.unreadable(source, String(code ?? error)), format));
        continue;
      }
      // an analyser that throws (a bug, a worker that died) fails this file, not the run; the
      // size is taken first, as the analyser may move the bytes to another thread
      const size = bytes.length;
      const analysis = analyse(source, format, bytes).catch((error: unknown): FileAnalysis<T> => ({
        ok: false, code: 'unreadable', message: messages.unreadable(source, error instanceof Error ? error.message : String(error)), docId: '',
      }));
      inFlight.push({ source, format, bytes: size, analysis });
      if (inFlight.length >= concurrency) await settle();
    }
    await drain();
  } finally {
    await finish?.();
  }
  const bySource = (a: { source: string }, b: { source: string }): number => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  return { values, inputs: inputs.sort(bySource), diagnostics: diagnostics.sort(bySource) };
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
