import { csvBytes, csvChunks, formatRows, neutraliseFormula } from '../../src/tables/format.js';

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

  it('encodes CSV as UTF-8 in chunks with the same bytes as the whole text (csvBytes)', () => {
    // 12,001 rows: over two chunk boundaries; Chinese, quotes, commas, line breaks and empty cells
    const rows = Array.from({ length: 12_001 }, (_, index) => ({
      region: index % 3 === 0 ? '台儿庄区' : `滕州市"${index}"`,
      note: index % 5 === 0 ? '新建5G基站,100个\n以上' : null,
      value: index / 7,
    }));
    const columns = ['region', 'note', 'value'];
    const bytes = csvBytes(rows, columns, { bom: true });
    expect(Buffer.from(bytes).equals(Buffer.from(formatRows(rows, columns, 'csv', { bom: true }), 'utf8'))).toBe(true);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\ufeffregion,note,value\r\n台儿庄区,"新建5G基站,100个\n以上",0\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(12_001 + 2);
    expect(new TextDecoder().decode(csvBytes([], columns))).toBe('region,note,value\r\n');
  });

  it('gives the CSV as chunks a caller can write between other work: the header, then a few thousand rows each', () => {
    const rows = Array.from({ length: 12_001 }, (_, index) => ({ region: `滕州市${index}`, value: index }));
    const chunks = [...csvChunks(rows, ['region', 'value'], { bom: true })];
    // header, 5,000 + 5,000 + 2,001 rows
    expect(chunks).toHaveLength(4);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(chunks[0])).toBe('\ufeffregion,value\r\n');
    expect(new TextDecoder().decode(chunks[3]).split('\r\n')).toHaveLength(2001 + 1);
    expect(Buffer.concat(chunks).equals(Buffer.from(formatRows(rows, ['region', 'value'], 'csv', { bom: true }), 'utf8'))).toBe(true);
  });
});
