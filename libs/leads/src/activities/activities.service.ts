import { Injectable } from '@nestjs/common';
import { Clock, FieldError, Page, tr, ValidationFailedError } from '@luodi/core';
import { User } from '@luodi/users';
import { ActivityKind, LeadActivity } from '../lead/lead';
import { assertMayChange } from '../lead/lead-actor';
import { LeadsService } from '../lead/leads.service';
import { ActivitiesRepository } from './activities.repository';

export interface ActivityInput {
  kind: ActivityKind;
  occurredAt: string;
  summary: string;
  nextFollowUpAt?: string | null;
}

/** Activities (洽谈记录): a visit, call, meeting… and the lead's next follow-up. */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly leadsService: LeadsService,
    private readonly clock: Clock,
  ) {}

  async add(id: string, input: ActivityInput, actor: User): Promise<LeadActivity> {
    assertMayChange(actor, await this.leadsService.getOwner(id));
    const occurredAt = new Date(input.occurredAt);
    const next = input.nextFollowUpAt ? new Date(input.nextFollowUpAt) : null;
    const errors: FieldError[] = [];
    if (occurredAt.getTime() > this.clock.now().getTime())
      errors.push({ field: 'occurredAt', message: tr('不能晚于当前时间', 'must not be in the future') });
    if (next && next.getTime() < occurredAt.getTime()) {
      errors.push({
        field: 'nextFollowUpAt',
        message: tr('不能早于洽谈时间（occurredAt）', 'must not be before occurredAt'),
      });
    }
    const summary = input.summary.trim();
    if (!summary) errors.push({ field: 'summary', message: tr('不能为空', 'must not be empty') });
    if (errors.length > 0) throw new ValidationFailedError(errors);

    return this.activities.insertTouchingLead({
      leadId: id,
      kind: input.kind,
      occurredAt: occurredAt.toISOString(),
      summary,
      nextFollowUpAt: next?.toISOString() ?? null,
      byUserId: actor.id,
    });
  }

  async list(id: string, limit: number, cursor?: string): Promise<Page<LeadActivity>> {
    await this.leadsService.assertExists(id);
    return this.activities.list(id, limit, cursor);
  }
}
