import ExcelJS from 'exceljs';
import { REGION_COLUMNS } from '../../src/regions/parse-table.js';
import { parseRegionWorkbook } from '../../src/regions/workbook.js';

/** XLSX bytes of a workbook built in memory from rows of cell values. */
async function workbookBytes(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const TENGZHOU = ['滕州市', 370481, '县级市', '枣庄市', 'resident_population', 2023, 154.78, '万人'];

describe('regions/workbook', () => {
  it('reads the first sheet, with numbers typed as numbers and an empty year', async () => {
    const bytes = await workbookBytes({
      regions: [
        [...REGION_COLUMNS],
        [...TENGZHOU, 'https://example.org/a', 'year-end'],
        ['嘉祥县', '370829', '县', '济宁市', 'land_area', null, 971.6, 'km2', '', 'sources disagree'],
      ],
    });
    const table = await parseRegionWorkbook(bytes, { origin: 'user.xlsx' });
    expect(table).toEqual([
      {
        region: '滕州市', division_code: '370481', admin_level: '县级市', parent: '枣庄市', metric: 'resident_population',
        year: 2023, value: 154.78, unit: '万人', source_url: 'https://example.org/a', note: 'year-end', licence: '', disputed: false,
        origin: 'user.xlsx', row: 2,
      },
      {
        region: '嘉祥县', division_code: '370829', admin_level: '县', parent: '济宁市', metric: 'land_area',
        year: null, value: 971.6, unit: 'km2', source_url: '', note: 'sources disagree', licence: '', disputed: true,
        origin: 'user.xlsx', row: 3,
      },
    ]);
  });

  it('reads a hyperlink as its address in source_url and as its text elsewhere', async () => {
    const bytes = await workbookBytes({
      regions: [
        [...REGION_COLUMNS],
        [{ text: '滕州市', hyperlink: 'https://wiki.example/tz' }, ...TENGZHOU.slice(1), { text: '统计公报', hyperlink: 'https://stats.example/2023' }, ''],
      ],
    });
    const [figure] = await parseRegionWorkbook(bytes);
    expect(figure?.region).toBe('滕州市');
    expect(figure?.source_url).toBe('https://stats.example/2023');
  });

  it('reads a named sheet and reports row numbers of that sheet', async () => {
    const bytes = await workbookBytes({
      notes: [['nothing here']],
      figures: [[...REGION_COLUMNS], [], [...TENGZHOU.slice(0, 6), 'abc', '万人']],
    });
    await expect(parseRegionWorkbook(bytes, { sheet: 'figures' }))
      .rejects.toThrow(new Error('invalid regions row 3 column value: "abc" is not a number'));
  });

  it('throws for a sheet that does not exist', async () => {
    const bytes = await workbookBytes({ regions: [[...REGION_COLUMNS]] });
    await expect(parseRegionWorkbook(bytes, { sheet: 'missing' }))
      .rejects.toThrow(new Error('invalid regions workbook: no worksheet named missing'));
  });

  it('throws for bytes that are not a workbook', async () => {
    await expect(parseRegionWorkbook(new TextEncoder().encode('region,value\n')))
      .rejects.toThrow(/^invalid regions workbook: /);
  });
});
