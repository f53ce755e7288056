import { PARTIAL_YEAR } from '../catalogue/index.js';
import { AS_OF_MONTH, PART_YEAR_WORDS } from '../catalogue/index.js';

/** What a result says about the stretch of the year it covers. */
export interface ResultTiming {
  /** The result's evidence clause. */
  readonly evidence: string;
  /** The part of the year the extraction found before the figure (`1-8月`), '' when none. */
  readonly period?: string;
  /** The year the result refers to. */
  readonly year: number;
  /** The date its page states about itself (`2023-09-12`), or '' / null when none. */
  readonly pageDate: string | null;
}

/**
 * Why a result is progress during its year rather than the year's outcome (the words, or the
 * page's date as `YYYY-MM-DD`), or null when it may be the whole year's: its clause names part of the year (`1-8月`, `前5个月`, `上半年`,
 * `前三季度`, `截至6月底`), or its page is dated inside the year it reports on, before the
 * year's last day (a page of 2023-09-12 cannot hold 2023's full-year figure, whatever the
 * clause leaves unsaid, as in `今年1-8月，嘉祥县新建5G基站260个` whose clause starts after the comma).
 *
 * @example
 * partYear({ evidence: '1-8月新建5G基站260个', year: 2023, pageDate: null })              // → '1-8月'
 * partYear({ evidence: '截至6月底累计建成5G基站900个', year: 2023, pageDate: null })     // → '截至6月底'
 * partYear({ evidence: '嘉祥县新建5G基站260个', year: 2023, pageDate: '2023-09-12' })     // → '2023-09-12'
 * partYear({ evidence: '全县新建5G基站412个', year: 2023, pageDate: '2024-01-12' })       // → null
 */
export function partYear(result: ResultTiming): string | null {
  if (result.period !== undefined && result.period !== '') return result.period;
  const partial = PARTIAL_YEAR.exec(result.evidence) ?? AS_OF_MONTH.exec(result.evidence);
  if (partial) return partial[0];
  const word = PART_YEAR_WORDS.find((candidate) => result.evidence.includes(candidate));
  if (word !== undefined) return word;
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(result.pageDate ?? '');
  if (date && Number(date[1]) === result.year && `${date[2]}-${date[3]}` < '12-31') return date[0];
  return null;
}
