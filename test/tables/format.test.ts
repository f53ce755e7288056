import { formatRows, neutraliseFormula } from '../../src/tables/format.js';

describe('tables/format', () => {
  const rows = [{ region: '台儿庄区', value: 100, note: 'a, "b"' }, { region: '=cmd|x', value: -5, note: null }];

  it('writes CSV with quoting, CRLF line ends and the header in column order', () => {
    expect(formatRows(rows, ['region', 'value', 'note'], 'csv')).toBe('region,value,note\r\n台儿庄区,100,"a, ""b"""\r\n\'=cmd|x,-5,\r\n');
  });

  it('adds a byte-order mark for Excel when asked', () => {
    expect(formatRows([], ['a'], 'csv', { bom: true })).toBe('\ufeffa\r\n');
  });

  it('neutralises text cells that a spreadsheet would run as formulas, not numbers', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('+86')).toBe("'+86");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('台儿庄区')).toBe('台儿庄区');
    expect(neutraliseFormula('=')).toBe('=');
  });

  it('writes JSON lines with only the named columns, null for missing', () => {
    expect(formatRows([{ a: 1, b: 2 }, { a: 3 }], ['a', 'b'], 'jsonl')).toBe('{"a":1,"b":2}\n{"a":3,"b":null}\n');
  });

  it('writes an empty table as an empty JSON array', () => {
    expect(formatRows([], ['a'], 'json')).toBe('[]\n');
  });
});
