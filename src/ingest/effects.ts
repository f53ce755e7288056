/** File facts ingest needs; `stat` follows symlinks. Neither a file nor a folder: a FIFO, a device, a socket. */
export interface FileStat {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly size: number;
}

/**
 * Every effect the pipeline's edges use, passed in explicitly so stages stay pure and tests
 * can run on real files in a temp folder. Failures reject with Node's errors (`code` set).
 */
export interface Effects {
  /**
   * The bytes of a regular file (links followed); anything else (a FIFO, a device, a socket)
   * rejects with code `ENOTREG` without blocking. With `limit`, at most `limit + 1` bytes are
   * read, so a file over the limit is found by what it holds, not by its reported size.
   */
  readFile(path: string, limit?: number): Promise<Uint8Array>;
  stat(path: string): Promise<FileStat>;
  readDir(path: string): Promise<string[]>;
  realPath(path: string): Promise<string>;
  /** Write atomically: a temp file in the same folder, renamed on success. Creates folders. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /**
   * Put a finished folder in place of another in one step: at every moment `to` is the old
   * folder or the new one (never missing), and the old one is removed. A crash before or
   * during this leaves `to` as it was; what the crash left aside is removed by `removeStale`.
   */
  replaceDirectory(from: string, to: string): Promise<void>;
  /** Remove a folder and everything in it (no error when it does not exist). */
  removeDirectory(path: string): Promise<void>;
  /**
   * Check before any work that `path` can be written as a folder or a file (nothing is made);
   * rejects with a one-line message naming `option` and the path otherwise.
   */
  checkOutput(path: string, kind: OutputKind, option: string): Promise<void>;
  /**
   * Hold `folder` for this process (made if missing) (other runs writing there wait, up to a limit); resolves to
   * the release. A lock left by a process that no longer runs is taken over.
   */
  lock(folder: string, options?: LockOptions): Promise<{ release(): Promise<void> }>;
  /** Remove staging folders and superseded copies that stopped runs left in `folder` (lock held). */
  removeStale(folder: string): Promise<void>;
  /** One line of progress or summary for the user (stderr in the CLI). */
  log(message: string): void;
}

/** What an output path is meant to be. */
export type OutputKind = 'folder' | 'file';

/** How long `lock` waits for another run. */
export interface LockOptions {
  /** Seconds to wait for a live holder before failing (default 600). */
  readonly waitSeconds?: number;
}
