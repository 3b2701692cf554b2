import { ChainPosition, ChainRole } from './company';

export interface ChainLink {
  id: string;
  name: string;
  position: ChainPosition;
}

export interface Chain {
  id: string;
  track: string;
  name: string;
  version: number;
  links: ChainLink[];
}

/** What a link has, for the 产业链图谱 and `/reports/chains`. */
export interface LinkCounts {
  companiesPresent: number;
  leadsInProgress: number;
  targetsNotApproached: number;
}

/** The colour of a link on the map: firms present, leads in progress, only targets not yet approached, or empty. */
export type LinkState = 'present' | 'in_progress' | 'targets_only' | 'empty';

/** Present (a lead at `landed` or later) wins over in progress (`lead`, `signed`), over targets, over empty. */
export function linkState(c: LinkCounts): LinkState {
  if (c.companiesPresent > 0) return 'present';
  if (c.leadsInProgress > 0) return 'in_progress';
  if (c.targetsNotApproached > 0) return 'targets_only';
  return 'empty';
}

/** A gap (缺链): nothing present and nothing in progress on the link. */
export function isGap(c: LinkCounts): boolean {
  return c.companiesPresent === 0 && c.leadsInProgress === 0;
}

/** Stages of a lead counted as its company present on the link, and as a lead in progress. */
export const PRESENT_STAGES = ['landed', 'construction', 'production'] as const;
export const IN_PROGRESS_STAGES = ['lead', 'signed'] as const;

export interface ChainLinkReport extends ChainLink, LinkCounts {
  signedAmountWan: string;
  signedAmountYi: string;
  gap: boolean;
  state: LinkState;
}

export interface ChainReport {
  id: string;
  track: string;
  name: string;
  links: ChainLinkReport[];
}

export interface LinkTarget {
  companyId: string;
  companyName: string;
  note: string | null;
  approached: boolean;
  createdAt: string;
}

export interface LinkLead {
  id: string;
  companyId: string | null;
  companyName: string;
  projectName: string;
  stage: string;
  chainRole: ChainRole | null;
  plannedInvestmentWan: string;
  signedAmountWan: string | null;
}

export interface ChainLinkDetail extends ChainLink {
  chainId: string;
  chainName: string;
  track: string;
  targets: LinkTarget[];
  leads: LinkLead[];
}
