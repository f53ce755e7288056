import { createHash } from 'node:crypto';
import { docxToText, pdfToText } from './containers.js';
import { InflateLimitError } from './inflate-limits.js';
import { decodeText, type EncodingName } from './decode.js';
import { declaredCharset, htmlToText } from './html.js';
import { normaliseText, type NormalisedText } from './normalise.js';
import { messages } from '../diagnostics/index.js';

/** File formats regionbench reads, by extension. */
export const FORMATS = { '.txt': 'txt', '.text': 'txt', '.md': 'txt', '.html': 'html', '.htm': 'html', '.shtml': 'html', '.xhtml': 'html', '.docx': 'docx', '.pdf': 'pdf' } as const;
export type DocumentFormat = (typeof FORMATS)[keyof typeof FORMATS];

/** A document read and normalised, ready for parsing. */
export interface IngestedDocument extends NormalisedText {
  /** First 16 hex digits of the SHA-256 of the file's bytes: stable across runs and renames. */
  readonly docId: string;
  readonly source: string;
  readonly format: DocumentFormat;
  /** How the bytes were decoded: an `EncodingName` for text formats, `docx`/`pdf` for containers. */
  readonly encoding: EncodingName | 'docx' | 'pdf';
  readonly encodingNote: string;
  /** Text as extracted from the file before normalisation (evidence is shown from this). */
  readonly original: string;
  readonly bytes: number;
}

export type ReadOutcome =
  | { readonly ok: true; readonly document: IngestedDocument }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly docId: string };

/**
 * Turn one file's bytes into a normalised document, or say exactly why not. Pure apart from
 * awaiting the docx/pdf libraries; never throws for bad content.
 *
 * @example
 * await readDocument('seeds/a.txt', 'txt', bytes)
 * // → { ok: true, document: { docId: 'd341896d7292a1e4', encoding: 'utf-8', script: 'simplified', text: '…', … } }
 */
export async function readDocument(source: string, format: DocumentFormat, bytes: Uint8Array): Promise<ReadOutcome> {
  const docId = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const fail = (code: string, message: string): ReadOutcome => ({ ok: false, code, message, docId });
  let original: string;
  let encoding: IngestedDocument['encoding'];
  let encodingNote: string;
  if (format === 'docx' || format === 'pdf') {
    if (bytes.length === 0) return fail('empty-file', 'the file is empty');
    try {
      original = format === 'docx' ? await docxToText(bytes) : await pdfToText(bytes);
    } catch (error) {
      if (error instanceof InflateLimitError) return fail('expands-too-much', messages.expandsTooMuch(format, error.message));
      return fail('corrupt-file', messages.corruptContainer(format, firstLine(error)));
    }
    encoding = format;
    encodingNote = format === 'docx' ? 'Word document (XML inside, UTF-8)' : 'PDF text layer';
    if (original.trim() === '') return fail('no-text', messages.noText(format));
  } else {
    const decoded = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : undefined);
    if (!decoded.ok) return fail(decoded.code, decoded.message);
    original = format === 'html' ? htmlToText(decoded.text) : decoded.text;
    encoding = decoded.encoding;
    encodingNote = decoded.note;
    if (original.trim() === '') return fail('no-text', messages.noText(format));
  }
  const normalised = normaliseText(original);
  // every field by name (not `...normalised`): one object shape for every document, which keeps
  // compiled code that reads documents from being thrown away (see `normaliseText`)
  const { text, map, script, fields, droppedLines } = normalised;
  return { ok: true, document: { text, map, script, fields, droppedLines, docId, source, format, encoding, encodingNote, original, bytes: bytes.length } };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').replace(/\.$/, '').slice(0, 200);
}
