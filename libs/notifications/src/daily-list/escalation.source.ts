import { Injectable } from '@nestjs/common';
import { daysBetween } from '@luodi/core';
import { formatMonthDay } from '@luodi/format';
import { projectLabel } from '../email/lead-label';
import type { CarriedRow } from '../ledger/notification-ledger.repository';
import { ReminderLeadsRepository } from '../reminders/reminder-leads.repository';
import { staleReason } from '../reminders/reminder-staleness';
import {
  DailyListContext,
  DailyListContribution,
  DailyListItemSource,
  DailyListRow,
  DailyListSource,
} from './daily-list-source';

/**
 * Escalations (7 days past a stage deadline, to the project's 包联领导 or, without one, every supervisor): one
 * line per project in the daily list, most overdue first, re-checked against the lead when the list is composed.
 */
@Injectable()
@DailyListSource({ order: 10 })
export class EscalationSource implements DailyListItemSource {
  readonly kinds = ['escalation'] as const;

  constructor(private readonly leads: ReminderLeadsRepository) {}

  async contribute(rows: CarriedRow[], { today, links }: DailyListContext): Promise<DailyListContribution> {
    const ids = [...new Set(rows.map((r) => r.leadId).filter((id): id is string => id !== null))];
    const details = new Map((await this.leads.findDetailsMany(ids)).map((d) => [d.id, d]));
    const stale: DailyListContribution['stale'] = [];
    const byLead = new Map<string, DailyListRow>();
    for (const row of rows) {
      const lead = row.leadId ? (details.get(row.leadId) ?? null) : null;
      const why = staleReason(row, lead);
      if (why || !lead?.stageDeadline) {
        stale.push({ ids: [row.id], reason: why ?? 'the lead has no deadline' });
        continue;
      }
      const existing = byLead.get(lead.id);
      if (existing) {
        existing.ledgerIds.push(row.id);
        continue;
      }
      const daysOverdue = daysBetween(lead.stageDeadline, today);
      byLead.set(lead.id, {
        leadId: lead.id,
        ledgerIds: [row.id],
        urgency: daysOverdue,
        cells: [
          { text: projectLabel(lead.companyName, lead.projectName), href: links.lead(lead.id) },
          lead.stageNameZh,
          lead.ownerName,
          formatMonthDay(lead.stageDeadline),
          { text: `逾期${daysOverdue}天`, tone: 'red', strong: true },
        ],
      });
    }
    const lines = [...byLead.values()].sort((a, b) => b.urgency - a.urgency);
    return {
      stale,
      section: lines.length
        ? {
            title: '逾期超过7天、需要督促的项目',
            columns: [
              { title: '项目' },
              { title: '阶段' },
              { title: '负责人' },
              { title: '阶段期限' },
              { title: '逾期', align: 'right' },
            ],
            rows: lines,
            more: { text: '查看全部逾期项目', href: links.leads({ overdue: 'true' }) },
          }
        : null,
    };
  }
}
