import { decodeText } from '../ingest/index.js';
import { declaredCharset, htmlToText } from '../ingest/index.js';
import type { TaskRecord } from '../tables/index.js';
import { html, link, type SafeHtml } from './html.js';
import { labelsFor } from './labels.js';
import { rootOf, type PageContent } from './layout.js';
import type { ReportDocument, ReportModel } from './model.js';

/**
 * The task list of one document (`sources/<doc_id>.html`): its sections and numbered tasks
 * with lead and participating units, each task anchored as `#task-<n>` so evidence links land
 * on it, and a link to the copy of the original file.
 *
 * `tasks` are the document's tasks in order (default: looked up in `model.tasks`); a caller
 * writing every document's page groups them once (`tasksByDocument`) instead of scanning all
 * tasks of the report for each page.
 *
 * @example
 * sourcePage(model, model.documents[0]).path // → 'sources/28a77a5ca6d0ada2.html'
 */
export function sourcePage(model: ReportModel, document: ReportDocument, tasks: readonly TaskRecord[] = tasksOf(model, document)): PageContent {
  const lang = model.options.lang;
  const labels = labelsFor(lang);
  const root = rootOf(document.page);
  const rows: SafeHtml[] = [];
  let section: string | null = null;
  for (const task of tasks) {
    const heading = String(task.section ?? '');
    if (heading !== section && heading !== '') rows.push(html`<tr class="section"><th colspan="4">${heading}</th></tr>`);
    section = heading;
    const number = task.task === null ? '' : String(task.task);
    const title = String(task.task_title ?? '');
    const full = String(task.text ?? '');
    // the task text repeats its title as the first sentence; show the title once, in bold
    const text = title !== '' && full.startsWith(title) ? full.slice(title.length).replace(/^[。.；;，,\s]+/u, '') : full;
    rows.push(html`<tr${number === '' ? '' : html` id="task-${number}"`}><td class="num">${number}</td><td>${title === '' ? '' : html`<strong>${title}</strong> `}${text}</td><td>${String(task.lead_units ?? '')}</td><td>${String(task.participating_units ?? '')}</td></tr>`);
  }
  const columns = labels.sourceColumns;
  const body = html`<p class="breadcrumbs">${link(`${root}index.html`, labels.navOverview)}${labels.breadcrumbSeparator}${link(`${root}index.html#documents`, labels.coveredHeading)}</p>
<h1>${document.title}</h1>
<dl class="meta">
<dt>${labels.documentColumns[0] ?? ''}</dt><dd>${document.region}</dd>
<dt>${labels.documentColumns[3] ?? ''}</dt><dd>${document.doc_number}</dd>
<dt>${labels.documentColumns[4] ?? ''}</dt><dd>${document.issued_date}</dd>
<dt>${labels.documentColumns[5] ?? ''}</dt><dd>${document.published_date}</dd>
<dt>${labels.openSource}</dt><dd>${link(`${root}${document.file}`, document.source)}</dd>
</dl>
<h2>${labels.sourceHeading}</h2>
<p class="note">${labels.sourceNote}</p>
<table class="tasks"><thead><tr>${columns.map((column) => html`<th>${column}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
  return { path: document.page, title: document.title, body, charts: false };
}

/**
 * The report's page for a web-page source (`document.file` when `document.asText`): the
 * page's text, as regionbench read it (scripts, styles and navigation dropped), escaped inside
 * `<pre>`. The source's markup never reaches the report, so nothing in it can run there.
 * Bytes that cannot be decoded give a page saying so.
 *
 * @example
 * sourceTextPage(model, document, bytes).path // → 'sources/28a77a5ca6d0ada2/notice.html'
 */
export function sourceTextPage(model: ReportModel, document: ReportDocument, bytes: Uint8Array): PageContent {
  const labels = labelsFor(model.options.lang);
  const root = rootOf(document.file);
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const text = decoded.ok ? htmlToText(decoded.text) : decoded.message;
  const body = html`<p class="breadcrumbs">${link(`${root}index.html`, labels.navOverview)}${labels.breadcrumbSeparator}${link(`${root}${document.page}`, document.title)}</p>
<h1>${labels.sourceTextHeading}</h1>
<dl class="meta">
<dt>${labels.openSource}</dt><dd>${document.source}</dd>
</dl>
<p class="note">${labels.sourceTextNote}</p>
<pre class="source-text">${text}</pre>`;
  return { path: document.file, title: document.title, body, charts: false };
}

function tasksOf(model: ReportModel, document: ReportDocument): TaskRecord[] {
  return model.tasks.filter((task) => String(task.doc_id) === document.doc_id);
}

/**
 * The report's tasks grouped by document id, each group in the tasks' order.
 *
 * @example
 * tasksByDocument(model).get(model.documents[0].doc_id)?.length // → 46
 */
export function tasksByDocument(model: Pick<ReportModel, 'tasks'>): Map<string, TaskRecord[]> {
  const groups = new Map<string, TaskRecord[]>();
  for (const task of model.tasks) {
    const id = String(task.doc_id);
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [task]);
    else group.push(task);
  }
  return groups;
}
