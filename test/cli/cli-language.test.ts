import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { cliLanguage } from '../../src/cli/commands.js';
import { EXIT, runCli } from '../../src/cli/commands.js';
import { summaryLine } from '../../src/messages.js';
import { SEEDS_DIR } from '../helpers/seeds.js';

async function runWith(argv: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(new Command(), argv, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, isTTY: false, cwd: process.cwd(), env }).catch(() => EXIT.usage);
  return { status, stdout, stderr };
}

describe('cli/cli-language', () => {
  it('speaks Chinese for --lang zh or a Chinese locale, English otherwise', () => {
    expect(cliLanguage(['run', '--lang', 'zh'], {})).toBe('zh');
    expect(cliLanguage(['extract', 'seeds'], { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(cliLanguage(['extract', 'seeds'], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(cliLanguage(['extract', 'seeds'], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLanguage(['run', '--lang=en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLanguage(['run'], {})).toBe('en');
  });

  it('writes the run summary in Chinese', () => {
    const extraction = { inputs: [{ outcome: 'read' }, { outcome: 'read' }, { outcome: 'skipped' }], tasks: [{}, {}, {}], observations: [{}], diagnostics: [] } as unknown as Parameters<typeof summaryLine>[0];
    expect(summaryLine(extraction, 'zh')).toBe('共 3 个输入，读取 2 个（跳过 1 个），3 项任务，1 条观测');
    expect(summaryLine(extraction)).toBe('2 of 3 inputs read (1 skipped), 3 tasks, 1 observations');
  });

  it('describes the commands in Chinese in help under a Chinese locale, and in English without one', async () => {
    const zh = await runWith(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('把中文政策文件变成可比较的目标数据表');
    expect(zh.stdout).toContain('主要任务：读取文件');
    const en = await runWith(['--help'], {});
    expect(en.stdout).toContain('Turn Chinese plan documents into tables');
    expect(en.stdout).not.toContain('主要任务');
  });

  it('writes the options\' help, choices, defaults and headings in Chinese with --lang zh, in English without', async () => {
    const zh = await runWith(['run', '--help', '--lang', 'zh'], {});
    expect(zh.stdout).toContain('选项：');
    expect(zh.stdout).toMatch(/--out <dir>\s+报告文件夹（默认：reports）/);
    expect(zh.stdout).toMatch(/--mix-levels\s+地级市与县级单位一起排名/);
    expect(zh.stdout).toContain('（可选：zh、en；默认：zh）');
    expect(zh.stdout).not.toContain('report folder');
    const regions = await runWith(['regions', 'download', '--help'], { LANG: 'zh_CN.UTF-8' });
    expect(regions.stdout).toMatch(/--from <url>\s+文件发布所在的文件夹网址（默认：\$REGIONBENCH_REFERENCE_URL）/);
    const en = await runWith(['run', '--help'], { LANG: 'en_US.UTF-8' });
    expect(en.stdout).toContain('Options:');
    expect(en.stdout).toMatch(/--out <dir>\s+report folder \(default: "reports"\)/);
    expect(en.stdout).not.toContain('报告文件夹');
  });

  it('says why a file was not read in Chinese under a Chinese locale, in English without one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rb-lang-fail-'));
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(folder, 'ok.txt'), '青山县2024年工作要点\n全年新建5G基站100个。\n');
      writeFileSync(join(folder, 'empty.txt'), '');
      const zh = await runWith(['extract', folder], { LANG: 'zh_CN.UTF-8' });
      expect(zh.stderr).toContain('empty.txt：文件为空');
      const en = await runWith(['extract', folder], {});
      expect(en.stderr).toContain('empty.txt: the file is empty');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives commander\'s own errors in Chinese under a Chinese locale', async () => {
    const zh = await runWith(['extract', SEEDS_DIR, '--format', 'cvs'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toContain("错误：选项 '--format <format>' 的值 'cvs' 无效。可选：jsonl, csv, json, xlsx, arrow。");
    const en = await runWith(['extract', SEEDS_DIR, '--format', 'cvs'], {});
    expect(en.stderr).toContain("error: option '--format <format>' argument 'cvs' is invalid.");
  });

  it('refuses a bad --workers in the command line\'s language', async () => {
    const zh = await runWith(['extract', SEEDS_DIR, '--workers', 'x'], { LANG: 'zh_CN.UTF-8' });
    expect([zh.status, zh.stderr]).toEqual([EXIT.usage, 'regionbench: --workers 的值无效：x（从 0 起的整数）\n']);
    const en = await runWith(['extract', SEEDS_DIR, '--workers', 'x'], {});
    expect([en.status, en.stderr]).toEqual([EXIT.usage, 'regionbench: invalid --workers: x (a whole number from 0)\n']);
  });

  it('closes a run with Chinese lines when asked with --lang zh', async () => {
    const out = mkdtempSync(join(tmpdir(), 'regionbench-zh-'));
    try {
      const { status, stderr } = await runWith(['run', SEEDS_DIR, '--out', out, '--lang', 'zh'], {});
      expect(status).toBe(EXIT.ok);
      expect(stderr).toMatch(/regionbench: 共 \d+ 个输入，读取 5 个/);
      expect(stderr).toContain('regionbench: 数据表：');
      expect(stderr).toContain('regionbench: 报告：');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
