import { isOpenLead, type StageCode } from '@luodi/catalog';
import { Approval, APPROVAL_FIELDS, APPROVAL_KINDS, ApprovalKind, Lead, Source } from '../lead/lead';
import { derivePool, isOverdue } from '../rules/stage-rules';
// 三色预警 with reasons and configurable thresholds (issue 14): the rules and their SQL live in @luodi/problems.
import {
  deriveLeadWarning,
  WARNING_INPUT_COLUMNS,
  WarningInputColumns,
  warningInputsOf,
} from '@luodi/problems';
import { FieldDef, LEAD_FIELDS } from '../fields/lead-field-table';

/** Stored only for the duplicate check, never read back. */
const NOT_SELECTED = new Set(['company_key', 'project_key']);

/** A `leads` row as the repository selects it (dates as `YYYY-MM-DD` text, amounts as numeric text). */
export interface LeadRow extends WarningInputColumns {
  id: string;
  company_name: string;
  credit_code: string | null;
  project_name: string;
  track: string;
  park: string | null;
  source: Source | null;
  planned_investment_wan: string;
  signed_amount_wan: string | null;
  stage: StageCode;
  in_planning_pool: boolean;
  is_provincial_key: boolean;
  stage_entry_id: string;
  stage_entered_at: string;
  stage_deadline: string | null;
  lost_from_stage: StageCode | null;
  owner_id: string;
  leader_id: string | null;
  signed_at: string | null;
  first_signed_at: string | null;
  landed_at: string | null;
  construction_started_at: string | null;
  production_started_at: string | null;
  last_activity_at: Date | null;
  next_follow_up_at: Date | null;
  contact_name: string | null;
  contact_phone: string | null;
  notes: string | null;
  lost_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_key: string;
  approvals: Partial<Record<ApprovalKind, Approval>> | null;
  // companies (issue 15)
  company_id: string | null;
  project_type: string;
  chain_link_id: string | null;
  chain_role: string | null;
}

/** A stored field as selected: dates as `YYYY-MM-DD` text, amounts as exact numeric text. */
function selected({ column, type }: FieldDef & { column: string }): string {
  if (type === 'date') return `to_char(l.${column}, 'YYYY-MM-DD') AS ${column}`;
  if (type === 'numeric') return `l.${column}::text AS ${column}`;
  return `l.${column}`;
}
const STORED = (Object.values(LEAD_FIELDS) as FieldDef[]).filter(
  (d): d is FieldDef & { column: string } => d.column !== undefined && !NOT_SELECTED.has(d.column),
);

/** The SELECT list for a lead `l` (every stored field of the table), with its approvals folded into one object. */
export const LEAD_COLUMNS = `
  ${STORED.map(selected).join(', ')},
  to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key,
  (SELECT json_object_agg(a.kind, json_build_object(
      'status', a.status, 'doneAt', to_char(a.done_at, 'YYYY-MM-DD'), 'documentNo', a.document_no))
   FROM lead_approvals a WHERE a.lead_id = l.id) AS approvals,
  ${WARNING_INPUT_COLUMNS}`;

const PENDING: Approval = { status: 'pending', doneAt: null, documentNo: null };

/** Row → representation; `today`/`now` come from the injected Clock so derived fields follow test time. */
export function toLead(r: LeadRow, now: Date, today: string): Lead {
  const approvals = Object.fromEntries(
    APPROVAL_KINDS.map((k) => [APPROVAL_FIELDS[k], r.approvals?.[k] ?? PENDING]),
  ) as Record<(typeof APPROVAL_FIELDS)[ApprovalKind], Approval>;
  const { inputs, settings } = warningInputsOf(r, {
    open: isOpenLead(r.stage),
    stageDeadline: r.stage_deadline,
    lastActivityOrCreation: r.last_activity_at ?? r.created_at,
  });
  const { warning, warningReasons } = deriveLeadWarning(inputs, settings, now, today);
  return {
    id: r.id,
    companyName: r.company_name,
    creditCode: r.credit_code,
    projectName: r.project_name,
    track: r.track,
    park: r.park,
    source: r.source,
    plannedInvestmentWan: r.planned_investment_wan,
    signedAmountWan: r.signed_amount_wan,
    stage: r.stage,
    pool: derivePool(r.stage, r.in_planning_pool, r.lost_from_stage),
    isProvincialKey: r.is_provincial_key,
    stageEnteredAt: r.stage_entered_at,
    stageDeadline: r.stage_deadline,
    overdue: isOverdue(r.stage, r.stage_deadline, today),
    ownerId: r.owner_id,
    signedAt: r.signed_at,
    landedAt: r.landed_at,
    constructionStartedAt: r.construction_started_at,
    productionStartedAt: r.production_started_at,
    approvals,
    leaderId: r.leader_id,
    warning,
    warningReasons,
    nextFollowUpAt: r.next_follow_up_at?.toISOString() ?? null,
    lastActivityAt: r.last_activity_at?.toISOString() ?? null,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    notes: r.notes,
    lostReason: r.lost_reason,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    companyId: r.company_id,
    projectType: r.project_type,
    chainLinkId: r.chain_link_id,
    chainRole: r.chain_role,
  };
}
