/**
 * A synthetic national corpus: N county-level plan notices built by recombining the seed
 * documents' sections and numbered tasks, each issued by a real county, district or
 * county-level city of the division dataset (so the parser resolves it to a real region), with
 * the figures of every task perturbed. Deterministic: the same N and seed give the same bytes.
 *
 * Each document: a notice title `XX县人民政府办公室关于印发XX县2023年重点工作任务的通知`, a 文号,
 * a signature date, the body heading, 5–10 `一、` sections and 40–80 numbered tasks, each with
 * its 责任单位 (or 牵头单位/配合单位) bracket.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIVISIONS, DIVISIONS_BY_NAME, shortName, type Division } from '../src/catalogue/divisions.js';
import { mulberry32 } from '../src/compare/random.js';
import { readDocument } from '../src/ingest/read-document.js';
import { parseDocument } from '../src/parse/parse-document.js';
import { resolveIssuerRegion } from '../src/parse/region.js';

/** One task as recombined: its text without number and bracket, and its units. */
interface TaskTemplate {
  readonly text: string;
  readonly lead: readonly string[];
  readonly participating: readonly string[];
}

interface SectionTemplate {
  readonly title: string;
  readonly tasks: readonly TaskTemplate[];
}

/** A region a generated document is issued by: the name written in the notice and its code. */
export interface CorpusRegion {
  /** As written at the start of the issuer (`嘉祥县`, or `长春市朝阳区` when the name is shared). */
  readonly written: string;
  readonly name: string;
  readonly code: string;
  readonly level: Division['level'];
  readonly parent: string;
}

const ADMIN_LEVELS: Partial<Record<Division['level'], string>> = { district: '市辖区', county_level_city: '县级市', county: '县' };

export interface CorpusDocument {
  readonly file: string;
  readonly region: CorpusRegion;
  readonly tasks: number;
  readonly bytes: number;
}

export interface Corpus {
  readonly folder: string;
  readonly documents: readonly CorpusDocument[];
  readonly bytes: number;
  /** A region table (`--regions`) with synthetic population, land area and GDP of each region, beside the folder. */
  readonly regions: string;
}

const ROMAN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
const CUT_CHARS = '〔[［【(（';

/** The seed documents' sections and tasks, with the seeds' own region names taken out. */
export async function seedTemplates(folder = 'seeds'): Promise<SectionTemplate[]> {
  const sections = new Map<string, TaskTemplate[]>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
    const bytes = new Uint8Array(readFileSync(join(folder, file)));
    const outcome = await readDocument(join(folder, file), 'txt', bytes);
    if (!outcome.ok) continue;
    const parsed = parseDocument(outcome.document);
    const names = seedNames(parsed.region);
    for (const task of parsed.structure.tasks) {
      if (task.text.length < 8) continue;
      const title = neutralise(task.section, names) || '其他重点工作';
      const list = sections.get(title) ?? [];
      list.push({ text: neutralise(task.text, names), lead: task.leadUnits, participating: task.participatingUnits });
      sections.set(title, list);
    }
  }
  return [...sections.entries()].map(([title, tasks]) => ({ title, tasks }));
}

/** The seed region's full and short names, longest first. */
function seedNames(region: Division | null): string[] {
  if (region === null) return [];
  const names = [region.name, shortName(region.name)].filter((name): name is string => name !== null);
  return names.sort((a, b) => b.length - a.length);
}

/** Replace the seed region's names by a placeholder `{R}` (full) / `{r}` (short). */
function neutralise(text: string, names: readonly string[]): string {
  let out = text;
  names.forEach((name, index) => { out = out.split(name).join(index === 0 ? '{R}' : '{r}'); });
  return out;
}

/**
 * County-level divisions that a notice issued in their name resolves to: the bare name when
 * it is unique, else the name after its parent city (`长春市朝阳区`). Checked with the parser's
 * own resolver; development zones and the like are left out.
 */
export function corpusRegions(): CorpusRegion[] {
  const out: CorpusRegion[] = [];
  for (const division of DIVISIONS) {
    if (division.level === 'province' || division.level === 'prefecture_city') continue;
    if (/开发区|管理区|示范区|试验区|园区/.test(division.name) || division.name.length > 8) continue;
    const shared = (DIVISIONS_BY_NAME.get(division.name)?.length ?? 0) > 1;
    const written = shared ? `${division.parent}${division.name}` : division.name;
    const resolved = resolveIssuerRegion(`${written}人民政府办公室`, written);
    if (resolved.ok && resolved.division.code === division.code) out.push({ written, name: division.name, code: division.code, level: division.level, parent: division.parent });
  }
  return out;
}

/**
 * Perturb the figures of a task: every Arabic number is scaled by a factor in [0.5, 1.5), keeping
 * its decimals and trailing zeros. Years (19xx/20xx), dates, 文号 and numbers glued to Latin
 * letters (5G, 3A级) are kept as written.
 */
export function perturbFigures(text: string, next: () => number): string {
  return text.replace(/\d+(?:\.\d+)?/g, (figure, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + figure.length] ?? '';
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) return figure;
    if (CUT_CHARS.includes(before) || /^[年月日号届期批]/.test(after)) return figure;
    if (/^(19|20)\d\d$/.test(figure)) return figure;
    const factor = 0.5 + next();
    const decimals = figure.includes('.') ? figure.length - figure.indexOf('.') - 1 : 0;
    if (decimals > 0) {
      const scaled = Number(figure) * factor;
      return Math.max(scaled, 10 ** -decimals).toFixed(decimals);
    }
    const zeros = /0*$/.exec(figure)?.[0].length ?? 0;
    const step = 10 ** Math.min(zeros, figure.length - 1);
    const scaled = Math.max(1, Math.round((Number(figure) * factor) / step)) * step;
    return String(scaled);
  });
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Responsible units re-issued for the new region: `区科技局` → `县科技局` for a county. */
function localUnits(units: readonly string[], level: string, region: CorpusRegion): string[] {
  return units.map((unit) => unit.replace(/^[区市县]/, level).split('{R}').join(region.name).split('{r}').join(shortName(region.name) ?? region.name));
}

function fill(text: string, region: CorpusRegion): string {
  return text.split('{R}').join(region.name).split('{r}').join(shortName(region.name) ?? region.name);
}

/** The text of one generated notice. */
export function noticeText(region: CorpusRegion, sections: readonly SectionTemplate[], next: () => number): { text: string; tasks: number } {
  const level = region.name.slice(-1);
  const office = `${region.written}人民政府办公室`;
  const plan = `${region.name}2023年重点工作任务`;
  const month = 1 + Math.floor(next() * 9);
  const day = 1 + Math.floor(next() * 28);
  const serial = 1 + Math.floor(next() * 120);
  const taskCount = 40 + Math.floor(next() * 41);
  const sectionCount = 5 + Math.floor(next() * 6);
  const chosen = shuffled(sections, next).slice(0, sectionCount);
  // split the tasks over the sections: at least 3 each, the rest at random
  const quota = chosen.map(() => 3);
  for (let left = taskCount - 3 * chosen.length; left > 0; left--) quota[Math.floor(next() * chosen.length)]! += 1;
  const all = sections.flatMap((section) => section.tasks);
  const lines: string[] = [
    `${office}关于印发${plan}的通知`,
    '',
    `${(shortName(region.name) ?? region.name).slice(0, 1)}政办发〔2023〕${serial}号`,
    '',
    `各乡镇人民政府、街道办事处,${level}政府各部门,各有关单位:`,
    '',
    `《${plan}》已经${level}政府同意,现印发给你们,请认真贯彻落实。`,
    '',
    office,
    `2023年${month}月${day}日`,
    '',
    '(此件公开发布)',
    '',
    plan,
    '',
    `为深入贯彻党的二十大精神,全面落实上级决策部署,推动${region.name}经济社会高质量发展,制定${region.name}2023年重点工作任务如下:`,
    '',
  ];
  let number = 0;
  chosen.forEach((section, sectionIndex) => {
    lines.push(`${ROMAN[sectionIndex] ?? '十'}、${fill(section.title, region)}`, '');
    const own = shuffled(section.tasks, next);
    for (let k = 0; k < (quota[sectionIndex] ?? 0); k++) {
      const task = own[k] ?? pick(all, next);
      number++;
      const lead = localUnits(task.lead, level, region);
      const participating = localUnits(task.participating, level, region);
      const units = participating.length > 0
        ? `牵头单位:${lead.join('、')};配合单位:${participating.join('、')}`
        : `责任单位:${lead.length > 0 ? lead.join('、') : `${level}政府办公室`}`;
      lines.push(`${number}.${perturbFigures(fill(task.text, region), next)}(${units})`, '');
    }
  });
  lines.push(`${office}`, `2023年${month}月${day}日印发`, '');
  return { text: `${lines.join('\n')}\n`, tasks: number };
}

/**
 * Reference figures for the corpus regions in the long shape of `seeds/regions.csv`: resident
 * population (10–150 万人), land area (200–3,000 km²) and GDP (50–1,500 亿元), all made up, so
 * the report's per-capita views and composite index have data for every region.
 */
export function regionTable(regions: readonly CorpusRegion[], next: () => number): string {
  const rows = ['region,division_code,admin_level,parent,metric,year,value,unit,source_url,note'];
  for (const region of regions) {
    const level = ADMIN_LEVELS[region.level] ?? '县';
    const identity = `${region.name},${region.code},${level},${region.parent}`;
    rows.push(`${identity},resident_population,2022,${(10 + next() * 140).toFixed(2)},万人,,synthetic (bench/corpus.ts)`);
    rows.push(`${identity},land_area,,${(200 + next() * 2800).toFixed(1)},km2,,synthetic (bench/corpus.ts)`);
    rows.push(`${identity},gdp,2022,${(50 + next() * 1450).toFixed(1)},亿元,,synthetic (bench/corpus.ts)`);
  }
  return `${rows.join('\n')}\n`;
}

/**
 * Write N notices to `folder` (created), named `00001_<code>.txt`, and their region table to
 * `<folder>.regions.csv`. Regions are the corpus regions in a seeded shuffled order, reused only
 * when N exceeds their number.
 */
export async function generateCorpus(n: number, folder: string, seed = 2023): Promise<Corpus> {
  const next = mulberry32(seed);
  const sections = await seedTemplates();
  const regions = shuffled(corpusRegions(), next);
  mkdirSync(folder, { recursive: true });
  const documents: CorpusDocument[] = [];
  let bytes = 0;
  for (let index = 0; index < n; index++) {
    const region = regions[index % regions.length] as CorpusRegion;
    const { text, tasks } = noticeText(region, sections, next);
    const data = Buffer.from(text, 'utf8');
    const file = join(folder, `${String(index + 1).padStart(5, '0')}_${region.code}.txt`);
    writeFileSync(file, data);
    documents.push({ file, region, tasks, bytes: data.length });
    bytes += data.length;
  }
  const used = [...new Map(documents.map((document) => [document.region.code, document.region])).values()];
  const table = `${folder}.regions.csv`;
  writeFileSync(table, regionTable(used, next));
  return { folder, documents, bytes, regions: table };
}
