import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, firstRow, mutate, Page, Queryable, rowsOf, sqlParams, toPage } from '@luodi/core';
import { SupervisionFilter, SupervisionOrder, SupervisionStatus } from './problem';
import { isSupervisionOverdue } from './supervision-rules';

const iso = (c: string) => `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const ORDER_COLUMNS = `o.id, o.lead_id AS "leadId", o.problem_id AS "problemId", o.instruction, o.issued_by AS "issuedBy",
  to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", o.status, ${iso('o.closed_at')} AS "closedAt",
  o.return_reason AS "returnReason", o.version, ${iso('o.created_at')} AS "createdAt", ${iso('o.updated_at')} AS "updatedAt",
  to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key,
  coalesce((SELECT json_agg(json_build_object('userId', a.user_id, 'acknowledgedAt', ${iso('a.acknowledged_at')})
              ORDER BY a.position) FROM supervision_assignees a WHERE a.order_id = o.id), '[]') AS assignees,
  coalesce((SELECT json_agg(json_build_object('at', ${iso('r.at')}, 'byUserId', r.by_user_id, 'text', r.text,
              'done', r.done) ORDER BY r.at, r.seq) FROM supervision_reports r WHERE r.order_id = o.id), '[]') AS reports`;

export type OrderRow = Omit<SupervisionOrder, 'overdue'> & { created_key: string };

export const toOrder = (r: OrderRow, today: string): SupervisionOrder => {
  const { created_key: _key, ...rest } = r;
  return { ...rest, overdue: isSupervisionOverdue(r.status, r.dueDate, today) };
};

/** 督办: orders, their assignees (签收) and reports (反馈). */
@Injectable()
export class SupervisionsRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  async insert(
    tx: Queryable,
    o: {
      leadId: string;
      problemId: string | null;
      instruction: string;
      issuedBy: string;
      assigneeIds: string[];
      dueDate: string;
      now: Date;
    },
  ): Promise<string> {
    const row = await firstRow<{ id: string }>(
      tx,
      `INSERT INTO supervision_orders (lead_id, problem_id, instruction, issued_by, due_date, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [o.leadId, o.problemId, o.instruction, o.issuedBy, o.dueDate, o.now],
    );
    await tx.query(
      `INSERT INTO supervision_assignees (order_id, user_id, position)
       SELECT $1, u, n FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, n)`,
      [row!.id, o.assigneeIds],
    );
    return row!.id;
  }

  find(id: string, tx: Queryable = this.db): Promise<OrderRow | null> {
    return firstRow<OrderRow>(tx, `SELECT ${ORDER_COLUMNS} FROM supervision_orders o WHERE o.id = $1`, [id]);
  }

  /**
   * The one conditional update of a transition: moves the order to `to` only while it is still at `version`.
   * False when someone else changed it first (a concurrent second close gets nothing).
   */
  async transitionIfCurrent(
    tx: Queryable,
    id: string,
    version: number,
    to: SupervisionStatus,
    now: Date,
    extra: { closedAt?: Date; returnReason?: string | null } = {},
  ): Promise<boolean> {
    const { affected } = await mutate(
      tx,
      `UPDATE supervision_orders SET status = $3, version = version + 1, updated_at = $4,
         closed_at = CASE WHEN $5::boolean THEN $4 ELSE closed_at END,
         return_reason = CASE WHEN $6::boolean THEN $7 ELSE return_reason END
       WHERE id = $1 AND version = $2`,
      [
        id,
        version,
        to,
        now,
        extra.closedAt !== undefined,
        extra.returnReason !== undefined,
        extra.returnReason ?? null,
      ],
    );
    return affected === 1;
  }

  async acknowledge(tx: Queryable, id: string, userId: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE supervision_assignees SET acknowledged_at = $3 WHERE order_id = $1 AND user_id = $2`,
      [id, userId, now],
    );
  }

  async insertReport(
    tx: Queryable,
    r: { orderId: string; byUserId: string; text: string; done: boolean; now: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO supervision_reports (order_id, by_user_id, text, done, at) VALUES ($1, $2, $3, $4, $5)`,
      [r.orderId, r.byUserId, r.text, r.done, r.now],
    );
  }

  async list(
    filter: SupervisionFilter,
    limit: number,
    today: string,
    cursor?: string,
  ): Promise<Page<OrderRow>> {
    const after = decodeCursor(cursor, ['instant', 'uuid']);
    const { params, p } = sqlParams();
    const where: string[] = [];
    if (filter.leadId) where.push(`o.lead_id = ${p(filter.leadId)}::uuid`);
    if (filter.problemId) where.push(`o.problem_id = ${p(filter.problemId)}::uuid`);
    if (filter.status) where.push(`o.status = ${p(filter.status)}`);
    if (filter.issuedBy) where.push(`o.issued_by = ${p(filter.issuedBy)}::uuid`);
    if (filter.assigneeId) {
      where.push(
        `EXISTS (SELECT 1 FROM supervision_assignees a WHERE a.order_id = o.id AND a.user_id = ${p(filter.assigneeId)}::uuid)`,
      );
    }
    if (filter.overdue !== undefined) {
      const overdue = `(o.status NOT IN ('reported', 'closed') AND o.due_date < ${p(today)}::date)`;
      where.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    if (after) where.push(`(o.created_at, o.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    const rows = await rowsOf<OrderRow>(
      this.db,
      `SELECT ${ORDER_COLUMNS} FROM supervision_orders o ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY o.created_at DESC, o.id DESC LIMIT ${p(limit + 1)}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => r,
      (r) => [r.created_key, r.id],
    );
  }

  /** The problem's lead, or null when there is no such problem. */
  async leadOfProblem(problemId: string): Promise<string | null> {
    const row = await firstRow<{ lead_id: string }>(this.db, `SELECT lead_id FROM problems WHERE id = $1`, [
      problemId,
    ]);
    return row?.lead_id ?? null;
  }
}
