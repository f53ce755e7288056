import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DataError, EXIT, UsageError } from '../src/errors.js';
import { nodeEffects } from '../src/ingest/index.js';
import { checkJob, compareJob, downloadJob, evalJob, extractJob, importJob, loadCatalogue, templateJob, trackJob, type JobContext } from '../src/jobs.js';

/** Two invented county notices of 2023 (德清县 330521, 郫都区 510117): five numbered tasks with one figure each. */
const COUNTIES = new URL('./fixtures/counties/', import.meta.url).pathname;

function context(lang: 'zh' | 'en' = 'en'): JobContext & { lines: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'regionbench-jobs-'));
  const lines: string[] = [];
  return { effects: nodeEffects(() => undefined), cwd, env: {}, lang, note: (line) => lines.push(line), lines };
}

const EXTRACT = { table: 'documents', format: 'csv', workers: 0 } as const;

describe('jobs', () => {
  it('extract: one table on standard output, then the run summed up', async () => {
    const at = context();
    const result = await extractJob([COUNTIES], EXTRACT, at);
    expect(result.status).toBe(EXIT.ok);
    const rows = (result.stdout ?? '').trim().split(/\r?\n/);
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => row.split(',').filter((cell) => /^(德清县|郫都区|330521|510117|2023)$/.test(cell)))).toEqual([
      // plan_year and plan_year_end from the titles' 2023年, then region and code
      ['2023', '2023', '德清县', '330521'], ['2023', '2023', '郫都区', '510117'],
    ]);
    expect(at.lines).toEqual(['2 of 2 inputs read, 10 tasks, 10 observations']);
  }, 30_000);

  it('extract: the table written to --out and the manifest beside it, nothing on standard output', async () => {
    const at = context();
    const result = await extractJob([COUNTIES], { ...EXTRACT, table: 'observations', format: 'jsonl', out: 'o.jsonl', manifest: 'inputs.csv' }, at);
    expect(result.stdout).toBeUndefined();
    const values = readFileSync(join(at.cwd, 'o.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { raw: string }).raw);
    expect(values).toEqual(['300个以上', '60家', '25家', '40万平方米', '3000亩', '450个', '80家以上', '30家', '55万平方米', '1200亩']);
    expect(readFileSync(join(at.cwd, 'inputs.csv'), 'utf8').match(/,read,/g)).toHaveLength(2);
  }, 30_000);

  it('extract: misuse said before any reading, in the language of the command line', async () => {
    await expect(extractJob([COUNTIES], { ...EXTRACT, format: 'xlsx' }, context())).rejects.toThrow(new UsageError('--format xlsx writes a binary file: pass --out FILE'));
    await expect(extractJob([COUNTIES], { ...EXTRACT, format: 'arrow' }, context('zh'))).rejects.toThrow('--format arrow 输出二进制文件：请用 --out FILE 指定文件');
  });

  it('extract: nothing to read is a usage error saying what was looked for and what was found', async () => {
    const at = context();
    const empty = join(at.cwd, 'empty');
    mkdirSync(empty);
    const nothing = extractJob([empty], EXTRACT, at);
    await expect(nothing).rejects.toThrow(UsageError);
    await expect(nothing).rejects.toThrow(new RegExp(`^nothing to read: looked for \\.txt .*\\.docx \\.pdf files in ${empty} \\(found none\\)$`));
    writeFileSync(join(empty, 'regions.csv'), 'region\n');
    await expect(extractJob([empty], EXTRACT, at)).rejects.toThrow(`(1 other file skipped: ${join(empty, 'regions.csv')})`);
    await expect(extractJob([empty], EXTRACT, context('zh'))).rejects.toThrow(new RegExp(`^没有可读取的文件：在 ${empty} 中查找 .* 文件（跳过了 1 个其他文件：${join(empty, 'regions.csv')}）$`));
    await expect(extractJob([join(empty, 'nowhere')], EXTRACT, context('zh'))).rejects.toThrow(`（路径不存在：${join(empty, 'nowhere')}）`);
  });

  it('extract: documents found but none readable is a data error, each failure noted first', async () => {
    const at = context();
    const folder = join(at.cwd, 'docs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'broken.docx'), 'not a zip');
    const failure = extractJob([folder], EXTRACT, at);
    await expect(failure).rejects.toThrow(DataError);
    await expect(failure).rejects.toThrow('no document could be read (1 failed, see above): nothing written');
    expect(at.lines[0]).toMatch(/broken\.docx: not a readable docx file/);
    expect(at.lines[1]).toBe('0 of 1 inputs read (1 failed), 0 tasks, 0 observations');
  });

  it('compare and track: a year that is none, or an indicator the catalogue lacks, is misuse', async () => {
    const compare = { per: 'none', score: 'minmax', format: 'csv', reference: false, workers: 0 } as const;
    await expect(compareJob([COUNTIES], { ...compare, year: 'next' }, context())).rejects.toThrow(new UsageError('invalid --year: next'));
    await expect(compareJob([COUNTIES], { ...compare, indicator: ['no_such_indicator'] }, context())).rejects.toThrow(new UsageError('unknown indicator: no_such_indicator'));
    await expect(trackJob([COUNTIES], { year: '2023.5', lang: 'zh', format: 'jsonl' }, context('zh'))).rejects.toThrow('--year 的值无效：2023.5');
  }, 30_000);

  it('compare: the regions ranked on each indicator, one record each', async () => {
    const at = context();
    const result = await compareJob([COUNTIES], { per: 'none', score: 'minmax', format: 'jsonl', reference: false, indicator: ['fiveg_stations_new'], workers: 0 }, at);
    const records = (result.stdout ?? '').trim().split('\n').map((line) => JSON.parse(line) as { region: string; value: number; comparator: string; rank: number });
    // 郫都区 450 base stations against 德清县's 300 or more
    expect(records.map((record) => [record.region, record.value, record.comparator, record.rank]).sort((a, b) => Number(a[3]) - Number(b[3]))).toEqual([['郫都区', 450, '=', 1], ['德清县', 300, '>=', 2]]);
  }, 30_000);

  it('eval: needs something to score and a gold file it can read', async () => {
    await expect(evalJob([], { gold: 'g.tsv', format: 'text' }, context())).rejects.toThrow(new UsageError('eval needs paths to extract, or --pred FILE'));
    await expect(evalJob([COUNTIES], { gold: 'g.tsv', format: 'text' }, context())).rejects.toThrow(new UsageError('cannot read gold file g.tsv'));
    await expect(evalJob([COUNTIES], { gold: 'g.tsv', format: 'text' }, context('zh'))).rejects.toThrow('无法读取金标准文件 g.tsv');
  });

  it('eval: scores a predictions file against the gold rows', async () => {
    const at = context();
    writeFileSync(join(at.cwd, 'gold.tsv'), 'file\tindicator\tstatus\tkind\tcomparator\tvalue\tvalue_high\tunit\tyear\tregion\tevidence\na\tx\ttarget\tincrement\t>=\t5\t\t\t\t\t\nb\tx\ttarget\tincrement\t>=\t7\t\t\t\t\t\n');
    writeFileSync(join(at.cwd, 'pred.jsonl'), `${JSON.stringify({ source: 'a.txt', indicator: 'x', value: 5 })}\n${JSON.stringify({ source: 'b.txt', indicator: 'x', value: 8 })}\n`);
    const result = await evalJob([], { gold: 'gold.tsv', pred: 'pred.jsonl', format: 'json' }, at);
    const scores = JSON.parse(result.stdout ?? '{}') as { tp: number; fp: number; fn: number };
    // a's 5 matches; b's 8 is not the gold's 7: one extra, one miss
    expect([scores.tp, scores.fp, scores.fn]).toEqual([1, 1, 1]);
  });

  it('the catalogue file: unreadable or not a catalogue is configuration', async () => {
    const at = context();
    await expect(loadCatalogue(at, 'extra.json')).rejects.toThrow(new ConfigError('cannot read catalogue file extra.json'));
    writeFileSync(join(at.cwd, 'extra.json'), '{"x": 1}');
    await expect(loadCatalogue(at, 'extra.json')).rejects.toThrow(ConfigError);
  });

  it('regions check and template: the standing of each region\'s denominators, and the rows to fill', async () => {
    const at = context();
    writeFileSync(join(at.cwd, 'mine.csv'), [
      'region,division_code,admin_level,parent,metric,year,value,unit',
      '德清县,330521,县,湖州市,resident_population,2023,55,万人',
      '德清县,330521,县,湖州市,land_area,2023,936,km2',
      '德清县,330521,县,湖州市,gdp,2023,700,亿元',
    ].join('\n'));
    const check = await checkJob([COUNTIES], { regions: 'mine.csv', reference: false, format: 'csv' }, at);
    expect(check.status).toBe(EXIT.ok);
    expect(at.lines).toEqual(['2 regions checked, 1 lack some denominator']);
    expect((check.stdout ?? '').match(/^德清县,330521,.*,present,/gm)).toHaveLength(3);
    const template = await templateJob([COUNTIES], { regions: 'mine.csv', reference: false }, at);
    const rows = (template.stdout ?? '').trim().split(/\r?\n/).slice(1);
    expect(rows.map((row) => row.split(',').slice(0, 5).join(','))).toEqual([
      '郫都区,510117,市辖区,,resident_population', '郫都区,510117,市辖区,,land_area', '郫都区,510117,市辖区,,gdp',
    ]);
    expect(at.lines[1]).toBe('3 rows to fill in (a row left without a value is refused by --regions: fill it in or delete it)');
  }, 30_000);

  it('regions import and download: need a reference folder, an address; a file that cannot be read gives status 2', async () => {
    await expect(importJob(['a.csv'], { reference: false }, context())).rejects.toThrow(new ConfigError('regions import needs a reference data folder: drop --no-reference'));
    await expect(downloadJob({ reference: false }, context())).rejects.toThrow(ConfigError);
    await expect(downloadJob({}, context())).rejects.toThrow('regions download needs the address the files are published at: --from URL or $REGIONBENCH_REFERENCE_URL');
    const at = context();
    const result = await importJob(['missing.csv'], { reference: 'ref' }, at);
    expect(result.status).toBe(EXIT.someFailed);
    expect(at.lines[0]).toBe('missing.csv: not imported: cannot read the file');
  });
});
