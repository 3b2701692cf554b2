import type { WarningReason } from '@luodi/problems';
import type { OpenStage, Pool, StageCode } from '@luodi/catalog';
import type { DrillFilter } from '../drill/drill-filter';

/** Codes of the lead's enumerated fields, with the Chinese names users see (Excel, import). */
export const SOURCES = [
  'industry_chain',
  'business_referral',
  'exhibition',
  'agency',
  'online',
  'other',
] as const;
export type Source = (typeof SOURCES)[number];
export const SOURCE_NAMES_ZH: Record<Source, string> = {
  industry_chain: '产业链招商',
  business_referral: '以商招商',
  exhibition: '展会招商',
  agency: '委托招商',
  online: '网络招商',
  other: '其他',
};

/** 三库: the catalog defines them (with the rule that files a lead in one). */
export { POOLS } from '@luodi/catalog';
export type { Pool } from '@luodi/catalog';

export const WARNINGS = ['red', 'yellow', 'green'] as const;
export type Warning = (typeof WARNINGS)[number];

export const APPROVAL_KINDS = ['project_approval', 'eia', 'land'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export const APPROVAL_STATUSES = ['pending', 'in_progress', 'done'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
/** The representation's key for each approval kind. */
export const APPROVAL_FIELDS: Record<ApprovalKind, 'projectApproval' | 'eia' | 'land'> = {
  project_approval: 'projectApproval',
  eia: 'eia',
  land: 'land',
};
export const APPROVAL_NAMES_ZH: Record<ApprovalKind, string> = {
  project_approval: '立项',
  eia: '环评',
  land: '土地',
};

export const ACTIVITY_KINDS = ['visit', 'call', 'meeting', 'negotiation', 'site_survey', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** 洽谈记录的方式, as pages, emails and Excel name them. */
export const ACTIVITY_KIND_NAMES_ZH: Record<ActivityKind, string> = {
  visit: '走访',
  call: '电话',
  meeting: '会谈',
  negotiation: '谈判',
  site_survey: '实地考察',
  other: '其他',
};

export const SORTS = ['createdAt', '-createdAt', 'stageDeadline', '-plannedInvestmentWan'] as const;
export type LeadSort = (typeof SORTS)[number];

export const MAX_NAME_LENGTH = 200;
export const MAX_NOTES_LENGTH = 5000;
export const MAX_SHORT_TEXT = 100;
export const MAX_REASON_LENGTH = 1000;

export interface Approval {
  status: ApprovalStatus;
  doneAt: string | null;
  documentNo: string | null;
}

export interface LeadApprovals {
  projectApproval: Approval;
  eia: Approval;
  land: Approval;
}

export interface Lead {
  id: string;
  companyName: string;
  creditCode: string | null;
  projectName: string;
  track: string;
  park: string | null;
  source: Source | null;
  plannedInvestmentWan: string;
  signedAmountWan: string | null;
  stage: StageCode;
  pool: Pool;
  isProvincialKey: boolean;
  stageEnteredAt: string;
  stageDeadline: string | null;
  overdue: boolean;
  ownerId: string;
  signedAt: string | null;
  landedAt: string | null;
  constructionStartedAt: string | null;
  productionStartedAt: string | null;
  approvals: LeadApprovals;
  leaderId: string | null;
  warning: Warning | null;
  /** The 三色预警 rules that fired (issue 14), see @luodi/problems warning-rules. */
  warningReasons: WarningReason[];
  nextFollowUpAt: string | null;
  lastActivityAt: string | null;
  contactName: string | null;
  contactPhone: string | null;
  notes: string | null;
  lostReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  // companies (issue 15)
  companyId: string | null;
  projectType: string;
  chainLinkId: string | null;
  chainRole: string | null;
}

/** The fields a client sets on a new lead, already validated and normalised (the representation's, plus the pool). */
export type NewLead = Pick<
  Lead,
  | 'companyName'
  | 'creditCode'
  | 'projectName'
  | 'track'
  | 'park'
  | 'source'
  | 'plannedInvestmentWan'
  | 'signedAmountWan'
  | 'contactName'
  | 'contactPhone'
  | 'notes'
  | 'isProvincialKey'
  | 'ownerId'
  | 'leaderId'
> & {
  inPlanningPool: boolean;
  // companies (issue 15): absent → the database links the company of its name or credit code, type `new`.
  companyId?: string | null;
  projectType?: string | null;
  chainLinkId?: string | null;
  chainRole?: string | null;
};

export interface LeadTransition {
  from: StageCode;
  to: StageCode;
  date: string;
  at: string;
  byUserId: string | null;
  reason: string | null;
}

export interface LeadActivity {
  id: string;
  kind: ActivityKind;
  occurredAt: string;
  summary: string;
  nextFollowUpAt: string | null;
  byUserId: string | null;
  createdAt: string;
}

export interface LeadInvestment {
  month: string;
  paidInWan: string;
  completedWan: string;
  paidInTotalWan: string;
  completedTotalWan: string;
}

export interface LeadAuditEntry {
  at: string;
  userId: string | null;
  action: string;
  changes: Record<string, [unknown, unknown]>;
}

export interface LeadListFilter extends DrillFilter {
  stage?: StageCode;
  track?: string;
  /** A park code, or `none` for leads without a park. */
  park?: string;
  ownerId?: string;
  leaderId?: string;
  overdue?: boolean;
  warning?: Warning;
  isProvincialKey?: boolean;
  pool?: Pool;
  q?: string;
  /** Open leads whose stage deadline is between today and today + N days. */
  deadlineWithinDays?: number;
  /** Open leads whose next follow-up is before this instant (the end of today in the zone). */
  followUpDueBefore?: Date;
  /** Leads that ever reached this open stage or a later one (the funnel's rule). */
  reached?: OpenStage;
  /** Created at or after this instant (start of a zone day). */
  createdFrom?: Date;
  /** Created before this instant (start of the zone day after the last one). */
  createdBefore?: Date;
  /** Counted as signed (targets' rule) with the first signing on or after this zone date. */
  signedFrom?: string;
  /** … on or before this zone date. */
  signedTo?: string;
  sort: LeadSort;
}

/** How many leads match a filter, in all and by 三色预警. */
export interface LeadCounts {
  total: number;
  red: number;
  yellow: number;
  green: number;
}

export type { OpenStage, StageCode };
