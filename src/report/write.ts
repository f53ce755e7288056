import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Effects } from '../ingest/index.js';
import type { ReportBuild } from './build.js';

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
 * vendored scripts and the source documents first (DOCX, PDF and text copied as they are, web
 * pages as a report page of their text, see `ReportCopy.render`), then the charts and pages, and
 * `index.html` last, so an interrupted run never leaves an overview pointing at missing pages.
 * Returns the paths written, relative to `folder`, in writing order.
 *
 * @example
 * await writeReport(await buildReport(model), 'reports/2023', nodeEffects());
 * // → ['assets/vega.min.js', …, 'index.html']
 */
export async function writeReport(build: ReportBuild, folder: string, effects: Effects, options: WriteReportOptions = {}): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  const written: string[] = [];
  const copies = [
    ...(options.vendor ?? vendorAssets()),
    ...build.copies.map((copy) => ({ ...copy, from: isAbsolute(copy.from) ? copy.from : resolve(cwd, copy.from) })),
  ];
  // files are written a few at a time (each is its own small write, rename and folder check),
  // the overview last, so it only appears beside everything it links to
  await inParallel(copies, WRITE_CONCURRENCY, async (copy: VendorAsset & { render?: (bytes: Uint8Array) => string }) => {
    const bytes = await effects.readFile(copy.from);
    await effects.writeFile(join(folder, copy.path), copy.render === undefined ? bytes : copy.render(bytes));
  });
  written.push(...copies.map((copy) => copy.path));
  const last = (path: string): number => (path === 'index.html' ? 1 : 0);
  const files = [...build.files].sort((a, b) => last(a.path) - last(b.path));
  const overview = files.filter((file) => file.path === 'index.html');
  await inParallel(files.filter((file) => file.path !== 'index.html'), WRITE_CONCURRENCY, (file) => effects.writeFile(join(folder, file.path), file.content));
  for (const file of overview) await effects.writeFile(join(folder, file.path), file.content);
  written.push(...files.map((file) => file.path));
  return written;
}

/** How many report files are written at the same time. */
const WRITE_CONCURRENCY = 16;

/** Run `task` over `items` with at most `limit` at a time; rejects with the first failure once all settled. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item).catch((error: unknown) => { errors.push(error); });
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length > 0) throw errors[0];
}
