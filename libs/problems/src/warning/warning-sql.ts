import { openLeadSql } from '@luodi/catalog';
import type { WarningColour, WarningInputs, WarningSettings } from './warning-rules';
import { DEFAULT_WARNING_SETTINGS } from './warning-rules';

/**
 * The warning's inputs and colours as SQL on a lead `l`, mirroring warning-rules.ts, so the lead list filters and
 * counts run in the database. The settings are read from `warning_settings` (one row, evaluated once per query);
 * the problem and 督办 conditions are uncorrelated `IN` subqueries PostgreSQL hashes once per query.
 */
const setting = (column: string) => `(SELECT ${column} FROM warning_settings)`;

const OPEN = openLeadSql('l');

const problemOverdue = (today: string) =>
  `l.id IN (SELECT p.lead_id FROM problems p WHERE p.status <> 'resolved' AND p.due_date < ${today}::date)`;
const supervisionOverdue = (today: string) =>
  `l.id IN (SELECT o.lead_id FROM supervision_orders o
            WHERE o.status NOT IN ('reported', 'closed') AND o.due_date < ${today}::date)`;
const problemAging = (now: string) =>
  `l.id IN (SELECT p.lead_id FROM problems p WHERE p.status <> 'resolved'
            AND p.created_at < ${now}::timestamptz - make_interval(days => ${setting('problem_aging_days')}))`;

/** Red: the stage is overdue, or a problem or 督办 is past due. `today` is a date parameter's placeholder. */
function redSql(today: string): string {
  return `(${OPEN} AND ((l.stage_deadline IS NOT NULL AND l.stage_deadline < ${today}::date)
    OR ${problemOverdue(today)} OR ${supervisionOverdue(today)}))`;
}

function yellowConditionSql(today: string, now: string): string {
  return `(l.stage_deadline <= ${today}::date + ${setting('deadline_soon_days')}
    OR coalesce(l.last_activity_at, l.created_at) < ${now}::timestamptz - make_interval(days => ${setting('no_activity_days')})
    OR ${problemAging(now)})`;
}

/**
 * The condition "the lead's colour is `colour`". `today` is a date parameter's placeholder; `now` gives an
 * instant parameter's placeholder, asked for only when the colour needs it.
 */
export function leadWarningSql(colour: WarningColour, today: string, now: () => string): string {
  if (colour === 'red') return redSql(today);
  const yellow = yellowConditionSql(today, now());
  if (colour === 'yellow') return `(${OPEN} AND NOT ${redSql(today)} AND ${yellow})`;
  return `(${OPEN} AND NOT ${redSql(today)} AND NOT coalesce(${yellow}, false))`;
}

/**
 * The lead's colour as one SQL expression ('red', 'yellow', 'green'; NULL for a finished lead), the same rule as
 * `leadWarningSql` with each condition evaluated once per row (the counts by colour use it: three filters each
 * repeating the red test cost three times the work).
 */
export function leadWarningColourSql(today: string, now: string): string {
  return `CASE WHEN NOT (${OPEN}) THEN NULL WHEN ${redSql(today)} THEN 'red'
    WHEN ${yellowConditionSql(today, now)} THEN 'yellow' ELSE 'green' END`;
}

/** Extra SELECT columns for a lead `l`: what `deriveLeadWarning` needs besides the lead's own columns. */
export const WARNING_INPUT_COLUMNS = `
  (SELECT to_char(min(p.due_date), 'YYYY-MM-DD') FROM problems p
     WHERE p.lead_id = l.id AND p.status <> 'resolved') AS w_open_problem_min_due,
  (SELECT min(p.created_at) FROM problems p
     WHERE p.lead_id = l.id AND p.status <> 'resolved') AS w_oldest_open_problem_at,
  (SELECT to_char(min(o.due_date), 'YYYY-MM-DD') FROM supervision_orders o
     WHERE o.lead_id = l.id AND o.status NOT IN ('reported', 'closed')) AS w_open_order_min_due,
  (SELECT json_build_object('deadlineSoonDays', s.deadline_soon_days, 'noActivityDays', s.no_activity_days,
     'problemAgingDays', s.problem_aging_days) FROM warning_settings s) AS w_settings`;

/** Those columns as the driver returns them. */
export interface WarningInputColumns {
  w_open_problem_min_due: string | null;
  w_oldest_open_problem_at: Date | null;
  w_open_order_min_due: string | null;
  w_settings: WarningSettings | null;
}

/** The inputs of `deriveLeadWarning` from a lead row's own fields and the extra columns. */
export function warningInputsOf(
  row: WarningInputColumns,
  lead: { open: boolean; stageDeadline: string | null; lastActivityOrCreation: Date },
): { inputs: WarningInputs; settings: WarningSettings } {
  return {
    inputs: {
      ...lead,
      openProblemMinDue: row.w_open_problem_min_due,
      oldestOpenProblemAt: row.w_oldest_open_problem_at,
      openOrderMinDue: row.w_open_order_min_due,
    },
    settings: row.w_settings ?? DEFAULT_WARNING_SETTINGS,
  };
}
