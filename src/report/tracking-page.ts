import type { Catalogue } from '../catalogue/index.js';
import { TARGET_CHANGE_WORDS, type Wording } from '../catalogue/index.js';
import type { Language } from '../compare/index.js';
import type { TrackingRecord } from '../tracking/index.js';
import { formatNumber } from './format.js';
import { html, table, trusted, type HtmlValue, type SafeHtml } from './html.js';
import type { PageContent } from './layout.js';
import { resultText, tallyRegions, targetResultSvg, targetText } from './tracking-section.js';

/** Path of the attainment page in a year's report. */
export const TRACKING_PAGE = 'tracking.html';

/** Words of the attainment page, Chinese and English. */
export const TRACKING_PAGE_WORDS = {
  title: { zh: '完成情况', en: 'Targets and results' },
  heading: { zh: '{year}年目标完成情况', en: 'Targets of {year} against results' },
  intro: {
    zh: '每个地区为{year}年设定的目标，与此后任何文件（政府工作报告回顾部分、统计公报、进度新闻）报告的{year}年实际结果逐一对照。年内部分时段的数字只作进度，不算完成；口径不同（如新增量与累计量）的不作判定。',
    en: 'Each region\'s targets for {year} set against the results for {year} reported in any document (a work report\'s review, a statistical bulletin, progress news). Figures for part of the year are progress, not attainment; figures of another kind (an increment against a total) are not judged.',
  },
  regionsHeading: { zh: '各地区完成自身目标情况', en: 'Regions by targets met' },
  indicatorsHeading: { zh: '分指标完成情况', en: 'By indicator' },
  region: { zh: '地区', en: 'Region' },
  targets: { zh: '目标数', en: 'Targets' },
  judged: { zh: '可判定', en: 'Judged' },
  met: { zh: '完成（含超额）', en: 'Met or exceeded' },
  notMet: { zh: '未完成', en: 'Not met' },
  progress: { zh: '仅有年中进度', en: 'Progress only' },
  noResult: { zh: '未见结果', en: 'No result' },
  share: { zh: '完成比例', en: 'Share met' },
  target: { zh: '目标', en: 'Target' },
  result: { zh: '结果', en: 'Result' },
  verdict: { zh: '完成情况', en: 'Verdict' },
  ratio: { zh: '完成率', en: 'Ratio' },
  change: { zh: '较上年目标', en: 'Against last year\'s target' },
  evidence: { zh: '原文', en: 'Evidence' },
  ensure: { zh: '确保', en: 'ensure' },
  strive: { zh: '力争', en: 'strive' },
  none: { zh: '—', en: '—' },
  chartLabel: { zh: '{name}：各地区目标（竖线，区间为浅色带）与结果（横条）', en: '{name}: each region\'s target (tick; a range as a light band) and result (bar)' },
} as const satisfies Record<string, Wording>;

/** What the page needs besides the rows. */
export interface TrackingPageOptions {
  readonly year: number;
  readonly lang: Language;
  readonly catalogue: Catalogue;
}

/**
 * The attainment page (`tracking.html`, 完成情况) of one year's report: the regions ranked by how
 * many of their own targets for the year they met or exceeded (then by the share of judged
 * targets met, then by name), and per indicator each region's target, result, verdict, ratio,
 * change from last year's target and both sentences. Rows of other years and `dropped` rows
 * are left out.
 *
 * @example
 * trackingPage(track(observations, documents), { year: 2023, lang: 'zh', catalogue: DEFAULT_CATALOGUE }).path
 * // → 'tracking.html'
 */
export function trackingPage(rows: readonly TrackingRecord[], options: TrackingPageOptions): PageContent {
  const { year, lang } = options;
  const say = (key: keyof typeof TRACKING_PAGE_WORDS): string => TRACKING_PAGE_WORDS[key][lang].replaceAll('{year}', String(year));
  const ofYear = rows.filter((row) => row.year === year && row.verdict !== 'dropped');
  const regions = tallyRegions(ofYear);
  const regionTable = table(
    [say('region'), say('targets'), say('judged'), say('met'), say('notMet'), say('progress'), say('noResult'), say('share')],
    regions.map((tally) => [tally.region, String(tally.targets), String(tally.judged), String(tally.met), String(tally.notMet), String(tally.progress), String(tally.noResult),
      tally.judged === 0 ? say('none') : `${formatNumber((100 * tally.met) / tally.judged, lang, 3)}%`]),
    'tracking-regions',
  );
  const indicators = [...new Set(ofYear.map((row) => row.indicator))];
  const sections = indicators.map((indicator) => {
    const def = options.catalogue.byId.get(indicator);
    const name = def === undefined ? indicator : lang === 'zh' ? def.name_zh : def.name_en;
    const body = ofYear.filter((row) => row.indicator === indicator).map((row): HtmlValue[] => [
      row.region,
      targetText(row, lang),
      resultText(row, lang),
      html`<span class="verdict verdict-${row.verdict}">${row.verdict_text}</span>`,
      row.ratio === null ? say('none') : `${formatNumber(row.ratio * 100, lang, 3)}%`,
      row.target_change === '' ? say('none') : changeText(row, lang),
      html`${row.target_evidence}${row.result_evidence === '' ? '' : html`<br>${row.result_evidence}`}`,
    ]);
    return html`<h3 id="tracking-${indicator}">${name}</h3>
${targetResultChart(ofYear.filter((row) => row.indicator === indicator), name, lang)}
${table([say('region'), say('target'), say('result'), say('verdict'), say('ratio'), say('change'), say('evidence')], body, 'tracking-indicator')}`;
  });
  const body = html`<h1>${say('heading')}</h1>
<p>${say('intro')}</p>
<h2 id="tracking-regions">${say('regionsHeading')}</h2>
${regionTable}
<h2 id="tracking-indicators">${say('indicatorsHeading')}</h2>
${sections}`;
  return { path: TRACKING_PAGE, title: say('title'), body, charts: false };
}

function changeText(row: TrackingRecord, lang: Language): string {
  const word = row.target_change === '' ? '' : TARGET_CHANGE_WORDS[row.target_change][lang];
  if (row.previous_target === null) return word;
  return `${word}${lang === 'zh' ? '（上年' : ' (last year '}${formatNumber(row.previous_target, lang)}${lang === 'zh' ? '）' : ')'}`;
}

/** The attainment page's chart of one indicator: `targetResultSvg` with its caption. */
function targetResultChart(rows: readonly TrackingRecord[], name: string, lang: Language): SafeHtml | null {
  const caption = TRACKING_PAGE_WORDS.chartLabel[lang].replace('{name}', name);
  const svg = targetResultSvg(rows, (row) => row.region, caption, lang);
  return svg === null ? null : html`<figure class="tracking-chart">${trusted(svg)}<figcaption>${caption}</figcaption></figure>`;
}
