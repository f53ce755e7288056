import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loader, parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Effects } from '../../src/ingest/index.js';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import {
  LIVE_CHART_ROWS_MAX, buildReport, labelsFor, buildReportModel, chartSpecFile, mergedRankingFiles, reportCharts, sourcePage, specJson, specReadingCsv, streamReport, tasksByDocument, writeReport, type ChartDef, type ChartRow, type ReportModel,
} from '../../src/report/index.js';
import { formatRows } from '../../src/tables/index.js';
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
    // the seeds have five documents, each with a task page: four saved web pages read with
    // their furniture left out (files copied, task pages made with the other pages), and one
    // notice read whole, whose task page is its copy, made from its bytes with the copies
    const whole = model.documents.filter((document) => document.asText).map((document) => document.page);
    expect(whole).toHaveLength(1);
    expect(paths.filter((path) => path?.startsWith('sources/') === true && path.endsWith('.html')).sort()).toEqual(model.documents.filter((document) => !document.asText).map((document) => document.page).sort());
    expect(streamReport(model).copies.filter((copy) => copy.render !== undefined).map((copy) => copy.path)).toEqual(whole);
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

  it('writes a static-only chart\'s spec reading its CSV (no inline rows), and keeps rows inline in a chart drawn live', () => {
    const ranking = reportCharts(model).find((chart) => chart.kind === 'ranking' && chart.rows.some((row) => row.normalised_value === null));
    if (ranking === undefined) throw new Error('no seed ranking with a region lacking a figure');
    expect(chartSpecFile(ranking)).toBe(specJson(ranking.spec));
    const many = { ...ranking, rows: Array.from({ length: LIVE_CHART_ROWS_MAX + 1 }, (_, index) => ({ ...ranking.rows[index % ranking.rows.length], order: index })) };
    const file = JSON.parse(chartSpecFile(many)) as { data: { url: string; values?: unknown }; description: string };
    expect(file.data.values).toBeUndefined();
    expect(file.data.url).toBe(`${ranking.name}.csv`);
    expect(file.description).toBe(`Data: ${ranking.name}.csv beside this file (1001 rows, UTF-8 with byte-order mark).`);
  });

  it('draws the same rows from the CSV as from the inline spec, whether the reader keeps the byte-order mark or drops it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-spec-csv-'));
    try {
      for (const chart of reportCharts(model).filter((one) => one.kind === 'ranking' || one.kind === 'bounds').slice(0, 4)) {
        writeFileSync(join(folder, `${chart.name}.csv`), formatRows(chart.rows, chart.columns, 'csv', { bom: true }));
        const compiled = compile(specReadingCsv(chart) as TopLevelSpec).spec;
        const inline = compile(chart.spec).spec;
        for (const keepsMark of [true, false]) {
          const files = loader({ baseURL: `${folder}/`, mode: 'file' });
          const load = files.load.bind(files);
          // Node's reader keeps the mark in the text; a browser's fetch().text() drops it
          files.load = async (uri: string, options?: unknown) => {
            const bytes = await load(uri, options as never) as unknown as Uint8Array;
            return keepsMark ? Buffer.from(bytes).toString('utf8') : new TextDecoder().decode(bytes);
          };
          const view = new View(parse(compiled), { renderer: 'none', loader: files });
          await view.runAsync();
          const rows = view.data('source_0') as Record<string, unknown>[];
          expect(rows).toHaveLength(chart.rows.length);
          rows.forEach((row, index) => {
            for (const column of chart.columns) {
              const expected = chart.rows[index]?.[column] ?? null;
              const actual = row[column] ?? null;
              if (typeof expected === 'number') expect(Number(actual)).toBeCloseTo(Number(expected.toPrecision(6)), 6);
              else if (expected === null) expect({ column, actual }).toEqual({ column, actual: null });
              // an empty text is an empty cell: read back as '' (or null in a column that has nulls)
              else expect({ column, actual: actual ?? '' }).toEqual({ column, actual: String(expected) });
            }
          });
          // the same marks as the spec with inline rows
          const drawn = new View(parse(inline), { renderer: 'none' });
          await drawn.runAsync();
          expect((await view.toSVG()).match(/<path|<text/g)?.length).toBe((await drawn.toSVG()).match(/<path|<text/g)?.length);
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('draws each view of an indicator from one merged rankings CSV as from its own rows, whether the reader keeps the byte-order mark or drops it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-merged-'));
    try {
      const rankings = reportCharts(model).filter((chart) => chart.kind === 'ranking' && chart.name.startsWith('ranking-green_building_area_new-'));
      expect(rankings.length).toBeGreaterThan(1);
      const files = mergedRankingFiles('ranking-green_building_area_new', rankings);
      expect(files.map((file) => file.path)).toEqual(['charts/ranking-green_building_area_new.csv', ...rankings.map((chart) => `charts/${chart.name}.vl.json`)]);
      const csv = files[0]?.content ?? '';
      // one row per region (the views list the same regions), the shared columns once
      expect(csv.trim().split(/\r?\n/)).toHaveLength((rankings[0]?.rows.length ?? 0) + 1);
      expect(csv.split(/\r?\n/)[0]?.split(',').filter((column) => column === 'evidence')).toHaveLength(1);
      writeFileSync(join(folder, 'ranking-green_building_area_new.csv'), csv);
      for (const chart of rankings) {
        const spec = JSON.parse(files.find((file) => file.path === `charts/${chart.name}.vl.json`)?.content ?? '{}') as TopLevelSpec;
        const compiled = compile(spec).spec;
        const inline = compile(chart.spec).spec;
        for (const keepsMark of [true, false]) {
          const reader = loader({ baseURL: `${folder}/`, mode: 'file' });
          const load = reader.load.bind(reader);
          reader.load = async (uri: string, options?: unknown) => {
            const bytes = await load(uri, options as never) as unknown as Uint8Array;
            return keepsMark ? Buffer.from(bytes).toString('utf8') : new TextDecoder().decode(bytes);
          };
          const view = new View(parse(compiled), { renderer: 'none', loader: reader });
          await view.runAsync();
          const drawn = new View(parse(inline), { renderer: 'none' });
          await drawn.runAsync();
          const svg = await view.toSVG();
          // the same marks, and the same bar labels, as the spec with the view's own rows
          expect(svg.match(/<path|<text/g)?.length).toBe((await drawn.toSVG()).match(/<path|<text/g)?.length);
          for (const row of chart.rows) if (typeof row.label === 'string' && row.normalised_value !== null) expect(svg).toContain(row.label);
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('joins the bounds plot\'s rows to the merged rankings CSV on the region\'s code, and draws the plot from it as from its own rows', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-merged-bounds-'));
    try {
      const charts = reportCharts(model);
      const rankings = charts.filter((chart) => chart.kind === 'ranking' && chart.name.startsWith('ranking-green_building_area_new-'));
      const plain = charts.find((chart) => chart.name === 'bounds-green_building_area_new');
      if (plain === undefined) throw new Error('no bounds plot');
      // the plot names its regions as the documents do, the rankings with a suffix (as a national run's levels do): the code joins them
      const bounds: ChartDef = { ...plain, rows: plain.rows.map((row): ChartRow => ({ ...row, region: `${String(row.region)}区` })) };
      const codes = bounds.rows.map((row) => String(row.region_code));
      expect(new Set(codes).size).toBe(codes.length);
      const files = mergedRankingFiles('ranking-green_building_area_new', rankings, bounds);
      expect(files.map((file) => file.path)).toEqual(['charts/ranking-green_building_area_new.csv', ...rankings.map((chart) => `charts/${chart.name}.vl.json`), 'charts/bounds-green_building_area_new.vl.json']);
      const csv = files[0]?.content ?? '';
      const [header = '', ...lines] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      const columns = header.split(',');
      // one line per region still (every plotted region is ranked), the sentence once, the plot's own columns added
      expect(lines).toHaveLength(rankings[0]?.rows.length ?? 0);
      expect(columns.filter((column) => column.startsWith('evidence'))).toEqual(['evidence']);
      expect(columns).toEqual(expect.arrayContaining(['order_bounds', 'value_bounds', 'region_bounds', 'label_x_bounds']));
      expect(columns).not.toContain('region_code_bounds');
      for (const row of bounds.rows) {
        const line = lines.find((one) => one.includes(`,${String(row.region_code)},`))?.split(',') ?? [];
        expect(line[columns.indexOf('region_bounds')]).toBe(row.region);
        expect(line[columns.indexOf('region')]).not.toBe(row.region);
      }
      writeFileSync(join(folder, 'ranking-green_building_area_new.csv'), csv);
      const spec = JSON.parse(files[files.length - 1]?.content ?? '{}') as TopLevelSpec;
      const view = new View(parse(compile(spec).spec), { renderer: 'none', loader: loader({ baseURL: `${folder}/`, mode: 'file' }) });
      await view.runAsync();
      const drawn = new View(parse(compile(bounds.spec).spec), { renderer: 'none' });
      await drawn.runAsync();
      const svg = await view.toSVG();
      expect(svg.match(/<path|<text/g)?.length).toBe((await drawn.toSVG()).match(/<path|<text/g)?.length);
      for (const row of bounds.rows) expect(svg).toContain(String(row.region));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('shows a copied (binary) document\'s evidence page with its tasks giving an observation, their character offsets and the copy linked', async () => {
    const extraction = await extractSeeds();
    const evidence = buildReportModel(reportInput(extraction), { planYear: 2023, sourceText: 'evidence', draws: 0 });
    const document = evidence.documents.find((one) => (evidence.evidenceSpans.get(one.doc_id)?.length ?? 0) > 0);
    if (document === undefined) throw new Error('no seed document with observations');
    // the same document as a DOCX would be: copied, not read again for its page
    const copied = { ...document, asText: false, textPage: false, file: `sources/${document.doc_id}/notice.docx`, format: 'docx' as const };
    const tasks = tasksByDocument(evidence).get(document.doc_id) ?? [];
    const shownNumbers = new Set(extraction.observations.filter((o) => o.doc_id === document.doc_id && o.task !== null).map((o) => o.task));
    const shown = tasks.filter((task) => shownNumbers.has(Number(task.task)));
    const hidden = tasks.filter((task) => !shownNumbers.has(Number(task.task)));
    expect(shown.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    const page = sourcePage(evidence, copied, tasks).body.value;
    for (const task of shown) {
      expect(page).toContain(`id="task-${String(task.task)}"`);
      expect(page).toContain(`第 ${(Number(task.start) + 1).toLocaleString('en-US')}–${Number(task.end).toLocaleString('en-US')} 字`);
    }
    for (const task of hidden) expect(page).not.toContain(`id="task-${String(task.task)}"`);
    expect(page).toContain(`href="../sources/${document.doc_id}/notice.docx"`);
    expect(page).toContain(`未列出 ${hidden.length} 项任务`);
    expect(page).toContain(labelsFor('zh').sourceEvidenceNoteCopy);
    expect(page).not.toContain('class="checksum"');
  }, 60_000);
});
