/**
 * Time one extraction stage of a build over bench's documents, pass after pass in one process:
 * finer than timing the whole command when a change touches one stage, and able to compare two
 * builds (this one's `dist`, or another commit's, built elsewhere) run in turn.
 *
 * Usage: `node --import tsx bench/stages.ts DIST STAGE [passes] [folder]`, where DIST is a
 * build's `dist` folder, STAGE one of `analyse` (stages 1–5 per file, as `extract` runs them),
 * `ingest`, `parse`, `units`, `quantities`, `observe`, passes defaults to 3 and the folder to
 * /tmp/corp3000 (`bench/corpus.ts` makes it). Prints the count of what the stage made, then the
 * user CPU seconds of each pass (the first is the one a command pays: nothing compiled yet).
 * The stages before the one timed run once, untimed.
 *
 * Run under `--import tsx`, the build's own `.js` files go through tsx's transform too (names
 * kept by `__name` wrappers, exports read through getters: both show in a profile as `__name`
 * and `get`), which slows the stages and blurs an A/B (session 10: observe 2.95 2.30 2.18 s a
 * pass under tsx, 2.30 1.88 1.84 s for the same build without). For A/Bs, bundle the harness
 * once and run it with plain node:
 * `node_modules/.bin/esbuild bench/stages.ts --outfile=/tmp/stages.mjs --format=esm --platform=node`,
 * then `node /tmp/stages.mjs DIST STAGE [passes] [folder]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const STAGES = ['analyse', 'ingest', 'parse', 'units', 'quantities', 'observe'] as const;
type Stage = (typeof STAGES)[number];

interface Read { readonly ok: boolean; readonly value?: unknown }
interface Unit { readonly text: string }
/** What a build exports that the stages need (typed loosely: any commit's build will do). */
interface Build {
  readonly readAndKey: (source: string, format: string, bytes: Uint8Array) => Promise<Read>;
  readonly parseDocument: (document: unknown) => { readonly document: unknown };
  readonly documentUnits: (parsed: unknown) => readonly Unit[];
  readonly recogniseQuantities: (text: string) => readonly unknown[];
  readonly observeDocument: (parsed: unknown, units: readonly Unit[], quantitiesOf: (unit: Unit) => readonly unknown[], catalogue: unknown) => readonly unknown[];
  readonly analyseFile: (source: string, format: string, bytes: Uint8Array, catalogue: unknown) => Promise<{ readonly ok: boolean; readonly value?: { readonly observations: readonly unknown[] } }>;
  readonly catalogue: unknown;
}

/** A build's functions, from the files that held them before the stage barrels existed too. */
async function load(dist: string): Promise<Build> {
  const from = async (file: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(dist, file)).href)) as Record<string, unknown>;
  const ingest = await from('ingest/ingest.js');
  const parse = await from('parse/parse-document.js');
  const units = await from('indicators/observe-document.js');
  const quantities = await from('quantities/recognise.js');
  const catalogue = await from('catalogue/catalogue.js');
  const pipeline = await from('pipeline.js');
  return {
    readAndKey: ingest.readAndKey as Build['readAndKey'],
    parseDocument: parse.parseDocument as Build['parseDocument'],
    documentUnits: units.documentUnits as Build['documentUnits'],
    recogniseQuantities: quantities.recogniseQuantities as Build['recogniseQuantities'],
    observeDocument: units.observeDocument as Build['observeDocument'],
    analyseFile: pipeline.analyseFile as Build['analyseFile'],
    catalogue: catalogue.DEFAULT_CATALOGUE,
  };
}

async function main(): Promise<void> {
  const [dist, stageName, passesText = '3', folder = '/tmp/corp3000'] = process.argv.slice(2);
  if (dist === undefined || !STAGES.includes(stageName as Stage)) {
    throw new Error(`usage: node --import tsx bench/stages.ts DIST ${STAGES.join('|')} [passes] [folder]`);
  }
  const stage = stageName as Stage;
  const build = await load(resolve(dist));
  const files = readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name))] as const);
  // the inputs of the stage timed, made once
  const documents: unknown[] = [];
  if (stage !== 'analyse' && stage !== 'ingest') {
    for (const [name, bytes] of files) {
      const read = await build.readAndKey(name, 'txt', bytes);
      if (read.ok) documents.push(read.value);
    }
  }
  const parsed = stage === 'units' || stage === 'quantities' || stage === 'observe' ? documents.map((document) => build.parseDocument(document)) : [];
  const units = stage === 'quantities' || stage === 'observe' ? parsed.map((one) => build.documentUnits(one)) : [];
  const found = stage === 'observe' ? units.map((list) => new Map(list.map((unit) => [unit, build.recogniseQuantities(unit.text)]))) : [];
  const run: Record<Stage, () => Promise<number>> = {
    analyse: async () => {
      let count = 0;
      for (const [name, bytes] of files) count += (await build.analyseFile(name, 'txt', bytes, build.catalogue)).value?.observations.length ?? 0;
      return count;
    },
    ingest: async () => {
      let count = 0;
      for (const [name, bytes] of files) count += (await build.readAndKey(name, 'txt', bytes)).ok ? 1 : 0;
      return count;
    },
    parse: () => Promise.resolve(documents.reduce<number>((count, document) => count + (build.parseDocument(document) ? 1 : 0), 0)),
    units: () => Promise.resolve(parsed.reduce<number>((count, one) => count + build.documentUnits(one).length, 0)),
    quantities: () => Promise.resolve(units.reduce<number>((count, list) => count + list.reduce((sum, unit) => sum + build.recogniseQuantities(unit.text).length, 0), 0)),
    observe: () => Promise.resolve(parsed.reduce<number>((count, one, at) => count + build.observeDocument(one, units[at] ?? [], (unit) => found[at]?.get(unit) ?? [], build.catalogue).length, 0)),
  };
  const seconds: string[] = [];
  for (let pass = 0; pass < Number(passesText); pass++) {
    const before = process.cpuUsage();
    const count = await run[stage]();
    seconds.push((process.cpuUsage(before).user / 1e6).toFixed(3));
    if (pass === 0) console.log(`${stage}: ${count} made`);
  }
  console.log(`${stage} user s per pass: ${seconds.join(' ')}`);
}

await main();
