import { FieldError, loadExcelJs, tr } from '@luodi/core';
import {
  BUILD_TYPE_NAMES_ZH,
  BUILD_TYPES,
  PLAN_CATEGORIES,
  PLAN_CATEGORY_NAMES_ZH,
  PlanInput,
  PlanListItem,
} from '../plan';

/**
 * The plan sheet as a 发改 office keeps it: one row per project and year. The export writes these columns; the
 * import reads them back by header (the API's field names work too), so a sheet round-trips unchanged.
 */
export const PLAN_SHEET_COLUMNS = [
  { field: 'leadId', header: '项目编号' },
  { field: 'projectName', header: '项目名称' },
  { field: 'companyName', header: '建设单位' },
  { field: 'year', header: '年度' },
  { field: 'plannedInvestmentWan', header: '年度计划投资（万元）' },
  { field: 'plannedStartMonth', header: '计划开工月份' },
  { field: 'plannedProductionMonth', header: '计划投产月份' },
  { field: 'buildType', header: '建设性质' },
  { field: 'category', header: '项目类别' },
  { field: 'provincialKey', header: '省级重点工程' },
] as const;

export type PlanSheetField = (typeof PLAN_SHEET_COLUMNS)[number]['field'];

/** The field a header names (Chinese header or API name), or null for a column the import ignores. */
export function planFieldOf(header: string): PlanSheetField | null {
  const h = header.trim();
  return PLAN_SHEET_COLUMNS.find((c) => c.header === h || c.field === h)?.field ?? null;
}

/** The fields a sheet must have. */
export const REQUIRED_PLAN_FIELDS: PlanSheetField[] = [
  'leadId',
  'year',
  'plannedInvestmentWan',
  'buildType',
  'category',
  'provincialKey',
];

const codeOf = <T extends string>(codes: readonly T[], names: Record<T, string>, text: string): T | null =>
  codes.find((c) => c === text || names[c] === text) ?? null;

/** One sheet row as a plan: its lead, year and input, or every bad field. */
export function planFromRow(
  values: Map<string, string>,
): { leadId: string; year: number; input: PlanInput } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (f: PlanSheetField) => values.get(f)?.trim() ?? '';
  const leadId = text('leadId').toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(leadId)) {
    errors.push({ field: 'leadId', message: tr('须为项目编号（UUID）', 'must be a lead id (UUID)') });
  }
  const year = /^\d{4}$/.test(text('year')) ? Number(text('year')) : NaN;
  if (!(year >= 2000 && year <= 2100)) {
    errors.push({
      field: 'year',
      message: tr('须为2000至2100之间的年份', 'must be a year between 2000 and 2100'),
    });
  }
  const buildType = codeOf(BUILD_TYPES, BUILD_TYPE_NAMES_ZH, text('buildType'));
  if (!buildType) errors.push({ field: 'buildType', message: tr('须为新建或续建', 'must be 新建 or 续建') });
  const category = codeOf(PLAN_CATEGORIES, PLAN_CATEGORY_NAMES_ZH, text('category'));
  if (!category) {
    errors.push({ field: 'category', message: tr('须为产业类或基础设施类', 'must be 产业类 or 基础设施类') });
  }
  const key = text('provincialKey');
  const provincialKey = ['是', 'true'].includes(key)
    ? true
    : ['否', 'false', ''].includes(key)
      ? false
      : null;
  if (provincialKey === null)
    errors.push({ field: 'provincialKey', message: tr('须为是或否', 'must be 是 or 否') });
  if (errors.length > 0 || !buildType || !category || provincialKey === null) return { errors };
  return {
    leadId,
    year,
    input: {
      plannedInvestmentWan: text('plannedInvestmentWan'),
      plannedStartMonth: text('plannedStartMonth') || null,
      plannedProductionMonth: text('plannedProductionMonth') || null,
      buildType,
      category,
      provincialKey,
    },
  };
}

/** The year's plans as the office's sheet. Amounts are text with 4 decimals, so they read back exactly. */
export async function planWorkbook(year: number, items: PlanListItem[]): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  const ws = wb.addWorksheet(`${year}年度计划`);
  ws.addRow(PLAN_SHEET_COLUMNS.map((c) => c.header)).font = { bold: true };
  for (const p of items) {
    ws.addRow([
      p.leadId,
      p.projectName,
      p.companyName,
      String(p.year),
      p.plannedInvestmentWan,
      p.plannedStartMonth ?? '',
      p.plannedProductionMonth ?? '',
      BUILD_TYPE_NAMES_ZH[p.buildType],
      PLAN_CATEGORY_NAMES_ZH[p.category],
      p.provincialKey ? '是' : '否',
    ]);
  }
  ws.columns.forEach((c, i) => (c.width = [38, 30, 30, 8, 18, 12, 12, 10, 12, 12][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
