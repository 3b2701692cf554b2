import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Queryable, rowsOf } from '@luodi/core';
import { LeadAuditEntry } from '../lead/lead';

/** Field changes as `{ field: [before, after] }`, the shape of an audit entry. */
export type AuditChanges = Record<string, [unknown, unknown]>;

/** The lead audit trail (审计记录): who changed what, when, each field's old and new value. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(
    tx: Queryable,
    leadId: string,
    userId: string | null,
    action: string,
    changes: AuditChanges,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO lead_audit (lead_id, user_id, action, changes) VALUES ($1, $2, $3, $4::jsonb)`,
      [leadId, userId, action, JSON.stringify(changes)],
    );
  }

  async recordMany(
    tx: Queryable,
    entries: { leadId: string; changes: AuditChanges }[],
    userId: string,
    action: string,
  ): Promise<void> {
    if (entries.length === 0) return;
    await tx.query(
      `INSERT INTO lead_audit (lead_id, user_id, action, changes)
       SELECT id, $3, $4, c FROM unnest($1::uuid[], $2::jsonb[]) AS x(id, c)`,
      [entries.map((e) => e.leadId), entries.map((e) => JSON.stringify(e.changes)), userId, action],
    );
  }

  trail(leadId: string): Promise<LeadAuditEntry[]> {
    return rowsOf<LeadAuditEntry>(
      this.db,
      `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, user_id AS "userId", action, changes
       FROM lead_audit WHERE lead_id = $1 ORDER BY id`,
      [leadId],
    );
  }
}
