import { parseGold, parsePredictions } from '../../src/eval/read.js';

const HEADER = 'file\tindicator\tstatus\tkind\tcomparator\tvalue\tvalue_high\tunit\tyear\tregion\tevidence';

describe('eval/read', () => {
  it('reads gold rows by column name, with their line numbers, past a BOM and CRLF line ends', () => {
    const rows = parseGold(`\uFEFF${HEADER}\r\nx.txt\tgdp_growth\tactual\tgrowth\t=\t6.5\t\tpercent\t2023\t东川市\t增长6.5%\r\n\r\ny.txt\tgrain_output\n`, 'g.tsv');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ file: 'x.txt', indicator: 'gdp_growth', status: 'actual', kind: 'growth', comparator: '=', value: '6.5', valueHigh: '', year: '2023', region: '东川市', evidence: '增长6.5%', line: 2 });
    // a short row: the cells it lacks are null, not ''
    expect(rows[1]).toMatchObject({ file: 'y.txt', indicator: 'grain_output', status: null, value: null, line: 4 });
  });

  it('keeps tabs and line breaks inside a quoted cell, and a quote elsewhere as written', () => {
    const rows = parseGold(`${HEADER}\nx.txt\tgdp_growth\tactual\tgrowth\t=\t6.5\t\tpercent\t2023\t东川市\t"增长\t6.5%, ""快"""\nx.txt\tgdp_growth\tactual\tgrowth\t=\t7\t\tpercent\t2024\t东川市\t他说"好"\n`, 'g.tsv');
    expect(rows.map((row) => row.evidence)).toEqual(['增长\t6.5%, "快"', '他说"好"']);
  });

  it('accepts a doc column for the file, and the columns in any order', () => {
    const rows = parseGold('value\tindicator\tdoc\n3\tgreen_factories_new\ta01\n', 'g.tsv');
    expect(rows).toEqual([expect.objectContaining({ file: 'a01', indicator: 'green_factories_new', value: '3', kind: null })]);
  });

  it('refuses a gold file without a needed column, or a row naming no file, saying where', () => {
    expect(() => parseGold('indicator\tvalue\nx\t1\n', 'mine.tsv')).toThrow('gold file mine.tsv has no file column');
    expect(() => parseGold('file\tvalue\nx\t1\n', 'mine.tsv')).toThrow('gold file mine.tsv has no indicator column');
    expect(() => parseGold('file\tindicator\tvalue\nx.txt\tgdp_growth\t1\n\tgdp_growth\t2\n', 'mine.tsv')).toThrow('gold file mine.tsv, line 3: no file named');
    expect(() => parseGold('', 'mine.tsv')).toThrow('gold file mine.tsv has no header row');
    expect(() => parseGold('file\tindicator\tvalue\n"x.txt\tgdp_growth\t1\n', 'mine.tsv')).toThrow('line 2: a quoted cell is never closed');
  });

  it('reads JSON lines, listing the lines that are not records instead of stopping', () => {
    const file = parsePredictions('{"source":"a.txt","value":1}\n\n[1,2]\n{"source":\n{"source":"b.txt","value":null}\n', 'jsonl', 'p.jsonl');
    expect(file.predictions).toEqual([{ source: 'a.txt', value: 1 }, { source: 'b.txt', value: null }]);
    expect(file.skippedLines).toEqual([3, 4]);
  });

  it('reads the CSV that extract writes: BOM, CRLF, quoted cells, formula guards undone', () => {
    const csv = '\uFEFFsource,indicator,value,year,evidence\r\na.txt,gdp_growth,6.5,2023,"增长6.5%,高于全省"\r\na.txt,gdp_growth,,,\'-2.5%\r\n';
    const { predictions } = parsePredictions(csv, 'csv', 'p.csv');
    expect(predictions).toEqual([
      { source: 'a.txt', indicator: 'gdp_growth', value: '6.5', year: '2023', evidence: '增长6.5%,高于全省' },
      { source: 'a.txt', indicator: 'gdp_growth', value: '', year: '', evidence: '-2.5%' },
    ]);
    expect(() => parsePredictions('source,value\r\n', 'csv', 'p.csv')).toThrow('prediction file p.csv has no indicator column');
  });
});
