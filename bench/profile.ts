/**
 * Summarise a V8 `.cpuprofile` (written by `node --cpu-prof`): self time per function, per
 * source file and per package. A sample's time is its `timeDeltas` entry (the gap before the
 * next sample), charged to the node the sample landed in — that node's function's self time.
 *
 * Usage as a script: `node --import tsx bench/profile.ts FILE.cpuprofile [top]`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly percent: number;
}

export interface ProfileSummary {
  readonly total_ms: number;
  /** Functions by self time (`name (file:line)`). */
  readonly functions: readonly SelfTime[];
  /** Source files by self time (`src/quantities/recognise.ts`, `node_modules/vega-scenegraph/…`). */
  readonly files: readonly SelfTime[];
  /** Packages by self time: `regionbench` (src/ and dist/), an npm package, `node:` internals, `(v8)` (GC, idle, program). */
  readonly packages: readonly SelfTime[];
  /** regionbench's own functions by total time (self plus callees; recursion counted once). */
  readonly inclusive: readonly SelfTime[];
}

/** `file:///work/main/node_modules/vega-scenegraph/build/index.js` → `node_modules/vega-scenegraph/build/index.js`. */
function shortUrl(url: string): string {
  if (url === '') return '';
  const at = url.lastIndexOf('/node_modules/');
  if (at >= 0) return url.slice(at + 1);
  const root = url.search(/\/(src|dist|bench)\//);
  return root >= 0 ? url.slice(root + 1) : url.replace(/^file:\/\//, '');
}

function packageOf(url: string): string {
  if (url === '') return '(v8)';
  if (url.startsWith('node:')) return 'node:';
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.slice(url.lastIndexOf('/node_modules/')));
  if (match) return match[1] ?? '';
  if (/\/(src|dist)\//.test(url)) return 'regionbench';
  return shortUrl(url);
}

function ranked(totals: Map<string, number>, total: number, top: number): SelfTime[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10, percent: Math.round((us / total) * 1000) / 10 }));
}

/** Aggregate the self time of a parsed profile. */
export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index + 1] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = shortUrl(url);
    const name = file === '' ? (functionName || '(anonymous)') : `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    files.set(file || '(v8)', (files.get(file || '(v8)') ?? 0) + us);
    const pkg = packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || packageOf(frame.url) !== 'regionbench' || frame.functionName === '') continue;
      const label = `${frame.functionName} (${shortUrl(frame.url)})`;
      if (seen.has(label)) continue;
      seen.add(label);
      inclusive.set(label, (inclusive.get(label) ?? 0) + us);
    }
  });
  return {
    total_ms: Math.round(total / 1000),
    functions: ranked(functions, total, top),
    files: ranked(files, total, top),
    packages: ranked(packages, total, top),
    inclusive: ranked(inclusive, total, top),
  };
}

/** Read and summarise a `.cpuprofile` file. */
export function summariseProfileFile(path: string, top = 15): ProfileSummary {
  return summariseProfile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, top);
}

/** Print a summary as three short tables. */
export function printProfile(title: string, summary: ProfileSummary): void {
  console.log(`\n${title}: ${summary.total_ms} ms sampled`);
  const tables = [['self time by function', summary.functions], ['by file', summary.files], ['by package', summary.packages], ['total time of regionbench functions', summary.inclusive]] as const;
  for (const [label, rows] of tables) {
    console.log(`  ${label}:`);
    for (const row of rows.slice(0, label === 'by file' || label === 'by package' ? 8 : 15)) {
      console.log(`    ${String(row.ms).padStart(9)} ms ${String(row.percent).padStart(5)}%  ${row.name}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, top] = process.argv.slice(2);
  if (path === undefined) {
    console.error('usage: node --import tsx bench/profile.ts FILE.cpuprofile [top]');
    process.exit(1);
  }
  printProfile(path, summariseProfileFile(path, Number(top ?? 15)));
}
