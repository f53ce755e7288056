#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { runCli } from './commands.js';

const program = new Command();
const code = await runCli(program, process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  env: process.env,
}).catch((error: unknown) => {
  if (error instanceof CommanderError) return error.exitCode;
  process.stderr.write(`regionbench: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.argv.includes('--debug') && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 1;
});
process.exitCode = code;

