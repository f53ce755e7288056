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
  /** The line of the original (as decoded, before normalisation; 1 is the first) that an offset into `text` falls on; absent: unknown. */
  readonly lineOf?: (offset: number) => number;
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
  if (model.options.sourceText === 'evidence') return evidencePage(model, document, tasks, source);
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

/**
 * The task page of a run that keeps the evidence only (`sourceText` `evidence`): the document's
 * metadata (title, issuer, region, number, dates, the original's path, its SHA-256 when the
 * text was read again, the text's length), then only the tasks that give an observation (a
 * figure or a mention) and the paragraphs outside the tasks that do, each with its place in
 * the original (lines when the text was read again, else character offsets into the text as
 * read), and one line saying how many tasks and characters are not shown and where the whole
 * text is. A binary input's copy stays linked.
 */
function evidencePage(model: ReportModel, document: ReportDocument, tasks: readonly TaskRecord[], source: SourceText | undefined): PageContent {
  const labels = labelsFor(model.options.lang);
  const root = rootOf(document.page);
  const spans = model.evidenceSpans.get(document.doc_id) ?? [];
  const shownTasks = new Set(spans.filter((span) => span.task !== null).map((span) => span.task));
  const place = (start: number, end: number): string => (source?.lineOf === undefined
    ? labels.sourcePlaceChars(start, end)
    : labels.sourcePlaceLines(source.lineOf(start), source.lineOf(Math.max(start, end - 1))));
  const rows: { start: number; row: SafeHtml; chars: number }[] = [];
  const listed = new Set<number>();
  for (const task of tasks) {
    if (typeof task.task !== 'number' || !shownTasks.has(task.task) || listed.has(task.task)) continue;
    listed.add(task.task);
    const start = Number(task.start);
    const end = Number(task.end);
    rows.push({ start, row: taskRow(task, place(start, end)), chars: String(task.text ?? '').length });
  }
  // figures outside the numbered tasks (a plan's paragraphs, a work report): their paragraph
  // (the line as read) when the text is at hand, else the clause the observation quotes
  const paragraphs = new Set<string>();
  for (const span of spans) {
    if (span.task !== null && listed.has(span.task)) continue;
    const text = source?.text;
    const from = text === undefined ? span.start : text.lastIndexOf('\n', span.start - 1) + 1;
    const next = text === undefined ? -1 : text.indexOf('\n', span.end);
    const to = text === undefined ? span.end : next === -1 ? text.length : next;
    const key = `${from}-${to}`;
    if (paragraphs.has(key)) continue;
    paragraphs.add(key);
    const shown = text === undefined ? span.evidence : text.slice(from, to).trim();
    rows.push({ start: from, row: html`<tr class="text"><td class="num">${span.task === null ? '' : String(span.task)}</td><td colspan="3">${shown}</td><td>${place(from, to)}</td></tr>`, chars: shown.length });
  }
  rows.sort((a, b) => a.start - b.start);
  const shownChars = rows.reduce((sum, row) => sum + row.chars, 0);
  const total = document.textChars ?? source?.text.length ?? null;
  const notShown = labels.sourceNotShown(Math.max(0, tasks.length - listed.size), total === null ? null : Math.max(0, total - shownChars), document.source);
  const original = source === undefined && !document.asText
    ? html`<dt>${labels.openSource}</dt><dd>${link(`${root}${document.file}`, document.source)}</dd>`
    : html`<dt>${labels.originalFile}</dt><dd>${document.source}</dd>${source === undefined ? '' : html`
<dt>SHA-256</dt><dd class="checksum">${source.sha256}</dd>`}`;
  const body = html`<p class="breadcrumbs">${link(`${root}index.html`, labels.navOverview)}${labels.breadcrumbSeparator}${link(`${root}index.html#documents`, labels.coveredHeading)}</p>
<h1>${document.title}</h1>
<dl class="meta">
<dt>${labels.documentColumns[0] ?? ''}</dt><dd>${document.region}</dd>
<dt>${labels.issuer}</dt><dd>${document.issuer}</dd>
<dt>${labels.documentColumns[3] ?? ''}</dt><dd>${document.doc_number}</dd>
<dt>${labels.documentColumns[4] ?? ''}</dt><dd>${document.issued_date}</dd>
<dt>${labels.documentColumns[5] ?? ''}</dt><dd>${document.published_date}</dd>
${original}
${total === null ? '' : html`<dt>${labels.sourceLength}</dt><dd>${labels.sourceLengthValue(total)}</dd>`}
</dl>
<h2>${labels.sourceEvidenceHeading}</h2>
<p class="note">${source === undefined && !document.asText ? labels.sourceEvidenceNoteCopy : labels.sourceEvidenceNote}</p>
<p class="note not-shown">${notShown}</p>
<table class="tasks"><thead><tr>${labels.sourceEvidenceColumns.map((column) => html`<th>${column}</th>`)}</tr></thead><tbody>${rows.map((row) => row.row)}</tbody></table>`;
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

function taskRow(task: TaskRecord, place?: string): SafeHtml {
  const number = task.task === null ? '' : String(task.task);
  const title = String(task.task_title ?? '');
  const full = String(task.text ?? '');
  // the task text repeats its title as the first sentence; show the title once, in bold
  const text = title !== '' && full.startsWith(title) ? full.slice(title.length).replace(/^[。.；;，,\s]+/u, '') : full;
  return html`<tr${number === '' ? '' : html` id="task-${number}"`}><td class="num">${number}</td><td>${title === '' ? '' : html`<strong>${title}</strong> `}${text}</td><td>${String(task.lead_units ?? '')}</td><td>${String(task.participating_units ?? '')}</td>${place === undefined ? '' : html`<td>${place}</td>`}</tr>`;
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
  const { text, original, map } = read.document;
  return { text, sha256, lineOf: lineFinder(original, map) };
}

/** The line of `original` (1-based) an offset into the normalised text falls on, through the normalisation's offset map. */
function lineFinder(original: string, map: Int32Array): (offset: number) => number {
  const breaks: number[] = [];
  for (let at = original.indexOf('\n'); at !== -1; at = original.indexOf('\n', at + 1)) breaks.push(at);
  return (offset) => {
    const at = map[Math.max(0, Math.min(offset, map.length - 1))] ?? 0;
    // breaks before `at`, by binary search
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((breaks[middle] ?? 0) < at) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
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
