import { compareIndicator } from '../../src/compare/compare-indicator.js';
import { COMPARISON_COLUMNS, recordsToTable } from '../../src/compare/table.js';
import { CATALOGUE, OBSERVATIONS, seedRegions } from '../fixtures/compare/observations.js';

describe('compare/table', () => {
  const comparison = compareIndicator(OBSERVATIONS, seedRegions(), CATALOGUE, { indicator: 'green_building_area', planYear: 2023, per: 'capita' });

  it('makes one row per record with the comparison columns in order', () => {
    const table = recordsToTable(comparison.records, COMPARISON_COLUMNS);
    expect(table.numRows()).toBe(5);
    expect(table.columnNames()).toEqual([...COMPARISON_COLUMNS]);
    expect(table.get('region', 0)).toBe('滕州市');
    expect(table.get('denominator_value', 0)).toBe(154.78);
  });

  it('lists every record field among the comparison columns', () => {
    const [first] = comparison.records;
    expect(Object.keys(first ?? {}).sort()).toEqual([...COMPARISON_COLUMNS].sort());
  });

  it('joins array fields with semicolons', () => {
    const table = recordsToTable(comparison.records, COMPARISON_COLUMNS);
    expect(table.objects().find((row) => (row as { region: string }).region === '罗庄区')).toMatchObject({ flags: 'bound-at-least;denominator-stale' });
    expect(recordsToTable([{ region: '滕州市', flags: [] as string[] }]).objects()).toEqual([{ region: '滕州市', flags: '' }]);
  });

  it('keeps the columns of an empty list when they are given', () => {
    expect(recordsToTable([], COMPARISON_COLUMNS).columnNames()).toHaveLength(COMPARISON_COLUMNS.length);
    expect(recordsToTable([]).numCols()).toBe(0);
  });
});
