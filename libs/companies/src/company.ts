/** 企业库: a company's enumerated fields with the Chinese names pages, Excel and messages show. */
export const OWNERSHIPS = [
  'central_soe',
  'local_soe',
  'private',
  'foreign',
  'hk_macao_taiwan',
  'other',
] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const OWNERSHIP_NAMES_ZH: Record<Ownership, string> = {
  central_soe: '央企',
  local_soe: '地方国企',
  private: '民营',
  foreign: '外资',
  hk_macao_taiwan: '港澳台',
  other: '其他',
};

export const COMPANY_TAGS = [
  'fortune_global_500',
  'china_500',
  'listed',
  'chain_leader',
  'specialized',
  'high_tech',
] as const;
export type CompanyTag = (typeof COMPANY_TAGS)[number];
export const COMPANY_TAG_NAMES_ZH: Record<CompanyTag, string> = {
  fortune_global_500: '世界500强',
  china_500: '中国500强',
  listed: '上市',
  chain_leader: '链主',
  specialized: '专精特新',
  high_tech: '高新技术企业',
};

/** 新引进 / 增资扩产 / 技改: the lead's project type. */
export const PROJECT_TYPES = ['new', 'expansion', 'upgrade'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];
export const PROJECT_TYPE_NAMES_ZH: Record<ProjectType, string> = {
  new: '新引进',
  expansion: '增资扩产',
  upgrade: '技改',
};

/** 补链 / 强链 / 延链: what a lead does for its chain link. */
export const CHAIN_ROLES = ['fill', 'strengthen', 'extend'] as const;
export type ChainRole = (typeof CHAIN_ROLES)[number];
export const CHAIN_ROLE_NAMES_ZH: Record<ChainRole, string> = {
  fill: '补链',
  strengthen: '强链',
  extend: '延链',
};

export const CHAIN_POSITIONS = ['upstream', 'midstream', 'downstream'] as const;
export type ChainPosition = (typeof CHAIN_POSITIONS)[number];
export const CHAIN_POSITION_NAMES_ZH: Record<ChainPosition, string> = {
  upstream: '上游',
  midstream: '中游',
  downstream: '下游',
};

export const MAX_COMPANY_NAME = 200;
export const MAX_ALIASES = 20;
export const MAX_COMPANY_NOTES = 5000;
export const MAX_COMPANY_SHORT_TEXT = 200;

export interface Company {
  id: string;
  name: string;
  creditCode: string | null;
  aliases: string[];
  ownership: Ownership;
  tags: CompanyTag[];
  hqRegion: string | null;
  website: string | null;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CompanyContact {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  createdAt: string;
}

/** A lead of the company, as its page lists it. */
export interface CompanyLead {
  id: string;
  projectName: string;
  projectType: ProjectType;
  track: string;
  park: string | null;
  stage: string;
  plannedInvestmentWan: string;
  signedAmountWan: string | null;
  ownerId: string;
  signedAt: string | null;
  createdAt: string;
}

export interface CompanyActivity {
  id: string;
  leadId: string;
  projectName: string;
  kind: string;
  occurredAt: string;
  summary: string;
  byUserId: string | null;
}

/** Sums over the company's leads (lost leads counted apart, never in the amounts). */
export interface CompanyTotals {
  leads: number;
  openLeads: number;
  lostLeads: number;
  plannedInvestmentWan: string;
  signedAmountWan: string;
  signedAmountYi: string;
}

/** 投产达效 of the company's producing projects in one quarter, added up (就业: their headcounts that quarter). */
export interface CompanyQuarterResult {
  /** `2025-Q1`. */
  quarter: string;
  projects: number;
  outputWan: string;
  taxWan: string;
  employees: number;
}

export interface CompanyDetail extends Company {
  leads: CompanyLead[];
  contacts: CompanyContact[];
  activities: CompanyActivity[];
  totals: CompanyTotals;
  /** Quarter by quarter, the latest first. */
  results: CompanyQuarterResult[];
}

export interface SimilarCompany {
  id: string;
  name: string;
  similarity: number;
}

/** The fields a client sets on a company, validated and normalised. */
export interface CompanyFields {
  name: string;
  creditCode: string | null;
  aliases: string[];
  ownership: Ownership;
  tags: CompanyTag[];
  hqRegion: string | null;
  website: string | null;
  notes: string | null;
}

export interface CompanyListFilter {
  q?: string;
  ownership?: Ownership;
  tag?: CompanyTag;
}
