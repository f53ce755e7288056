/**
 * Option helpers every stage shares: the language of user-facing text, and the checks of an
 * enumerated or whole-number option at the boundary (misuse: a `UsageError`). Imports no
 * folder, so any stage may use it.
 */
import { UsageError } from './errors.js';
import { MESSAGES, say } from './messages.js';

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
 * keyword('xls', 'format', ['csv', 'tsv']) // throws UsageError('invalid format: xls')
 */
export function keyword<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new UsageError(MESSAGES.invalidOption.en(name, String(value)));
  return found;
}

/**
 * Check a whole-number option as written: digits only, at most `digits` of them; anything else
 * throws `invalid <name>: <value> (<hint>)`, in `lang` (English by default).
 *
 * @example
 * wholeNumber('8', '--workers', 3, 'a whole number from 0') // → 8
 * wholeNumber('-1', '--workers', 3, 'a whole number from 0') // throws UsageError('invalid --workers: -1 (a whole number from 0)')
 */
export function wholeNumber(value: string, name: string, digits: number, hint: string, lang: Language = 'en'): number {
  if (!new RegExp(`^\\d{1,${digits}}$`).test(value)) throw new UsageError(say(lang, MESSAGES.invalidOption, name, value, hint));
  return Number(value);
}
