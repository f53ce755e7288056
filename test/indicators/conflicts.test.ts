import { conflictingFigures } from '../../src/indicators/conflicts.js';
import type { Observation } from '../../src/indicators/types.js';

/** A figure of a document; only the fields the check reads differ from one to the next. */
const figure = (doc: string, fields: Partial<Observation>): Observation => ({
  doc_id: doc, source: `${doc}.txt`, region: '罗庄区', region_code: '371311', region_level: 'district', year: 2023, year_basis: 'document', period: '', parts: '',
  section: '', task: 3, task_title: '', lead_units: '', participating_units: '', indicator: 'green_building_area_new',
  kind: 'increment', status: 'target', tier: 'plain', comparator: '>=', value: 600000, value_high: null, unit: 'm2',
  raw: '', evidence: '', start: 0, end: 0, ...fields,
});

const documents = [
  { doc_id: 'a', plan_year: 2023 }, { doc_id: 'b', plan_year: 2023 }, { doc_id: 'c', plan_year: 2024 }, { doc_id: 'd', plan_year: null },
];

describe('conflictingFigures', () => {
  it('warns once per region, plan year, indicator, kind, status and year whose documents disagree', () => {
    const observations = [
      figure('a', {}),
      figure('a', { indicator: 'fiveg_stations_new', kind: 'increment', value: 100 }),
      // the same figure in another document: no disagreement
      figure('b', {}),
      // another document of the same plan year, another figure: a warning
      figure('b', { value: 500000 }),
      // a document of another plan year, another status, another year, another kind: groups of their own
      figure('c', { value: 1 }),
      figure('b', { status: 'actual', value: 2 }),
      figure('b', { year: 2022, value: 3 }),
      figure('b', { kind: 'stock', value: 4 }),
      // another region: a group of its own
      figure('b', { region_code: '371312', value: 5 }),
      // a disagreement within one document is not between documents
      figure('a', { indicator: 'fiveg_stations_new', value: 120 }),
      figure('b', { indicator: 'fiveg_stations_new', value: 90 }),
      // mentions, figures without a region or a value are not compared
      figure('b', { kind: 'mentioned', value: 7 }),
      figure('b', { region_code: '', value: 8 }),
      figure('b', { value: null }),
    ];
    const warnings = conflictingFigures(observations, documents);
    // in the order each group's first figure came
    expect(warnings.map((warning) => warning.message)).toEqual([
      '罗庄区 2023 green_building_area_new (increment): 600000 in a.txt but 500000 in b.txt',
      '罗庄区 2023 fiveg_stations_new (increment): 100 in a.txt but 90 in b.txt',
    ]);
    expect(warnings[0]).toMatchObject({ source: 'b.txt', location: 'task 3', severity: 'warning', code: 'conflicting-figures' });
  });

  it('takes documents without a plan year, and figures without a year, as one group each', () => {
    const warnings = conflictingFigures([figure('d', { year: null, value: 1 }), figure('a', { year: null, value: 2 }), figure('d', { year: null, value: 3 })], documents);
    expect(warnings).toEqual([]);
    const undated = [figure('d', { year: null, value: 1 }), figure('e', { year: null, value: 2 })];
    expect(conflictingFigures(undated, [...documents, { doc_id: 'e', plan_year: null }]).map((warning) => warning.message))
      .toEqual(['罗庄区  green_building_area_new (increment): 1 in d.txt but 2 in e.txt']);
  });
});
