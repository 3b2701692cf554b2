import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, Queryable, rowsOf } from '@luodi/core';
import { LeadPlan, PlanListFilter, PlanListItem, PlanListSums, PlanValues } from './plan';

interface PlanRow {
  lead_id: string;
  year: number;
  planned_investment_wan: string;
  planned_start_month: string | null;
  planned_production_month: string | null;
  build_type: LeadPlan['buildType'];
  category: LeadPlan['category'];
  provincial_key: boolean;
  updated_at: Date;
  updated_by: string | null;
}

const PLAN_COLUMNS = `p.lead_id, p.year, p.planned_investment_wan::text AS planned_investment_wan,
  to_char(p.planned_start_month, 'YYYY-MM') AS planned_start_month,
  to_char(p.planned_production_month, 'YYYY-MM') AS planned_production_month,
  p.build_type, p.category, p.provincial_key, p.updated_at, p.updated_by`;

export function toPlan(r: PlanRow): LeadPlan {
  return {
    leadId: r.lead_id,
    year: r.year,
    plannedInvestmentWan: r.planned_investment_wan,
    plannedStartMonth: r.planned_start_month,
    plannedProductionMonth: r.planned_production_month,
    buildType: r.build_type,
    category: r.category,
    provincialKey: r.provincial_key,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by,
  };
}

/**
 * The filters of the plan list and report over `lead_plans p JOIN leads l`, parameters appended to `params`
 * (`$1` is the year). Each is added only when present.
 */
export function planFilterSql(f: Omit<PlanListFilter, 'year'>, params: unknown[]): string {
  const parts: string[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    parts.push(sql(params.length));
  };
  if (f.track) add((n) => `l.track = $${n}`, f.track);
  if (f.park) add((n) => `l.park = $${n}`, f.park);
  if (f.ownerId) add((n) => `l.owner_id = $${n}::uuid`, f.ownerId);
  if (f.provincialKey !== undefined) add((n) => `p.provincial_key = $${n}`, f.provincialKey);
  if (f.category) add((n) => `p.category = $${n}`, f.category);
  if (f.buildType) add((n) => `p.build_type = $${n}`, f.buildType);
  return parts.map((p) => ` AND ${p}`).join('');
}

/** `lead_plans`: one plan per lead and year. */
@Injectable()
export class PlansRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  /** The lead's owner and stage, or null when there is no such lead (locked when `tx` is given). */
  async lead(id: string, tx?: Queryable): Promise<{ owner_id: string; stage: string } | null> {
    return firstRow(
      tx ?? this.db,
      `SELECT owner_id, stage FROM leads WHERE id = $1${tx ? ' FOR UPDATE' : ''}`,
      [id],
    );
  }

  async find(leadId: string, year: number, tx?: Queryable): Promise<LeadPlan | null> {
    const row = await firstRow<PlanRow>(
      tx ?? this.db,
      `SELECT ${PLAN_COLUMNS} FROM lead_plans p WHERE p.lead_id = $1 AND p.year = $2`,
      [leadId, year],
    );
    return row ? toPlan(row) : null;
  }

  async forLead(leadId: string): Promise<LeadPlan[]> {
    const rows = await rowsOf<PlanRow>(
      this.db,
      `SELECT ${PLAN_COLUMNS} FROM lead_plans p WHERE p.lead_id = $1 ORDER BY p.year DESC`,
      [leadId],
    );
    return rows.map(toPlan);
  }

  /** Inserts or replaces the plan, with an audit entry on the lead, in the caller's transaction. */
  async upsert(
    tx: Queryable,
    leadId: string,
    year: number,
    v: PlanValues,
    userId: string | null,
    changes: Record<string, [unknown, unknown]>,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO lead_plans (lead_id, year, planned_investment_wan, planned_start_month, planned_production_month,
                               build_type, category, provincial_key, updated_by)
       VALUES ($1, $2, $3::numeric, to_date($4, 'YYYY-MM'), to_date($5, 'YYYY-MM'), $6, $7, $8, $9)
       ON CONFLICT (lead_id, year) DO UPDATE SET
         planned_investment_wan = EXCLUDED.planned_investment_wan,
         planned_start_month = EXCLUDED.planned_start_month,
         planned_production_month = EXCLUDED.planned_production_month,
         build_type = EXCLUDED.build_type, category = EXCLUDED.category,
         provincial_key = EXCLUDED.provincial_key, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [
        leadId,
        year,
        v.plannedInvestmentWan,
        v.plannedStartMonth,
        v.plannedProductionMonth,
        v.buildType,
        v.category,
        v.provincialKey,
        userId,
      ],
    );
    if (Object.keys(changes).length > 0) {
      await tx.query(
        `INSERT INTO lead_audit (lead_id, user_id, action, changes) VALUES ($1, $2, 'plan', $3::jsonb)`,
        [leadId, userId, JSON.stringify(changes)],
      );
    }
  }

  /** A page of the year's plans, the largest planned investment first. */
  async list(f: PlanListFilter, limit: number, after: [string, string] | null): Promise<PlanListItem[]> {
    const params: unknown[] = [f.year];
    let where = planFilterSql(f, params);
    if (after) {
      params.push(after[0], after[1]);
      const a = params.length - 1;
      where += ` AND (p.planned_investment_wan, p.lead_id) < ($${a}::numeric, $${a + 1}::uuid)`;
    }
    params.push(limit);
    const rows = await rowsOf<
      PlanRow & {
        project_name: string;
        company_name: string;
        track: string;
        park: string | null;
        stage: string;
        owner_id: string;
        construction_started_at: string | null;
        production_started_at: string | null;
        completed_wan: string;
      }
    >(
      this.db,
      `SELECT ${PLAN_COLUMNS}, l.project_name, l.company_name, l.track, l.park, l.stage, l.owner_id,
              to_char(l.construction_started_at, 'YYYY-MM-DD') AS construction_started_at,
              to_char(l.production_started_at, 'YYYY-MM-DD') AS production_started_at,
              COALESCE(i.completed_wan, 0)::numeric(20, 4)::text AS completed_wan
         FROM lead_plans p JOIN leads l ON l.id = p.lead_id
         LEFT JOIN lead_investment_years i ON i.lead_id = p.lead_id AND i.year = p.year
        WHERE p.year = $1 ${where}
        ORDER BY p.planned_investment_wan DESC, p.lead_id DESC
        LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      ...toPlan(r),
      projectName: r.project_name,
      companyName: r.company_name,
      track: r.track,
      park: r.park,
      stage: r.stage,
      ownerId: r.owner_id,
      constructionStartedAt: r.construction_started_at,
      productionStartedAt: r.production_started_at,
      completedWan: r.completed_wan,
    }));
  }

  /** The sums over every plan the filter selects (not just the page). */
  async sums(f: PlanListFilter): Promise<Omit<PlanListSums, 'plannedInvestmentYi'>> {
    const params: unknown[] = [f.year];
    const where = planFilterSql(f, params);
    const row = await firstRow<{ projects: number; planned: string; new_build: string; completed: string }>(
      this.db,
      `SELECT count(*)::int AS projects,
              COALESCE(sum(p.planned_investment_wan), 0)::numeric(20, 4)::text AS planned,
              COALESCE(sum(p.planned_investment_wan) FILTER (WHERE p.build_type = 'new'), 0)::numeric(20, 4)::text
                AS new_build,
              COALESCE(sum(i.completed_wan), 0)::numeric(20, 4)::text AS completed
         FROM lead_plans p JOIN leads l ON l.id = p.lead_id
         LEFT JOIN lead_investment_years i ON i.lead_id = p.lead_id AND i.year = p.year
        WHERE p.year = $1 ${where}`,
      params,
    );
    return {
      projects: row!.projects,
      plannedInvestmentWan: row!.planned,
      newBuildInvestmentWan: row!.new_build,
      completedWan: row!.completed,
    };
  }
}
