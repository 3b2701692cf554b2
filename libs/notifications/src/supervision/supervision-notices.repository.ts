import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, CalendarDate, rowsOf } from '@luodi/core';
import { OrderForNotices, ProblemForNotices } from './supervision-notice-plan';

/** How far back a scan looks for orders and problems that may still owe a notice (a worker down that long). */
export const NOTICE_LOOKBACK_DAYS = 30;

export interface ZoneProblemCounts {
  openProblems: number;
  overdueProblems: number;
  overdueOrders: number;
}

export interface OrderDetails {
  id: string;
  leadId: string;
  status: string;
  dueDate: string;
  instruction: string;
  issuerName: string;
  companyName: string;
  projectName: string;
}

export interface ProblemDetails {
  id: string;
  leadId: string;
  status: string;
  dueDate: string;
  category: string;
  description: string;
  departmentName: string;
  companyName: string;
  projectName: string;
}

/** The orders and problems the notices are about (SQL only; the rules are in supervision-notice-plan.ts). */
@Injectable()
export class SupervisionNoticesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Orders not closed that were issued or fell due within the lookback. */
  ordersToScan(today: CalendarDate): Promise<OrderForNotices[]> {
    return rowsOf<OrderForNotices>(
      this.db,
      `SELECT o.id, o.lead_id AS "leadId", o.status, to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate",
              json_build_object('userId', iu.id, 'email', iu.email) AS issuer,
              (SELECT json_agg(json_build_object('userId', u.id, 'email', u.email) ORDER BY a.position)
                 FROM supervision_assignees a JOIN users u ON u.id = a.user_id WHERE a.order_id = o.id) AS assignees
       FROM supervision_orders o JOIN users iu ON iu.id = o.issued_by
       WHERE o.status <> 'closed' AND (o.due_date >= $1::date OR o.created_at >= $1::date)
       ORDER BY o.created_at, o.id`,
      [addDays(today, -NOTICE_LOOKBACK_DAYS)],
    );
  }

  /** Problems not resolved whose due date passed within the lookback. */
  problemsToScan(today: CalendarDate): Promise<ProblemForNotices[]> {
    return rowsOf<ProblemForNotices>(
      this.db,
      `SELECT p.id, p.lead_id AS "leadId", p.status, to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate",
              json_build_array(json_build_object('userId', ou.id, 'email', ou.email))::jsonb
                || CASE WHEN au.id IS NULL THEN '[]'::jsonb
                        ELSE jsonb_build_array(jsonb_build_object('userId', au.id, 'email', au.email)) END AS recipients
       FROM problems p JOIN leads l ON l.id = p.lead_id JOIN users ou ON ou.id = l.owner_id
         LEFT JOIN users au ON au.id = p.assignee_id
       WHERE p.status <> 'resolved' AND p.due_date < $1::date AND p.due_date >= $2::date
       ORDER BY p.due_date, p.id`,
      [today, addDays(today, -NOTICE_LOOKBACK_DAYS)],
    );
  }

  /** The zone's open and overdue problems and overdue orders on `today` (the supervisors' weekly digest). */
  async zoneCounts(today: CalendarDate): Promise<ZoneProblemCounts> {
    const rows = await rowsOf<ZoneProblemCounts>(
      this.db,
      `SELECT (SELECT count(*) FROM problems WHERE status <> 'resolved')::int AS "openProblems",
              (SELECT count(*) FROM problems WHERE status <> 'resolved' AND due_date < $1::date)::int AS "overdueProblems",
              (SELECT count(*) FROM supervision_orders
                WHERE status NOT IN ('reported', 'closed') AND due_date < $1::date)::int AS "overdueOrders"`,
      [today],
    );
    return rows[0];
  }

  orderDetails(ids: string[]): Promise<OrderDetails[]> {
    return rowsOf<OrderDetails>(
      this.db,
      `SELECT o.id, o.lead_id AS "leadId", o.status, to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", o.instruction,
              u.name AS "issuerName", l.company_name AS "companyName", l.project_name AS "projectName"
       FROM supervision_orders o JOIN users u ON u.id = o.issued_by JOIN leads l ON l.id = o.lead_id
       WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  problemDetails(ids: string[]): Promise<ProblemDetails[]> {
    return rowsOf<ProblemDetails>(
      this.db,
      `SELECT p.id, p.lead_id AS "leadId", p.status, to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate", p.category,
              p.description, d.name AS "departmentName", l.company_name AS "companyName",
              l.project_name AS "projectName"
       FROM problems p JOIN departments d ON d.id = p.department_id JOIN leads l ON l.id = p.lead_id
       WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
