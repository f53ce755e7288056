import type { Language, PeerGap } from '../compare/index.js';
import { formatDenominator, formatFigure, formatGap, neededFigure, viewUnitLabel } from './format.js';
import { isSmallField, REGION_LIST_MAX, SMALL_FIELD_MAX } from './field-size.js';
import { html, link, table, type SafeHtml } from './html.js';
import { labelsFor } from './labels.js';
import { chartFigure, rootOf, type ChartLookup, type PageContent } from './layout.js';
import { recordKey, type Position, type RegionSection, type ReportModel, type UnsetIndicator } from './model.js';
import { levelName } from './overview-page.js';
import { regionTrackingSection } from './tracking-section.js';

function positionList(positions: readonly Position[], root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  if (positions.length === 0) return html`<p class="note">${labels.noPositions}</p>`;
  return html`<ul>${positions.map(({ indicator, comparison, record }) => {
    const unit = viewUnitLabel(indicator.def.unit, comparison.per, lang);
    const value = record.normalised_value === null ? labels.none : formatFigure({ value: record.normalised_value, comparator: record.comparator }, unit, lang);
    const name = lang === 'zh' ? indicator.def.name_zh : indicator.def.name_en;
    return html`<li>${link(`${root}${indicator.page}`, name)}${labels.colon}${labels.positionLine(record.rank ?? 0, record.n_ranked, value)}</li>`;
  })}</ul>`;
}

/**
 * How far a region's figure is from the other regions' median, as a share of that median (in
 * the compared view: |figure − median| ÷ |median|), for ordering gaps of different units; a
 * figure off a median of 0 is infinitely far, one without a figure or median not at all (-1).
 *
 * @example
 * relativeGap({ normalised_value: 50, peer_median: 200 }) // → 0.75
 * relativeGap({ normalised_value: 3, peer_median: 0 }) // → Infinity
 */
export function relativeGap(gap: Pick<PeerGap, 'normalised_value' | 'peer_median'>): number {
  if (gap.normalised_value === null || gap.peer_median === null) return -1;
  const distance = Math.abs(gap.normalised_value - gap.peer_median);
  if (gap.peer_median === 0) return distance === 0 ? 0 : Infinity;
  return distance / Math.abs(gap.peer_median);
}

/**
 * The peer gaps a region page lists: all of them in a small field; in a large one the
 * `REGION_LIST_MAX` largest, those short of the median (`meets_median` false) first, then the
 * others, each group by `relativeGap`, largest first (ties in the indicators' order), and how many are left out.
 *
 * @example
 * listedGaps(section, 3000).gaps.length // → at most 10
 */
export function listedGaps<G extends { readonly gap: Pick<PeerGap, 'value' | 'normalised_value' | 'peer_median' | 'meets_median'> }>(gaps: readonly G[], regions: number): { readonly gaps: readonly G[]; readonly left: number } {
  const withFigure = gaps.filter(({ gap }) => gap.value !== null);
  if (isSmallField(regions) || withFigure.length <= REGION_LIST_MAX) return { gaps: withFigure, left: 0 };
  const behind = (gap: G['gap']): number => (gap.meets_median === false ? 0 : 1);
  const ordered = withFigure
    .map((entry, position) => ({ entry, position, size: relativeGap(entry.gap) }))
    .sort((a, b) => behind(a.entry.gap) - behind(b.entry.gap) || b.size - a.size || a.position - b.position);
  return { gaps: ordered.slice(0, REGION_LIST_MAX).map(({ entry }) => entry), left: withFigure.length - REGION_LIST_MAX };
}

/**
 * The indicators others set that a region page lists: all in a small field; in a large one the
 * `REGION_LIST_MAX` that the most other regions set a figure for (ties in the indicators'
 * order), in the indicators' order, and how many are left out.
 *
 * @example
 * listedUnset(section.unset, 3000).unset.length // → at most 10
 */
export function listedUnset(unset: readonly UnsetIndicator[], regions: number): { readonly unset: readonly UnsetIndicator[]; readonly left: number } {
  if (isSmallField(regions) || unset.length <= REGION_LIST_MAX) return { unset, left: 0 };
  const kept = new Set(unset
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => b.entry.others.length - a.entry.others.length || a.position - b.position)
    .slice(0, REGION_LIST_MAX)
    .map(({ entry }) => entry));
  return { unset: unset.filter((entry) => kept.has(entry)), left: unset.length - REGION_LIST_MAX };
}

function gapTable(model: ReportModel, section: RegionSection, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  const { gaps, left } = listedGaps(section.gaps, model.regions.length);
  if (gaps.length === 0) return html`<p class="note">${labels.noPeerGaps}</p>`;
  const rows = gaps.map(({ indicator, gap }) => {
    const own = indicator.chosen.get(recordKey(gap));
    const unit = viewUnitLabel(gap.unit, gap.per, lang);
    const baseUnit = viewUnitLabel(gap.unit, 'none', lang);
    const figure = (value: number | null, inUnit: string): string => (value === null ? labels.none : formatFigure({ value }, inUnit, lang));
    const gapText = gap.target_at_median === null || gap.value === null ? labels.none
      : formatGap(gap.target_at_median, gap.value, gap.unit, gap.polarity, lang);
    const needed = gap.target_at_median === null ? null : neededFigure(gap.target_at_median, gap.unit, gap.polarity);
    return [
      link(`${root}${indicator.page}`, lang === 'zh' ? indicator.def.name_zh : indicator.def.name_en),
      own?.raw ?? (gap.null_reason === null ? labels.none : labels.missingShort[gap.null_reason] ?? labels.none),
      figure(gap.peer_median, unit),
      needed === null ? (gap.null_reason === null ? labels.none : labels.missingShort[gap.null_reason] ?? labels.none) : figure(needed, baseUnit),
      gapText,
      gap.meets_median === null ? labels.meets.unknown : gap.meets_median ? labels.meets.yes : labels.meets.no,
    ];
  });
  if (left === 0) return table(labels.peerGapColumns, rows, 'gaps');
  return html`<p class="note">${labels.peerGapsLargest(REGION_LIST_MAX)}</p>
${table(labels.peerGapColumns, rows, 'gaps')}
<p class="note">${labels.peerGapsLeft(left)}${link(`${root}index.html#indicators`, labels.peerGapsLeftLink)}</p>`;
}

function unsetTable(model: ReportModel, section: RegionSection, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  if (section.unset.length === 0) return html`<p class="note">${labels.noUnset}</p>`;
  const targets = new Map(section.gaps.map(({ indicator, gap }) => [indicator.def.id, gap]));
  if (!isSmallField(model.regions.length)) return unsetList(listedUnset(section.unset, model.regions.length), targets, root, lang);
  const rows = section.unset.map(({ indicator, reason, others }) => {
    const gap = targets.get(indicator.def.id);
    const unit = viewUnitLabel(indicator.def.unit, 'none', lang);
    // in a large field the others' figures are a count and a link, not a list as long as the field
    const othersText = isSmallField(others.length)
      ? others.map((record) => `${record.region} ${indicator.chosen.get(recordKey(record))?.raw ?? ''}`.trim()).join(labels.listBreak)
      : link(`${root}${indicator.page}#evidence`, labels.unsetOthersCount(others.length));
    return [
      link(`${root}${indicator.page}`, lang === 'zh' ? indicator.def.name_zh : indicator.def.name_en),
      reason === null ? labels.none : labels.missingShort[reason] ?? labels.none,
      othersText,
      gap?.target_at_median === null || gap?.target_at_median === undefined ? labels.none
        : `${formatFigure({ value: neededFigure(gap.target_at_median, gap.unit, gap.polarity) }, unit, lang)}${labels.paren(labels.viewNames[gap.per])}`,
    ];
  });
  return table(labels.unsetColumns, rows, 'unset');
}

/**
 * A large field's indicators others set and this region did not, as one list per reason (未出现,
 * 提到，无数字 …): each indicator linked, with the figure at the others' median in the region
 * view. How many regions set each one, and their sentences, are the same on every region page
 * and are on the indicator page: a table row per indicator with that count repeated 7 KB on
 * each of 3,000 pages.
 */
function unsetList(listed: ReturnType<typeof listedUnset>, targets: ReadonlyMap<string, RegionSection['gaps'][number]['gap']>, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  const byReason = new Map<string, SafeHtml[]>();
  for (const { indicator, reason } of listed.unset) {
    const gap = targets.get(indicator.def.id);
    const unit = viewUnitLabel(indicator.def.unit, 'none', lang);
    const needed = gap?.target_at_median === null || gap?.target_at_median === undefined ? null
      : `${formatFigure({ value: neededFigure(gap.target_at_median, gap.unit, gap.polarity) }, unit, lang)}${labels.paren(labels.viewNames[gap.per])}`;
    const name = link(`${root}${indicator.page}`, lang === 'zh' ? indicator.def.name_zh : indicator.def.name_en);
    const key = reason === null ? labels.none : labels.missingShort[reason] ?? labels.none;
    const items = byReason.get(key) ?? [];
    items.push(html`<li>${name}${needed === null ? '' : html`${labels.colon}${needed}`}</li>`);
    byReason.set(key, items);
  }
  return html`<p class="note">${labels.unsetListNote}${listed.left === 0 ? '' : labels.unsetListMost(REGION_LIST_MAX)}</p>
${[...byReason].map(([reason, items]) => html`<h3>${reason}${labels.paren(String(items.length))}</h3><ul class="unset-list">${items}</ul>`)}${listed.left === 0 ? '' : html`
<p class="note">${labels.unsetLeft(listed.left)}${link('#coverage', labels.unsetLeftLink)}</p>`}`;
}

function coverageTable(model: ReportModel, section: RegionSection, root: string, lang: Language): SafeHtml {
  const labels = labelsFor(lang);
  const index = model.regions.indexOf(section.region);
  // a large field's region page lists the indicators the region's documents give or name, and
  // names the others in one line (on 3,000 pages, a row and link for each of 40 indicators)
  const small = isSmallField(model.regions.length);
  const absent: string[] = [];
  const rows = model.coverage.flatMap((row) => {
    const name = lang === 'zh' ? row.def.name_zh : row.def.name_en;
    const cell = row.cells[index];
    const presence = cell?.presence ?? 'absent';
    if (!small && presence === 'absent') {
      absent.push(name);
      return [];
    }
    const shown = presence === 'figure' ? html`<span class="figure">● ${cell?.raw ?? ''}</span>`
      : presence === 'mentioned' ? html`<span class="mentioned">○ ${labels.presence.mentioned}</span>`
        : html`<span class="absent">— ${labels.presence.absent}</span>`;
    return [[row.page === null ? name : link(`${root}${row.page}`, name), shown]];
  });
  // a large field: the absent indicators the list above names are counted, the others named
  const unset = new Set(small ? [] : listedUnset(section.unset, model.regions.length).unset.map(({ indicator }) => (lang === 'zh' ? indicator.def.name_zh : indicator.def.name_en)));
  const named = absent.filter((name) => !unset.has(name));
  const listed = absent.length - named.length;
  return html`${rows.length > 0 || small ? table(labels.regionCoverageColumns, rows, 'coverage') : ''}${absent.length === 0 ? '' : html`
<p class="coverage-absent">${labels.coverageAbsentRest(absent.length)}${listed === 0 ? '' : html`${link('#unset', labels.coverageAbsentListed(listed))}${named.length === 0 ? '' : labels.listSeparator}`}${labels.list(named)}</p>`}`;
}

/**
 * Whether a region page draws its charts live: in a field of up to `SMALL_FIELD_MAX` regions.
 * Above it each page's strip is static (its spec reads its CSV): a live spec on each of 3,000
 * pages repeated the chart's layers and configuration (8 KB a page).
 *
 * @example
 * liveRegionCharts(model) // → true for the seeds' five regions
 */
export function liveRegionCharts(model: Pick<ReportModel, 'regions'>): boolean {
  return isSmallField(model.regions.length);
}

/**
 * The page of one region (`regions/<code>.html`): its documents, its percentile on every
 * indicator against the others (the region highlighted; peers drawn in fields of at most
 * `SMALL_FIELD_MAX` regions), its strongest and weakest positions, the gap to the other
 * regions' median (`peerGap`), the indicators others set a figure for that it did not (the
 * others listed by name in small fields, counted in large ones; in a large field both lists at
 * most `REGION_LIST_MAX` long, `listedGaps` and `listedUnset`, the rest counted), and its own row of the
 * coverage matrix; in a run of several plan years, its targets against results (完成情况,
 * `regionTrackingSection`) before the peer gaps. Everything on it grows with the number of indicators, not of regions.
 *
 * @example
 * regionPage(model, model.regionSections[0], charts).path // → 'regions/370405.html'
 */
export function regionPage(model: ReportModel, section: RegionSection, charts: ChartLookup): PageContent {
  const lang = model.options.lang;
  const labels = labelsFor(lang);
  const { region } = section;
  const root = rootOf(region.page);
  const documents = model.documents.filter((document) => region.documents.includes(document.doc_id));
  const meta = labels.regionMeta;
  const view = labels.viewNames[model.options.regionView];
  const hasStrip = section.positions.length > 0;
  const body = html`<p class="breadcrumbs">${link(`${root}index.html`, labels.navOverview)}${labels.breadcrumbSeparator}${link(`${root}index.html#regions`, labels.navRegions)}</p>
<h1>${region.region}</h1>
<dl class="meta">
<dt>${meta.level}</dt><dd>${levelName(region.level, lang)}</dd>
${region.parent === '' ? '' : html`<dt>${meta.parent}</dt><dd>${region.parent}</dd>`}
${region.population === null ? '' : html`<dt>${meta.population}</dt><dd>${formatDenominator(region.population.value, '万人', lang)}${labels.paren(String(region.population.year ?? labels.undated))}</dd>`}
${documents.map((document) => html`<dt>${meta.document}</dt><dd>${document.title}${labels.paren(labels.list([document.doc_number, document.issued_date].filter((part) => part !== '')))} ${document.asText ? link(`${root}${document.page}`, model.options.sourceText === 'evidence' ? labels.viewTasks : labels.viewTasksAndText) : html`${link(`${root}${document.page}`, labels.viewTasks)} · ${link(`${root}${document.file}`, labels.openSource)}`}</dd>`)}
</dl>

<h2 id="positions">${labels.stripHeading}</h2>
${hasStrip ? html`<p class="note">${labels.stripNote(view, SMALL_FIELD_MAX)}</p>
${liveRegionCharts(model)
    ? chartFigure(charts.get(`strip-${region.page.replace(/^regions\/|\.html$/g, '')}`), root, lang, true)
    : chartFigure(charts.get(`strip-${region.page.replace(/^regions\/|\.html$/g, '')}`), root, lang, false, labels.chartStaticLargeField(model.regions.length, SMALL_FIELD_MAX), html`${labels.stripFilesNote(recordKey(region))}`)}` : html`<p class="note">${labels.noPositions}</p>`}

<div class="two-columns">
<section><h3>${labels.strongestHeading}</h3>${positionList(section.strongest, root, lang)}</section>
<section><h3>${labels.weakestHeading}</h3>${positionList(section.weakest, root, lang)}</section>
</div>

${regionTrackingSection(model, region, root)}<h2 id="gaps">${labels.peerGapHeading}</h2>
<p class="note">${labels.peerGapNote(view)}</p>
${gapTable(model, section, root, lang)}

<h2 id="unset">${labels.unsetHeading}</h2>
${unsetTable(model, section, root, lang)}

<h2 id="coverage">${labels.regionCoverageHeading}</h2>
<p class="note">${labels.coverageNote}</p>
${coverageTable(model, section, root, lang)}`;
  return { path: region.page, title: region.region, body, charts: hasStrip };
}
