import { Injectable, Logger } from '@nestjs/common';
import { addDays, CalendarDate, daysBetween } from '@luodi/core';
import { formatMonthDay } from '@luodi/format';
import {
  CarriedRow,
  DailyListContext,
  DailyListContribution,
  DailyListItemSource,
  DailyListRow,
  DailyListSource,
  NewNotification,
  NotificationLedgerRepository,
} from '@luodi/notifications';
import { BATCH_LIST_NAMES_ZH } from './batch-event';
import { entryOf } from './batch-event-rules';
import { BatchEventsRepository } from './batch-events.repository';

/** How many days before an event the owners of nominated leads not yet at their stage are reminded. */
export const BATCH_EVENT_REMINDER_DAYS = 7;

/** `batch_event:{eventId}:{leadId}`: one reminder per nominated lead and event, ever. */
export const batchEventDedupeKey = (eventId: string, leadId: string) => `batch_event:${eventId}:${leadId}`;

/**
 * Records, once per event and nominated lead (dedupe key above), a `batch_event_due` row for the lead's owner
 * when the event is at most a week away (and not past) and the lead has not reached its list's stage. The row's
 * `stage_deadline` is the event's date. Called by the worker's reminder scan before the daily lists are planned.
 */
@Injectable()
export class BatchEventReminderRecorder {
  private readonly logger = new Logger(BatchEventReminderRecorder.name);

  constructor(
    private readonly events: BatchEventsRepository,
    private readonly ledger: NotificationLedgerRepository,
  ) {}

  async record(today: CalendarDate): Promise<number> {
    const rows: NewNotification[] = [];
    for (const event of await this.events.upcoming(
      addDays(today, 1),
      addDays(today, BATCH_EVENT_REMINDER_DAYS),
    )) {
      for (const x of event.entries) {
        if (entryOf(x, x.list, null, today).reached) continue;
        rows.push({
          dedupeKey: batchEventDedupeKey(event.id, x.leadId),
          kind: 'batch_event_due',
          leadId: x.leadId,
          userId: x.ownerId,
          recipient: x.ownerEmail,
          offsetDays: null,
          week: null,
          stageEntryId: null,
          stageDeadline: event.date,
          status: 'pending',
          lastError: null,
        });
      }
    }
    const recorded = (await this.ledger.insertNew(rows)).length;
    if (recorded > 0) this.logger.log(`三个一批 reminders recorded for ${today}: ${recorded}`);
    return recorded;
  }
}

/**
 * Delivers `batch_event_due` rows in the owner's daily 督办清单: one line per nominated lead still short of its
 * stage, re-checked when the list is composed (a lead that has reached it meanwhile is skipped, not listed).
 */
@Injectable()
@DailyListSource({ order: 40 })
export class BatchEventReminderSource implements DailyListItemSource {
  readonly kinds = ['batch_event_due'] as const;

  constructor(private readonly events: BatchEventsRepository) {}

  async contribute(rows: CarriedRow[], { today, links }: DailyListContext): Promise<DailyListContribution> {
    const stale: DailyListContribution['stale'] = [];
    const lines: DailyListRow[] = [];
    for (const row of rows) {
      const entries =
        row.leadId && row.stageDeadline ? await this.events.entriesOn(row.leadId, row.stageDeadline) : [];
      const open = entries.filter((x) => !entryOf(x, x.list, null, today).reached);
      if (open.length === 0) {
        stale.push({
          ids: [row.id],
          reason: entries.length ? 'the lead has reached its stage' : 'no longer nominated',
        });
        continue;
      }
      const x = open[0];
      const days = daysBetween(today, x.eventDate);
      lines.push({
        leadId: x.leadId,
        ledgerIds: [row.id],
        urgency: -days,
        cells: [
          { text: `${x.companyName}·${x.projectName}`, href: links.lead(x.leadId) },
          x.eventName,
          BATCH_LIST_NAMES_ZH[x.list],
          formatMonthDay(x.eventDate),
          { text: days > 0 ? `还有${days}天` : '今天', tone: 'red', strong: true },
        ],
      });
    }
    return {
      stale,
      section: lines.length
        ? {
            title: '“三个一批”活动临近、尚未达到阶段的项目',
            columns: [
              { title: '项目' },
              { title: '活动' },
              { title: '所列批次' },
              { title: '活动日期' },
              { title: '距活动', align: 'right' },
            ],
            rows: lines,
          }
        : null,
    };
  }
}
