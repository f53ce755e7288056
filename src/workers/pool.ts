/**
 * A small pool of worker threads that answer one request at a time each, in the order asked.
 * The only I/O of the extraction stages that is not file access: it lives at the edge, and the
 * work done inside a worker is the same pure function the main thread would run.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A pool's handle: send a request, get its answer; `close` stops every thread. */
export interface WorkerPool<Request, Answer> {
  run(request: Request, transfer?: readonly ArrayBuffer[]): Promise<Answer>;
  close(): Promise<void>;
  readonly size: number;
}

/** How a worker script is started: a module file, or (sources run under a TypeScript loader) code. */
export type WorkerEntry = { readonly file: URL } | { readonly code: string };

interface Job<Request, Answer> {
  readonly request: Request;
  readonly transfer: readonly ArrayBuffer[];
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<Request, Answer> {
  readonly worker: Worker;
  /** Requests sent and not yet answered, by id. */
  readonly jobs: Map<number, Job<Request, Answer>>;
  alive: boolean;
}

/**
 * Requests a worker holds at once: one at work and one waiting in its queue, so it starts the
 * next as soon as it answers instead of waiting for the main thread to read the answer.
 */
const DEPTH = 2;

/**
 * How many threads to use on this machine for CPU-bound work beside the main thread: the
 * number of cores, at most `limit`.
 *
 * @example
 * threadsFor(8) // → 2 on a 2-core machine
 */
export function threadsFor(limit: number): number {
  return Math.max(1, Math.min(limit, availableParallelism()));
}

/**
 * The entry of a worker module that sits beside `base` (an `import.meta.url`): the compiled
 * `.js` file, or, when `base` is a TypeScript source (tests, `tsx`), a loader shim that
 * registers tsx and imports the `.ts` file.
 *
 * @example
 * workerEntry('file:///app/dist/pipeline.js', './workers/extract-worker') // → { file: URL('file:///app/dist/workers/extract-worker.js') }
 */
export function workerEntry(base: string, relative: string): WorkerEntry {
  if (base.endsWith('.ts')) {
    const source = new URL(`${relative}.ts`, base).href;
    return { code: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });` };
  }
  return { file: new URL(`${relative}.js`, base) };
}

/**
 * Start `size` workers of one entry. A worker receives `{ id, request }` messages and answers
 * `{ id, answer }`, `{ id, json }` (the answer as JSON text) or `{ id, error }`, in any order. A worker that dies fails the requests it
 * holds and leaves the pool; when none is left, every request fails with the reason.
 */
export function startPool<Request, Answer>(entry: WorkerEntry, size: number, workerData: unknown): WorkerPool<Request, Answer> {
  const queue: Job<Request, Answer>[] = [];
  let lastError: Error | null = null;
  let nextId = 0;
  const slots: Slot<Request, Answer>[] = [];
  const pump = (): void => {
    if (slots.every((slot) => !slot.alive)) {
      const reason = lastError ?? new Error('no worker thread is running');
      for (const job of queue.splice(0)) job.reject(reason);
      return;
    }
    for (let round = 0; round < DEPTH; round++) {
      for (const slot of slots) {
        if (!slot.alive || slot.jobs.size >= DEPTH) continue;
        const job = queue.shift();
        if (job === undefined) return;
        const id = nextId++;
        slot.jobs.set(id, job);
        slot.worker.postMessage({ id, request: job.request }, [...job.transfer]);
      }
    }
  };
  for (let index = 0; index < size; index++) {
    const worker = 'file' in entry ? new Worker(entry.file, { workerData }) : new Worker(entry.code, { eval: true, workerData });
    const slot: Slot<Request, Answer> = { worker, jobs: new Map(), alive: true };
    worker.on('message', (message: { id: number; answer?: Answer; json?: string; error?: string }) => {
      const job = slot.jobs.get(message.id);
      slot.jobs.delete(message.id);
      if (job !== undefined) {
        if (message.error !== undefined) job.reject(new Error(message.error));
        else job.resolve(message.json !== undefined ? JSON.parse(message.json) as Answer : message.answer as Answer);
      }
      pump();
    });
    const die = (error: Error): void => {
      if (!slot.alive) return;
      slot.alive = false;
      lastError = error;
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
      pump();
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`worker thread stopped (exit code ${code})`)));
    slots.push(slot);
  }
  return {
    size,
    run(request, transfer = []) {
      return new Promise<Answer>((resolve, reject) => {
        queue.push({ request, transfer, resolve, reject });
        pump();
      });
    },
    async close() {
      for (const slot of slots) slot.alive = false;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
