#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { runCli } from './commands.js';

const io = { stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY), cwd: process.cwd(), env: process.env };
process.exitCode = await runCli(new Command(), process.argv.slice(2), io).catch((error: unknown) => {
  if (error instanceof CommanderError) return error.exitCode;
  process.stderr.write(`regionbench: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.argv.includes('--debug') && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 1;
});
