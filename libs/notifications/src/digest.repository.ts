import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarDate, rowsOf } from '@luodi/core';
import { DigestLead, StageCount } from './digest-data';

export interface DigestRecipient {
  id: string;
  email: string;
  name: string;
  role: 'staff' | 'supervisor' | 'admin';
  active: boolean;
}

const LEAD_COLUMNS = `l.id, l.company_name AS "companyName", l.project_name AS "projectName",
  s.name_zh AS "stageNameZh", to_char(l.stage_deadline, 'YYYY-MM-DD') AS "stageDeadline", o.name AS "ownerName"`;
const OPEN = `l.stage NOT IN ('production', 'lost')`;

/** The reads behind weekly digests. Every list is bounded: a digest is a summary with a link, not an export. */
@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async activeUsers(): Promise<DigestRecipient[]> {
    return rowsOf<DigestRecipient>(
      this.db,
      `SELECT id, email, name, role, active FROM users WHERE active ORDER BY created_at, id`,
    );
  }

  async findUser(id: string): Promise<DigestRecipient | null> {
    const rows = await rowsOf<DigestRecipient>(
      this.db,
      `SELECT id, email, name, role, active FROM users WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The owner's leads by stage (lost excluded). */
  async pipeline(ownerId: string): Promise<StageCount[]> {
    return rowsOf<StageCount>(
      this.db,
      `SELECT s.name_zh AS "stageNameZh", count(l.id)::int AS count,
              COALESCE(sum(COALESCE(l.signed_amount_wan, l.planned_investment_wan)), 0)::numeric(20, 4)::text AS "amountWan"
       FROM stages s LEFT JOIN leads l ON l.stage = s.code AND l.owner_id = $1
       WHERE s.code <> 'lost'
       GROUP BY s.code, s.name_zh, s.sort_order ORDER BY s.sort_order`,
      [ownerId],
    );
  }

  async deadlinesBetween(ownerId: string, from: CalendarDate, to: CalendarDate): Promise<DigestLead[]> {
    return rowsOf<DigestLead>(
      this.db,
      `SELECT ${LEAD_COLUMNS} FROM leads l JOIN stages s ON s.code = l.stage JOIN users o ON o.id = l.owner_id
       WHERE ${OPEN} AND l.owner_id = $1 AND l.stage_deadline BETWEEN $2::date AND $3::date
       ORDER BY l.stage_deadline, l.id LIMIT 50`,
      [ownerId, from, to],
    );
  }

  /** Open leads whose deadline is before `asOf`. */
  async overdue(ownerId: string, asOf: CalendarDate): Promise<DigestLead[]> {
    return rowsOf<DigestLead>(
      this.db,
      `SELECT ${LEAD_COLUMNS}, ($2::date - l.stage_deadline)::int AS "daysOverdue"
       FROM leads l JOIN stages s ON s.code = l.stage JOIN users o ON o.id = l.owner_id
       WHERE ${OPEN} AND l.owner_id = $1 AND l.stage_deadline < $2::date
       ORDER BY l.stage_deadline, l.id LIMIT 50`,
      [ownerId, asOf],
    );
  }

  /** Open leads with a follow-up due before the end of the week (zone time). */
  async followUpsDue(ownerId: string, before: Date, timeZone: string): Promise<DigestLead[]> {
    return rowsOf<DigestLead>(
      this.db,
      `SELECT ${LEAD_COLUMNS}, to_char(l.next_follow_up_at AT TIME ZONE $3, 'YYYY-MM-DD') AS "followUpOn"
       FROM leads l JOIN stages s ON s.code = l.stage JOIN users o ON o.id = l.owner_id
       WHERE l.stage <> 'lost' AND l.owner_id = $1 AND l.next_follow_up_at < $2
       ORDER BY l.next_follow_up_at, l.id LIMIT 50`,
      [ownerId, before, timeZone],
    );
  }
}
