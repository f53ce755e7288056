import { join } from 'node:path';
import { extract, type Extraction } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { retrospectiveTime } from '../../src/indicators/semantics.js';

/**
 * A government work report written for these tests in the usual shape: no numbered tasks, a
 * look-back section on the previous year, then the year's targets under （一）… paragraphs.
 */
const REPORT = join(process.cwd(), 'test', 'fixtures', 'documents', 'work-report-2024.txt');

let extraction: Extraction;
beforeAll(async () => {
  extraction = await extract([REPORT], nodeEffects());
});

function find(indicator: string, status: string) {
  return extraction.observations.filter((row) => row.indicator === indicator && row.status === status);
}

describe('indicators on a government work report without numbered tasks', () => {
  it('resolves the region from the text and the plan year from the title', () => {
    expect(extraction.documents[0]).toMatchObject({ region: '沭阳县', region_code: '321322', plan_year: 2024, task_count: 0 });
  });

  it('reads the 2023 look-back section as results of 2023', () => {
    expect(find('gdp_growth', 'actual')).toEqual([expect.objectContaining({ kind: 'growth', value: 6.1, year: 2023, section: '2023年工作回顾' })]);
    expect(find('fiveg_stations_new', 'actual')).toEqual([expect.objectContaining({ value: 820, year: 2023 })]);
    expect(find('fiveg_stations_total', 'actual')).toEqual([expect.objectContaining({ kind: 'stock', value: 4600 })]);
    expect(find('afforestation', 'actual')).toEqual([expect.objectContaining({ value: 12000, unit: 'mu' })]);
  });

  it('reads the 2024 section as targets, with bounds and caps', () => {
    expect(find('gdp_growth', 'target')).toEqual([expect.objectContaining({ comparator: '~', value: 6, year: 2024 })]);
    expect(find('urban_jobs_new', 'target')).toEqual([expect.objectContaining({ comparator: '>=', value: 12000 })]);
    // a rate kept within a ceiling is a rate with its bound, as every share is (a cap is an amount's: water use)
    expect(find('urban_unemployment_rate', 'target')).toEqual([expect.objectContaining({ kind: 'rate', comparator: '<=', value: 3 })]);
    expect(find('high_tech_firms_total', 'target')).toEqual([expect.objectContaining({ kind: 'stock', comparator: '>', value: 300 })]);
    expect(find('water_use_total', 'target')).toEqual([expect.objectContaining({ kind: 'cap', value: 980000000 })]);
    expect(find('old_residential_renovation_households', 'target')).toEqual([expect.objectContaining({ value: 8000 })]);
  });

  it('names the time a section heading looks back on', () => {
    expect(retrospectiveTime('2023年工作回顾', 2024)).toBe('2023年');
    expect(retrospectiveTime('过去五年工作回顾', 2024)).toBe('2023年');
    expect(retrospectiveTime('2024年主要目标和重点工作', 2024)).toBe('');
    expect(retrospectiveTime('深入实施创新驱动发展战略', 2024)).toBe('');
  });
});
