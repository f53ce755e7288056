import { startPool, threadsFor, workerEntry } from '../../src/workers/pool.js';

// real worker threads running small scripts given as code
const ECHO = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', ({ id, request }) => {
  if (request === 'fail') parentPort.postMessage({ id, error: 'asked to fail' });
  else if (request === 'die') process.exit(3);
  else setTimeout(() => parentPort.postMessage({ id, answer: workerData.prefix + request }), request.length);
});`;

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
      await expect(pool.run('after')).rejects.toThrow(/exit code 3/);
    } finally {
      await pool.close();
    }
  });

  it('starts compiled workers from .js files and sources through the TypeScript loader', () => {
    expect(workerEntry('file:///app/dist/pipeline.js', './workers/extract-worker')).toEqual({ file: new URL('file:///app/dist/workers/extract-worker.js') });
    const entry = workerEntry('file:///app/src/pipeline.ts', './workers/extract-worker');
    expect('code' in entry && entry.code).toContain('"file:///app/src/workers/extract-worker.ts"');
    expect(threadsFor(1)).toBe(1);
    expect(threadsFor(1000)).toBeGreaterThanOrEqual(1);
  });
});
