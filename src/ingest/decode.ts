import { isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';

/** Encodings regionbench reads; the name is what a document record shows in `encoding`. */
export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Outcome of decoding a text file: the text and how it was decoded, or why it could not be. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: EncodingName; readonly note: string }
  | { readonly ok: false; readonly code: 'empty-file' | 'binary-file' | 'undecodable'; readonly message: string };

/**
 * Bytes known to be valid UTF-8 (`isUtf8`), without a byte-order mark at their start, as a
 * string: converted to UTF-16LE first and then taken unit for unit. The same string as a strict
 * `TextDecoder` gives (tested on random and malformed byte strings too), about nine times
 * faster: bench's 3,000 files (85 MB) took 360 ms a pass through `TextDecoder` or
 * `Buffer.toString('utf8')`, which build the string from UTF-8 themselves, and take 40 ms this
 * way (`decode` was a third of the ingest stage: `node /tmp/stages.mjs DIST ingest 4`; the A/B
 * is in bench/README.md, session 12).
 */
function fromValidUtf8(bytes: Uint8Array): string {
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

/**
 * Decode the bytes of a text file, detecting the encoding instead of guessing silently.
 *
 * Order: byte-order marks (UTF-8, UTF-16 LE/BE); UTF-16 without BOM recognised by its pattern
 * of zero bytes, or (Chinese with few or no ASCII characters) by reading as Chinese; valid UTF-8;
 * GB18030 (a superset of GBK and GB2312) accepted only when the result is mostly CJK text. A
 * declared GBK charset (`declared`, from an HTML page) is honoured only when the bytes agree:
 * valid UTF-8 with non-ASCII bytes stays UTF-8. More than a stray NUL byte (one, or one in a
 * thousand characters) or many control characters make a file binary. `note` says how the
 * choice was made.
 *
 * @example
 * decodeText(Buffer.from('力争建成5G基站100个', 'utf8'))
 * // → { ok: true, text: '力争建成5G基站100个', encoding: 'utf-8', note: 'valid UTF-8' }
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'empty-file', message: 'the file is empty' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom', 'UTF-8 byte-order mark');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le-bom', 'UTF-16 LE byte-order mark');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be-bom', 'UTF-16 BE byte-order mark');
  }
  // strict UTF-8 decoding is tried at most once, after a check of the bytes alone
  let utf8: string | null | undefined;
  const asUtf8 = (): string | null => {
    if (utf8 === undefined) utf8 = isUtf8(bytes) ? fromValidUtf8(bytes) : null;
    return utf8;
  };
  const utf16 = utf16WithoutBom(bytes, () => isUtf8(bytes));
  if (utf16) {
    return finish(new TextDecoder(utf16).decode(bytes), utf16, 'no byte-order mark; UTF-16 recognised by its zero bytes');
  }
  const declaredGb = declared !== undefined && /^(gb2312|gbk|gb18030|x-gbk)$/i.test(declared);
  // a GBK label is honoured only when the bytes agree: Chinese written as UTF-8 is valid UTF-8,
  // which GBK text of any length practically never is
  const utf8Text = asUtf8();
  if (utf8Text !== null && (!declaredGb || hasNonAscii(bytes))) {
    if (looksBinary(utf8Text)) return binary();
    return { ok: true, text: utf8Text, encoding: 'utf-8', note: declaredGb ? `declared as ${declared}, but the bytes are valid UTF-8` : 'valid UTF-8' };
  }
  if (tooManyNuls(bytes)) return binary();
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (looksBinary(text) || !mostlyText(text)) return binary();
  const note = declaredGb ? `declared as ${declared}` : 'not valid UTF-8; decoded as GB18030 (superset of GBK/GB2312) and read as CJK text';
  return { ok: true, text, encoding: 'gb18030', note };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

function finish(text: string, encoding: EncodingName, note: string): DecodeResult {
  if (text.length === 0) return { ok: false, code: 'empty-file', message: 'the file holds only a byte-order mark' };
  if (looksBinary(text)) return binary();
  return { ok: true, text, encoding, note };
}

function binary(): DecodeResult {
  return { ok: false, code: 'binary-file', message: 'the file is binary, not text (is it an image or archive renamed?)' };
}

/**
 * UTF-16 without BOM. ASCII-heavy text has zero bytes in one half of its pairs; Chinese text
 * has few or none (only its ASCII characters give zeros), so when the zeros, if any, all stand
 * in one half, that byte order is tried and kept when the text reads as Chinese. Bytes that are
 * valid UTF-8 are never taken for UTF-16 this way.
 */
function utf16WithoutBom(bytes: Uint8Array, validUtf8: () => boolean): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 8192);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.2 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.2 && zeroOdd < pairs * 0.05) return 'utf-16be';
  // Chinese in UTF-16 is practically never valid UTF-8 (its bytes pair the wrong way)
  if (validUtf8()) return null;
  const candidates: ('utf-16le' | 'utf-16be')[] = [];
  // little-endian: an ASCII character's zero is its second byte (odd offset)
  if (zeroEven === 0) candidates.push('utf-16le');
  if (zeroOdd === 0) candidates.push('utf-16be');
  for (const candidate of candidates) {
    // a surrogate pair the sample cut in two is dropped before judging
    const text = new TextDecoder(candidate).decode(bytes.subarray(0, sample)).replace(/[\ud800-\udbff]$/, '');
    if (readsAsChinese(text)) return candidate;
  }
  return null;
}

/** Most of a text's characters are CJK, and nearly all the rest printable ASCII; no replacement characters or lone surrogates. */
function readsAsChinese(text: string): boolean {
  if (/\ufffd|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) return false;
  const cjk = cjkShare(text);
  let ascii = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
    total++;
    if (code > 0x20 && code < 0x7f) ascii++;
  }
  return cjk > 0.6 || (cjk > 0.3 && total > 0 && cjk + ascii / total > 0.95);
}

function cjkShare(text: string): number {
  let cjk = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // a low surrogate belongs to the character counted with its high surrogate
    if ((code >= 0xdc00 && code <= 0xdfff) || code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680) continue;
    total++;
    if ((code >= 0x3000 && code <= 0x303f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef)) cjk++;
  }
  return total === 0 ? 0 : cjk / total;
}

/**
 * A decoded text is binary when it holds more than a stray NUL (one, or one in a thousand
 * characters) or many other C0 control characters.
 */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let nuls = 0;
  for (let at = sample.indexOf('\u0000'); at >= 0; at = sample.indexOf('\u0000', at + 1)) nuls++;
  if (nuls > Math.max(1, sample.length / 1000)) return true;
  // C0 controls other than tab, line feed, form feed and carriage return
  const control = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f]/g)?.length ?? 0;
  return control > sample.length * 0.01;
}

/** More zero bytes than a stray one or two in a text's first 64 KiB. */
function tooManyNuls(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nuls++;
  return nuls > Math.max(1, sample.length / 2000);
}

/** GB18030 decodes almost any byte string; accept only output that reads as text. */
function mostlyText(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\ufffd')) return false;
  let common = 0;
  let total = 0;
  for (const ch of sample) {
    if (/\s/.test(ch)) continue;
    total++;
    // ASCII, CJK punctuation, the common ideograph block, full-width forms
    if (/[\x20-\x7e\u3000-\u303f\u4e00-\u9fa5\uff00-\uffef\u2014-\u2026]/.test(ch)) common++;
  }
  return total > 0 && common / total > 0.9;
}
