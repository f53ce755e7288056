/**
 * How much of the documents' text a run's report and tables hold. A report of a few documents
 * keeps their whole text (task pages show every paragraph, `tasks.csv` every task's text); a
 * national run cannot: 3,000 county notices are 97 MB of text before any figure, and the report
 * held it twice (tables and pages). Above a budget the run keeps the evidence only: the tasks and
 * paragraphs that give a figure or a mention, with where every other part is in the original.
 */
import { keyword } from '../options.js';

/** What a caller asks for: a mode, or `auto` (by the budget). */
export const SOURCE_TEXT_SETTINGS = ['auto', 'whole', 'evidence'] as const;
export type SourceTextSetting = (typeof SOURCE_TEXT_SETTINGS)[number];
/** What a run does: every document's whole text, or the evidence only. */
export const SOURCE_TEXT_MODES = ['whole', 'evidence'] as const;
export type SourceTextMode = (typeof SOURCE_TEXT_MODES)[number];

/**
 * The most normalised text, in UTF-8 bytes over all of a run's documents, that a run keeps whole
 * under `auto` (about 30 MB: some 300 county notices; bench's 3,000 are 97 MB). Above it, `auto`
 * keeps the evidence only.
 *
 * @example
 * SOURCE_TEXT_BUDGET // → 30000000
 */
export const SOURCE_TEXT_BUDGET = 30_000_000;

/** The mode a run uses, and why: what it asked for, the documents' text and the budget it was weighed against. */
export interface SourceTextChoice {
  readonly mode: SourceTextMode;
  readonly setting: SourceTextSetting;
  /** UTF-8 bytes of the run's documents' normalised text (`text_bytes` summed). */
  readonly textBytes: number;
  readonly budget: number;
}

/**
 * Decide how much text a run keeps: `whole` or `evidence` as asked, and under `auto` `whole`
 * while the documents' text (`text_bytes` of the documents table, summed; a document without
 * the column counts 0) is at most `budget`, `evidence` above it. A setting that is none of
 * `SOURCE_TEXT_SETTINGS` throws `invalid source-text: <value>`.
 *
 * @example
 * sourceTextChoice('auto', [{ text_bytes: 40_000_000 }]).mode // → 'evidence'
 * sourceTextChoice('whole', [{ text_bytes: 40_000_000 }]).mode // → 'whole'
 */
export function sourceTextChoice(setting: string, documents: readonly { readonly text_bytes?: unknown }[], budget: number = SOURCE_TEXT_BUDGET): SourceTextChoice {
  const checked = keyword(setting, 'source-text', SOURCE_TEXT_SETTINGS);
  if (!Number.isFinite(budget) || budget < 0) throw new Error(`invalid source-text budget: ${String(budget)}`);
  const textBytes = documents.reduce((sum, document) => sum + (typeof document.text_bytes === 'number' ? document.text_bytes : 0), 0);
  const mode: SourceTextMode = checked === 'auto' ? (textBytes > budget ? 'evidence' : 'whole') : checked;
  return { mode, setting: checked, textBytes, budget };
}

/**
 * The key of a task of a document in `evidenceTasks`' set.
 *
 * @example
 * taskKey('28a77a5ca6d0ada2', 3) // → '28a77a5ca6d0ada2#3'
 */
export function taskKey(docId: unknown, task: unknown): string {
  return `${String(docId)}#${String(task)}`;
}

/**
 * The tasks an evidence-mode report shows (and whose rows `tasks.csv` keeps): every task of a
 * document that gives an observation (a figure or a mention), as `taskKey`s.
 *
 * @example
 * evidenceTasks([{ doc_id: 'a', task: 3 }, { doc_id: 'a', task: null }]) // → Set { 'a#3' }
 */
export function evidenceTasks(observations: Iterable<{ readonly doc_id: unknown; readonly task: unknown }>): Set<string> {
  const shown = new Set<string>();
  for (const observation of observations) if (observation.task !== null && observation.task !== undefined && observation.task !== '') shown.add(taskKey(observation.doc_id, observation.task));
  return shown;
}

/** How many rows of the tasks and quantities tables a run keeps for one document. */
export interface ShownCounts {
  readonly tasks: number;
  readonly quantities: number;
}

/** The rows of the tasks and quantities tables an evidence-mode run keeps, and their number per document. */
export interface EvidenceRows<T, Q> {
  readonly tasks: T[];
  readonly quantities: Q[];
  /** Per `doc_id`: the rows kept (a document without any: absent, i.e. 0 and 0). */
  readonly shown: Map<string, ShownCounts>;
}

type Keyed = { readonly doc_id: unknown; readonly task: unknown };

/**
 * The rows an evidence-mode run writes to its tasks and quantities tables: the tasks giving an
 * observation (`evidenceTasks`: the tasks its pages show) and the quantities of those tasks;
 * a quantity outside any numbered task is kept when its document gives an observation outside
 * any task too (a bulletin's paragraphs). Counts the rows kept per document for `documents.csv`'s
 * `tasks_shown` and `quantities_shown`. Rows keep their order; none is copied.
 *
 * @example
 * evidenceRows([{ doc_id: 'a', task: 1 }, { doc_id: 'a', task: 2 }], [{ doc_id: 'a', task: 2 }, { doc_id: 'a', task: null }], [{ doc_id: 'a', task: 2 }]).shown.get('a')
 * // → { tasks: 1, quantities: 1 }
 */
export function evidenceRows<T extends Keyed, Q extends Keyed>(tasks: readonly T[], quantities: readonly Q[], observations: readonly Keyed[]): EvidenceRows<T, Q> {
  const shownTasks = evidenceTasks(observations);
  const outsideTasks = new Set<string>();
  for (const observation of observations) if (!numbered(observation.task)) outsideTasks.add(String(observation.doc_id));
  const shown = new Map<string, { tasks: number; quantities: number }>();
  const counted = (docId: unknown): { tasks: number; quantities: number } => {
    const key = String(docId);
    let counts = shown.get(key);
    if (counts === undefined) shown.set(key, counts = { tasks: 0, quantities: 0 });
    return counts;
  };
  const keptTasks = tasks.filter((task) => shownTasks.has(taskKey(task.doc_id, task.task)));
  for (const task of keptTasks) counted(task.doc_id).tasks += 1;
  const keptQuantities = quantities.filter((quantity) => (numbered(quantity.task) ? shownTasks.has(taskKey(quantity.doc_id, quantity.task)) : outsideTasks.has(String(quantity.doc_id))));
  for (const quantity of keptQuantities) counted(quantity.doc_id).quantities += 1;
  return { tasks: keptTasks, quantities: keptQuantities, shown };
}

function numbered(task: unknown): boolean {
  return task !== null && task !== undefined && task !== '';
}
