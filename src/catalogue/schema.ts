import { z } from 'zod';

/** Kinds an indicator can admit (mirrors `Kind` in indicators/types.ts). */
export const KINDS = ['increment', 'stock', 'cap', 'rate', 'growth', 'mentioned'] as const;

/** Whether a larger figure is better for the region (used for scores and ranks). */
export const POLARITIES = ['higher_is_better', 'lower_is_better'] as const;
export type Polarity = (typeof POLARITIES)[number];

/**
 * One catalogue indicator. Cue words identify it in a clause: every group in `all` must match
 * (one alternative per group), none of `none` may. `parts` name one part of what it measures
 * (风电 of renewable capacity): a figure of a part alone is not the indicator's, but a part
 * joined to a cue (风电、光伏发电装机) is counted with it. `wider` name a whole the indicator is one
 * part of (营造林 of 造林): a figure named only by one is the indicator's unless its paragraph also
 * gives the indicator's own figure (其中人工造林2万亩), when it is the total of several. `classifiers` lists the count words
 * that a figure for it may carry (家 firms, 个 stations); empty means any unit of `dimension`.
 */
export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are snake_case ascii'),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  unit: z.string().min(1),
  unit_zh: z.string().min(1),
  dimension: z.string().min(1),
  kinds: z.array(z.enum(KINDS)).min(1),
  polarity: z.enum(POLARITIES),
  cues: z.object({
    all: z.array(z.array(z.string().min(1)).min(1)).min(1),
    none: z.array(z.string().min(1)).default([]),
    parts: z.array(z.string().min(1)).default([]),
    wider: z.array(z.string().min(1)).default([]),
  }),
  classifiers: z.array(z.string().min(1)).default([]),
  priority: z.number().int().default(0),
  /**
   * The figure is the size of a decline (万元GDP用水量下降28.8% → 28.8). Otherwise a growth
   * written as a decline (下降15.7%) is a negative growth (-15.7).
   */
  decline: z.boolean().default(false),
});

export type IndicatorDef = z.infer<typeof indicatorSchema>;
