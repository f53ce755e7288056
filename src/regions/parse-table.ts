import { ConfigError } from '../errors.js';
import {
  ADMIN_LEVELS, METRIC_DEFS, PARSED_LEVEL_NAMES, REGION_METRICS, adminTier, isDisputedNote, tierOfDivisionCode,
  type RegionMetric,
} from './catalogue.js';
import { splitDelimited, type TextRow } from './delimited.js';
import { keyword } from '../options.js';
import { REGION_MESSAGES } from '../messages.js';
import type { RegionFigure, RegionTable } from './types.js';

const { cellDetail, duplicateColumn, emptyTable, extraCells, invalidCell, missingColumn } = REGION_MESSAGES;

/** Columns of a long-format region table, in the order `formatRegionTable` writes them. */
export const REGION_COLUMNS = [
  'region', 'division_code', 'admin_level', 'parent', 'metric', 'year', 'value', 'unit', 'source_url', 'note', 'licence',
] as const;
type RegionColumn = (typeof REGION_COLUMNS)[number];

/** Columns a table may leave out (every row then reads them as ''). */
const OPTIONAL_COLUMNS: readonly RegionColumn[] = ['source_url', 'note', 'licence'];

/** Options for reading a region table. */
export interface RegionTableOptions {
  /** Label stored in each figure's `origin` (usually the file name); default ''. */
  readonly origin?: string;
}

/**
 * Parse a long-format region table from CSV or TSV text.
 *
 * The header names the columns (any order, case-insensitive; extra columns are ignored):
 * `region, division_code, admin_level, parent, metric, year, value, unit` are required,
 * `source_url, note, licence` optional. `year` may be empty (an undated figure). Values written in
 * another unit of the metric (人, 公顷, 亩, 万元 …; see `METRIC_DEFS`) are converted to the
 * canonical unit. Rows are numbered as in a spreadsheet (header = row 1). Any invalid cell
 * (a value that is not a finite, non-negative number among them) throws naming its row and
 * column, and so does a row with non-empty cells past the header's last column; so does a second figure for the same region, metric and
 * year, or a row whose level or parent contradicts an earlier row of the same division code.
 *
 * @example
 * parseRegionTable('region,division_code,admin_level,parent,metric,year,value,unit\n' +
 *   '滕州市,370481,县级市,枣庄市,resident_population,2023,154.78,万人\n', 'csv')
 * // → [{ region: '滕州市', division_code: '370481', admin_level: '县级市', parent: '枣庄市',
 * //      metric: 'resident_population', year: 2023, value: 154.78, unit: '万人',
 * //      source_url: '', note: '', licence: '', disputed: false, origin: '', row: 2 }]
 * parseRegionTable('region,division_code,admin_level,parent,metric,year,value,unit\n' +
 *   '滕州市,370481,县级市,枣庄市,gdp,2022,abc,亿元\n', 'csv')
 * // throws Error('invalid regions row 2 column value: "abc" is not a number')
 */
export function parseRegionTable(text: string, format: 'csv' | 'tsv', options: RegionTableOptions = {}): RegionTable {
  const checkedFormat = keyword(format, 'format', ['csv', 'tsv'] as const);
  return regionTableFromRows(splitDelimited(text, checkedFormat), options.origin ?? '');
}

/**
 * Build a region table from already-split rows (first row = header). Shared by the CSV/TSV
 * and XLSX readers; see `parseRegionTable` for the rules.
 *
 * @example
 * regionTableFromRows([
 *   { row: 1, cells: ['region', 'division_code', 'admin_level', 'parent', 'metric', 'year', 'value', 'unit'] },
 *   { row: 2, cells: ['嘉祥县', '370829', '县', '济宁市', 'land_area', '', '971.6', 'km2'] },
 * ], 'user.xlsx')[0]?.year
 * // → null
 */
export function regionTableFromRows(rows: readonly TextRow[], origin: string): RegionTable {
  const [header, ...body] = rows;
  if (header === undefined) throw new ConfigError(emptyTable());
  const columns = headerIndex(header.cells);
  const figures: RegionFigure[] = [];
  const identities = new Map<string, { region: string; admin_level: string; parent: string; row: number }>();
  const seen = new Map<string, number>();
  for (const { row, cells } of body) {
    // cells past the header's last column belong to no column: a shifted row, not data to drop
    const beyond = cells.slice(header.cells.length);
    if (beyond.some((extra) => extra.trim() !== '')) throw new ConfigError(extraCells(row, header.cells.length, beyond));
    const cell = (column: RegionColumn): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const figure = parseRow(row, cell, origin);
    const earlier = identities.get(figure.division_code);
    if (earlier === undefined) {
      identities.set(figure.division_code, { ...figure, row });
    } else {
      for (const column of ['region', 'admin_level', 'parent'] as const) {
        if (earlier[column] !== figure[column]) {
          throw new ConfigError(invalidCell(row, column, cellDetail.identityConflict(figure[column], figure.division_code, earlier[column], earlier.row)));
        }
      }
    }
    const key = `${figure.division_code}\u0000${figure.metric}\u0000${figure.year ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ConfigError(invalidCell(row, 'year', cellDetail.duplicateFigure(figure.region, figure.metric, figure.year, first)));
    }
    seen.set(key, row);
    figures.push(figure);
  }
  return figures;
}

/**
 * Write a region table as CSV in the canonical long format (`REGION_COLUMNS`, canonical
 * units, RFC 4180 quoting, LF line ends). `parseRegionTable` reads the output back to the
 * same figures.
 *
 * @example
 * formatRegionTable(parseRegionTable('region,division_code,admin_level,parent,metric,year,value,unit,note\n' +
 *   '嘉祥县,370829,县,济宁市,land_area,,971.6,km2,"a, b"\n', 'csv'))
 * // → 'region,division_code,admin_level,parent,metric,year,value,unit,source_url,note,licence\n' +
 * //   '嘉祥县,370829,县,济宁市,land_area,,971.6,km2,,"a, b",\n'
 */
export function formatRegionTable(table: RegionTable): string {
  const lines = [REGION_COLUMNS.join(',')];
  for (const figure of table) {
    lines.push(REGION_COLUMNS.map((column) => csvCell(column === 'year' ? String(figure.year ?? '') : String(figure[column]))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function headerIndex(cells: readonly string[]): Map<RegionColumn, number> {
  const columns = new Map<RegionColumn, number>();
  cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    const column = REGION_COLUMNS.find((candidate) => candidate === name);
    if (column === undefined) return;
    if (columns.has(column)) throw new ConfigError(duplicateColumn(column));
    columns.set(column, index);
  });
  for (const column of REGION_COLUMNS) {
    if (!columns.has(column) && !OPTIONAL_COLUMNS.includes(column)) throw new ConfigError(missingColumn(column));
  }
  return columns;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Level names a table may use: the Chinese ones, and the English codes `extract` writes (`county`, `district` …). */
const LEVEL_NAMES = [...ADMIN_LEVELS.map((entry) => entry.level), ...Object.keys(PARSED_LEVEL_NAMES)];

function parseRow(row: number, cell: (column: RegionColumn) => string, origin: string): RegionFigure {
  const fail = (column: RegionColumn, detail: string): never => {
    throw new ConfigError(invalidCell(row, column, detail));
  };
  const required = (column: RegionColumn): string => cell(column) || fail(column, cellDetail.required());

  const region = required('region');
  const divisionCode = required('division_code');
  const codeTier = tierOfDivisionCode(divisionCode) ?? fail('division_code', cellDetail.notADivisionCode(divisionCode));
  // one vocabulary: an English level code (`county`, as `extract` writes it) is stored as its Chinese name (县)
  const writtenLevel = required('admin_level');
  const adminLevel = PARSED_LEVEL_NAMES[writtenLevel.toLowerCase()] ?? writtenLevel;
  const levelTier = adminTier(adminLevel) ?? fail('admin_level', cellDetail.notALevel(adminLevel, LEVEL_NAMES));
  if (levelTier !== codeTier) fail('admin_level', cellDetail.levelMismatch(adminLevel, divisionCode, codeTier));

  const metricText = required('metric');
  const metric = metricFromText(metricText) ?? fail('metric', cellDetail.notAMetric(metricText, REGION_METRICS));
  const def = METRIC_DEFS[metric];

  const yearText = cell('year');
  let year: number | null = null;
  if (yearText !== '') {
    year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2100) fail('year', cellDetail.notAYear(yearText));
  }

  const valueText = required('value');
  if (!NUMBER.test(valueText)) fail('value', cellDetail.notANumber(valueText));
  const written = Number(valueText);
  // 1e309 is written like a number but reads as Infinity, which would rank and divide
  if (!Number.isFinite(written)) fail('value', cellDetail.notFinite(valueText));
  if (written < 0) fail('value', cellDetail.negative(valueText));

  const unitText = required('unit');
  const unit = def.units.find((alias) => alias.unit === unitText)
    ?? fail('unit', cellDetail.notAUnit(unitText, metric, def.units.map((alias) => alias.unit)));

  const note = cell('note');
  const value = unit.perCanonical === 1 ? written : written / unit.perCanonical;
  if (!Number.isFinite(value)) fail('value', cellDetail.notFinite(valueText));
  return {
    region,
    division_code: divisionCode,
    admin_level: adminLevel,
    parent: cell('parent'),
    metric,
    year,
    value,
    unit: def.unit,
    source_url: cell('source_url'),
    note,
    licence: cell('licence'),
    disputed: isDisputedNote(note),
    origin,
    row,
  };
}

function metricFromText(text: string): RegionMetric | null {
  const lower = text.toLowerCase();
  return REGION_METRICS.find((id) => id === lower || METRIC_DEFS[id].aliases.some((alias) => alias.toLowerCase() === lower)) ?? null;
}
