/**
 * Worker threads for the extraction: the pool, the packing of answers into typed arrays, and
 * the scheduler that shares a run's files between the main thread and the threads. The
 * thread's entry module is `src/extract-worker.ts`, beside the pipeline whose `analyseFile`
 * it runs.
 */
export { PARALLEL_FROM, extractPlan } from './extract-plan.js';
export type { ExtractRequest, ExtractWorkerData } from './extract-plan.js';
export { pack, transferables } from './pack.js';
export { poolWorker } from './pool.js';
