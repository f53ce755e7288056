import { describeFlag, VIEWS, type Comparison, type FlagCode, type Language } from '../compare/index.js';
import { externalHref } from './escape.js';
import { formatDenominator, unitLabel } from './format.js';
import { LIVE_CHART_ROWS_MAX, isSmallField } from './field-size.js';
import { html, link, table, type SafeHtml } from './html.js';
import { labelsFor } from './labels.js';
import { chartFigure, rootOf, type ChartLookup, type PageContent, type RenderedChart } from './layout.js';
import { choroplethMap } from './map.js';
import { recordKey, type IndicatorSection, type ReportModel } from './model.js';
import { indicatorTrackingSection } from './tracking-section.js';
import type { Observation } from '../indicators/index.js';

/**
 * Where a task sits in the report: the document's task list, at the task's anchor.
 *
 * @example
 * taskAnchor('sources/28a77a5ca6d0ada2.html', 12) // → 'sources/28a77a5ca6d0ada2.html#task-12'
 */
export function taskAnchor(documentPage: string, task: number | null): string {
  return task === null ? documentPage : `${documentPage}#task-${task}`;
}

function flagsSection(section: IndicatorSection, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  const regionsByFlag = new Map<FlagCode, Set<string>>();
  for (const comparison of section.views) {
    for (const record of comparison.records) {
      for (const flag of record.flags) {
        const regions = regionsByFlag.get(flag) ?? new Set<string>();
        regions.add(record.region);
        regionsByFlag.set(flag, regions);
      }
    }
  }
  const flags = [...regionsByFlag.keys()].sort();
  if (flags.length === 0) return html`<p>${labels.flagsNone}</p>`;
  // a flag of more regions than a small field holds is counted: each region's case is in the
  // ranking's data and the evidence table (names of 2,000 regions lacking the indicator were
  // 100 KB of every indicator page of a national run)
  const regionsOf = (flag: FlagCode): string => {
    const regions = [...(regionsByFlag.get(flag) ?? [])];
    return isSmallField(regions.length) ? `${labels.flagRegions}${labels.list(regions)}` : labels.flagRegionsCount(regions.length);
  };
  return html`<ul class="flags">${flags.map((flag) => html`<li class="flag">${describeFlag(flag, lang)}<span class="regions">${labels.paren(regionsOf(flag))}</span></li>`)}</ul>`;
}

/**
 * The evidence table of a large field: one row per region, the figure its ranking uses (its
 * sentence, task and document; a region without a ranked figure shows its first sentence with
 * no figure), with how many other observations of the indicator the region's documents give; a
 * note counts those and points to `data/observations.csv` (filtered by the indicator), which
 * holds every one with its reason. A national run's pages listed all 69,000 observations again,
 * 21.9 MB over 44 pages.
 */
function largeFieldEvidence(model: ReportModel, section: IndicatorSection, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  const documents = new Map(model.documents.map((document) => [document.doc_id, document]));
  const used = new Set(section.chosen.values());
  // each region's row (in the table's region order) and how many observations it leaves to the CSV
  const byRegion = new Map<string, { shown: Observation; count: number }>();
  for (const { observation } of section.evidence) {
    const key = recordKey(observation);
    const row = byRegion.get(key);
    if (row === undefined) byRegion.set(key, { shown: observation, count: 1 });
    else byRegion.set(key, { shown: used.has(observation) && !used.has(row.shown) ? observation : row.shown, count: row.count + 1 });
  }
  const rows = [...byRegion.values()].map(({ shown: observation, count }) => {
    const document = documents.get(observation.doc_id);
    const task = observation.task === null ? labels.none : labels.taskNumber(observation.task);
    // the task's link is the document's too when the task page is the text (a text input);
    // a copied DOCX or PDF gets its own link beside it
    const place = document === undefined ? html`${task} ${observation.source}`
      : document.file === document.page ? link(`${root}${taskAnchor(document.page, observation.task)}`, task)
        : html`${link(`${root}${taskAnchor(document.page, observation.task)}`, task)} ${link(`${root}${document.file}`, labels.openSource)}`;
    return [
      observation.region,
      !used.has(observation) || observation.raw === '' ? labels.none : observation.raw,
      observation.evidence,
      place,
      String(count - 1),
    ];
  });
  const others = section.evidence.length - byRegion.size;
  const withOthers = [...byRegion.values()].filter((row) => row.count > 1).length;
  return html`<p class="note" id="evidence-others">${labels.evidenceLargeNote(byRegion.size, others, withOthers)}${link(`${root}data/observations.csv`, 'data/observations.csv')}${labels.evidenceLargeFilter(section.def.id)}</p>
${table(labels.evidenceLargeColumns, rows, 'evidence')}`;
}

function evidenceTable(model: ReportModel, section: IndicatorSection, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  if (!isSmallField(model.regions.length)) return largeFieldEvidence(model, section, root, lang);
  const documents = new Map(model.documents.map((document) => [document.doc_id, document]));
  const rows = section.evidence.map(({ observation, usage }) => {
    const document = documents.get(observation.doc_id);
    const task = observation.task === null ? labels.none : labels.taskNumber(observation.task);
    return [
      observation.region,
      observation.raw === '' ? labels.none : observation.raw,
      observation.evidence,
      document === undefined ? task : link(`${root}${taskAnchor(document.page, observation.task)}`, task),
      observation.lead_units === '' ? labels.none : observation.lead_units,
      labels.usage[usage],
      document === undefined ? observation.source : link(`${root}${document.file}`, labels.openSource),
    ];
  });
  return table(labels.evidenceColumns, rows, 'evidence');
}

/**
 * The denominators of each view for the regions of the page. A large field lists only the
 * regions with a figure of the indicator, with a note that counts the others and links the
 * method page's table of every region's denominators (one copy per report, not one per
 * indicator page: 3,188 rows made 0.9 MB of every indicator page of a national run).
 */
function denominatorsTable(model: ReportModel, section: IndicatorSection, root: string, lang: Language): SafeHtml | null {
  const labels = labelsFor(lang);
  const views = section.views.filter((comparison) => comparison.per !== 'none');
  if (views.length === 0) return null;
  const byRegion = views.map((comparison) => new Map(comparison.records.map((record) => [recordKey(record), record])));
  const withFigure = new Set(section.views[0]?.records.filter((record) => record.value !== null).map(recordKey));
  const small = isSmallField(model.regions.length);
  if (!small) {
    // a large field: each listed region's denominator is a column of the view's ranking data,
    // every region's on the method page (as a table here: 12 MB over a national run's pages)
    return html`<p class="note denominators-listed">${labels.denominatorsInData(withFigure.size)}${link(`${root}charts/ranking-${section.def.id}.csv`, labels.rankingData)}${labels.denominatorsInDataEnd(views.map((comparison) => `denominator_${comparison.per}`))}${link(`${root}method.html#denominators`, labels.denominatorsAll)}</p>`;
  }
  const regions = model.regions;
  const rows = regions.map((region) => [
    region.region,
    ...views.map((comparison, index) => {
      const record = byRegion[index]?.get(recordKey(region));
      if (record === undefined || record.denominator_value === null || record.denominator_unit === null) {
        return html`<span class="missing">${labels.missingShort[record?.null_reason ?? ''] ?? labels.none}</span>`;
      }
      const href = externalHref(record.denominator_source);
      const year = record.denominator_year === null ? labels.undated : String(record.denominator_year);
      return html`${formatDenominator(record.denominator_value, record.denominator_unit, lang)}${labels.paren(year)}${href === null ? '' : html` ${link(href, labels.source, { external: true })}`}`;
    }),
  ]);
  const header = [labels.denominatorColumns[0] ?? '', ...views.map((comparison) => labels.metricNames[VIEWS[comparison.per].metric ?? ''] ?? comparison.per)];
  return table(header, rows, 'denominators');
}

/** The choropleth of the indicator per resident (as written for rates and growth), when the report has boundaries. */
function mapSection(model: ReportModel, section: IndicatorSection, lang: Language): SafeHtml | string {
  if (model.map === null) return '';
  const comparison = section.views.find((view) => view.per === 'capita') ?? section.views[0];
  if (comparison === undefined) return '';
  const drawn = choroplethMap(model.map, comparison, section.def.unit, lang);
  if (drawn === '') return '';
  const labels = labelsFor(lang);
  return html`<h2 id="map">${labels.mapHeading}</h2>
${drawn}${model.map.missing.length === 0 ? '' : html`<p class="note">${labels.mapMissing(labels.list(model.map.missing))}</p>`}
`;
}

/** Beside a ranking: the regions with a figure that it leaves out for want of the view's denominator. */
function notRanked(comparison: Comparison | undefined, lang: Language): SafeHtml | string {
  if (comparison === undefined || comparison.per === 'none') return '';
  const lacking = comparison.records.filter((record) => record.value !== null && record.normalised_value === null).map((record) => record.region);
  if (lacking.length === 0) return '';
  const labels = labelsFor(lang);
  return html`<p class="note missing-denominator">${labels.notRankedForLack(labels.viewNames[comparison.per], labels.list(lacking))}</p>`;
}

/**
 * The view a large field's indicator page draws (the others are linked as data): the report's
 * region view (per resident by default) where it applies, else the figures as written.
 */
function headlineView(model: ReportModel, section: IndicatorSection): Comparison | undefined {
  return section.views.find((view) => view.per === model.options.regionView) ?? section.views[0];
}

/**
 * A large field's rankings: the headline view drawn (a national run drew four rankings of
 * ~1,700 bars on each of 44 pages, 23 MB of drawings), and one line linking the other views'
 * data and specs, which are written as for every chart.
 */
function headlineRanking(model: ReportModel, section: IndicatorSection, charts: ChartLookup, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  const headline = headlineView(model, section);
  if (headline === undefined) return html``;
  const chart = charts.get(`ranking-${section.def.id}-${headline.per}`);
  const others = section.views.filter((view) => view !== headline);
  // every view's rows are in one CSV (`mergedRankingFiles`), each view has its spec
  const data = `${root}charts/ranking-${section.def.id}.csv`;
  const spec = (view: Comparison): string => `${root}charts/ranking-${section.def.id}-${view.per}.vl.json`;
  const linked = others.map((view) => html`<li>${labels.viewNames[view.per]}${labels.colon}${link(data, labels.chartData)}${link(spec(view), labels.chartSpec)}</li>`);
  const caption = html`${link(data, labels.chartData)}${link(spec(headline), labels.chartSpec)}`;
  return html`${groupsNote(section, lang)}<p class="note">${section.views.length === 1 ? labels.viewsNotApplicable : labels.headlineViewNote(labels.viewNames[headline.per], section.views.length)}</p>
${chartFigure(chart, root, lang, false, undefined, caption)}${notRanked(headline, lang)}<p class="note">${labels.rankingDataNote}</p><ul class="other-views">${linked}<li>${labels.stripFilesLink}${labels.colon}${link(`${root}charts/strips-${section.def.id}.csv`, labels.chartData)}${link(`${root}charts/strips-${section.def.id}.vl.json`, labels.chartSpec)}</li></ul>`;
}

/** A large field's bounds plot: its rows are in the indicator's rankings CSV (`mergedRankingFiles`), its columns ending in `_bounds`. */
function boundsCaption(section: IndicatorSection, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  return html`${link(`${root}charts/ranking-${section.def.id}.csv`, labels.chartData)}${link(`${root}charts/bounds-${section.def.id}.vl.json`, labels.chartSpec)}${labels.boundsDataNote}`;
}

function groupsNote(section: IndicatorSection, lang: Language): SafeHtml | string {
  const labels = labelsFor(lang);
  const groups = new Set(section.views[0]?.records.filter((record) => record.rank !== null).map((record) => record.rank_group));
  return groups.size > 1 || groups.has('county') && section.views[0]?.records.some((r) => r.region_level === '功能区') ? html`<p class="note rank-groups">${labels.rankGroupsNote}</p>` : '';
}

function rankingTabs(section: IndicatorSection, rankings: readonly (RenderedChart | undefined)[], live: boolean, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  const figures = rankings.map((chart) => chartFigure(chart, root, lang, live));
  const groups = groupsNote(section, lang);
  if (section.views.length === 1) return html`${groups}<p class="note">${labels.viewsNotApplicable}</p>${figures}`;
  const group = `view-${section.def.id}`;
  return html`${groups}<p class="note">${labels.rankingNote}</p>
<div class="tabs">
${section.views.map((view, index) => html`<input type="radio" class="tab-input" name="${group}" id="${group}-${view.per}" value="${view.per}"${index === 0 ? html` checked` : ''}>\n`)}
${section.views.map((view) => html`<label class="tab-label" for="${group}-${view.per}">${labels.viewNames[view.per]}</label>\n`)}
${figures.map((figure, index) => html`<div class="tab-panel" data-view="${section.views[index]?.per ?? ''}">${figure}${notRanked(section.views[index], lang)}</div>\n`)}
</div>`;
}

/**
 * The page of one indicator (`indicators/<id>.html`): what is compared (unit, kind, status,
 * direction), the ranking in each view (tabs on screen, all views in print), the dot plot of
 * figures with their bounds, in a run of several plan years each region's target against its
 * result (完成情况, `indicatorTrackingSection`), comparability notes in plain words, the
 * evidence table (region, figure as written, sentence, task, lead units, link to the document;
 * in a large field one row per region, the figure ranked, the rest counted and left to
 * `data/observations.csv`) and the denominators.
 *
 * @example
 * indicatorPage(model, model.indicators[0], charts).path // → 'indicators/fiveg_stations_new.html'
 */
export function indicatorPage(model: ReportModel, section: IndicatorSection, charts: ChartLookup): PageContent {
  const lang = model.options.lang;
  const labels = labelsFor(lang);
  const root = rootOf(section.page);
  const raw = section.views[0];
  const name = lang === 'zh' ? section.def.name_zh : section.def.name_en;
  // an English page gives the Chinese name the documents use; a Chinese page needs no English subtitle
  const other = lang === 'zh' ? null : section.def.name_zh;
  const meta = labels.indicatorMeta;
  const ranked = raw?.records.filter((record) => record.value !== null).map((record) => record.region) ?? [];
  const denominators = denominatorsTable(model, section, root, lang);
  // the rankings and the bounds plot are drawn live only while together they stay within
  // LIVE_CHART_ROWS_MAX rows: five live rankings of 950 regions each took over 2 s to draw
  // a large field draws the headline view's ranking only (`headlineRanking`)
  const small = isSmallField(model.regions.length);
  const rankings = small ? section.views.map((view) => charts.get(`ranking-${section.def.id}-${view.per}`)) : [];
  const bounds = charts.get(`bounds-${section.def.id}`);
  const live = small && [...rankings, bounds].reduce((sum, chart) => sum + (chart?.rows.length ?? 0), 0) <= LIVE_CHART_ROWS_MAX;
    const body = html`<p class="breadcrumbs">${link(`${root}index.html`, labels.navOverview)}${labels.breadcrumbSeparator}${link(`${root}index.html#indicators`, labels.navIndicators)}</p>
<h1>${name}</h1>
${other === null ? '' : html`<p class="lead">${other}</p>`}
<dl class="meta">
<dt>${meta.unit}</dt><dd>${unitLabel(section.def.unit, lang)}</dd>
<dt>${meta.kind}</dt><dd>${raw === undefined ? labels.none : labels.kindNames[raw.kind]}</dd>
<dt>${meta.status}</dt><dd>${raw === undefined ? labels.none : labels.statusNames[raw.status]}</dd>
<dt>${meta.polarity}</dt><dd>${labels.polarityNames[section.def.polarity]}</dd>
<dt>${meta.regions}</dt><dd>${raw === undefined ? labels.none : `${raw.summary.n_with_value}/${raw.summary.n_regions}`}${ranked.length > 0 && isSmallField(ranked.length) ? labels.paren(labels.list(ranked)) : ''}</dd>
<dt>${meta.catalogueId}</dt><dd><code>${section.def.id}</code></dd>
</dl>

<h2 id="ranking">${labels.rankingHeading}</h2>
${small ? rankingTabs(section, rankings, live, root, lang) : headlineRanking(model, section, charts, root, lang)}

${mapSection(model, section, lang)}<h2 id="bounds">${labels.boundsHeading}</h2>
${chartFigure(bounds, root, lang, live, undefined, small || section.views.length === 0 ? undefined : boundsCaption(section, root, lang))}

${indicatorTrackingSection(model, section.def.id, root)}<h2 id="flags">${labels.flagsHeading}</h2>
${flagsSection(section, lang)}

<h2 id="evidence">${labels.evidenceHeading}</h2>
${small ? html`<p class="note">${labels.evidenceNote}</p>` : ''}
${evidenceTable(model, section, root, lang)}
${denominators !== null ? html`<h2 id="denominators">${labels.denominatorsHeading}</h2>
<p class="note">${labels.denominatorsNote}</p>
${denominators}` : ''}`;
  return { path: section.page, title: name, body, charts: true };
}
