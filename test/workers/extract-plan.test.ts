import { DEFAULT_CATALOGUE } from '../../src/catalogue/index.js';
import type { FileAnalysis } from '../../src/ingest/index.js';
import { PARALLEL_FROM, extractPlan } from '../../src/workers/index.js';

const here = async (source: string): Promise<FileAnalysis<string>> => ({ ok: true, docId: source, textKey: source, encodingNote: '', value: `here:${source}` });

describe('workers/extract-plan', () => {
  it('analyses a run below PARALLEL_FROM files in the main thread alone', async () => {
    const plan = extractPlan({ files: PARALLEL_FROM - 1, catalogue: DEFAULT_CATALOGUE, workers: undefined, keepParsed: false, here });
    expect(plan.concurrency).toBe(1);
    expect(plan.finish).toBeUndefined();
    await expect(plan.analyse('a.txt', 'txt', new Uint8Array())).resolves.toMatchObject({ value: 'here:a.txt' });
  });

  it('starts no thread when told to use none, however many files there are', () => {
    const plan = extractPlan({ files: 10 * PARALLEL_FROM, catalogue: DEFAULT_CATALOGUE, workers: 0, keepParsed: false, here });
    expect(plan.concurrency).toBe(1);
    expect(plan.start).toBeUndefined();
  });

  it('starts no thread for a run without files', () => {
    expect(extractPlan({ files: 0, catalogue: DEFAULT_CATALOGUE, workers: 3, keepParsed: false, here }).concurrency).toBe(1);
  });

  it('keeps four files in analysis per thread, the main one included, when threads are asked for', async () => {
    const plan = extractPlan({ files: 2, catalogue: DEFAULT_CATALOGUE, workers: 1, keepParsed: false, here });
    try {
      expect(plan.concurrency).toBe(8);
      expect(plan.start).toBeDefined();
    } finally {
      await plan.finish?.();
    }
  });
});
