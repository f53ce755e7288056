/**
 * `regions download`: fetch the reference files from where they are published, check each
 * against its pinned SHA-256, and hand the verified bytes to the import. An edge module
 * (network); nothing is imported unless every byte matches.
 */
import { createHash } from 'node:crypto';
import { DataError } from '../errors.js';
import { MESSAGES, say } from '../messages.js';
import type { Language } from '../options.js';

/** A reference file regionbench knows how to fetch, with the checksum of the published copy. */
export interface PublishedFile {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly description: string;
}

/**
 * The national reference files (2020 census county tabulation with land areas; 2021 county
 * boundaries), pinned by SHA-256. They are derived from two MIT-licensed repositories
 * (leiii/census, thebamboogrove/tudigong); their README and LICENSES travel with them.
 */
export const PUBLISHED_FILES: readonly PublishedFile[] = [
  {
    file: 'counties_2020.csv',
    sha256: '42dd452acb92173358115d2cd69c7021e75fd12841027b73a3f2e69595388b3e',
    bytes: 1_025_970,
    description: '3,358 units: 2020 census resident population, land area (national reference table)',
  },
  {
    file: 'counties-2021.topo.json',
    sha256: 'f71166a05c803ae207b66ea6be6fcfa45b148e810be8bd3732979590f4e2df38',
    bytes: 1_437_888,
    description: '2,990 county boundaries, 2021, Albers equal-area (TopoJSON)',
  },
];

/** Environment variable naming the address the files are fetched from (a folder URL). */
export const DOWNLOAD_ENV = 'REGIONBENCH_REFERENCE_URL';

/** Why a download failed, in one line; no file is imported after any failure (a data error: exit status 2). */
export class DownloadError extends DataError {}

/**
 * Fetch every published file from `base` (a folder URL, `/` added when missing) and check it
 * against its pinned SHA-256 and size. Throws `DownloadError` naming the file for an
 * unreachable address (offline), an HTTP error, or a checksum that does not match.
 *
 * @example
 * const files = await downloadPublished('http://127.0.0.1:8080/national/');
 * files.map((f) => f.file) // → ['counties_2020.csv', 'counties-2021.topo.json']
 */
export async function downloadPublished(
  base: string,
  files: readonly PublishedFile[] = PUBLISHED_FILES,
  fetcher: typeof fetch = fetch,
  lang: Language = 'en',
): Promise<{ readonly file: string; readonly bytes: Uint8Array }[]> {
  let root: URL;
  try {
    root = new URL(base.endsWith('/') ? base : `${base}/`);
  } catch {
    throw new DownloadError(say(lang, MESSAGES.invalidAddress, base));
  }
  const out: { file: string; bytes: Uint8Array }[] = [];
  for (const published of files) {
    const url = new URL(published.file, root);
    let response: Response;
    try {
      response = await fetcher(url, { signal: AbortSignal.timeout(60_000) });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new DownloadError(say(lang, MESSAGES.unreachable, url.href, reason));
    }
    if (!response.ok) throw new DownloadError(say(lang, MESSAGES.httpStatus, url.href, response.status));
    const bytes = new Uint8Array(await response.arrayBuffer());
    const sum = createHash('sha256').update(bytes).digest('hex');
    if (sum !== published.sha256 || bytes.length !== published.bytes) {
      throw new DownloadError(say(lang, MESSAGES.checksumMismatch, published.file, sum, bytes.length, published.sha256, published.bytes));
    }
    out.push({ file: published.file, bytes });
  }
  return out;
}
