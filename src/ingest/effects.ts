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
   * Put a finished folder in place of another in one step: `to` (if any) is moved aside,
   * `from` renamed to `to`, and the old one removed. A crash before this leaves `to` untouched.
   */
  replaceDirectory(from: string, to: string): Promise<void>;
  /** Remove a folder and everything in it (no error when it does not exist). */
  removeDirectory(path: string): Promise<void>;
  /** One line of progress or summary for the user (stderr in the CLI). */
  log(message: string): void;
}
