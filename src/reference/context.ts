/**
 * What the reference-data edge needs of its caller: where it runs, the environment (for
 * `$REGIONBENCH_REFERENCE`), the language of its lines and where they go.
 */
import { relative } from 'node:path';
import type { Language } from '../options.js';

/** The caller's side of a reference-data call. */
export interface ReferenceContext {
  /** Folder that relative paths (options, the default store) are taken from. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Language of the lines passed to `note`. */
  readonly lang: Language;
  /** One line for the user (the command line prints it on stderr, prefixed `regionbench: `). */
  note(line: string): void;
}

/** Which store a command uses: `--reference DIR` (a string), `--no-reference` (false), or neither. */
export type ReferenceChoice = string | boolean | undefined;

/**
 * A path as the user is shown it: relative to the working folder when inside it, else whole.
 *
 * @example
 * shownPath('/p', '/p/ref') // → 'ref'
 * shownPath('/p', '/p') // → '.'
 * shownPath('/p', '/data/ref') // → '/data/ref'
 */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
