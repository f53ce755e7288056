/**
 * Tables flattened into text (`序号 | 省份 | 城市 | 10G-PON端口占比(%) | 备注 |`, then one line a
 * row): the header names what each column measures, so a row's figures are read against their
 * column's header, for the region its leading cells name and the year a cell states. Pure.
 */

/** What a table row's figures need from the table around them. */
export interface TableRow {
  /** The header cell of each column, white space removed (`10G-PON端口占比(%)`). */
  readonly headers: readonly string[];
  /**
   * The table's caption: the short line above its header (`2023年铜陵市老旧小区改造计划表`), read
   * with a head that names no measure of its own (`小区个数(个)`); absent when there is none.
   */
  readonly caption?: string;
}

/** The longest line taken for a table's caption: a title, not a paragraph. */
const CAPTION_MAX = 40;

/** The cell separator of a flattened table. */
const CELL = '|';
/** At least this many separators make a line a table line. */
const MIN_SEPARATORS = 2;
/** A cell holding a figure (`36%`, `33.2`, `1,234`), not a name. */
const FIGURE_CELL = /^[-+]?\d[\d,.]*\s*(%|‰)?$/;

/** The cells of a table line, trimmed, without the empty cell after a closing separator. */
export function cellsOf(line: string): string[] {
  const cells = line.split(CELL).map((cell) => cell.trim());
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length > 0 && cells[0] === '' && line.trimStart().startsWith(CELL)) cells.shift();
  return cells;
}

function isTableLine(line: string): boolean {
  let count = 0;
  for (let at = line.indexOf(CELL); at >= 0 && count < MIN_SEPARATORS; at = line.indexOf(CELL, at + 1)) count++;
  return count >= MIN_SEPARATORS || (count === 1 && line.trimEnd().endsWith(CELL));
}

/** A data row: some cell is a figure. */
function isDataRow(cells: readonly string[]): boolean {
  return cells.some((cell) => FIGURE_CELL.test(cell) && !/^\d{1,3}$/.test(cell)) || cells.filter((cell) => FIGURE_CELL.test(cell)).length >= 2;
}

/**
 * For each line of a text (by its index among the lines), the table row it is, when it is a
 * data row under a header with as many cells; lines of no table are absent. A header broken
 * over several lines (each ending in `|`) is joined.
 *
 * @example
 * tableRows(['序号 | 城市 | 5G用户占比(%) |', '1 | 北京 | 36% |']).get(1)
 * // → { headers: ['序号', '城市', '5G用户占比(%)'] }
 */
export function tableRows(lines: readonly string[]): Map<number, TableRow> {
  const rows = new Map<number, TableRow>();
  let header: string[] | null = null;
  let headerOpen = false;
  // the last short line of prose above (a blank line keeps it), and the caption of the header
  let caption = '';
  let headerCaption = '';
  for (const [index, line] of lines.entries()) {
    if (!isTableLine(line)) {
      header = null;
      headerOpen = false;
      const text = line.trim();
      if (text !== '') caption = text.length <= CAPTION_MAX && !/[。;；]/.test(text) ? text : '';
      continue;
    }
    const cells = cellsOf(line);
    if (isDataRow(cells)) {
      headerOpen = false;
      if (header !== null && header.length === cells.length) rows.set(index, headerCaption === '' ? { headers: header } : { headers: header, caption: headerCaption });
      continue;
    }
    // header lines: a new header, or the next part of one broken over lines
    const parts = cells.map((cell) => cell.replace(/\s+/g, ''));
    if (!(headerOpen && header !== null)) headerCaption = caption;
    header = headerOpen && header !== null ? [...header, ...parts] : parts;
    headerOpen = line.trimEnd().endsWith(CELL);
  }
  return rows;
}

/** The index of the cell an offset of a line falls in. */
export function cellIndexAt(line: string, offset: number): number {
  let index = 0;
  const start = line.trimStart().startsWith(CELL) ? line.indexOf(CELL) + 1 : 0;
  for (let at = line.indexOf(CELL, start); at >= 0 && at < offset; at = line.indexOf(CELL, at + 1)) index++;
  return index;
}

/**
 * A row of a yearbook table laid out with spaces (`累计水土流失治理面积 (千公顷) … 21.83 23.44`
 * under `项 目 Item 2020 2021`): the measure and its unit, then a figure per year column.
 */
export interface YearRow {
  /** The row's Chinese label (`累计水土流失治理面积`). */
  readonly label: string;
  /** The unit the row's label gives in brackets (`千公顷`, `%`), '' when none. */
  readonly unit: string;
  /**
   * Each figure with the year of its column (null when no column head says one) and its span in
   * the line (in the unit's text); `unit` when its column head gives one (`比上年增长(%)`).
   */
  readonly cells: readonly YearCell[];
}

/** A figure of a table row, in its column. */
export interface YearCell {
  readonly year: number | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly unit?: string;
}

/** The longest line read as a yearbook table's header or row. */
const YEAR_ROW_MAX = 400;
/** Two or more years closing a line: a yearbook table's column heads (`项 目 Item 2020 2021`). */
const YEAR_HEADS = /(?:^|\s)((?:(?:19|20)\d{2}\s+)+(?:19|20)\d{2})\s*$/;
/** Figures closing a line, each after white space. */
const TRAILING_FIGURES = /(?:\s+-?\d[\d,]*(?:\.\d+)?)+\s*$/;
/** A row's leading Chinese label and the unit in brackets after it. */
const ROW_LABEL = /^\s*([\u4e00-\u9fff][\u4e00-\u9fff、·]*)\s*(?:[(（]([^)）]{1,12})[)）])?/;

/**
 * For each line of a text (by its index), the yearbook row it is: a line with a Chinese label
 * and one to as many figures as there are year columns, under the nearest line before it that
 * ends with the years. Figures fill the columns from the left (a blank cell is a missing last
 * year). Pure.
 *
 * @example
 * yearTableRows(['项 目 Item 2020 2021', ' 污水处理率 (%)  Sewage  (%)   97.9 98.3']).get(1)
 * // → { label: '污水处理率', unit: '%', cells: [{ year: 2020, text: '97.9', … }, { year: 2021, text: '98.3', … }] }
 */
export function yearTableRows(lines: readonly string[]): Map<number, YearRow> {
  const rows = new Map<number, YearRow>();
  let years: number[] | null = null;
  for (const [index, line] of lines.entries()) {
    // a yearbook line is short; a long one is prose (and the patterns below stay linear)
    if (line.length > YEAR_ROW_MAX) continue;
    const heads = YEAR_HEADS.exec(line);
    if (heads !== null && !/[\u4e00-\u9fff].*\d.*[\u4e00-\u9fff]/.test(line.slice(0, heads.index))) {
      years = (heads[1] as string).trim().split(/\s+/).map(Number);
      continue;
    }
    if (years === null) continue;
    const label = ROW_LABEL.exec(line);
    const figures = TRAILING_FIGURES.exec(line);
    if (label === null || figures === null) continue;
    const cells: YearCell[] = [];
    for (const match of figures[0].matchAll(/-?\d[\d,]*(?:\.\d+)?/g)) {
      const start = figures.index + (match.index ?? 0);
      cells.push({ year: years[cells.length] ?? 0, text: match[0], start, end: start + match[0].length });
    }
    if (cells.length === 0 || cells.length > years.length) continue;
    const unit = (label[2] ?? '').trim();
    rows.set(index, { label: label[1] as string, unit: /^[\u4e00-\u9fff%‰/]+$/.test(unit) ? unit : '', cells });
  }
  return rows;
}

/** The longest line read as one cell of a table laid out a cell to a line. */
const CELL_LINE_MAX = 24;
/** A cell that is a figure, with at most a short unit (`162817吨`, `0.5`, `-1.0`). */
const FIGURE_LINE = /^-?\d[\d,]*(?:\.\d+)?\s*[^\d\s,，。;；]{0,4}$/;
/** A table's unit line above its heads (`单位:亿元`). */
const UNIT_LINE = /^单位\s*[:：]\s*([^\s,，。;；]{1,6})$/;

/**
 * The unit a column head or a label gives: in brackets (`(万吨)`, `(%)`) or a closing % (`比上年增长%`).
 *
 * @example
 * unitOfHead('新建5G基站(个)') // → '个'
 */
export function unitOfHead(head: string): string {
  const bracket = /[(（]([^)）]{1,8})[)）]\s*$/.exec(head);
  if (bracket !== null && /^[\u4e00-\u9fff%‰/]+$/.test(bracket[1] as string)) return bracket[1] as string;
  return /[%％]\s*$/.test(head) ? '%' : '';
}

/** A row of a table laid out a cell to a line, and the index of its last line. */
export interface CellLineRow {
  readonly row: YearRow;
  readonly lastLine: number;
}

/**
 * For each line that opens a row of a table pasted a cell to a line (web tables copied as text:
 * `主要产品产量`, `2023年`, `较上年增长(%)`, then `粮食总产量`, `162817吨`, `0.5`, …), the row it
 * opens: its label and a figure per column, with the year and the unit the column's head gives
 * (a column with no year takes the one year the heads give). A table needs its heads, one per
 * column, right above its first row, and two or more rows; blank lines between cells are allowed.
 * Cell spans are offsets from the row's first line, the lines joined by `\n` as in the text. Pure.
 *
 * @example
 * cellLineRows(['产品', '2023年', '增长(%)', '粮食总产量', '162817吨', '0.5', '油料', '3100吨', '1.2']).get(3)?.row
 * // → { label: '粮食总产量', unit: '', cells: [{ year: 2023, text: '162817吨', … }, { year: 2023, text: '0.5', unit: '%', … }] }
 */
export function cellLineRows(lines: readonly string[]): Map<number, CellLineRow> {
  const rows = new Map<number, CellLineRow>();
  // the non-blank lines, as cells
  const cells: { index: number; text: string }[] = [];
  // (a line of only separators, `|`, is a blank between cells)
  for (const [index, line] of lines.entries()) if (!/^[\s|｜]*$/.test(line)) cells.push({ index, text: line.trim() });
  const isCell = (at: number): boolean => (cells[at]?.text.length ?? CELL_LINE_MAX + 1) <= CELL_LINE_MAX && !/[。,，;；]/.test(cells[at]?.text ?? '');
  // (a year, 2023年, is a column's head, not a figure)
  const isFigure = (at: number): boolean => isCell(at) && FIGURE_LINE.test(cells[at]?.text ?? '') && !/^(?:19|20)\d{2}\s*年/.test(cells[at]?.text ?? '');
  let at = 0;
  while (at < cells.length) {
    // a label followed by figures, under as many heads as it has cells
    if (!isCell(at) || isFigure(at) || !isFigure(at + 1)) {
      at++;
      continue;
    }
    let width = 1;
    while (isFigure(at + width)) width++;
    const headsFrom = at - width;
    if (width < 2 || headsFrom < 0 || Array.from({ length: width }, (_, k) => headsFrom + k).some((head) => !isCell(head) || isFigure(head))) {
      at++;
      continue;
    }
    const heads = cells.slice(headsFrom, at).map((cell) => cell.text.replace(/\s+/g, ''));
    const years = heads.map((head) => /((?:19|20)\d{2})\s*年/.exec(head)?.[1]).filter((year) => year !== undefined).map(Number);
    const tableYear = new Set(years).size === 1 ? years[0] as number : null;
    const shared = UNIT_LINE.exec(cells[headsFrom - 1]?.text ?? '')?.[1] ?? '';
    // the rows: a label and width - 1 figures each, while the pattern holds
    const found: [number, CellLineRow][] = [];
    let row = at;
    while (isCell(row) && !isFigure(row) && Array.from({ length: width - 1 }, (_, k) => row + 1 + k).every(isFigure)) {
      const first = cells[row] as { index: number; text: string };
      // offsets from the start of the label's line, through the lines as they stand in the text
      let offset = 0;
      let lineIndex = first.index;
      const spans: YearCell[] = [];
      for (let column = 1; column < width; column++) {
        const cell = cells[row + column] as { index: number; text: string };
        while (lineIndex < cell.index) offset += (lines[lineIndex++] as string).length + 1;
        const line = lines[cell.index] as string;
        const start = offset + line.indexOf(cell.text);
        const head = heads[column] as string;
        const year = /((?:19|20)\d{2})\s*年/.exec(head);
        const unit = unitOfHead(head) || (/\d$/.test(cell.text) ? shared : '');
        spans.push({ year: year ? Number(year[1]) : tableYear, text: cell.text, start, end: start + cell.text.length, ...(unit === '' ? {} : { unit }) });
      }
      const label = first.text.replace(/^其中\s*[:：]?/, '');
      found.push([first.index, { row: { label: label.replace(/[(（][^)）]*[)）]\s*$/, ''), unit: unitOfHead(label), cells: spans }, lastLine: (cells[row + width - 1] as { index: number }).index }]);
      row += width;
    }
    if (found.length >= 2) for (const [index, value] of found) rows.set(index, value);
    at = found.length >= 2 ? row : at + 1;
  }
  return rows;
}
