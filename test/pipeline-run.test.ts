import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../src/catalogue/index.js';
import { UsageError } from '../src/errors.js';
import { nodeEffects } from '../src/ingest/index.js';
import { compareAll, mostCommonPlanYear, run } from '../src/pipeline.js';
import { observation, seedRegions } from './fixtures/compare/observations.js';

describe('pipeline run and compareAll', () => {
  it('writes nothing, not even the output folder, when no document could be read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-run-'));
    writeFileSync(join(folder, 'empty.txt'), '');
    const out = join(folder, 'reports');
    const { extraction, output } = await run([folder], out, nodeEffects());
    expect(output).toBeNull();
    expect(extraction.inputs.map((input) => input.outcome)).toEqual(['failed']);
    expect(existsSync(out)).toBe(false);
  });

  it('compares every single indicator with a figure, sorted, and leaves combined counts and mentions out', () => {
    const observations = [
      observation({ region: '滕州市', region_code: '370481', region_level: 'county', indicator: 'green_building_area_new', value: 1_500_000 }),
      observation({ region: '嘉祥县', region_code: '370829', region_level: 'county', indicator: 'green_building_area_new', value: 500_000 }),
      observation({ region: '嘉祥县', region_code: '370829', region_level: 'county', indicator: 'fiveg_stations_new', kind: 'mentioned', value: null }),
      observation({ region: '嘉祥县', region_code: '370829', region_level: 'county', indicator: 'combined', parts: 'a、b', value: 30 }),
    ];
    const records = compareAll({ observations }, seedRegions(), DEFAULT_CATALOGUE, { planYear: 2023, per: 'none', method: 'minmax', levels: 'separate' });
    expect([...new Set(records.map((record) => record.indicator))]).toEqual(['green_building_area_new']);
    expect(records.map((record) => [record.region, record.rank])).toEqual([['滕州市', 1], ['嘉祥县', 2]]);
  });

  it('refuses an indicator the catalogue does not know as misuse', () => {
    expect(() => compareAll({ observations: [] }, seedRegions(), DEFAULT_CATALOGUE, { indicators: ['no_such_indicator'], planYear: 2023, per: 'none', method: 'minmax', levels: 'separate' }))
      .toThrow(new UsageError('unknown indicator: no_such_indicator'));
  });

  it('takes the plan year most documents are for, the later one on a tie', () => {
    expect(mostCommonPlanYear({ documents: [{ plan_year: 2022 }, { plan_year: 2023 }, { plan_year: 2023 }] as never })).toBe(2023);
    expect(mostCommonPlanYear({ documents: [{ plan_year: 2022 }, { plan_year: 2023 }] as never })).toBe(2023);
    expect(mostCommonPlanYear({ documents: [] })).toBeNull();
  });
});
