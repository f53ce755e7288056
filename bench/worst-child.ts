/**
 * One worst-input measurement in a fresh process (so peak memory is this input's alone):
 *
 *   node --import tsx bench/worst-child.ts FOLDER [--catalogue FILE.json]
 *
 * `extract([FOLDER], nodeEffects())` of the built package (`dist/`), with the catalogue file
 * added to the built-in one when given (loading it is timed too, as the command line does it).
 * Prints one JSON object on stdout: milliseconds, peak resident set size, rows found and the
 * size of the observations and quantities tables as JSON (the output a user gets).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

type Library = typeof import('../src/index.js');
const { extract, nodeEffects, extendCatalogue, DEFAULT_CATALOGUE } = (await import(new URL('../dist/index.js', import.meta.url).href)) as Library;

export interface WorstMeasurement {
  readonly ms: number;
  readonly peak_rss_mb: number;
  readonly baseline_rss_mb: number;
  readonly observations: number;
  readonly quantities: number;
  readonly output_mb: number;
  readonly outcome: string;
}

async function main(): Promise<void> {
  const [folder, flag, file] = process.argv.slice(2);
  if (folder === undefined) throw new Error('usage: worst-child.ts FOLDER [--catalogue FILE]');
  const baseline = process.resourceUsage().maxRSS;
  const start = performance.now();
  const catalogue = flag === '--catalogue' && file !== undefined ? extendCatalogue(DEFAULT_CATALOGUE, readFileSync(file, 'utf8'), file) : DEFAULT_CATALOGUE;
  const extraction = await extract([folder], nodeEffects(), { catalogue });
  const ms = performance.now() - start;
  const output = JSON.stringify(extraction.observations).length + JSON.stringify(extraction.quantities).length;
  const result: WorstMeasurement = {
    ms: Math.round(ms),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    baseline_rss_mb: Math.round(baseline / 1024),
    observations: extraction.observations.length,
    quantities: extraction.quantities.length,
    output_mb: Math.round(output / 1e4) / 100,
    outcome: extraction.inputs.map((input) => input.outcome).join(','),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
