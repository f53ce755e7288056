/**
 * Every user-facing message of the `regions` stage. Region tables are configuration, so a bad
 * row is misuse (tier 1): these messages go into thrown errors, name the row and column, and
 * carry no trailing period.
 */

/** Error for one cell: `invalid regions row 4 column value: "abc" is not a number`. */
export function invalidCell(row: number, column: string, detail: string): string {
  return `invalid regions row ${row} column ${column}: ${detail}`;
}

/** Error for a row with non-empty cells past the header: `invalid regions row 4: 1 cell beyond the header's 10 columns ("2023")`. */
export function extraCells(row: number, columns: number, cells: readonly string[]): string {
  const quoted = cells.map((cell) => `"${cell.trim()}"`).join(', ');
  return `invalid regions row ${row}: ${cells.length} cell${cells.length === 1 ? '' : 's'} beyond the header's ${columns} columns (${quoted})`;
}

/** Error for a header without a required column. */
export function missingColumn(column: string): string {
  return `invalid regions header: missing column ${column}`;
}

/** Error for a header that names a column twice. */
export function duplicateColumn(column: string): string {
  return `invalid regions header: column ${column} appears twice`;
}

/** Error for a table that has no header row at all. */
export function emptyTable(): string {
  return 'invalid regions table: no header row';
}

/** Error for a quoted CSV field that is never closed. */
export function unclosedQuote(row: number): string {
  return `invalid regions row ${row}: quoted field is not closed`;
}

/** Error for a workbook without the requested sheet (or without any). */
export function missingSheet(sheet: string | null): string {
  return sheet === null ? 'invalid regions workbook: no worksheet' : `invalid regions workbook: no worksheet named ${sheet}`;
}

/** Error for bytes that exceljs cannot read as an XLSX workbook. */
export function unreadableWorkbook(reason: string): string {
  return `invalid regions workbook: ${reason}`;
}

/** Cell details, quoted as written. */
export const cellDetail = {
  notANumber: (text: string) => `"${text}" is not a number`,
  negative: (text: string) => `"${text}" is negative`,
  notFinite: (text: string) => `"${text}" is not a finite number`,
  required: () => 'a value is required',
  notAYear: (text: string) => `"${text}" is not a year (1900–2100)`,
  notADivisionCode: (text: string) => `"${text}" is not a six-digit GB/T 2260 code`,
  notALevel: (text: string, allowed: readonly string[]) =>
    `"${text}" is not an administrative level (${allowed.join(', ')})`,
  levelMismatch: (text: string, code: string, tier: string) =>
    `"${text}" does not match division code ${code} (${tier} level)`,
  notAMetric: (text: string, allowed: readonly string[]) => `"${text}" is not a metric (${allowed.join(', ')})`,
  notAUnit: (text: string, metric: string, allowed: readonly string[]) =>
    `"${text}" is not a unit of ${metric} (${allowed.join(', ')})`,
  identityConflict: (text: string, code: string, earlier: string, row: number) =>
    `"${text}" differs from "${earlier}" given for ${code} at row ${row}`,
  duplicateFigure: (region: string, metric: string, year: number | null, row: number) =>
    `duplicate figure for ${region} ${metric} ${year ?? 'undated'} (first at row ${row})`,
} as const;

/** Why a row of a published wide table was left out (listed, never thrown: the other rows go on). */
export const skipReason = {
  national: () => 'a whole-country row, not a region',
  noCode: (code: string, name: string) => `${name || 'a unit'} has no six-digit division code ("${code}")`,
  duplicateCode: (code: string, row: number) => `division code ${code} already given at row ${row}`,
  notANumber: (column: string, text: string) => `column ${column}: "${text}" is not a non-negative number`,
} as const;

/** Error for a file `regions import` cannot tell the format of. */
export function unknownReferenceFormat(file: string): string {
  return `invalid reference file ${file}: not a region table (region, metric, value …), a census tabulation (区划代码, 人口数_合计 …), a national reference table (division_code, resident_population_2020 …) or a TopoJSON topology`;
}

/** Error for a TopoJSON file that is not a topology regionbench can read. */
export function invalidTopology(detail: string): string {
  return `invalid boundaries: ${detail}`;
}
