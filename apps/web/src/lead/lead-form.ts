import type { Lead } from '../api/types';
import { amountInput } from '../domain/form-rules';

/** The editable fields of a lead as a form holds them (text for amounts, '' for empty). */
export interface LeadFormValues {
  companyName: string;
  creditCode: string;
  projectName: string;
  track: string;
  park: string;
  source: string;
  plannedInvestmentWan: string;
  isProvincialKey: boolean;
  planning: boolean;
  contactName: string;
  contactPhone: string;
  notes: string;
  ownerId: string | null;
  leaderId: string | null;
  /** 新引进, 增资扩产 or 技改. */
  projectType: string;
  /** The chain link (产业链环节) the project fills, strengthens or extends, and how. */
  chainLinkId: string | null;
  chainRole: string;
}

export const LEAD_FORM_FIELDS = [
  'companyName',
  'creditCode',
  'projectName',
  'track',
  'park',
  'source',
  'plannedInvestmentWan',
  'isProvincialKey',
  'pool',
  'contactName',
  'contactPhone',
  'notes',
  'ownerId',
  'leaderId',
  'projectType',
  'chainLinkId',
  'chainRole',
] as const;

export function emptyLeadForm(): LeadFormValues {
  return {
    companyName: '',
    creditCode: '',
    projectName: '',
    track: '',
    park: '',
    source: '',
    plannedInvestmentWan: '',
    isProvincialKey: false,
    planning: false,
    contactName: '',
    contactPhone: '',
    notes: '',
    ownerId: null,
    leaderId: null,
    projectType: 'new',
    chainLinkId: null,
    chainRole: '',
  };
}

export function leadFormFrom(lead: Lead): LeadFormValues {
  return {
    companyName: lead.companyName,
    creditCode: lead.creditCode ?? '',
    projectName: lead.projectName,
    track: lead.track,
    park: lead.park ?? '',
    source: lead.source ?? '',
    plannedInvestmentWan: amountInput(lead.plannedInvestmentWan),
    isProvincialKey: lead.isProvincialKey,
    planning: lead.pool === 'planning',
    contactName: lead.contactName ?? '',
    contactPhone: lead.contactPhone ?? '',
    notes: lead.notes ?? '',
    ownerId: lead.ownerId,
    leaderId: lead.leaderId,
    projectType: lead.projectType,
    chainLinkId: lead.chainLinkId,
    chainRole: lead.chainRole ?? '',
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** POST /leads body: empty optional fields left out. */
export function createBody(v: LeadFormValues, supervisor: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    companyName: v.companyName.trim(),
    projectName: v.projectName.trim(),
    track: v.track,
    plannedInvestmentWan: v.plannedInvestmentWan.trim(),
    isProvincialKey: v.isProvincialKey,
  };
  for (const k of ['creditCode', 'park', 'source', 'contactName', 'contactPhone', 'notes'] as const) {
    const value = orNull(v[k]);
    if (value !== null) body[k] = value;
  }
  if (v.planning) body.pool = 'planning';
  body.projectType = v.projectType;
  if (v.chainLinkId) body.chainLinkId = v.chainLinkId;
  if (v.chainLinkId && v.chainRole) body.chainRole = v.chainRole;
  if (supervisor && v.ownerId) body.ownerId = v.ownerId;
  if (supervisor && v.leaderId) body.leaderId = v.leaderId;
  return body;
}

/** PATCH /leads/:id body: only what changed from `base` (null clears an optional field). */
export function patchBody(base: LeadFormValues, v: LeadFormValues, stage: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const text = ['companyName', 'projectName', 'track', 'plannedInvestmentWan'] as const;
  for (const k of text) if (v[k].trim() !== base[k].trim()) body[k] = v[k].trim();
  const optional = ['creditCode', 'park', 'source', 'contactName', 'contactPhone', 'notes'] as const;
  for (const k of optional) if (v[k].trim() !== base[k].trim()) body[k] = orNull(v[k]);
  if (v.isProvincialKey !== base.isProvincialKey) body.isProvincialKey = v.isProvincialKey;
  if (v.projectType !== base.projectType) body.projectType = v.projectType;
  if (v.chainLinkId !== base.chainLinkId) body.chainLinkId = v.chainLinkId;
  const role = v.chainLinkId ? orNull(v.chainRole) : null;
  if (role !== orNull(base.chainRole)) body.chainRole = role;
  if (stage === 'lead' && v.planning !== base.planning) body.pool = v.planning ? 'planning' : 'attraction';
  return body;
}

/**
 * After a version conflict: the latest values for every field the user did not touch, the user's own for the
 * ones they changed. Nothing typed is lost.
 */
export function mergeAfterConflict(
  base: LeadFormValues,
  typed: LeadFormValues,
  latest: LeadFormValues,
): LeadFormValues {
  const merged = { ...latest };
  for (const key of Object.keys(typed) as (keyof LeadFormValues)[]) {
    if (typed[key] !== base[key]) (merged as Record<string, unknown>)[key] = typed[key];
  }
  return merged;
}
