import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { decide, installCommands, missingPackages, REQUIREMENTS, type Requirement } from '../../scripts/provision.js';

const run = promisify(execFile);
const SCRIPT = new URL('../../scripts/provision.ts', import.meta.url).pathname;

/** Run the real script in a child process (as the user nobody with `asNobody`); resolves to its exit code and output. */
async function provision(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const asNobody = args[0] === 'asNobody';
  const command = asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
  try {
    const { stdout, stderr } = await run(command[0] ?? '', [...command.slice(1), '--import', 'tsx', SCRIPT, ...args.slice(asNobody ? 1 : 0)], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('scripts/provision', () => {
  describe('missingPackages', () => {
    it('lists every package whose probe fails, in catalogue order', () => {
      const absent = new Set(['/usr/bin/chromium', 'jupyter-nbconvert']);
      const present = (requirement: Requirement): boolean => !absent.has('file' in requirement.probe ? requirement.probe.file : requirement.probe.command);
      expect(missingPackages(REQUIREMENTS, present)).toEqual(['chromium', 'jupyter-nbconvert']);
    });

    it('is empty when every probe succeeds, and names each package once', () => {
      expect(missingPackages(REQUIREMENTS, () => true)).toEqual([]);
      const twice: Requirement[] = [
        { package: 'p', probe: { file: '/a' }, why: 'x' },
        { package: 'p', probe: { command: 'b' }, why: 'y' },
      ];
      expect(missingPackages(twice, () => false)).toEqual(['p']);
    });

    it('covers the packages the README names for the tests', () => {
      expect(REQUIREMENTS.map((requirement) => requirement.package).sort()).toEqual(
        ['chromium', 'fonts-noto-cjk', 'jupyter-client', 'jupyter-nbconvert', 'python3-ipython', 'python3-nbclient'],
      );
    });
  });

  describe('decide', () => {
    it('does nothing when nothing is missing', () => {
      expect(decide([], { root: true })).toEqual({ kind: 'nothing' });
      expect(installCommands([])).toEqual([]);
    });

    it('installs as root: apt-get update first, then install, both waiting for the dpkg lock', () => {
      expect(decide(['chromium', 'fonts-noto-cjk'], { root: true })).toEqual({
        kind: 'install',
        commands: [
          ['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'],
          ['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'],
        ],
      });
    });

    it('refuses as another user, naming the exact command to run', () => {
      const decision = decide(['chromium'], { root: false });
      expect(decision.kind).toBe('refuse');
      expect(decision.kind === 'refuse' && decision.message).toContain('sudo apt-get -o DPkg::Lock::Timeout=600 update -qq && sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium');
    });
  });

  describe('the script', () => {
    it('finds everything in place on a provisioned machine (exit 0, silent)', async () => {
      expect(await provision('--dry-run')).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('in a dry run, plans a missing package and asks apt-get (simulation) whether it can be installed', async () => {
      const result = await provision('--dry-run', '--require', 'regionbench-no-such-package:/nonexistent/regionbench-probe');
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('provision: missing regionbench-no-such-package; would run:');
      expect(result.stdout).toContain('apt-get -o DPkg::Lock::Timeout=600 install -y -qq regionbench-no-such-package');
      expect(result.stderr).toContain('provision: apt-get cannot install regionbench-no-such-package: E: Unable to locate package regionbench-no-such-package');
    });

    it('in a dry run, a package apt-get knows (chromium, probed at a missing file) simulates cleanly', async () => {
      const result = await provision('--dry-run', '--require', 'chromium:/nonexistent/regionbench-probe');
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('provision: missing chromium; would run:');
    });

    it('as another user than root, installs nothing and names the command to run (exit 1)', async () => {
      if (process.getuid?.() !== 0) throw new Error('this test switches to the user nobody with setpriv, which needs root (the CI runs as root)');
      const result = await provision('asNobody', '--require', 'regionbench-no-such-package:/nonexistent/regionbench-probe');
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: 'provision: the tests need the Debian packages regionbench-no-such-package, which are not installed, and this is not root. Run:\n'
          + '  sudo apt-get -o DPkg::Lock::Timeout=600 update -qq && sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq regionbench-no-such-package\n'
          + 'then npm test again.\n',
      });
    });

    it('rejects an unknown argument and a malformed --require', async () => {
      expect(await provision('--install-everything')).toMatchObject({ code: 1, stderr: 'provision: unknown argument --install-everything\n' });
      expect((await provision('--require', 'nocolon')).stderr).toContain('invalid --require nocolon');
    });
  });
});
