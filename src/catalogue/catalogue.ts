import { ConfigError } from '../errors.js';
import { z } from 'zod';
import { indicatorSchema, type IndicatorDef } from './schema.js';
import { INDICATOR_ROWS } from './indicators-data.js';
import { INDICATOR_UNITS, isIndicatorUnit } from './indicator-units.js';
import { BUILT_IN_WORDS, WORD_LIST_NAMES, withWords, type WordLists } from './words.js';

/** A validated catalogue: indicators in order and by id, and the word lists figures are read with. */
export interface Catalogue {
  readonly indicators: readonly IndicatorDef[];
  readonly byId: ReadonlyMap<string, IndicatorDef>;
  readonly words: WordLists;
}

/**
 * Validate catalogue rows; throws (tier 1: bad configuration) naming the entry and field.
 *
 * @example
 * validateIndicators([{ id: 'x', unit: 'parsec' }], 'my.json')
 * // throws: invalid catalogue entry 1 (x) in my.json: name_zh: expected string, received undefined
 */
export function validateIndicators(rows: readonly unknown[], origin: string): IndicatorDef[] {
  return rows.map((row, index) => {
    const id = typeof row === 'object' && row !== null && 'id' in row ? String((row as { id: unknown }).id) : '?';
    const where = `invalid catalogue entry ${index + 1} (${id}) in ${origin}`;
    const parsed = indicatorSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConfigError(`${where}: ${issue ? `${issue.path.join('.') || 'entry'}: ${issue.message}` : 'not an indicator'}`);
    }
    const indicator = parsed.data;
    if (!isIndicatorUnit(indicator.unit)) {
      throw new ConfigError(`${where}: unit "${indicator.unit}" is not one of ${Object.keys(INDICATOR_UNITS).join(', ')}`);
    }
    if (INDICATOR_UNITS[indicator.unit].dimension !== indicator.dimension) {
      throw new ConfigError(`${where}: dimension "${indicator.dimension}" does not fit unit "${indicator.unit}" (${INDICATOR_UNITS[indicator.unit].dimension})`);
    }
    return indicator;
  });
}

/** The catalogue shipped with regionbench (validated once at load). */
export const DEFAULT_CATALOGUE: Catalogue = buildCatalogue(validateIndicators(INDICATOR_ROWS, 'the built-in catalogue'));

/**
 * A catalogue of indicators already validated (by `validateIndicators`); a later entry with the
 * same id replaces an earlier one.
 *
 * @example
 * buildCatalogue(DEFAULT_CATALOGUE.indicators).byId.size === DEFAULT_CATALOGUE.indicators.length // → true
 */
export function buildCatalogue(indicators: readonly IndicatorDef[], words: WordLists = BUILT_IN_WORDS): Catalogue {
  const byId = new Map<string, IndicatorDef>();
  for (const indicator of indicators) byId.set(indicator.id, indicator);
  return { indicators: [...byId.values()], byId, words };
}

const wordsSchema = z.object(Object.fromEntries(WORD_LIST_NAMES.map((name) => [name, z.array(z.string().min(1)).optional()]))).strict();
const userFileSchema = z.union([
  z.array(z.unknown()),
  z.object({ indicators: z.array(z.unknown()).optional(), words: z.unknown().optional() }).strict(),
]);

/**
 * Extend a catalogue with a user's entries (JSON text: an array of indicators, or
 * `{ "indicators": [...], "words": { "target": ["拟于"], … } }`). An entry with a known id
 * replaces it; a new id is added. The user's entries come first, in their file's order, then
 * the other indicators: where a user's indicator and a built-in one read the same cue words at
 * the same place, the user's wins. Words are added to the named lists (`WORD_LIST_NAMES`: target,
 * reported, increment, stock, cap, ensure, strive, forecast, non_noun …).
 *
 * @example
 * extendCatalogue(DEFAULT_CATALOGUE, '[{"id":"ev_chargers_new", … }]', 'my-catalogue.json').byId.has('ev_chargers_new') // → true
 */
export function extendCatalogue(base: Catalogue, jsonText: string, origin: string): Catalogue {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    throw new ConfigError(`invalid catalogue file ${origin}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const shape = userFileSchema.safeParse(data);
  if (!shape.success) throw new ConfigError(`invalid catalogue file ${origin}: expected an array of indicators or {"indicators": [...], "words": {...}}`);
  const rows = Array.isArray(shape.data) ? shape.data : shape.data.indicators ?? [];
  let words = base.words;
  if (!Array.isArray(shape.data) && shape.data.words !== undefined) {
    const lists = wordsSchema.safeParse(shape.data.words);
    if (!lists.success) {
      const issue = lists.error.issues[0];
      throw new ConfigError(`invalid catalogue file ${origin}: words${issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'not word lists'} (lists: ${WORD_LIST_NAMES.join(', ')})`);
    }
    words = withWords(base.words, lists.data as Partial<Record<keyof WordLists, readonly string[]>>);
  }
  const added = validateIndicators(rows, origin);
  const replaced = new Set(added.map((indicator) => indicator.id));
  return buildCatalogue([...added, ...base.indicators.filter((indicator) => !replaced.has(indicator.id))], words);
}
