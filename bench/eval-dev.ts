/**
 * `npm run eval:dev [-- --verbose | --format json | --indicators a,b]`: run `regionbench eval` on
 * the development set kept outside the project (`../shared/dev`: real pages and their gold
 * rows). Without that folder (a user's clone) it says so and exits 0.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { runCli } from '../src/cli/commands.js';

const dev = resolve(process.cwd(), '..', 'shared', 'dev');
const gold = join(dev, 'gold.tsv');
const excerpts = join(dev, 'excerpts');
if (!existsSync(gold) || !existsSync(excerpts)) {
  process.stdout.write(`eval:dev: no development set at ${dev} (gold.tsv and excerpts/): nothing to score\n`);
} else {
  process.exitCode = await runCli(new Command(), ['eval', '--gold', gold, excerpts, ...process.argv.slice(2)], {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: false,
    cwd: process.cwd(),
  });
}
