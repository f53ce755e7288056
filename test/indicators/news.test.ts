import { join } from 'node:path';
import { extract, type Extraction } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';

/** A provincial news report written for these tests: results, one target, sub-regions, a national figure, a combined count. */
const NEWS = join(process.cwd(), 'test', 'fixtures', 'documents', 'news-provincial-5g.txt');

let extraction: Extraction;
beforeAll(async () => {
  extraction = await extract([NEWS], nodeEffects());
});

const figure = (value: number) => extraction.observations.find((row) => row.value === value);

describe('indicators on a news report', () => {
  it('tells the genre and the page date', () => {
    expect(extraction.documents[0]).toMatchObject({ genre: 'news', page_date: '2022-07-15' });
  });

  it('reads reported figures as results of the page year', () => {
    expect(figure(52000)).toMatchObject({ indicator: 'fiveg_stations_total', status: 'actual', year: 2022, region: '山东省' });
    expect(figure(6300)).toMatchObject({ indicator: 'fiveg_stations_new', status: 'actual', year: 2022, year_basis: 'relative' });
  });

  it('reads 预计到今年年底…将达到 as a target', () => {
    expect(figure(60000)).toMatchObject({ indicator: 'fiveg_stations_total', status: 'target', year: 2022 });
  });

  it('gives each sub-region of a 其中 list its own figure', () => {
    expect(figure(12800)).toMatchObject({ region: '临沂市', region_code: '371300', indicator: 'fiveg_stations_total' });
    expect(figure(9100)).toMatchObject({ region: '济宁市', region_code: '370800' });
  });

  it('gives a national figure to the whole country, not the province', () => {
    expect(figure(1850000)).toMatchObject({ region: '全国', region_level: 'country' });
  });

  it('keeps a figure said twice once, with its first evidence', () => {
    const repeats = extraction.observations.filter((row) => row.value === 52000);
    expect(repeats).toHaveLength(1);
    // the first saying, in the second paragraph, not the repeat on the last line
    expect(repeats[0]?.start).toBeLessThan(200);
  });

  it('names no task when a report only speaks of an indicator (no mentioned rows)', () => {
    expect(extraction.observations.filter((row) => row.kind === 'mentioned')).toEqual([]);
  });

  it('pairs years listed before 分别 with the figures after it', () => {
    expect(figure(6120000000)).toMatchObject({ indicator: 'water_use_total', year: 2020, status: 'actual' });
    expect(figure(5980000000)).toMatchObject({ indicator: 'water_use_total', year: 2021 });
  });

  it('records a count of several kinds of firm as combined, naming its parts', () => {
    const combined = figure(30);
    expect(combined).toMatchObject({ indicator: 'combined', status: 'target' });
    expect(combined?.parts.split('、')).toEqual(expect.arrayContaining(['gazelle_firms_new', 'specialized_sme_new']));
  });
});
