/**
 * Problems found in the data (the diagnostics table's rows) and the messages that describe
 * them (kept in the one message catalogue, `src/messages.ts`). Imports no folder: every stage
 * may report through it.
 */
export { messages } from '../messages.js';
export type { Diagnostic } from './types.js';
