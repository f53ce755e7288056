/**
 * Provision what the test suite needs from Debian before it runs (`npm test` calls this first):
 * a CJK font for the PDF fixtures, chromium for the report's browser tests, and Jupyter for the
 * notebooks. Each requirement is checked by a probe (a file or a command on PATH); the missing
 * packages are installed with apt-get when running as root, and otherwise the script fails with
 * the exact command to run. A test that skipped because a package was missing would not be a pass.
 *
 * ```sh
 * node --import tsx scripts/provision.ts             # check, install what is missing (root)
 * node --import tsx scripts/provision.ts --dry-run   # say what would be installed; apt-get -s only
 * node --import tsx scripts/provision.ts --dry-run --require fake-package:/no/such/file
 * ```
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A Debian package and how to tell it is there: a file it installs, or a command it puts on PATH. */
export interface Requirement {
  readonly package: string;
  readonly probe: { readonly file: string } | { readonly command: string };
  /** What needs it, for the messages. */
  readonly why: string;
}

/** What the tests need from Debian (data: add a line here when a test needs another package). */
export const REQUIREMENTS: readonly Requirement[] = [
  { package: 'fonts-noto-cjk', probe: { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' }, why: 'PDF fixtures with Chinese text' },
  { package: 'chromium', probe: { file: '/usr/bin/chromium' }, why: 'report pages in a real browser' },
  { package: 'jupyter-nbconvert', probe: { command: 'jupyter-nbconvert' }, why: 'notebooks executed by Jupyter' },
  { package: 'python3-nbclient', probe: { file: '/usr/lib/python3/dist-packages/nbclient/__init__.py' }, why: 'notebooks executed by Jupyter' },
  { package: 'jupyter-client', probe: { command: 'jupyter-kernelspec' }, why: 'notebooks executed by Jupyter' },
  { package: 'python3-ipython', probe: { file: '/usr/lib/python3/dist-packages/IPython/__init__.py' }, why: 'notebooks executed by Jupyter' },
];

/** Whether a requirement's probe finds what the package installs. */
export type PresenceCheck = (requirement: Requirement) => boolean;

/**
 * The packages whose probe fails, in order, each once.
 *
 * @example
 * missingPackages(REQUIREMENTS, (r) => r.package !== 'chromium') // → ['chromium']
 */
export function missingPackages(requirements: readonly Requirement[], isPresent: PresenceCheck): string[] {
  const missing = requirements.filter((requirement) => !isPresent(requirement)).map((requirement) => requirement.package);
  return [...new Set(missing)];
}

/** apt-get as run here: no questions, and waits up to ten minutes for another apt to finish. */
export const APT_OPTIONS = ['-o', 'DPkg::Lock::Timeout=600'] as const;

/** The commands that install `packages` (empty when nothing is missing). */
export function installCommands(packages: readonly string[]): string[][] {
  if (packages.length === 0) return [];
  return [
    ['apt-get', ...APT_OPTIONS, 'update', '-qq'],
    ['apt-get', ...APT_OPTIONS, 'install', '-y', '-qq', ...packages],
  ];
}

/**
 * What to do about the missing packages: nothing, install them (root), or stop with the
 * command for the user to run (anyone else).
 *
 * @example
 * decide(['chromium'], { root: false }).kind // → 'refuse'
 */
export function decide(missing: readonly string[], context: { readonly root: boolean }): { kind: 'nothing' } | { kind: 'install'; commands: string[][] } | { kind: 'refuse'; message: string } {
  if (missing.length === 0) return { kind: 'nothing' };
  const commands = installCommands(missing);
  if (context.root) return { kind: 'install', commands };
  const shown = commands.map((command) => `sudo ${command.join(' ')}`).join(' && ');
  return { kind: 'refuse', message: `provision: the tests need the Debian packages ${missing.join(' ')}, which are not installed, and this is not root. Run:\n  ${shown}\nthen npm test again.` };
}

/** The probe on this machine: the file exists, or the command is an executable on PATH. */
export function probeHere(requirement: Requirement): boolean {
  const probe = requirement.probe;
  if ('file' in probe) return readable(probe.file, constants.R_OK);
  return (process.env.PATH ?? '').split(delimiter).some((folder) => folder !== '' && readable(join(folder, probe.command), constants.X_OK));
}

function readable(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/** Parse `--require PACKAGE:/file` (extra requirements, for trying the script with a package that is not there). */
function extraRequirement(text: string): Requirement {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) throw new Error(`provision: invalid --require ${text} (PACKAGE:/path/of/a/file/it/installs)`);
  return { package: text.slice(0, colon), probe: { file: text.slice(colon + 1) }, why: 'given with --require' };
}

/** Run the script: 0 when everything is there (or was installed, or the dry run could plan it), 1 otherwise. */
export function main(argv: readonly string[], io: { log(line: string): void; error(line: string): void } = { log: console.log, error: console.error }): number {
  const dryRun = argv.includes('--dry-run');
  const requirements = [...REQUIREMENTS];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--require') requirements.push(extraRequirement(argv[++index] ?? ''));
    else if (argument !== '--dry-run') throw new Error(`provision: unknown argument ${argument}`);
  }
  const missing = missingPackages(requirements, probeHere);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const decision = decide(missing, { root });
  if (decision.kind === 'nothing') return 0;
  if (dryRun) {
    io.log(`provision: missing ${missing.join(' ')}; would run:`);
    for (const command of installCommands(missing)) io.log(`  ${command.join(' ')}`);
    // let apt resolve the names without installing anything (no root, no lock needed)
    const simulated = spawnSync('apt-get', [...APT_OPTIONS, 'install', '-s', '-qq', ...missing], { encoding: 'utf8' });
    if (simulated.error !== undefined) {
      io.error(`provision: apt-get is not available here (${simulated.error.message})`);
      return 1;
    }
    if (simulated.status !== 0) {
      io.error(`provision: apt-get cannot install ${missing.join(' ')}: ${simulated.stderr.trim().split('\n').pop() ?? ''}`);
      return 1;
    }
    return 0;
  }
  if (decision.kind === 'refuse') {
    io.error(decision.message);
    return 1;
  }
  io.log(`provision: installing ${missing.join(' ')} (${[...new Set(requirements.filter((r) => missing.includes(r.package)).map((r) => r.why))].join('; ')})`);
  for (const command of decision.commands) {
    const [program, ...args] = command as [string, ...string[]];
    const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      io.error(`provision: ${command.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
      return 1;
    }
  }
  const still = missingPackages(requirements, probeHere);
  if (still.length > 0) {
    io.error(`provision: installed, but still missing: ${still.join(' ')}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
