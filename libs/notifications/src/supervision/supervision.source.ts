import { Injectable } from '@nestjs/common';
import { daysBetween } from '@luodi/core';
import { formatMonthDay } from '@luodi/format';
import {
  PROBLEM_CATEGORY_NAMES,
  ProblemCategory,
  SUPERVISION_STATUS_NAMES,
  SupervisionStatus,
} from '@luodi/problems';
import { projectLabel } from '../email/lead-label';
import type { CarriedRow } from '../ledger/notification-ledger.repository';
import {
  DailyListContext,
  DailyListContribution,
  DailyListItemSource,
  DailyListRow,
  DailyListSource,
} from '../daily-list/daily-list-source';
import {
  noticeDueDate,
  noticeSubjectId,
  PROBLEM_NOTICE_KINDS,
  SUPERVISION_NOTICE_KINDS,
} from './supervision-notice-plan';
import { SupervisionNoticesRepository } from './supervision-notices.repository';

const OWED = new Set(['issued', 'acknowledged', 'returned']);
const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Why a carried 督办 notice no longer applies (null: it still does). */
function orderStale(
  kind: string,
  dueDateOfKey: string | null,
  o: { status: string; dueDate: string } | undefined,
) {
  if (!o) return 'the order no longer exists';
  if (o.status === 'closed') return 'the order is closed';
  if (kind === 'supervision_issued') return null;
  if (!OWED.has(o.status)) return 'the order was reported done';
  if (dueDateOfKey !== o.dueDate) return 'the due date changed';
  return null;
}

/**
 * 督办 in the daily 督办清单: new orders and orders due tomorrow or today (to the assignees), overdue ones (to the
 * issuer). One line per order, re-checked against the order when the list is composed.
 */
@Injectable()
@DailyListSource({ order: 20 })
export class SupervisionSource implements DailyListItemSource {
  readonly kinds = SUPERVISION_NOTICE_KINDS;

  constructor(private readonly subjects: SupervisionNoticesRepository) {}

  async contribute(rows: CarriedRow[], { today, links }: DailyListContext): Promise<DailyListContribution> {
    const ids = [...new Set(rows.map((r) => noticeSubjectId(r.dedupeKey)))];
    const orders = new Map((await this.subjects.orderDetails(ids)).map((o) => [o.id, o]));
    const stale: DailyListContribution['stale'] = [];
    const lines = new Map<string, DailyListRow>();
    for (const row of rows) {
      const o = orders.get(noticeSubjectId(row.dedupeKey));
      const why = orderStale(row.kind, noticeDueDate(row.dedupeKey), o);
      if (why || !o) {
        stale.push({ ids: [row.id], reason: why ?? 'the order no longer exists' });
        continue;
      }
      const existing = lines.get(o.id);
      if (existing) {
        existing.ledgerIds.push(row.id);
        continue;
      }
      const days = daysBetween(today, o.dueDate);
      const due =
        days < 0
          ? { text: `逾期${-days}天`, tone: 'red' as const, strong: true }
          : days === 0
            ? { text: '今天到期', tone: 'red' as const, strong: true }
            : { text: `${days}天后到期` };
      lines.set(o.id, {
        leadId: o.leadId,
        ledgerIds: [row.id],
        urgency: -days,
        cells: [
          { text: projectLabel(o.companyName, o.projectName), href: links.lead(o.leadId) },
          clip(o.instruction),
          o.issuerName,
          SUPERVISION_STATUS_NAMES[o.status as SupervisionStatus] ?? o.status,
          formatMonthDay(o.dueDate),
          due,
        ],
      });
    }
    return {
      stale,
      section: lines.size
        ? {
            title: '督办事项',
            columns: [
              { title: '项目' },
              { title: '批示' },
              { title: '交办人' },
              { title: '状态' },
              { title: '办理时限' },
              { title: '', align: 'right' },
            ],
            rows: [...lines.values()],
          }
        : null,
    };
  }
}

/** Problems past their due date in the daily 督办清单 (to the assignee and the lead's owner). */
@Injectable()
@DailyListSource({ order: 30 })
export class ProblemOverdueSource implements DailyListItemSource {
  readonly kinds = PROBLEM_NOTICE_KINDS;

  constructor(private readonly subjects: SupervisionNoticesRepository) {}

  async contribute(rows: CarriedRow[], { today, links }: DailyListContext): Promise<DailyListContribution> {
    const ids = [...new Set(rows.map((r) => noticeSubjectId(r.dedupeKey)))];
    const problems = new Map((await this.subjects.problemDetails(ids)).map((p) => [p.id, p]));
    const stale: DailyListContribution['stale'] = [];
    const lines: DailyListRow[] = [];
    for (const row of rows) {
      const p = problems.get(noticeSubjectId(row.dedupeKey));
      if (!p || p.status === 'resolved' || p.dueDate !== noticeDueDate(row.dedupeKey)) {
        stale.push({
          ids: [row.id],
          reason: !p ? 'the problem no longer exists' : 'the problem was resolved or rescheduled',
        });
        continue;
      }
      const days = daysBetween(p.dueDate, today);
      lines.push({
        leadId: p.leadId,
        ledgerIds: [row.id],
        urgency: days,
        cells: [
          { text: projectLabel(p.companyName, p.projectName), href: links.lead(p.leadId) },
          `${PROBLEM_CATEGORY_NAMES[p.category as ProblemCategory] ?? p.category}：${clip(p.description)}`,
          p.departmentName,
          formatMonthDay(p.dueDate),
          { text: `逾期${days}天`, tone: 'red', strong: true },
        ],
      });
    }
    return {
      stale,
      section: lines.length
        ? {
            title: '逾期未办结的问题',
            columns: [
              { title: '项目' },
              { title: '问题' },
              { title: '责任单位' },
              { title: '办结时限' },
              { title: '逾期', align: 'right' },
            ],
            rows: lines,
          }
        : null,
    };
  }
}
