/**
 * A small pool of worker threads that answer one request at a time each, in the order asked.
 * The only I/O of the extraction stages that is not file access: it lives at the edge, and the
 * work done inside a worker is the same pure function the main thread would run.
 *
 * Each worker talks to the pool over a channel of its own (`poolWorker()` in the worker), so
 * the main thread can take in answers between two pieces of its own work (`poll`) instead of
 * only when it waits.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, workerData as givenData, type MessagePort } from 'node:worker_threads';

/** A pool's handle: send a request, get its answer; `close` stops every thread. */
export interface WorkerPool<Request, Answer> {
  run(request: Request, transfer?: readonly ArrayBuffer[]): Promise<Answer>;
  close(): Promise<void>;
  readonly size: number;
  /** Resolves once every thread is ready for requests (or has died). */
  ready(): Promise<void>;
  /** Take in the answers that have arrived, now (their promises resolve), and hand out queued requests. */
  poll(): void;
  /**
   * True when a request sent now would start at once or wait only behind one already at work:
   * nothing queued here, and a live thread that is ready (its modules loaded) and has room.
   */
  hasRoom(): boolean;
}

/** What a pool's worker is started with: the pool's data, and the port it takes requests from and answers on. */
export interface PoolWorkerData<Data> {
  readonly data: Data;
  readonly port: MessagePort;
}

/**
 * In a worker started by `startPool`: the data it was given and its port. Once it listens,
 * the worker says so with `{ ready: true }` (the pool sends it nothing before). A request
 * arrives on the port as `{ id, request }`; answer `{ id, answer }` or `{ id, error }`.
 *
 * @example
 * const { data, port } = poolWorker<{ prefix: string }>();
 * port.on('message', ({ id, request }) => port.postMessage({ id, answer: data.prefix + request }));
 * port.postMessage({ ready: true });
 */
export function poolWorker<Data>(): PoolWorkerData<Data> {
  const given = givenData as Partial<PoolWorkerData<Data>> | null;
  if (given === null || typeof given !== 'object' || given.port === undefined) throw new Error('this module runs as a worker thread of startPool only');
  return given as PoolWorkerData<Data>;
}

/** How a worker script is started: a module file, or (sources run under a TypeScript loader) code. */
export type WorkerEntry = { readonly file: URL } | { readonly code: string };

/**
 * Why a request failed without a worker having started it: every worker had died, or the one
 * holding it died while at work on an earlier request. The request itself may be fine; the
 * caller can run it elsewhere.
 */
export class NotStarted extends Error {
  constructor(reason: Error) {
    super(`not started: ${reason.message}`);
    this.name = 'NotStarted';
  }
}

interface Job<Request, Answer> {
  readonly request: Request;
  readonly transfer: readonly ArrayBuffer[];
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<Request, Answer> {
  readonly worker: Worker;
  /** The pool's end of the worker's channel. */
  readonly port: MessagePort;
  /** Requests sent and not yet answered, by id. */
  readonly jobs: Map<number, Job<Request, Answer>>;
  alive: boolean;
  /** The worker said it listens (`{ ready: true }`): until then it gets no request. */
  ready: boolean;
}

/**
 * Requests a worker holds at once: one at work and two waiting in its queue, so it starts the
 * next as soon as it answers instead of waiting for the main thread to read the answer. With
 * two, the worker of `extract` sat idle 7% of the time: the main thread hands out files only
 * between two of its own, each a few milliseconds.
 */
const DEPTH = 3;

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
 * Start `size` workers of one entry. A worker first says `{ ready: true }`; then it receives
 * `{ id, request }` messages and answers `{ id, answer }` or `{ id, error }`, in any order.
 * Requests wait here until a worker is ready. A worker that dies fails the request it was at
 * work on with the reason, and those waiting behind it with `NotStarted`, and leaves the pool;
 * when none is left, every request fails with `NotStarted`.
 */
export function startPool<Request, Answer>(entry: WorkerEntry, size: number, workerData: unknown): WorkerPool<Request, Answer> {
  const queue: Job<Request, Answer>[] = [];
  let lastError: Error | null = null;
  let nextId = 0;
  const waitingForReady: (() => void)[] = [];
  const checkReady = (): void => {
    if (slots.every((slot) => slot.ready || !slot.alive)) for (const resolve of waitingForReady.splice(0)) resolve();
  };
  const slots: Slot<Request, Answer>[] = [];
  const pump = (): void => {
    if (slots.every((slot) => !slot.alive)) {
      const reason = new NotStarted(lastError ?? new Error('no worker thread is running'));
      for (const job of queue.splice(0)) job.reject(reason);
      return;
    }
    for (let round = 0; round < DEPTH; round++) {
      for (const slot of slots) {
        if (!slot.alive || !slot.ready || slot.jobs.size >= DEPTH) continue;
        const job = queue.shift();
        if (job === undefined) return;
        const id = nextId++;
        slot.jobs.set(id, job);
        slot.port.postMessage({ id, request: job.request }, [...job.transfer]);
      }
    }
  };
  type Message = { id: number; answer?: Answer; error?: string } | { ready: true };
  const take = (slot: Slot<Request, Answer>, message: Message): void => {
    if ('ready' in message) {
      slot.ready = true;
      checkReady();
      return;
    }
    const job = slot.jobs.get(message.id);
    slot.jobs.delete(message.id);
    if (job !== undefined) {
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(message.answer as Answer);
    }
  };
  for (let index = 0; index < size; index++) {
    const { port1, port2 } = new MessageChannel();
    const options = { workerData: { data: workerData, port: port2 } satisfies PoolWorkerData<unknown>, transferList: [port2] };
    const worker = 'file' in entry ? new Worker(entry.file, options) : new Worker(entry.code, { ...options, eval: true });
    const slot: Slot<Request, Answer> = { worker, port: port1, jobs: new Map(), alive: true, ready: false };
    port1.on('message', (message: Message) => {
      take(slot, message);
      pump();
    });
    const die = (error: Error): void => {
      if (!slot.alive) return;
      slot.alive = false;
      lastError = error;
      // a worker takes its requests in order: the oldest was at work, the others were waiting
      const held = [...slot.jobs].sort(([a], [b]) => a - b).map(([, job]) => job);
      held.forEach((job, index) => job.reject(index === 0 ? error : new NotStarted(error)));
      slot.jobs.clear();
      checkReady();
      pump();
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`worker thread stopped (exit code ${code})`)));
    slots.push(slot);
  }
  return {
    size,
    ready() {
      return new Promise<void>((resolve) => {
        waitingForReady.push(resolve);
        checkReady();
      });
    },
    poll() {
      for (const slot of slots) {
        for (let received = receiveMessageOnPort(slot.port); received !== undefined; received = receiveMessageOnPort(slot.port)) take(slot, received.message as Message);
      }
      pump();
    },
    hasRoom() {
      return queue.length === 0 && slots.some((slot) => slot.alive && slot.ready && slot.jobs.size < DEPTH);
    },
    run(request, transfer = []) {
      return new Promise<Answer>((resolve, reject) => {
        queue.push({ request, transfer, resolve, reject });
        pump();
      });
    },
    async close() {
      for (const slot of slots) {
        slot.alive = false;
        slot.port.close();
      }
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
