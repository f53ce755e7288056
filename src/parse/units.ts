import { allMatches } from '../patterns.js';

/** Responsible units of a task, split into lead (牵头/责任) and participating (参与/配合). */
export interface ResponsibleUnits {
  readonly lead: readonly string[];
  readonly participating: readonly string[];
}

/** Labels that introduce lead units: 责任单位 "responsible units", 牵头单位 "lead units" … */
const LEAD_LABELS = ['责任单位', '牵头单位', '牵头部门', '责任部门', '主责单位', '主办单位', '负责单位', '责任主体'];
/** Labels that introduce participating units: 参与单位, 配合单位 "supporting units" … */
const PARTICIPATING_LABELS = ['参与单位', '配合单位', '协同单位', '协办单位', '配合部门', '参与部门', '协助单位', '参加单位'];
/** Suffix phrases that carry no unit: 按职责分工负责 "each according to its duties" … */
const DUTY_SUFFIXES = /(按照?职责分工(负责|落实)?|按职责(分别)?负责|分别负责|共同负责|负责落实|牵头负责|负责)$/;
/** Words that end a unit name; used to accept an unlabelled list (台儿庄 29: `(区政府办公室、区委编办…按职责分工负责)`). */
const UNIT_ENDINGS = /(局|委|办|厅|部|中心|政府|办公室|办事处|院|所|会|社|队|站|公司|集团|专班|街道|镇|乡|街|处|科|署|行|园|区|管委会|指挥部|小组|联社|银行|分局|支队|大队)$/;

const ALL_LABELS = new RegExp(`(${[...LEAD_LABELS, ...PARTICIPATING_LABELS].join('|')})\\s*[:：]?`, 'g');
/** The same, for a yes/no question (no `lastIndex` to carry between calls). */
const ANY_LABEL = new RegExp(ALL_LABELS.source);
/** Joining verbs that make an item a participating unit (`区财政局配合`), optionally followed by 落实/实施. */
const PARTICIPATING_VERBS = ['配合', '参与', '协助', '协同'];

/** What may follow a units bracket at the end of a task (the pattern's `[。.;；\s]*`). */
const TRAILING_MARK = /^[。.;；\s]$/;

/**
 * The trailing bracket of a task that names its responsible units, if there is one: its
 * content and where it starts. Handles one level of nested brackets (`各镇(街道)`).
 *
 * @example
 * findUnitsBracket('新建基站100个。(责任单位:区工信局)') // → { content: '责任单位:区工信局', start: 9 }
 */
export function findUnitsBracket(text: string): { content: string; start: number } | null {
  // the pattern needs a closing bracket before the final marks: most task texts end without
  // one, and are turned down before the pattern tries each opening bracket
  let last = text.length - 1;
  while (last >= 0 && TRAILING_MARK.test(text.charAt(last))) last--;
  if (text.charAt(last) !== ')' && text.charAt(last) !== '）') return null;
  const match = /[（(]((?:[^()（）]|[（(][^()（）]*[)）])*)[)）][。.;；\s]*$/.exec(text);
  if (!match) return null;
  const content = (match[1] ?? '').trim();
  if (ANY_LABEL.test(content) || looksLikeUnitList(content)) {
    return { content, start: match.index };
  }
  return null;
}

/**
 * Split the content of a units bracket into lead and participating units. Labelled parts go
 * where their label says; an item ending in 牵头 goes to lead, one ending in 配合/参与 to
 * participating; an unlabelled list is lead. Duty suffixes (按职责分工负责) and trailing 等 are dropped.
 *
 * @example
 * splitUnits('牵头单位:区工信局、区发改局;参与单位:各产业专班')
 * // → { lead: ['区工信局', '区发改局'], participating: ['各产业专班'] }
 */
export function splitUnits(content: string): ResponsibleUnits {
  const lead: string[] = [];
  const participating: string[] = [];
  const parts: { label: 'lead' | 'participating'; text: string }[] = [];
  const labels = allMatches(ALL_LABELS, content);
  if (labels.length === 0) {
    parts.push({ label: 'lead', text: content });
  } else {
    const head = content.slice(0, labels[0]?.index ?? 0).trim();
    if (head !== '') parts.push({ label: 'lead', text: head });
    labels.forEach((match, index) => {
      const next = labels[index + 1];
      const text = content.slice((match.index ?? 0) + match[0].length, next ? next.index : content.length);
      const label = LEAD_LABELS.includes(match[1] ?? '') ? 'lead' : 'participating';
      parts.push({ label, text });
    });
  }
  for (const part of parts) {
    for (const raw of splitItems(part.text)) {
      let item = trimMarks(raw.trim());
      let target = part.label;
      const verbEnd = item.endsWith('落实') || item.endsWith('实施') ? item.length - 2 : item.length;
      const verb = participatingVerb(item, verbEnd) ?? (verbEnd === item.length ? undefined : participatingVerb(item, item.length));
      if (verb !== undefined) {
        target = 'participating';
        item = item.slice(0, (item.startsWith(verb, verbEnd - verb.length) ? verbEnd : item.length) - verb.length);
      } else if (item.endsWith('牵头') || item.endsWith('牵头负责')) {
        target = 'lead';
      }
      // the duty phrases all hold 负责 or 职责: most items have neither
      if (item.includes('负责') || item.includes('职责')) item = item.replace(DUTY_SUFFIXES, '');
      if (item.endsWith('牵头')) item = item.slice(0, -2);
      if (item.endsWith('等')) item = item.slice(0, -1);
      item = item.trim();
      if (item === '') continue;
      (target === 'lead' ? lead : participating).push(item);
    }
  }
  return { lead, participating };
}

/**
 * Drop leading colons and spaces and trailing full stops and spaces (`:区工信局。` → `区工信局`)
 * of an item already trimmed of white space: only a colon can start what there is to drop, and
 * only a full stop end it, so most items are returned without running a pattern.
 */
function trimMarks(item: string): string {
  let out = item;
  if (out.startsWith(':') || out.startsWith('：')) out = out.replace(/^[:：\s]+/, '');
  if (out.endsWith('。') || out.endsWith('.')) out = out.replace(/[。.\s]+$/, '');
  return out;
}

/**
 * Whether a unit separates the items of a units list: 、 , ， ; ；. Five comparisons, not a
 * lookup in a Set, which cost a third of `splitUnits` (every unit of every list is asked).
 */
function isItemBreak(code: number): boolean {
  return code === 0x3001 || code === 0x2c || code === 0xff0c || code === 0x3b || code === 0xff1b;
}

/** A units list cut at its separators (what `split(/[、,，;；]/)` gives, without a pattern per list). */
function splitItems(text: string): string[] {
  const items: string[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isItemBreak(text.charCodeAt(at))) continue;
    items.push(text.slice(start, at));
    start = at + 1;
  }
  items.push(text.slice(start));
  return items;
}

/** The joining verb that ends at `end` in an item, if any. */
function participatingVerb(item: string, end: number): string | undefined {
  for (const word of PARTICIPATING_VERBS) if (item.startsWith(word, end - word.length)) return word;
  return undefined;
}

function looksLikeUnitList(content: string): boolean {
  const stripped = content.replace(DUTY_SUFFIXES, '');
  const items = splitItems(stripped).map((item) => item.trim().replace(/等$/, '')).filter((item) => item !== '');
  if (items.length === 0) return false;
  const unitLike = items.filter((item) => item.length <= 20 && UNIT_ENDINGS.test(item)).length;
  return unitLike === items.length && (DUTY_SUFFIXES.test(content) || items.length >= 2);
}
