import { join } from 'node:path';
import { extract, type Extraction } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';

/** A statistical bulletin written for these tests: every figure is a result of its year. */
const BULLETIN = join(process.cwd(), 'test', 'fixtures', 'documents', 'statistical-bulletin-2023.txt');

let extraction: Extraction;
beforeAll(async () => {
  extraction = await extract([BULLETIN], nodeEffects());
});

describe('indicators on a statistical bulletin', () => {
  it('finds the region and the year the bulletin reports on', () => {
    expect(extraction.documents[0]).toMatchObject({ region: '桐乡市', region_code: '330483', plan_year: 2023 });
  });

  it('reads every figure as a 2023 result, not a target', () => {
    const figures = extraction.observations.filter((row) => row.kind !== 'mentioned');
    expect(figures.length).toBeGreaterThanOrEqual(6);
    for (const row of figures) expect(row).toMatchObject({ status: 'actual', year: 2023 });
    expect(figures).toEqual(expect.arrayContaining([
      expect.objectContaining({ indicator: 'gdp_growth', kind: 'growth', value: 6.8 }),
      expect.objectContaining({ indicator: 'fiveg_stations_total', kind: 'stock', value: 3650 }),
      expect.objectContaining({ indicator: 'fiveg_stations_new', kind: 'increment', value: 620 }),
      expect.objectContaining({ indicator: 'high_tech_firms_new', value: 85 }),
      expect.objectContaining({ indicator: 'high_tech_firms_total', kind: 'stock', value: 612 }),
      expect.objectContaining({ indicator: 'afforestation', value: 16000 }),
      expect.objectContaining({ indicator: 'water_use_total', kind: 'stock', value: 320000000 }),
    ]));
  });

  it('reads a count at year end (年末) as a stock, even of firms usually counted as added', () => {
    expect(extraction.observations).toEqual(expect.arrayContaining([
      expect.objectContaining({ indicator: 'tech_smes_registered', kind: 'stock', value: 426, status: 'actual', year: 2023 }),
      expect.objectContaining({ indicator: 'little_giant_firms', kind: 'stock', value: 12, status: 'actual', year: 2023 }),
    ]));
  });

  it('reads a rate kept within a ceiling as the rate reached, with its bound (失业率控制在2.1%以内)', () => {
    expect(extraction.observations).toEqual(expect.arrayContaining([
      expect.objectContaining({ indicator: 'urban_unemployment_rate', kind: 'rate', comparator: '<=', value: 2.1, status: 'actual' }),
    ]));
  });
});
