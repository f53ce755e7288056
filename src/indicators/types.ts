import type { Comparator } from '../quantities/index.js';

/** What a figure measures over time (see shared DOMAIN.md). */
export type Kind = 'increment' | 'stock' | 'cap' | 'rate' | 'growth' | 'mentioned';
/** A plan figure or a reported result. */
export type Status = 'target' | 'actual';
/**
 * Where a figure's year came from: written by the figure (`stated`, also a paragraph's lead year
 * or its section heading's), 今年/去年 resolved against the page's own date (`relative`), the
 * document's title year (`document`), or nowhere (`none`, year empty).
 */
export type YearBasis = 'stated' | 'relative' | 'document' | 'none';
/** 确保 ensure (a floor), 力争/争取 strive (stretch), otherwise plain. */
export type Tier = 'ensure' | 'strive' | 'plain';

/**
 * One figure (or one named task without a figure, `kind: 'mentioned'`) mapped to a catalogue
 * indicator, with the context needed to compare it across regions. Field names are the CLI's
 * snake_case record fields.
 */
export interface Observation {
  readonly doc_id: string;
  readonly source: string;
  readonly region: string;
  readonly region_code: string;
  readonly region_level: string;
  readonly year: number | null;
  readonly year_basis: YearBasis;
  /** The part of the year the figure covers as written (`1-8月`, `截至6月底`), '' for none said. */
  readonly period: string;
  readonly section: string;
  readonly task: number | null;
  readonly task_title: string;
  readonly lead_units: string;
  readonly participating_units: string;
  /** A catalogue indicator id, or `combined` for a count of several categories together. */
  readonly indicator: string;
  /** For `combined`: the indicators counted together, joined by 、; '' otherwise. */
  readonly parts: string;
  readonly kind: Kind;
  readonly status: Status;
  readonly tier: Tier;
  /** null when kind is `mentioned`. */
  readonly comparator: Comparator | null;
  /** In the indicator's canonical unit; null when kind is `mentioned`. */
  readonly value: number | null;
  readonly value_high: number | null;
  /** The indicator's canonical unit id (`station`, `m2`, `percent` …). */
  readonly unit: string;
  /** The quantity as written, '' for `mentioned`. */
  readonly raw: string;
  /** The clause as written in the document. */
  readonly evidence: string;
  /** Offsets of the evidence clause in the document's normalised text. */
  readonly start: number;
  readonly end: number;
}
