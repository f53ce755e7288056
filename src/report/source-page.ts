import { createHash } from 'node:crypto';
import { declaredCharset, decodeText, htmlToText, readDocument, type DocumentFormat } from '../ingest/index.js';
import type { TaskRecord } from '../tables/index.js';
import { html, link, type SafeHtml } from './html.js';
import { labelsFor } from './labels.js';
import { rootOf, type PageContent } from './layout.js';
import type { ReportDocument, ReportModel } from './model.js';

/**
 * A text input's whole text as the report shows it on its task page, with the original's
 * SHA-256 (of its bytes), so a reader can find the very file: the report holds no other copy.
 */
export interface SourceText {
  /** The document's normalised text, as the extraction read it (the tasks' offsets are into it). */
  readonly text: string;
  readonly sha256: string;
}

/**
 * The task list of one document (`sources/<doc_id>.html`): its sections and numbered tasks
 * with lead and participating units, each task anchored as `#task-<n>` so evidence links land
 * on it, and a link to the copy of the original file.
 *
 * With `source` (a text input: .txt, .md, a web page), the page is the report's copy of the
 * document: besides the tasks it shows every other part of the text in order (the notice
 * before the tasks, headings, paragraphs between and after them: `fullTextRows`), and names the
 * original's path and SHA-256 instead of linking a copy. A binary input (DOCX, PDF) is copied
 * as it is and linked.
 *
 * `tasks` are the document's tasks in order (default: looked up in `model.tasks`); a caller
 * writing every document's page groups them once (`tasksByDocument`) instead of scanning all
 * tasks of the report for each page.
 *
 * @example
 * sourcePage(model, model.documents[0]).path // → 'sources/28a77a5ca6d0ada2.html'
 */
export function sourcePage(model: ReportModel, document: ReportDocument, tasks: readonly TaskRecord[] = tasksOf(model, document), source?: SourceText): PageContent {
  const lang = model.options.lang;
  const labels = labelsFor(lang);
  const root = rootOf(document.page);
  const rows: SafeHtml[] = source === undefined ? taskRows(tasks, true) : fullTextRows(source.text, tasks);
  const columns = labels.sourceColumns;
  const original = source === undefined
    ? html`<dt>${labels.openSource}</dt><dd>${link(`${root}${document.file}`, document.source)}</dd>`
    : html`<dt>${labels.originalFile}</dt><dd>${document.source}</dd>
<dt>SHA-256</dt><dd class="checksum">${source.sha256}</dd>`;
  const body = html`<p class="breadcrumbs">${link(`${root}index.html`, labels.navOverview)}${labels.breadcrumbSeparator}${link(`${root}index.html#documents`, labels.coveredHeading)}</p>
<h1>${document.title}</h1>
<dl class="meta">
<dt>${labels.documentColumns[0] ?? ''}</dt><dd>${document.region}</dd>
<dt>${labels.documentColumns[3] ?? ''}</dt><dd>${document.doc_number}</dd>
<dt>${labels.documentColumns[4] ?? ''}</dt><dd>${document.issued_date}</dd>
<dt>${labels.documentColumns[5] ?? ''}</dt><dd>${document.published_date}</dd>
${original}
</dl>
<h2>${source === undefined ? labels.sourceHeading : labels.sourceFullHeading}</h2>
<p class="note">${source === undefined ? labels.sourceNote : labels.sourceFullNote}</p>
<table class="tasks"><thead><tr>${columns.map((column) => html`<th>${column}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
  return { path: document.page, title: document.title, body, charts: false };
}

/** One row per task (and, with `sections`, a heading row where the section changes). */
function taskRows(tasks: readonly TaskRecord[], sections: boolean): SafeHtml[] {
  const rows: SafeHtml[] = [];
  let section: string | null = null;
  for (const task of tasks) {
    const heading = String(task.section ?? '');
    if (sections && heading !== section && heading !== '') rows.push(html`<tr class="section"><th colspan="4">${heading}</th></tr>`);
    section = heading;
    rows.push(taskRow(task));
  }
  return rows;
}

function taskRow(task: TaskRecord): SafeHtml {
  const number = task.task === null ? '' : String(task.task);
  const title = String(task.task_title ?? '');
  const full = String(task.text ?? '');
  // the task text repeats its title as the first sentence; show the title once, in bold
  const text = title !== '' && full.startsWith(title) ? full.slice(title.length).replace(/^[。.；;，,\s]+/u, '') : full;
  return html`<tr${number === '' ? '' : html` id="task-${number}"`}><td class="num">${number}</td><td>${title === '' ? '' : html`<strong>${title}</strong> `}${text}</td><td>${String(task.lead_units ?? '')}</td><td>${String(task.participating_units ?? '')}</td></tr>`;
}

/**
 * The rows of a document's whole text: each task as its row (number, text, units), and the
 * text between tasks (the notice before them, headings, paragraphs after the last) as rows of
 * their own, line breaks kept. Of the text between two tasks, what the task rows already show
 * is left out: the closing bracket of units (`(责任单位:区科技局)`, shown in the units columns)
 * and the next task's number (`2.`, in the number column). Tasks are taken in order of their
 * offsets; a task whose span overlaps the one before shows the text after it only.
 *
 * @example
 * fullTextRows('通知\n\n1.做好工作。(牵头单位:县发改局)\n\n附件', [task]).length // → 3 (notice, task, 附件)
 */
export function fullTextRows(text: string, tasks: readonly TaskRecord[]): SafeHtml[] {
  const rows: SafeHtml[] = [];
  const ordered = [...tasks].sort((a, b) => Number(a.start) - Number(b.start));
  let at = 0;
  let previous: TaskRecord | null = null;
  for (const task of ordered) {
    const start = Number(task.start);
    const end = Number(task.end);
    if (!Number.isFinite(start) || !Number.isFinite(end) || start < at || end > text.length) {
      // offsets that do not fit this text: the task is shown, its surroundings as they come
      rows.push(taskRow(task));
      continue;
    }
    const between = betweenTasks(text.slice(at, start), previous, true);
    if (between !== '') rows.push(html`<tr class="text"><td colspan="4">${between}</td></tr>`);
    rows.push(taskRow(task));
    at = end;
    previous = task;
  }
  const rest = betweenTasks(text.slice(at), previous, false);
  if (rest !== '') rows.push(html`<tr class="text"><td colspan="4">${rest}</td></tr>`);
  return rows;
}

/** Text between two tasks without what their rows show (the units bracket closing the one before, the number opening the next). */
function betweenTasks(text: string, previous: TaskRecord | null, beforeTask: boolean): string {
  let shown = text;
  const units = previous !== null && `${String(previous.lead_units ?? '')}${String(previous.participating_units ?? '')}` !== '';
  if (units) shown = shown.replace(UNITS_BRACKET, '');
  // the next task's number is the start of its line, up to where the task's text begins
  if (beforeTask) shown = shown.slice(0, shown.lastIndexOf('\n') + 1);
  return shown.trim();
}

/** A bracket of units right after a task's text: `(责任单位:区科技局)`, `（牵头单位：…；配合单位：…）`. */
const UNITS_BRACKET = /^[ \t]*[（(][^（()）\n]*[)）]/u;

/**
 * The text a text input's page shows, from its bytes as the extraction read them (the same
 * decoding and normalisation, so the tasks' offsets fit), and the bytes' SHA-256. Null when
 * the bytes are no longer the document's (their digest does not start with `docId`, which is
 * its first 16 hex digits: the file changed since it was read) or no longer read as a
 * document: the page then lists the tasks alone.
 *
 * @example
 * (await sourceText('a.txt', 'txt', bytes, docId))?.sha256.length // → 64
 */
export async function sourceText(source: string, format: DocumentFormat, bytes: Uint8Array, docId?: string): Promise<SourceText | null> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (docId !== undefined && !sha256.startsWith(docId)) return null;
  const read = await readDocument(source, format, bytes);
  if (!read.ok) return null;
  return { text: read.document.text, sha256 };
}

/**
 * The report's page for a web-page source whose reading left lines out (`document.file` when
 * `document.textPage`): the page's text, as regionbench read it before furniture was dropped
 * (scripts, styles and navigation dropped), escaped inside `<pre>`. The source's markup never
 * reaches the report, so nothing in it can run there. Bytes that cannot be decoded give a page
 * saying so.
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
