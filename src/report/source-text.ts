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
 * The tasks an evidence-mode report shows (and whose text `tasks.csv` keeps): every task of a
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
