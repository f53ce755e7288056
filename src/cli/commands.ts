/**
 * The command line: parses the arguments, calls the command's job (`src/jobs.ts`), prints what
 * it returns and maps the error tiers (`src/errors.ts`) to exit statuses. Commands and options
 * are data below; their help, in Chinese or English, is the message catalogue's.
 */
import cliProgress from 'cli-progress';
import { Command, CommanderError, Option } from 'commander';
import { PERS, SCORE_METHODS } from '../compare/index.js';
import { SOURCE_TEXT_SETTINGS } from '../report/index.js';
import { EXIT, EXIT_BY_TIER, RegionbenchError } from '../errors.js';
import { EVAL_FORMATS } from '../eval/index.js';
import { nodeEffects } from '../ingest/index.js';
import { checkJob, compareJob, downloadJob, evalJob, EXTRACT_TABLES, extractJob, importJob, runJob, templateJob, trackJob, type JobContext, type JobResult } from '../jobs.js';
import { commandHelp, commanderErrorZh, HELP_TITLES_ZH, localeLanguage, MESSAGES, NUMBER_HINTS, optionHelp, say, withChoices } from '../messages.js';
import { LANGUAGES, wholeNumber, type Language } from '../options.js';
import { DOWNLOAD_ENV, PUBLISHED_FILES } from '../reference/index.js';
import { EXPORT_FORMATS, TABLE_FORMATS } from '../tables/index.js';
import { PARALLEL_FROM } from '../workers/index.js';

export { EXIT } from '../errors.js';

/** Where the command line writes and what it knows of its terminal; injected so tests run it in-process. */
export interface Console {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly isTTY: boolean;
  readonly cwd: string;
  /** Environment (locale, `REGIONBENCH_REFERENCE`); left out in tests, so no variable of the machine leaks in. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** An option: its flags, and its choices, default, parser or need. */
type OptionSpec = readonly [flags: string, extra?: { readonly choices?: readonly string[]; readonly default?: unknown; readonly parse?: (value: string, lang: Language) => number; readonly required?: boolean }];

/** Every option by name; `command.name` where one command's differs. */
const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  table: ['--table <name>', { choices: EXTRACT_TABLES, default: 'observations' }],
  format: ['--format <format>', { choices: TABLE_FORMATS, default: 'jsonl' }],
  'extract.format': ['--format <format>', { choices: EXPORT_FORMATS, default: 'jsonl' }],
  'track.format': ['--format <format>', { choices: EXPORT_FORMATS, default: 'jsonl' }],
  'eval.format': ['--format <format>', { choices: EVAL_FORMATS, default: 'text' }],
  'regions check.format': ['--format <format>', { choices: TABLE_FORMATS, default: 'csv' }],
  out: ['--out <file>'],
  'run.out': ['--out <dir>', { default: 'reports' }],
  lang: ['--lang <lang>', { choices: LANGUAGES, default: 'zh' }],
  workers: ['--workers <n>', { parse: (value, lang) => wholeNumber(value, '--workers', 3, NUMBER_HINTS.workers[lang], lang) }],
  wait: ['--wait <seconds>', { default: 600, parse: (value, lang) => wholeNumber(value, '--wait', 6, NUMBER_HINTS.wait[lang], lang) }],
  indicator: ['--indicator <ids...>'],
  per: ['--per <view>', { choices: PERS, default: 'none' }],
  score: ['--score <method>', { choices: SCORE_METHODS, default: 'minmax' }],
  gold: ['--gold <file>', { required: true }],
  'source-text': ['--source-text <mode>', { choices: SOURCE_TEXT_SETTINGS, default: 'auto' }],
  ...Object.fromEntries(['catalogue <file>', 'manifest <file>', 'regions <file>', 'mix-levels', 'boundaries <file>', 'year <year>', 'pred <file>', 'indicators <ids>', 'verbose',
    'reference <dir>', 'no-reference', 'merge-zones', 'source <text>', 'licence <text>', 'all', 'from <url>'].map((flags) => [flags.split(' ')[0], [`--${flags}`]])),
};

const REFERENCE = ['reference', 'no-reference'];
/** Every command: its argument (`=` its default), its options, and the job it runs. */
const COMMANDS: readonly (readonly [name: string, argument: string | null, options: readonly string[], job: (paths: string[], command: Command, context: JobContext) => Promise<JobResult>])[] = [
  ['extract', '<paths...>', ['table', 'format', 'out', 'catalogue', 'manifest', 'workers'], (paths, command, context) => extractJob(paths, command.opts(), context)],
  ['run', '[paths...]=seeds', ['out', 'lang', 'regions', 'catalogue', 'mix-levels', 'boundaries', 'source-text', 'workers', 'wait', ...REFERENCE, 'merge-zones'], (paths, command, context) => runJob(paths, command.opts(), context)],
  ['compare', '<paths...>', ['indicator', 'per', 'score', 'regions', 'year', 'format', 'out', 'catalogue', 'manifest', 'mix-levels', 'workers', ...REFERENCE, 'merge-zones'], (paths, command, context) => compareJob(paths, command.opts(), context)],
  ['track', '<paths...>', ['year', 'lang', 'format', 'out', 'catalogue', 'manifest', 'workers'], (paths, command, context) => trackJob(paths, command.opts(), context)],
  ['eval', '[paths...]', ['gold', 'pred', 'indicators', 'verbose', 'format', 'out', 'catalogue', 'workers'], (paths, command, context) => evalJob(paths, command.opts(), context)],
  ['regions import', '<files...>', ['year', 'source', 'licence', ...REFERENCE], (files, command, context) => importJob(files, command.opts(), context)],
  ['regions download', null, ['from', ...REFERENCE], (_, command, context) => downloadJob(command.opts(), context)],
  ['regions check', '<paths...>', ['regions', 'format', ...REFERENCE, 'merge-zones'], (paths, command, context) => checkJob(paths, command.opts(), context)],
  ['regions template', '<paths...>', ['regions', 'all', ...REFERENCE, 'merge-zones'], (paths, command, context) => templateJob(paths, command.opts(), context)],
];

/** The command line's language: `--lang` as written, else the locale's (`localeLanguage`). */
export function cliLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  const written = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  return written === 'zh' || written === 'en' ? written : localeLanguage(env);
}

/** A progress bar on stderr, on a terminal only; `format` places the bar (`{bar}`) in its line. */
function progressBar(io: Console, format: string): ((done: number, total: number) => void) | undefined {
  let bar: cliProgress.SingleBar | null = null;
  return !io.isTTY ? undefined : (done, total) => {
    if (bar === null) (bar = new cliProgress.SingleBar({ format, stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic)).start(total, 0);
    bar.update(done);
    if (done < total) return;
    bar.stop();
    bar = null;
  };
}

/** Build the command tree and run it; resolves to the exit status (see `EXIT`). */
export async function runCli(program: Command, argv: readonly string[], io: Console): Promise<number> {
  const lang = cliLanguage(argv, io.env ?? {});
  const bar = '[{bar}] {value}/{total}';
  const context: JobContext = {
    effects: nodeEffects((line) => io.stderr(`${line}\n`)), cwd: io.cwd, env: io.env ?? {}, lang, note: (line) => io.stderr(`regionbench: ${line}\n`),
    onFile: progressBar(io, say(lang, MESSAGES.readingBar, bar)), onChart: progressBar(io, say(lang, MESSAGES.chartsBar, bar)),
  };
  // each command described, its help in the language (headings too, in Chinese)
  const described = (command: Command, name: string): Command => command.description(commandHelp(lang, name, { files: PUBLISHED_FILES.map((file) => file.file).join(', ') }))
    .configureHelp(lang === 'en' ? {} : { styleTitle: (title) => HELP_TITLES_ZH[title] ?? title, optionDescription: (option) => withChoices(lang, option.description, option.argChoices, option.defaultValue),
      argumentDescription: (argument) => withChoices(lang, argument.description, argument.argChoices, argument.defaultValue) }).helpOption('-h, --help', optionHelp(lang, '', 'help'));
  let status: number = EXIT.ok;
  described(program.name('regionbench'), 'regionbench').option('--debug', optionHelp(lang, '', 'debug')).configureOutput({ writeOut: io.stdout, writeErr: lang === 'zh' ? (text) => io.stderr(commanderErrorZh(text)) : io.stderr }).exitOverride();
  for (const [name, argument, options, job] of COMMANDS) {
    const [parent, child] = name.split(' ') as [string, string | undefined];
    const above = child === undefined ? program : program.commands.find((command) => command.name() === parent) ?? described(program.command(parent), parent);
    const command = described(above.command(child ?? name), name);
    const [syntax, fallback] = argument?.split('=') ?? [];
    if (syntax !== undefined) command.argument(syntax, optionHelp(lang, name, syntax.slice(1, -4)), ...(fallback === undefined ? [] : [[fallback]]));
    for (const key of options) {
      const [flags, extra = {}] = OPTIONS[`${name}.${key}`] ?? OPTIONS[key] ?? [`--${key}`];
      const option = new Option(flags, optionHelp(lang, name, key, { files: PARALLEL_FROM, variable: DOWNLOAD_ENV })).makeOptionMandatory(extra.required === true);
      if (extra.choices !== undefined) option.choices(extra.choices);
      if (extra.default !== undefined) option.default(extra.default);
      command.addOption(extra.parse === undefined ? option : option.argParser((value: string) => extra.parse?.(value, lang)));
    }
    command.action(async (...given: unknown[]) => {
      const result = await job(argument === null ? [] : given[0] as string[], command, context);
      if (result.stdout !== undefined) io.stdout(result.stdout);
      status = result.status;
    });
  }
  for (const command of [program, ...program.commands.filter((parent) => parent.commands.length > 0)]) command.helpCommand('help [command]', optionHelp(lang, '', 'help'));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // the three tiers (src/errors.ts): one line, and the tier's exit status
    if (error instanceof RegionbenchError) {
      io.stderr(`regionbench: ${error.message}\n`);
      return EXIT_BY_TIER[error.tier];
    }
    if (error instanceof CommanderError) return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return status;
}
