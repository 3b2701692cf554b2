import { normaliseCreditCode, trimText } from '@luodi/leads';
import { CompanyFields, CompanyTag, Ownership } from './company';
import { normaliseCompanyName } from './company-name';

/** Input already checked for shape (DTO or import); optional text fields may be null to clear them. */
export interface CompanyInput {
  name?: string;
  creditCode?: string | null;
  aliases?: string[];
  ownership?: Ownership;
  tags?: CompanyTag[];
  hqRegion?: string | null;
  website?: string | null;
  notes?: string | null;
}

const textOrNull = (v: string | null | undefined) => (v ? trimText(v) || null : null);

/** Each alias once, not the company's own name, in the order given (the names users know it by). */
export function cleanAliases(name: string, aliases: string[]): string[] {
  const out: string[] = [];
  for (const a of aliases.map(trimText)) if (a !== '' && a !== name && !out.includes(a)) out.push(a);
  return out;
}

/** The fields of a new company, normalised (trimmed, credit code upper case, tags once each). */
export function newCompanyFields(input: CompanyInput & { name: string }): CompanyFields {
  const name = trimText(input.name);
  return {
    name,
    creditCode: input.creditCode ? normaliseCreditCode(input.creditCode) : null,
    aliases: cleanAliases(name, input.aliases ?? []),
    ownership: input.ownership ?? 'other',
    tags: [...new Set(input.tags ?? [])],
    hqRegion: textOrNull(input.hqRegion),
    website: textOrNull(input.website),
    notes: textOrNull(input.notes),
  };
}

/** The changes a PATCH makes to `current` (only fields that differ). */
export function companyChanges(current: CompanyFields, input: CompanyInput): Partial<CompanyFields> {
  const next = newCompanyFields({
    ...current,
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    name: input.name ?? current.name,
  });
  const changes: Partial<CompanyFields> = {};
  for (const key of Object.keys(next) as (keyof CompanyFields)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) {
      (changes as Record<string, unknown>)[key] = next[key];
    }
  }
  return changes;
}

/** Every normalised name of a company: its name and aliases. */
export function companyNameNorms(fields: Pick<CompanyFields, 'name' | 'aliases'>): string[] {
  return [...new Set([fields.name, ...fields.aliases].map(normaliseCompanyName))];
}
