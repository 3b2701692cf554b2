import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { openLeadSql } from '@luodi/catalog';
import { CalendarDate, rowsOf } from '@luodi/core';
import { ReminderLead } from './reminder-plan';
import { REMINDER_KINDS } from '../notification';

interface ScanRow {
  id: string;
  stage_entry_id: string;
  stage_deadline: string;
  owner_id: string;
  owner_email: string;
  owner_active: boolean;
  leader_id: string | null;
  leader_email: string | null;
  leader_active: boolean | null;
}

/** The lead as a reminder email shows it, read again at send time. */
export interface ReminderLeadDetails {
  id: string;
  stage: string;
  stageNameZh: string;
  stageEntryId: string;
  stageDeadline: string | null;
  companyName: string;
  projectName: string;
  ownerName: string;
  leaderName: string | null;
}

/** A lead read for its reminder emails, with the latest reminder offset recorded for its deadline. */
export type ReminderLeadForSend = ReminderLeadDetails & { latestOffset: number | null };

export interface ScanPage {
  leads: ReminderLead[];
  /** Keyset position after this page, or null at the end. */
  next: { deadline: string; id: string } | null;
}

const DETAILS = `SELECT l.id, l.stage, s.name_zh AS "stageNameZh", l.stage_entry_id AS "stageEntryId",
    to_char(l.stage_deadline, 'YYYY-MM-DD') AS "stageDeadline", l.company_name AS "companyName",
    l.project_name AS "projectName", o.name AS "ownerName", ld.name AS "leaderName"
  FROM leads l JOIN stages s ON s.code = l.stage JOIN users o ON o.id = l.owner_id
  LEFT JOIN users ld ON ld.id = l.leader_id`;

/**
 * Reads for the reminder scan. Only open leads with a deadline in the scan window are read, through the partial
 * index `leads_overdue_cover_idx`, and a lead whose latest due reminder is already in the ledger is passed
 * over in SQL, so a scan at a million leads touches only the few whose reminders just became due.
 */
@Injectable()
export class ReminderLeadsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async scanPage(
    window: { from: CalendarDate; to: CalendarDate },
    today: CalendarDate,
    after: { deadline: string; id: string } | null,
    limit: number,
  ): Promise<ScanPage> {
    const rows = await rowsOf<ScanRow>(
      this.db,
      `SELECT l.id, l.stage_entry_id, to_char(l.stage_deadline, 'YYYY-MM-DD') AS stage_deadline,
              o.id AS owner_id, o.email AS owner_email, o.active AS owner_active,
              ld.id AS leader_id, ld.email AS leader_email, ld.active AS leader_active
       FROM leads l
       JOIN users o ON o.id = l.owner_id
       LEFT JOIN users ld ON ld.id = l.leader_id
       WHERE ${openLeadSql('l')} AND l.stage_deadline IS NOT NULL
         AND l.stage_deadline BETWEEN $1::date AND $2::date
         AND ($4::date IS NULL OR (l.stage_deadline, l.id) > ($4::date, $5::uuid))
         AND NOT EXISTS (
           SELECT 1 FROM notifications n
           WHERE n.lead_id = l.id AND n.stage_entry_id = l.stage_entry_id
             AND n.stage_deadline = l.stage_deadline
             AND n.offset_days = CASE
               WHEN l.stage_deadline + 7 <= $3::date THEN 7
               WHEN l.stage_deadline + 1 <= $3::date THEN 1
               WHEN l.stage_deadline - 1 <= $3::date THEN -1
               ELSE -7 END)
       ORDER BY l.stage_deadline, l.id
       LIMIT $6`,
      [window.from, window.to, today, after?.deadline ?? null, after?.id ?? null, limit],
    );
    const leads = rows.map((r): ReminderLead => ({
      id: r.id,
      stageEntryId: r.stage_entry_id,
      stageDeadline: r.stage_deadline,
      owner: { id: r.owner_id, email: r.owner_email, active: r.owner_active },
      leader: r.leader_id
        ? { id: r.leader_id, email: r.leader_email ?? '', active: r.leader_active === true }
        : null,
    }));
    const last = rows[rows.length - 1];
    return { leads, next: rows.length === limit ? { deadline: last.stage_deadline, id: last.id } : null };
  }

  /**
   * The leads as reminders show them, read again at send time, each with the highest reminder offset the ledger
   * holds for its current stage entry and deadline (a reminder superseded by a later one is skipped): one query
   * for a whole batch of sends. Leads that no longer exist are missing from the map.
   */
  async findForSend(leadIds: readonly string[]): Promise<Map<string, ReminderLeadForSend>> {
    if (leadIds.length === 0) return new Map();
    const rows = await rowsOf<ReminderLeadForSend>(
      this.db,
      `SELECT d.*, (SELECT max(n.offset_days) FROM notifications n
                     WHERE n.lead_id = d.id AND n.stage_entry_id = d."stageEntryId"
                       AND n.stage_deadline = d."stageDeadline"::date AND n.kind = ANY($2::text[])) AS "latestOffset"
         FROM (${DETAILS} WHERE l.id = ANY($1::uuid[])) d`,
      [[...new Set(leadIds)], REMINDER_KINDS],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  async findDetailsMany(leadIds: string[]): Promise<ReminderLeadDetails[]> {
    if (leadIds.length === 0) return [];
    return rowsOf<ReminderLeadDetails>(this.db, `${DETAILS} WHERE l.id = ANY($1::uuid[])`, [leadIds]);
  }
}
