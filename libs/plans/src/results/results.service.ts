import { Injectable } from '@nestjs/common';
import {
  Clock,
  FieldError,
  NotFoundError,
  parseWanAllowZero,
  tr,
  transactionWithRetry,
  ValidationFailedError,
} from '@luodi/core';
import { assertTargetYear, TargetsService, yardstickOf } from '@luodi/targets';
import type { User } from '@luodi/users';
import { PlansRepository } from '../plans.repository';
import { PlansService } from '../plans.service';
import { LeadResult, parseQuarter, quarterStart, ResultInput, ResultsReport } from './result';
import { assembleResults } from './results-report';
import { ResultsRepository } from './results.repository';

/** Why a quarter is refused (in the current language). */
export function quarterMessage(): string {
  return tr('须为季度，格式 YYYY-Qn（如 2025-Q1）', 'must be a quarter YYYY-Qn (such as 2025-Q1)');
}

/** Results after production (投产达效): quarterly 产值, 税收 and 就业 of producing leads, and the year's report. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly results: ResultsRepository,
    private readonly plans: PlansRepository,
    private readonly targets: TargetsService,
    private readonly clock: Clock,
  ) {}

  async put(leadId: string, quarterText: string, input: ResultInput, actor: User): Promise<LeadResult> {
    const q = parseQuarter(quarterText);
    if (!q) throw new ValidationFailedError([{ field: 'quarter', message: quarterMessage() }]);
    const lead = await this.plans.lead(leadId);
    if (!lead) throw new NotFoundError('该项目', 'The lead');
    PlansService.assertMayPlan(actor, lead);
    const errors: FieldError[] = [];
    const output = parseWanAllowZero(input.outputWan);
    const tax = parseWanAllowZero(input.taxWan);
    if ('error' in output) errors.push({ field: 'outputWan', message: output.error });
    if ('error' in tax) errors.push({ field: 'taxWan', message: tax.error });
    if (quarterStart(q) > this.clock.today()) {
      errors.push({ field: 'quarter', message: tr('不能晚于本季度', 'must not be in the future') });
    }
    if (lead.stage !== 'production') {
      errors.push({
        field: 'quarter',
        message: tr('项目投产后才能填报投产达效情况', 'results are recorded for leads in production'),
      });
    }
    if (errors.length > 0 || 'error' in output || 'error' in tax) throw new ValidationFailedError(errors);
    const values = { outputWan: output.value, taxWan: tax.value, employees: input.employees };
    await transactionWithRetry(this.results.db, async (tx) => {
      const before = await this.results.find(leadId, q.year, q.quarter, tx);
      const changes: Record<string, [unknown, unknown]> = {};
      for (const k of ['outputWan', 'taxWan', 'employees'] as const) {
        if ((before?.[k] ?? null) !== values[k])
          changes[`results.${quarterText}.${k}`] = [before?.[k] ?? null, values[k]];
      }
      await this.results.upsert(tx, leadId, q, values, actor.id, changes);
    });
    return (await this.results.find(leadId, q.year, q.quarter))!;
  }

  async forLead(leadId: string): Promise<LeadResult[]> {
    if (!(await this.plans.lead(leadId))) throw new NotFoundError('该项目', 'The lead');
    return this.results.forLead(leadId);
  }

  async report(f: { year: number; track?: string; park?: string }): Promise<ResultsReport> {
    assertTargetYear(f.year);
    const [rows, target] = await Promise.all([
      this.results.aggregates(f),
      this.results.newOutputTarget(f.year),
    ]);
    const actual = rows.find((r) => r.level === 'zone')?.outputWan ?? '0';
    // The zone's target is compared with the zone's output only: a track's or park's share has no target.
    const yardstick =
      target !== null && !f.track && !f.park
        ? yardstickOf(target, actual, this.targets.expectedByToday(f.year, target))
        : null;
    return assembleResults(f.year, rows, yardstick);
  }
}
