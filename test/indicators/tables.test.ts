import { join } from 'node:path';
import { cellIndexAt, cellLineRows, cellsOf, tableRows, yearTableRows } from '../../src/indicators/tables.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { documentUnits, observeDocument } from '../../src/indicators/observe-document.js';
import { recogniseQuantities } from '../../src/quantities/index.js';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/catalogue.js';
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
    expect(rows.get(3)).toEqual({ headers: ['序号', '城市', '5G用户占比(%)', '备注'], caption: '汇总表' });
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

  it('reads a table pasted with tabs, its caption speaking for heads that name no measure (小区个数(个))', async () => {
    // written for this test; 铜官区 and 义安区 are districts of 铜陵市
    const text = ['2023年铜陵市老旧小区改造计划表', '', '县区\t小区个数(个)\t户数(户)', '铜官区\t26\t5120', '义安区\t12\t2380'].join('\n');
    const outcome = await readDocument('table.txt', 'txt', new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error(outcome.message);
    const parsed = parseDocument(outcome.document);
    const rows = observeDocument(parsed, documentUnits(parsed), (unit) => recogniseQuantities(unit.text), DEFAULT_CATALOGUE);
    expect(rows.map((row) => [row.region, row.indicator, row.value])).toEqual([
      ['铜官区', 'old_residential_renovation', 26], ['铜官区', 'old_residential_renovation_households', 5120],
      ['义安区', 'old_residential_renovation', 12], ['义安区', 'old_residential_renovation_households', 2380],
    ]);
  });

  it('reads bare numbers in a column head\'s unit, and each column\'s kind from its head (新建 / 累计)', async () => {
    // written for this test; 谯城区 and 涡阳县 are a district and a county of 亳州市
    const text = ['亳州市2023年各县区5G基站建设任务表', '| 县区 | 新建5G基站(个) | 累计5G基站(个) |', '| 谯城区 | 320 | 2150 |', '| 涡阳县 | 260 | 1480 |'].join('\n');
    const outcome = await readDocument('table.txt', 'txt', new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error(outcome.message);
    const parsed = parseDocument(outcome.document);
    const rows = observeDocument(parsed, documentUnits(parsed), (unit) => recogniseQuantities(unit.text), DEFAULT_CATALOGUE);
    expect(rows.map((row) => [row.region, row.indicator, row.kind, row.status, row.value])).toEqual([
      ['谯城区', 'fiveg_stations_new', 'increment', 'target', 320], ['谯城区', 'fiveg_stations_total', 'stock', 'target', 2150],
      ['涡阳县', 'fiveg_stations_new', 'increment', 'target', 260], ['涡阳县', 'fiveg_stations_total', 'stock', 'target', 1480],
    ]);
  });
});

/** A yearbook page written for these tests: a table laid out with spaces, years as column heads. */
const YEARBOOK = [
  '表5-3 环境保护主要指标',
  '指    标        2021  2022',
  '生态环境',
  ' 累计水土流失治理面积 (千公顷)   Soil Erosion Control   12.40 13.05',
  ' 城市污水处理率   (%)     Sewage Treatment Rate   95.2 96.8',
  ' 森林火灾次数   (次)    Forest Fires    31 7',
];

describe('indicators/tables yearTableRows', () => {
  it('reads each row\'s label, unit and figures under the years that close the header line', () => {
    const rows = yearTableRows(YEARBOOK);
    expect([...rows.keys()]).toEqual([3, 4, 5]);
    expect(rows.get(3)).toMatchObject({ label: '累计水土流失治理面积', unit: '千公顷', cells: [{ year: 2021, text: '12.40' }, { year: 2022, text: '13.05' }] });
    expect(rows.get(4)?.unit).toBe('%');
  });

  it('passes over long lines at once (a line of a megabyte of figures is prose, not a row)', () => {
    const started = Date.now();
    const rows = yearTableRows(['指标 2021 2022', `甲 ${'1 '.repeat(300_000)}x`, `${'2021 '.repeat(200_000)}x`, ' 污水处理率 (%)  95.2 96.8']);
    expect(Date.now() - started).toBeLessThan(1000);
    expect([...rows.keys()]).toEqual([3]);
  });

  it('reads a yearbook row\'s figures in its unit, one per year', async () => {
    const outcome = await readDocument('yearbook.txt', 'txt', new TextEncoder().encode(YEARBOOK.join('\n')));
    if (!outcome.ok) throw new Error(outcome.message);
    const parsed = parseDocument(outcome.document);
    const rows = observeDocument(parsed, documentUnits(parsed), (unit) => recogniseQuantities(unit.text), DEFAULT_CATALOGUE);
    // 12.40千公顷 = 124 km²; the sewage rate is a percent level
    expect(rows.map((row) => [row.indicator, row.value, row.unit, row.year, row.status])).toEqual([
      ['soil_erosion_control_area', 124, 'km2', 2021, 'actual'], ['soil_erosion_control_area', 130.5, 'km2', 2022, 'actual'],
      ['sewage_treatment_rate', 95.2, 'percent', 2021, 'actual'], ['sewage_treatment_rate', 96.8, 'percent', 2022, 'actual'],
    ]);
  });
});

/** A bulletin's table as a web page's text copies it: a cell to a line, blank lines and bars between. */
const PASTED = [
  '某县2024年国民经济和社会发展统计公报', '', '全年粮食总产量21.6万吨,比上年增长1.2%。', '', '主要农产品产量', '',
  '指 标', '', '2024年', '', '比上年增长(%)', '|', '粮食总产量', '', '216000吨', '', '1.2', '|', '其中:小麦', '', '98000吨', '', '-0.4',
  '|', '油料', '', '12000吨', '', '3.5', '', '注:数据为快报数。',
];

describe('indicators/tables cellLineRows', () => {
  it('reads the rows of a table pasted a cell to a line, with each column\'s year and unit', () => {
    const rows = cellLineRows(PASTED);
    expect([...rows.keys()]).toEqual([12, 18, 24]);
    expect(rows.get(12)).toMatchObject({ lastLine: 16, row: { label: '粮食总产量', cells: [{ year: 2024, text: '216000吨' }, { year: 2024, text: '1.2', unit: '%' }] } });
    // 其中: opens a part's label
    expect(rows.get(18)?.row.label).toBe('小麦');
    // each cell's span is where it stands in the lines from the row's first line
    const text = PASTED.slice(12, 17).join('\n');
    const cell = rows.get(12)?.row.cells[1];
    expect(text.slice(cell?.start, cell?.end)).toBe('1.2');
  });

  it('takes no run of short lines without heads above it, nor a single row, for a table', () => {
    expect(cellLineRows(['电话', '12345678', '邮编', '100000', '传真', '12345679']).size).toBe(0);
    expect(cellLineRows(['指标', '2024年', '增长(%)', '粮食总产量', '216000吨', '1.2', '以上数据为初步统计。']).size).toBe(0);
  });

  it('reads a pasted table\'s figures against each row\'s label, a growth column as growth', async () => {
    const outcome = await readDocument('pasted.txt', 'txt', new TextEncoder().encode(PASTED.join('\n')));
    if (!outcome.ok) throw new Error(outcome.message);
    const parsed = parseDocument(outcome.document);
    const rows = observeDocument(parsed, documentUnits(parsed), (unit) => recogniseQuantities(unit.text), DEFAULT_CATALOGUE);
    // the prose said 21.6万吨 and 1.2% already: the table's row is the same fact, said once
    expect(rows.filter((row) => row.indicator === 'grain_output').map((row) => [row.kind, row.value, row.year])).toEqual([
      ['stock', 216_000, 2024], ['growth', 1.2, 2024],
    ]);
  });
});
