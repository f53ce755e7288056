/**
 * Wide reference tables as their publishers lay them out: one row per unit, one column per
 * figure. The layouts are data (`WIDE_LAYOUTS`); reading one turns each row into figures of the
 * long region table, with source, year and licence on every figure.
 */
import {
  ADMIN_LEVELS, METRIC_DEFS, levelFromName, tierOfDivisionCode,
  type AdminLevel, type AdminTier, type RegionMetric,
} from './catalogue.js';
import type { TextRow } from './delimited.js';
import { REGION_MESSAGES } from '../messages.js';
import type { RegionFigure, RegionTable } from './types.js';

const { skipReason } = REGION_MESSAGES;

/** One figure column of a wide layout. */
export interface WideMetric {
  readonly column: string;
  readonly metric: RegionMetric;
  /** Unit the column is written in (one of the metric's units in `METRIC_DEFS`). */
  readonly unit: string;
  readonly year: number;
  readonly source_url: string;
  readonly licence: string;
  readonly note: string;
}

/** How a published wide table names its columns. */
export interface WideLayout {
  readonly id: string;
  readonly label: string;
  /** Column of the six-digit division code. */
  readonly code: string;
  /**
   * Where the name and parent come from: `name` (one column holds the unit's name, `parent`
   * and `grandparent` its prefecture and province), or `nested` (province, prefecture and
   * county columns, the deepest filled one naming the unit, as the census tabulation does).
   */
  readonly names:
    | { readonly shape: 'name'; readonly name: string; readonly type: string; readonly prefecture: string; readonly province: string }
    | { readonly shape: 'nested'; readonly province: string; readonly prefecture: string; readonly county: string };
  readonly metrics: readonly WideMetric[];
}

const CENSUS_SOURCE = 'https://github.com/leiii/census';
const CENSUS_LICENCE = 'MIT (© 2022 Lei Dong); census figures by NBS';
const CENSUS_NOTE = 'NBS 《中国人口普查分县资料—2020》 (7th census), resident population at 2020-11-01; development zones (功能区) are separate units';

/**
 * The wide layouts regionbench reads. `census-2020-county`: the county tabulation of the 7th
 * census as published (`census_county_2020_v1.xlsx`: 区划代码 "division code", 省 "province",
 * 市 "prefecture", 区县 "county", 人口数_合计 "population, total"). `national-reference`: the
 * reference CSV with one row per unit (`division_code, name, admin_type, …,
 * resident_population_2020, land_area_km2`).
 */
export const WIDE_LAYOUTS: readonly WideLayout[] = [
  {
    id: 'census-2020-county',
    label: '第七次全国人口普查分县资料 (7th census county tabulation)',
    code: '区划代码',
    names: { shape: 'nested', province: '省', prefecture: '市', county: '区县' },
    metrics: [
      { column: '人口数_合计', metric: 'resident_population', unit: '人', year: 2020, source_url: CENSUS_SOURCE, licence: CENSUS_LICENCE, note: CENSUS_NOTE },
    ],
  },
  {
    id: 'national-reference',
    label: 'national county reference table (2020 census, 2021 boundaries)',
    code: 'division_code',
    names: { shape: 'name', name: 'name', type: 'admin_type', prefecture: 'prefecture', province: 'province' },
    metrics: [
      { column: 'resident_population_2020', metric: 'resident_population', unit: '人', year: 2020, source_url: CENSUS_SOURCE, licence: CENSUS_LICENCE, note: CENSUS_NOTE },
      {
        column: 'land_area_km2',
        metric: 'land_area',
        unit: 'km2',
        year: 2021,
        source_url: 'https://github.com/thebamboogrove/tudigong',
        licence: 'MIT (tudigong)',
        note: 'area of the 2021 county boundary polygon (tudigong); where development zones are separate units they are cut out, so not the official administrative area',
      },
    ],
  },
];

/** A row the reader left out, and why. */
export interface SkippedRow {
  readonly row: number;
  readonly reason: string;
}

/** What reading a wide table gives: the figures, and the rows left out. */
export interface WideTableResult {
  readonly layout: WideLayout;
  readonly table: RegionTable;
  readonly skipped: readonly SkippedRow[];
}

/** Names of a whole-country row, which is not a region of any level. */
const NATIONAL_NAMES = ['全国', '合计', '总计'];

/**
 * The layout whose columns a header row holds (all of its code, name and figure columns), or
 * null.
 *
 * @example
 * detectWideLayout(['区划代码', '省', '市', '区县', '人口数_合计', '城镇人口'])?.id // → 'census-2020-county'
 * detectWideLayout(['region', 'metric', 'value']) // → null
 */
export function detectWideLayout(header: readonly string[]): WideLayout | null {
  const present = new Set(header.map((cell) => cell.trim()));
  return WIDE_LAYOUTS.find((layout) => requiredColumns(layout).every((column) => present.has(column))) ?? null;
}

function requiredColumns(layout: WideLayout): string[] {
  const names = layout.names.shape === 'name'
    ? [layout.names.name, layout.names.type, layout.names.prefecture, layout.names.province]
    : [layout.names.province, layout.names.prefecture, layout.names.county];
  return [layout.code, ...names, ...layout.metrics.map((metric) => metric.column)];
}

/**
 * Read a wide table (first row = header) into long-format figures, one per filled figure
 * column, values converted to the metric's canonical unit (人 → 万人). Rows that cannot be a
 * region are left out and listed with their reason, never guessed: a code that is not six
 * digits (the census writes `NA` for some units), a whole-country row, a code seen before,
 * a figure that is not a non-negative number. An empty figure cell is no figure (not zero).
 *
 * Levels: the table's type column when it names a level of `ADMIN_LEVELS` (text in brackets
 * dropped; `非正式` "non-formal" units are `县级单位`), else read from the name and code
 * (`levelFromName`: fifth code digit 7 → 功能区).
 *
 * @example
 * const { table, skipped } = wideTableFromRows([
 *   { row: 1, cells: ['区划代码', '省', '市', '区县', '人口数_合计'] },
 *   { row: 2, cells: ['330521', '浙江省', '湖州市', '德清县', '548555'] },
 *   { row: 3, cells: ['NA', '浙江省', '湖州市', '某开发区', '1000'] },
 * ], WIDE_LAYOUTS[0], 'census.xlsx');
 * [table[0]?.region, table[0]?.admin_level, table[0]?.parent, table[0]?.value, skipped[0]?.row]
 * // → ['德清县', '县', '湖州市', 54.8555, 3]
 */
export function wideTableFromRows(rows: readonly TextRow[], layout: WideLayout, origin: string): WideTableResult {
  const [header, ...body] = rows;
  const index = new Map<string, number>();
  header?.cells.forEach((cell, column) => {
    if (!index.has(cell.trim())) index.set(cell.trim(), column);
  });
  const figures: RegionFigure[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of body) {
    const cell = (column: string): string => {
      const at = index.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const code = cell(layout.code);
    const identity = identityOf(layout, cell, code);
    if (identity.name !== '' && NATIONAL_NAMES.includes(identity.name)) {
      skipped.push({ row, reason: skipReason.national() });
      continue;
    }
    const tier = tierOfDivisionCode(code);
    if (tier === null) {
      skipped.push({ row, reason: skipReason.noCode(code, identity.name) });
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      skipped.push({ row, reason: skipReason.duplicateCode(code, first) });
      continue;
    }
    seen.set(code, row);
    const rowFigures: RegionFigure[] = [];
    let bad: string | null = null;
    for (const metric of layout.metrics) {
      const text = cell(metric.column);
      if (text === '') continue;
      const written = Number(text);
      if (!/^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || !Number.isFinite(written)) {
        bad = skipReason.notANumber(metric.column, text);
        break;
      }
      const perCanonical = METRIC_DEFS[metric.metric].units.find((unit) => unit.unit === metric.unit)?.perCanonical ?? 1;
      rowFigures.push({
        region: identity.name === '' ? code : identity.name,
        division_code: code,
        admin_level: levelOf(identity.type, tier, identity.name, code),
        parent: parentOf(tier, identity),
        metric: metric.metric,
        year: metric.year,
        value: perCanonical === 1 ? written : written / perCanonical,
        unit: METRIC_DEFS[metric.metric].unit,
        source_url: metric.source_url,
        note: metric.note,
        licence: metric.licence,
        disputed: false,
        origin,
        row,
      });
    }
    if (bad !== null) skipped.push({ row, reason: bad });
    else figures.push(...rowFigures);
  }
  return { layout, table: figures, skipped };
}

interface WideIdentity {
  readonly name: string;
  readonly type: string;
  readonly prefecture: string;
  readonly province: string;
}

function identityOf(layout: WideLayout, cell: (column: string) => string, code: string): WideIdentity {
  const names = layout.names;
  if (names.shape === 'name') {
    return { name: cell(names.name), type: cell(names.type), prefecture: cell(names.prefecture), province: cell(names.province) };
  }
  const province = cell(names.province);
  const prefecture = cell(names.prefecture);
  const county = cell(names.county);
  // the deepest filled column names the unit; the code's tier decides when a parent is repeated
  const tier = tierOfDivisionCode(code);
  const name = tier === 'province' ? province || prefecture || county
    : tier === 'prefecture' ? prefecture || county : county || prefecture || province;
  return { name, type: '', prefecture, province };
}

function parentOf(tier: AdminTier, identity: WideIdentity): string {
  if (tier === 'county') return identity.prefecture === identity.name ? identity.province : identity.prefecture;
  if (tier === 'prefecture') return identity.province === identity.name ? '' : identity.province;
  return '';
}

function levelOf(type: string, tier: AdminTier, name: string, code: string): AdminLevel {
  const bare = type.replace(/[(（].*$/, '').trim();
  for (const candidate of [type, bare]) {
    const level = ADMIN_LEVELS.find((entry) => entry.level === candidate && entry.tier === tier);
    if (level !== undefined) return level.level;
  }
  // 非正式 "non-formal" units (大兴安岭 districts, 行政委员会) carry no code of their own kind
  if (tier === 'county' && type.includes('非正式')) return '县级单位';
  return levelFromName(tier, name, code);
}
