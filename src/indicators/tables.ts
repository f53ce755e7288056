/**
 * Tables flattened into text (`序号 | 省份 | 城市 | 10G-PON端口占比(%) | 备注 |`, then one line a
 * row): the header names what each column measures, so a row's figures are read against their
 * column's header, for the region its leading cells name and the year a cell states. Pure.
 */

/** What a table row's figures need from the table around them. */
export interface TableRow {
  /** The header cell of each column, white space removed (`10G-PON端口占比(%)`). */
  readonly headers: readonly string[];
}

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
  for (const [index, line] of lines.entries()) {
    if (!isTableLine(line)) {
      header = null;
      headerOpen = false;
      continue;
    }
    const cells = cellsOf(line);
    if (isDataRow(cells)) {
      headerOpen = false;
      if (header !== null && header.length === cells.length) rows.set(index, { headers: header });
      continue;
    }
    // header lines: a new header, or the next part of one broken over lines
    const parts = cells.map((cell) => cell.replace(/\s+/g, ''));
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
  /** Each figure with the year of its column and its span in the line. */
  readonly cells: readonly { readonly year: number; readonly text: string; readonly start: number; readonly end: number }[];
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
    const cells: { year: number; text: string; start: number; end: number }[] = [];
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
