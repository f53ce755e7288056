/**
 * Quantities stage: recognise the figures written in plan text (value, unit, bound, span).
 * Pure functions of text; see `recognise.ts` for what counts as a quantity.
 */
export { recogniseQuantities } from './recognise.js';
export { parseNumeral } from './numerals.js';
export type { ParsedNumeral } from './numerals.js';
export type { Comparator, Dimension, Quantity } from './types.js';
