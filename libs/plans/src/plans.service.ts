import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  DEFAULT_LIMIT,
  encodeCursor,
  ForbiddenError,
  NotFoundError,
  Page,
  tr,
  transactionWithRetry,
  ValidationFailedError,
  wanToYi,
} from '@luodi/core';
import { assertTargetYear } from '@luodi/targets';
import { isSupervisorOrAdmin, User } from '@luodi/users';
import { LeadPlan, PlanInput, PlanListFilter, PlanListItem, PlanListSums } from './plan';
import { assemblePlanReport, PlanReport } from './plan-report';
import { checkPlan } from './plan-rules';
import { PlanReportRepository } from './plan-report.repository';
import { PlansRepository } from './plans.repository';

const AUDITED: (keyof LeadPlan)[] = [
  'plannedInvestmentWan',
  'plannedStartMonth',
  'plannedProductionMonth',
  'buildType',
  'category',
  'provincialKey',
];

/** Annual plans: who may write them, their checks, the list with sums and the plan report. */
@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly reports: PlanReportRepository,
  ) {}

  /** Staff change the plans of the leads they own; supervisors and admins any lead's. */
  static assertMayPlan(actor: Pick<User, 'id' | 'role'>, lead: { owner_id: string }): void {
    if (!isSupervisorOrAdmin(actor.role) && lead.owner_id !== actor.id) {
      throw new ForbiddenError(
        tr('招商专员只能填报自己负责项目的计划。', 'Staff may plan only the leads they own.'),
      );
    }
  }

  /** Creates or replaces the lead's plan for the year (an idempotent PUT), audited on the lead. */
  async put(leadId: string, year: number, input: PlanInput, actor: User): Promise<LeadPlan> {
    assertTargetYear(year);
    const lead = await this.plans.lead(leadId);
    if (!lead) throw new NotFoundError('该项目', 'The lead');
    PlansService.assertMayPlan(actor, lead);
    const checked = checkPlan(input);
    if ('errors' in checked) throw new ValidationFailedError(checked.errors);
    await transactionWithRetry(this.plans.db, async (tx) => {
      const before = await this.plans.find(leadId, year, tx);
      const after = { ...checked.values };
      const changes: Record<string, [unknown, unknown]> = {};
      for (const k of AUDITED) {
        const old = before ? before[k] : null;
        const now = after[k as keyof typeof after];
        if (old !== now) changes[`plans.${year}.${k}`] = [old, now];
      }
      await this.plans.upsert(tx, leadId, year, checked.values, actor.id, changes);
    });
    return (await this.plans.find(leadId, year))!;
  }

  async forLead(leadId: string): Promise<LeadPlan[]> {
    if (!(await this.plans.lead(leadId))) throw new NotFoundError('该项目', 'The lead');
    return this.plans.forLead(leadId);
  }

  async list(
    filter: PlanListFilter,
    limit = DEFAULT_LIMIT,
    cursor?: string,
  ): Promise<Page<PlanListItem> & { sums: PlanListSums }> {
    assertTargetYear(filter.year);
    const after = decodeCursor(cursor, ['numeric', 'uuid']) as [string, string] | null;
    const [rows, sums] = await Promise.all([
      this.plans.list(filter, limit + 1, after),
      this.plans.sums(filter),
    ]);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor([last.plannedInvestmentWan, last.leadId]) : null,
      sums: { ...sums, plannedInvestmentYi: wanToYi(sums.plannedInvestmentWan) },
    };
  }

  async report(filter: PlanListFilter): Promise<PlanReport> {
    assertTargetYear(filter.year);
    const lastFilter = { ...filter, year: filter.year - 1 };
    const [groups, months, lastGroups, lastMonths] = await Promise.all([
      this.reports.groups(filter),
      this.reports.months(filter),
      this.reports.groups(lastFilter),
      this.reports.months(lastFilter),
    ]);
    return assemblePlanReport(
      filter.provincialKey ?? null,
      { year: filter.year, groups, months },
      { year: lastFilter.year, groups: lastGroups, months: lastMonths },
    );
  }
}
