import { constants, inflateRawSync, inflateSync } from 'node:zlib';

/** How far a container (.docx, .pdf) may expand before it is refused. */
export interface InflateLimits {
  /** Most bytes all of a container's compressed parts may inflate to together. */
  readonly maxInflatedBytes: number;
  /** Most bytes of XML a .docx may hold once inflated (what the Word reader parses, at some 60 times its size in memory). */
  readonly maxXmlBytes: number;
  /** Most entries a .docx (a zip) may list. */
  readonly maxEntries: number;
}

/**
 * The default limits: 64 MiB inflated in all (images and fonts included), of which 16 MiB of
 * XML in a .docx, and 10,000 zip entries (a .docx has a few dozen). A long Word notice is a few
 * MB of XML; mammoth took 13 s and 1.2 GB for 15 MB of it, 69 s and 3.7 GB for 60 MB, and
 * 300 MB exhausted the heap.
 */
export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxInflatedBytes: 64 * 1024 * 1024, maxXmlBytes: 16 * 1024 * 1024, maxEntries: 10_000 };

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
const le64 = (bytes: Uint8Array, at: number): number => le32(bytes, at) + le32(bytes, at + 4) * 0x100000000;

/** The last offset where a four-byte signature stands, or -1 (the whole file, as the zip reader searches it). */
function lastSignature(bytes: Uint8Array, signature: number): number {
  for (let at = bytes.length - 4; at >= 0; at--) if (le32(bytes, at) === signature) return at;
  return -1;
}

/** A zip whose structure cannot be followed: the file fails as unreadable, not as too large. */
function corrupt(detail: string): Error {
  return new Error(`corrupt zip: ${detail}`);
}

/**
 * Unzip a .docx within limits: every entry the central directory lists is inflated here, its
 * output counted while it is produced against what is left of `limits.maxInflatedBytes` (and,
 * for XML parts, of `limits.maxXmlBytes`; the
 * sizes the zip claims are never trusted; entries that share their data count in full), and at
 * most `limits.maxEntries` entries are taken. The directory is found as the zip reader behind
 * mammoth finds it (the last end record in the file, ZIP64 records, data prepended to the
 * archive), but what the reader then gets is a new archive of exactly these entries, stored:
 * nothing it reads was not counted here. Throws `InflateLimitError` when over a limit and an
 * `Error` ("corrupt zip: …") when the structure cannot be followed.
 *
 * @example
 * unzipWithinLimits(zipSync({ 'word/document.xml': new Uint8Array(100_000_000) }))
 * // throws InflateLimitError('holds more than 16 MB of XML')
 */
export function unzipWithinLimits(bytes: Uint8Array, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): Record<string, Uint8Array> {
  const end = lastSignature(bytes, 0x06054b50);
  if (end < 0) throw corrupt('no end of central directory');
  let entries = le16(bytes, end + 10);
  let directorySize = le32(bytes, end + 12);
  let directory = le32(bytes, end + 16);
  let expectedEnd = directory + directorySize;
  if (le16(bytes, end + 4) === 0xffff || le16(bytes, end + 6) === 0xffff || le16(bytes, end + 8) === 0xffff || entries === 0xffff || directorySize === 0xffffffff || directory === 0xffffffff) {
    const locator = lastSignature(bytes, 0x07064b50);
    if (locator < 0) throw corrupt('no ZIP64 end of central directory locator');
    let record = le64(bytes, locator + 8);
    if (le32(bytes, record) !== 0x06064b50) record = lastSignature(bytes, 0x06064b50);
    if (record < 0) throw corrupt('no ZIP64 end of central directory');
    entries = le64(bytes, record + 32);
    directorySize = le64(bytes, record + 40);
    directory = le64(bytes, record + 48);
    expectedEnd = directory + directorySize + 20 + 12 + le64(bytes, record + 4);
  }
  if (entries > limits.maxEntries) throw new InflateLimitError(limits.maxInflatedBytes, `lists ${entries} entries, over the limit of ${limits.maxEntries}`);
  // bytes before the archive (a self-extracting stub) move every offset by as much
  const zero = Math.max(0, end - expectedEnd);
  if (end < expectedEnd) throw corrupt(`missing ${expectedEnd - end} bytes`);
  // no prototype: an entry may be called __proto__
  const files = Object.create(null) as Record<string, Uint8Array>;
  let total = 0;
  let xml = 0;
  let at = zero + directory;
  let listed = 0;
  for (; le32(bytes, at) === 0x02014b50; listed++) {
    if (listed >= limits.maxEntries) throw new InflateLimitError(limits.maxInflatedBytes, `lists more than ${limits.maxEntries} entries`);
    const method = le16(bytes, at + 10);
    let compressed = le32(bytes, at + 20);
    let local = le32(bytes, at + 42);
    const nameLength = le16(bytes, at + 28);
    const extraLength = le16(bytes, at + 30);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    if (compressed === 0xffffffff || local === 0xffffffff) {
      // the ZIP64 extra field holds, in order, the sizes and offset the header could not
      const wide = zip64Fields(bytes, at + 46 + nameLength, extraLength);
      let field = le32(bytes, at + 24) === 0xffffffff ? 1 : 0;
      if (compressed === 0xffffffff) compressed = wide[field++] ?? compressed;
      if (local === 0xffffffff) local = wide[field] ?? local;
    }
    at += 46 + nameLength + extraLength + le16(bytes, at + 32);
    const header = zero + local;
    if (le32(bytes, header) !== 0x04034b50) throw corrupt(`no local header for ${name}`);
    const start = header + 30 + le16(bytes, header + 26) + le16(bytes, header + 28);
    const data = bytes.subarray(start, Math.min(bytes.length, start + compressed));
    const isXml = /\.(xml|rels)$/i.test(name);
    const budget = limits.maxInflatedBytes - total;
    const xmlBudget = isXml ? limits.maxXmlBytes - xml : Number.MAX_SAFE_INTEGER;
    let content: Uint8Array;
    if (method === 0) content = data;
    else if (method === 8) content = inflateWithin(data, Math.min(budget, xmlBudget), limits, name, budget <= xmlBudget);
    else throw corrupt(`compression method ${method} of ${name}`);
    if (content.length > budget) throw overLimit(limits);
    if (content.length > xmlBudget) throw overXmlLimit(limits);
    total += content.length;
    if (isXml) xml += content.length;
    files[name] = content;
  }
  // as the reader does: fewer entries than announced is tolerated, none at all is not
  if (listed === 0 && entries > 0) throw corrupt('no central directory where the end record says');
  return files;
}

/** The eight-byte values of a central header's ZIP64 extra field (id 1), in order. */
function zip64Fields(bytes: Uint8Array, from: number, length: number): number[] {
  for (let at = from; at + 4 <= from + length; ) {
    const id = le16(bytes, at);
    const size = le16(bytes, at + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let field = at + 4; field + 8 <= at + 4 + size; field += 8) values.push(le64(bytes, field));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

/** Inflate a raw deflate stream, stopping (InflateLimitError) once it passes the budget (of all parts, or of XML). */
function inflateWithin(data: Uint8Array, budget: number, limits: InflateLimits, name: string, ofAll: boolean): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw ofAll ? overLimit(limits) : overXmlLimit(limits);
    throw corrupt(`${name} does not inflate (${(error as Error).message})`);
  }
}

/** A stream keyword and the rest of its line (the PDF reader skips to the next line too). */
const STREAM = /stream[^\r\n]{0,16}(?:\r\n|\r|\n)/g;

/**
 * Check that the Flate-compressed streams of a PDF inflate to at most `limits.maxInflatedBytes`
 * in all, a stream compressed twice counted at both levels. Images count too: a stream that
 * calls itself an image can still be a page's content, which the text reader decodes. Names
 * are read as the PDF reader reads them (`/Fl#61teDecode` is `/FlateDecode`). Throws
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
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('obj', at), at - 65536), at).replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const flate = dictionary.match(/\/(FlateDecode|Fl)\b/g)?.length ?? 0;
    if (flate === 0) continue;
    let data: Uint8Array = bytes.subarray(at + match[0].length);
    // each Flate filter of the list in turn: a stream compressed twice is counted at both levels
    for (let layer = 0; layer < flate; layer++) {
      const budget = limits.maxInflatedBytes - total;
      const size = inflatedSize(data, false, budget);
      if (size === -1) throw overLimit(limits);
      if (size === null) break;
      total += size;
      if (layer + 1 < flate) data = inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH });
    }
  }
}

function overXmlLimit(limits: InflateLimits): InflateLimitError {
  return new InflateLimitError(limits.maxXmlBytes, `holds more than ${Math.round(limits.maxXmlBytes / 1048576)} MB of XML`);
}

function overLimit(limits: InflateLimits): InflateLimitError {
  return new InflateLimitError(limits.maxInflatedBytes, `expands to more than ${Math.round(limits.maxInflatedBytes / 1048576)} MB`);
}
