import { ReportScope } from './report';

/** The open stages in order, as a SQL array: `array_position(...)` gives a stage's order (null for lost). */
export const STAGE_ORDER_SQL = `ARRAY['lead','signed','landed','construction','production']::text[]`;

/**
 * The scope filters over `leads` aliased `l`, with parameters appended to `params`. Each filter is added only
 * when present, so the planner sees a plain predicate (and can use indexes) rather than `$n IS NULL OR ...`.
 */
export function scopeSql(scope: ReportScope, params: unknown[], alias = 'l'): string {
  const parts: string[] = [];
  if (scope.track) {
    params.push(scope.track);
    parts.push(`${alias}.track = $${params.length}`);
  }
  if (scope.park) {
    params.push(scope.park);
    parts.push(`${alias}.park = $${params.length}`);
  }
  if (scope.ownerId) {
    params.push(scope.ownerId);
    parts.push(`${alias}.owner_id = $${params.length}::uuid`);
  }
  return parts.length ? parts.map((p) => ` AND ${p}`).join('') : '';
}
