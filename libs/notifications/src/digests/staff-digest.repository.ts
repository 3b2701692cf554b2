import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarDate, rowsOf } from '@luodi/core';
import { openLeadSql } from '@luodi/catalog';
import { StaffLead } from './digest-data';

/** Open leads only: production (done) and lost (closed) leads never appear in a staff digest. */
const OPEN = openLeadSql('l');

/** A bound on what one digest reads; a digest is a briefing with links, not an export. */
const MAX_LEADS = 1000;
const MAX_ACTIVITIES = 50;

export interface ActivityRow {
  leadId: string;
  companyName: string;
  projectName: string;
  date: CalendarDate;
  kind: string;
  summary: string;
  total: number;
}

/** The reads behind a staff member's weekly digest (their own open leads and what they logged). */
@Injectable()
export class StaffDigestRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Open leads by stage code. */
  async openByStage(ownerId: string): Promise<Map<string, number>> {
    const rows = await rowsOf<{ stage: string; n: number }>(
      this.db,
      `SELECT l.stage, count(*)::int AS n FROM leads l WHERE l.owner_id = $1 AND ${OPEN} GROUP BY l.stage`,
      [ownerId],
    );
    return new Map(rows.map((r) => [r.stage, r.n]));
  }

  /**
   * Open leads with a stage deadline up to `until`, or a follow-up in [`followFrom`, `followBefore`) (instants):
   * everything a section of the digest may list.
   */
  async needingAttention(
    ownerId: string,
    until: CalendarDate,
    followFrom: Date,
    followBefore: Date,
    timeZone: string,
  ): Promise<StaffLead[]> {
    return rowsOf<StaffLead>(
      this.db,
      `SELECT l.id, l.company_name AS "companyName", l.project_name AS "projectName", s.name_zh AS "stageNameZh",
              to_char(l.stage_deadline, 'YYYY-MM-DD') AS "stageDeadline",
              to_char(l.next_follow_up_at AT TIME ZONE $5, 'YYYY-MM-DD') AS "followUpOn"
         FROM leads l JOIN stages s ON s.code = l.stage
        WHERE l.owner_id = $1 AND ${OPEN}
          AND (l.stage_deadline <= $2::date
               OR (l.next_follow_up_at >= $3::timestamptz AND l.next_follow_up_at < $4::timestamptz))
        ORDER BY l.stage_deadline NULLS LAST, l.id
        LIMIT ${MAX_LEADS}`,
      [ownerId, until, followFrom.toISOString(), followBefore.toISOString(), timeZone],
    );
  }

  /** Activities the user logged in [from, before) on leads still open, oldest first, with the total count. */
  async loggedBetween(userId: string, from: Date, before: Date, timeZone: string): Promise<ActivityRow[]> {
    return rowsOf<ActivityRow>(
      this.db,
      `SELECT l.id AS "leadId", l.company_name AS "companyName", l.project_name AS "projectName",
              to_char(a.occurred_at AT TIME ZONE $4, 'YYYY-MM-DD') AS date, a.kind, a.summary,
              count(*) OVER ()::int AS total
         FROM lead_activities a JOIN leads l ON l.id = a.lead_id
        WHERE a.by_user_id = $1 AND a.occurred_at >= $2::timestamptz AND a.occurred_at < $3::timestamptz AND ${OPEN}
        ORDER BY a.occurred_at, a.id
        LIMIT ${MAX_ACTIVITIES}`,
      [userId, from.toISOString(), before.toISOString(), timeZone],
    );
  }
}
