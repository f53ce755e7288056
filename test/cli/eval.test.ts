import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/commands.js';
import { runCommand as run } from '../helpers/cli.js';

const FIXTURES = join(process.cwd(), 'test', 'eval', 'fixtures');
const HEADER = 'file\tindicator\tstatus\tkind\tcomparator\tvalue\tvalue_high\tunit\tyear\tregion\tevidence';

/** Two small documents of our own, and their gold rows labelled by reading them. */
function labelledFolder(): { folder: string; docs: string; gold: string } {
  const folder = mkdtempSync(join(tmpdir(), 'regionbench-eval-'));
  const docs = join(folder, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'q1_tasks.txt'), '滕州市2024年数字经济重点工作任务\n\n1.加快网络建设。力争全年新建5G基站120个以上。\n\n2.壮大创新主体。2024年新培育高新技术企业15家。\n');
  writeFileSync(join(docs, 'q2_bulletin.txt'), '邹城市2023年国民经济和社会发展统计公报\n\n全年地区生产总值增长6.2%。粮食总产量52.3万吨。\n');
  const gold = join(folder, 'gold.tsv');
  writeFileSync(gold, [
    HEADER,
    'q1_tasks.txt\tfiveg_stations_new\ttarget\tincrement\t>=\t120\t\tstation\t2024\t滕州市\t力争全年新建5G基站120个以上',
    'q1_tasks.txt\thigh_tech_firms_new\ttarget\tincrement\t=\t15\t\tfirm\t2024\t滕州市\t2024年新培育高新技术企业15家',
    'q2\tgdp_growth\tactual\tgrowth\t=\t6.2\t\tpercent\t2023\t邹城市\t全年地区生产总值增长6.2%',
    'q2\tgrain_output\tactual\tstock\t=\t523000\t\tt\t2023\t邹城市\t粮食总产量52.3万吨',
    '',
  ].join('\n'));
  return { folder, docs, gold };
}

describe('cli eval', () => {
  it('extracts the documents and scores them against the gold rows', async () => {
    const { docs, gold } = labelledFolder();
    const { status, stdout, stderr } = await run(['eval', '--gold', gold, docs]);
    expect(status).toBe(EXIT.ok);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('F1=1.000 P=1.000 R=1.000 (tp=4 fp=0 fn=0)');
    expect(lines.at(-2)).toBe('accuracy on matched rows: kind 1.000 (4/4)  comparator 1.000 (4/4)  status 1.000 (4/4)  region 1.000 (4/4)  year 1.000 (4/4)');
    expect(lines.slice(1, -2).map((line) => line.split(/\s+/)[0])).toEqual(['fiveg_stations_new', 'gdp_growth', 'grain_output', 'high_tech_firms_new']);
    expect(stderr).toMatch(/2 of 2 inputs read/);
  });

  it('scores an observations CSV written by extract the same as extracting', async () => {
    const { folder, docs, gold } = labelledFolder();
    const csv = join(folder, 'observations.csv');
    expect((await run(['extract', docs, '--format', 'csv', '--out', csv])).status).toBe(EXIT.ok);
    const fromCsv = await run(['eval', '--gold', gold, '--pred', csv, docs]);
    const extracted = await run(['eval', '--gold', gold, docs]);
    expect(fromCsv.status).toBe(EXIT.ok);
    expect(fromCsv.stdout).toBe(extracted.stdout);
  });

  it('scores a prediction file as JSON, naming the lines it skipped, with extras from every input file', async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'regionbench-eval-inputs-'));
    for (const name of ['d1_notice.txt', 'd2_report.txt', 'd3_other.txt']) writeFileSync(join(inputs, name), '');
    const { status, stdout, stderr } = await run(['eval', '--gold', join(FIXTURES, 'gold.tsv'), '--pred', join(FIXTURES, 'observations.jsonl'), inputs, '--format', 'json', '--verbose']);
    expect(status).toBe(EXIT.ok);
    expect(stderr).toBe(`regionbench: prediction file ${join(FIXTURES, 'observations.jsonl')}: 1 line is not a JSON record and was skipped (line 6)\n`);
    // worked by hand in test/eval/score.test.ts
    const record = JSON.parse(stdout) as { tp: number; fp: number; fn: number; region: unknown; extras: { file: string }[] };
    expect([record.tp, record.fp, record.fn]).toEqual([5, 3, 1]);
    expect(record.region).toEqual({ accuracy: 0.75, correct: 3, total: 4 });
    expect(record.extras.map((extra) => extra.file)).toEqual(['d1_notice.txt', 'd1_notice.txt', 'd3_other.txt']);
  });

  it('restricts scoring with --indicators', async () => {
    const { stdout } = await run(['eval', '--gold', join(FIXTURES, 'gold.tsv'), '--pred', join(FIXTURES, 'observations.jsonl'), '--indicators', 'gdp_growth,water_use_total']);
    // gold rows 4–6 match predictions 5–7; d3's figure is not judged (no inputs given, no gold row for d3)
    expect(stdout.trim().split('\n').at(-1)).toBe('F1=1.000 P=1.000 R=1.000 (tp=3 fp=0 fn=0)');
  });

  it('exits 1 with one line when the gold or the inputs cannot be used', async () => {
    const { folder, docs } = labelledFolder();
    const badGold = join(folder, 'bad.tsv');
    writeFileSync(badGold, 'doc_name\tindicator\tvalue\nq1\tgdp_growth\t1\n');
    const cases: [string[], string][] = [
      [['eval', '--gold', badGold, docs], `regionbench: gold file ${badGold} has no file column`],
      [['eval', '--gold', join(folder, 'missing.tsv'), docs], `regionbench: cannot read gold file ${join(folder, 'missing.tsv')}`],
      [['eval', '--gold', join(FIXTURES, 'gold.tsv')], 'regionbench: eval needs paths to extract, or --pred FILE'],
      [['eval', '--gold', join(FIXTURES, 'gold.tsv'), '--pred', join(folder, 'none.jsonl')], `regionbench: cannot read prediction file ${join(folder, 'none.jsonl')}`],
    ];
    for (const [argv, message] of cases) {
      const { status, stderr } = await run(argv);
      expect(status).toBe(EXIT.usage);
      expect(stderr.trim().split('\n')[0]).toContain(message);
    }
  });
});
