/**
 * A minimal SpreadsheetML (XLSX) writer for the tidy tables: one sheet per table with a bold,
 * frozen header row and a filter, column widths, shared strings, number and boolean cells, and
 * the package's author and dates. Pure: the same sheets and date give the same bytes.
 *
 * Written by hand because the general-purpose workbook library took ten seconds (and most of
 * a second just to load) for the 48,000 rows of a 300-document run; this writer streams the
 * XML as strings and zips it with fflate.
 */
import { AsyncDeflate, strToU8, Zip, ZipDeflate, ZipPassThrough, type DeflateOptions } from 'fflate';
import { joinedBytes } from './format.js';

/** A cell as the writer takes it: text, number, boolean, or empty. */
export type XlsxCell = string | number | boolean | null;

/** One sheet: its name, header row, data rows and column widths (in characters). */
export interface XlsxSheet {
  readonly name: string;
  readonly headers: readonly string[];
  /** The data rows: an array, or rows made one by one as the sheet is written (then `rowCount` says how many). */
  readonly rows: readonly (readonly XlsxCell[])[] | Iterable<readonly XlsxCell[]>;
  /** How many rows `rows` gives; default: its length. */
  readonly rowCount?: number;
  readonly widths: readonly number[];
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The column letters of a 0-based column index.
 *
 * @example
 * columnLetters(0) // → 'A'
 * columnLetters(26) // → 'AA'
 */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Text as XML character data: markup escaped, characters XML 1.0 cannot carry (C0 controls
 * other than tab and line ends, lone surrogates, U+FFFE/U+FFFF) dropped.
 *
 * @example
 * xmlText('a<b & "c"\u0001') // → 'a&lt;b &amp; &quot;c&quot;'
 */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}

/** Who made a workbook and when (the document properties and every zip entry's date). */
export interface XlsxProperties {
  readonly creator: string;
  readonly created: Date;
}

/**
 * The bytes of an XLSX package holding `sheets` in order, by `creator`, dated `created` (the
 * document properties and every zip entry).
 *
 * @example
 * xlsxPackage([{ name: 'a', headers: ['x'], rows: [[1]], widths: [8] }], { creator: 'regionbench', created: new Date(0) })
 * // → Uint8Array [80, 75, 3, 4, …] (a zip)
 */
export function xlsxPackage(sheets: readonly XlsxSheet[], properties: XlsxProperties): Uint8Array {
  // the parts are compressed as they are made, a few thousand rows at a time: the XML of a
  // 3,000-document run's tables (hundreds of MB) is never held whole, only the zip
  const { zip, mtime, finish } = zipCollector(properties);
  for (const [path, content] of packageParts(sheets, properties)) {
    const file = new ZipDeflate(path, { level: DEFLATE_LEVEL });
    file.mtime = mtime;
    zip.add(file);
    for (const text of content) file.push(strToU8(text));
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  return finish();
}

/**
 * `xlsxPackage`, with the large parts (sheets of more than `WORKER_ROWS_MIN` rows, and the
 * shared strings of such a workbook) deflated in worker threads while this thread writes
 * their XML: the same bytes (the same deflate code, level and chunks), in a national run
 * about 12 of the workbook's 19 s of CPU moved off the main thread. At most
 * `WORKER_QUEUE_BYTES` of XML wait for a worker; meanwhile the event loop runs other work.
 * A small workbook is made in this thread, as `xlsxPackage` makes it.
 *
 * @example
 * await xlsxPackageAsync([{ name: 'a', headers: ['x'], rows: [[1]], widths: [8] }], { creator: 'regionbench', created: new Date(0) })
 * // → Uint8Array [80, 75, 3, 4, …] (the bytes of xlsxPackage)
 */
export async function xlsxPackageAsync(sheets: readonly XlsxSheet[], properties: XlsxProperties): Promise<Uint8Array> {
  const large = sheets.some((sheet) => rowCount(sheet) > WORKER_ROWS_MIN);
  if (!large) return xlsxPackage(sheets, properties);
  const { zip, mtime, finish, failed } = zipCollector(properties);
  const written: Promise<void>[] = [];
  const workers: WorkerDeflate[] = [];
  try {
    await addParts();
  } catch (error) {
    // a failure while a part is written (a cell its sheet cannot hold) stops its worker too,
    // or the thread would keep the process alive
    for (const worker of workers) worker.stop();
    throw error;
  }
  zip.end();
  await Promise.all(written);
  return finish();

  async function addParts(): Promise<void> {
    for (const [path, content, rows] of packageParts(sheets, properties)) {
      if (rows <= WORKER_ROWS_MIN) {
        const file = new ZipDeflate(path, { level: DEFLATE_LEVEL });
        file.mtime = mtime;
        zip.add(file);
        for (const text of content) file.push(strToU8(text));
        file.push(new Uint8Array(0), true);
        continue;
      }
      const file = new WorkerDeflate(path, DEFLATE_LEVEL);
      workers.push(file);
      file.mtime = mtime;
      zip.add(file);
      for (const text of content) {
        file.push(strToU8(text));
        if (file.queued() > WORKER_QUEUE_BYTES) await file.drained(WORKER_QUEUE_BYTES / 2);
        const failure = failed();
        if (failure !== null) throw failure;
      }
      file.push(new Uint8Array(0), true);
      written.push(file.done);
    }
  }
}

/** The deflate level of every part (fflate's default). */
const DEFLATE_LEVEL = 6;
/** Parts of more rows than this are deflated in a worker thread by `xlsxPackageAsync`. */
export const WORKER_ROWS_MIN = 20_000;
/** How many bytes of XML may wait for a worker before the writer waits for it. */
const WORKER_QUEUE_BYTES = 16 * 1024 * 1024;

/** A zip being made, its bytes collected as they come, and the first failure. */
function zipCollector(properties: XlsxProperties): { zip: Zip; mtime: Date; finish: () => Uint8Array; failed: () => Error | null } {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error !== null) failure ??= error;
    else chunks.push(data);
  });
  return {
    zip,
    mtime: zipTime(properties.created),
    failed: () => failure,
    finish: () => {
      if (failure !== null) throw failure;
      return joinedBytes(chunks);
    },
  };
}

/**
 * A zip entry deflated in a worker thread: fflate's `AsyncDeflate` behind `ZipPassThrough`
 * (which counts the size and checksum of what is pushed), as fflate's `AsyncZipDeflate` does,
 * with the bytes still waiting for the worker in sight so the writer can wait for them.
 */
class WorkerDeflate extends ZipPassThrough {
  readonly flag: 0 | 1 | 2 | 3;
  /** Settles when the worker has given back the last chunk (rejects on its failure). */
  readonly done: Promise<void>;
  private readonly deflate: AsyncDeflate;
  private waiting: (() => void) | null = null;

  constructor(filename: string, level: DeflateOptions['level']) {
    super(filename);
    this.compression = 8;
    // the zip's flag bits for the level, as fflate's ZipDeflate sets them
    this.flag = level === 1 ? 1 : level !== undefined && level < 6 ? 2 : level === 9 ? 3 : 0;
    let settle: (error: Error | null) => void = () => undefined;
    this.done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error === null ? resolve() : reject(error));
    });
    this.deflate = new AsyncDeflate({ level }, (error, data, final) => {
      this.ondata(error, data, final);
      if (error !== null || final) settle(error);
    });
    this.deflate.ondrain = () => {
      const wake = this.waiting;
      this.waiting = null;
      wake?.();
    };
    this.done.catch(() => undefined);
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.deflate.push(chunk, final);
  }

  /** Stop the worker thread (after a failure; a finished one has stopped itself). */
  stop(): void {
    this.deflate.terminate();
  }

  /** Bytes pushed that the worker has not deflated yet. */
  queued(): number {
    return this.deflate.queuedSize;
  }

  /** Settles once at most `bytes` wait for the worker (or it failed). */
  async drained(bytes: number): Promise<void> {
    while (this.deflate.queuedSize > bytes) {
      await Promise.race([new Promise<void>((resolve) => { this.waiting = resolve; }), this.done]);
    }
  }
}

function rowCount(sheet: XlsxSheet): number {
  return sheet.rowCount ?? (Array.isArray(sheet.rows) ? sheet.rows.length : 0);
}

/** Every part of the package in writing order: path, content (a few thousand rows at a time) and how many rows it holds. */
function* packageParts(sheets: readonly XlsxSheet[], properties: XlsxProperties): Generator<[string, Iterable<string>, number]> {
  const strings = new Map<string, number>();
  for (const [index, sheet] of sheets.entries()) yield [`xl/worksheets/sheet${index + 1}.xml`, sheetXml(sheet, strings), rowCount(sheet)];
  yield ['[Content_Types].xml', [contentTypes(sheets.length)], 1];
  yield ['_rels/.rels', [`${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">`
    + `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>`
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    + `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`], 1];
  const stamp = properties.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  yield ['docProps/core.xml', [`${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:creator>${xmlText(properties.creator)}</dc:creator><cp:lastModifiedBy>${xmlText(properties.creator)}</cp:lastModifiedBy>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`], 1];
  yield ['docProps/app.xml', [`${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlText(properties.creator)}</Application></Properties>`], 1];
  yield ['xl/workbook.xml', [workbookXml(sheets)], 1];
  yield ['xl/_rels/workbook.xml.rels', [`${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">`
    + sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')
    + `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`
    + `<Relationship Id="rId${sheets.length + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`], 1];
  yield ['xl/styles.xml', [STYLES], 1];
  // the shared strings are known once every sheet is written
  yield ['xl/sharedStrings.xml', sharedStringsXml(strings), strings.size];
}

/** Rows of a sheet's XML put together before they are compressed. */
const ROWS_PER_CHUNK = 2000;

function contentTypes(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + sheets
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
}

function workbookXml(sheets: readonly XlsxSheet[]): string {
  // a filter needs its hidden defined name, or Excel repairs the file
  const filters = sheets.flatMap((sheet, index) => (sheet.headers.length === 0 ? [] : [
    `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'${xmlText(sheet.name.replace(/'/g, "''"))}'!$A$1:$${columnLetters(sheet.headers.length - 1)}$1</definedName>`,
  ]));
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>`
    + sheets.map((sheet, index) => `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')
    + `</sheets>${filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : ''}</workbook>`;
}

// style 0: plain; style 1: bold (the header row)
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">`
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function* sheetXml(sheet: XlsxSheet, strings: Map<string, number>): Generator<string> {
  const parts: string[] = [];
  const last = sheet.headers.length - 1;
  const height = rowCount(sheet) + 1;
  parts.push(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (last >= 0) parts.push(`<dimension ref="A1:${columnLetters(last)}${height}"/>`);
  parts.push('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths.length > 0) {
    parts.push(`<cols>${sheet.widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`);
  }
  const letters = sheet.headers.map((_, index) => columnLetters(index));
  parts.push('<sheetData>');
  parts.push(rowXml(1, sheet.headers, letters, strings, 1));
  let number = 1;
  for (const row of sheet.rows) {
    number += 1;
    parts.push(rowXml(number, row, letters, strings, 0));
    if (parts.length >= ROWS_PER_CHUNK) yield parts.splice(0).join('');
  }
  parts.push('</sheetData>');
  if (last >= 0) parts.push(`<autoFilter ref="A1:${columnLetters(last)}1"/>`);
  parts.push('</worksheet>');
  yield parts.join('');
}

function rowXml(number: number, cells: readonly XlsxCell[], letters: readonly string[], strings: Map<string, number>, style: number): string {
  let xml = `<row r="${number}">`;
  const styled = style === 0 ? '' : ` s="${style}"`;
  cells.forEach((cell, index) => {
    if (cell === null) return;
    const ref = `${letters[index] ?? columnLetters(index)}${number}`;
    if (typeof cell === 'number') {
      if (Number.isFinite(cell)) xml += `<c r="${ref}"${styled}><v>${cell}</v></c>`;
    } else if (typeof cell === 'boolean') {
      xml += `<c r="${ref}"${styled} t="b"><v>${cell ? 1 : 0}</v></c>`;
    } else {
      let id = strings.get(cell);
      if (id === undefined) {
        id = strings.size;
        strings.set(cell, id);
      }
      xml += `<c r="${ref}"${styled} t="s"><v>${id}</v></c>`;
    }
  });
  return `${xml}</row>`;
}

function* sharedStringsXml(strings: ReadonlyMap<string, number>): Generator<string> {
  let parts = [`${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${strings.size}" uniqueCount="${strings.size}">`];
  for (const text of strings.keys()) {
    parts.push(`<si><t xml:space="preserve">${xmlText(text)}</t></si>`);
    if (parts.length >= ROWS_PER_CHUNK) {
      yield parts.join('');
      parts = [];
    }
  }
  parts.push('</sst>');
  yield parts.join('');
}

/**
 * Zip entries carry a local date and time without a zone, and fflate writes them from the
 * machine's local clock fields: a date whose local fields are `date`'s UTC fields makes the
 * bytes the same in every time zone.
 */
function zipTime(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}
