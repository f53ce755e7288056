import tseslint from 'typescript-eslint';

/**
 * The shape of `src/`, as data: each folder with the folders it may import. Stages follow the
 * data flow (ingest → parse → quantities → indicators → tracking → tables → compare → report)
 * and never import a later one; `diagnostics`, `catalogue` and `regions` are the data every
 * stage reads; `eval`, `workers` and `reference` (reference data at the edge) sit on the
 * stages; `cli` on top of all. Top-level files (`options.ts`, `errors.ts`, `messages.ts`,
 * `patterns.ts`, `memo.ts`) import no folder and may be used anywhere; `pipeline.ts`,
 * `extract-worker.ts`, `jobs.ts` and `index.ts` may use every folder but `cli`.
 */
const BASE = ['diagnostics', 'catalogue', 'regions'];
const STAGES = ['ingest', 'parse', 'quantities', 'indicators', 'tracking', 'tables', 'compare', 'report'];
const FOLDERS = [...BASE, ...STAGES, 'eval', 'workers', 'reference', 'cli'];
const MAY_IMPORT = {
  diagnostics: [],
  catalogue: ['diagnostics'],
  regions: ['diagnostics', 'catalogue'],
  ...Object.fromEntries(STAGES.map((stage, at) => [stage, [...BASE, ...STAGES.slice(0, at)]])),
  eval: [...BASE, ...STAGES],
  workers: [...BASE, ...STAGES],
  reference: [...BASE, ...STAGES],
  cli: FOLDERS.filter((folder) => folder !== 'cli'),
};

/** Rule options for files of `folder` (null: a top-level file that may use folders, `prefix` the path to them). */
function shapeOf(folder, prefix, allowed) {
  const refused = FOLDERS.filter((other) => other !== folder && !allowed.includes(other));
  return ['error', {
    patterns: [
      ...(refused.length === 0 ? [] : [{
        group: refused.map((other) => `${prefix}${other}/**`),
        message: `${folder ?? 'this file'} may import only ${allowed.join(', ') || 'no other folder'} (a stage never imports a later stage; see eslint.config.js)`,
      }]),
      ...(folder === null || folder === 'cli' ? [] : [{ group: [`${prefix}pipeline*`, `${prefix}extract-worker*`, `${prefix}jobs*`, `${prefix}index*`], message: 'stages do not import the pipeline, the jobs or the package entry' }]),
      {
        regex: `^${prefix.replace(/\./g, '\\.')}(${FOLDERS.join('|')})/(?!index\\.js$)[^/]+$`,
        message: 'import another folder through its index.ts',
      },
    ],
  }];
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'notebooks/', 'coverage/', 'tmp/', 'test/fixtures/lint/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'name exports explicitly (no export *)' }],
    },
  },
  ...Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': shapeOf(folder, '../', allowed) },
  })),
  {
    files: ['src/pipeline.ts', 'src/extract-worker.ts', 'src/jobs.ts'],
    rules: { 'no-restricted-imports': shapeOf(null, './', FOLDERS.filter((folder) => folder !== 'cli')) },
  },
  {
    // the package entry also names what the barrels leave out (arquero's tables: recordsToTable, arrowOf)
    files: ['src/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['./cli/**'], message: 'the package entry does not import the command line' }] }] },
  },
  {
    files: ['src/options.ts', 'src/errors.ts', 'src/messages.ts', 'src/patterns.ts', 'src/memo.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['./*/**'], message: 'shared top-level helpers import no folder' }] }] },
  },
);
