/** 问题台账与督办: the shapes the API returns, and the codes with their Chinese names (defined once here). */

export const PROBLEM_CATEGORIES = [
  'land',
  'planning',
  'eia',
  'energy',
  'power',
  'water',
  'gas',
  'finance',
  'labour',
  'policy',
  'permits',
  'other',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export const PROBLEM_CATEGORY_NAMES: Record<ProblemCategory, string> = {
  land: '用地',
  planning: '规划',
  eia: '环评',
  energy: '能评',
  power: '用电',
  water: '用水',
  gas: '用气',
  finance: '融资',
  labour: '用工',
  policy: '政策兑现',
  permits: '审批手续',
  other: '其他',
};

export const PROBLEM_STATUSES = ['open', 'in_progress', 'resolved'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PROBLEM_STATUS_NAMES: Record<ProblemStatus, string> = {
  open: '待办',
  in_progress: '办理中',
  resolved: '已办结',
};

export const SUPERVISION_STATUSES = ['issued', 'acknowledged', 'reported', 'closed', 'returned'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

export const SUPERVISION_STATUS_NAMES: Record<SupervisionStatus, string> = {
  issued: '已交办',
  acknowledged: '已签收',
  reported: '已反馈完成',
  closed: '已办结',
  returned: '已退回',
};

export const MAX_PROBLEM_TEXT = 5000;
export const MAX_DEPARTMENT_NAME = 100;
export const MAX_ASSIGNEES = 20;

export interface Department {
  id: string;
  name: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Problem {
  id: string;
  leadId: string;
  category: ProblemCategory;
  description: string;
  departmentId: string;
  assigneeId: string | null;
  dueDate: string;
  status: ProblemStatus;
  resolution: string | null;
  resolvedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  overdue: boolean;
  version: number;
}

export interface ProblemUpdate {
  id: string;
  problemId: string;
  at: string;
  byUserId: string;
  text: string;
}

export interface SupervisionAssignee {
  userId: string;
  acknowledgedAt: string | null;
}

export interface SupervisionReport {
  at: string;
  byUserId: string;
  text: string;
  done: boolean;
}

export interface SupervisionOrder {
  id: string;
  leadId: string;
  problemId: string | null;
  instruction: string;
  issuedBy: string;
  assignees: SupervisionAssignee[];
  dueDate: string;
  status: SupervisionStatus;
  reports: SupervisionReport[];
  closedAt: string | null;
  returnReason: string | null;
  overdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A status change or a change of fields, as kept in the history (one row per transition). */
export interface HistoryEntry {
  at: string;
  byUserId: string | null;
  from: string | null;
  to: string;
  note: string | null;
}

export interface ProblemFilter {
  status?: ProblemStatus;
  category?: ProblemCategory;
  departmentId?: string;
  assigneeId?: string;
  overdue?: boolean;
  leadId?: string;
}

export interface SupervisionFilter {
  status?: SupervisionStatus;
  assigneeId?: string;
  issuedBy?: string;
  overdue?: boolean;
  leadId?: string;
  problemId?: string;
}
