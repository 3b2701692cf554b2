/**
 * 企业库与产业链 (issue 15): the lead's company, project type and chain link. The rules (codes, names, which
 * company) live in @luodi/companies; leads only store and show these fields.
 */
export interface LeadCompanyLink {
  companyId: string | null;
  projectType: string;
  chainLinkId: string | null;
  chainRole: string | null;
}

/** PATCH field → column of the link fields. */
export const LEAD_COMPANY_LINK_COLUMNS: Record<keyof LeadCompanyLink, string> = {
  companyId: 'company_id',
  projectType: 'project_type',
  chainLinkId: 'chain_link_id',
  chainRole: 'chain_role',
};

/** The link fields present in a (validated) input; absent ones take the defaults (new, no link). */
export function companyLinkOf(input: Record<string, unknown>): LeadCompanyLink {
  return {
    companyId: (input.companyId as string | undefined) ?? null,
    projectType: (input.projectType as string | undefined) ?? 'new',
    chainLinkId: (input.chainLinkId as string | undefined) ?? null,
    chainRole: (input.chainRole as string | undefined) ?? null,
  };
}
