/**
 * HTML built from tagged templates that escape every interpolated value by default: text
 * from documents can never become markup by accident. Only `trusted()` values (markup the
 * report itself produced: its chart SVG, escaped JSON) pass through unchanged.
 */
import { escapeHtml } from './escape.js';

/**
 * Markup that is already safe to place in a page (made by `html`, `trusted`, `table`, `link`).
 *
 * @example
 * new SafeHtml('<b>x</b>').toString() // → '<b>x</b>'
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), numbers, safe markup, lists of these, or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/**
 * Build markup: literal parts are kept, interpolated strings are escaped with `escapeHtml`,
 * arrays are joined, `null`/`undefined`/booleans vanish.
 *
 * @example
 * html`<td>${'<script>alert(1)</script>'}</td>`.value // → '<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>'
 * html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.value // → '<ul><li>a</li><li>b</li></ul>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * Mark markup the report produced itself (`chartSvg` drawings, JSON escaped by `jsonForScript`) as safe.
 * Never pass document text here.
 *
 * @example
 * trusted('<svg></svg>').value // → '<svg></svg>'
 */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A table: header cells and rows of cells (each cell any `HtmlValue`), with an optional class.
 * A table of more than `CHUNKED_TABLE_ROWS_MIN` rows (a national report's tables of every
 * region) is written as tables of `TABLE_CHUNK_ROWS` rows, each with the header, one after the
 * other in a `div.table-chunks`: the style sheet lets the browser skip laying out the chunks out
 * of view (`content-visibility: auto`; all are laid out in print), so a page of 6,000 rows
 * opens in a fraction of the time one table of them took.
 *
 * @example
 * table(['地区'], [['滕州市']]).value // → '<table><thead><tr><th>地区</th></tr></thead><tbody><tr><td>滕州市</td></tr></tbody></table>'
 */
export function table(header: readonly HtmlValue[], rows: readonly (readonly HtmlValue[])[], className?: string): SafeHtml {
  const head = html`<thead><tr>${header.map((cell) => html`<th>${cell}</th>`)}</tr></thead>`;
  const whole = (part: readonly (readonly HtmlValue[])[]): SafeHtml => {
    const body = html`<tbody>${part.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>`;
    return className === undefined ? html`<table>${head}${body}</table>` : html`<table class="${className}">${head}${body}</table>`;
  };
  if (rows.length <= CHUNKED_TABLE_ROWS_MIN) return whole(rows);
  const chunks: SafeHtml[] = [];
  for (let start = 0; start < rows.length; start += TABLE_CHUNK_ROWS) chunks.push(html`<div class="chunk">${whole(rows.slice(start, start + TABLE_CHUNK_ROWS))}</div>`);
  return html`<div class="table-chunks">${chunks}</div>`;
}

/** Tables of more rows than this are written in chunks (`table`). */
export const CHUNKED_TABLE_ROWS_MIN = 1000;
/** Rows of one chunk of a long table. */
export const TABLE_CHUNK_ROWS = 250;

/**
 * A link with an escaped target and text; relative targets are URL-encoded per path segment
 * (so file names from documents stay inside the report folder and stay links).
 *
 * @example
 * link('sources/abc/一份 文件.txt', '原文').value // → '<a href="sources/abc/%E4%B8%80%E4%BB%BD%20%E6%96%87%E4%BB%B6.txt">原文</a>'
 */
export function link(href: string, text: HtmlValue, attributes: { readonly className?: string; readonly external?: boolean } = {}): SafeHtml {
  const target = /^https?:\/\//i.test(href) ? href : encodePath(href);
  const cls = attributes.className === undefined ? '' : ` class="${escapeHtml(attributes.className)}"`;
  const rel = attributes.external === true ? ' rel="noopener noreferrer external"' : '';
  return html`<a href="${target}"${trusted(cls)}${trusted(rel)}>${text}</a>`;
}

/**
 * URL-encode each segment of a relative path, keeping `/`, `..` and a `#fragment`.
 *
 * @example
 * encodePath('../sources/a b.html#task-3') // → '../sources/a%20b.html#task-3'
 */
export function encodePath(path: string): string {
  const [file = '', fragment] = path.split('#', 2);
  const encoded = file.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
  return fragment === undefined ? encoded : `${encoded}#${encodeURIComponent(fragment)}`;
}
