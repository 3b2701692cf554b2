import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, firstRow, mutate, Page, Queryable, rowsOf, sqlParams, toPage } from '@luodi/core';
import { Problem, ProblemCategory, ProblemFilter, ProblemUpdate } from './problem';
import { isProblemOverdue } from './problem-rules';

const iso = (c: string) => `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const PROBLEM_COLUMNS = `p.id, p.lead_id AS "leadId", p.category, p.description, p.department_id AS "departmentId",
  p.assignee_id AS "assigneeId", to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate", p.status, p.resolution,
  ${iso('p.resolved_at')} AS "resolvedAt", p.created_by AS "createdBy", ${iso('p.created_at')} AS "createdAt",
  ${iso('p.updated_at')} AS "updatedAt", p.version,
  to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key`;

export type ProblemRow = Omit<Problem, 'overdue'> & { created_key: string };

export const toProblem = (r: ProblemRow, today: string): Problem => {
  const { created_key: _key, ...rest } = r;
  return { ...rest, overdue: isProblemOverdue(r.status, r.dueDate, today) };
};

/** Columns a change may set, by representation name. */
const COLUMN_OF: Record<string, string> = {
  category: 'category',
  description: 'description',
  departmentId: 'department_id',
  assigneeId: 'assignee_id',
  dueDate: 'due_date',
  status: 'status',
  resolution: 'resolution',
};

/** Problems (问题/诉求) on leads and their 反馈. */
@Injectable()
export class ProblemsRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  /** The lead's owner, or null when there is no such lead. */
  async leadOwner(leadId: string, tx: Queryable = this.db): Promise<string | null> {
    const row = await firstRow<{ owner_id: string }>(tx, `SELECT owner_id FROM leads WHERE id = $1`, [
      leadId,
    ]);
    return row?.owner_id ?? null;
  }

  async insert(
    tx: Queryable,
    p: {
      leadId: string;
      category: ProblemCategory;
      description: string;
      departmentId: string;
      assigneeId: string | null;
      dueDate: string;
      createdBy: string;
      now: Date;
    },
  ): Promise<ProblemRow> {
    const row = await firstRow<ProblemRow>(
      tx,
      `INSERT INTO problems AS p (lead_id, category, description, department_id, assignee_id, due_date, created_by,
         created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING ${PROBLEM_COLUMNS}`,
      [p.leadId, p.category, p.description, p.departmentId, p.assigneeId, p.dueDate, p.createdBy, p.now],
    );
    return row!;
  }

  find(id: string, tx: Queryable = this.db): Promise<ProblemRow | null> {
    return firstRow<ProblemRow>(tx, `SELECT ${PROBLEM_COLUMNS} FROM problems p WHERE p.id = $1`, [id]);
  }

  /**
   * The one conditional update of a change: applies `next` only while the problem is still at `version` (and so
   * at the status the change was planned from). Null when someone else changed it first.
   */
  async updateIfCurrent(
    tx: Queryable,
    id: string,
    version: number,
    next: Record<string, unknown>,
    resolvedAt: { set: Date } | { clear: true } | null,
    now: Date,
  ): Promise<ProblemRow | null> {
    const params: unknown[] = [id, version, now];
    const sets = Object.entries(next).map(([field, value]) => {
      const column = COLUMN_OF[field];
      if (!column) throw new Error(`not an updatable problem field: ${field}`);
      params.push(value);
      return `${column} = $${params.length}`;
    });
    if (resolvedAt && 'set' in resolvedAt) {
      params.push(resolvedAt.set);
      sets.push(`resolved_at = $${params.length}`);
    } else if (resolvedAt) sets.push('resolved_at = NULL');
    const { rows } = await mutate<ProblemRow>(
      tx,
      `UPDATE problems p SET ${[...sets, 'version = p.version + 1', 'updated_at = $3'].join(', ')}
       WHERE p.id = $1 AND p.version = $2 RETURNING ${PROBLEM_COLUMNS}`,
      params,
    );
    return rows[0] ?? null;
  }

  /** Newest first; `today` decides `overdue`. */
  async list(
    filter: ProblemFilter,
    limit: number,
    today: string,
    cursor?: string,
  ): Promise<Page<ProblemRow>> {
    const after = decodeCursor(cursor, ['instant', 'uuid']);
    const { params, p } = sqlParams();
    const where: string[] = [];
    if (filter.leadId) where.push(`p.lead_id = ${p(filter.leadId)}::uuid`);
    if (filter.status) where.push(`p.status = ${p(filter.status)}`);
    if (filter.category) where.push(`p.category = ${p(filter.category)}`);
    if (filter.departmentId) where.push(`p.department_id = ${p(filter.departmentId)}::uuid`);
    if (filter.assigneeId) where.push(`p.assignee_id = ${p(filter.assigneeId)}::uuid`);
    if (filter.overdue !== undefined) {
      const overdue = `(p.status <> 'resolved' AND p.due_date < ${p(today)}::date)`;
      where.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    if (after) where.push(`(p.created_at, p.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    const rows = await rowsOf<ProblemRow>(
      this.db,
      `SELECT ${PROBLEM_COLUMNS} FROM problems p ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY p.created_at DESC, p.id DESC LIMIT ${p(limit + 1)}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => r,
      (r) => [r.created_key, r.id],
    );
  }

  async insertUpdate(
    tx: Queryable,
    u: { problemId: string; byUserId: string; text: string; now: Date },
  ): Promise<ProblemUpdate> {
    const row = await firstRow<ProblemUpdate>(
      tx,
      `INSERT INTO problem_updates (problem_id, by_user_id, text, at) VALUES ($1, $2, $3, $4)
       RETURNING id, problem_id AS "problemId", ${iso('at')} AS at, by_user_id AS "byUserId", text`,
      [u.problemId, u.byUserId, u.text, u.now],
    );
    return row!;
  }

  /** Oldest first (反馈 in order). */
  updates(problemId: string): Promise<ProblemUpdate[]> {
    return rowsOf<ProblemUpdate>(
      this.db,
      `SELECT id, problem_id AS "problemId", ${iso('at')} AS at, by_user_id AS "byUserId", text
       FROM problem_updates WHERE problem_id = $1 ORDER BY at, seq`,
      [problemId],
    );
  }

  /** The ids among `ids` that are active users. */
  async activeUsers(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await rowsOf<{ id: string }>(
      this.db,
      `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND active`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
