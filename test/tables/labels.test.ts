import { compareIndicator, compositeIndex, peerGap, rankRobustness, COMPARISON_COLUMNS } from '../../src/compare/index.js';
import { REGION_COLUMNS } from '../../src/regions/index.js';
import {
  DIAGNOSTIC_COLUMNS, DOCUMENT_COLUMNS, INPUT_COLUMNS, OBSERVATION_COLUMNS, QUANTITY_COLUMNS, TASK_COLUMNS,
} from '../../src/tables/records.js';
import { TRACKING_COLUMNS } from '../../src/tracking/index.js';
import { COLUMN_LABELS, COLUMN_TYPES, columnHeader, columnLabel } from '../../src/tables/labels.js';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
import { withChineseColumns } from '../../src/tables/chinese-columns.js';
import { CATALOGUE, OBSERVATIONS, seedRegions } from '../fixtures/compare/observations.js';

const seed = seedRegions();
const comparison = compareIndicator(OBSERVATIONS, seed, CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita' });
const composite = compositeIndex(OBSERVATIONS, seed, CATALOGUE, { planYear: 2023 });
const robustness = rankRobustness(OBSERVATIONS, seed, CATALOGUE, { planYear: 2023, draws: 2 });
const gap = peerGap(comparison, '滕州市');

/** Every table regionbench writes, with its columns as the code produces them. */
const TABLES: Record<string, readonly string[]> = {
  documents: DOCUMENT_COLUMNS,
  tasks: TASK_COLUMNS,
  quantities: QUANTITY_COLUMNS,
  observations: OBSERVATION_COLUMNS,
  inputs: INPUT_COLUMNS,
  diagnostics: DIAGNOSTIC_COLUMNS,
  comparisons: COMPARISON_COLUMNS,
  composite: Object.keys(composite.records[0] ?? {}),
  robustness: Object.keys(robustness.records[0] ?? {}),
  peer_gap: Object.keys(gap),
  tracking: TRACKING_COLUMNS,
  regions: [...REGION_COLUMNS, ...Object.keys(seed[0] ?? {})],
  // the run's CSV and XLSX: each code with its Chinese name beside it
  ...Object.fromEntries(Object.entries({ documents: DOCUMENT_COLUMNS, quantities: QUANTITY_COLUMNS, observations: OBSERVATION_COLUMNS, inputs: INPUT_COLUMNS, diagnostics: DIAGNOSTIC_COLUMNS, tracking: TRACKING_COLUMNS })
    .map(([name, columns]) => [`${name}_with_chinese_names`, withChineseColumns([], columns, DEFAULT_CATALOGUE).columns])),
};

describe('tables/labels', () => {
  it('labels every column of every table in Chinese and English, with a known type', () => {
    const missing: string[] = [];
    for (const [table, columns] of Object.entries(TABLES)) {
      expect(columns.length).toBeGreaterThan(3);
      for (const column of columns) {
        const label = columnLabel(column);
        if (label === undefined) missing.push(`${table}.${column}`);
        else {
          expect(label.zh).toMatch(/\p{Script=Han}/u);
          expect(label.en).toMatch(/^[A-Z]/);
          expect(COLUMN_TYPES).toContain(label.type);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives the columns of one table distinct headers in each language, so a labelled sheet maps back to names', () => {
    for (const columns of Object.values(TABLES)) {
      const unique = [...new Set(columns)];
      for (const language of ['zh', 'en'] as const) {
        const headers = unique.map((column) => columnHeader(column, language));
        expect(new Set(headers).size).toBe(headers.length);
      }
    }
  });

  it('types the columns by what the records hold: counts and offsets as integers, figures as numbers', () => {
    expect(COLUMN_LABELS.task.type).toBe('integer');
    expect(COLUMN_LABELS.plan_year.type).toBe('integer');
    expect(COLUMN_LABELS.value.type).toBe('number');
    expect(COLUMN_LABELS.median_rank.type).toBe('number');
    expect(COLUMN_LABELS.region_code.type).toBe('text');
    expect(COLUMN_LABELS.meets_median.type).toBe('boolean');
  });

  it('has no label that no table uses', () => {
    const used = new Set(Object.values(TABLES).flat());
    expect(Object.keys(COLUMN_LABELS).filter((column) => !used.has(column))).toEqual([]);
  });

  it('heads a column it does not know by its name', () => {
    expect(columnLabel('my_column')).toBeUndefined();
    expect(columnLabel('toString')).toBeUndefined();
    expect(columnHeader('my_column', 'zh')).toBe('my_column');
    expect(columnHeader('plan_year', 'zh')).toBe('规划年度');
    expect(columnHeader('plan_year', 'en')).toBe('Plan year');
    expect(columnHeader('plan_year', 'name')).toBe('plan_year');
  });
});
