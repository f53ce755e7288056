/**
 * Every user-facing message of regionbench in one place (plain words, no trailing period).
 * Functions take the values to name so the wording stays consistent across stages.
 */
export const messages = {
  missingPath: (path: string) => `path does not exist: ${path}`,
  permissionDenied: (path: string) => `permission denied: ${path}`,
  symlinkLoop: (path: string) => `symbolic link loop, skipped: ${path}`,
  unreadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  unsupportedFormat: (extension: string) =>
    `unsupported file type "${extension || '(none)'}": regionbench reads .txt .md .html .htm .docx .pdf`,
  legacyWord: () => 'old Word .doc format: save it as .docx and run again',
  tooLarge: (bytes: number, limit: number) => `file is ${(bytes / 1048576).toFixed(1)} MB, over the ${(limit / 1048576).toFixed(0)} MB limit for one document`,
  tooLargeRead: (limit: number) => `file holds more than the ${(limit / 1048576).toFixed(0)} MB limit for one document`,
  notRegularFile: (path: string) => `not a regular file (a FIFO, a device or a socket), not read: ${path}`,
  duplicateBytes: (first: string) => `same bytes as ${first}: counted once`,
  duplicateText: (first: string) => `same text as ${first} (another encoding or format): counted once`,
  corruptContainer: (format: string, reason: string) => `not a readable ${format} file: ${reason}`,
  expandsTooMuch: (format: string, detail: string) => `${format} file refused before reading: it ${detail} once decompressed (a decompression bomb?)`,
  noText: (format: string) => `no text found in this ${format} file (a scan without a text layer?)`,
  noTasks: () => 'no numbered tasks found (expected lines like "1.…" under "一、…" headings)',
  noRegion: (detail: string) => `issuing region not recognised: ${detail}`,
  regionGuessed: (detail: string) => `issuing region inferred: ${detail}`,
  noPlanYear: () => 'plan year not found in the title or the issue date',
  invalidOption: (name: string, value: string) => `invalid ${name}: ${value}`,
  nothingToRead: (extensions: string, paths: string, found: string) => `nothing to read: looked for ${extensions} files in ${paths}${found}`,
  noDocumentRead: (failed: number) => `no document could be read (${failed} failed, see above): nothing written`,
  outputNotFolder: (option: string, path: string, blocker: string) => `cannot write ${option} ${path}: ${blocker} is a file, not a folder`,
  outputIsFolder: (option: string, path: string) => `cannot write ${option} ${path}: it is a folder (give a file name)`,
  outputDenied: (option: string, path: string, folder: string) => `cannot write ${option} ${path}: no permission to write in ${folder}`,
  outputCannotCreate: (option: string, path: string, reason: string) => `cannot write ${option} ${path}: ${reason}`,
  outputBusy: (folder: string, pid: number, seconds: number) => `another regionbench run (process ${pid}) is writing to ${folder}; gave up waiting after ${seconds} s (its lock: ${folder}/.regionbench-lock)`,
  outputWaiting: (folder: string, pid: number) => `waiting for another regionbench run (process ${pid}) to finish writing to ${folder}`,
} as const;
