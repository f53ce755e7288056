import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, openSync, readFileSync, readlinkSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { lstat, mkdir, readdir, realpath, rename, rm, rmdir, symlink, unlink, writeFile } from 'node:fs/promises';
import { dirname, basename, join, resolve, sep } from 'node:path';
import { messages } from '../diagnostics/index.js';
import type { Effects, LockOptions, OutputKind } from './effects.js';
import { ConfigError } from '../errors.js';

/**
 * Effects on the real file system. Writes go to `.name.tmp-<pid>` beside the target and are
 * renamed into place, so an interrupted run never leaves half a file; whole folders are built
 * aside and swapped in with `replaceDirectory`, behind a link, so the folder is always there.
 * File names that are not valid UTF-8 are listed with their bad bytes written `\xNN` and still
 * read (the escaped name is mapped back to the bytes on disk).
 *
 * @example
 * const effects = nodeEffects((line) => process.stderr.write(line + '\n'));
 */
export function nodeEffects(log: (message: string) => void = () => undefined): Effects {
  // absolute path as shown (with `\xNN` escapes) → the path's bytes on disk
  const rawPaths = new Map<string, Buffer>();
  const onDisk = (path: string): string | Buffer => {
    if (rawPaths.size === 0) return path;
    const absolute = resolve(path);
    for (let folder = absolute; ; folder = dirname(folder)) {
      const raw = rawPaths.get(folder);
      if (raw !== undefined) return Buffer.concat([raw, Buffer.from(absolute.slice(folder.length))]);
      if (dirname(folder) === folder) return path;
    }
  };
  return {
    // synchronous on purpose: each promise-based read or stat is several trips through libuv's
    // thread pool, which cost ten times the read itself for the small files plans are (and
    // left the one thread idle while it waited); a batch tool has nothing else to do meanwhile
    async readFile(path, limit = Number.MAX_SAFE_INTEGER) {
      return readRegularFile(onDisk(path), limit);
    },
    async stat(path) {
      const info = statSync(onDisk(path));
      return { isFile: info.isFile(), isDirectory: info.isDirectory(), size: info.size };
    },
    async readDir(path) {
      const entries = await readdir(onDisk(path), { encoding: 'buffer' });
      return entries.map((entry) => {
        const name = nameOf(entry);
        if (name.escaped) {
          const parent = onDisk(resolve(path));
          rawPaths.set(resolve(path, name.text), Buffer.concat([typeof parent === 'string' ? Buffer.from(parent) : parent, Buffer.from(sep), entry]));
        }
        return name.text;
      });
    },
    async realPath(path) {
      const real = await realpath(onDisk(path), { encoding: 'buffer' });
      return nameOf(real).text;
    },
    async writeFile(path, data) {
      await makeDirectory(dirname(path));
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
      await swapIn(from, to);
    },
    async removeDirectory(path) {
      await rm(path, { recursive: true, force: true });
    },
    async checkOutput(path, kind, option) {
      await checkOutput(path, kind, option);
    },
    async lock(folder, options) {
      return lockFolder(folder, options ?? {}, log);
    },
    async removeStale(folder) {
      await removeStale(folder);
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
function readRegularFile(path: string | Buffer, limit: number): Uint8Array {
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

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A name from disk as text: as it is when valid UTF-8, else with each bad byte written `\xNN`. */
function nameOf(bytes: Buffer): { text: string; escaped: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), escaped: false };
  } catch {
    let text = '';
    let index = 0;
    while (index < bytes.length) {
      const lead = bytes[index] ?? 0;
      const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
      let decoded: string | null = null;
      if (length > 0 && index + length <= bytes.length) {
        try {
          decoded = strictUtf8.decode(bytes.subarray(index, index + length));
        } catch {
          decoded = null;
        }
      }
      if (decoded === null) {
        text += `\\x${lead.toString(16).toUpperCase().padStart(2, '0')}`;
        index += 1;
      } else {
        text += decoded;
        index += length;
      }
    }
    return { text, escaped: true };
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/**
 * `mkdir -p` that always ends: Node's recursive mkdir retries for ever where the kernel answers
 * ENOENT for a folder whose parent exists (`/proc/sys/x`); here each level is tried once.
 */
async function makeDirectory(path: string): Promise<void> {
  try {
    await mkdir(path);
    return;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST' && isDirectory(path)) return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
  }
  await makeDirectory(dirname(path));
  try {
    await mkdir(path);
  } catch (error) {
    if (!(errorCode(error) === 'EEXIST' && isDirectory(path))) throw error;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Thrown when an output location cannot be written (a configuration error); the message is the one line the CLI prints. */
export class OutputError extends ConfigError {}

/**
 * Check, before any work, that `path` can be written: as a folder (that exists or can be
 * created) or as a file (not a folder, in a folder that exists or can be created). A probe folder is made and
 * removed where the output will go, so read-only places, `/proc` and missing permissions are
 * found now, not after the extraction. Throws `OutputError` with a one-line message.
 */
async function checkOutput(path: string, kind: OutputKind, option: string): Promise<void> {
  const absolute = resolve(path);
  let existing = kind === 'folder' ? absolute : dirname(absolute);
  if (kind === 'file' && isDirectory(absolute)) throw new OutputError(messages.outputIsFolder(option, path));
  // the nearest part of the path that exists must be a folder
  for (;;) {
    let info;
    try {
      info = statSync(existing);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOTDIR') {
        existing = dirname(existing);
        continue;
      }
      if (code !== 'ENOENT' || dirname(existing) === existing) throw new OutputError(messages.outputCannotCreate(option, path, String(code ?? error)));
      existing = dirname(existing);
      continue;
    }
    if (!info.isDirectory()) throw new OutputError(messages.outputNotFolder(option, path, existing));
    break;
  }
  const probe = join(existing, `.regionbench-probe-${process.pid}`);
  try {
    await mkdir(probe);
    await rmdir(probe);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new OutputError(messages.outputDenied(option, path, existing));
    throw new OutputError(messages.outputCannotCreate(option, path, `cannot create anything in ${existing} (${code ?? String(error)})`));
  }
}

const LOCK_NAME = '.regionbench-lock';

/** Whether a process with this id is running (one of another user counts). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

function lockHolder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Take `folder/.regionbench-lock` (the holder's process id, written before the lock appears:
 * the file is made aside and hard-linked into place, which fails if the lock exists). A lock
 * whose process is gone is taken over; a live one is waited for, up to `options.waitSeconds`.
 */
async function lockFolder(folder: string, options: LockOptions, log: (message: string) => void): Promise<{ release(): Promise<void> }> {
  await makeDirectory(folder);
  const file = join(folder, LOCK_NAME);
  const waitSeconds = options.waitSeconds ?? 600;
  const started = Date.now();
  let told = false;
  for (;;) {
    const mine = `${file}.${process.pid}`;
    const fd = openSync(mine, 'w');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    try {
      linkSync(mine, file);
      unlinkSync(mine);
      return {
        async release() {
          if (lockHolder(file) === process.pid) unlinkSync(file);
        },
      };
    } catch (error) {
      unlinkSync(mine);
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const holder = lockHolder(file);
    if (holder !== null && !isAlive(holder)) {
      // take the dead run's lock aside, and put it back if another run took it over meanwhile
      const aside = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, aside);
        if (lockHolder(aside) === holder) unlinkSync(aside);
        else {
          try {
            linkSync(aside, file);
          } finally {
            unlinkSync(aside);
          }
        }
      } catch {
        // another run moved it first: try again
      }
      continue;
    }
    const waited = (Date.now() - started) / 1000;
    if (waited >= waitSeconds) throw new OutputError(messages.outputBusy(folder, holder ?? 0, Math.round(waited)));
    if (!told && holder !== null) {
      log(`regionbench: ${messages.outputWaiting(folder, holder)}`);
      told = true;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Staging left by runs that stopped (`.2023.partial-PID`, `.2023.old-PID`, `.2023.link-PID`). */
const STAGING = /^\.(.+)\.(partial(-\d+)?|old-\d+|link-\d+)$/;
/** A lock being taken (`.regionbench-lock.PID`) or taken aside (`….stale-PID`): stale once PID is gone. */
const LOCK_ATTEMPT = /^\.regionbench-lock\.(?:stale-)?(\d+)$/;
/** A finished report folder, named by the digest of its content; current while `<name>` links to it. */
const VERSION = /^\.(.+)\.([0-9a-f]{16})$/;

/**
 * Remove what runs that died left in `folder`: staging folders, links and old copies, report
 * versions no link points to, and their attempts at the lock. Call with the folder's lock held.
 */
async function removeStale(folder: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    const version = VERSION.exec(entry);
    const attempt = LOCK_ATTEMPT.exec(entry);
    const stale = STAGING.test(entry)
      || (version !== null && linkTarget(join(folder, version[1] ?? '')) !== entry)
      || (attempt !== null && !isAlive(Number(attempt[1])));
    if (stale) await rm(join(folder, entry), { recursive: true, force: true });
  }
}

function linkTarget(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null;
  }
}

/** First 16 hex digits of the SHA-256 over a folder's files: their paths, sizes and bytes, in order. */
async function folderDigest(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (relative: string): Promise<void> => {
    const entries = (await readdir(join(folder, relative), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else {
        const bytes = readFileSync(join(folder, path));
        hash.update(`${path}\0${bytes.length}\0`).update(bytes);
      }
    }
  };
  await walk('');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Put the finished folder `from` in place of `to` in one step that readers never see: `from`
 * becomes `.<name>.<digest>` beside `to`, and `to` is a symbolic link to it, replaced by a
 * rename of a new link (atomic: at every moment `to` is the old or the new folder). The same
 * content keeps the same name, so a rerun changes nothing on disk. A real folder at `to` (from
 * before links were used) is moved aside first: the one swap that has a gap.
 */
async function swapIn(from: string, to: string): Promise<void> {
  const parent = dirname(to);
  const name = `.${basename(to)}.${await folderDigest(from)}`;
  const target = join(parent, name);
  const current = linkTarget(to);
  if (current === name && isDirectory(target)) {
    await rm(from, { recursive: true, force: true });
    return;
  }
  await rm(target, { recursive: true, force: true });
  await rename(from, target);
  const link = join(parent, `.${basename(to)}.link-${process.pid}`);
  await rm(link, { force: true });
  await symlink(name, link, 'junction');
  let aside: string | null = null;
  const existing = await lstat(to).catch(() => null);
  if (existing?.isDirectory() === true) {
    aside = join(parent, `.${basename(to)}.old-${process.pid}`);
    await rename(to, aside);
  }
  try {
    await rename(link, to);
  } catch (error) {
    if (aside !== null) await rename(aside, to);
    await rm(link, { force: true });
    throw error;
  }
  if (current !== null && current !== name && VERSION.test(current)) await rm(join(parent, current), { recursive: true, force: true });
  if (aside !== null) await rm(aside, { recursive: true, force: true });
}
