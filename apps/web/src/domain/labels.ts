/**
 * The Chinese names users read for the API's codes. The API's libs hold the same names for Excel and emails
 * (the web app may not import them); apps/api/src/web/web-labels.spec.ts fails if the two ever differ.
 */
export const STAGES = ['lead', 'signed', 'landed', 'construction', 'production'] as const;
export type OpenStage = (typeof STAGES)[number];
export type Stage = OpenStage | 'lost';

export const STAGE_NAMES: Record<Stage, string> = {
  lead: '洽谈',
  signed: '签约',
  landed: '落地',
  construction: '开工建设',
  production: '投产',
  lost: '终止',
};

export const TRACK_NAMES: Record<string, string> = {
  equipment: '高端装备制造',
  new_energy: '新能源',
  new_materials: '新材料',
  semiconductors: '先进半导体',
};

export const PARK_NAMES: Record<string, string> = {
  yangqu: '阳曲园区',
  tanghuai: '唐槐园区',
  xiaohe: '潇河园区',
};

export const SOURCE_NAMES: Record<string, string> = {
  industry_chain: '产业链招商',
  business_referral: '以商招商',
  exhibition: '展会招商',
  agency: '委托招商',
  online: '网络招商',
  other: '其他',
};

/** 三库; 招引落地库 holds leads before and after signing, told apart here. */
export const POOL_NAMES: Record<string, string> = {
  planning: '策划包装库',
  attraction: '招引落地库（招引中）',
  landing: '招引落地库（已签约）',
  construction: '投资建设库',
};

export const WARNING_NAMES: Record<string, string> = { red: '红灯', yellow: '黄灯', green: '绿灯' };

export const APPROVAL_KINDS = ['project_approval', 'eia', 'land'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export const APPROVAL_NAMES: Record<ApprovalKind, string> = {
  project_approval: '立项',
  eia: '环评',
  land: '土地',
};
/** The lead representation's key for each approval kind. */
export const APPROVAL_FIELDS: Record<ApprovalKind, 'projectApproval' | 'eia' | 'land'> = {
  project_approval: 'projectApproval',
  eia: 'eia',
  land: 'land',
};
export const APPROVAL_STATUS_NAMES: Record<string, string> = {
  pending: '未开始',
  in_progress: '办理中',
  done: '已完成',
};

export const ACTIVITY_KIND_NAMES: Record<string, string> = {
  visit: '走访',
  call: '电话',
  meeting: '会谈',
  negotiation: '洽谈',
  site_survey: '实地考察',
  other: '其他',
};

export const ROLE_NAMES: Record<string, string> = {
  staff: '招商专员',
  supervisor: '分管领导',
  admin: '系统管理员',
};

export const NOTIFICATION_KIND_NAMES: Record<string, string> = {
  due_soon: '到期提醒',
  overdue: '逾期提醒',
  escalation: '逾期督办',
  digest: '每周简报',
  daily_duban: '督办清单',
  supervision_issued: '新交办督办',
  supervision_due_soon: '督办即将到期',
  supervision_overdue: '督办逾期',
  problem_overdue: '问题逾期',
};
export const NOTIFICATION_STATUS_NAMES: Record<string, string> = {
  pending: '待发送',
  sent: '已发送',
  failed: '发送失败',
  skipped: '已跳过',
};

export const SORT_NAMES: Record<string, string> = {
  '-createdAt': '最新录入',
  createdAt: '最早录入',
  stageDeadline: '阶段期限最近',
  '-plannedInvestmentWan': '计划投资最大',
};

/** Names of the lead's fields, for the audit trail (who changed what). */
export const FIELD_NAMES: Record<string, string> = {
  companyName: '企业名称',
  creditCode: '统一社会信用代码',
  projectName: '项目名称',
  track: '产业赛道',
  park: '园区',
  source: '招商方式',
  plannedInvestmentWan: '计划投资',
  signedAmountWan: '签约金额',
  stage: '阶段',
  pool: '所在库',
  isProvincialKey: '省重点',
  stageEnteredAt: '进入阶段日期',
  stageDeadline: '阶段期限',
  ownerId: '负责人',
  leaderId: '包联领导',
  inPlanningPool: '策划包装库',
  signedAt: '签约日期',
  landedAt: '落地日期',
  constructionStartedAt: '开工日期',
  productionStartedAt: '投产日期',
  contactName: '联系人',
  contactPhone: '联系电话',
  notes: '备注',
  lostReason: '终止原因',
  reason: '原因',
  activity: '洽谈记录',
};

export const AUDIT_ACTION_NAMES: Record<string, string> = {
  created: '创建项目',
  updated: '修改信息',
  transition: '阶段变更',
  approval: '审批手续',
  activity: '洽谈记录',
  investment: '投资进度',
};

export function nameOf(names: Record<string, string>, code: string | null | undefined, empty = '—'): string {
  if (code === null || code === undefined || code === '') return empty;
  return names[code] ?? code;
}
