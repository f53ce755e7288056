import { Command } from 'commander';
import { runCli } from '../../src/cli/commands.js';

/** Run the command line in this process, collecting what it prints. */
export async function runCommand(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(new Command(), argv, {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    isTTY: false,
    cwd: process.cwd(),
  });
  return { status, stdout, stderr };
}
