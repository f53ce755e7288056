import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeEffects } from '../../src/ingest/node-effects.js';
import { extract, type Extraction } from '../../src/pipeline.js';
import { buildReport, buildReportModel, headlineText, normalizeReportOptions, type ReportModel } from '../../src/report/index.js';
import { analyseFile } from '../../src/pipeline.js';
import { DEFAULT_CATALOGUE } from '../../src/catalogue/index.js';
import { fullTextRows, sourcePage, sourceText, sourceTextPage } from '../../src/report/source-page.js';
import { extractSeeds, reportInput } from './helpers.js';

describe('report/model', () => {
  let extraction: Extraction;
  let model: ReportModel;

  beforeAll(async () => {
    extraction = await extractSeeds();
    model = buildReportModel(reportInput(extraction), { planYear: 2023 });
  });

  it('covers the five seed regions and their documents with 文号 and dates', () => {
    expect(model.regions.map((r) => [r.region, r.region_code, r.level, r.page])).toEqual([
      ['台儿庄区', '370405', '市辖区', 'regions/370405.html'],
      ['滕州市', '370481', '县级市', 'regions/370481.html'],
      ['泰安市', '370900', '地级市', 'regions/370900.html'],
      ['嘉祥县', '370829', '县', 'regions/370829.html'],
      ['罗庄区', '371311', '市辖区', 'regions/371311.html'],
    ]);
    expect(model.documents.map((d) => [d.doc_number, d.issued_date])).toEqual([
      ['台政办字〔2023〕15号', '2023-08-25'],
      ['滕政办发〔2023〕30号', '2023-08-15'],
      ['泰政办字〔2022〕57号', '2022-12-28'],
      ['嘉政办字〔2023〕22号', '2023-08-08'],
      ['罗政办字〔2023〕25号', '2023-09-11'],
    ]);
    // the seeds are saved web pages: their reading drops page furniture, so the file is copied
    expect(extraction.documents[0]?.dropped_lines).toBeGreaterThan(0);
    expect(model.documents[0]?.file).toMatch(/^sources\/[0-9a-f]{16}\/000_d341896d7292a1e4\.txt$/);
  });

  it('keeps a text input read whole (text, web page) as its task page alone, and copies the others as they are', () => {
    const [first, ...rest] = extraction.documents;
    if (first === undefined) throw new Error('no seed documents');
    const renamed = (source: string, format: string, dropped: number): ReportModel['documents'][number] | undefined => buildReportModel(
      { ...reportInput(extraction), documents: [{ ...first, source, format, dropped_lines: dropped }, ...rest] }, { planYear: 2023 },
    ).documents[0];
    const page = `sources/${String(first.doc_id)}.html`;
    expect(renamed('in/notice.htm', 'html', 0)).toMatchObject({ file: page, page, asText: true, textPage: false, format: 'html' });
    expect(renamed('in/a "b".txt', 'txt', 0)).toMatchObject({ file: page, page, asText: true, textPage: false, format: 'txt' });
    expect(renamed('in/plan.pdf', 'pdf', 0)).toMatchObject({ file: `sources/${String(first.doc_id)}/plan.pdf`, page, asText: false, textPage: false });
    expect(renamed('in/plan v2.docx', 'docx', 0)).toMatchObject({ file: `sources/${String(first.doc_id)}/plan_v2.docx`, asText: false });
    // a text whose reading left page furniture out: the task page is not the whole text, so the file is kept
    expect(renamed('in/a "b".txt', 'txt', 3)).toMatchObject({ file: `sources/${String(first.doc_id)}/a__b_.txt`, asText: false, textPage: false });
    expect(renamed('in/notice.htm', 'html', 3)).toMatchObject({ file: `sources/${String(first.doc_id)}/notice.html`, asText: false, textPage: true });
  });

  it('writes a web page\'s text escaped in its page, without its scripts, and says so when the bytes cannot be read', () => {
    const document = { ...model.documents[0]!, file: 'sources/x/page.html', asText: false, textPage: true };
    const page = sourceTextPage(model, document, new TextEncoder().encode('<p>甲&lt;b onclick=x&gt;乙</p><script>alert(1)</script>'));
    expect(page.path).toBe('sources/x/page.html');
    expect(page.body.value).toContain('甲&lt;b onclick=x&gt;乙');
    expect(page.body.value).not.toContain('alert');
    expect(sourceTextPage(model, document, new Uint8Array()).body.value).toContain('<pre class="source-text">the file is empty</pre>');
  });

  it('shows a text input\'s whole text on its task page: the notice, headings and closing lines between the task rows', async () => {
    const notice = '某某县人民政府办公室关于印发某某县2024年重点工作任务的通知\n\n各乡镇人民政府:\n现将任务印发给你们。\n\n一、产业发展\n1.推进园区建设。新建标准厂房5万平方米。(牵头单位:县发改局)\n2.做好企业服务。走访企业100家。(牵头单位:县工信局;配合单位:县财政局)\n\n附件:联系人名单\n';
    const bytes = new TextEncoder().encode(notice);
    const analysis = await analyseFile('in/a.txt', 'txt', bytes, DEFAULT_CATALOGUE);
    if (!analysis.ok) throw new Error('fixture not read');
    const source = await sourceText('in/a.txt', 'txt', bytes);
    // sha256sum of the same bytes
    expect(source?.sha256).toBe('88d8c3bf2f35d152186f5ea6f5add63912a7cb78d296a394120887eb9a7afc8a');
    const rows = fullTextRows(source?.text ?? '', analysis.value.tasks).map((row) => row.value);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe('<tr class="text"><td colspan="4">某某县人民政府办公室关于印发某某县2024年重点工作任务的通知\n\n各乡镇人民政府:\n现将任务印发给你们。\n\n一、产业发展</td></tr>');
    expect(rows[1]).toMatch(/^<tr id="task-1"><td class="num">1<\/td><td><strong>推进园区建设<\/strong> 新建标准厂房5万平方米。<\/td><td>县发改局<\/td><td><\/td><\/tr>$/);
    expect(rows[2]).toContain('县工信局</td><td>县财政局</td>');
    // what the task rows show (the units bracket, the next task's number) is not repeated between them
    expect(rows[3]).toBe('<tr class="text"><td colspan="4">附件:联系人名单</td></tr>');
    const page = sourcePage(model, { ...model.documents[0]!, source: 'in/a.txt' }, analysis.value.tasks, source ?? undefined).body.value;
    expect(page).toContain('<dd>in/a.txt</dd>');
    expect(page).toContain(`<dd class="checksum">${source?.sha256 ?? 'none'}</dd>`);
    expect(page).not.toContain('href="../sources/');
  });

  it('reads a web page\'s text for its page without its markup or scripts, and lists the tasks alone when the bytes no longer read', async () => {
    const bytes = new TextEncoder().encode('<html><body><p>某某县通知</p><p>甲&lt;b onclick=x&gt;乙</p><script>alert(1)</script></body></html>');
    const source = await sourceText('in/page.html', 'html', bytes);
    expect(source?.text).toContain('甲<b onclick=x>乙');
    expect(source?.text).not.toContain('alert');
    const rows = fullTextRows(source?.text ?? '', []).map((row) => row.value).join('');
    expect(rows).toContain('甲&lt;b onclick=x&gt;乙');
    expect(await sourceText('in/empty.txt', 'txt', new Uint8Array())).toBeNull();
    // bytes that are no longer the document's (another digest than its doc_id): no text, the tasks alone
    expect((await sourceText('in/page.html', 'html', bytes, source?.sha256.slice(0, 16)))?.sha256).toBe(source?.sha256);
    expect(await sourceText('in/page.html', 'html', new TextEncoder().encode('<p>某某县通知（改过）</p>'), source?.sha256.slice(0, 16))).toBeNull();
  });

  it('gives a page to every indicator with a figure and lists every indicator that appears in the matrix', () => {
    // a combined count of several categories (嘉祥县's 30家以上) is no indicator's figure: no page of its own
    const withFigure = new Set(extraction.observations.filter((o) => o.kind !== 'mentioned' && o.parts === '').map((o) => o.indicator));
    expect(model.indicators.map((s) => s.def.id).sort()).toEqual([...withFigure].sort());
    const storage = model.coverage.find((row) => row.def.id === 'energy_storage_capacity');
    expect(storage?.page).toBeNull();
    expect(storage?.cells.map((cell) => cell.presence)).toEqual(['mentioned', 'mentioned', 'mentioned', 'absent', 'mentioned']);
    const green = model.coverage.find((row) => row.def.id === 'green_building_area_new');
    expect(green?.cells.map((cell) => cell.raw)).toEqual(['25万平方米', '150万平方米', '200万平方米以上', '50万平方米', '60万平方米以上']);
  });

  it('compares rates and growth as written only, other kinds in all four views', () => {
    const views = (id: string): string[] => model.indicators.find((s) => s.def.id === id)?.views.map((v) => v.per) ?? [];
    expect(views('waste_sorting_coverage')).toEqual(['none']);
    expect(views('green_building_area_new')).toEqual(['none', 'capita', 'area', 'gdp']);
  });

  it('keeps every sentence as evidence and says which figure was ranked', () => {
    const platforms = model.indicators.find((s) => s.def.id === 'innovation_platforms_new');
    const tengzhou = platforms?.evidence.filter((row) => row.observation.region === '滕州市');
    expect(tengzhou?.map((row) => [row.observation.raw, row.usage])).toEqual([['8个', 'used'], ['3家以上', 'not-chosen']]);
    const taian = platforms?.evidence.find((row) => row.observation.region === '泰安市');
    expect(taian?.usage).toBe('mentioned');
  });

  it('builds the composite with rank intervals from the robustness grid', () => {
    expect(model.robustness.n_scenarios).toBe(3 * 4 * 101);
    expect(model.robustness.records).toHaveLength(5);
    expect(model.composite.per).toBe('capita');
    expect(model.headlines.some((h) => h.type === 'composite-leader')).toBe(true);
  });

  it('finds what other regions set and a region did not, telling mentioned from absent', () => {
    const taierzhuang = model.regionSections.find((s) => s.region.region === '台儿庄区');
    const unset = new Map(taierzhuang?.unset.map((u) => [u.indicator.def.id, u.reason]));
    expect(unset.get('fiveg_stations_total')).toBe('absent');
    expect(unset.get('smart_communities_new')).toBe('mentioned-only');
    expect(taierzhuang?.gaps.every((g) => g.gap.n_peers > 0)).toBe(true);
    for (const position of taierzhuang?.strongest ?? []) expect(position.record.n_ranked).toBeGreaterThanOrEqual(3);
  });

  it('lists the reference figures of the report regions and marks the ones used', () => {
    const tengzhou = model.denominators.filter((row) => row.figure.region === '滕州市' && row.figure.metric === 'resident_population');
    expect(tengzhou.map((row) => [row.figure.year, row.used])).toEqual([[2020, false], [2022, false], [2023, true]]);
  });

  it('writes headline differences in words', () => {
    const spread = model.headlines.find((h) => h.type === 'spread');
    expect(spread).toBeDefined();
    if (spread !== undefined) expect(headlineText(spread, 'zh')).toMatch(/每万常住人口.*最高.*最低.*相差 .+ 倍。/);
  });

  it('builds a report for a year whose documents give no figure at all', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-empty-year-'));
    writeFileSync(join(folder, 'a.txt'), '某某县人民政府办公室关于印发某某县2024年重点工作任务的通知\n\n一、产业\n1.推进工作。做好各项工作。(牵头单位:县发改局)\n');
    const empty = buildReportModel(reportInput(await extract([folder], nodeEffects())), { planYear: 2024 });
    expect(empty.documents).toHaveLength(1);
    expect(empty.indicators).toEqual([]);
    expect(empty.composite.records).toEqual([]);
    const build = await buildReport(empty);
    expect(build.warnings).toEqual([]);
    expect(build.files.map((file) => file.path)).toEqual(expect.arrayContaining(['index.html', 'method.html']));
    rmSync(folder, { recursive: true, force: true });
  });

  it('checks its options once and names a bad value', () => {
    expect(normalizeReportOptions({ planYear: 2023 })).toEqual({ planYear: 2023, lang: 'zh', regionView: 'capita', compositeView: 'capita', draws: 100, seed: 1, levels: 'separate', sourceText: 'whole' });
    expect(() => normalizeReportOptions({ planYear: 2023, levels: 'both' })).toThrow('invalid levels: both');
    expect(() => normalizeReportOptions({ planYear: 2023, lang: 'fr' })).toThrow('invalid lang: fr');
    expect(() => normalizeReportOptions({ planYear: 23 })).toThrow('invalid planYear: 23');
  });
});
