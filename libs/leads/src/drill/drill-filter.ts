/**
 * The cockpit's drill-down filters of the lead list that the reports count by (三个一批, lost reasons), as SQL
 * conditions on `leads l`, with the reports' own rules so a list's count equals the figure clicked:
 * - `batch` + `batchFrom`/`batchTo`: the 三个一批 (libs/reports batches.repository): the lead's current signing /
 *   construction start / production start date is in the period and its stage is still at or after that event;
 * - `lostReason`: lost leads whose reason, trimmed, is exactly this text; `lostReasonMissing`: lost leads without
 *   one (the funnel's 未填写原因).
 */
export const BATCH_FILTERS = ['signed', 'constructionStarted', 'productionStarted'] as const;
export type BatchFilter = (typeof BATCH_FILTERS)[number];

export interface DrillFilter {
  batch?: BatchFilter;
  /** Zone dates, inclusive. */
  batchFrom?: string;
  batchTo?: string;
  lostReason?: string;
  lostReasonMissing?: boolean;
}

const BATCH_EVENTS: Record<BatchFilter, { column: string; stages: string }> = {
  signed: { column: 'signed_at', stages: `('signed', 'landed', 'construction', 'production')` },
  constructionStarted: { column: 'construction_started_at', stages: `('construction', 'production')` },
  productionStarted: { column: 'production_started_at', stages: `('production')` },
};

export function drillFilterWhere(filter: DrillFilter, p: (v: unknown) => string): string[] {
  const where: string[] = [];
  if (filter.batch) {
    const e = BATCH_EVENTS[filter.batch];
    where.push(`l.stage IN ${e.stages}`, `l.${e.column} IS NOT NULL`);
    if (filter.batchFrom) where.push(`l.${e.column} >= ${p(filter.batchFrom)}::date`);
    if (filter.batchTo) where.push(`l.${e.column} <= ${p(filter.batchTo)}::date`);
  }
  if (filter.lostReason !== undefined)
    where.push(`l.stage = 'lost'`, `btrim(l.lost_reason) = ${p(filter.lostReason.trim())}`);
  if (filter.lostReasonMissing) where.push(`l.stage = 'lost'`, `NULLIF(btrim(l.lost_reason), '') IS NULL`);
  return where;
}
