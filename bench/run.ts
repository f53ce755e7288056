/**
 * `npm run bench`: prints the figures and writes them to bench/results.json.
 * Sections: the recogniser side by side with Recognizers-Text.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { compareRecognisers } from './recognisers.js';

const machine = { cpus: cpus().length, cpu_model: cpus()[0]?.model ?? '', memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version };
const recognisers = compareRecognisers();
const results = { machine, recognisers };
console.log(JSON.stringify(results, null, 2));
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
