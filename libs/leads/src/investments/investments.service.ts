import { Injectable } from '@nestjs/common';
import {
  Clock,
  dateInZone,
  FieldError,
  parseWanAllowZero,
  TransactionRunner,
  tr,
  ValidationFailedError,
} from '@luodi/core';
import { STAGE_NAMES_ZH } from '@luodi/catalog';
import { User } from '@luodi/users';
import { LeadInvestment } from '../lead/lead';
import { assertMayChange } from '../lead/lead-actor';
import { LeadsService } from '../lead/leads.service';
import { AuditRepository } from '../audit/audit.repository';
import { recordsInvestments } from '../rules/stage-rules';
import { InvestmentsRepository } from './investments.repository';

/** Monthly investments (到位资金, 投资完成额) of a landed lead. They are not part of the lead's representation,
 * so they do not bump its version. */
@Injectable()
export class InvestmentsService {
  constructor(
    private readonly investments: InvestmentsRepository,
    private readonly audit: AuditRepository,
    private readonly leadsService: LeadsService,
    private readonly transaction: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async set(
    id: string,
    month: string,
    input: { paidInWan: unknown; completedWan: unknown },
    actor: User,
  ): Promise<LeadInvestment[]> {
    const row = await this.leadsService.getRow(id);
    assertMayChange(actor, row);
    const errors: FieldError[] = [];
    const paid = parseWanAllowZero(input.paidInWan);
    const completed = parseWanAllowZero(input.completedWan);
    if ('error' in paid) errors.push({ field: 'paidInWan', message: paid.error });
    if ('error' in completed) errors.push({ field: 'completedWan', message: completed.error });
    if (month > dateInZone(this.clock.now(), this.clock.timeZone).slice(0, 7)) {
      errors.push({ field: 'month', message: tr('不能晚于本月', 'must not be in the future') });
    }
    if (!recordsInvestments(row.stage)) {
      errors.push({
        field: 'month',
        message: tr(
          `项目落地后才能填报投资（当前阶段：${STAGE_NAMES_ZH[row.stage]}）`,
          `investments are recorded for leads at landed or later (this one is at ${row.stage})`,
        ),
      });
    }
    if (errors.length > 0 || 'error' in paid || 'error' in completed) throw new ValidationFailedError(errors);

    await this.transaction.run(async (tx) => {
      const v = { paidInWan: paid.value, completedWan: completed.value };
      const before = await this.investments.upsert(tx, id, month, v);
      await this.audit.record(tx, id, actor.id, 'investment', {
        [`investments.${month}.paidInWan`]: [before?.paidInWan ?? null, v.paidInWan],
        [`investments.${month}.completedWan`]: [before?.completedWan ?? null, v.completedWan],
      });
    });
    return this.investments.list(id);
  }

  async list(id: string): Promise<LeadInvestment[]> {
    await this.leadsService.assertExists(id);
    return this.investments.list(id);
  }
}
