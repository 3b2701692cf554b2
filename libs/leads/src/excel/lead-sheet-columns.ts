/**
 * The Excel/CSV columns: the API field, the Chinese header users see, and whether an import reads it. An import
 * accepts either header (Chinese or field name); the export's read-only columns are ignored on import, so an
 * exported file can be edited and imported back.
 */
export type ColumnKind = 'text' | 'money' | 'date' | 'instant' | 'boolean' | 'code';

export interface SheetColumn {
  field: string;
  header: string;
  kind: ColumnKind;
  importable: boolean;
  width: number;
}

export const LEAD_SHEET_COLUMNS: SheetColumn[] = [
  { field: 'id', header: '项目编号', kind: 'text', importable: false, width: 38 },
  { field: 'companyName', header: '企业名称', kind: 'text', importable: true, width: 30 },
  { field: 'creditCode', header: '统一社会信用代码', kind: 'text', importable: true, width: 22 },
  { field: 'projectName', header: '项目名称', kind: 'text', importable: true, width: 34 },
  { field: 'track', header: '产业赛道', kind: 'code', importable: true, width: 14 },
  { field: 'park', header: '园区', kind: 'code', importable: true, width: 12 },
  { field: 'source', header: '招商方式', kind: 'code', importable: true, width: 12 },
  { field: 'plannedInvestmentWan', header: '计划投资额（万元）', kind: 'money', importable: true, width: 20 },
  { field: 'signedAmountWan', header: '签约金额（万元）', kind: 'money', importable: false, width: 20 },
  { field: 'stage', header: '阶段', kind: 'code', importable: false, width: 10 },
  { field: 'pool', header: '三库', kind: 'code', importable: true, width: 12 },
  { field: 'isProvincialKey', header: '省级重点工程', kind: 'boolean', importable: true, width: 12 },
  { field: 'stageEnteredAt', header: '进入本阶段日期', kind: 'date', importable: false, width: 14 },
  { field: 'stageDeadline', header: '本阶段截止日期', kind: 'date', importable: false, width: 14 },
  { field: 'overdue', header: '是否逾期', kind: 'boolean', importable: false, width: 10 },
  { field: 'warning', header: '预警', kind: 'code', importable: false, width: 8 },
  { field: 'signedAt', header: '签约日期', kind: 'date', importable: false, width: 12 },
  { field: 'landedAt', header: '落地日期', kind: 'date', importable: false, width: 12 },
  { field: 'constructionStartedAt', header: '开工日期', kind: 'date', importable: false, width: 12 },
  { field: 'productionStartedAt', header: '投产日期', kind: 'date', importable: false, width: 12 },
  { field: 'ownerName', header: '负责人', kind: 'text', importable: false, width: 12 },
  { field: 'ownerId', header: '负责人编号', kind: 'text', importable: false, width: 38 },
  { field: 'contactName', header: '联系人', kind: 'text', importable: true, width: 12 },
  { field: 'contactPhone', header: '联系电话', kind: 'text', importable: true, width: 16 },
  { field: 'notes', header: '备注', kind: 'text', importable: true, width: 40 },
  { field: 'lostReason', header: '终止原因', kind: 'text', importable: false, width: 20 },
  { field: 'createdAt', header: '创建时间', kind: 'instant', importable: false, width: 20 },
];

export const STAGE_NAMES_ZH: Record<string, string> = {
  lead: '洽谈',
  signed: '签约',
  landed: '落地',
  construction: '开工建设',
  production: '投产',
  lost: '终止',
};
export const POOL_NAMES_ZH: Record<string, string> = {
  planning: '策划包装库',
  attraction: '招引落地库',
  landing: '招引落地库',
  construction: '投资建设库',
};
export const WARNING_NAMES_ZH: Record<string, string> = { red: '红', yellow: '黄', green: '绿' };

/** Header text (Chinese or field name) → field, for the columns an import reads. */
export function importFieldOf(header: string): string | null {
  const h = header.trim();
  const col = LEAD_SHEET_COLUMNS.find((c) => c.header === h || c.field === h);
  return col?.importable ? col.field : null;
}

/** A cell a spreadsheet would run as a formula is written with a leading apostrophe, as text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
