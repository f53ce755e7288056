import { NotStarted, poolWorker, startPool, threadsFor, workerEntry } from '../../src/workers/pool.js';

// real worker threads running small scripts given as code
const ECHO = `
const { workerData } = require('node:worker_threads');
const { data, port } = workerData;
port.on('message', ({ id, request }) => {
  if (request === 'fail') port.postMessage({ id, error: 'asked to fail' });
  else if (request === 'die') process.exit(3);
  else setTimeout(() => port.postMessage({ id, answer: data.prefix + request }), request.length);
});
port.postMessage({ ready: true });`;

describe('worker pool', () => {
  it('answers every request, each with its own answer, from several threads', async () => {
    const pool = startPool<string, string>({ code: ECHO }, 2, { prefix: '答:' });
    try {
      const requests = ['a', 'bbbbbbbbbbbbbbbbbbbb', 'cc', 'd', 'eeeeeeeeee'];
      await expect(Promise.all(requests.map((request) => pool.run(request)))).resolves.toEqual(requests.map((request) => `答:${request}`));
    } finally {
      await pool.close();
    }
  });

  it('fails a request the worker refused, and goes on with the next', async () => {
    const pool = startPool<string, string>({ code: ECHO }, 1, { prefix: '' });
    try {
      await expect(pool.run('fail')).rejects.toThrow('asked to fail');
      await expect(pool.run('ok')).resolves.toBe('ok');
    } finally {
      await pool.close();
    }
  });

  it('fails the request of a worker that died, and every later one when none is left', async () => {
    const pool = startPool<string, string>({ code: ECHO }, 1, { prefix: '' });
    try {
      await expect(pool.run('die')).rejects.toThrow(/exit code 3/);
      // no thread has room any more: extract's main thread takes every later file itself
      expect(pool.hasRoom()).toBe(false);
      await expect(pool.run('after')).rejects.toThrow(/exit code 3/);
    } finally {
      await pool.close();
    }
  });

  it('fails the requests waiting behind one that killed its worker as not started, so they can run elsewhere', async () => {
    const pool = startPool<string, string>({ code: ECHO }, 1, { prefix: '' });
    try {
      await pool.ready();
      const dying = pool.run('die');
      const waiting = pool.run('next');
      await expect(dying).rejects.toThrow(/exit code 3/);
      await expect(dying).rejects.not.toBeInstanceOf(NotStarted);
      await expect(waiting).rejects.toBeInstanceOf(NotStarted);
      await expect(waiting).rejects.toThrow(/not started: worker thread stopped \(exit code 3\)/);
    } finally {
      await pool.close();
    }
  });

  it('sends nothing to a thread before it says it is ready', async () => {
    // this worker answers only after a delay in starting, and counts what it was sent before
    const slow = `
const { workerData } = require('node:worker_threads');
const { port } = workerData;
let early = 0;
let ready = false;
port.on('message', ({ id }) => { if (!ready) early++; port.postMessage({ id, answer: early }); });
setTimeout(() => { ready = true; port.postMessage({ ready: true }); }, 300);`;
    const pool = startPool<string, number>({ code: slow }, 1, null);
    try {
      expect(pool.hasRoom()).toBe(false);
      const answer = pool.run('a');
      await pool.ready();
      expect(pool.hasRoom()).toBe(true);
      await expect(answer).resolves.toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('takes in answers while the main thread is busy, without waiting for the event loop', async () => {
    const pool = startPool<string, string>({ code: ECHO }, 1, { prefix: '' });
    try {
      await pool.ready();
      // one thread holds three requests at most: a fourth would have to queue
      const answers = [pool.run('a'), pool.run('b'), pool.run('c')];
      expect(pool.hasRoom()).toBe(false);
      // spin here (no await): only poll() can see the thread's answers
      const until = Date.now() + 10_000;
      while (!pool.hasRoom() && Date.now() < until) pool.poll();
      expect(pool.hasRoom()).toBe(true);
      await expect(Promise.all(answers)).resolves.toEqual(['a', 'b', 'c']);
    } finally {
      await pool.close();
    }
  });

  it('tells a module run outside a pool that it is a pool worker only', () => {
    expect(() => poolWorker()).toThrow(/worker thread of startPool only/);
  });

  it('starts compiled workers from .js files and sources through the TypeScript loader', () => {
    expect(workerEntry('file:///app/dist/pipeline.js', './workers/extract-worker')).toEqual({ file: new URL('file:///app/dist/workers/extract-worker.js') });
    const entry = workerEntry('file:///app/src/pipeline.ts', './workers/extract-worker');
    expect('code' in entry && entry.code).toContain('"file:///app/src/workers/extract-worker.ts"');
    expect(threadsFor(1)).toBe(1);
    expect(threadsFor(1000)).toBeGreaterThanOrEqual(1);
  });
});
