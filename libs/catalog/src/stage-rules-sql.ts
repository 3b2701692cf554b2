import { StageCode } from './catalog';

/**
 * The pipeline's named rules over stages, once, as TypeScript and as the SQL fragments derived from them. Every
 * lib that filters leads in SQL takes its fragment from here (the import graph then shows the coupling).
 */

/** Stages where the work is over (done or closed): no deadline counts, no 三色预警, no reminders. */
export const FINISHED_STAGES = ['production', 'lost'] as const satisfies readonly StageCode[];
/** Stages whose signed amount counts toward the year's target (a lead lost after signing drops out). */
export const SIGNED_OR_LATER = [
  'signed',
  'landed',
  'construction',
  'production',
] as const satisfies readonly StageCode[];

/** 三库: 策划包装库, 招引落地库 (attraction until signed, landing after), 投资建设库. */
export const POOLS = ['planning', 'attraction', 'landing', 'construction'] as const;
export type Pool = (typeof POOLS)[number];
/** The pool each open stage files a lead in, unless it is in 策划包装库; a lost lead stays where it was lost. */
export const POOL_OF_STAGE: Record<Exclude<StageCode, 'lost'>, Exclude<Pool, 'planning'>> = {
  lead: 'attraction',
  signed: 'landing',
  landed: 'landing',
  construction: 'construction',
  production: 'construction',
};
export const POOL_NAMES_ZH: Record<Pool, string> = {
  planning: '策划包装库',
  attraction: '招引落地库',
  landing: '招引落地库',
  construction: '投资建设库',
};

/** An open lead: still being worked (not 投产, not 终止). */
export function isOpenLead(stage: StageCode): boolean {
  return !(FINISHED_STAGES as readonly string[]).includes(stage);
}

export function countsAsSigned(stage: StageCode): boolean {
  return (SIGNED_OR_LATER as readonly string[]).includes(stage);
}

export function poolOf(stage: StageCode, inPlanningPool: boolean, lostFromStage: StageCode | null): Pool {
  if (inPlanningPool) return 'planning';
  const s = stage === 'lost' ? (lostFromStage ?? 'lead') : stage;
  return POOL_OF_STAGE[s === 'lost' ? 'lead' : s];
}

const list = (codes: readonly string[]) => codes.map((c) => `'${c}'`).join(', ');

/** SQL: the lead aliased `alias` is open (see `isOpenLead`). Matches the partial indexes' predicates. */
export function openLeadSql(alias = 'l'): string {
  return `${alias}.stage NOT IN (${list(FINISHED_STAGES)})`;
}

/** SQL: the lead aliased `alias` counts as signed (see `countsAsSigned`). */
export function countsAsSignedSql(alias = 'l'): string {
  return `${alias}.stage IN (${list(SIGNED_OR_LATER)})`;
}

/** SQL: the pool of the lead aliased `alias` (see `poolOf`). */
export function poolSql(alias = 'l'): string {
  const effective = `(CASE WHEN ${alias}.stage = 'lost' THEN coalesce(${alias}.lost_from_stage, 'lead') ELSE ${alias}.stage END)`;
  const byPool = (pool: Pool) =>
    list(Object.entries(POOL_OF_STAGE).flatMap(([stage, p]) => (p === pool ? [stage] : [])));
  return `(CASE WHEN ${alias}.in_planning_pool THEN 'planning'
  WHEN ${effective} IN (${byPool('landing')}) THEN 'landing'
  WHEN ${effective} IN (${byPool('construction')}) THEN 'construction' ELSE 'attraction' END)`;
}
