/**
 * The notebooks run in real Jupyter: `jupyter nbconvert --execute` with the tslab kernel, on
 * the built package (`dist/`), exactly as a user opens them. A cell error makes nbconvert exit
 * non-zero and fails the test. Needs the Debian packages `jupyter-nbconvert python3-nbclient
 * jupyter-client python3-ipython` (provisioned by `npm test`, see scripts/provision.ts); the tslab kernel spec is installed
 * here when missing, and `dist/` is rebuilt (`npm run build`) when older than `src/`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildReportModel } from '../../src/report/index.js';
import { extractSeeds, reportInput } from '../report/helpers.js';

const run = promisify(execFile);
const ROOT = process.cwd();
const NOTEBOOKS_DIR = join(ROOT, 'notebooks');
const NOTEBOOKS = readdirSync(NOTEBOOKS_DIR).filter((name) => name.endsWith('.ipynb')).sort();
const ENV = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` };
const CELL_TIMEOUT_SECONDS = 120;

interface Output {
  readonly output_type: string;
  readonly name?: string;
  readonly text?: string | string[];
  readonly data?: Record<string, string | string[]>;
}

interface Cell {
  readonly cell_type: string;
  readonly id?: string;
  readonly source: string | string[];
  readonly execution_count?: number | null;
  readonly outputs?: Output[];
}

interface Notebook {
  readonly nbformat: number;
  readonly nbformat_minor: number;
  readonly metadata: { readonly kernelspec?: { readonly name?: string } };
  readonly cells: readonly Cell[];
}

function readNotebook(path: string): Notebook {
  return JSON.parse(readFileSync(path, 'utf8')) as Notebook;
}

const joined = (text: string | string[] | undefined): string => (Array.isArray(text) ? text.join('') : text ?? '');

/** Every stream text and every rich output of a notebook, in order. */
function outputsOf(notebook: Notebook): { stdout: string; stderr: string; html: string[]; errors: string[] } {
  const outputs = notebook.cells.flatMap((cell) => cell.outputs ?? []);
  return {
    stdout: outputs.filter((o) => o.output_type === 'stream' && o.name === 'stdout').map((o) => joined(o.text)).join(''),
    stderr: outputs.filter((o) => o.output_type === 'stream' && o.name === 'stderr').map((o) => joined(o.text)).join(''),
    html: outputs.map((o) => joined(o.data?.['text/html'])).filter((html) => html !== ''),
    errors: outputs.filter((o) => o.output_type === 'error').map((o) => JSON.stringify(o)),
  };
}

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** nbconvert's own message names the failing cell; tslab prints the reason as cell output, so run again keeping errors to show it. */
async function explainFailure(notebook: string, error: unknown): Promise<Error> {
  const stderr = String((error as { stderr?: unknown }).stderr ?? error);
  const again = mkdtempSync(join(tmpdir(), 'regionbench-notebook-failed-'));
  let cells = '';
  try {
    await run('jupyter', ['nbconvert', '--to', 'notebook', '--execute', '--allow-errors', '--output-dir', again, join(NOTEBOOKS_DIR, notebook)], { env: ENV, cwd: ROOT, maxBuffer: 1 << 26 });
    const executed = readNotebook(join(again, notebook));
    cells = executed.cells.filter((cell) => cell.cell_type === 'code')
      .map((cell) => `[${cell.id ?? '?'}]\n${(cell.outputs ?? []).map((o) => joined(o.text)).join('').slice(0, 2000)}`)
      .join('\n');
  } catch {
    cells = '(re-running with --allow-errors failed too)';
  }
  return new Error(`${notebook} failed in nbconvert:\n${stderr.slice(-3000)}\n--- cell outputs ---\n${cells}`);
}

describe('notebooks', () => {
  it('are committed clean: nbformat 4.5 with cell ids, the tslab kernel, no outputs', () => {
    expect(NOTEBOOKS).toEqual(expect.arrayContaining(['01-explore-targets.ipynb', '02-compare-my-region.ipynb', '03-add-an-indicator.ipynb']));
    for (const name of NOTEBOOKS) {
      const notebook = readNotebook(join(NOTEBOOKS_DIR, name));
      expect({ name, version: [notebook.nbformat, notebook.nbformat_minor >= 5], kernel: notebook.metadata.kernelspec?.name })
        .toEqual({ name, version: [4, true], kernel: 'tslab' });
      const ids = notebook.cells.map((cell) => cell.id ?? '');
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(new Set(ids).size).toBe(ids.length);
      for (const cell of notebook.cells.filter((c) => c.cell_type === 'code')) {
        expect({ name, id: cell.id, outputs: cell.outputs, count: cell.execution_count }).toEqual({ name, id: cell.id, outputs: [], count: null });
      }
    }
  });

  it('import regionbench from the built package only, and speak Chinese with English glosses', () => {
    for (const name of NOTEBOOKS) {
      const notebook = readNotebook(join(NOTEBOOKS_DIR, name));
      const code = notebook.cells.filter((cell) => cell.cell_type === 'code').map((cell) => joined(cell.source)).join('\n');
      const prose = notebook.cells.filter((cell) => cell.cell_type === 'markdown').map((cell) => joined(cell.source)).join('\n');
      expect(code).toContain("from '../dist/index.js'");
      expect(code).not.toMatch(/from '\.\.\/(src|dist\/(?!index\.js))/);
      expect(prose).toMatch(/\p{Script=Han}/u);
      expect(prose).toMatch(/\*[A-Za-z][^*]*\*/);
    }
  });

  describe('executed by jupyter nbconvert with the tslab kernel', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'regionbench-notebooks-'));
    // The notebooks write their files under os.tmpdir(): point it into outDir so nothing outlives the test.
    const kernelEnv = { ...ENV, TMPDIR: outDir };

    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    beforeAll(async () => {
      try {
        await run('jupyter', ['nbconvert', '--version'], { env: ENV });
      } catch {
        throw new Error('jupyter nbconvert is not installed: apt-get install jupyter-nbconvert python3-nbclient jupyter-client python3-ipython');
      }
      const { stdout } = await run('jupyter', ['kernelspec', 'list', '--json'], { env: ENV });
      const kernels = (JSON.parse(stdout) as { kernelspecs: Record<string, unknown> }).kernelspecs;
      if (!('tslab' in kernels)) {
        // tslab's installer needs the Python that runs Jupyter (Debian's), not a pyenv or venv python3 earlier on PATH.
        const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
        await run(join(ROOT, 'node_modules', '.bin', 'tslab'), ['install', `--python=${python}`], { env: ENV });
      }
      const built = join(ROOT, 'dist', 'index.js');
      if (!existsSync(built) || statSync(built).mtimeMs < newestModification(join(ROOT, 'src'))) {
        await run('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: ENV });
      }
    }, 300_000);

    async function execute(notebook: string): Promise<Notebook> {
      try {
        await run('jupyter', [
          'nbconvert', '--to', 'notebook', '--execute', `--ExecutePreprocessor.timeout=${CELL_TIMEOUT_SECONDS}`,
          '--output-dir', outDir, join(NOTEBOOKS_DIR, notebook),
        ], { env: kernelEnv, cwd: ROOT, maxBuffer: 1 << 26 });
      } catch (error) {
        throw await explainFailure(notebook, error);
      }
      const executed = readNotebook(join(outDir, notebook));
      const { stderr, errors } = outputsOf(executed);
      expect({ notebook, stderr, errors }).toEqual({ notebook, stderr: '', errors: [] });
      return executed;
    }

    it('runs 01-explore-targets: seeds through arquero and danfo.js to an inline Vega-Lite SVG', async () => {
      const { stdout, html } = outputsOf(await execute('01-explore-targets.ipynb'));
      expect(stdout).toContain('文件 documents: 5');
      expect(stdout).toMatch(/│ 地区\s+│ 行政区划代码\s+│ 文号/);
      expect(stdout).toContain('新增绿色建筑面积');
      expect(html).toHaveLength(1);
      const svg = html[0] ?? '';
      expect(svg).toMatch(/^<svg [\s\S]*<\/svg>$/);
      for (const text of ['2023年新增绿色建筑面积目标（万平方米）', '滕州市', '台儿庄区', '地区 region']) expect(svg).toContain(`>${text}</text>`);
      // the legend names the bounds as the report's tables do: 泰安市 and 罗庄区 wrote 以上, the
      // other three a bare figure (确数); never the codes = and >=
      for (const bound of ['界限 bound', '确数', '以上']) expect(svg).toContain(`>${bound}</text>`);
      expect(svg).not.toMatch(/>(=|&gt;=|>=)<\/text>/);
      // the table beside it: 台儿庄区 wrote 力争年内新增绿色建筑25万平方米
      expect(stdout).toMatch(/│ 台儿庄区\s+│ 250000\s+│ 确数\s+│ 力争/);
    }, 240_000);

    it('runs 02-compare-my-region: per-capita ranking, peer gap, rank interval and the exported files', async () => {
      const { stdout } = outputsOf(await execute('02-compare-my-region.ipynb'));
      expect(stdout).toContain('新增绿色建筑面积（m2/万人）');
      expect(stdout).toMatch(/滕州市：目标 1,500,000 平方米/);
      expect(stdout).toMatch(/已达到 meets median: true/);
      expect(stdout).toMatch(/滕州市: 基准排名 \d，区间 [\d.]+–[\d.]+/);
      // ranked as the report ranks: per resident, county-level units apart from the prefecture
      // (泰安市). 滕州市's peers are the other three; their new green building area per 万人:
      // 台儿庄区 25万/30.51, 嘉祥县 50万/80, 罗庄区 60万/67.9333 (seeds/regions.csv) → median 8194.0
      expect(stdout).toContain('同类中位数 peer median 8194.0 m2/万人');
      const peers = /对标地区 peers: (.*)/.exec(stdout)?.[1]?.split('、').sort();
      expect(peers).toEqual(['台儿庄区', '嘉祥县', '罗庄区'].sort());
      // the composite's base rank is the report's (per capita, levels apart)
      const model = buildReportModel(reportInput(await extractSeeds()), { planYear: 2023 });
      const reportRank = model.robustness.records.find((record) => record.region === '滕州市')?.base_rank;
      expect(stdout).toContain(`滕州市: 基准排名 ${String(reportRank)}，`);
      for (const file of ['compare.xlsx', 'ranking.csv', 'ranking.arrow']) {
        expect(stdout).toMatch(new RegExp(`${file.replace('.', '\\.')}  [1-9]\\d* bytes`));
        expect(stdout).toContain(join(outDir, 'regionbench-compare-'));
      }
    }, 240_000);

    it('runs 03-add-an-indicator: a user indicator from the catalogue file to a ranking', async () => {
      const { stdout } = outputsOf(await execute('03-add-an-indicator.ipynb'));
      const [, before, after] = stdout.match(/指标数 indicators: (\d+) → (\d+)/) ?? [];
      expect(Number(after) - Number(before)).toBe(1);
      expect(stdout).toContain('unit "pile" is not one of');
      expect(stdout).toContain('新增充电桩（charger/万人）');
      expect(stdout).toMatch(/║ 0\s+│ 1\s+│ 台儿庄区\s+│ 300 /);
      expect(stdout).toContain('invalid indicator: ev_chargers_new is not in the catalogue');
    }, 240_000);
  });
});
