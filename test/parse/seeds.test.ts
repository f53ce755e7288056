import { ingest } from '../../src/ingest/ingest.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { parseDocument, type ParsedDocument } from '../../src/parse/parse-document.js';
import { SEEDS_DIR, SEED_FILES, type SeedRegion } from '../helpers/seeds.js';

/** Figures read from the five seed notices by hand. */
const EXPECTED: Record<SeedRegion, { tasks: number; code: string; level: string; parent: string; docNumber: string; issued: string }> = {
  台儿庄区: { tasks: 46, code: '370405', level: 'district', parent: '枣庄市', docNumber: '台政办字〔2023〕15号', issued: '2023-08-25' },
  滕州市: { tasks: 75, code: '370481', level: 'county_level_city', parent: '枣庄市', docNumber: '滕政办发〔2023〕30号', issued: '2023-08-15' },
  泰安市: { tasks: 80, code: '370900', level: 'prefecture_city', parent: '山东省', docNumber: '泰政办字〔2022〕57号', issued: '2022-12-28' },
  嘉祥县: { tasks: 76, code: '370829', level: 'county', parent: '济宁市', docNumber: '嘉政办字〔2023〕22号', issued: '2023-08-08' },
  罗庄区: { tasks: 69, code: '371311', level: 'district', parent: '临沂市', docNumber: '罗政办字〔2023〕25号', issued: '2023-09-11' },
};

let parsed: Map<SeedRegion, ParsedDocument>;

beforeAll(async () => {
  const result = await ingest([SEEDS_DIR], nodeEffects());
  parsed = new Map();
  for (const [region, file] of Object.entries(SEED_FILES) as [SeedRegion, string][]) {
    const document = result.documents.find((candidate) => candidate.source.endsWith(file));
    if (!document) throw new Error(`seed ${file} not read`);
    parsed.set(region, parseDocument(document));
  }
});

function seed(region: SeedRegion): ParsedDocument {
  const document = parsed.get(region);
  if (!document) throw new Error(`no parsed seed for ${region}`);
  return document;
}

describe('parse on the seed documents', () => {
  it.each(Object.keys(EXPECTED) as SeedRegion[])('finds the issuing region, 文号, plan year and every task of %s', (region) => {
    const expected = EXPECTED[region];
    const document = seed(region);
    expect(document.structure.tasks).toHaveLength(expected.tasks);
    expect(document.structure.tasks.map((task) => task.number)).toEqual(Array.from({ length: expected.tasks }, (_, index) => index + 1));
    expect(document.region).toMatchObject({ name: region, code: expected.code, level: expected.level, parent: expected.parent });
    expect(document.metadata.docNumber).toBe(expected.docNumber);
    expect(document.metadata.planYear).toBe(2023);
    expect(document.metadata.issuedDate).toBe(expected.issued);
    expect(document.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });

  it('takes 泰安市 plan year from the title although the notice was signed in 2022', () => {
    expect(seed('泰安市').metadata).toMatchObject({ planYear: 2023, issuedDate: '2022-12-28', publishedDate: '2023-01-10' });
  });

  it('names 滕州市 as the issuer although its notice cites 枣庄市 documents', () => {
    expect(seed('滕州市').metadata.issuer).toBe('滕州市人民政府办公室');
    expect(seed('滕州市').region?.name).toBe('滕州市');
  });

  it('reads the title without the 文号 that a web copy put before it', () => {
    expect(seed('泰安市').metadata.title).toBe('泰安市人民政府办公室关于印发泰安市推动绿色低碳高质量发展2023年重点工作任务的通知');
    expect(seed('滕州市').metadata.title).toBe('滕州市人民政府办公室关于印发《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》的通知');
  });

  it('splits 罗庄区 task 1 units into lead and participating', () => {
    const task = seed('罗庄区').structure.tasks[0];
    expect(task).toMatchObject({ number: 1, title: '培优筑强优势产业', section: '培育现代产业体系' });
    expect(task?.leadUnits).toEqual(['区工信局', '区发改局']);
    expect(task?.participatingUnits).toEqual(['各产业专班']);
  });

  it('reads the unlabelled unit list of 台儿庄区 task 29 as its responsible units', () => {
    const task = seed('台儿庄区').structure.tasks[28];
    expect(task?.number).toBe(29);
    expect(task?.leadUnits).toEqual(['区政府办公室', '区委编办', '区大数据中心', '区发展改革局', '区司法局', '区市场监管局', '区审批服务局']);
    expect(task?.text.endsWith('不断拓展服务场景范围。')).toBe(true);
  });

  it('drops the 按职责分工负责 and 牵头负责 suffixes of 泰安市 units', () => {
    const tasks = seed('泰安市').structure.tasks;
    expect(tasks[0]?.leadUnits).toEqual(['市科协', '市科技局']);
    expect(tasks[2]?.leadUnits).toEqual(['市科技局']);
  });

  it('keeps the stray "- 纵深推进新旧动能转换" heading of 滕州市 as the section of tasks 7 to 17', () => {
    const tasks = seed('滕州市').structure.tasks;
    expect(tasks[5]?.section).toBe('深入实施创新驱动发展战略');
    expect(tasks[6]?.section).toBe('纵深推进新旧动能转换');
    expect(tasks[16]?.section).toBe('纵深推进新旧动能转换');
    expect(tasks[17]?.section).toBe('坚定不移扩大内需');
  });

  it('reads 嘉祥县 tasks numbered with a space after the stop', () => {
    const task = seed('嘉祥县').structure.tasks[0];
    expect(task).toMatchObject({ number: 1, title: '搭建创新平台' });
    expect(task?.text.startsWith('搭建创新平台。搭建先进碳材料工程技术研究院')).toBe(true);
  });

  it('leaves tasks without a units bracket with no units rather than inventing them', () => {
    const last = seed('泰安市').structure.tasks[79];
    expect(last?.title).toBe('强化宣传引导');
    expect(last?.leadUnits).toEqual([]);
  });
});
