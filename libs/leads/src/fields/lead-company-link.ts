/**
 * 企业库与产业链 (issue 15): the lead's company, project type and chain link. Their codes, Chinese names and the
 * rules (which company) live in @luodi/companies; leads store and show these fields (see the field table).
 */
export interface LeadCompanyLink {
  companyId: string | null;
  /** `new` when absent (the database's insert trigger defaults it). */
  projectType: string | null;
  chainLinkId: string | null;
  chainRole: string | null;
}

/** The link fields of a (validated) input; absent ones are null (the company is then found by the database). */
export function companyLinkOf(input: Record<string, unknown>): LeadCompanyLink {
  return {
    companyId: (input.companyId as string | undefined) ?? null,
    projectType: (input.projectType as string | undefined) ?? null,
    chainLinkId: (input.chainLinkId as string | undefined) ?? null,
    chainRole: (input.chainRole as string | undefined) ?? null,
  };
}

/**
 * A create may ask its own statement for the companies whose names look like the new lead's firm (the SQL
 * function `company_similar`; the rule and threshold are @luodi/companies'), so `POST /leads` stays one round trip.
 */
export interface SimilarCompaniesQuery {
  /** The firm's normalised name. */
  nameNorm: string;
  threshold: number;
  limit: number;
}

/** A company whose name looks like another's (similarity 0–1, pg_trgm, to three decimals). */
export interface SimilarCompanyName {
  id: string;
  name: string;
  similarity: number;
}
