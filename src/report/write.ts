import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Effects } from '../ingest/effects.js';
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
 * vendored scripts and copies of the source documents first, then the charts and pages, and
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
    ...build.copies.map((copy) => ({ path: copy.path, from: isAbsolute(copy.from) ? copy.from : resolve(cwd, copy.from) })),
  ];
  for (const copy of copies) {
    await effects.writeFile(join(folder, copy.path), await effects.readFile(copy.from));
    written.push(copy.path);
  }
  const last = (path: string): number => (path === 'index.html' ? 1 : 0);
  for (const file of [...build.files].sort((a, b) => last(a.path) - last(b.path))) {
    await effects.writeFile(join(folder, file.path), file.content);
    written.push(file.path);
  }
  return written;
}
