import { readFileSync } from 'node:fs';
import { readDocument } from '../../src/ingest/index.js';
import { parseDocument, type ParsedDocument } from '../../src/parse/index.js';
import { documentRecord, taskRecords, DOCUMENT_COLUMNS, TASK_COLUMNS } from '../../src/tables/index.js';

/** An invented county notice of 2023 (德清县): five numbered tasks in three sections, each with its lead unit. */
const DEQING = new URL('../fixtures/counties/deqing-2023.txt', import.meta.url).pathname;

async function parsed(): Promise<ParsedDocument> {
  const outcome = await readDocument('deqing-2023.txt', 'txt', new Uint8Array(readFileSync(DEQING)));
  if (!outcome.ok) throw new Error(outcome.message);
  return parseDocument(outcome.document);
}

describe('tables/records', () => {
  it('makes one documents record with every column, from the notice\'s title, number, date and issuer', async () => {
    const record = documentRecord(await parsed());
    expect(Object.keys(record)).toEqual([...DOCUMENT_COLUMNS]);
    expect(record).toMatchObject({
      source: 'deqing-2023.txt',
      title: '德清县人民政府办公室关于印发德清县2023年数字经济和绿色发展重点工作任务的通知',
      doc_number: '德政办发〔2023〕21号',
      issued_date: '2023-03-10',
      plan_year: 2023,
      region: '德清县',
      region_code: '330521',
      region_level: 'county',
      genre: 'plan',
      format: 'txt',
      task_count: 5,
    });
    expect(record.doc_id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives the size of the text as read: its characters, and its UTF-8 bytes ', async () => {
    const document = await parsed();
    const record = documentRecord(document);
    const text = document.document.text;
    expect(record.text_chars).toBe(text.length);
    // UTF-8: one byte below U+0080, two below U+0800, three for the rest of the BMP (Chinese), four beyond
    const bytes = [...text].reduce((sum, character) => {
      const code = character.codePointAt(0) ?? 0;
      return sum + (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);
    }, 0);
    expect(record.text_bytes).toBe(bytes);
    expect(record.text_bytes).toBeGreaterThan(2 * text.length);
  });

  it('makes one tasks record per numbered task, with its section, title, lead unit and place in the text', async () => {
    const document = await parsed();
    const rows = taskRecords(document);
    expect(rows.map((row) => Object.keys(row))).toEqual(rows.map(() => [...TASK_COLUMNS]));
    expect(rows.map((row) => [row.task, row.section, row.task_title, row.lead_units, row.participating_units])).toEqual([
      [1, '加快数字基础设施建设', '推进5G网络建设', '县经信局', ''],
      [2, '培育创新主体', '壮大高新技术企业', '县科技局', ''],
      [3, '培育创新主体', '培育专精特新企业', '县经信局', ''],
      [4, '推进绿色低碳发展', '发展绿色建筑', '县住建局', ''],
      [5, '推进绿色低碳发展', '开展国土绿化', '县林业局', ''],
    ]);
    // the task text as normalised (the full-width comma folded to ','), units bracket left out
    expect(rows[0]?.text).toBe('推进5G网络建设。全年新建5G基站300个以上,实现重点区域连续覆盖。');
    for (const row of rows) expect(document.document.text.slice(Number(row.start), Number(row.end))).toBe(row.text);
    // the document's columns are not repeated on its tasks: a reader joins on doc_id
    expect(new Set(rows.map((row) => row.doc_id))).toEqual(new Set([document.document.docId]));
    expect(Object.keys(rows[0] ?? {}).some((key) => key === 'region' || key === 'region_code' || key === 'source')).toBe(false);
  });
});
