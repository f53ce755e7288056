import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Effects } from '../ingest/index.js';
import type { ReportFile, ReportStream } from './build.js';

/** A vendored file: where it goes in the report and where it is found. */
export interface VendorAsset {
  readonly path: string;
  readonly from: string;
}

const VENDOR = [
  { module: 'vega', build: 'vega.min.js', path: 'assets/vega.min.js', license: 'assets/LICENSE-vega.txt' },
  { module: 'vega-lite', build: 'vega-lite.min.js', path: 'assets/vega-lite.min.js', license: 'assets/LICENSE-vega-lite.txt' },
  { module: 'vega-embed', build: 'vega-embed.min.js', path: 'assets/vega-embed.min.js', license: 'assets/LICENSE-vega-embed.txt' },
] as const;

/**
 * The browser builds of vega, vega-lite and vega-embed (and their licences) as installed in
 * node_modules, so reports work offline without a CDN. Each package's entry point is
 * resolved and its `build/` folder used (the packages do not export their build files).
 *
 * @example
 * vendorAssets().map((asset) => asset.path)
 * // → ['assets/vega.min.js', 'assets/LICENSE-vega.txt', 'assets/vega-lite.min.js', …]
 */
export function vendorAssets(): VendorAsset[] {
  const require = createRequire(import.meta.url);
  return VENDOR.flatMap((vendor) => {
    const build = dirname(require.resolve(vendor.module));
    return [
      { path: vendor.path, from: join(build, vendor.build) },
      { path: vendor.license, from: join(build, '..', 'LICENSE') },
    ];
  });
}

/** Options of `writeReport`. */
export interface WriteReportOptions {
  /** Folder that relative document sources are read from (default: the process's). */
  readonly cwd?: string;
  /** Vendored assets to copy (default: `vendorAssets()`). */
  readonly vendor?: readonly VendorAsset[];
}

/**
 * Write a built report into `folder` through `effects` (each file written atomically): the
 * vendored scripts and the source documents first (DOCX and PDF copied as they are, text inputs
 * as their task page, which shows their whole text, see `ReportCopy.render`), then the charts and pages, and
 * `index.html` last, so an interrupted run never leaves an overview pointing at missing pages.
 * Takes a whole `buildReport` or a `streamReport`, whose pages are made as they are written.
 * Returns the paths written, relative to `folder`, in writing order.
 *
 * @example
 * await writeReport(await buildReport(model), 'reports/2023', nodeEffects());
 * // → ['assets/vega.min.js', …, 'index.html']
 */
export async function writeReport(build: ReportStream, folder: string, effects: Effects, options: WriteReportOptions = {}): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  const written: string[] = [];
  const copies = [
    ...(options.vendor ?? vendorAssets()),
    ...build.copies.map((copy) => ({ ...copy, from: isAbsolute(copy.from) ? copy.from : resolve(cwd, copy.from) })),
  ];
  // files are written a few at a time (each is its own small write, rename and folder check),
  // the overview last, so it only appears beside everything it links to
  await inParallel(copies, WRITE_CONCURRENCY, async (copy: VendorAsset & { render?: (bytes: Uint8Array) => string | Promise<string> }) => {
    const bytes = await effects.readFile(copy.from);
    await effects.writeFile(join(folder, copy.path), copy.render === undefined ? bytes : await copy.render(bytes));
  });
  written.push(...copies.map((copy) => copy.path));
  // pages are taken from the build as they are written (a stream makes each one then), so
  // only the files being written are in memory, and the overview, kept aside, goes last
  const overview: ReportFile[] = [];
  const others: string[] = [];
  const pages = (function* (): Generator<ReportFile> {
    for (const file of build.files) {
      if (file.path === 'index.html') overview.push(file);
      else yield file;
    }
  })();
  await inParallel(pages, WRITE_CONCURRENCY, async (file) => {
    others.push(file.path);
    await effects.writeFile(join(folder, file.path), file.content);
  });
  for (const file of overview) await effects.writeFile(join(folder, file.path), file.content);
  written.push(...others, ...overview.map((file) => file.path));
  return written;
}

/** How many report files are written at the same time. */
const WRITE_CONCURRENCY = 16;

/** Run `task` over `items` (taken one by one as tasks finish) with at most `limit` at a time; rejects with the first failure once all settled. */
async function inParallel<T>(items: Iterable<T>, limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const errors: unknown[] = [];
  const worker = async (): Promise<void> => {
    for (let next = iterator.next(); next.done !== true; next = iterator.next()) {
      await task(next.value).catch((error: unknown) => { errors.push(error); });
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  if (errors.length > 0) throw errors[0];
}
