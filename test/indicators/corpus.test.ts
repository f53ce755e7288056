/**
 * A hand-written corpus of sentences in the style of local plans, work reports and bulletins
 * from other provinces and years (浙江, 广东, 四川, 河南, 江苏, 贵州; 2024/2025), each with the
 * observations a careful reader expects (see test/fixtures/sentences/corpus.json).
 *
 * Every case becomes a one-task notice in one temporary folder; a single `extract` call reads
 * them all, and the observations are grouped back by source file. Per-case tests demand every
 * expected item and nothing else; the summary test bounds precision and recall over the corpus.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { extract, type Extraction } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import type { Observation } from '../../src/indicators/types.js';

const expectedItemSchema = z.strictObject({
  indicator: z.string(),
  kind: z.enum(['increment', 'stock', 'cap', 'rate', 'growth', 'mentioned']),
  comparator: z.enum(['>=', '>', '<=', '<', '~', '=', 'range']).optional(),
  value: z.number().optional(),
  value_high: z.number().optional(),
  unit: z.string().optional(),
  status: z.enum(['target', 'actual']).optional(),
  tier: z.enum(['ensure', 'strive', 'plain']).optional(),
  year: z.number().int().optional(),
});

const caseSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-\d{4}-\d{3}$/),
  text: z.string().min(1),
  plan_year: z.number().int(),
  expect: z.array(expectedItemSchema),
  note: z.string().optional(),
});

type ExpectedItem = z.infer<typeof expectedItemSchema>;
type CorpusCase = z.infer<typeof caseSchema>;

const CORPUS_PATH = join(process.cwd(), 'test', 'fixtures', 'sentences', 'corpus.json');
const CASES: CorpusCase[] = z.array(caseSchema).parse(JSON.parse(readFileSync(CORPUS_PATH, 'utf8')));

/** Issuers by case-id prefix: a county or district whose name starts the issuing office. */
const ISSUERS: Record<string, string> = {
  zj: '长兴县',
  gd: '南海区',
  sc: '涪城区',
  hn: '金水区',
  js: '昆山市',
  gz: '汇川区',
};

/**
 * A digit-free tag naming the case (`zj-2024-017` → 丙甲丙戊甲甲庚, one stem per digit),
 * so that two cases whose texts normalise alike (full-width vs half-width digits) stay two
 * documents instead of being dropped as duplicates.
 */
function tagOf(corpusCase: CorpusCase): string {
  const stems = '甲乙丙丁戊己庚辛壬癸';
  return corpusCase.id.replace(/\D/g, '').split('').map((digit) => stems[Number(digit)] ?? '').join('');
}

/** The case text as the only task of a 重点工作任务 notice of its plan year. */
function noticeOf(corpusCase: CorpusCase): string {
  const prefix = corpusCase.id.slice(0, 2);
  const region = ISSUERS[prefix];
  if (region === undefined) throw new Error(`${corpusCase.id}: no issuer for prefix "${prefix}"`);
  return [
    `${region}人民政府办公室关于印发${region}${corpusCase.plan_year}年重点工作任务的通知`,
    '一、重点任务',
    `1.完善基础设施。${corpusCase.text}(责任单位:${region}${tagOf(corpusCase)}工作专班)`,
    '',
  ].join('\n');
}

/** The fields an expected item may constrain. */
const FIELDS = ['indicator', 'kind', 'comparator', 'value', 'value_high', 'unit', 'status', 'tier', 'year'] as const;
type Field = (typeof FIELDS)[number];

function sameValue(expected: string | number, actual: string | number | null): boolean {
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}

function matches(expected: ExpectedItem, observation: Observation): boolean {
  for (const field of FIELDS) {
    const want = expected[field];
    if (want === undefined) continue;
    if (!sameValue(want, observation[field])) return false;
  }
  // a mention carries no figure
  if (expected.kind === 'mentioned' && observation.value !== null) return false;
  return true;
}

/** Maximum one-to-one matching of expected items to observations (augmenting paths). */
function matchAll(expected: readonly ExpectedItem[], observed: readonly Observation[]): { missing: ExpectedItem[]; extra: Observation[] } {
  const owner: (number | null)[] = observed.map(() => null);
  const tryAssign = (item: number, seen: boolean[]): boolean => {
    const want = expected[item];
    if (want === undefined) return false;
    for (const [index, observation] of observed.entries()) {
      if (seen[index] || !matches(want, observation)) continue;
      seen[index] = true;
      const current = owner[index];
      if (current === null || current === undefined || tryAssign(current, seen)) {
        owner[index] = item;
        return true;
      }
    }
    return false;
  };
  expected.forEach((_, item) => {
    tryAssign(item, observed.map(() => false));
  });
  const matchedItems = new Set(owner.filter((item): item is number => item !== null));
  return {
    missing: expected.filter((_, item) => !matchedItems.has(item)),
    extra: observed.filter((_, index) => owner[index] === null),
  };
}

/** An observation reduced to the compared fields, for readable failure diffs. */
function brief(observation: Observation): Partial<Record<Field, string | number | null>> & { raw: string } {
  const out: Partial<Record<Field, string | number | null>> & { raw: string } = { raw: observation.raw };
  for (const field of FIELDS) out[field] = observation[field];
  return out;
}

let folder = '';
let extraction: Extraction | null = null;
const byCase = new Map<string, Observation[]>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'regionbench-corpus-'));
  for (const corpusCase of CASES) writeFileSync(join(folder, `${corpusCase.id}.txt`), noticeOf(corpusCase), 'utf8');
  extraction = await extract([folder], nodeEffects(), { keepParsed: true });
  for (const observation of extraction.observations) {
    const id = basename(observation.source).replace(/\.txt$/, '');
    byCase.set(id, [...(byCase.get(id) ?? []), observation]);
  }
});

afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

function parsedOf(id: string): Extraction['parsed'][number] | undefined {
  return extraction?.parsed.find((parsed) => basename(parsed.document.source) === `${id}.txt`);
}

describe('hand-written sentence corpus', () => {
  it('has at least 150 cases with unique ids', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CASES.map((corpusCase) => corpusCase.id)).size).toBe(CASES.length);
  });

  it.each(CASES.map((corpusCase) => [corpusCase.id, corpusCase] as const))('%s', (id, corpusCase) => {
    // the harness itself: one notice of the case's plan year with exactly one task
    const input = extraction?.inputs.find((record) => basename(record.source) === `${id}.txt`);
    expect(input?.outcome).toBe('read');
    const parsed = parsedOf(id);
    expect(parsed?.metadata.planYear).toBe(corpusCase.plan_year);
    expect(parsed?.structure.tasks.length).toBe(1);
    const observed = byCase.get(id) ?? [];
    const { missing, extra } = matchAll(corpusCase.expect, observed);
    expect({ text: corpusCase.text, missing, extra: extra.map(brief) }).toEqual({ text: corpusCase.text, missing: [], extra: [] });
  });

  it('reaches precision and recall of at least 0.8 over the whole corpus', () => {
    let expectedCount = 0;
    let expectedMatched = 0;
    let observedCount = 0;
    let observedMatched = 0;
    for (const corpusCase of CASES) {
      const observed = byCase.get(corpusCase.id) ?? [];
      const { missing, extra } = matchAll(corpusCase.expect, observed);
      expectedCount += corpusCase.expect.length;
      expectedMatched += corpusCase.expect.length - missing.length;
      observedCount += observed.length;
      observedMatched += observed.length - extra.length;
    }
    const recall = expectedCount === 0 ? 1 : expectedMatched / expectedCount;
    const precision = observedCount === 0 ? 1 : observedMatched / observedCount;
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });
});
