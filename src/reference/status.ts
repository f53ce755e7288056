/**
 * `regions check` and `regions template` as data: every region the documents name with the
 * standing of each denominator, the template of the missing ones, and the lines that name
 * regions a comparison cannot divide.
 */
import { denominatorStatus, gapLine, type DenominatorGap, type DenominatorStatus } from '../compare/index.js';
import { MESSAGES, say } from '../messages.js';
import type { Language } from '../options.js';
import { METRIC_DEFS, PARSED_LEVEL_NAMES, REGION_COLUMNS, type RegionTable } from '../regions/index.js';
import { formatRows, type DocumentRecord } from '../tables/index.js';

/** From how many regions without a denominator the lines are summed up (the diagnostics table lists all). */
export const GAP_LINES_MAX = 50;

/**
 * Every region of the documents (each plan year's field) with the standing of each
 * denominator; a document without a plan year is taken for the current year.
 */
export function documentRegionStatus(documents: readonly Pick<DocumentRecord, 'plan_year' | 'region' | 'region_code' | 'region_level'>[], table: RegionTable): DenominatorStatus[] {
  const rows: DenominatorStatus[] = [];
  const seen = new Set<string>();
  for (const document of documents) {
    const planYear = typeof document.plan_year === 'number' ? document.plan_year : null;
    const region = { region: String(document.region ?? ''), region_code: String(document.region_code ?? ''), region_level: String(document.region_level ?? '') };
    if (region.region === '' && region.region_code === '') continue;
    const year = planYear ?? new Date().getFullYear();
    const key = `${region.region_code}/${region.region}/${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(...denominatorStatus(table, region, year));
  }
  return rows;
}

/**
 * How many regions were checked and how many lack some denominator (missing, or a region the
 * reference data do not know).
 */
export function regionsLacking(rows: readonly DenominatorStatus[]): { readonly regions: number; readonly lacking: number } {
  const key = (row: DenominatorStatus): string => `${row.region_code}/${row.region}`;
  const lacking = new Set(rows.filter((row) => row.status === 'missing' || row.status === 'unknown-region').map(key));
  return { regions: new Set(rows.map(key)).size, lacking: lacking.size };
}

/**
 * The template: the long region table's columns, one row per region and denominator, the
 * value left empty. Level and parent come from the reference data when they know the region,
 * else from the document; a level they cannot place is left for the user to write.
 */
export function templateCsv(rows: readonly DenominatorStatus[]): string {
  const records = rows.map((row) => ({
    region: row.region,
    division_code: row.region_code,
    admin_level: PARSED_LEVEL_NAMES[row.region_level] ?? row.region_level,
    parent: row.parent,
    metric: row.metric,
    year: row.plan_year,
    value: null,
    unit: METRIC_DEFS[row.metric].unit,
    source_url: '',
    note: `${row.status}${row.value === null ? '' : `: reference data have ${row.value} ${row.unit} (${row.year ?? 'undated'})`}`,
    licence: '',
  }));
  return formatRows(records, REGION_COLUMNS, 'csv');
}

/**
 * The lines naming regions without some denominator: one per region (at most
 * `GAP_LINES_MAX`, then one for the rest), and once that GDP stays user-supplied when some
 * region lacks it.
 */
export function gapLines(gaps: readonly DenominatorGap[], lang: Language = 'en'): string[] {
  const lines = gaps.slice(0, GAP_LINES_MAX).map((gap) => gapLine(gap, lang));
  if (gaps.length > GAP_LINES_MAX) lines.push(say(lang, MESSAGES.moreGaps, gaps.length - GAP_LINES_MAX, 'data/diagnostics.csv'));
  if (gaps.some((gap) => gap.metrics.includes('gdp'))) lines.push(say(lang, MESSAGES.gdpUserSupplied));
  return lines;
}
