import { splitDelimited } from '../../src/regions/delimited.js';

describe('regions/delimited', () => {
  it('splits quoted CSV fields holding commas, quotes and line breaks', () => {
    expect(splitDelimited('a,b\n"x, ""y""","line\nbreak"\n', 'csv')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x, "y"', 'line\nbreak'] },
    ]);
  });

  it('accepts CRLF, a BOM and a last line without a newline', () => {
    expect(splitDelimited('\uFEFFa,b\r\n1,2', 'csv')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
  });

  it('skips blank records but keeps counting them', () => {
    expect(splitDelimited('a\n\n,\nb\n', 'csv')).toEqual([
      { row: 1, cells: ['a'] },
      { row: 4, cells: ['b'] },
    ]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(splitDelimited('a,,c,\n', 'csv')).toEqual([{ row: 1, cells: ['a', '', 'c', ''] }]);
  });

  it('splits TSV on tabs without treating quotes specially', () => {
    expect(splitDelimited('a\tb\n"x\t2\n', 'tsv')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['"x', '2'] },
    ]);
  });

  it('throws on a quoted field that never closes', () => {
    expect(() => splitDelimited('a\n"open,1\n', 'csv')).toThrow(new Error('invalid regions row 2: quoted field is not closed'));
  });
});
