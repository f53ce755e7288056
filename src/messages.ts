/**
 * The words regionbench says to the person running it, in Chinese and English, as data: the
 * command line's help (program, commands, arguments, options), its progress and closing lines,
 * the lines about reference data, and the messages of the errors the commands throw (each
 * thrown as a `UsageError`, `ConfigError` or `DataError` of `errors.ts`). One line each, no
 * trailing period; the command line prefixes `regionbench: `. Adding a message is adding an
 * entry with both languages; `test/messages.test.ts` checks that none is left without one.
 * Imports nothing but the language type, so any module may use it.
 */
import type { Language } from './options.js';

/** A fixed message in both languages. */
export type Phrase = Readonly<Record<Language, string>>;

/** A message that names some values, in both languages. */
export type Said<A extends readonly unknown[]> = Readonly<Record<Language, (...values: A) => string>>;

/**
 * A message in a language.
 *
 * @example
 * say('zh', MESSAGES.regionsChecked, 3, 1) // → '检查了 3 个地区，其中 1 个缺少某项分母'
 * say('en', MESSAGES.regionsChecked, 3, 1) // → '3 regions checked, 1 lack some denominator'
 */
export function say<A extends readonly unknown[]>(lang: Language, message: Said<A>, ...values: A): string {
  return message[lang](...values);
}

/**
 * The language of the user's locale: Chinese when LC_ALL, LC_MESSAGES or LANG (the first one
 * set deciding, as the C library reads them) starts with `zh`, else English.
 *
 * @example
 * localeLanguage({ LANG: 'zh_CN.UTF-8' }) // → 'zh'
 * localeLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }) // → 'en'
 * localeLanguage({}) // → 'en'
 */
export function localeLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** `English (n)`: a count with a noun in the singular or plural. */
function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Names of the outcomes of an input (the `inputs` table's `outcome`) in a run's summary. */
const OUTCOMES: Readonly<Record<'duplicate' | 'skipped' | 'failed', Phrase>> = {
  duplicate: { en: 'duplicate', zh: '重复' },
  skipped: { en: 'skipped', zh: '跳过' },
  failed: { en: 'failed', zh: '失败' },
};

/** What a run's summary counts (a structural view of an extraction, so this module imports no stage). */
export interface RunCounts {
  readonly inputs: readonly { readonly outcome: string }[];
  readonly tasks: readonly unknown[];
  readonly observations: readonly unknown[];
  readonly diagnostics: readonly { readonly severity: string }[];
}

/**
 * The run in one line: inputs read out of found (with duplicates, skipped and failed counted),
 * tasks, observations, and warnings in the data.
 *
 * @example
 * summaryLine({ inputs: [{ outcome: 'read' }, { outcome: 'skipped' }], tasks: [1, 2], observations: [1], diagnostics: [] }) // → '1 of 2 inputs read (1 skipped), 2 tasks, 1 observations'
 * summaryLine({ inputs: [{ outcome: 'read' }, { outcome: 'skipped' }], tasks: [1, 2], observations: [1], diagnostics: [] }, 'zh') // → '共 2 个输入，读取 1 个（跳过 1 个），2 项任务，1 条观测'
 */
export function summaryLine(run: RunCounts, lang: Language = 'en'): string {
  const count = (outcome: string): number => run.inputs.filter((input) => input.outcome === outcome).length;
  const others = (['duplicate', 'skipped', 'failed'] as const).filter((outcome) => count(outcome) > 0);
  const warnings = run.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  if (lang === 'zh') {
    const extra = others.length > 0 ? `（${others.map((outcome) => `${OUTCOMES[outcome].zh} ${count(outcome)} 个`).join('，')}）` : '';
    const warned = warnings > 0 ? `，数据中有 ${warnings} 条警告（见 diagnostics 表）` : '';
    return `共 ${run.inputs.length} 个输入，读取 ${count('read')} 个${extra}，${run.tasks.length} 项任务，${run.observations.length} 条观测${warned}`;
  }
  const extra = others.length > 0 ? ` (${others.map((outcome) => `${count(outcome)} ${OUTCOMES[outcome].en}`).join(', ')})` : '';
  const warned = warnings > 0 ? `, ${counted(warnings, 'warning', 'warnings')} in the data (see the diagnostics table)` : '';
  return `${count('read')} of ${run.inputs.length} inputs read${extra}, ${run.tasks.length} tasks, ${run.observations.length} observations${warned}`;
}

/** Every message with values, by name. */
export const MESSAGES = {
  // progress and closing lines
  tablesIn: { en: (folders: string) => `tables in ${folders}`, zh: (folders: string) => `数据表：${folders}` },
  reportAt: { en: (page: string) => `report: ${page}`, zh: (page: string) => `报告：${page}` },
  sourceTextKept: {
    en: (mode: string, setting: string, textMb: string, budgetMb: string) => (mode === 'whole'
      ? `source text: whole (${setting === 'auto' ? `${textMb} MB of text, within the ${budgetMb} MB budget` : 'as asked'}): task pages and tasks.csv hold every document's text`
      : `source text: evidence (${setting === 'auto' ? `${textMb} MB of text, over the ${budgetMb} MB budget` : 'as asked'}): task pages, tasks.csv and quantities.csv hold the tasks giving a figure or a mention and their quantities, each with its place in the original (documents.csv counts the rows kept: tasks_shown, quantities_shown); the text of each task is on its task page sources/<doc_id>.html (and in the original file), tasks.csv's text column is left empty; --source-text whole keeps it all`),
    zh: (mode: string, setting: string, textMb: string, budgetMb: string) => (mode === 'whole'
      ? `原文：全文（${setting === 'auto' ? `正文 ${textMb} MB，未超过 ${budgetMb} MB 的限额` : '按指定'}）：任务页面和 tasks.csv 含各文件全文`
      : `原文：只留证据（${setting === 'auto' ? `正文 ${textMb} MB，超过 ${budgetMb} MB 的限额` : '按指定'}）：任务页面、tasks.csv 和 quantities.csv 只含给出数字或提及指标的任务及其数量，并注明其在原文中的位置（documents.csv 的 tasks_shown、quantities_shown 为保留的行数）；各任务的文字见其任务页面 sources/<doc_id>.html（及原文件），tasks.csv 的 text 列留空；--source-text whole 可保留全文`),
  },
  readingBar: { en: (bar: string) => `reading ${bar} files`, zh: (bar: string) => `读取中 ${bar} 个文件` },
  chartsBar: { en: (bar: string) => `charts  ${bar} rendered`, zh: (bar: string) => `图表  ${bar} 已绘制` },
  regionsChecked: {
    en: (regions: number, lacking: number) => `${regions} regions checked, ${lacking} lack some denominator`,
    zh: (regions: number, lacking: number) => `检查了 ${regions} 个地区，其中 ${lacking} 个缺少某项分母`,
  },
  rowsToFill: {
    en: (rows: number) => `${rows} rows to fill in (a row left without a value is refused by --regions: fill it in or delete it)`,
    zh: (rows: number) => `${rows} 行待填写（没有填值的行会被 --regions 拒绝：请填写或删除）`,
  },
  mapsDrawnOn: { en: (path: string) => `maps drawn on ${path}`, zh: (path: string) => `地图底图：${path}` },

  // reference data
  gdpUserSupplied: {
    en: () => 'GDP has no open national source: per-GDP figures come only from the region tables you supply (--regions)',
    zh: () => 'GDP 没有公开的全国数据来源：单位 GDP 的数字只来自您提供的地区表（--regions）',
  },
  moreGaps: {
    en: (count: number, where: string) => `… and ${count} more regions without some denominator (all listed in ${where})`,
    zh: (count: number, where: string) => `……另有 ${count} 个地区缺少某项分母（全部列在 ${where}）`,
  },
  usingStore: {
    en: (dir: string, regions: number, figures: number) => `reference data: ${dir} (${regions} regions, ${figures} figures)`,
    zh: (dir: string, regions: number, figures: number) => `参考数据：${dir}（${regions} 个地区，${figures} 个数字）`,
  },
  emptyStore: {
    en: (dir: string) => `no reference data in ${dir} (only the built-in seed regions): import the census with \`regionbench regions import FILE\``,
    zh: (dir: string) => `${dir} 中没有参考数据（只用内置的示例地区）：请用 \`regionbench regions import FILE\` 导入普查数据`,
  },
  imported: {
    en: (file: string, format: string, figures: number, regions: number, skipped: number) => `imported ${file} (${format}): ${figures} figures for ${regions} regions${skipped > 0 ? `, ${skipped} rows left out` : ''}`,
    zh: (file: string, format: string, figures: number, regions: number, skipped: number) => `已导入 ${file}（${format}）：${regions} 个地区的 ${figures} 个数字${skipped > 0 ? `，${skipped} 行未导入` : ''}`,
  },
  leftOut: {
    en: (file: string, row: number, reason: string) => `${file} row ${row} left out: ${reason}`,
    zh: (file: string, row: number, reason: string) => `${file} 第 ${row} 行未导入：${reason}`,
  },
  moreLeftOut: { en: (rows: number) => `… ${rows} more rows left out`, zh: (rows: number) => `……另有 ${rows} 行未导入` },
  importedBoundaries: {
    en: (file: string, features: number, areas: number, unknown: number) => `imported boundaries ${file}: ${features} coded features, land area added for ${areas} regions without one${unknown > 0 ? `, ${unknown} ${unknown === 1 ? 'feature matches' : 'features match'} no region of the reference data (import a table first)` : ''}`,
    zh: (file: string, features: number, areas: number, unknown: number) => `已导入边界 ${file}：${features} 个带代码的图形，为 ${areas} 个没有面积的地区补上了土地面积${unknown > 0 ? `，${unknown} 个图形在参考数据中没有对应地区（请先导入数据表）` : ''}`,
  },
  importFailed: {
    en: (file: string, reason: string) => `${file}: not imported: ${reason}`,
    zh: (file: string, reason: string) => `${file}：未导入：${reason}`,
  },
  cannotReadFile: { en: () => 'cannot read the file', zh: () => '无法读取该文件' },
  storeWritten: {
    en: (dir: string, regions: number, figures: number) => `reference data written to ${dir} (${regions} regions, ${figures} figures)`,
    zh: (dir: string, regions: number, figures: number) => `参考数据已写入 ${dir}（${regions} 个地区，${figures} 个数字）`,
  },
  zonesMerged: {
    en: (zones: number, hosts: number, boundaries: string) => `${zones} development zones counted in ${hosts} host counties (hosts by shared border on ${boundaries})`,
    zh: (zones: number, hosts: number, boundaries: string) => `${zones} 个功能区计入 ${hosts} 个所在县（按 ${boundaries} 上的共同边界确定）`,
  },
  downloaded: {
    en: (file: string, bytes: number) => `downloaded ${file} (${bytes} bytes, SHA-256 as pinned)`,
    zh: (file: string, bytes: number) => `已下载 ${file}（${bytes} 字节，SHA-256 与预置值一致）`,
  },

  // errors: usage (tier 1)
  invalidOption: {
    en: (option: string, value: string, hint?: string) => `invalid ${option}: ${value}${hint === undefined ? '' : ` (${hint})`}`,
    zh: (option: string, value: string, hint?: string) => `${option} 的值无效：${value}${hint === undefined ? '' : `（${hint}）`}`,
  },
  binaryNeedsOut: {
    en: (format: string) => `--format ${format} writes a binary file: pass --out FILE`,
    zh: (format: string) => `--format ${format} 输出二进制文件：请用 --out FILE 指定文件`,
  },
  unknownIndicator: { en: (id: string) => `unknown indicator: ${id}`, zh: (id: string) => `未知指标：${id}` },
  noPlanYear: { en: () => 'no plan year found in the documents: pass --year', zh: () => '文件中找不到规划年份：请用 --year 指定' },
  evalNeedsInput: { en: () => 'eval needs paths to extract, or --pred FILE', zh: () => 'eval 需要待提取的路径，或 --pred FILE' },
  cannotReadNamed: {
    en: (what: string, file: string) => `cannot read ${what} file ${file}`,
    zh: (what: string, file: string) => `无法读取${what}文件 ${file}`,
  },
  cannotReadInput: { en: (path: string) => `cannot read input ${path}`, zh: (path: string) => `无法读取输入 ${path}` },
  othersSkipped: {
    en: (count: number, shown: string) => `${counted(count, 'other file', 'other files')} skipped: ${shown}`,
    zh: (count: number, shown: string) => `跳过了 ${count} 个其他文件：${shown}`,
  },
  foundNone: { en: () => 'found none', zh: () => '一个也没有找到' },
  nothingToRead: {
    en: (extensions: string, paths: string, found: string) => `nothing to read: looked for ${extensions} files in ${paths} (${found})`,
    zh: (extensions: string, paths: string, found: string) => `没有可读取的文件：在 ${paths} 中查找 ${extensions} 文件（${found}）`,
  },
  missingPath: { en: (path: string) => `path does not exist: ${path}`, zh: (path: string) => `路径不存在：${path}` },
  noPaths: { en: () => '(no paths)', zh: () => '（没有路径）' },

  // errors: configuration (tier 1)
  referenceUnreadable: {
    en: (dir: string, reason: string) => `reference data in ${dir}: ${reason}`,
    zh: (dir: string, reason: string) => `${dir} 中的参考数据：${reason}`,
  },
  mergeZonesNeedsBoundaries: {
    en: (dir: string) => `--merge-zones needs boundaries in ${dir}: import a TopoJSON file with regions import`,
    zh: (dir: string) => `--merge-zones 需要 ${dir} 中有边界：请用 regions import 导入 TopoJSON 文件`,
  },
  needsReferenceFolder: {
    en: (command: string) => `${command} needs a reference data folder: drop --no-reference`,
    zh: (command: string) => `${command} 需要参考数据文件夹：请去掉 --no-reference`,
  },
  downloadNeedsAddress: {
    en: (variable: string) => `regions download needs the address the files are published at: --from URL or $${variable}`,
    zh: (variable: string) => `regions download 需要文件的发布地址：--from URL 或 $${variable}`,
  },
  cannotReadBoundaries: { en: (path: string) => `cannot read boundaries ${path}`, zh: (path: string) => `无法读取边界文件 ${path}` },

  // errors: data (tier 2)
  noDocumentRead: {
    en: (failed: number) => `no document could be read (${failed} failed, see above): nothing written`,
    zh: (failed: number) => `没有一个文件能读取（${failed} 个失败，见上文）：未写出任何内容`,
  },
  invalidAddress: { en: (address: string) => `invalid download address: ${address}`, zh: (address: string) => `下载地址无效：${address}` },
  unreachable: {
    en: (url: string, reason: string) => `cannot reach ${url} (offline?): ${reason}; download the files by hand and run \`regionbench regions import FILE…\``,
    zh: (url: string, reason: string) => `无法连接 ${url}（未联网？）：${reason}；请手动下载这些文件，再运行 \`regionbench regions import FILE…\``,
  },
  httpStatus: { en: (url: string, status: number) => `${url}: HTTP ${status}`, zh: (url: string, status: number) => `${url}：HTTP ${status}` },
  checksumMismatch: {
    en: (file: string, got: string, bytes: number, pinned: string, pinnedBytes: number) => `${file}: checksum mismatch (got ${got}, ${bytes} bytes; pinned ${pinned}, ${pinnedBytes} bytes): not imported`,
    zh: (file: string, got: string, bytes: number, pinned: string, pinnedBytes: number) => `${file}：校验和不符（得到 ${got}，${bytes} 字节；预置 ${pinned}，${pinnedBytes} 字节）：未导入`,
  },
} as const;

/** What a whole-number option takes, said when it is given something else. */
export const NUMBER_HINTS: Readonly<Record<'workers' | 'wait', Phrase>> = {
  workers: { en: 'a whole number from 0', zh: '从 0 起的整数' },
  wait: { en: 'a whole number of seconds', zh: '整秒数' },
};

/** The names of the files a command reads, in its messages (`cannot read catalogue file …`). */
export const FILE_KINDS: Readonly<Record<'catalogue' | 'gold' | 'prediction' | 'regions', Phrase>> = {
  catalogue: { en: 'catalogue', zh: '指标目录' },
  gold: { en: 'gold', zh: '金标准' },
  prediction: { en: 'prediction', zh: '预测' },
  regions: { en: 'regions', zh: '地区表' },
};

/** What the program and each command do, for `--help` (commands by their full name, `regions import`). */
export const COMMAND_HELP: Readonly<Record<string, Phrase>> = {
  regionbench: {
    en: 'Turn Chinese plan documents into tables of comparable targets, and compare regions',
    zh: '把中文政策文件变成可比较的目标数据表，并对地区进行比较',
  },
  extract: { en: 'read documents (files or folders) and write one table as records', zh: '读取文件（文件或文件夹），输出一张数据表' },
  run: {
    en: 'the main job: read documents and write the tables and the comparison report under reports/<year>/',
    zh: '主要任务：读取文件，在 reports/<年份>/ 下写出数据表和对比报告',
  },
  compare: { en: 'rank regions on indicators: one record per region and indicator', zh: '按指标对地区排名：每个地区每项指标一条记录' },
  track: {
    en: 'targets against results: each region\'s target for a year with the result reported for it, met or not, and the change from the year before',
    zh: '目标与结果对照：各地区某年的目标、报告的完成数、是否完成，以及与上年相比的变化',
  },
  eval: {
    en: 'score observations against a gold TSV: precision, recall and F1 on indicator + value, field accuracy on matches',
    zh: '用人工标注的金标准评估提取结果（精确率、召回率、F1）',
  },
  regions: { en: 'reference data for per-capita, per-km² and per-GDP comparisons', zh: '人均、地均、单位 GDP 比较所用的参考数据' },
  'regions import': {
    en: 'import reference files into the reference data folder: the census county tabulation (XLSX), the national reference CSV, a region table in the long shape of seeds/regions.csv, or a TopoJSON boundary file',
    zh: '把参考文件导入参考数据文件夹：普查分县资料（XLSX）、全国参考表 CSV、seeds/regions.csv 那样的长表，或 TopoJSON 边界文件',
  },
  'regions download': {
    en: 'fetch the national reference files ({files}) from a folder URL, check each against its pinned SHA-256, and import them',
    zh: '从一个文件夹网址下载全国参考文件（{files}），逐个核对预置的 SHA-256，然后导入',
  },
  'regions check': {
    en: 'list the regions the documents name and, for each, which denominators are present, stale, of another scope, or missing',
    zh: '列出文件涉及的地区，以及每个地区各项分母是现有、过时、口径不同还是缺失',
  },
  'regions template': {
    en: 'write a region table (CSV) with a row per region of the documents and denominator that is missing, stale or of another scope, value left empty to fill in',
    zh: '写出一张地区表（CSV）：文件涉及的每个地区、每项缺失、过时或口径不同的分母一行，数值留空待填',
  },
};

/**
 * Help of each argument and option, by name (`--mix-levels` → `mix-levels`, an argument by its
 * name, `paths`); `command.name` where one command's differs (`run.out`, `regions check.format`).
 * `{…}` marks a value the command line fills in (`{cores}`, `{variable}`).
 */
export const OPTION_HELP: Readonly<Record<string, Phrase>> = {
  debug: { en: 'print stack traces of unexpected errors', zh: '出现意外错误时打印调用栈' },
  help: { en: 'display help for command', zh: '显示命令的帮助' },
  paths: { en: 'files or folders (.txt .md .html .htm .docx .pdf)', zh: '文件或文件夹（.txt .md .html .htm .docx .pdf）' },
  'run.paths': { en: 'files or folders', zh: '文件或文件夹' },
  'compare.paths': { en: 'files or folders of plan documents', zh: '规划文件（文件或文件夹）' },
  'track.paths': {
    en: 'files or folders: plans with targets and the later work reports, bulletins and news with results',
    zh: '文件或文件夹：带目标的规划，以及之后报告结果的工作报告、统计公报和新闻',
  },
  'eval.paths': {
    en: 'files or folders to extract (or, with --pred, the inputs the predictions came from)',
    zh: '要提取的文件或文件夹（用 --pred 时：预测结果所来自的输入）',
  },
  'regions check.paths': { en: 'files or folders of documents', zh: '文件或文件夹' },
  'regions template.paths': { en: 'files or folders of documents', zh: '文件或文件夹' },
  'regions import.files': { en: 'reference files', zh: '参考文件' },
  table: { en: 'which table', zh: '输出哪张表' },
  format: { en: 'record format', zh: '记录格式' },
  'extract.format': { en: 'record format (xlsx and arrow need --out)', zh: '记录格式（xlsx 和 arrow 需要 --out）' },
  'track.format': { en: 'record format (xlsx and arrow need --out)', zh: '记录格式（xlsx 和 arrow 需要 --out）' },
  'eval.format': { en: 'output format', zh: '输出格式' },
  out: { en: 'write to this file instead of stdout', zh: '写入这个文件，而不是标准输出' },
  'run.out': { en: 'report folder', zh: '报告文件夹' },
  catalogue: { en: 'JSON file of indicators that add to or override the built-in catalogue', zh: '补充或覆盖内置指标目录的 JSON 文件' },
  manifest: { en: 'also write the run manifest (every input and what became of it) as CSV', zh: '另外写出运行清单（每个输入及其处理结果），CSV 格式' },
  workers: {
    en: 'threads analysing documents beside the main one (0: none; default: one fewer than the cores from {files} files on)',
    zh: '主线程之外分析文件的线程数（0：不用；默认：文件达到 {files} 个时用核数减一）',
  },
  wait: {
    en: 'how long to wait for another run writing to the same --out before giving up',
    zh: '另一个运行正在写同一个 --out 时最多等待的秒数',
  },
  'run.lang': {
    en: 'language of the report pages (en: written under <dir>/en/<year>, beside the Chinese report)',
    zh: '报告页面的语言（en：写在 <dir>/en/<年份> 下，与中文报告并列）',
  },
  'track.lang': { en: 'language of the verdicts in words', zh: '完成情况文字说明的语言' },
  regions: {
    en: 'region table (CSV, TSV or XLSX) that adds to or overrides the built-in reference figures',
    zh: '补充或覆盖内置参考数字的地区表（CSV、TSV 或 XLSX）',
  },
  'regions check.regions': {
    en: 'region table (CSV, TSV or XLSX) that adds to or overrides the reference figures',
    zh: '补充或覆盖参考数字的地区表（CSV、TSV 或 XLSX）',
  },
  'regions template.regions': { en: 'region table already filled in (its figures count as present)', zh: '已填好的地区表（其中的数字算作现有）' },
  'source-text': {
    en: 'how much of the documents\' text the report and tables keep: whole, evidence (the tasks giving a figure or a mention), or auto (whole up to 30 MB of text)',
    zh: '报告和数据表保留多少原文：whole 全文，evidence 只留给出数字或提及指标的任务，auto 按大小（正文不超过 30 MB 时保留全文）',
  },
  'mix-levels': {
    en: 'rank prefecture-level cities together with county-level units (default: each level apart)',
    zh: '地级市与县级单位一起排名（默认：各级分开排名）',
  },
  boundaries: {
    en: 'TopoJSON boundaries for the indicator maps (default: those in the reference data folder)',
    zh: '指标地图所用的 TopoJSON 边界（默认：参考数据文件夹中的边界）',
  },
  indicator: { en: 'indicator ids (default: every indicator with a figure)', zh: '指标代码（默认：所有有数字的指标）' },
  per: {
    en: 'normalise by resident population (per 10,000), land area (per km²) or GDP (per 亿元)',
    zh: '按常住人口（每万人）、土地面积（每平方公里）或 GDP（每亿元）折算',
  },
  score: { en: 'score method', zh: '评分方法' },
  'compare.year': { en: 'plan year (default: the most common plan year of the documents)', zh: '规划年份（默认：文件中最常见的规划年份）' },
  'track.year': { en: 'only the targets of this year (default: every year)', zh: '只看这一年的目标（默认：所有年份）' },
  'regions import.year': { en: 'year of the boundaries (default: a year in the boundary file name)', zh: '边界的年份（默认：边界文件名中的年份）' },
  gold: {
    en: 'gold TSV (columns file, indicator, status, kind, comparator, value, value_high, unit, year, region, evidence)',
    zh: '金标准 TSV（列：file, indicator, status, kind, comparator, value, value_high, unit, year, region, evidence）',
  },
  pred: {
    en: 'score this observations file (JSON lines, or CSV if it ends in .csv) instead of extracting the paths',
    zh: '评估这个观测文件（JSON lines；以 .csv 结尾则为 CSV），而不是提取路径中的文件',
  },
  indicators: { en: 'comma-separated indicator ids to restrict scoring to', zh: '只评估这些指标（代码以逗号分隔）' },
  verbose: { en: 'list every miss and extra', zh: '列出每一处遗漏和多余' },
  reference: {
    en: 'reference data folder (default: $REGIONBENCH_REFERENCE, else .regionbench/reference in the working folder)',
    zh: '参考数据文件夹（默认：$REGIONBENCH_REFERENCE，否则为工作文件夹下的 .regionbench/reference）',
  },
  'no-reference': {
    en: 'use only the built-in seed figures and --regions, not the reference data folder',
    zh: '只用内置示例数字和 --regions，不用参考数据文件夹',
  },
  'merge-zones': {
    en: 'count development zones (功能区) in their host counties, as a county\'s own reports usually do (hosts by shared border on the reference folder\'s boundaries)',
    zh: '把功能区计入所在县，与县里自己的报告通常的做法一致（所在县按参考数据文件夹边界上的共同边界确定）',
  },
  source: { en: 'source of the boundaries, kept with each land area measured from them', zh: '边界的来源，记在据此测得的每个土地面积旁' },
  licence: { en: 'licence of the boundaries', zh: '边界的许可协议' },
  all: { en: 'a row for every denominator, present ones too', zh: '每项分母都写一行，包括现有的' },
  from: { en: 'folder URL the files are published at (default: ${variable})', zh: '文件发布所在的文件夹网址（默认：${variable}）' },
};

/**
 * The help of an option or argument of a command in a language, with its `{…}` values filled
 * in: the command's own wording when it has one, else the shared one.
 *
 * @example
 * optionHelp('zh', 'run', 'out') // → '报告文件夹'
 * optionHelp('en', 'extract', 'out') // → 'write to this file instead of stdout'
 * optionHelp('en', 'run', 'workers', { files: 1000 }).endsWith('from 1000 files on)') // → true
 */
export function optionHelp(lang: Language, command: string, name: string, values: Readonly<Record<string, string | number>> = {}): string {
  const phrase = OPTION_HELP[`${command}.${name}`] ?? OPTION_HELP[name];
  if (phrase === undefined) throw new Error(`no help for option ${name} of ${command}`);
  return filled(phrase[lang], values);
}

/**
 * What a command does in a language (the program's own description under `regionbench`).
 *
 * @example
 * commandHelp('zh', 'regions') // → '人均、地均、单位 GDP 比较所用的参考数据'
 */
export function commandHelp(lang: Language, command: string, values: Readonly<Record<string, string | number>> = {}): string {
  const phrase = COMMAND_HELP[command];
  if (phrase === undefined) throw new Error(`no help for command ${command}`);
  return filled(phrase[lang], values);
}

/**
 * An option's help with its choices and default, as commander adds them in English.
 *
 * @example
 * withChoices('zh', '报告页面的语言', ['zh', 'en'], 'zh') // → '报告页面的语言（可选：zh、en；默认：zh）'
 * withChoices('en', 'report folder', undefined, 'reports') // → 'report folder (default: "reports")'
 * withChoices('zh', '报告文件夹', undefined, undefined) // → '报告文件夹'
 */
export function withChoices(lang: Language, description: string, choices: readonly string[] | undefined, fallback: unknown): string {
  const written = (value: unknown): string => (Array.isArray(value) ? value.map(written).join(lang === 'zh' ? '、' : ', ') : lang === 'zh' ? String(value) : JSON.stringify(value));
  const parts = [
    ...(choices === undefined ? [] : [lang === 'zh' ? `可选：${written(choices)}` : `choices: ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`]),
    ...(fallback === undefined ? [] : [lang === 'zh' ? `默认：${written(fallback)}` : `default: ${JSON.stringify(fallback)}`]),
  ];
  return parts.length === 0 ? description : lang === 'zh' ? `${description}（${parts.join('；')}）` : `${description} (${parts.join(', ')})`;
}

function filled(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (values[key] === undefined ? whole : String(values[key])));
}

/** The headings of `--help` (commander's), in Chinese; English keeps commander's own. */
export const HELP_TITLES_ZH: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/**
 * Commander's own error lines (an unknown option, a missing argument, a value not among the
 * choices) in Chinese; a line it does not know passes as it is.
 *
 * @example
 * commanderErrorZh("error: unknown option '--fromat'\n") // → "错误：未知选项 '--fromat'\n"
 */
export function commanderErrorZh(text: string): string {
  let out = text;
  for (const [pattern, chinese] of COMMANDER_ERRORS_ZH) out = out.replace(pattern, chinese);
  return out;
}

const COMMANDER_ERRORS_ZH: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option (\S+)/m, '错误：未知选项 $1'],
  [/^error: unknown command (\S+)/m, '错误：未知命令 $1'],
  [/^error: missing required argument (\S+)/m, '错误：缺少必需的参数 $1'],
  [/^error: too many arguments(?: for '([^']+)')?\.?( Expected (\d+) arguments? but got (\d+)\.)?/m, '错误：参数过多'],
  [/^error: option (.+?) argument missing/m, '错误：选项 $1 缺少值'],
  [/^error: option (.+?) argument (.+?) is invalid\. Allowed choices are (.+?)\./m, '错误：选项 $1 的值 $2 无效。可选：$3。'],
  [/\(Did you mean (.+?)\?\)/, '（是否想用 $1？）'],
];

/**
 * Why an input was not read, in Chinese, by the code of its diagnostic: the line the command
 * line prints for each such input when it speaks Chinese. The English message (which may name
 * an operating-system error) follows in brackets where it says more than the code.
 *
 * @example
 * failureLine('a.doc', 'unsupported-format', 'old Word .doc format: save it as .docx and run again', 'zh')
 * // → 'a.doc：不支持的文件类型（regionbench 读取 .txt .md .html .htm .docx .pdf；.doc 请另存为 .docx）'
 */
export function failureLine(source: string, code: string, message: string, lang: Language): string {
  const reason = lang === 'zh' ? FAILURE_REASONS_ZH[code] : undefined;
  if (reason === undefined) return `${source}: ${message}`;
  return `${source}：${reason.text}${reason.detail ? `（${message}）` : ''}`;
}

/** The Chinese reasons, and whether the English message's detail is worth adding. */
const FAILURE_REASONS_ZH: Readonly<Record<string, { readonly text: string; readonly detail?: boolean }>> = {
  'missing-path': { text: '路径不存在' },
  'permission-denied': { text: '没有读取权限' },
  'symlink-loop': { text: '符号链接成环，已跳过' },
  unreadable: { text: '无法读取', detail: true },
  'unsupported-format': { text: '不支持的文件类型（regionbench 读取 .txt .md .html .htm .docx .pdf；.doc 请另存为 .docx）' },
  'too-large': { text: '文件超过单个文档的大小上限', detail: true },
  'not-regular-file': { text: '不是普通文件（管道、设备或套接字），未读取' },
  'corrupt-file': { text: '文件已损坏或格式不对，无法打开', detail: true },
  'expands-too-much': { text: '解压后过大，读取前已拒绝（疑似压缩炸弹）', detail: true },
  'no-text': { text: '文件中没有文字（可能是没有文字层的扫描件）' },
  'empty-file': { text: '文件为空' },
  'binary-file': { text: '文件是二进制内容，不是文本（是否为改了扩展名的图片或压缩包？）' },
  undecodable: { text: '无法识别文件的文字编码', detail: true },
};

/*
 * English only, for now: the messages of stages called without a language. They name what is
 * wrong in a file the user gave (a region table, a gold file) or a problem in a document (the
 * diagnostics table's `message`); the tier of each error is said where it is thrown.
 */

/**
 * Problems in the documents (rows of the diagnostics table) and the run-level errors of reading
 * them. Functions take the values to name so the wording stays consistent across stages.
 */
export const messages = {
  missingPath: (path: string) => `path does not exist: ${path}`,
  permissionDenied: (path: string) => `permission denied: ${path}`,
  symlinkLoop: (path: string) => `symbolic link loop, skipped: ${path}`,
  unreadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  unsupportedFormat: (extension: string) =>
    `unsupported file type "${extension || '(none)'}": regionbench reads .txt .md .html .htm .docx .pdf`,
  legacyWord: () => 'old Word .doc format: save it as .docx and run again',
  tooLarge: (bytes: number, limit: number) => `file is ${(bytes / 1048576).toFixed(1)} MB, over the ${(limit / 1048576).toFixed(0)} MB limit for one document`,
  tooLargeRead: (limit: number) => `file holds more than the ${(limit / 1048576).toFixed(0)} MB limit for one document`,
  notRegularFile: (path: string) => `not a regular file (a FIFO, a device or a socket), not read: ${path}`,
  duplicateBytes: (first: string) => `same bytes as ${first}: counted once`,
  duplicateText: (first: string) => `same text as ${first} (another encoding or format): counted once`,
  corruptContainer: (format: string, reason: string) => `not a readable ${format} file: ${reason}`,
  expandsTooMuch: (format: string, detail: string) => `${format} file refused before reading: it ${detail} once decompressed (a decompression bomb?)`,
  noText: (format: string) => `no text found in this ${format} file (a scan without a text layer?)`,
  noTasks: () => 'no numbered tasks found (expected lines like "1.…" under "一、…" headings)',
  noRegion: (detail: string) => `issuing region not recognised: ${detail}`,
  regionGuessed: (detail: string) => `issuing region inferred: ${detail}`,
  noPlanYear: () => 'plan year not found in the title or the issue date',
  outputNotFolder: (option: string, path: string, blocker: string) => `cannot write ${option} ${path}: ${blocker} is a file, not a folder`,
  outputIsFolder: (option: string, path: string) => `cannot write ${option} ${path}: it is a folder (give a file name)`,
  outputDenied: (option: string, path: string, folder: string) => `cannot write ${option} ${path}: no permission to write in ${folder}`,
  outputCannotCreate: (option: string, path: string, reason: string) => `cannot write ${option} ${path}: ${reason}`,
  outputBusy: (folder: string, pid: number, seconds: number) => `another regionbench run (process ${pid}) is writing to ${folder}; gave up waiting after ${seconds} s (its lock: ${folder}/.regionbench-lock)`,
  outputWaiting: (folder: string, pid: number) => `waiting for another regionbench run (process ${pid}) to finish writing to ${folder}`,
} as const;

/**
 * Errors for a region table that cannot be used (configuration, tier 1): they name the row and
 * column. Also why a row of a published wide table was left out (listed, never thrown).
 */
export const REGION_MESSAGES = {
  /** Error for one cell: `invalid regions row 4 column value: "abc" is not a number`. */
  invalidCell(row: number, column: string, detail: string): string {
    return `invalid regions row ${row} column ${column}: ${detail}`;
  },

  /** Error for a row with non-empty cells past the header: `invalid regions row 4: 1 cell beyond the header's 10 columns ("2023")`. */
  extraCells(row: number, columns: number, cells: readonly string[]): string {
    const quoted = cells.map((cell) => `"${cell.trim()}"`).join(', ');
    return `invalid regions row ${row}: ${cells.length} cell${cells.length === 1 ? '' : 's'} beyond the header's ${columns} columns (${quoted})`;
  },

  /** Error for a header without a required column. */
  missingColumn(column: string): string {
    return `invalid regions header: missing column ${column}`;
  },

  /** Error for a header that names a column twice. */
  duplicateColumn(column: string): string {
    return `invalid regions header: column ${column} appears twice`;
  },

  /** Error for a table that has no header row at all. */
  emptyTable(): string {
    return 'invalid regions table: no header row';
  },

  /** Error for a quoted CSV field that is never closed. */
  unclosedQuote(row: number): string {
    return `invalid regions row ${row}: quoted field is not closed`;
  },

  /** Error for a workbook without the requested sheet (or without any). */
  missingSheet(sheet: string | null): string {
    return sheet === null ? 'invalid regions workbook: no worksheet' : `invalid regions workbook: no worksheet named ${sheet}`;
  },

  /** Error for bytes that exceljs cannot read as an XLSX workbook. */
  unreadableWorkbook(reason: string): string {
    return `invalid regions workbook: ${reason}`;
  },

  /** Cell details, quoted as written. */
  cellDetail: {
    notANumber: (text: string) => `"${text}" is not a number`,
    negative: (text: string) => `"${text}" is negative`,
    notFinite: (text: string) => `"${text}" is not a finite number`,
    required: () => 'a value is required',
    notAYear: (text: string) => `"${text}" is not a year (1900–2100)`,
    notADivisionCode: (text: string) => `"${text}" is not a six-digit GB/T 2260 code`,
    notALevel: (text: string, allowed: readonly string[]) =>
      `"${text}" is not an administrative level (${allowed.join(', ')})`,
    levelMismatch: (text: string, code: string, tier: string) =>
      `"${text}" does not match division code ${code} (${tier} level)`,
    notAMetric: (text: string, allowed: readonly string[]) => `"${text}" is not a metric (${allowed.join(', ')})`,
    notAUnit: (text: string, metric: string, allowed: readonly string[]) =>
      `"${text}" is not a unit of ${metric} (${allowed.join(', ')})`,
    identityConflict: (text: string, code: string, earlier: string, row: number) =>
      `"${text}" differs from "${earlier}" given for ${code} at row ${row}`,
    duplicateFigure: (region: string, metric: string, year: number | null, row: number) =>
      `duplicate figure for ${region} ${metric} ${year ?? 'undated'} (first at row ${row})`,
  },

  /** Why a row of a published wide table was left out (listed, never thrown: the other rows go on). */
  skipReason: {
    national: () => 'a whole-country row, not a region',
    noCode: (code: string, name: string) => `${name || 'a unit'} has no six-digit division code ("${code}")`,
    duplicateCode: (code: string, row: number) => `division code ${code} already given at row ${row}`,
    notANumber: (column: string, text: string) => `column ${column}: "${text}" is not a non-negative number`,
  },

  /** Error for a file `regions import` cannot tell the format of. */
  unknownReferenceFormat(file: string): string {
    return `invalid reference file ${file}: not a region table (region, metric, value …), a census tabulation (区划代码, 人口数_合计 …), a national reference table (division_code, resident_population_2020 …) or a TopoJSON topology`;
  },

  /** Error for a TopoJSON file that is not a topology regionbench can read. */
  invalidTopology(detail: string): string {
    return `invalid boundaries: ${detail}`;
  },
} as const;

/** Misuse of the compare stage's options (usage, tier 1). */
export const COMPARE_ERRORS = {
  invalidOption: (name: string, value: unknown) => MESSAGES.invalidOption.en(name, String(value)),
  unknownIndicator: (id: string) => `invalid indicator: ${id} is not in the catalogue`,
  unknownRegion: (region: string, indicator: string) => `invalid region: ${region} is not in the comparison of ${indicator}`,
  weightNotInSet: (id: string) => `invalid weights: ${id} is not among the chosen indicators`,
  noIndicators: () => 'invalid indicators: no indicator to combine',
} as const;

/** Misuse of the table export (usage, tier 1): an option out of range, rows that do not fit their columns' types. */
export const EXPORT_ERRORS = {
  invalidOption: (name: string, value: unknown) => MESSAGES.invalidOption.en(name, String(value)),
  sheetName: (name: string) => `invalid sheet name: ${name}`,
  cell: (where: string, expected: 'a number' | 'an integer' | 'true or false', value: unknown) => `invalid cell in ${where}: expected ${expected}, got ${JSON.stringify(value)}`,
} as const;

/** Errors for a gold or prediction file that cannot be scored (usage, tier 1), and notes on lines passed over. */
export const EVAL_MESSAGES = {
  /** The gold TSV lacks a column scoring needs. */
  goldMissingColumn(origin: string, column: string): string {
    return `gold file ${origin} has no ${column} column (expected the columns file, indicator, status, kind, comparator, value, value_high, unit, year, region, evidence)`;
  },

  /** A gold row names no file. */
  goldRowWithoutFile(origin: string, line: number): string {
    return `gold file ${origin}, line ${line}: no file named`;
  },

  /** A quoted cell of the gold TSV never closes. */
  goldUnclosedQuote(origin: string, line: number): string {
    return `gold file ${origin}, line ${line}: a quoted cell is never closed`;
  },

  /** The gold file holds no rows at all. */
  goldEmpty(origin: string): string {
    return `gold file ${origin} has no header row`;
  },

  /** A prediction CSV lacks a column scoring needs. */
  predictionsMissingColumn(origin: string, column: string): string {
    return `prediction file ${origin} has no ${column} column (expected the observations table)`;
  },

  /** JSON lines that are not JSON objects were passed over. */
  predictionLinesSkipped(origin: string, lines: readonly number[]): string {
    const shown = lines.slice(0, 5).join(', ');
    return `prediction file ${origin}: ${lines.length} ${lines.length === 1 ? 'line is' : 'lines are'} not a JSON record and ${lines.length === 1 ? 'was' : 'were'} skipped (line ${shown}${lines.length > 5 ? ', …' : ''})`;
  },
} as const;
