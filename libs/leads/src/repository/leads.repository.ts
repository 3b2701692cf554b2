import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CursorPart,
  decodeCursor,
  firstRow,
  preparedFirstRow,
  preparedRowsOfText,
  PreparedStatement,
  isUuid,
  mutate,
  notifyOutbox,
  outboxCtes,
  OutboxTopic,
  Page,
  Queryable,
  retryTransient,
  rowsOf,
  toPage,
  tr,
  ValidationFailedError,
} from '@luodi/core';
import { countsAsSignedSql, OPEN_STAGES, openLeadSql, poolSql, StageCode } from '@luodi/catalog';
import { APPROVAL_KINDS, LeadCounts, LeadListFilter, LeadSort, NewLead, Warning } from '../lead/lead';
import { LEAD_COLUMNS, LeadRow } from './lead-row';
import { nameKey } from '../fields/name-key';
import {
  columnOf,
  INSERT_FIELDS,
  LeadChange,
  LeadFieldName,
  WRITABLE_FIELDS,
} from '../fields/lead-field-table';
import {
  DEFAULT_WARNING_SETTINGS,
  WARNING_SETTINGS_SQL,
  warningCountsSql,
  leadWarningSql,
  warningDaysParams,
} from '@luodi/problems';
import type { WarningSettings } from '@luodi/problems';
import { drillFilterWhere } from '../drill/drill-filter';
import { SimilarCompaniesQuery, SimilarCompanyName } from '../fields/lead-company-link';

/** The INSERT's columns: the new lead's fields (from the field table), its name keys and the pipeline's start. */
const INSERT_COLUMNS = [
  ...INSERT_FIELDS.map((f) => f.column),
  'company_key',
  'project_key',
  'stage',
  'stage_entered_at',
  'stage_deadline',
  'created_at',
  'updated_at',
].join(', ');

/** One row of the INSERT: `p(field)` gives the placeholder of a value, `today`/`now` the shared parameters. */
function insertTuple(lead: NewLead, p: (v: unknown) => string, today: string, now: string): string {
  return [
    ...INSERT_FIELDS.map((f) => `${p(lead[f.field])}::${f.type}`),
    `${p(nameKey(lead.companyName))}::text`,
    `${p(nameKey(lead.projectName))}::text`,
    `'lead'`,
    `${today}::date`,
    `${today}::date + (SELECT deadline_days FROM stages WHERE code = 'lead')`,
    `${now}::timestamptz`,
    `${now}::timestamptz`,
  ].join(', ');
}

/** Overdue and warning as SQL, mirroring stage-rules.ts, so the list filters run in the database. */
// Written to match the partial indexes on open leads with a deadline (leads_overdue_cover_idx and others).
const OPEN_WITH_DEADLINE = `${openLeadSql('l')} AND l.stage_deadline IS NOT NULL`;

/** An open lead past its deadline (`today` is a date parameter): red in the 三色预警. */
function overdueSql(today: string): string {
  return `(${OPEN_WITH_DEADLINE} AND l.stage_deadline < ${today}::date)`;
}

/**
 * The 三色预警 colour as SQL, mirroring the lead's `warning` (issue 14: the stage, its problems and 督办, and the
 * configured thresholds; see @luodi/problems warning-sql.ts). `today` is a date parameter; `now` gives the instant
 * parameter, asked for only when the colour needs it. The thresholds are parameters when the caller read them
 * (`settings`): the planner then sees their values (green's index), else the statement reads them.
 */
function warningSql(
  colour: Warning,
  today: string,
  now: () => string,
  p: (v: unknown) => string,
  settings?: WarningSettings,
): string {
  return leadWarningSql(colour, today, now, settings ? () => warningDaysParams(settings, p) : undefined);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
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
 * parameter and returns its placeholder; `warningSettings`, read just before, makes the `warning` thresholds
 * parameters (see `warningSql`).
 */
export function leadFilterWhere(
  filter: Omit<LeadListFilter, 'sort'>,
  p: (v: unknown) => string,
  now: Date,
  today: string,
  warningSettings?: WarningSettings,
): string[] {
  const where: string[] = [];
  if (filter.stage) where.push(`l.stage = ${p(filter.stage)}`);
  if (filter.track) where.push(`l.track = ${p(filter.track)}`);
  if (filter.park === 'none') where.push(`l.park IS NULL`);
  else if (filter.park) where.push(`l.park = ${p(filter.park)}`);
  if (filter.ownerId) where.push(`l.owner_id = ${p(filter.ownerId)}::uuid`);
  if (filter.leaderId) where.push(`l.leader_id = ${p(filter.leaderId)}::uuid`);
  if (filter.isProvincialKey !== undefined) where.push(`l.is_provincial_key = ${p(filter.isProvincialKey)}`);
  if (filter.pool) where.push(`${poolSql('l')} = ${p(filter.pool)}`);
  if (filter.q) {
    where.push(
      `(l.company_name || ' ' || l.project_name) ILIKE ${p(`%${escapeLike(filter.q)}%`)} ESCAPE '\\'`,
    );
    // One or two characters: the trigram index cannot serve them, the grams index (migration LeadNameBigrams) can.
    if ([...filter.q].length <= 2)
      where.push(`lead_name_grams(l.company_name || ' ' || l.project_name) @> ARRAY[lower(${p(filter.q)})]`);
  }
  const overdue = () => overdueSql(p(today));
  if (filter.overdue === true) where.push(overdue());
  if (filter.overdue === false) where.push(`NOT ${overdue()}`);
  if (filter.warning)
    where.push(warningSql(filter.warning, p(today), () => p(now.toISOString()), p, warningSettings));
  if (filter.deadlineWithinDays !== undefined) {
    const from = p(today);
    where.push(
      `${OPEN_WITH_DEADLINE} AND l.stage_deadline >= ${from}::date AND l.stage_deadline <= ${from}::date + ${p(filter.deadlineWithinDays)}::int`,
    );
  }
  if (filter.followUpDueBefore) {
    where.push(
      `${openLeadSql('l')} AND l.next_follow_up_at < ${p(filter.followUpDueBefore.toISOString())}::timestamptz`,
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
    where.push(countsAsSignedSql('l'));
    if (filter.signedFrom) where.push(`l.first_signed_at >= ${p(filter.signedFrom)}::date`);
    if (filter.signedTo) where.push(`l.first_signed_at <= ${p(filter.signedTo)}::date`);
  }
  where.push(...drillFilterWhere(filter, p)); // 三个一批 and lost reasons (cockpit drill-down)
  return where;
}

/**
 * Inserts a lead with its history already decided (the demo seed, an import of past records): every stored field
 * by its name in the field table, the name keys derived. Returns the id.
 */
export async function insertLeadRecord(tx: Queryable, values: LeadChange): Promise<string> {
  const record: LeadChange = {
    ...values,
    companyKey: nameKey(values.companyName as string),
    projectKey: nameKey(values.projectName as string),
  };
  const fields = Object.keys(record) as LeadFieldName[];
  const row = await firstRow<{ id: string }>(
    tx,
    `INSERT INTO leads (${fields.map(columnOf).join(', ')})
     VALUES (${fields.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    fields.map((f) => record[f]),
  );
  return row!.id;
}

/** An audit entry written in the same statement as the change it records (see AuditRepository.record). */
export interface LeadAuditEntry {
  userId: string;
  action: string;
  changes: Record<string, [unknown, unknown]>;
}

/** A CTE `audit` inserting the entry for the lead row of CTE `source` (`p` adds a parameter). */
function auditCte(source: string, a: LeadAuditEntry, p: (v: unknown) => string): string {
  return `audit AS (
    INSERT INTO lead_audit (lead_id, user_id, action, changes)
    SELECT ${source}.id, ${p(a.userId)}::uuid, ${p(a.action)}, ${p(JSON.stringify(a.changes))}::jsonb FROM ${source})`;
}

/** The lead reads every GET, PATCH and transition makes: prepared (planned once per connection). */
const LEAD_BY_ID: PreparedStatement = {
  name: 'leads_by_id',
  text: `SELECT ${LEAD_COLUMNS} FROM leads l WHERE l.id = $1`,
};
const LEAD_OWNER: PreparedStatement = {
  name: 'leads_owner',
  text: `SELECT owner_id FROM leads WHERE id = $1`,
};

@Injectable()
export class LeadsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, tx: Queryable = this.db): Promise<LeadRow | null> {
    return preparedFirstRow<LeadRow>(tx, LEAD_BY_ID, [id]);
  }

  /** Just who owns the lead (for the permission check of writes that need nothing else), or null if none. */
  async findOwner(id: string): Promise<{ owner_id: string } | null> {
    return preparedFirstRow<{ owner_id: string }>(this.db, LEAD_OWNER, [id]);
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
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const tuples = leads.map((n, i) => `(${insertTuple(n, p, '$1', '$2')}, ${p(i)}::int)`);
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

  /**
   * Creates one lead at stage `lead` with its pending approvals and its `created` audit entry, and returns its
   * row, in one statement: one round trip, atomic by itself (no BEGIN/COMMIT). The approval and audit rows are
   * those ApprovalsRepository.insertPending and AuditRepository.record write; the representation's approvals
   * read as pending (the statement's own inserts are not visible to its subquery, and a missing approval is
   * pending). A duplicate raises the unique violation (the caller turns it into DUPLICATE_LEAD); a deadlock
   * victim is run again. Prepared (the text takes two shapes, with and without `similar`): its plan cost
   * PostgreSQL 0.4–0.8 ms per create, more than the lead's own insert.
   *
   * With `similar`, the look-alike firms are read only when the insert created the lead's company (the
   * statement's snapshot predates the company the insert trigger creates, so it does not see it): a lead linked
   * to a registered company (by credit code, normalised name or alias) names no look-alikes, as with `companyId`.
   */
  async createOne(
    lead: NewLead,
    today: string,
    now: Date,
    audit: LeadAuditEntry,
    similar?: SimilarCompaniesQuery,
  ): Promise<{ row: LeadRow; similarCompanies: SimilarCompanyName[] }> {
    const params: unknown[] = [today, now.toISOString()];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    // The firm's look-alikes, read in the same statement when the company is new (invisible to the statement's
    // snapshot; company_similar's own queries see it, so it is excluded by id).
    const similarColumn = similar
      ? `CASE WHEN NOT EXISTS (SELECT 1 FROM companies c WHERE c.id = l.company_id) THEN
          (SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'similarity', s.similarity) ORDER BY s.n)
             FROM company_similar(${p(similar.nameNorm)}::text, ${p(similar.threshold)}::real, ${p(similar.limit)}::int,
                                  l.company_id) WITH ORDINALITY AS s(id, name, similarity, n)) END`
      : 'NULL::json';
    const sql = `
      WITH ins AS (
        INSERT INTO leads (${INSERT_COLUMNS}) VALUES (${insertTuple(lead, p, '$1', '$2')}) RETURNING *),
      approvals AS (
        INSERT INTO lead_approvals (lead_id, kind, status)
        SELECT ins.id, k, 'pending' FROM ins, unnest(${p([...APPROVAL_KINDS])}::text[]) AS k),
      ${auditCte('ins', audit, p)}
      SELECT ${LEAD_COLUMNS}, ${similarColumn} AS similar_companies FROM ins l`;
    const [row] = await retryTransient(() =>
      preparedRowsOfText<LeadRow & { similar_companies: SimilarCompanyName[] | null }>(this.db, sql, params),
    );
    const similarCompanies = (row.similar_companies ?? []).map((c) => ({
      ...c,
      similarity: Math.round(c.similarity * 1000) / 1000,
    }));
    return { row, similarCompanies };
  }

  /**
   * The optimistic-concurrency write: one conditional UPDATE that succeeds only if the lead is still at
   * `expected.version` (and `expected.stage`, for transitions). Bumps the version; keeps the name keys in step
   * with the names. Returns the lead as it now is, or null when it was no longer current.
   */
  async update(
    tx: Queryable,
    id: string,
    expected: { version: number; stage?: StageCode },
    change: LeadChange,
    audit?: LeadAuditEntry,
  ): Promise<LeadRow | null> {
    const values: LeadChange = { ...change };
    if (typeof change.companyName === 'string') values.companyKey = nameKey(change.companyName);
    if (typeof change.projectName === 'string') values.projectKey = nameKey(change.projectName);
    const params: unknown[] = [id, expected.version];
    const assignments = (Object.keys(values) as LeadFieldName[]).map((field) => {
      if (!WRITABLE_FIELDS.has(field)) throw new Error(`not a writable lead field: ${field}`);
      params.push(values[field]);
      return `${columnOf(field)} = $${params.length}`;
    });
    let where = 'l.id = $1 AND l.version = $2';
    if (expected.stage !== undefined) {
      params.push(expected.stage);
      where += ` AND l.stage = $${params.length}`;
    }
    const sets = [...assignments, 'version = l.version + 1', 'updated_at = now()'].join(', ');
    if (audit) {
      // The update and its audit entry in one statement (no audit row when the lead was not current).
      const p = (v: unknown) => `$${params.push(v)}`;
      // Prepared per shape (which fields change): its plan took longer than running it (see statementFor).
      const rows = await preparedRowsOfText<LeadRow>(
        tx,
        `WITH upd AS (UPDATE leads l SET ${sets} WHERE ${where} RETURNING *), ${auditCte('upd', audit, p)}
         SELECT ${LEAD_COLUMNS} FROM upd l`,
        params,
      );
      return rows[0] ?? null;
    }
    const { rows } = await mutate<LeadRow>(
      tx,
      `UPDATE leads l SET ${sets} WHERE ${where} RETURNING ${LEAD_COLUMNS}`,
      params,
    );
    return rows[0] ?? null;
  }

  /** `update` with its audit entry on its own, outside any transaction: one round trip, deadlock victims rerun. */
  updateNow(
    id: string,
    expected: { version: number },
    change: LeadChange,
    audit: LeadAuditEntry,
  ): Promise<LeadRow | null> {
    return retryTransient(() => this.update(this.db, id, expected, change, audit));
  }

  /**
   * A stage move in one statement, atomic by itself (no BEGIN/COMMIT): the conditional update (id, version and
   * stage must still match) with the new stage's deadline from `stages` (none for `lost`), then only if it
   * happened the history row (id `transition.id`, the lead's new stage_entry_id), the audit entry (its
   * `stageDeadline` change read from the update) and, with `outbox`, the outbox row (notified after the commit).
   * Returns the lead as it now is, or null when it was no longer current. Deadlock victims are run again.
   */
  async transitionNow(
    id: string,
    expected: { version: number; stage: StageCode },
    change: LeadChange,
    transition: { id: string; to: StageCode; date: string; byUserId: string; reason: string | null },
    audit: LeadAuditEntry & { stageDeadlineBefore: string | null },
    outbox: { year: number } | null,
  ): Promise<LeadRow | null> {
    const params: unknown[] = [id, expected.version, expected.stage];
    const p = (v: unknown) => `$${params.push(v)}`;
    const sets = Object.entries(change).map(([field, value]) => {
      if (!WRITABLE_FIELDS.has(field as LeadFieldName))
        throw new Error(`not a writable lead field: ${field}`);
      return `${columnOf(field as LeadFieldName)} = ${p(value)}`;
    });
    const to = p(transition.to);
    const date = p(transition.date);
    const deadline =
      transition.to === 'lost'
        ? 'NULL'
        : `${date}::date + (SELECT deadline_days FROM stages WHERE code = ${to})`;
    const sql = `
      WITH upd AS (
        UPDATE leads l SET ${[...sets, `stage = ${to}`, `stage_entered_at = ${date}::date`, `stage_deadline = ${deadline}`, `stage_entry_id = ${p(transition.id)}::uuid`, 'version = l.version + 1', 'updated_at = now()'].join(', ')}
         WHERE l.id = $1 AND l.version = $2 AND l.stage = $3 RETURNING *),
      history AS (
        INSERT INTO lead_transitions (id, lead_id, from_stage, to_stage, date, by_user_id, reason)
        SELECT upd.stage_entry_id, upd.id, $3, ${to}, ${date}::date, ${p(transition.byUserId)}::uuid, ${p(transition.reason)}
          FROM upd),
      audit AS (
        INSERT INTO lead_audit (lead_id, user_id, action, changes)
        SELECT upd.id, ${p(audit.userId)}::uuid, ${p(audit.action)},
               ${p(JSON.stringify(audit.changes))}::jsonb || jsonb_build_object('stageDeadline',
                 jsonb_build_array(${p(audit.stageDeadlineBefore)}::text, to_char(upd.stage_deadline, 'YYYY-MM-DD')))
          FROM upd)${
            outbox
              ? `,
      ${outboxCtes('outbox_row', 'upd', OutboxTopic.TargetsRecompute, outbox, p)}`
              : ''
          }
      SELECT ${LEAD_COLUMNS}${outbox ? ', (SELECT count(*) FROM outbox_row)::int AS outboxed' : ''} FROM upd l`;
    // Prepared per shape (target stage, fields set, outbox or not; see statementFor).
    const [row = null] = await retryTransient(() =>
      preparedRowsOfText<LeadRow & { outboxed?: number }>(this.db, sql, params),
    );
    // Committed: now wake the worker (outside the write's transaction, see notifyOutbox).
    if (row?.outboxed) await notifyOutbox(this.db, OutboxTopic.TargetsRecompute);
    if (row) delete row.outboxed;
    return row;
  }

  /** Wakes the worker for committed outbox rows (never inside a transaction: see `notifyOutbox`). */
  notifyOutbox(topic: OutboxTopic): Promise<void> {
    return notifyOutbox(this.db, topic);
  }

  /** See `insertLeadRecord`. */
  insertRecord(tx: Queryable, values: LeadChange): Promise<string> {
    return insertLeadRecord(tx, values);
  }

  /** A change to something the lead's representation holds (an approval): bumps the version if still current. */
  async bumpVersion(tx: Queryable, id: string, expectedVersion: number): Promise<boolean> {
    return (await this.update(tx, id, { version: expectedVersion }, {})) !== null;
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
    const where = leadFilterWhere(filter, p, now, today, await this.warningSettingsFor(filter));
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

  /**
   * Counts of the leads a filter matches, in all and by warning colour, in one statement (one snapshot): a few
   * counts the indexes answer (warningCountsSql) rather than each lead's colour. The thresholds are read first and
   * passed as parameters (the filter's colour, if any, uses the same read: no race with a change).
   */
  async counts(filter: Omit<LeadListFilter, 'sort'>, now: Date, today: string): Promise<LeadCounts> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const settings = await this.warningSettings();
    const where = leadFilterWhere(filter, p, now, today, settings);
    const row = await firstRow<{ total: number; open: number; red: number; green: number }>(
      this.db,
      warningCountsSql(
        where.length ? where.join(' AND ') : 'TRUE',
        p(today),
        p(now.toISOString()),
        warningDaysParams(settings, p),
      ),
      params,
    );
    if (!row) return { total: 0, red: 0, yellow: 0, green: 0 };
    return { total: row.total, red: row.red, yellow: row.open - row.red - row.green, green: row.green };
  }

  private async warningSettings(): Promise<WarningSettings> {
    return (await firstRow<WarningSettings>(this.db, WARNING_SETTINGS_SQL)) ?? DEFAULT_WARNING_SETTINGS;
  }

  /** The warning thresholds when the filter has a colour (one more round trip, so the planner sees them). */
  private async warningSettingsFor(filter: { warning?: Warning }): Promise<WarningSettings | undefined> {
    return filter.warning ? this.warningSettings() : undefined;
  }

  private keyset(sort: LeadSort, cursor: unknown[] | null, p: (v: unknown) => string) {
    const [key, id] = (cursor ?? [null, null]) as [string | null, string | null];
    const bad = () =>
      new ValidationFailedError([
        { field: 'cursor', message: tr('不是有效的分页游标', 'is not a valid cursor for this sort') },
      ]);
    if (cursor && (!id || !isUuid(id))) throw bad();
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
