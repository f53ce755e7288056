/**
 * Problems found in the data (the diagnostics table's rows) and the messages that describe
 * them. Imports nothing: every stage may report through it.
 */
export { messages } from './messages.js';
export type { Diagnostic } from './types.js';
