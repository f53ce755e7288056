import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { mkdir, readdir, realpath, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import type { Effects } from './effects.js';

/**
 * Effects on the real file system. Writes go to `.name.tmp-<pid>` beside the target and are
 * renamed into place, so an interrupted run never leaves half a file; whole folders are built
 * aside and swapped in with `replaceDirectory`.
 *
 * @example
 * const effects = nodeEffects((line) => process.stderr.write(line + '\n'));
 */
export function nodeEffects(log: (message: string) => void = () => undefined): Effects {
  return {
    // synchronous on purpose: each promise-based read or stat is several trips through libuv's
    // thread pool, which cost ten times the read itself for the small files plans are (and
    // left the one thread idle while it waited); a batch tool has nothing else to do meanwhile
    async readFile(path, limit = Number.MAX_SAFE_INTEGER) {
      return readRegularFile(path, limit);
    },
    async stat(path) {
      const info = statSync(path);
      return { isFile: info.isFile(), isDirectory: info.isDirectory(), size: info.size };
    },
    async readDir(path) {
      return readdir(path);
    },
    async realPath(path) {
      return realpath(path);
    },
    async writeFile(path, data) {
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
      try {
        await writeFile(temp, data);
        await rename(temp, path);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },
    async replaceDirectory(from, to) {
      const aside = join(dirname(to), `.${basename(to)}.old-${process.pid}`);
      let moved = false;
      try {
        await rename(to, aside);
        moved = true;
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOENT') throw error;
      }
      try {
        await rename(from, to);
      } catch (error) {
        if (moved) await rename(aside, to);
        throw error;
      }
      if (moved) await rm(aside, { recursive: true, force: true });
    },
    async removeDirectory(path) {
      await rm(path, { recursive: true, force: true });
    },
    log,
  };
}

/**
 * The bytes of a regular file, at most `limit + 1` of them (one more than the limit tells the
 * caller the file is over it, whatever size the file system reported: a link to /dev/zero says
 * 0). Opened without blocking and checked on the open descriptor, so a FIFO, a device or a
 * socket (even one swapped in after a stat) rejects with code `ENOTREG` instead of hanging.
 */
function readRegularFile(path: string, limit: number): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'ENOTREG' });
    const most = limit + 1;
    let buffer = Buffer.allocUnsafe(Math.min(most, info.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= most) break;
        // the file grew since its size was taken
        const bigger = Buffer.allocUnsafe(Math.min(most, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    closeSync(fd);
  }
}
