import { join } from 'node:path';
import { extract, type Extraction } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';

/**
 * A city news page written for these tests: a headline repeating a body figure, a dateline with
 * the time of day, a work report named in passing, as-of totals, an annual flow total, and a
 * site footer with one numbered line.
 */
const PAGE = join(process.cwd(), 'test', 'fixtures', 'documents', 'news-city-5g-progress.txt');

let extraction: Extraction;
beforeAll(async () => {
  extraction = await extract([PAGE], nodeEffects());
});

const rows = (value: number) => extraction.observations.filter((row) => row.value === value);

describe('indicators on a progress news page', () => {
  it('reads the page as news, though it names a work report', () => {
    expect(extraction.documents[0]).toMatchObject({ genre: 'news', page_date: '2024-11-20' });
  });

  it('reads the body although a footer has one numbered line (no list of tasks)', () => {
    expect(rows(2100)).toEqual([expect.objectContaining({ indicator: 'fiveg_stations_new', kind: 'increment', status: 'actual', year: 2024 })]);
  });

  it('reads firms named this year (今年…已有12家企业获评) as added this year, not a total', () => {
    expect(rows(12)).toEqual([expect.objectContaining({ indicator: 'green_factories_new', kind: 'increment', status: 'actual', year: 2024 })]);
    // 较去年增加5家 is how much more than last year's count: no count of firms of its own
    expect(rows(5)).toEqual([]);
  });

  it('keeps the headline figure once, as the body reads it: a total built so far', () => {
    expect(rows(12000)).toEqual([expect.objectContaining({ indicator: 'fiveg_stations_total', kind: 'stock', comparator: '>', status: 'actual', year: 2024 })]);
  });

  it('reads stations built by an as-of date as a total', () => {
    expect(rows(3400)).toEqual([expect.objectContaining({ indicator: 'fiveg_stations_total', kind: 'stock' })]);
  });

  it('reads a year\'s budget revenue (全年…收入) as that year\'s stock', () => {
    expect(rows(5860000000)).toEqual([expect.objectContaining({ indicator: 'public_budget_revenue', kind: 'stock', status: 'actual' })]);
    expect(rows(4.2)).toEqual([expect.objectContaining({ indicator: 'public_budget_revenue', kind: 'growth' })]);
  });
});

describe('indicators: two items of one clause with the same figure', () => {
  it('keeps both (新增市级重点实验室1家、新型研发机构1家), though a repeat said elsewhere is kept once', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(join(tmpdir(), 'rb-items-'));
    const file = join(folder, 'items.txt');
    writeFileSync(file, '青山县2024年科技工作要点\n\n全年新增市级重点实验室1家、新型研发机构1家。\n\n全年新增市级重点实验室1家、新型研发机构1家。\n');
    const rows = (await extract([file], nodeEffects())).observations.filter((row) => row.indicator === 'innovation_platforms_new');
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.start)).size).toBe(1);
  });
});
