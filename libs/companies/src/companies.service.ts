import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  isUniqueViolation,
  NotFoundError,
  Page,
  transactionWithRetry,
  VersionConflictError,
  wanToYi,
  formatWan,
} from '@luodi/core';
import {
  Company,
  CompanyContact,
  CompanyDetail,
  CompanyFields,
  CompanyListFilter,
  SimilarCompany,
} from './company';
import { companyChanges, CompanyInput, companyNameNorms, newCompanyFields } from './company-fields';
import { normaliseCompanyName } from './company-name';
import { COMPANY_COLUMNS, CompaniesRepository } from './companies.repository';
import { DuplicateCompanyError } from './companies.errors';

/** Names at least this similar (pg_trgm, on normalised names) may be the same firm. */
export const SIMILARITY_THRESHOLD = 0.4;
/** A company page lists at most this many recent activities. */
export const COMPANY_PAGE_ACTIVITIES = 100;

@Injectable()
export class CompaniesService {
  constructor(private readonly companies: CompaniesRepository) {}

  async create(input: CompanyInput & { name: string }): Promise<Company> {
    const fields = newCompanyFields(input);
    const norm = normaliseCompanyName(fields.name);
    const duplicate = await this.companies.findDuplicateId(fields.creditCode, norm);
    if (duplicate) throw new DuplicateCompanyError(duplicate);
    let id: string;
    try {
      id = await transactionWithRetry(this.companies.db, async (tx) => {
        const newId = await this.companies.insert(tx, fields, norm);
        await this.companies.replaceNames(tx, newId, companyNameNorms(fields));
        return newId;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      throw new DuplicateCompanyError(await this.companies.findDuplicateId(fields.creditCode, norm));
    }
    return (await this.companies.findById(id))!;
  }

  async get(id: string): Promise<Company> {
    const company = await this.companies.findById(id);
    if (!company) throw new NotFoundError('该企业', 'Company');
    return company;
  }

  list(filter: CompanyListFilter, limit: number, cursor?: string): Promise<Page<Company>> {
    return this.companies.list(filter, limit, decodeCursor(cursor, ['instant', 'uuid']) as string[] | null);
  }

  /** The company page: the company, its leads, contacts, recent activities across projects, totals and 投产达效. */
  async detail(id: string): Promise<CompanyDetail> {
    const company = await this.get(id);
    const [leads, contacts, activities, t, results] = await Promise.all([
      this.companies.leads(id),
      this.companies.contacts(id),
      this.companies.activities(id, COMPANY_PAGE_ACTIVITIES),
      this.companies.totals(id),
      this.companies.results(id),
    ]);
    return {
      ...company,
      leads,
      contacts,
      activities,
      totals: {
        leads: t.leads,
        openLeads: t.open_leads,
        lostLeads: t.lost_leads,
        plannedInvestmentWan: formatWan(t.planned_wan),
        signedAmountWan: formatWan(t.signed_wan),
        signedAmountYi: wanToYi(t.signed_wan),
      },
      results: results.map((r) => ({ ...r, outputWan: formatWan(r.outputWan), taxWan: formatWan(r.taxWan) })),
    };
  }

  async update(id: string, input: CompanyInput & { version: number }): Promise<Company> {
    const current = await this.get(id);
    const changes = companyChanges(current, input);
    if (input.version !== current.version) throw new VersionConflictError(current.version);
    if (Object.keys(changes).length === 0) return current;
    const next: CompanyFields = { ...current, ...changes };
    const norm = normaliseCompanyName(next.name);
    if (changes.name !== undefined || changes.creditCode !== undefined) {
      const duplicate = await this.companies.findDuplicateId(next.creditCode, norm, id);
      if (duplicate) throw new DuplicateCompanyError(duplicate);
    }
    const set: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(changes)) {
      set[COMPANY_COLUMNS[field as keyof CompanyFields]] = value;
    }
    if (changes.name !== undefined) set.name_norm = norm;
    try {
      await transactionWithRetry(this.companies.db, async (tx) => {
        if (!(await this.companies.updateIfCurrent(tx, id, input.version, set)))
          throw new VersionConflictError();
        if (changes.name !== undefined || changes.aliases !== undefined) {
          await this.companies.replaceNames(tx, id, companyNameNorms(next));
        }
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      throw new DuplicateCompanyError(await this.companies.findDuplicateId(next.creditCode, norm, id));
    }
    return this.get(id);
  }

  async addContact(
    companyId: string,
    contact: { name: string; title?: string | null; phone?: string | null; email?: string | null },
    userId: string,
  ): Promise<CompanyContact> {
    await this.get(companyId);
    return this.companies.insertContact(
      companyId,
      {
        name: contact.name.trim(),
        title: contact.title?.trim() || null,
        phone: contact.phone?.trim() || null,
        email: contact.email?.trim() || null,
      },
      userId,
    );
  }

  /** Companies that may be the firm named `name` (by name or alias, ignoring region, legal form, width, case). */
  similar(name: string, limit = 10, exceptId?: string): Promise<SimilarCompany[]> {
    const norm = normaliseCompanyName(name);
    if (norm === '') return Promise.resolve([]);
    return this.companies.similar(norm, SIMILARITY_THRESHOLD, limit, exceptId);
  }
}
