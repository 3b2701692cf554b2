import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { encodeCursor, firstRow, mutate, Page, Queryable, rowsOf } from '@luodi/core';
import {
  Company,
  CompanyActivity,
  CompanyContact,
  CompanyFields,
  CompanyLead,
  CompanyQuarterResult,
  CompanyListFilter,
  SimilarCompany,
} from './company';

interface CompanyRow {
  id: string;
  name: string;
  credit_code: string | null;
  aliases: string[];
  ownership: Company['ownership'];
  tags: Company['tags'];
  hq_region: string | null;
  website: string | null;
  notes: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_key: string;
}

const COLUMNS = `c.id, c.name, c.credit_code, c.aliases, c.ownership, c.tags, c.hq_region, c.website, c.notes,
  c.version, c.created_at, c.updated_at,
  to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key`;

function toCompany(r: CompanyRow): Company {
  return {
    id: r.id,
    name: r.name,
    creditCode: r.credit_code,
    aliases: r.aliases,
    ownership: r.ownership,
    tags: r.tags,
    hqRegion: r.hq_region,
    website: r.website,
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Escapes LIKE metacharacters (used with ESCAPE '\'). */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Field → column of a company write. */
export const COMPANY_COLUMNS: Record<keyof CompanyFields, string> = {
  name: 'name',
  creditCode: 'credit_code',
  aliases: 'aliases',
  ownership: 'ownership',
  tags: 'tags',
  hqRegion: 'hq_region',
  website: 'website',
  notes: 'notes',
};

@Injectable()
export class CompaniesRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  async insert(tx: Queryable, c: CompanyFields, nameNorm: string): Promise<string> {
    const row = await firstRow<{ id: string }>(
      tx,
      `INSERT INTO companies (name, name_norm, credit_code, aliases, ownership, tags, hq_region, website, notes)
       VALUES ($1, $2, $3, $4::text[], $5, $6::text[], $7, $8, $9) RETURNING id`,
      [c.name, nameNorm, c.creditCode, c.aliases, c.ownership, c.tags, c.hqRegion, c.website, c.notes],
    );
    return row!.id;
  }

  /** Replaces the normalised names (name and aliases) the similarity search and the lead linking read. */
  async replaceNames(tx: Queryable, id: string, norms: string[]): Promise<void> {
    await tx.query(`DELETE FROM company_names WHERE company_id = $1`, [id]);
    await tx.query(
      `INSERT INTO company_names (company_id, name_norm)
       SELECT $1, n FROM unnest($2::text[]) AS n WHERE n <> '' ON CONFLICT DO NOTHING`,
      [id, norms],
    );
  }

  /** The company a new one would duplicate: the same credit code, or without one the same normalised name. */
  async findDuplicateId(
    creditCode: string | null,
    nameNorm: string,
    exceptId?: string,
  ): Promise<string | null> {
    const row = await firstRow<{ id: string }>(
      this.db,
      creditCode
        ? `SELECT id FROM companies WHERE credit_code = $1 AND id IS DISTINCT FROM $2::uuid`
        : `SELECT id FROM companies WHERE name_norm = $1 AND credit_code IS NULL AND id IS DISTINCT FROM $2::uuid`,
      [creditCode ?? nameNorm, exceptId ?? null],
    );
    return row?.id ?? null;
  }

  async findById(id: string, tx: Queryable = this.db): Promise<Company | null> {
    const row = await firstRow<CompanyRow>(tx, `SELECT ${COLUMNS} FROM companies c WHERE c.id = $1`, [id]);
    return row ? toCompany(row) : null;
  }

  async list(filter: CompanyListFilter, limit: number, after: string[] | null): Promise<Page<Company>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (filter.ownership) where.push(`c.ownership = ${p(filter.ownership)}`);
    if (filter.tag) where.push(`c.tags @> ARRAY[${p(filter.tag)}]::text[]`);
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`;
      where.push(`(c.name ILIKE ${p(like)} ESCAPE '\\' OR c.credit_code = upper(${p(filter.q)})
        OR EXISTS (SELECT 1 FROM unnest(c.aliases) a WHERE a ILIKE ${p(like)} ESCAPE '\\'))`);
    }
    if (after) where.push(`(c.created_at, c.id) > (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    const rows = await rowsOf<CompanyRow>(
      this.db,
      `SELECT ${COLUMNS} FROM companies c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.created_at, c.id LIMIT ${p(limit + 1)}`,
      params,
    );
    const more = rows.length > limit;
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toCompany),
      nextCursor: more && last ? encodeCursor([last.created_key, last.id]) : null,
    };
  }

  /** The conditional write of a PATCH; false when the company is no longer at `version`. */
  async updateIfCurrent(
    tx: Queryable,
    id: string,
    version: number,
    set: Record<string, unknown>,
  ): Promise<boolean> {
    const params: unknown[] = [id, version];
    const assignments = Object.entries(set).map(([column, value]) => {
      params.push(value);
      const cast = column === 'aliases' || column === 'tags' ? '::text[]' : '';
      return `${column} = $${params.length}${cast}`;
    });
    const { affected } = await mutate(
      tx,
      `UPDATE companies SET ${assignments.join(', ')}, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2`,
      params,
    );
    return affected === 1;
  }

  leads(companyId: string): Promise<CompanyLead[]> {
    return rowsOf<CompanyLead>(
      this.db,
      `SELECT l.id, l.project_name AS "projectName", l.project_type AS "projectType", l.track, l.park, l.stage,
              l.planned_investment_wan::text AS "plannedInvestmentWan",
              l.signed_amount_wan::text AS "signedAmountWan", l.owner_id AS "ownerId",
              to_char(l.signed_at, 'YYYY-MM-DD') AS "signedAt",
              to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
         FROM leads l WHERE l.company_id = $1 ORDER BY l.created_at, l.id`,
      [companyId],
    );
  }

  /**
   * Sums over the company's leads, in SQL: planned investment of the leads not lost, signed amounts of the leads
   * counted as signed (at `signed` or later; a lead lost after signing drops out, as in the targets).
   */
  async totals(companyId: string): Promise<{
    leads: number;
    open_leads: number;
    lost_leads: number;
    planned_wan: string;
    signed_wan: string;
  }> {
    const row = await firstRow<{
      leads: number;
      open_leads: number;
      lost_leads: number;
      planned_wan: string;
      signed_wan: string;
    }>(
      this.db,
      `SELECT count(*)::int AS leads,
              count(*) FILTER (WHERE stage NOT IN ('production', 'lost'))::int AS open_leads,
              count(*) FILTER (WHERE stage = 'lost')::int AS lost_leads,
              coalesce(sum(planned_investment_wan) FILTER (WHERE stage <> 'lost'), 0)::text AS planned_wan,
              coalesce(sum(signed_amount_wan) FILTER (WHERE stage IN ('signed', 'landed', 'construction', 'production')), 0)::text AS signed_wan
         FROM leads WHERE company_id = $1`,
      [companyId],
    );
    return row!;
  }

  /** The results (投产达效) its leads reported, summed per quarter, the latest first. */
  results(companyId: string): Promise<CompanyQuarterResult[]> {
    return rowsOf<CompanyQuarterResult>(
      this.db,
      `SELECT r.year || '-Q' || r.quarter AS quarter, count(*)::int AS projects,
              sum(r.output_wan)::text AS "outputWan", sum(r.tax_wan)::text AS "taxWan",
              sum(r.employees)::int AS employees
         FROM lead_results r JOIN leads l ON l.id = r.lead_id
        WHERE l.company_id = $1
        GROUP BY r.year, r.quarter ORDER BY r.year DESC, r.quarter DESC`,
      [companyId],
    );
  }

  contacts(companyId: string): Promise<CompanyContact[]> {
    return rowsOf<CompanyContact>(
      this.db,
      `SELECT id, name, title, phone, email,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
         FROM company_contacts WHERE company_id = $1 ORDER BY created_at, id`,
      [companyId],
    );
  }

  async insertContact(
    companyId: string,
    c: Omit<CompanyContact, 'id' | 'createdAt'>,
    userId: string,
  ): Promise<CompanyContact> {
    const row = await firstRow<CompanyContact>(
      this.db,
      `INSERT INTO company_contacts (company_id, name, title, phone, email, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, name, title, phone, email,
                 to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`,
      [companyId, c.name, c.title, c.phone, c.email, userId],
    );
    return row!;
  }

  /** The company's 洽谈记录 across its projects, newest first (at most `limit`). */
  activities(companyId: string, limit: number): Promise<CompanyActivity[]> {
    return rowsOf<CompanyActivity>(
      this.db,
      `SELECT a.id, a.lead_id AS "leadId", l.project_name AS "projectName", a.kind,
              to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt",
              a.summary, a.by_user_id AS "byUserId"
         FROM lead_activities a JOIN leads l ON l.id = a.lead_id
        WHERE l.company_id = $1 ORDER BY a.occurred_at DESC, a.id LIMIT $2`,
      [companyId, limit],
    );
  }

  /**
   * Companies whose name or an alias, normalised, is close to `nameNorm`: the names pg_trgm's `%` finds through the
   * GIN trigram index (similarity at least `threshold`), best first, one row per company.
   */
  async similar(
    nameNorm: string,
    threshold: number,
    limit: number,
    exceptId?: string,
  ): Promise<SimilarCompany[]> {
    // One statement: the function sets pg_trgm.similarity_threshold (by which `%` prunes in the index) for
    // its own run (migration CompanySimilarFunction).
    const rows = await rowsOf<{ id: string; name: string; similarity: number }>(
      this.db,
      `SELECT id, name, similarity FROM company_similar($1, $2, $3, $4::uuid)`,
      [nameNorm, threshold, limit, exceptId ?? null],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, similarity: Math.round(r.similarity * 1000) / 1000 }));
  }
}
