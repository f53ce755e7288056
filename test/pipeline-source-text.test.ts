import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../src/catalogue/index.js';
import { nodeEffects } from '../src/ingest/index.js';
import { run } from '../src/pipeline.js';
import { labelsFor } from '../src/report/index.js';
import { TASK_COLUMNS } from '../src/tables/index.js';
import { seedRegions } from './fixtures/compare/observations.js';

// a notice of two tasks: the first gives a figure (line 7), the second none (line 8), only a
// number that is no indicator's (3000份 leaflets)
const NOTICE = [
  '德清县人民政府办公室关于印发德清县2023年重点工作任务的通知',
  '',
  '各乡镇人民政府：',
  '现将有关任务印发给你们，请认真贯彻落实。',
  '',
  '一、数字基础设施',
  '1.加快通信网络建设。年内新建5G基站120个。（牵头单位：县经信局）',
  '2.做好秸秆综合利用宣传。组织开展宣传活动，发放宣传册3000份，营造良好氛围。（牵头单位：县农业农村局）',
  '',
  '德清县人民政府办公室',
  '2023年3月1日',
  '',
].join('\n');

async function runOn(budget: number | undefined, sourceText?: string) {
  const folder = mkdtempSync(join(tmpdir(), 'regionbench-source-text-'));
  writeFileSync(join(folder, 'notice.txt'), NOTICE);
  const out = join(folder, 'reports');
  const report = {
    regions: seedRegions(), catalogue: DEFAULT_CATALOGUE, lang: 'zh' as const, cwd: folder,
    ...(budget === undefined ? {} : { sourceTextBudget: budget }), ...(sourceText === undefined ? {} : { sourceText }),
  };
  const { extraction, output } = await run([folder], out, nodeEffects(), { report, workers: 0 });
  const docId = String(extraction.documents[0]?.doc_id);
  const year = join(out, '2023');
  return {
    output,
    year,
    page: readFileSync(join(year, 'sources', `${docId}.html`), 'utf8'),
    tasks: readFileSync(join(year, 'data', 'tasks.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/),
    quantities: readFileSync(join(year, 'data', 'quantities.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/),
    document: documentRow(readFileSync(join(year, 'data', 'documents.csv'), 'utf8')),
  };
}

/** The only row of a documents.csv (no field of the notice holds a comma), by column. */
function documentRow(csv: string): Record<string, string> {
  const [header, row] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((line) => line.split(','));
  return Object.fromEntries((header ?? []).map((column, index) => [column, row?.[index] ?? '']));
}

describe('pipeline run: how much source text the report keeps', () => {
  it('keeps the evidence only over the budget: the task page and the tables hold the task with a figure and its quantities, documents.csv counts the rest', async () => {
    const { output, page, tasks, quantities, document, year } = await runOn(10);
    expect(output?.sourceText.mode).toBe('evidence');
    expect(output?.sourceText.textBytes).toBeGreaterThan(10);
    // the page: the task with the figure, its place in the original, and not the other task
    expect(page).toContain('年内新建5G基站120个');
    expect(page).toContain('第 7 行');
    expect(page).not.toContain('秸秆');
    expect(page).toContain('未列出 1 项任务');
    expect(page).toContain(createHash('sha256').update(NOTICE).digest('hex'));
    // no copy of the text input
    expect(readdirSync(join(year, 'sources'))).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.html$/)]);
    // tasks.csv: the same columns, the row of the task with a figure only, its text left to the
    // task page (the report holds it once) but its title and place kept
    expect(tasks[0]).toBe(TASK_COLUMNS.join(','));
    expect(tasks).toHaveLength(2);
    const task = Object.fromEntries(TASK_COLUMNS.map((column, index) => [column, tasks[1]?.split(',')[index]]));
    expect(task).toMatchObject({ task: '1', task_title: '加快通信网络建设', text: '' });
    expect(Number(task.end)).toBeGreaterThan(Number(task.start));
    expect(tasks[1]).not.toContain('年内新建5G基站120个');
    expect(tasks.join('\n')).not.toContain('秸秆');
    // quantities.csv: the figure's row, its clause left out; not the other task's 3000份
    const header = quantities[0]?.split(',') ?? [];
    const figure = quantities.find((line) => line.includes('120个'))?.split(',') ?? [];
    expect(figure[header.indexOf('clause')]).toBe('');
    expect(figure[header.indexOf('raw')]).toBe('120个');
    expect(quantities.some((line) => line.includes('3000份'))).toBe(false);
    // documents.csv accounts for both: found against kept
    expect(document).toMatchObject({ task_count: '2', tasks_shown: '1' });
    expect(Number(document.quantity_count)).toBeGreaterThan(Number(document.quantities_shown));
    expect(document.quantities_shown).toBe(String(quantities.length - 1));
    const method = readFileSync(join(year, 'method.html'), 'utf8');
    expect(method).toContain('超过全文保留的限额');
    expect(method).toContain('text 列留空');
    // the overview links the task page, not as the whole text
    const overview = readFileSync(join(year, 'index.html'), 'utf8');
    expect(overview).not.toContain(`>${labelsFor('zh').viewTasksAndText}</a>`);
    expect(overview).toContain(`>${labelsFor('zh').viewTasks}</a>`);
  });

  it('keeps the whole text within the budget: every task on the page and in tasks.csv', async () => {
    const { output, page, tasks, quantities, document, year } = await runOn(undefined);
    expect(readFileSync(join(year, 'index.html'), 'utf8')).toContain(`>${labelsFor('zh').viewTasksAndText}</a>`);
    expect(output?.sourceText).toMatchObject({ mode: 'whole', setting: 'auto' });
    expect(page).toContain('营造良好氛围');
    expect(page).toContain('现将有关任务印发给你们');
    expect(tasks[1]).toContain('年内新建5G基站120个');
    expect(tasks[2]).toContain('营造良好氛围');
    expect(quantities.find((line) => line.includes('120个'))).toContain('年内新建5G基站120个');
    expect(quantities.some((line) => line.includes('3000份'))).toBe(true);
    expect(document).toMatchObject({ task_count: '2', tasks_shown: '2', quantity_count: String(quantities.length - 1), quantities_shown: String(quantities.length - 1) });
  });

  it('keeps the evidence only when asked, whatever the size', async () => {
    const { output, page, year } = await runOn(undefined, 'evidence');
    expect(output?.sourceText).toMatchObject({ mode: 'evidence', setting: 'evidence' });
    expect(page).not.toContain('秸秆');
    expect(readFileSync(join(year, 'method.html'), 'utf8')).toContain('--source-text evidence');
  });
});
