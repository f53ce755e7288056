import { readDocument } from '../../src/ingest/read-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { documentUnits } from '../../src/indicators/observe-document.js';

async function parsed(text: string) {
  const outcome = await readDocument('notice.txt', 'txt', new TextEncoder().encode(text));
  if (!outcome.ok) throw new Error(outcome.message);
  return parseDocument(outcome.document);
}

describe('indicators/observe-document documentUnits', () => {
  it('takes the numbered tasks and the other body paragraphs, each with the section it sits in', async () => {
    const text = ['某区关于印发2023年重点工作任务的通知', '各镇人民政府:', '现将任务印发给你们。', '一、总体目标', '全年新建5G基站100个。', '二、重点任务',
      '1.新建基站10个。(责任单位:区工信局)', '2.改造小区5个。(责任单位:区住建局)', '三、保障措施', '加强组织领导。'].join('\n');
    const units = documentUnits(await parsed(text));
    expect(units.map((unit) => [unit.text, unit.section, unit.task?.number ?? null])).toEqual([
      ['全年新建5G基站100个。', '总体目标', null],
      ['新建基站10个。', '重点任务', 1],
      ['改造小区5个。', '重点任务', 2],
      ['加强组织领导。', '保障措施', null],
    ]);
  });

  it('finds the units of a document with thousands of sections and tasks in linear time', async () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => `一、目标\n全年新建基站${i + 1}个。\n二、任务\n1.改造小区${i + 1}个。`);
    const document = await parsed(`某区关于印发重点工作任务的通知\n${blocks.join('\n')}`);
    expect(document.structure.tasks.length).toBe(10_000);
    const started = Date.now();
    const units = documentUnits(document);
    // a scan of every section and task per line took 7 s here
    expect(Date.now() - started).toBeLessThan(1500);
    expect(units).toHaveLength(20_000);
    expect(units.filter((unit) => unit.task === null).every((unit) => unit.section === '目标')).toBe(true);
  });
});
