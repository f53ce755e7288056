import { ConfigError } from '../errors.js';
import type ExcelJS from 'exceljs';
import type { TextRow } from './delimited.js';
import { REGION_MESSAGES } from '../messages.js';
import { regionTableFromRows } from './parse-table.js';
import type { RegionTable } from './types.js';

const { missingSheet, unreadableWorkbook } = REGION_MESSAGES;

/** Options for reading a region table from an XLSX workbook. */
export interface RegionWorkbookOptions {
  /** Worksheet name; default: the first worksheet. */
  readonly sheet?: string;
  /** Label stored in each figure's `origin`; default ''. */
  readonly origin?: string;
}

/**
 * Parse a long-format region table from the bytes of an XLSX workbook (same columns and
 * rules as `parseRegionTable`; row numbers are the sheet's own). Cells are read as text:
 * numbers as JavaScript prints them, hyperlinks as their text (in the `source_url` column
 * as their address), formulas as their cached
 * result, rich text joined. Bytes that are not a workbook, or a missing sheet, throw.
 *
 * @example
 * const table = await parseRegionWorkbook(bytesOfRegionsXlsx, { origin: 'regions.xlsx' });
 * table[0]?.division_code
 * // → '370481'
 */
export async function parseRegionWorkbook(bytes: Uint8Array, options: RegionWorkbookOptions = {}): Promise<RegionTable> {
  const sheets = await workbookSheets(bytes);
  const sheet = options.sheet === undefined ? sheets[0] : sheets.find((candidate) => candidate.name === options.sheet);
  if (sheet === undefined) throw new ConfigError(missingSheet(options.sheet ?? null));
  return regionTableFromRows(sheet.rows, options.origin ?? '');
}

/** One worksheet read as text rows (see `workbookSheets`). */
export interface SheetRows {
  readonly name: string;
  readonly rows: readonly TextRow[];
}

/**
 * Every worksheet of an XLSX workbook as numbered text rows (blank rows skipped, numbers kept
 * as the sheet numbers them). Cells are read as text: numbers as JavaScript prints them,
 * hyperlinks as their text (in a column headed `source_url` as their address), formulas as
 * their cached result, rich text joined. Bytes that are not a workbook throw.
 *
 * @example
 * (await workbookSheets(bytesOfRegionsXlsx))[0]?.rows[1]?.cells.slice(0, 2)
 * // → ['滕州市', '370481']
 */
export async function workbookSheets(bytes: Uint8Array): Promise<SheetRows[]> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy also detaches us from the caller's bytes.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new ConfigError(unreadableWorkbook(error instanceof Error ? error.message : String(error)));
  }
  return workbook.worksheets.map((sheet) => {
    const rows: TextRow[] = [];
    let linkColumn = -1;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) {
        cells.push(cellText(row.getCell(column).value, column === linkColumn));
      }
      if (rows.length === 0) linkColumn = cells.findIndex((cell) => cell.trim().toLowerCase() === 'source_url') + 1;
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}

function cellText(value: ExcelJS.CellValue, preferLink: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return preferLink ? value.hyperlink : linkText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellText(value.result ?? null, preferLink) : '';
  if ('error' in value) return String(value.error);
  return '';
}

/** A hyperlink's text is a string, or rich text when the link is formatted. */
function linkText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) {
    return text.richText.map((part: unknown) => (typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '')).join('');
  }
  return '';
}
