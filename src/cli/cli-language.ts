/**
 * The language of the command line's own words (help, progress, the closing lines): Chinese
 * when `--lang zh` is written on the command line or the locale says so (LC_ALL, LC_MESSAGES
 * or LANG starting with `zh`), English otherwise. `--lang en` keeps English under a Chinese
 * locale. The words themselves are data, by language.
 */
import type { Command } from 'commander';

/** Languages of the command line. */
export type CliLanguage = 'zh' | 'en';

/**
 * The command line's language from its arguments and environment (see the module comment).
 *
 * @example
 * cliLanguage(['run', '--lang', 'zh'], {}) // → 'zh'
 * cliLanguage(['run'], { LANG: 'zh_CN.UTF-8' }) // → 'zh'
 * cliLanguage(['run', '--lang=en'], { LANG: 'zh_CN.UTF-8' }) // → 'en'
 * cliLanguage(['run'], { LANG: 'C.UTF-8' }) // → 'en'
 */
export function cliLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliLanguage {
  const at = argv.indexOf('--lang');
  const written = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  if (written === 'zh' || written === 'en') return written;
  // the first set of these decides, as the C library reads them
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** What the command line says in Chinese: command descriptions and the lines it writes on stderr. */
export const CLI_ZH = {
  program: '把中文政策文件变成可比较的目标数据表，并对地区进行比较',
  commands: {
    extract: '读取文件（文件或文件夹），输出一张数据表',
    run: '主要任务：读取文件，在 reports/<年份>/ 下写出数据表和对比报告',
    compare: '按指标对地区排名：每个地区每项指标一条记录',
    track: '目标与结果对照：各地区某年的目标、报告的完成数、是否完成，以及与上年相比的变化',
    eval: '用人工标注的金标准评估提取结果（精确率、召回率、F1）',
    regions: '人均、地均、单位 GDP 比较所用的参考数据',
  } as Readonly<Record<string, string>>,
  reading: '读取中',
  files: '个文件',
  tablesIn: '数据表：',
  report: '报告：',
  summary: (read: number, total: number, others: readonly (readonly [string, number])[], tasks: number, observations: number, warnings: number): string => {
    const names: Readonly<Record<string, string>> = { duplicate: '重复', skipped: '跳过', failed: '失败' };
    const extra = others.length > 0 ? `（${others.map(([outcome, count]) => `${names[outcome] ?? outcome} ${count} 个`).join('，')}）` : '';
    const warned = warnings > 0 ? `，数据中有 ${warnings} 条警告（见 diagnostics 表）` : '';
    return `共 ${total} 个输入，读取 ${read} 个${extra}，${tasks} 项任务，${observations} 条观测${warned}`;
  },
} as const;

/**
 * Put the Chinese descriptions on a program and its commands (option help stays as written).
 *
 * @example
 * describeInChinese(program) // program.description() → '把中文政策文件变成可比较的目标数据表，并对地区进行比较'
 */
export function describeInChinese(program: Command): void {
  program.description(CLI_ZH.program);
  for (const command of program.commands) {
    const zh = CLI_ZH.commands[command.name()];
    if (zh !== undefined) command.description(zh);
  }
}
