import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Queryable, rowsOf } from '@luodi/core';
import { HistoryEntry } from './problem';

export type AuditedEntity = 'problem' | 'supervision';

export interface AuditEntry {
  at: string;
  userId: string | null;
  action: string;
  changes: Record<string, [unknown, unknown]>;
}

/** The status history and the audit trail of problems and orders (written in the transaction of each change). */
@Injectable()
export class ProblemAuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(
    tx: Queryable,
    e: {
      entity: AuditedEntity;
      entityId: string;
      leadId: string;
      userId: string;
      action: string;
      changes: Record<string, [unknown, unknown]>;
      statusChange?: { from: string | null; to: string; note?: string | null } | null;
    },
  ): Promise<void> {
    if (e.statusChange) {
      await tx.query(
        `INSERT INTO problem_supervision_history (entity, entity_id, from_status, to_status, by_user_id, note)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [e.entity, e.entityId, e.statusChange.from, e.statusChange.to, e.userId, e.statusChange.note ?? null],
      );
    }
    await tx.query(
      `INSERT INTO problem_supervision_audit (entity, entity_id, lead_id, user_id, action, changes)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [e.entity, e.entityId, e.leadId, e.userId, e.action, JSON.stringify(e.changes)],
    );
  }

  history(entity: AuditedEntity, id: string): Promise<HistoryEntry[]> {
    return rowsOf<HistoryEntry>(
      this.db,
      `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, by_user_id AS "byUserId",
              from_status AS "from", to_status AS "to", note
       FROM problem_supervision_history WHERE entity = $1 AND entity_id = $2 ORDER BY id`,
      [entity, id],
    );
  }

  audit(entity: AuditedEntity, id: string): Promise<AuditEntry[]> {
    return rowsOf<AuditEntry>(
      this.db,
      `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, user_id AS "userId", action, changes
       FROM problem_supervision_audit WHERE entity = $1 AND entity_id = $2 ORDER BY id`,
      [entity, id],
    );
  }
}
