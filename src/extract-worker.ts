/**
 * A worker thread of `extract`: answers each request with `analyseFile` of its bytes. Started
 * by `extract` through `startPool`, never by hand.
 */
import { buildCatalogue, DEFAULT_CATALOGUE } from './catalogue/index.js';
import { analyseFile } from './pipeline.js';
import type { ExtractRequest, ExtractWorkerData } from './workers/index.js';
import { pack, transferables } from './workers/index.js';
import { poolWorker } from './workers/index.js';

const { data, port } = poolWorker<ExtractWorkerData>();
const catalogue = data.indicators === null ? DEFAULT_CATALOGUE : buildCatalogue(data.indicators, data.words ?? undefined);

port.on('message', (message: { id: number; request: ExtractRequest }) => {
  const { source, format, bytes } = message.request;
  analyseFile(source, format, bytes, catalogue).then(
    // the offset map (four bytes per character) is moved, not copied: it was most of the
    // answer's size, and copying it kept the main thread busy while workers waited
    (answer) => {
      if (!answer.ok) return port.postMessage({ id: message.id, answer });
      // records only: packed (each string once, every cell in a typed array that is moved,
      // not copied), which the main thread unpacks faster than it parses JSON text or
      // rebuilds a structured clone of many small objects
      if (!data.keepParsed) {
        const packed = pack({ ...answer.value, parsed: null });
        return port.postMessage({ id: message.id, answer: { ...answer, value: { packed } } }, transferables(packed));
      }
      return port.postMessage({ id: message.id, answer }, answer.value.parsed === null ? [] : transferable(answer.value.parsed.document.map));
    },
    (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});

// loaded and listening: from now on the pool sends requests here (before, the main thread
// analyses every file itself instead of queueing them behind this thread's start)
port.postMessage({ ready: true });

function transferable(map: Int32Array): ArrayBuffer[] {
  return map.buffer instanceof ArrayBuffer ? [map.buffer] : [];
}
