import { Injectable } from '@nestjs/common';
import { FieldError, tr, ValidationFailedError } from '@luodi/core';
import { CreateLeadInput, Lead, LeadPatch, LeadsService, normaliseCreditCode } from '@luodi/leads';
import type { User } from '@luodi/users';
import { SimilarCompany } from './company';
import { CompaniesRepository } from './companies.repository';
import { SIMILARITY_THRESHOLD } from './companies.service';
import { normaliseCompanyName } from './company-name';
import { ChainsRepository } from './chains.repository';

/** A new lead's 201 names at most this many look-alike firms. */
const SIMILAR_ON_CREATE = 5;

export interface CreatedLead {
  lead: Lead;
  /** Other companies whose names look like the lead's firm (a warning, never a refusal). */
  similarCompanies: SimilarCompany[];
}

/**
 * Leads and the company register: `POST /leads` with `companyId` (the company's name and credit code are the
 * lead's) or, as before, a name and credit code (the database links it to the company found or created); the
 * references a lead carries (company, chain link) are checked before the lead is written, so an unknown one is a
 * 400 naming the field, never a foreign-key error.
 */
@Injectable()
export class CompanyLeadsService {
  constructor(
    private readonly leads: LeadsService,
    private readonly repository: CompaniesRepository,
    private readonly chains: ChainsRepository,
  ) {}

  async create(input: CreateLeadInput, actor: User): Promise<CreatedLead> {
    const errors = await this.checkReferences(input);
    const companyId = input.companyId as string | undefined;
    if (companyId && errors.length === 0) {
      const company = (await this.repository.findById(companyId))!;
      const given = typeof input.creditCode === 'string' ? normaliseCreditCode(input.creditCode) : null;
      if (given && company.creditCode && given !== company.creditCode) {
        errors.push({
          field: 'creditCode',
          message: tr(
            `与所选企业的统一社会信用代码（${company.creditCode}）不一致`,
            `differs from the chosen company's credit code (${company.creditCode})`,
          ),
        });
      }
      input = {
        ...input,
        companyName: input.companyName ?? company.name,
        creditCode: given ?? company.creditCode,
      };
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
    // Without a chosen company, the create's own statement names the firms that look like the one it links.
    const nameNorm =
      !companyId && typeof input.companyName === 'string' ? normaliseCompanyName(input.companyName) : '';
    return this.leads.createNamingSimilar(
      input,
      actor,
      nameNorm === '' ? undefined : { nameNorm, threshold: SIMILARITY_THRESHOLD, limit: SIMILAR_ON_CREATE },
    );
  }

  async update(id: string, patch: LeadPatch, actor: User): Promise<Lead> {
    const errors = await this.checkReferences(patch);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return this.leads.update(id, patch, actor);
  }

  private async checkReferences(input: Record<string, unknown>): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (typeof input.companyId === 'string' && !(await this.repository.findById(input.companyId))) {
      errors.push({ field: 'companyId', message: tr('企业库中没有该企业', 'is not a registered company') });
    }
    if (typeof input.chainLinkId === 'string') {
      if (!(await this.chains.linkExists(input.chainLinkId)))
        errors.push({ field: 'chainLinkId', message: tr('没有该产业链环节', 'is not a chain link') });
    }
    return errors;
  }
}
