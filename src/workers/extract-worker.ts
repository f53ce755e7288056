/**
 * A worker thread of `extract`: answers each request with `analyseFile` of its bytes. Started
 * by `extract` through `startPool`, never by hand.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCatalogue, DEFAULT_CATALOGUE } from '../catalogue/catalogue.js';
import { analyseFile, type ExtractRequest, type ExtractWorkerData } from '../pipeline.js';

const data = workerData as ExtractWorkerData;
const catalogue = data.indicators === null ? DEFAULT_CATALOGUE : buildCatalogue(data.indicators);
const port = parentPort;
if (port === null) throw new Error('extract-worker runs as a worker thread only');

port.on('message', (message: { id: number; request: ExtractRequest }) => {
  const { source, format, bytes } = message.request;
  analyseFile(source, format, bytes, catalogue).then(
    (answer) => port.postMessage({ id: message.id, answer }),
    (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
