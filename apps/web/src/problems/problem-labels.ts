import type { components } from '../api/schema';

/** 问题台账与督办 in the web app: the API's shapes and the Chinese names of its codes (as API.md names them). */
type Schemas = components['schemas'];
export type ProblemRecord = Schemas['ProblemRecordView'];
export type ProblemUpdate = Schemas['ProblemUpdateView'];
export type Supervision = Schemas['SupervisionView'];
export type Department = Schemas['DepartmentView'];

export const PROBLEM_CATEGORY_NAMES: Record<string, string> = {
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

export const PROBLEM_STATUS_NAMES: Record<string, string> = {
  open: '待办',
  in_progress: '办理中',
  resolved: '已办结',
};

export const SUPERVISION_STATUS_NAMES: Record<string, string> = {
  issued: '已交办',
  acknowledged: '已签收',
  reported: '已反馈完成',
  closed: '已办结',
  returned: '已退回',
};

export const WARNING_REASON_NAMES: Record<string, string> = {
  stage_overdue: '阶段逾期',
  deadline_soon: '阶段即将到期',
  no_activity: '长期无跟进',
  problem_overdue: '问题逾期未办结',
  problem_aging: '问题久拖未决',
  supervision_overdue: '督办逾期',
};

export const PROBLEM_STATUS_TAG: Record<string, 'info' | 'warning' | 'success'> = {
  open: 'info',
  in_progress: 'warning',
  resolved: 'success',
};

/** What the signed-in user may do with an order now (the API decides; this only offers the buttons). */
export function orderActions(o: Supervision, userId: string | undefined, isAdmin: boolean) {
  const me = o.assignees.find((a) => a.userId === userId);
  const reviewer = o.issuedBy === userId || isAdmin;
  const owed = ['issued', 'acknowledged', 'returned'].includes(o.status);
  return {
    acknowledge: !!me && me.acknowledgedAt === null && o.status === 'issued',
    report: !!me && me.acknowledgedAt !== null && owed,
    review: reviewer && o.status === 'reported',
  };
}
