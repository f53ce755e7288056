import { findUnitsBracket, splitUnits } from './units.js';

/** A numbered task of a plan document, located in the document's normalised text. */
export interface Task {
  /** The task number as written (12 for `12.`). */
  readonly number: number;
  /** Title of the section the task sits in, '' before any section. */
  readonly section: string;
  /** The first sentence (`完善新型信息基础设施体系`), without its full stop. */
  readonly title: string;
  /** The task text after its number, without the trailing units bracket. */
  readonly text: string;
  readonly leadUnits: readonly string[];
  readonly participatingUnits: readonly string[];
  /** Offsets of `text` in the normalised document text. */
  readonly start: number;
  readonly end: number;
}

/** A section heading (`一、深入实施创新驱动发展战略`, or a heading that lost its number). */
export interface Section {
  readonly title: string;
  readonly start: number;
}

export interface DocumentStructure {
  readonly sections: readonly Section[];
  readonly tasks: readonly Task[];
  /** Offset where the first section or task starts: what comes before is the notice header. */
  readonly bodyStart: number;
}

/** `12.`, `12．`, `12、`, `12. ` at the start of a line, not a decimal (`1.5万`). */
const TASK_LINE = /^[ \t]*(\d{1,3})[ \t]*[.．、](?!\d)[ \t]*(\S.*)$/;
/** `一、…` section headings (also `一.`), and a stray markdown `- heading` left by a web copy. */
const SECTION_LINE = /^[ \t]*([一二三四五六七八九十]{1,3})[ \t]*[、.．][ \t]*(\S.*)$/;
const STRAY_HEADING = /^[ \t]*[-*•][ \t]+([^。;；,，]{2,40})$/;
/**
 * What the three patterns above can start with after a line's spaces and tabs: a digit, a
 * section's numeral or a bullet. A line opening with anything else (most lines: prose) is
 * neither a task nor a section, and none of the patterns is run on it (three patterns on each of
 * the bench's 467,000 lines: with the other prechecks of this session, parse stage about 0.02 s
 * a pass lower, `node /tmp/stages.mjs DIST parse 4`; bench/README.md, session 12).
 */
const LINE_LEADS: ReadonlySet<number> = new Set(Array.from('0123456789一二三四五六七八九十-*•', (mark) => mark.charCodeAt(0)));

/** Whether a line's first unit after its spaces and tabs is one of `LINE_LEADS`. */
function opensWithNumberOrBullet(line: string): boolean {
  let at = 0;
  while (at < line.length && (line.charCodeAt(at) === 0x20 || line.charCodeAt(at) === 0x09)) at++;
  return LINE_LEADS.has(line.charCodeAt(at));
}

/** A task line ends here when it closes a sentence or its units bracket. */
const CLOSED = /[。!！?？)）]\s*$/;

interface Line {
  readonly text: string;
  readonly start: number;
}

/**
 * Find the sections and numbered tasks of a plan document.
 *
 * Tasks are lines opening with a number and a stop (`12.`); numbering must run on from the
 * previous task or restart at 1, so stray numbered lines elsewhere are not taken for tasks. A
 * task line that does not end a sentence continues on the next lines (wrapped PDF or Word
 * text). The trailing bracket naming responsible units is split into lead and participating
 * units. Sections are `一、` headings and unnumbered `- heading` lines.
 *
 * @example
 * parseStructure('一、创新驱动\n1.加大平台建设。新增平台11家以上。(责任单位:区科技局)').tasks[0]
 * // → { number: 1, section: '创新驱动', title: '加大平台建设', text: '加大平台建设。新增平台11家以上。',
 * //     leadUnits: ['区科技局'], participatingUnits: [], start: 9, end: 25 }
 */
export function parseStructure(text: string): DocumentStructure {
  const lines = splitLines(text);
  const sections: Section[] = [];
  const tasks: Task[] = [];
  let section = '';
  let bodyStart = -1;
  let lastNumber = 0;
  let open: { number: number; start: number; end: number; section: string; blankAfter: boolean } | null = null;

  const close = (): void => {
    if (!open) return;
    tasks.push(buildTask(text, open.number, open.section, open.start, open.end));
    open = null;
  };

  for (const line of lines) {
    const numbered = opensWithNumberOrBullet(line.text);
    const sectionMatch = numbered ? SECTION_LINE.exec(line.text) ?? STRAY_HEADING.exec(line.text) : null;
    const isSection = sectionMatch !== null && isHeading(sectionMatch);
    const taskMatch = isSection || !numbered ? null : TASK_LINE.exec(line.text);
    const number = taskMatch ? Number(taskMatch[1]) : NaN;
    if (isSection && sectionMatch) {
      close();
      section = (sectionMatch[2] ?? sectionMatch[1] ?? '').replace(/[。:：\s]+$/, '').trim();
      sections.push({ title: section, start: line.start });
      if (bodyStart < 0) bodyStart = line.start;
      continue;
    }
    if (taskMatch && (number === lastNumber + 1 || (number === 1 && lastNumber > 0))) {
      close();
      const offset = line.text.indexOf(taskMatch[2] ?? '');
      open = { number, start: line.start + offset, end: line.start + line.text.trimEnd().length, section, blankAfter: false };
      lastNumber = number;
      if (bodyStart < 0) bodyStart = line.start;
      continue;
    }
    if (line.text.trim() === '') {
      if (open) open.blankAfter = true;
      continue;
    }
    // a row of a flattened table (`1 | 北京 | 36% |`) is no wrapped line of a task
    if (open && !/\|[^|]*\|/.test(line.text) && continues(text.slice(open.start, open.end), open.blankAfter)) {
      open.end = line.start + line.text.trimEnd().length;
      continue;
    }
    close();
  }
  close();
  return { sections, tasks, bodyStart: bodyStart < 0 ? text.length : bodyStart };
}

/**
 * Whether the next non-task line still belongs to an open task: not once the task has closed
 * with its units bracket, and not after a blank line when the task ended a sentence.
 */
function continues(taskText: string, blankAfter: boolean): boolean {
  if (findUnitsBracket(taskText) !== null) return false;
  if (!CLOSED.test(taskText)) return true;
  return !blankAfter;
}

function isHeading(match: RegExpExecArray): boolean {
  const title = match[2] ?? match[1] ?? '';
  // a heading is short and is not a sentence with its own figures and full stops (an item of a
  // list numbered 一、二、 that ends with a full stop and states a figure, 一、新建农村公路五十公里。, is a paragraph)
  return title.length <= 60 && !/。.+/.test(title) && !(/[。;；]$/.test(title) && FIGURE_IN_ITEM.test(title));
}

/** A figure in a list item: digits, or a Chinese numeral of two characters or more (五十, 一千二百). */
const FIGURE_IN_ITEM = /\d|[零一二两三四五六七八九十百千万亿]{2,}/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push({ text: text.slice(start, end), start });
    start = end + 1;
  }
  return lines;
}

function buildTask(text: string, number: number, section: string, start: number, end: number): Task {
  const whole = text.slice(start, end);
  // wrapped lines are joined by the line break in the text; for the task text they join directly
  const bracket = findUnitsBracket(whole);
  const bodyEnd = bracket ? start + bracket.start : end;
  const units = bracket ? splitUnits(bracket.content) : { lead: [], participating: [] };
  const written = text.slice(start, bodyEnd);
  const body = written.includes('\n') ? written.replace(/\n/g, '') : written;
  const titleMatch = /^(.*?)[。;；]/.exec(body);
  const title = (titleMatch?.[1] ?? body).trim();
  return {
    number,
    section,
    title: title.length <= 60 ? title : '',
    text: body.trim(),
    leadUnits: units.lead,
    participatingUnits: units.participating,
    start,
    end: bodyEnd,
  };
}
