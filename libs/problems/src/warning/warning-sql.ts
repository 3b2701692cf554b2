import { openLeadSql } from '@luodi/catalog';
import type { WarningColour, WarningInputs, WarningSettings } from './warning-rules';
import { DEFAULT_WARNING_SETTINGS } from './warning-rules';

/**
 * The warning's inputs and colours as SQL on a lead `l`, mirroring warning-rules.ts, so the lead list filters and
 * counts run in the database. The problem and 督办 conditions are uncorrelated `IN` subqueries PostgreSQL hashes
 * once per query. The thresholds are SQL expressions (`WarningDaysSql`): the settings row read by the statement
 * itself (`WARNING_DAYS_FROM_TABLE`, evaluated once per query), or parameters holding the values the caller read
 * just before (`warningDaysParams`), which the planner sees (the green filter's index needs that).
 */
export type WarningDaysSql = Record<keyof WarningSettings, string>;

const setting = (column: string) => `(SELECT ${column} FROM warning_settings)`;

/** The thresholds read from `warning_settings` by the statement. */
export const WARNING_DAYS_FROM_TABLE: WarningDaysSql = {
  deadlineSoonDays: setting('deadline_soon_days'),
  noActivityDays: setting('no_activity_days'),
  problemAgingDays: setting('problem_aging_days'),
};

/** The thresholds as int parameters: `p` adds a parameter and returns its placeholder. */
export function warningDaysParams(settings: WarningSettings, p: (v: unknown) => string): WarningDaysSql {
  return {
    deadlineSoonDays: `${p(settings.deadlineSoonDays)}::int`,
    noActivityDays: `${p(settings.noActivityDays)}::int`,
    problemAgingDays: `${p(settings.problemAgingDays)}::int`,
  };
}

/** The statement reading the settings (one row), with the columns named as `WarningSettings`. */
export const WARNING_SETTINGS_SQL = `SELECT deadline_soon_days AS "deadlineSoonDays", no_activity_days AS "noActivityDays",
  problem_aging_days AS "problemAgingDays" FROM warning_settings`;

const OPEN = openLeadSql('l');

const problemOverdue = (today: string) =>
  `l.id IN (SELECT p.lead_id FROM problems p WHERE p.status <> 'resolved' AND p.due_date < ${today}::date)`;
const supervisionOverdue = (today: string) =>
  `l.id IN (SELECT o.lead_id FROM supervision_orders o
            WHERE o.status NOT IN ('reported', 'closed') AND o.due_date < ${today}::date)`;
const problemAging = (now: string, days: WarningDaysSql) =>
  `l.id IN (SELECT p.lead_id FROM problems p WHERE p.status <> 'resolved'
            AND p.created_at < ${now}::timestamptz - make_interval(days => ${days.problemAgingDays}))`;
/** A lead's last activity, or its creation when nothing was logged: the expression of leads_open_activity_idx. */
const LAST_ACTIVITY = `coalesce(l.last_activity_at, l.created_at)`;

/** Red: the stage is overdue, or a problem or 督办 is past due. `today` is a date parameter's placeholder. */
function redSql(today: string): string {
  return `(${OPEN} AND ((l.stage_deadline IS NOT NULL AND l.stage_deadline < ${today}::date)
    OR ${problemOverdue(today)} OR ${supervisionOverdue(today)}))`;
}

function yellowConditionSql(today: string, now: string, days: WarningDaysSql): string {
  return `(l.stage_deadline <= ${today}::date + ${days.deadlineSoonDays}
    OR ${LAST_ACTIVITY} < ${now}::timestamptz - make_interval(days => ${days.noActivityDays})
    OR ${problemAging(now, days)})`;
}

/**
 * Green in positive form (open, and no term of red or yellow), so the planner can estimate it and use an index:
 * "NOT (red OR yellow)" read every lead of a newest-first walk where few are green. The deadline term covers both
 * the red and the yellow deadline test (a deadline beyond today + N days is not past); `stage_deadline` NULL is
 * neither; `last_activity_at` NULL falls back to creation, as in the rule.
 */
function greenSql(today: string, now: string, days: WarningDaysSql): string {
  return `(${OPEN} AND (l.stage_deadline IS NULL OR l.stage_deadline > ${today}::date + ${days.deadlineSoonDays})
    AND ${LAST_ACTIVITY} >= ${now}::timestamptz - make_interval(days => ${days.noActivityDays})
    AND NOT ${problemOverdue(today)} AND NOT ${supervisionOverdue(today)} AND NOT ${problemAging(now, days)})`;
}

/**
 * The condition "the lead's colour is `colour`". `today` is a date parameter's placeholder; `now` gives an
 * instant parameter's placeholder and `days` the thresholds, asked for only when the colour needs them (red does
 * not: an unused parameter has no type).
 */
export function leadWarningSql(
  colour: WarningColour,
  today: string,
  now: () => string,
  days: () => WarningDaysSql = () => WARNING_DAYS_FROM_TABLE,
): string {
  if (colour === 'red') return redSql(today);
  if (colour === 'green') return greenSql(today, now(), days());
  return `(${OPEN} AND NOT ${redSql(today)} AND ${yellowConditionSql(today, now(), days())})`;
}

/**
 * The leads of a filter counted in all, open, red and green, as a few counts the indexes can answer (the caller
 * derives yellow: open − red − green, exact because yellow is "open, neither red nor green" and red and green are
 * disjoint). `where` is a condition on `leads l`; `today` a date and `now` an instant parameter's placeholder;
 * `days` the thresholds as parameters (the green count's range on leads_open_activity_idx needs the planner to see
 * the cut-off). Red is split in two disjoint counts: open with the stage deadline past (counted in the same pass as
 * all and open: one index-only scan of leads_track_stage_idx for a track, of leads_owner_idx for an owner), and
 * open with no past deadline among the few leads with an overdue problem or 督办 (read from those tables, joined
 * by primary key). Before (one CASE per lead, the colour
 * of every lead of the filter computed), 1M leads and one track: 234 ms.
 */
export function warningCountsSql(where: string, today: string, now: string, days: WarningDaysSql): string {
  const pastDue = `(SELECT p.lead_id FROM problems p WHERE p.status <> 'resolved' AND p.due_date < ${today}::date
    UNION SELECT o.lead_id FROM supervision_orders o
           WHERE o.status NOT IN ('reported', 'closed') AND o.due_date < ${today}::date)`;
  return `SELECT a.total, a.open, a.red + o.red AS red, g.green
    FROM (SELECT count(*)::int AS total, (count(*) FILTER (WHERE ${OPEN}))::int AS open,
                 (count(*) FILTER (WHERE ${OPEN} AND l.stage_deadline < ${today}::date))::int AS red
            FROM leads l WHERE ${where}) a,
         (SELECT count(*)::int AS red FROM ${pastDue} due JOIN leads l ON l.id = due.lead_id
           WHERE ${where} AND ${OPEN} AND (l.stage_deadline IS NULL OR l.stage_deadline >= ${today}::date)) o,
         (SELECT count(*)::int AS green FROM leads l WHERE ${where} AND ${greenSql(today, now, days)}) g`;
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
