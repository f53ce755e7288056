import { join } from 'node:path';
import { cellIndexAt, cellsOf, tableRows } from '../../src/indicators/tables.js';
import { extract } from '../../src/pipeline.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';

describe('indicators/tables', () => {
  it('splits a flattened row into trimmed cells and finds the cell of an offset', () => {
    const line = '1 | 北京 | 36% | 2021 年度 |';
    expect(cellsOf(line)).toEqual(['1', '北京', '36%', '2021 年度']);
    expect(cellIndexAt(line, line.indexOf('36%'))).toBe(2);
    expect(cellIndexAt(line, 0)).toBe(0);
  });

  it('joins a header broken over lines and gives each data row under it the headers', () => {
    const rows = tableRows(['汇总表', '序号 | 城市 | 5G 用户 占比(%) |', '备注 |', '1 | 北京 | 36% | 2021 年度 |', '2 | 天津 | 35% |', '正文']);
    expect(rows.get(3)).toEqual({ headers: ['序号', '城市', '5G用户占比(%)', '备注'] });
    // a row with another number of cells is not read against this header
    expect(rows.has(4)).toBe(false);
    expect(rows.has(5)).toBe(false);
  });

  it('has no rows for lines that are not a table, or data without a header', () => {
    expect(tableRows(['全年新建5G基站100个。', '1 | 北京 | 36% |']).size).toBe(0);
  });

  it('reads a county table of a notice: each figure against its column, for its row\'s county and year', async () => {
    // written for this test; 峄城区, 台儿庄区 and 山亭区 are districts of 枣庄市
    const extraction = await extract([join(process.cwd(), 'test', 'fixtures', 'documents', 'notice-county-table.txt')], nodeEffects());
    const ports = extraction.observations.filter((row) => row.indicator === 'gigabit_ports_share')
      .map((row) => [row.region, row.value, row.year, row.kind]);
    expect(ports).toEqual([['峄城区', 37, 2023, 'rate'], ['台儿庄区', 52, 2022, 'rate'], ['山亭区', 29, 2023, 'rate']]);
    // the 5G user share has no indicator of its own: no figure is read from its column
    expect(extraction.observations.filter((row) => row.value === 41 || row.value === 38)).toEqual([]);
  });
});
