/**
 * The three tiers of failure, as types every stage and the command line share:
 * - `UsageError`: the command was misused (a bad option, nothing to read); exit status 1.
 * - `ConfigError`: the configuration around the command is wrong (an output that cannot be
 *   written, an unreadable catalogue, regions file or reference store); exit status 1.
 * - `DataError`: the data let nothing be done (documents found, none readable); exit status 2.
 *   Problems in single documents never throw: they are rows of the diagnostics table.
 * The message is the one line the command line prints (no trailing period). Imports nothing.
 */

/**
 * Exit statuses of every command: 0 all inputs read, 2 some inputs failed (the rest written),
 * 1 usage or configuration error (a bad option, nothing to read, an output that cannot be
 * written), found before any output is written.
 */
export const EXIT = { ok: 0, usage: 1, someFailed: 2 } as const;

/** The tiers, each with the exit status the command line gives it. */
export const EXIT_BY_TIER = { usage: EXIT.usage, config: EXIT.usage, data: EXIT.someFailed } as const;

/** A failure tier (see the module's comment). */
export type ErrorTier = keyof typeof EXIT_BY_TIER;

/** A failure the command line reports in one line and maps to an exit status by its tier. */
export abstract class RegionbenchError extends Error {
  abstract readonly tier: ErrorTier;
}

/**
 * The command was misused.
 *
 * @example
 * new UsageError('invalid --year: x').tier // → 'usage'
 */
export class UsageError extends RegionbenchError {
  readonly tier = 'usage';
}

/**
 * The configuration around the command is wrong (outputs, catalogue, reference data).
 *
 * @example
 * new ConfigError('cannot read catalogue file x.json').tier // → 'config'
 */
export class ConfigError extends RegionbenchError {
  readonly tier = 'config';
}

/**
 * The data let nothing be done.
 *
 * @example
 * new DataError('none of the 2 documents found could be read').tier // → 'data'
 */
export class DataError extends RegionbenchError {
  readonly tier = 'data';
}
