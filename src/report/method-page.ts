import { KINDS } from '../catalogue/index.js';
import { SCORE_METHODS, type Per } from '../compare/index.js';
import type { Comparator } from '../quantities/index.js';
import { externalHref } from './escape.js';
import { formatDenominator } from './format.js';
import { html, link, table } from './html.js';
import { labelsFor } from './labels.js';
import type { PageContent } from './layout.js';
import type { ReportModel } from './model.js';

const COMPARATORS: readonly Comparator[] = ['=', '>=', '>', '<=', '<', '~', 'range'];
const VIEW_OF_METRIC: Readonly<Record<string, Per>> = { resident_population: 'capita', land_area: 'area', gdp: 'gdp' };

/**
 * The method page (`method.html`): how figures were extracted, what each kind and bound word
 * means, the denominators (value, year, source, note, whether used), the normalisation and
 * composite rules, the robustness check and how numbers are written.
 *
 * @example
 * methodPage(model).path // → 'method.html'
 */
export function methodPage(model: ReportModel): PageContent {
  const lang = model.options.lang;
  const labels = labelsFor(lang);
  const sections = labels.methodSections;
  const denominatorRows = model.denominators.map(({ figure, used }) => {
    const href = externalHref(figure.source_url);
    return [
      figure.region,
      labels.metricNames[figure.metric] ?? figure.metric,
      formatDenominator(figure.value, figure.unit, lang),
      figure.year === null ? labels.undated : String(figure.year),
      html`${href === null ? figure.source_url : link(href, href, { external: true })}${figure.licence === '' ? '' : labels.paren(`${labels.licence}: ${figure.licence}`)}`,
      figure.note,
      used ? `${labels.yes}${labels.paren(labels.viewNames[VIEW_OF_METRIC[figure.metric] ?? 'none'])}` : labels.no,
    ];
  });
  const { robustness } = model;
  const body = html`<h1>${labels.methodHeading}</h1>

<h2 id="extraction">${sections.extraction}</h2>
${labels.methodExtraction.map((paragraph) => html`<p>${paragraph}</p>`)}${model.options.sourceText === 'evidence' ? html`
<p id="source-text">${labels.methodEvidenceOnly(model.sourceText?.setting === 'auto' ? model.sourceText.textBytes / 1e6 : null, (model.sourceText?.budget ?? 0) / 1e6)}</p>` : ''}

<h2 id="kinds">${sections.kinds}</h2>
<ul>${KINDS.map((kind) => html`<li>${labels.kindNames[kind]}</li>`)}</ul>
<p>${labels.kindsNote}</p>

<h2 id="comparators">${sections.comparators}</h2>
<ul>${COMPARATORS.map((comparator) => html`<li><code>${comparator}</code> ${labels.comparatorNames[comparator]}</li>`)}</ul>

<h2 id="tiers">${sections.tiers}</h2>
<ul>${(['ensure', 'strive', 'plain'] as const).map((tier) => html`<li>${labels.tierNames[tier]}</li>`)}</ul>

<h2 id="denominators">${sections.denominators}</h2>
<p>${labels.denominatorsIntro}</p>
${table(labels.denominatorTableColumns, denominatorRows, 'denominators')}

<h2 id="normalisation">${sections.normalisation}</h2>
${labels.normalisationText.map((paragraph) => html`<p>${paragraph}</p>`)}
<ul>${SCORE_METHODS.map((method) => html`<li>${labels.methodNames[method]}</li>`)}</ul>

<h2 id="robustness">${sections.robustness}</h2>
<p>${labels.robustnessText(robustness.draws, robustness.seed, robustness.n_scenarios)}</p>

<h2 id="formatting">${sections.formatting}</h2>
<p>${labels.formattingText}</p>`;
  return { path: 'method.html', title: labels.methodHeading, body, charts: false };
}
