import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, Page, rowsOf, sqlParams, toPage } from '@luodi/core';
import { LeadActivity } from '../lead/lead';
import { ActivityRow, toActivity } from './activities.repository';

/** An activity (洽谈记录) with the lead it belongs to, for a user's 工作台. */
export interface FeedActivity extends LeadActivity {
  leadId: string;
  companyName: string;
  projectName: string;
}

export interface ActivityFeedFilter {
  /** Activities on leads this user owns. */
  ownerId?: string;
  /** Activities on leads this user leads (包联). */
  leaderId?: string;
  /** Activities this user logged. */
  byUserId?: string;
}

interface FeedRow extends ActivityRow {
  lead_id: string;
  company_name: string;
  project_name: string;
}

/** The latest activities across leads, newest first, keyset-paged on (occurred_at, id). */
@Injectable()
export class ActivityFeedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filter: ActivityFeedFilter, limit: number, cursor?: string): Promise<Page<FeedActivity>> {
    const after = decodeCursor(cursor, ['instant', 'uuid']);
    const { params, p } = sqlParams();
    const where: string[] = [];
    if (filter.ownerId) where.push(`l.owner_id = ${p(filter.ownerId)}::uuid`);
    if (filter.leaderId) where.push(`l.leader_id = ${p(filter.leaderId)}::uuid`);
    if (filter.byUserId) where.push(`a.by_user_id = ${p(filter.byUserId)}::uuid`);
    if (after) where.push(`(a.occurred_at, a.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    const rows = await rowsOf<FeedRow>(
      this.db,
      `SELECT a.id, a.lead_id, l.company_name, l.project_name, a.kind, a.occurred_at, a.summary,
              a.next_follow_up_at, a.by_user_id, a.created_at,
              to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_key
         FROM lead_activities a JOIN leads l ON l.id = a.lead_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${p(limit + 1)}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r) => ({
        ...toActivity(r),
        leadId: r.lead_id,
        companyName: r.company_name,
        projectName: r.project_name,
      }),
      (r) => [r.occurred_key, r.id],
    );
  }
}
