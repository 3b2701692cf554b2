import { Injectable } from '@nestjs/common';
import { firstRow, Queryable } from '@luodi/core';
import { APPROVAL_KINDS, ApprovalKind, ApprovalStatus } from '../lead/lead';

export interface ApprovalState {
  status: ApprovalStatus;
  doneAt: string | null;
  documentNo: string | null;
}

/** A lead's approvals (立项/环评/土地). */
@Injectable()
export class ApprovalsRepository {
  /** Sets one approval; returns the previous state (pending when there was no row). */
  async upsert(tx: Queryable, leadId: string, kind: ApprovalKind, a: ApprovalState): Promise<ApprovalState> {
    const before = await firstRow<ApprovalState>(
      tx,
      `SELECT status, to_char(done_at, 'YYYY-MM-DD') AS "doneAt", document_no AS "documentNo"
       FROM lead_approvals WHERE lead_id = $1 AND kind = $2 FOR UPDATE`,
      [leadId, kind],
    );
    await tx.query(
      `INSERT INTO lead_approvals (lead_id, kind, status, done_at, document_no) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (lead_id, kind) DO UPDATE SET status = $3, done_at = $4, document_no = $5, updated_at = now()`,
      [leadId, kind, a.status, a.doneAt, a.documentNo],
    );
    return before ?? { status: 'pending', doneAt: null, documentNo: null };
  }

  /** Every approval of each new lead, pending. */
  async insertPending(tx: Queryable, leadIds: string[]): Promise<void> {
    await tx.query(
      `INSERT INTO lead_approvals (lead_id, kind, status)
       SELECT id, k, 'pending' FROM unnest($1::uuid[]) AS id CROSS JOIN unnest($2::text[]) AS k`,
      [leadIds, [...APPROVAL_KINDS]],
    );
  }
}
