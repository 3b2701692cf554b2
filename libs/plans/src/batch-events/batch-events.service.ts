import { Injectable } from '@nestjs/common';
import { FieldError, NotFoundError, parseWan, tr, ValidationFailedError } from '@luodi/core';
import type { User } from '@luodi/users';
import { BatchEvent, BatchEventDetail, BatchEventSummary, BatchList } from './batch-event';
import { entryOf, eventDetail } from './batch-event-rules';
import { BatchEventsRepository } from './batch-events.repository';

/** 三个一批 events: created by supervisors, leads nominated to their lists, each checked at the event's date. */
@Injectable()
export class BatchEventsService {
  constructor(private readonly events: BatchEventsRepository) {}

  create(input: { name: string; date: string; period?: number | null }, actor: User): Promise<BatchEvent> {
    const name = input.name.trim();
    if (!name)
      throw new ValidationFailedError([{ field: 'name', message: tr('不能为空', 'must not be empty') }]);
    return this.events.create({ name, date: input.date, period: input.period ?? null, createdBy: actor.id });
  }

  async list(): Promise<BatchEventSummary[]> {
    return (await this.events.list()).map(({ entries, ...event }) => ({
      ...event,
      entries: entries.length,
      notReached: entries.filter((x) => !entryOf(x, x.list, null, event.date).reached).length,
    }));
  }

  async nominate(
    eventId: string,
    input: { leadId: string; list: BatchList; expectedOutputWan?: unknown },
    actor: User,
  ): Promise<BatchEventDetail> {
    const event = await this.events.find(eventId);
    if (!event) throw new NotFoundError('该活动', 'The event');
    const errors: FieldError[] = [];
    let output: string | null = null;
    if (input.expectedOutputWan !== undefined && input.expectedOutputWan !== null) {
      const parsed = parseWan(input.expectedOutputWan);
      if ('error' in parsed) errors.push({ field: 'expectedOutputWan', message: parsed.error });
      else output = parsed.value;
    }
    if (!(await this.events.leadExists(input.leadId))) {
      errors.push({ field: 'leadId', message: tr('项目不存在', 'is not a known lead') });
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
    await this.events.upsertEntry(eventId, input.leadId, input.list, output, actor.id);
    return this.detail(eventId);
  }

  async detail(eventId: string): Promise<BatchEventDetail> {
    const event = await this.events.find(eventId);
    if (!event) throw new NotFoundError('该活动', 'The event');
    const rows = await this.events.entriesOf([eventId]);
    return eventDetail(
      event,
      rows.map(({ eventId: _, list, expectedOutputWan, ...lead }) =>
        entryOf(lead, list, expectedOutputWan, event.date),
      ),
    );
  }
}
