import { constants, inflateRawSync, inflateSync } from 'node:zlib';

/** How far a container (.docx, .pdf) may expand before it is refused. */
export interface InflateLimits {
  /** Most bytes all of a container's compressed parts may inflate to together. */
  readonly maxInflatedBytes: number;
  /** Most entries a .docx (a zip) may list. */
  readonly maxEntries: number;
}

/**
 * The default limits: 64 MiB inflated in all (a long Word notice is a few MB of XML; what the
 * readers make of 300 MB exhausts the heap) and 10,000 zip entries (a .docx has a few dozen).
 */
export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxInflatedBytes: 64 * 1024 * 1024, maxEntries: 10_000 };

/** A container that would expand past its limits: refused before any reader parses it. */
export class InflateLimitError extends Error {
  constructor(readonly limit: number, detail: string) {
    super(detail);
    this.name = 'InflateLimitError';
  }
}

/**
 * Inflate one stream with what is left of the budget: the size it inflated to, -1 when that
 * passes the budget, null when it is no deflate stream.
 */
function inflatedSize(data: Uint8Array, raw: boolean, budget: number): number | null {
  try {
    // zlib stops at the budget itself, while inflating: the sizes a file claims are never trusted
    const options = { maxOutputLength: Math.max(1, budget + 1), finishFlush: constants.Z_SYNC_FLUSH };
    const out = raw ? inflateRawSync(data, options) : inflateSync(data, options);
    return out.length > budget ? -1 : out.length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return -1;
    // not a deflate stream after all: the reader says what is wrong with it, if anything
    return null;
  }
}

const le16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const le32 = (bytes: Uint8Array, at: number): number => (le16(bytes, at) + le16(bytes, at + 2) * 0x10000);

/**
 * Check that a zip (a .docx) inflates to at most `limits.maxInflatedBytes` in all and lists at
 * most `limits.maxEntries` entries, by inflating every entry the central directory lists (each
 * counted as often as it is listed, so entries that share their data count in full). Throws
 * `InflateLimitError` when over; a zip it cannot find its way through is left to the reader,
 * which says why it cannot read it.
 *
 * @example
 * checkZipInflation(zipSync({ 'word/document.xml': new Uint8Array(100_000_000) }))
 * // throws InflateLimitError('expands to more than 64 MB')
 */
export function checkZipInflation(bytes: Uint8Array, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): void {
  // the end-of-central-directory record: within the last 64 KiB (its comment) + 22 bytes
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (le32(bytes, at) === 0x06054b50) { end = at; break; }
  }
  if (end < 0) return;
  const entries = le16(bytes, end + 10);
  if (entries > limits.maxEntries) throw new InflateLimitError(limits.maxInflatedBytes, `lists ${entries} entries, over the limit of ${limits.maxEntries}`);
  let at = le32(bytes, end + 16);
  let total = 0;
  for (let entry = 0; entry < entries && le32(bytes, at) === 0x02014b50; entry++) {
    const method = le16(bytes, at + 10);
    const compressed = le32(bytes, at + 20);
    const local = le32(bytes, at + 42);
    at += 46 + le16(bytes, at + 28) + le16(bytes, at + 30) + le16(bytes, at + 32);
    if (le32(bytes, local) !== 0x04034b50) continue;
    const start = local + 30 + le16(bytes, local + 26) + le16(bytes, local + 28);
    const data = bytes.subarray(start, Math.min(bytes.length, start + compressed));
    const budget = limits.maxInflatedBytes - total;
    const size = method === 0 ? data.length : method === 8 ? inflatedSize(data, true, budget) : 0;
    if (size === -1 || (size ?? 0) > budget) throw overLimit(limits);
    total += size ?? 0;
  }
}

/** A stream keyword and the line end after it; the stream's dictionary stands before it. */
const STREAM = /stream\r?\n/g;

/**
 * Check that the Flate-compressed streams of a PDF that a text reader decodes (content, fonts,
 * object streams; not images, which text extraction never decodes) inflate to at most
 * `limits.maxInflatedBytes` in all, a stream compressed twice counted at both levels. Throws
 * `InflateLimitError` when over.
 *
 * @example
 * checkPdfInflation(pdfWithAContentStreamOf(100_000_000 zero bytes))
 * // throws InflateLimitError('expands to more than 64 MB')
 */
export function checkPdfInflation(bytes: Uint8Array, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  for (const match of text.matchAll(STREAM)) {
    const at = match.index;
    // `endstream` also ends in "stream": only a keyword that starts a stream counts
    if (text.slice(Math.max(0, at - 3), at) === 'end') continue;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('obj', at), at - 65536), at);
    if (/\/Subtype\s*\/Image\b/.test(dictionary) || !/\/(FlateDecode|Fl)\b/.test(dictionary)) continue;
    let data: Uint8Array = bytes.subarray(at + match[0].length);
    // each Flate filter of the list in turn: a stream compressed twice is counted at both levels
    const layers = Math.max(1, dictionary.match(/\/(FlateDecode|Fl)\b/g)?.length ?? 1);
    for (let layer = 0; layer < layers; layer++) {
      const budget = limits.maxInflatedBytes - total;
      const size = inflatedSize(data, false, budget);
      if (size === -1) throw overLimit(limits);
      if (size === null) break;
      total += size;
      if (layer + 1 < layers) data = inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH });
    }
  }
}

function overLimit(limits: InflateLimits): InflateLimitError {
  return new InflateLimitError(limits.maxInflatedBytes, `expands to more than ${Math.round(limits.maxInflatedBytes / 1048576)} MB`);
}
