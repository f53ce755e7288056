/**
 * Option helpers every stage shares: the language of user-facing text, and the one check of an
 * enumerated option at the boundary. Imports nothing, so any stage may use it.
 */

/** Languages of user-facing text (report pages, verdicts in words, flag descriptions). */
export const LANGUAGES = ['zh', 'en'] as const;

/** Language of user-facing text. */
export type Language = (typeof LANGUAGES)[number];

/**
 * Check an enumerated option against its allowed values, once, at the boundary.
 *
 * Returns the value typed as one of `allowed`; anything else is configuration misuse and throws
 * `invalid <name>: <value>` (no trailing period).
 *
 * @example
 * keyword('csv', 'format', ['csv', 'tsv']) // → 'csv'
 * keyword('xls', 'format', ['csv', 'tsv']) // throws Error('invalid format: xls')
 */
export function keyword<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`invalid ${name}: ${String(value)}`);
  return found;
}
