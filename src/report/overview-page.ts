import { describeFlag, VIEWS, type ComparisonRecord, type Language, type Per } from '../compare/index.js';
import { withLevel } from './charts.js';
import { formatDenominator, formatFigure, formatNumber, viewUnitLabel } from './format.js';
import { chunk, COVERAGE_COLUMNS_MAX, isSmallField, SMALL_FIELD_MAX } from './field-size.js';
import { html, link, table, type HtmlValue, type SafeHtml } from './html.js';
import { labelsFor, type Labels } from './labels.js';
import { chartFigure, type ChartLookup, type PageContent } from './layout.js';
import { recordKey, type Headline, type ReportModel, type ReportRegion } from './model.js';
import { TRACKING_PAGE } from './tracking-page.js';
import { overviewTrackingSection } from './tracking-section.js';

/**
 * The name of a region level in the language (`市辖区` → `district`), or the level as written.
 *
 * @example
 * levelName('county_level_city', 'zh') // → '县级市'
 */
export function levelName(level: string, lang: Language): string {
  return labelsFor(lang).levelNames[level] ?? level;
}

/**
 * A headline difference in words.
 *
 * @example
 * headlineText({ type: 'most-mentioned', region: luozhuang, count: 8 }, 'zh') // → '罗庄区 有 8 项指标只提到任务、没有给出数字。'
 */
export function headlineText(headline: Headline, lang: Language): string {
  const labels = labelsFor(lang);
  const names = (regions: readonly { readonly region: string }[]): string => (regions.length > 5
    ? labels.headlineManyTied(labels.list(regions.slice(0, 3).map((r) => r.region)), regions.length)
    : labels.list(regions.map((r) => r.region)));
  const groupName = (group: string): string => (group === 'all' ? labels.headlineMixedLevels : labels.headlineLevel(labels.rankGroupNames[group] ?? group));
  switch (headline.type) {
    case 'spread': {
      const { def } = headline.indicator;
      const unit = viewUnitLabel(def.unit, headline.comparison.per, lang);
      const value = (records: readonly ComparisonRecord[]): string => {
        const v = records[0]?.normalised_value ?? null;
        return v === null ? labels.none : formatFigure({ value: v }, unit, lang);
      };
      const side = (records: readonly ComparisonRecord[]): string => (records.length > 1 ? labels.headlineTied(names(records)) : names(records));
      const set = labels.headlineSet(groupName(headline.group), labels.kindShort[headline.comparison.kind], labels.statusNames[headline.comparison.status], headline.ranked);
      const line = labels.headlineSpread(
        lang === 'zh' ? def.name_zh : def.name_en,
        `${labels.viewNames[headline.comparison.per]}${lang === 'zh' ? '；' : '; '}${set}`,
        side(headline.high), value(headline.high),
        side(headline.low), value(headline.low),
        formatNumber(headline.ratio, lang, 2),
      );
      return headline.bounded.length === 0 ? line : `${line}${lang === 'zh' ? '' : ' '}${labels.headlineBounded(names(headline.bounded))}`;
    }
    case 'most-figures': return labels.headlineMostFigures(headline.region.region, headline.count, headline.total);
    case 'most-mentioned': return labels.headlineMostMentioned(headline.region.region, headline.count);
    case 'composite-leader': {
      const group = labels.rankGroupNames[headline.group] ?? headline.group;
      // every ranked region tied: no leader to name, and "still first" would say nothing
      if (headline.leaders.length > 1 && headline.leaders.length >= headline.ranked) return labels.headlineCompositeAllTied(group, headline.ranked);
      const first = labels.headlineCompositeFirst(group, names(headline.leaders), headline.leaders.length);
      if (headline.low === 1 && headline.high === 1) return `${first}${labels.headlineCompositeStable}`;
      const range = labels.headlineCompositeRange(formatNumber(headline.low, lang, 3), formatNumber(headline.high, lang, 3));
      return `${first}${range}${headline.unstable > 0 ? labels.headlineCompositeUnstable(headline.unstable, headline.ranked) : labels.headlineCompositeEnd}`;
    }
  }
}

function headlineLink(headline: Headline): string | null {
  switch (headline.type) {
    case 'spread': return headline.indicator.page;
    case 'most-figures': case 'most-mentioned': return headline.region.page;
    case 'composite-leader': return headline.leaders.length === 1 ? headline.leaders[0]?.page ?? null : '#composite';
  }
}

function documentsTable(model: ReportModel, labels: Labels, lang: Language): SafeHtml {
  const byRegion = new Map(model.regions.map((region) => [region.key, region]));
  const rows = model.documents.map((document) => {
    const region = [...byRegion.values()].find((r) => r.documents.includes(document.doc_id));
    return [
      region === undefined ? document.region : link(region.page, region.region),
      region === undefined ? '' : levelName(region.level, lang),
      document.title,
      document.doc_number,
      document.issued_date,
      document.published_date,
      html`<span class="num">${document.task_count}</span>`,
      document.asText ? link(document.page, model.options.sourceText === 'evidence' ? labels.viewTasks : labels.viewTasksAndText) : html`${link(document.page, labels.viewTasks)} · ${link(document.file, labels.openSource)}`,
    ];
  });
  return table(labels.documentColumns, rows, 'documents');
}

/** The coverage matrix of a large field: per indicator, how many regions give a figure, only mention it, or are silent. */
function coverageSummary(model: ReportModel, labels: Labels, lang: Language): SafeHtml {
  const header: HtmlValue[] = [labels.coverageIndicatorColumn, labels.presence.figure, labels.presence.mentioned, labels.presence.absent];
  const rows = model.coverage.map((row) => {
    const name = lang === 'zh' ? row.def.name_zh : row.def.name_en;
    const count = (presence: string): SafeHtml => html`<span class="num">${row.cells.filter((cell) => cell.presence === presence).length}</span>`;
    return [row.page === null ? name : link(row.page, name), count('figure'), count('mentioned'), count('absent')];
  });
  return table(header, rows, 'coverage-summary');
}

/**
 * The coverage matrix, region by indicator, as tables of at most `COVERAGE_COLUMNS_MAX`
 * consecutive regions (each with the indicator column and, when there are several, a heading
 * naming its regions' positions), so that every column fits an A4 portrait page.
 */
function coverageMatrix(model: ReportModel, labels: Labels, lang: Language): SafeHtml {
  const positions = model.regions.map((_, index) => index);
  const groups = chunk(positions, COVERAGE_COLUMNS_MAX);
  return html`${groups.map((group) => {
    const header: HtmlValue[] = [labels.coverageIndicatorColumn, ...group.map((index) => html`<span class="region">${model.regions[index]?.region ?? ''}</span>`)];
    const rows = model.coverage.map((row) => {
      const name = lang === 'zh' ? row.def.name_zh : row.def.name_en;
      return [
        row.page === null ? name : link(row.page, name),
        ...group.map((index) => {
          const cell = row.cells[index];
          if (cell?.presence === 'figure') return html`<span class="figure" title="${labels.presence.figure}">● ${cell.raw}</span>`;
          if (cell?.presence === 'mentioned') return html`<span class="mentioned" title="${labels.presence.mentioned}">○ ${labels.presence.mentioned}</span>`;
          return html`<span class="absent" title="${labels.presence.absent}">—</span>`;
        }),
      ];
    });
    const first = group[0] ?? 0;
    const heading = groups.length > 1 ? html`<h3 class="coverage-group">${labels.coverageGroup(first + 1, first + group.length, model.regions.length)}</h3>\n` : '';
    return html`${heading}${table(header, rows, 'coverage')}\n`;
  })}`;
}

function compositeTable(model: ReportModel, labels: Labels, lang: Language): SafeHtml {
  const composite = new Map(model.composite.records.map((record) => [recordKey(record), record]));
  const regions = new Map(model.regions.map((region) => [recordKey(region), region]));
  const rank = (value: number | null): string => (value === null ? labels.none : formatNumber(value, lang, 3));
  const groupOrder = new Map(model.robustness.records.map((record, index) => [record.rank_group, index]));
  const byBaseRank = [...model.robustness.records].sort((a, b) => (groupOrder.get(a.rank_group) ?? 0) - (groupOrder.get(b.rank_group) ?? 0)
    || (a.base_rank ?? Number.POSITIVE_INFINITY) - (b.base_rank ?? Number.POSITIVE_INFINITY));
  const rows = byBaseRank.map((record) => {
    const base = composite.get(recordKey(record));
    const region: ReportRegion | undefined = regions.get(recordKey(record));
    const flags = [...(base?.flags ?? []), ...record.flags];
    return [
      html`<span class="num">${rank(record.base_rank)}</span>`,
      region === undefined ? withLevel(record.region, record.region_level, lang) : link(region.page, withLevel(record.region, record.region_level, lang)),
      base?.composite === null || base?.composite === undefined ? labels.none : formatNumber(base.composite, lang, 3),
      base === undefined ? labels.none : `${base.n_available}/${base.n_indicators}`,
      rank(record.median_rank),
      `${rank(record.rank_p05)}–${rank(record.rank_p95)}`,
      `${rank(record.rank_min)}–${rank(record.rank_max)}`,
      [...new Set(flags)].map((flag) => describeFlag(flag, lang)).join(labels.listBreak),
    ];
  });
  return table(labels.compositeColumns, rows, 'composite');
}

const VIEW_OF_METRIC: Readonly<Record<string, Per>> = { resident_population: 'capita', land_area: 'area', gdp: 'gdp' };

/** The regions without some denominator, each with what it lacks and which rankings it misses, and how to fix it. */
function gapsSection(model: ReportModel, labels: Labels, lang: Language): SafeHtml | string {
  if (model.gaps.length === 0) return '';
  const regions = new Map(model.regions.map((region) => [recordKey(region), region]));
  const items = model.gaps.map((gap) => {
    const region = regions.get(recordKey(gap));
    const text = labels.gapItem(
      gap.region,
      levelName(region?.level ?? gap.region_level, lang),
      labels.list(gap.metrics.map((metric) => labels.metricNames[metric] ?? metric)),
      labels.list(gap.metrics.map((metric) => labels.viewNames[VIEW_OF_METRIC[metric] ?? 'none'])),
    );
    return html`<li>${region === undefined ? text : html`${text} ${link(region.page, '→')}`}</li>`;
  });
  const gdp = model.gaps.some((gap) => gap.metrics.includes('gdp'));
  return html`<h2 id="gaps">${labels.gapsHeading}</h2>
<p class="note">${labels.gapsNote}</p>
<ul class="gaps">${items}</ul>
${gdp ? html`<p class="note">${labels.gdpUserSupplied}</p>` : ''}`;
}

/** Whether every region of the report lacks the composite view's denominator (then that, not a want of figures, is why there is no composite). */
function noDenominatorAnywhere(model: ReportModel): boolean {
  const metric = VIEWS[model.composite.per].metric;
  if (metric === null || model.regions.length === 0) return false;
  return model.gaps.filter((gap) => gap.metrics.includes(metric)).length >= model.regions.length;
}

/**
 * The overview page (`index.html`): headline differences, the regions and documents covered
 * (文号 and dates), the coverage matrix (region by indicator in a field of at most
 * `SMALL_FIELD_MAX` regions, else counts per indicator, each region's own row being on its
 * page), the composite ranking with rank intervals, in a run of several plan years the regions
 * that met the most of their own targets (`overviewTrackingSection`), and the
 * lists of indicator and region pages, and links to the data tables written beside the report.
 *
 * @example
 * overviewPage(model, charts, ['data/observations.csv']).path // → 'index.html'
 */
export function overviewPage(model: ReportModel, charts: ChartLookup, dataTables: readonly string[] = []): PageContent {
  const lang = model.options.lang;
  const labels = labelsFor(lang);
  const { composite, robustness } = model;
  const indicatorNames = composite.indicators
    .map((id) => model.indicators.find((section) => section.def.id === id))
    .map((section) => (section === undefined ? null : link(section.page, lang === 'zh' ? section.def.name_zh : section.def.name_en)));
  const hasComposite = composite.records.some((record) => record.composite !== null);
  const body = html`<h1>${labels.reportTitle(model.options.planYear)}</h1>
<p class="lead">${labels.reportSubtitle(model.regions.length, model.documents.length)}</p>

<h2 id="headlines">${labels.headlinesHeading}</h2>
<ul class="headlines">${model.headlines.map((headline) => {
    const target = headlineLink(headline);
    const text = headlineText(headline, lang);
    return html`<li>${target === null ? text : html`${text} ${link(target, '→')}`}</li>`;
  })}</ul>

<h2 id="documents">${labels.coveredHeading}</h2>
${documentsTable(model, labels, lang)}

<h2 id="coverage">${labels.coverageHeading}</h2>
${isSmallField(model.regions.length) ? html`<p class="note">${labels.coverageNote}</p>
${coverageMatrix(model, labels, lang)}` : html`<p class="note">${labels.coverageSummaryNote(model.regions.length, SMALL_FIELD_MAX)}</p>
${coverageSummary(model, labels, lang)}`}

${gapsSection(model, labels, lang)}
<h2 id="composite">${labels.compositeHeading}</h2>
${hasComposite ? html`<p class="note">${labels.compositeNote(composite.indicators.length, labels.methodShort[composite.method], labels.viewNames[composite.per], robustness.n_scenarios)}</p>
${new Set(robustness.records.map((record) => record.rank_group)).size > 1 ? html`<p class="note rank-groups">${labels.rankGroupsNote}</p>` : ''}
${chartFigure(charts.get('composite'), '', lang)}
${compositeTable(model, labels, lang)}
<p class="note">${labels.compositeIndicatorsUsed}${indicatorNames.map((name, index) => html`${index === 0 ? '' : labels.list(['', ''])}${name}`)}</p>` : html`<p>${noDenominatorAnywhere(model) ? labels.noCompositeDenominators(labels.viewNames[composite.per]) : labels.noComposite}</p>`}

${overviewTrackingSection(model, model.tracking.some((row) => row.year === model.options.planYear) ? TRACKING_PAGE : null)}<h2 id="indicators">${labels.indicatorListHeading}</h2>
<p class="note">${labels.indicatorListNote(model.indicators.length)}</p>
<ul class="columns">${model.indicators.map((section) => {
    const raw = section.views[0];
    const count = raw === undefined ? '' : labels.regionsWithFigures(raw.summary.n_with_value, raw.summary.n_regions);
    return html`<li>${link(section.page, lang === 'zh' ? section.def.name_zh : section.def.name_en)} <span class="note">${count}</span></li>`;
  })}</ul>

<h2 id="regions">${labels.regionListHeading}</h2>
<ul class="columns">${model.regions.map((region) => html`<li>${link(region.page, region.region)} <span class="note">${levelName(region.level, lang)}${region.population === null ? '' : html` · ${formatDenominator(region.population.value, '万人', lang)}`}</span></li>`)}</ul>
${dataTables.length === 0 ? '' : html`<h2 id="data">${labels.dataHeading}</h2>
<p class="note">${labels.dataNote}</p>
<ul class="columns">${dataTables.map((path) => html`<li>${link(path, path.split('/').pop() ?? path)}</li>`)}</ul>`}`;
  return { path: 'index.html', title: labels.overviewHeading, body, charts: hasComposite };
}
