import { readDocument } from '../../src/ingest/index.js';
import { parseDocument, type ParsedDocument } from '../../src/parse/index.js';

async function parsed(text: string): Promise<ParsedDocument> {
  const outcome = await readDocument('a.txt', 'txt', new TextEncoder().encode(text));
  if (!outcome.ok) throw new Error(outcome.message);
  return parseDocument(outcome.document);
}

describe('parse/parse-document', () => {
  it('reads the header before the first section as metadata and the numbered tasks after it', async () => {
    const document = await parsed('德清县人民政府办公室关于印发德清县2023年重点工作任务的通知\n德政办发〔2023〕21号\n2023年3月10日\n一、数字基础设施\n1.推进5G网络建设。全年新建5G基站300个以上。（牵头单位：县经信局）\n2.建设数据中心。新增机架500个。（牵头单位：县经信局）');
    expect(document.metadata.docNumber).toBe('德政办发〔2023〕21号');
    expect(document.region?.code).toBe('330521');
    expect(document.structure.tasks.map((task) => [task.number, task.section, task.title])).toEqual([[1, '数字基础设施', '推进5G网络建设'], [2, '数字基础设施', '建设数据中心']]);
    expect(document.frame).toEqual({ genre: 'plan', pageDate: '2023-03-10', pageYear: 2023 });
    expect(document.diagnostics).toEqual([]);
  });

  it('keeps a document it cannot place, with a warning for each thing missing', async () => {
    const document = await parsed('关于做好有关工作的通知\n请各单位认真落实。');
    expect(document.region).toBeNull();
    expect(document.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code])).toEqual([
      ['warning', 'no-region'], ['warning', 'no-tasks'], ['warning', 'no-plan-year'],
    ]);
    expect(document.diagnostics.every((diagnostic) => diagnostic.source === 'a.txt')).toBe(true);
  });

  it('notes, as information, a region taken from the text rather than from the issuer', async () => {
    const document = await parsed('关于印发2023年重点任务的通知\n一、目标\n1.德清县新建5G基站300个。');
    expect(document.region?.name).toBe('德清县');
    expect(document.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code])).toEqual([['info', 'region-inferred']]);
    expect(document.diagnostics[0]?.message).toMatch(/^issuing region inferred: 德清县: no issuer names a region/);
  });
});
