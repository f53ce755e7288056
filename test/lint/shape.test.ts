import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Lint a fixture's text as if it were the module `asPath` of `src/`, with the project's own eslint.config.js. */
async function lintAs(fixture: string, asPath: string): Promise<ESLint.LintResult> {
  const text = await readFile(new URL(`../fixtures/lint/${fixture}`, import.meta.url), 'utf8');
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(text, { filePath: `${root}src/${asPath}` });
  if (result === undefined) throw new Error(`eslint gave no result for ${fixture}`);
  return result;
}

describe('eslint.config.js (the shape of src/)', () => {
  it('refuses a stage importing a later stage', async () => {
    const result = await lintAs('backwards-import.ts.txt', 'parse/planted.ts');
    expect(result.messages.map((message) => message.ruleId)).toEqual(['no-restricted-imports']);
    expect(result.messages[0]?.message).toContain('parse may import only');
  }, 60_000);

  it('refuses a module reaching past another folder\'s index.ts', async () => {
    const result = await lintAs('deep-import.ts.txt', 'parse/planted.ts');
    expect(result.messages.map((message) => message.message)).toEqual([expect.stringContaining('through its index.ts')]);
  }, 60_000);

  it('accepts the same import through the index of an earlier folder', async () => {
    const result = await lintAs('allowed-import.ts.txt', 'parse/planted.ts');
    expect(result.errorCount).toBe(0);
  }, 60_000);

  it('lets the report import the compare stage before it, but not compare import the report', async () => {
    const eslint = new ESLint({ cwd: root });
    const [compareImportsReport] = await eslint.lintText("import { buildReport } from '../report/index.js';\nexport const planted = buildReport;\n", { filePath: `${root}src/compare/planted.ts` });
    const [reportImportsCompare] = await eslint.lintText("import { compareIndicator } from '../compare/index.js';\nexport const planted = compareIndicator;\n", { filePath: `${root}src/report/planted.ts` });
    expect(compareImportsReport?.errorCount).toBe(1);
    expect(reportImportsCompare?.errorCount).toBe(0);
  }, 60_000);
});
