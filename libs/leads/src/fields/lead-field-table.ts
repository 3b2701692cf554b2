import { parseWan, ValidationFailedError } from '@luodi/core';
import { PARK_NAMES_ZH, POOL_NAMES_ZH, STAGE_NAMES_ZH, TRACK_NAMES_ZH } from '@luodi/catalog';
import { NewLead, SOURCE_NAMES_ZH } from '../lead/lead';
import { normaliseCreditCode } from './credit-code';

/**
 * THE place a lead field is defined: its API name, its `leads` column and SQL type, how a PATCH normalises it,
 * whether a new lead's INSERT sets it, and its Excel column (Chinese header, kind, width, importable). The
 * repository's SELECT/INSERT/UPDATE column lists, the PATCH columns, the export's columns and the import's header
 * mapping are all derived from this table. Order = the order of the Excel columns.
 */
export type ColumnKind = 'text' | 'money' | 'date' | 'instant' | 'boolean' | 'code';
export type SqlType = 'text' | 'numeric' | 'boolean' | 'uuid' | 'date' | 'timestamptz' | 'int';
/** Canonicalises a PATCH value the DTO already validated (`field` names it in an error). */
export type Normaliser = (value: unknown, field: string) => unknown;

export interface FieldDef {
  /** The `leads` column; absent for values derived when read (pool, overdue, warning…). */
  column?: string;
  type?: SqlType;
  /** A PATCH may set it: `true` as given, or through a normaliser. */
  patch?: true | Normaliser;
  /** The INSERT of a new lead sets it from the `NewLead` field of the same name. */
  insert?: boolean;
  /** Set by the pipeline (transitions, activities), not by a client. */
  managed?: boolean;
  /** Its Excel/CSV column; `importable` columns are read back by an import (by header or field name). */
  sheet?: { header: string; kind: ColumnKind; width: number; importable?: boolean };
  /** For code fields: the Chinese name of each code (Excel cells, import labels). */
  names?: Record<string, string>;
}

/** Amounts were validated by the DTO; this canonicalises them (4 fraction digits) and guards other callers. */
function wan(v: unknown, field: string): string {
  const parsed = parseWan(v);
  if ('error' in parsed) throw new ValidationFailedError([{ field, message: parsed.error }]);
  return parsed.value;
}
const wanOrNull: Normaliser = (v, f) => (v === null ? null : wan(v, f));
const trim: Normaliser = (v) => (v as string).trim();
const trimOrNull: Normaliser = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const creditCode: Normaliser = (v) => (v === null ? null : normaliseCreditCode(v as string));
const text = (header: string, width: number, importable = false) =>
  ({ header, kind: 'text', width, importable }) as const;

export const LEAD_FIELDS = {
  id: { column: 'id', type: 'uuid', sheet: text('项目编号', 38) },
  companyName: {
    column: 'company_name',
    patch: trim,
    insert: true,
    sheet: text('企业名称', 30, true),
  },
  creditCode: {
    column: 'credit_code',
    patch: creditCode,
    insert: true,
    sheet: text('统一社会信用代码', 22, true),
  },
  projectName: {
    column: 'project_name',
    patch: trim,
    insert: true,
    sheet: text('项目名称', 34, true),
  },
  track: {
    column: 'track',
    patch: true,
    insert: true,
    sheet: { header: '产业赛道', kind: 'code', width: 14, importable: true },
    names: TRACK_NAMES_ZH,
  },
  park: {
    column: 'park',
    patch: true,
    insert: true,
    sheet: { header: '园区', kind: 'code', width: 12, importable: true },
    names: PARK_NAMES_ZH,
  },
  source: {
    column: 'source',
    patch: true,
    insert: true,
    sheet: { header: '招商方式', kind: 'code', width: 12, importable: true },
    names: SOURCE_NAMES_ZH,
  },
  plannedInvestmentWan: {
    column: 'planned_investment_wan',
    type: 'numeric',
    patch: wan,
    insert: true,
    sheet: { header: '计划投资额（万元）', kind: 'money', width: 20, importable: true },
  },
  signedAmountWan: {
    column: 'signed_amount_wan',
    type: 'numeric',
    patch: wanOrNull,
    insert: true,
    managed: true,
    sheet: { header: '签约金额（万元）', kind: 'money', width: 20 },
  },
  stage: {
    column: 'stage',
    managed: true,
    sheet: { header: '阶段', kind: 'code', width: 10 },
    names: STAGE_NAMES_ZH,
  },
  pool: {
    sheet: { header: '三库', kind: 'code', width: 12, importable: true },
    names: POOL_NAMES_ZH,
  },
  isProvincialKey: {
    column: 'is_provincial_key',
    type: 'boolean',
    patch: true,
    insert: true,
    sheet: { header: '省级重点工程', kind: 'boolean', width: 12, importable: true },
  },
  stageEnteredAt: {
    column: 'stage_entered_at',
    type: 'date',
    managed: true,
    sheet: { header: '进入本阶段日期', kind: 'date', width: 14 },
  },
  stageDeadline: {
    column: 'stage_deadline',
    type: 'date',
    patch: true,
    managed: true,
    sheet: { header: '本阶段截止日期', kind: 'date', width: 14 },
  },
  overdue: { sheet: { header: '是否逾期', kind: 'boolean', width: 10 } },
  warning: {
    sheet: { header: '预警', kind: 'code', width: 8 },
    names: { red: '红', yellow: '黄', green: '绿' },
  },
  signedAt: {
    column: 'signed_at',
    type: 'date',
    managed: true,
    sheet: { header: '签约日期', kind: 'date', width: 12 },
  },
  landedAt: {
    column: 'landed_at',
    type: 'date',
    managed: true,
    sheet: { header: '落地日期', kind: 'date', width: 12 },
  },
  constructionStartedAt: {
    column: 'construction_started_at',
    type: 'date',
    managed: true,
    sheet: { header: '开工日期', kind: 'date', width: 12 },
  },
  productionStartedAt: {
    column: 'production_started_at',
    type: 'date',
    managed: true,
    sheet: { header: '投产日期', kind: 'date', width: 12 },
  },
  /** Export only: the owner's name, looked up per page. */
  ownerName: { sheet: text('负责人', 12) },
  ownerId: {
    column: 'owner_id',
    type: 'uuid',
    patch: true,
    insert: true,
    sheet: text('负责人编号', 38),
  },
  contactName: {
    column: 'contact_name',
    patch: trimOrNull,
    insert: true,
    sheet: text('联系人', 12, true),
  },
  contactPhone: {
    column: 'contact_phone',
    patch: trimOrNull,
    insert: true,
    sheet: text('联系电话', 16, true),
  },
  notes: { column: 'notes', patch: trimOrNull, insert: true, sheet: text('备注', 40, true) },
  lostReason: { column: 'lost_reason', managed: true, sheet: text('终止原因', 20) },
  createdAt: {
    column: 'created_at',
    type: 'timestamptz',
    sheet: { header: '创建时间', kind: 'instant', width: 20 },
  },
  leaderId: { column: 'leader_id', type: 'uuid', patch: true, insert: true },
  nextFollowUpAt: { column: 'next_follow_up_at', type: 'timestamptz', managed: true },
  lastActivityAt: { column: 'last_activity_at', type: 'timestamptz', managed: true },
  version: { column: 'version', type: 'int' },
  updatedAt: { column: 'updated_at', type: 'timestamptz' },
  // Stored, not in the representation: name keys (duplicate check), the pipeline's bookkeeping.
  inPlanningPool: { column: 'in_planning_pool', type: 'boolean', insert: true, managed: true },
  companyKey: { column: 'company_key', managed: true },
  projectKey: { column: 'project_key', managed: true },
  stageEntryId: { column: 'stage_entry_id', type: 'uuid', managed: true },
  firstSignedAt: { column: 'first_signed_at', type: 'date', managed: true },
  lostFromStage: { column: 'lost_from_stage', managed: true },
  // 企业库与产业链 (issue 15); codes and names in @luodi/companies.
  companyId: { column: 'company_id', type: 'uuid', patch: true, insert: true },
  projectType: { column: 'project_type', patch: true, insert: true },
  chainLinkId: { column: 'chain_link_id', type: 'uuid', patch: true, insert: true },
  chainRole: { column: 'chain_role', patch: true, insert: true },
} as const satisfies Record<string, FieldDef>;

export type LeadFieldName = keyof typeof LEAD_FIELDS;
const ENTRIES = Object.entries(LEAD_FIELDS) as [LeadFieldName, FieldDef][];

/** A field a PATCH may change, with its column and normaliser. */
export const PATCHABLE_FIELDS = ENTRIES.flatMap(([field, d]) =>
  d.patch && d.column ? [{ field, column: d.column, normalise: d.patch === true ? null : d.patch }] : [],
);

/** Values a write may set, by field name (the repository maps them to columns). */
export type LeadChange = Partial<Record<LeadFieldName, unknown>>;

/** Fields a write may set: what a PATCH changes and what the pipeline keeps. */
export const WRITABLE_FIELDS: ReadonlySet<LeadFieldName> = new Set(
  ENTRIES.filter(([, d]) => d.column && (d.patch || d.managed)).map(([f]) => f),
);

/** The `NewLead` fields an INSERT takes, with column and SQL type. */
export const INSERT_FIELDS = ENTRIES.flatMap(([field, d]) =>
  d.insert && d.column ? [{ field: field as keyof NewLead, column: d.column, type: d.type ?? 'text' }] : [],
);

export function columnOf(field: LeadFieldName): string {
  const column = (LEAD_FIELDS[field] as FieldDef).column;
  if (!column) throw new Error(`${field} is not stored`);
  return column;
}

export interface SheetColumn {
  field: LeadFieldName;
  header: string;
  kind: ColumnKind;
  importable: boolean;
  width: number;
}

/** The Excel/CSV columns, in order (export), with the Chinese header users see. */
export const LEAD_SHEET_COLUMNS: SheetColumn[] = ENTRIES.flatMap(([field, d]) =>
  d.sheet ? [{ field, importable: false, ...d.sheet }] : [],
);

/** The Chinese name of a code field's value, or the code itself. */
export function codeNameOf(field: LeadFieldName, code: string): string {
  return (LEAD_FIELDS[field] as FieldDef).names?.[code] ?? code;
}
