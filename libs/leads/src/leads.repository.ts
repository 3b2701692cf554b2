import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CursorPart,
  decodeCursor,
  firstRow,
  mutate,
  Page,
  Queryable,
  rowsOf,
  toPage,
  tr,
  ValidationFailedError,
} from '@luodi/core';
import { OPEN_STAGES } from '@luodi/catalog';
import { LeadCounts, LeadListFilter, LeadSort, NewLead, Warning } from './lead';
import { LEAD_COLUMNS, LeadRow } from './lead-row';
import { nameKey } from './name-key';
import { leadWarningSql } from '@luodi/problems';

/** Columns a PATCH or a transition may set (anything else is a programming error). */
export const UPDATABLE_COLUMNS = new Set([
  'company_name',
  'company_key',
  'credit_code',
  'project_name',
  'project_key',
  'track',
  'park',
  'source',
  'planned_investment_wan',
  'signed_amount_wan',
  'stage',
  'in_planning_pool',
  'is_provincial_key',
  'stage_entry_id',
  'stage_entered_at',
  'stage_deadline',
  'lost_from_stage',
  'owner_id',
  'leader_id',
  'signed_at',
  'first_signed_at',
  'landed_at',
  'construction_started_at',
  'production_started_at',
  'last_activity_at',
  'next_follow_up_at',
  'contact_name',
  'contact_phone',
  'notes',
  'lost_reason',
]);

const INSERT_COLUMNS = `company_name, company_key, credit_code, project_name, project_key, track, park, source,
  planned_investment_wan, signed_amount_wan, stage, in_planning_pool, is_provincial_key, stage_entered_at,
  stage_deadline, owner_id, leader_id, contact_name, contact_phone, notes, created_at, updated_at`;

/** Pool, overdue and warning as SQL, mirroring stage-rules.ts, so the list filters run in the database. */
const EFFECTIVE_STAGE = `(CASE WHEN l.stage = 'lost' THEN coalesce(l.lost_from_stage, 'lead') ELSE l.stage END)`;
const POOL_SQL = `(CASE WHEN l.in_planning_pool THEN 'planning'
  WHEN ${EFFECTIVE_STAGE} IN ('signed', 'landed') THEN 'landing'
  WHEN ${EFFECTIVE_STAGE} IN ('construction', 'production') THEN 'construction' ELSE 'attraction' END)`;
// Written to match the partial index leads_open_deadline_idx.
const OPEN_WITH_DEADLINE = `l.stage NOT IN ('production', 'lost') AND l.stage_deadline IS NOT NULL`;

/** An open lead past its deadline (`today` is a date parameter): red in the 三色预警. */
function overdueSql(today: string): string {
  return `(${OPEN_WITH_DEADLINE} AND l.stage_deadline < ${today}::date)`;
}

/**
 * The 三色预警 colour as SQL, mirroring the lead's `warning` (issue 14: the stage, its problems and 督办, and the
 * configured thresholds; see @luodi/problems warning-sql.ts). `today` is a date parameter; `now` gives the instant
 * parameter, asked for only when the colour needs it.
 */
function warningSql(colour: Warning, today: string, now: () => string): string {
  return leadWarningSql(colour, today, now);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^\d{1,12}(\.\d{1,4})?$/;
/** What the first part of a list cursor is, by sort (the second is the id). */
const CURSOR_KEY: Record<LeadSort, CursorPart> = {
  createdAt: 'instant',
  '-createdAt': 'instant',
  stageDeadline: 'date?',
  '-plannedInvestmentWan': 'numeric',
};

/** Escapes LIKE metacharacters so `q` is matched literally (used with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The list's filters as SQL conditions on `leads l` (shared by the list, the export and the counts). `p` adds a
 * parameter and returns its placeholder.
 */
export function leadFilterWhere(
  filter: Omit<LeadListFilter, 'sort'>,
  p: (v: unknown) => string,
  now: Date,
  today: string,
): string[] {
  const where: string[] = [];
  if (filter.stage) where.push(`l.stage = ${p(filter.stage)}`);
  if (filter.track) where.push(`l.track = ${p(filter.track)}`);
  if (filter.park === 'none') where.push(`l.park IS NULL`);
  else if (filter.park) where.push(`l.park = ${p(filter.park)}`);
  if (filter.ownerId) where.push(`l.owner_id = ${p(filter.ownerId)}::uuid`);
  if (filter.leaderId) where.push(`l.leader_id = ${p(filter.leaderId)}::uuid`);
  if (filter.isProvincialKey !== undefined) where.push(`l.is_provincial_key = ${p(filter.isProvincialKey)}`);
  if (filter.pool) where.push(`${POOL_SQL} = ${p(filter.pool)}`);
  if (filter.q) {
    where.push(
      `(l.company_name || ' ' || l.project_name) ILIKE ${p(`%${escapeLike(filter.q)}%`)} ESCAPE '\\'`,
    );
  }
  const overdue = () => overdueSql(p(today));
  if (filter.overdue === true) where.push(overdue());
  if (filter.overdue === false) where.push(`NOT ${overdue()}`);
  if (filter.warning) where.push(warningSql(filter.warning, p(today), () => p(now.toISOString())));
  if (filter.deadlineWithinDays !== undefined) {
    const from = p(today);
    where.push(
      `${OPEN_WITH_DEADLINE} AND l.stage_deadline >= ${from}::date AND l.stage_deadline <= ${from}::date + ${p(filter.deadlineWithinDays)}::int`,
    );
  }
  if (filter.followUpDueBefore) {
    where.push(
      `l.stage NOT IN ('production', 'lost') AND l.next_follow_up_at < ${p(filter.followUpDueBefore.toISOString())}::timestamptz`,
    );
  }
  if (filter.reached) {
    // The funnel's rule, read from its per-lead facts (highest stage ever reached, kept exact by triggers).
    where.push(
      `EXISTS (SELECT 1 FROM lead_funnel_facts f WHERE f.lead_id = l.id AND f.reach >= ${p(OPEN_STAGES.indexOf(filter.reached) + 1)}::int)`,
    );
  }
  if (filter.createdFrom) where.push(`l.created_at >= ${p(filter.createdFrom.toISOString())}::timestamptz`);
  if (filter.createdBefore)
    where.push(`l.created_at < ${p(filter.createdBefore.toISOString())}::timestamptz`);
  if (filter.signedFrom || filter.signedTo) {
    // The targets' counting rule (libs/targets counting-rule.ts): first signing in range, now at 签约 or later.
    where.push(`l.stage IN ('signed', 'landed', 'construction', 'production')`);
    if (filter.signedFrom) where.push(`l.first_signed_at >= ${p(filter.signedFrom)}::date`);
    if (filter.signedTo) where.push(`l.first_signed_at <= ${p(filter.signedTo)}::date`);
  }
  return where;
}

@Injectable()
export class LeadsRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  async findById(id: string, tx: Queryable = this.db): Promise<LeadRow | null> {
    return firstRow<LeadRow>(tx, `SELECT ${LEAD_COLUMNS} FROM leads l WHERE l.id = $1`, [id]);
  }

  /** The open lead that a new one would duplicate, if any (read after the unique index refused the insert). */
  async findOpenDuplicateId(
    companyName: string,
    projectName: string,
    creditCode: string | null,
  ): Promise<string | null> {
    const row = await firstRow<{ id: string }>(
      this.db,
      `SELECT id FROM leads WHERE stage <> 'lost' AND project_key = $2
         AND (company_key = $1 OR ($3::text IS NOT NULL AND credit_code = $3)) ORDER BY created_at LIMIT 1`,
      [nameKey(companyName), nameKey(projectName), creditCode],
    );
    return row?.id ?? null;
  }

  /** The open leads' keys among these project keys, for checking an import against the database at once. */
  async openKeysForProjects(
    projectKeys: string[],
  ): Promise<{ company_key: string; project_key: string; credit_code: string | null }[]> {
    return rowsOf(
      this.db,
      `SELECT company_key, project_key, credit_code FROM leads WHERE stage <> 'lost' AND project_key = ANY($1::text[])`,
      [projectKeys],
    );
  }

  /**
   * Inserts new leads at stage `lead` (entered `today`, deadline from the stage's deadline_days), skipping any
   * that an open lead duplicates (ON CONFLICT on the partial unique indexes). Returns the ids, in input order,
   * null for each skipped one.
   */
  async insertMany(tx: Queryable, leads: NewLead[], today: string, now: Date): Promise<(string | null)[]> {
    if (leads.length === 0) return [];
    const params: unknown[] = [today, now.toISOString()];
    const tuples = leads.map((n, i) => {
      const values = [
        n.companyName,
        nameKey(n.companyName),
        n.creditCode,
        n.projectName,
        nameKey(n.projectName),
        n.track,
        n.park,
        n.source,
        n.plannedInvestmentWan,
        n.signedAmountWan,
        n.inPlanningPool,
        n.isProvincialKey,
        n.ownerId,
        n.leaderId,
        n.contactName,
        n.contactPhone,
        n.notes,
        i,
      ];
      const base = params.length;
      params.push(...values);
      const p = (k: number) => `$${base + k + 1}`;
      return `(${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}::numeric, ${p(9)}::numeric,
        'lead', ${p(10)}::boolean, ${p(11)}::boolean, $1::date, $1::date + (SELECT deadline_days FROM stages WHERE code = 'lead'),
        ${p(12)}::uuid, ${p(13)}::uuid, ${p(14)}, ${p(15)}, ${p(16)}, $2::timestamptz, $2::timestamptz, ${p(17)}::int)`;
    });
    const rows = await rowsOf<{ id: string; ord: number }>(
      tx,
      `WITH input (${INSERT_COLUMNS}, ord) AS (VALUES ${tuples.join(',\n')}),
       ins AS (INSERT INTO leads (${INSERT_COLUMNS}) SELECT ${INSERT_COLUMNS} FROM input ORDER BY ord
               ON CONFLICT DO NOTHING RETURNING id, company_key, project_key, created_at)
       SELECT ins.id, input.ord FROM ins JOIN input ON input.company_key = ins.company_key AND input.project_key = ins.project_key`,
      params,
    );
    const ids: (string | null)[] = leads.map(() => null);
    for (const r of rows) ids[r.ord] = r.id;
    return ids;
  }

  /** Inserts one lead; a duplicate raises the unique violation (the caller turns it into DUPLICATE_LEAD). */
  async insertOne(tx: Queryable, lead: NewLead, today: string, now: Date): Promise<string> {
    const row = await firstRow<{ id: string }>(
      tx,
      `INSERT INTO leads (${INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'lead', $11, $12, $18::date,
         $18::date + (SELECT deadline_days FROM stages WHERE code = 'lead'), $13, $14, $15, $16, $17, $19, $19) RETURNING id`,
      [
        lead.companyName,
        nameKey(lead.companyName),
        lead.creditCode,
        lead.projectName,
        nameKey(lead.projectName),
        lead.track,
        lead.park,
        lead.source,
        lead.plannedInvestmentWan,
        lead.signedAmountWan,
        lead.inPlanningPool,
        lead.isProvincialKey,
        lead.ownerId,
        lead.leaderId,
        lead.contactName,
        lead.contactPhone,
        lead.notes,
        today,
        now.toISOString(),
      ],
    );
    return row!.id;
  }

  async insertPendingApprovals(tx: Queryable, leadIds: string[]): Promise<void> {
    await tx.query(
      `INSERT INTO lead_approvals (lead_id, kind, status)
       SELECT id, k, 'pending' FROM unnest($1::uuid[]) AS id CROSS JOIN unnest(ARRAY['project_approval', 'eia', 'land']) AS k`,
      [leadIds],
    );
  }

  /**
   * The optimistic-concurrency write: one conditional UPDATE that succeeds only if the lead is still at
   * `version` (and `stage`, for transitions). Bumps the version. Returns whether exactly one row changed.
   */
  async updateIfCurrent(
    tx: Queryable,
    id: string,
    expected: { version: number; stage?: string },
    set: Record<string, unknown>,
  ): Promise<boolean> {
    const params: unknown[] = [id, expected.version];
    const assignments = Object.entries(set).map(([column, value]) => {
      if (!UPDATABLE_COLUMNS.has(column)) throw new Error(`not an updatable lead column: ${column}`);
      params.push(value);
      return `${column} = $${params.length}`;
    });
    let where = 'id = $1 AND version = $2';
    if (expected.stage !== undefined) {
      params.push(expected.stage);
      where += ` AND stage = $${params.length}`;
    }
    const { affected } = await mutate(
      tx,
      `UPDATE leads SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE ${where}`,
      params,
    );
    return affected === 1;
  }

  /** An activity moves lastActivityAt / nextFollowUpAt forward (GREATEST ignores nulls) and bumps the version. */
  async touchActivity(
    tx: Queryable,
    id: string,
    occurredAt: string,
    nextFollowUpAt: string | null,
  ): Promise<void> {
    await tx.query(
      `UPDATE leads SET last_activity_at = GREATEST(last_activity_at, $2::timestamptz),
         next_follow_up_at = GREATEST(next_follow_up_at, $3::timestamptz), version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, occurredAt, nextFollowUpAt],
    );
  }

  /** Names of the given users, for the export's 负责人 column. */
  async userNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await rowsOf<{ id: string; name: string }>(
      this.db,
      `SELECT id, name FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Names of the given leads (for lists that hold lead ids, such as notifications). */
  async leadNames(
    ids: string[],
  ): Promise<{ id: string; companyName: string; projectName: string; stage: string }[]> {
    if (ids.length === 0) return [];
    return rowsOf(
      this.db,
      `SELECT id, company_name AS "companyName", project_name AS "projectName", stage
         FROM leads WHERE id = ANY($1::uuid[]) ORDER BY company_name, project_name, id`,
      [ids],
    );
  }

  async stageDeadlineDays(tx: Queryable, stage: string): Promise<number | null> {
    const row = await firstRow<{ deadline_days: number | null }>(
      tx,
      `SELECT deadline_days FROM stages WHERE code = $1`,
      [stage],
    );
    return row?.deadline_days ?? null;
  }

  async list(
    filter: LeadListFilter,
    limit: number,
    cursor: string | undefined,
    now: Date,
    today: string,
  ): Promise<Page<LeadRow>> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = leadFilterWhere(filter, p, now, today);
    const { order, after, keyOf } = this.keyset(
      filter.sort,
      decodeCursor(cursor, [CURSOR_KEY[filter.sort], 'uuid']),
      p,
    );
    if (after) where.push(after);
    const rows = await rowsOf<LeadRow & { sort_key: string | null }>(
      this.db,
      `SELECT ${LEAD_COLUMNS}, ${keyOf} AS sort_key FROM leads l
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ${p(limit + 1)}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => r,
      (r) => [r.sort_key, r.id],
    );
  }

  /** Counts of the leads a filter matches, in all and by warning colour, in one scan. */
  async counts(filter: Omit<LeadListFilter, 'sort'>, now: Date, today: string): Promise<LeadCounts> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = leadFilterWhere(filter, p, now, today);
    const todayParam = p(today);
    let nowParam: string | undefined;
    const nowOnce = () => (nowParam ??= p(now.toISOString()));
    const colour = (w: Warning) => warningSql(w, todayParam, nowOnce);
    const row = await firstRow<LeadCounts>(
      this.db,
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE ${colour('red')})::int AS red,
              count(*) FILTER (WHERE ${colour('yellow')})::int AS yellow,
              count(*) FILTER (WHERE ${colour('green')})::int AS green
       FROM leads l ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return row ?? { total: 0, red: 0, yellow: 0, green: 0 };
  }

  private keyset(sort: LeadSort, cursor: unknown[] | null, p: (v: unknown) => string) {
    const [key, id] = (cursor ?? [null, null]) as [string | null, string | null];
    const bad = () =>
      new ValidationFailedError([
        { field: 'cursor', message: tr('不是有效的分页游标', 'is not a valid cursor for this sort') },
      ]);
    if (cursor && (!id || !UUID.test(id))) throw bad();
    const createdKey = `to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    switch (sort) {
      case 'createdAt':
      case '-createdAt': {
        if (cursor && (!key || !ISO_INSTANT.test(key))) throw bad();
        const op = sort === 'createdAt' ? '>' : '<';
        const dir = sort === 'createdAt' ? 'ASC' : 'DESC';
        return {
          order: `l.created_at ${dir}, l.id ${dir}`,
          after: cursor ? `(l.created_at, l.id) ${op} (${p(key)}::timestamptz, ${p(id)}::uuid)` : null,
          keyOf: createdKey,
        };
      }
      case 'stageDeadline': {
        if (cursor && key !== null && !DATE.test(key)) throw bad();
        let after: string | null = null;
        if (cursor && key === null) after = `(l.stage_deadline IS NULL AND l.id > ${p(id)}::uuid)`;
        else if (cursor) {
          const k = p(key);
          after = `(l.stage_deadline > ${k}::date OR (l.stage_deadline = ${k}::date AND l.id > ${p(id)}::uuid) OR l.stage_deadline IS NULL)`;
        }
        return {
          order: 'l.stage_deadline ASC NULLS LAST, l.id ASC',
          after,
          keyOf: `to_char(l.stage_deadline, 'YYYY-MM-DD')`,
        };
      }
      case '-plannedInvestmentWan': {
        if (cursor && (!key || !NUMERIC.test(key))) throw bad();
        const k = cursor ? p(key) : '';
        return {
          order: 'l.planned_investment_wan DESC, l.id ASC',
          after: cursor
            ? `(l.planned_investment_wan < ${k}::numeric OR (l.planned_investment_wan = ${k}::numeric AND l.id > ${p(id)}::uuid))`
            : null,
          keyOf: 'l.planned_investment_wan::text',
        };
      }
    }
  }
}
