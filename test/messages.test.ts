import { ConfigError, UsageError } from '../src/errors.js';
import { extendCatalogue, DEFAULT_CATALOGUE } from '../src/catalogue/index.js';
import { parseGold } from '../src/eval/index.js';
import {
  COMMAND_HELP, EVAL_MESSAGES, FILE_KINDS, MESSAGES, NUMBER_HINTS, OPTION_HELP, REGION_MESSAGES, commandHelp, localeLanguage, optionHelp, say, summaryLine, withChoices,
} from '../src/messages.js';
import { parseRegionTable, parseTopology } from '../src/regions/index.js';

/** Sample values for a message's parameters: numbers where the English uses them as counts, else words. */
const SAMPLE = ['甲', 2, 'b', 3, 'c'] as const;

describe('messages', () => {
  it('has every message in Chinese and English, one line each, without a trailing period', () => {
    for (const [name, message] of Object.entries(MESSAGES)) {
      const call = (lang: 'zh' | 'en'): string => (message[lang] as (...values: unknown[]) => string)(...SAMPLE);
      for (const lang of ['zh', 'en'] as const) {
        const text = call(lang);
        expect({ name, lang, empty: text.trim() === '', newline: text.includes('\n'), period: /[.。]$/.test(text) }).toEqual({ name, lang, empty: false, newline: false, period: false });
      }
      // the Chinese is a translation, not the English copied
      expect({ name, same: call('zh') === call('en') }).toEqual({ name, same: false });
    }
    for (const table of [COMMAND_HELP, OPTION_HELP, FILE_KINDS, NUMBER_HINTS]) {
      for (const [name, phrase] of Object.entries(table)) {
        expect({ name, zh: phrase.zh !== '' && phrase.zh !== phrase.en, en: phrase.en !== '' }).toEqual({ name, zh: true, en: true });
      }
    }
  });

  it('says a message in the language asked for', () => {
    expect(say('en', MESSAGES.invalidOption, '--year', 'x')).toBe('invalid --year: x');
    expect(say('en', MESSAGES.invalidOption, '--wait', '-1', 'a whole number of seconds')).toBe('invalid --wait: -1 (a whole number of seconds)');
    expect(say('zh', MESSAGES.invalidOption, '--year', 'x')).toBe('--year 的值无效：x');
    expect(say('zh', MESSAGES.tablesIn, 'reports/2023')).toBe('数据表：reports/2023');
  });

  it('sums a run up with warnings counted, in both languages', () => {
    const run = { inputs: [{ outcome: 'read' }, { outcome: 'read' }, { outcome: 'failed' }, { outcome: 'duplicate' }], tasks: [1], observations: [1, 2, 3], diagnostics: [{ severity: 'warning' }, { severity: 'info' }] };
    expect(summaryLine(run)).toBe('2 of 4 inputs read (1 duplicate, 1 failed), 1 tasks, 3 observations, 1 warning in the data (see the diagnostics table)');
    expect(summaryLine(run, 'zh')).toBe('共 4 个输入，读取 2 个（重复 1 个，失败 1 个），1 项任务，3 条观测，数据中有 1 条警告（见 diagnostics 表）');
  });

  it('takes the language from the first locale variable set', () => {
    expect(localeLanguage({ LC_MESSAGES: 'zh_CN.GB18030' })).toBe('zh');
    expect(localeLanguage({ LC_ALL: '', LANG: 'zh_TW.UTF-8' })).toBe('zh');
    expect(localeLanguage({ LANG: 'C.UTF-8' })).toBe('en');
  });

  it('gives a command\'s own help for an option before the shared one, with its values filled in', () => {
    expect(optionHelp('en', 'run', 'out')).toBe('report folder');
    expect(optionHelp('en', 'compare', 'out')).toBe('write to this file instead of stdout');
    expect(optionHelp('zh', 'regions download', 'from', { variable: 'X_URL' })).toBe('文件发布所在的文件夹网址（默认：$X_URL）');
    expect(commandHelp('en', 'regions download', { files: 'a.csv, b.json' })).toContain('(a.csv, b.json)');
    expect(() => optionHelp('en', 'run', 'no-such-option')).toThrow('no help for option no-such-option of run');
  });

  it('writes choices and defaults in Chinese as commander writes them in English', () => {
    expect(withChoices('zh', '文件', undefined, ['seeds'])).toBe('文件（默认：seeds）');
    expect(withChoices('en', 'files', undefined, ['seeds'])).toBe('files (default: ["seeds"])');
    expect(withChoices('en', 'language', ['zh', 'en'], 'zh')).toBe('language (choices: "zh", "en", default: "zh")');
    expect(withChoices('zh', '评分方法', ['minmax', 'zscore'], undefined)).toBe('评分方法（可选：minmax、zscore）');
  });

  it('keeps the stages\' English messages: a region table\'s cell, a gold file\'s column', () => {
    expect(REGION_MESSAGES.invalidCell(4, 'value', REGION_MESSAGES.cellDetail.notANumber('abc'))).toBe('invalid regions row 4 column value: "abc" is not a number');
    expect(EVAL_MESSAGES.predictionLinesSkipped('p.jsonl', [3])).toBe('prediction file p.jsonl: 1 line is not a JSON record and was skipped (line 3)');
  });
});

describe('messages: the tier each stage throws in', () => {
  it('a region table that cannot be used is configuration', () => {
    expect(() => parseRegionTable('region,metric\n', 'csv')).toThrow(ConfigError);
    expect(() => parseTopology('{"type":"FeatureCollection"}')).toThrow(new ConfigError('invalid boundaries: not a TopoJSON topology (type FeatureCollection)'));
  });

  it('a catalogue file that is not one is configuration', () => {
    expect(() => extendCatalogue(DEFAULT_CATALOGUE, '{"x": 1}', 'extra.json')).toThrow(ConfigError);
  });

  it('a gold file that cannot be scored is misuse of eval', () => {
    expect(() => parseGold('indicator\tvalue\nx\t1\n', 'gold.tsv')).toThrow(UsageError);
    expect(() => parseGold('', 'gold.tsv')).toThrow(new UsageError('gold file gold.tsv has no header row'));
  });
});
