import { join } from 'node:path';
import { extract, type Extraction } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';

/**
 * A three-year action plan written for these tests: headline targets in a 总体目标 paragraph
 * (not a numbered task), tasks under （一） sub-headings, a signing date in Chinese numerals.
 */
const PLAN = join(process.cwd(), 'test', 'fixtures', 'documents', 'action-plan-2024-2026.txt');

let extraction: Extraction;
beforeAll(async () => {
  extraction = await extract([PLAN], nodeEffects());
});

describe('indicators on a three-year action plan', () => {
  it('reads the notice: parent-first issuer, 文号, Chinese-numeral date, plan years 2024 to 2026', () => {
    expect(extraction.documents[0]).toMatchObject({
      region: '天河区', region_code: '440106', doc_number: '穗天府办〔2024〕3号', issued_date: '2024-03-15', plan_year: 2024, plan_year_end: 2026, task_count: 3,
    });
  });

  it('reads the headline targets of the 总体目标 paragraph with their year', () => {
    const goals = extraction.observations.filter((row) => row.section === '总体目标');
    expect(goals).toEqual(expect.arrayContaining([
      expect.objectContaining({ indicator: 'fiveg_stations_total', kind: 'stock', value: 15000, year: 2026, task: null }),
      expect.objectContaining({ indicator: 'high_tech_firms_new', kind: 'increment', value: 300, year: 2026 }),
    ]));
    // 数字经济核心产业增加值占地区生产总值比重 is a share, neither revenue nor GDP growth
    expect(goals.map((row) => row.indicator)).not.toContain('gdp_growth');
  });

  it('reads the tasks with their lead and participating units', () => {
    const task1 = extraction.observations.find((row) => row.task === 1);
    expect(task1).toMatchObject({ indicator: 'fiveg_stations_new', comparator: '>=', value: 1000, lead_units: '区工信局', participating_units: '各街道' });
    const totals = extraction.observations.filter((row) => row.task === 3 && row.indicator === 'high_tech_firms_total');
    expect(totals).toEqual([expect.objectContaining({ comparator: '>', value: 3500, year: 2026 })]);
  });
});
