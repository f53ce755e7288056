/**
 * The year selector: every page of a year's report links to the same page in the reports of
 * the other years beside it in the output folder (`<out>/<year>`, so `../2024/<page>` from the
 * report folder), or to that year's overview when the page does not exist there. The links are
 * written into the pages (no script): they work offline, with scripts off and from disk.
 */
import type { Language } from '../compare/index.js';
import { html, link, type SafeHtml } from './html.js';
import type { ReportModel } from './model.js';
import { TRACKING_PAGE } from './tracking-page.js';

/** Another year's report beside this one, with the pages it has (relative to its folder). */
export interface OtherYear {
  readonly year: number;
  readonly pages: ReadonlySet<string>;
}

/** The years a report links to: its own, and the others found beside it. */
export interface YearLinks {
  readonly current: number;
  /** The other years, in any order (shown newest first). */
  readonly others: readonly OtherYear[];
}

const WORDS = {
  label: { zh: '年份', en: 'Year' },
  current: { zh: '（本报告）', en: ' (this report)' },
} as const;

/**
 * The pages a report built from `model` has, relative to its folder: the overview, method,
 * indicator, region and document pages (a text input's is its copy), the text pages of web
 * documents whose reading left lines out, and the attainment
 * page when the model has tracking rows of its year. (The same list `buildReport` renders;
 * a test holds the two together.)
 *
 * @example
 * reportPagePaths(model).includes('method.html') // → true (for any model)
 */
export function reportPagePaths(model: ReportModel): string[] {
  const paths = [
    'index.html',
    'method.html',
    ...model.indicators.map((section) => section.page),
    ...model.regionSections.map((section) => section.region.page),
    ...model.documents.flatMap((document) => (document.textPage ? [document.page, document.file] : [document.page])),
    ...(model.tracking.some((row) => row.year === model.options.planYear) ? [TRACKING_PAGE] : []),
  ];
  return [...new Set(paths)].sort();
}

/**
 * The link from page `path` of this year's report to the same page of another year's report,
 * or to that report's overview when it has no such page.
 *
 * @example
 * yearHref('indicators/fiveg_stations_new.html', { year: 2024, pages: new Set(['index.html']) }) // → '../../2024/index.html'
 * yearHref('index.html', { year: 2022, pages: new Set(['index.html']) }) // → '../2022/index.html'
 */
export function yearHref(path: string, other: OtherYear): string {
  const root = '../'.repeat(path.split('/').length - 1);
  return `${root}../${other.year}/${other.pages.has(path) ? path : 'index.html'}`;
}

/**
 * The selector for the page header: every year in order, this report's year marked as the
 * current one, the others linked (`yearHref`). Nothing when there are no other years.
 *
 * @example
 * yearSelector({ current: 2023, others: [{ year: 2024, pages: new Set(['index.html']) }] }, 'index.html', 'zh').value
 * // → '<nav class="years" aria-label="年份">年份：<a href="../2024/index.html">2024</a><span aria-current="page">2023（本报告）</span></nav>'
 */
export function yearSelector(links: YearLinks | undefined, path: string, lang: Language): SafeHtml | string {
  if (links === undefined || links.others.length === 0) return '';
  const years = [...links.others.map((other) => other.year), links.current].sort((a, b) => b - a);
  const byYear = new Map(links.others.map((other) => [other.year, other]));
  const items = years.map((year) => {
    const other = byYear.get(year);
    return other === undefined || year === links.current
      ? html`<span aria-current="page">${year}${WORDS.current[lang]}</span>`
      : link(yearHref(path, other), String(year));
  });
  return html`<nav class="years" aria-label="${WORDS.label[lang]}">${WORDS.label[lang]}${lang === 'zh' ? '：' : ': '}${items}</nav>`;
}
