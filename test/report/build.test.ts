import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Effects } from '../../src/ingest/index.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import {
  buildReport, buildReportModel, reportCharts, sourcePage, specJson, streamReport, tasksByDocument, writeReport, type ReportModel,
} from '../../src/report/index.js';
import { extractSeeds, listFiles, reportInput } from './helpers.js';

describe('report/build (whole and streamed)', () => {
  let model: ReportModel;

  beforeAll(async () => {
    model = buildReportModel(reportInput(await extractSeeds()), { planYear: 2023 });
  }, 60_000);

  it('streams the same files with the same bytes as the whole build', async () => {
    const whole = await buildReport(model);
    const streamed = [...streamReport(model).files];
    expect(streamed.map((file) => file.path).sort()).toEqual(whole.files.map((file) => file.path));
    const byPath = new Map(streamed.map((file) => [file.path, file.content]));
    for (const file of whole.files) expect(byPath.get(file.path)).toBe(file.content);
  });

  it('makes each page only when it is taken, the overview last', () => {
    const iterator = streamReport(model).files[Symbol.iterator]();
    const first = iterator.next();
    // nothing beyond the first file is made yet: the stream is lazy
    expect(first.done).toBe(false);
    const paths = [first.value?.path];
    for (let next = iterator.next(); next.done !== true; next = iterator.next()) paths.push(next.value.path);
    expect(paths[paths.length - 1]).toBe('index.html');
    // the seeds are five text notices: each task page is made from the document's bytes, with
    // the copies (it shows the whole text), so none is among the pages
    expect(paths.filter((path) => path?.startsWith('sources/') === true)).toEqual([]);
    const copies = streamReport(model).copies;
    expect(copies.filter((copy) => copy.render !== undefined && /^sources\/[0-9a-f]{16}\.html$/.test(copy.path))).toHaveLength(5);
  });

  it('writes a stream with at most a few pages in memory and the overview written last', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-stream-'));
    const real = nodeEffects();
    let made = 0;
    let written = 0;
    let mostAhead = 0;
    const order: string[] = [];
    const effects: Effects = {
      ...real,
      async writeFile(path, data) {
        await real.writeFile(path, data);
        written += 1;
        order.push(path);
      },
    };
    const stream = streamReport(model);
    const counted = { *[Symbol.iterator]() { for (const file of stream.files) { made += 1; mostAhead = Math.max(mostAhead, made - written); yield file; } } };
    try {
      await writeReport({ copies: stream.copies, files: counted }, folder, effects);
      expect(order[order.length - 1]).toBe(join(folder, 'index.html'));
      // 16 files are written at a time, and the overview is kept aside until the end
      expect(mostAhead).toBeLessThanOrEqual(17);
      expect(made).toBeGreaterThan(60);
      const whole = await buildReport(model);
      for (const file of whole.files) expect(readFileSync(join(folder, file.path), 'utf8')).toBe(file.content);
      expect(listFiles(folder).length).toBe(whole.files.length + whole.copies.length + 6);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('groups tasks by document once, each group in task order, giving the same page as the lookup', () => {
    const groups = tasksByDocument(model);
    expect([...groups.values()].reduce((sum, group) => sum + group.length, 0)).toBe(model.tasks.length);
    const document = model.documents[0];
    if (document === undefined) throw new Error('no seed document');
    const own = groups.get(document.doc_id) ?? [];
    expect(own.length).toBeGreaterThan(10);
    expect(own.every((task) => String(task.doc_id) === document.doc_id)).toBe(true);
    const numbers = own.map((task) => Number(task.task));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(sourcePage(model, document, own).body.value).toBe(sourcePage(model, document).body.value);
  });

  it('writes each spec file with its data rows one to a line, the same JSON value as the spec', () => {
    for (const chart of reportCharts(model)) {
      const text = specJson(chart.spec);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(chart.spec)));
      const lines = text.split('\n');
      // every row is one line of its own, e.g. `      {"order":0,"region":"滕州市",…},`
      const rowLines = lines.filter((line) => /^ {6}\{".*\},?$/.test(line));
      expect(rowLines).toHaveLength(chart.rows.length);
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('indents a spec without inline rows as before', () => {
    expect(specJson({ mark: 'bar', data: { url: 'a.csv' } })).toBe('{\n  "mark": "bar",\n  "data": {\n    "url": "a.csv"\n  }\n}\n');
    expect(specJson({ mark: 'bar', data: { values: [] } })).toBe('{\n  "mark": "bar",\n  "data": {\n    "values": []\n  }\n}\n');
  });
});
