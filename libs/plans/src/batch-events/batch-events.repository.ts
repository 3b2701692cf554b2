import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, rowsOf } from '@luodi/core';
import { BatchEvent, BatchList, EntryLead } from './batch-event';

const EVENT_COLUMNS = `e.id, e.name, to_char(e.date, 'YYYY-MM-DD') AS date, e.period, e.created_by AS "createdBy",
  e.created_at AS "createdAt"`;

const LEAD_COLUMNS = `l.id AS "leadId", l.project_name AS "projectName", l.company_name AS "companyName", l.track,
  l.park, l.stage, l.owner_id AS "ownerId", l.planned_investment_wan::text AS "plannedInvestmentWan",
  to_char(l.signed_at, 'YYYY-MM-DD') AS "signedAt",
  to_char(l.construction_started_at, 'YYYY-MM-DD') AS "constructionStartedAt",
  to_char(l.production_started_at, 'YYYY-MM-DD') AS "productionStartedAt"`;

type EventRow = Omit<BatchEvent, 'createdAt'> & { createdAt: Date };
const toEvent = (r: EventRow): BatchEvent => ({ ...r, createdAt: r.createdAt.toISOString() });

export type EntryRow = EntryLead & { list: BatchList; expectedOutputWan: string | null };

/** `batch_events` and `batch_event_entries`. */
@Injectable()
export class BatchEventsRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  async create(e: {
    name: string;
    date: string;
    period: number | null;
    createdBy: string;
  }): Promise<BatchEvent> {
    const [row] = await rowsOf<EventRow>(
      this.db,
      `INSERT INTO batch_events AS e (name, date, period, created_by) VALUES ($1, $2, $3, $4)
       RETURNING ${EVENT_COLUMNS}`,
      [e.name, e.date, e.period, e.createdBy],
    );
    return toEvent(row);
  }

  async find(id: string): Promise<BatchEvent | null> {
    const row = await firstRow<EventRow>(
      this.db,
      `SELECT ${EVENT_COLUMNS} FROM batch_events e WHERE e.id = $1`,
      [id],
    );
    return row ? toEvent(row) : null;
  }

  /** The events, the latest date first, with their entries (for the list page's counts). */
  async list(): Promise<(BatchEvent & { entries: EntryRow[] })[]> {
    const events = await rowsOf<EventRow>(
      this.db,
      `SELECT ${EVENT_COLUMNS} FROM batch_events e ORDER BY e.date DESC, e.created_at DESC LIMIT 500`,
    );
    const entries = await this.entriesOf(events.map((e) => e.id));
    return events.map((e) => ({ ...toEvent(e), entries: entries.filter((x) => x.eventId === e.id) }));
  }

  async leadExists(id: string): Promise<boolean> {
    return (await firstRow(this.db, `SELECT 1 FROM leads WHERE id = $1`, [id])) !== null;
  }

  /** Nominates a lead (or moves it to another list of the same event). */
  async upsertEntry(
    eventId: string,
    leadId: string,
    list: BatchList,
    expectedOutputWan: string | null,
    userId: string,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO batch_event_entries (event_id, lead_id, list, expected_output_wan, created_by)
       VALUES ($1, $2, $3, $4::numeric, $5)
       ON CONFLICT (event_id, lead_id) DO UPDATE
         SET list = EXCLUDED.list, expected_output_wan = EXCLUDED.expected_output_wan`,
      [eventId, leadId, list, expectedOutputWan, userId],
    );
  }

  async entriesOf(eventIds: string[]): Promise<(EntryRow & { eventId: string })[]> {
    if (eventIds.length === 0) return [];
    return rowsOf(
      this.db,
      `SELECT x.event_id AS "eventId", x.list, x.expected_output_wan::text AS "expectedOutputWan", ${LEAD_COLUMNS}
         FROM batch_event_entries x JOIN leads l ON l.id = x.lead_id
        WHERE x.event_id = ANY($1::uuid[])
        ORDER BY x.list, l.planned_investment_wan DESC, l.id`,
      [eventIds],
    );
  }

  /** Events on dates in [from, to] (zone dates), with their entries and each owner's email. */
  async upcoming(
    from: string,
    to: string,
  ): Promise<(BatchEvent & { entries: (EntryRow & { ownerEmail: string })[] })[]> {
    const events = await rowsOf<EventRow>(
      this.db,
      `SELECT ${EVENT_COLUMNS} FROM batch_events e WHERE e.date BETWEEN $1 AND $2 ORDER BY e.date, e.id`,
      [from, to],
    );
    if (events.length === 0) return [];
    const entries = await rowsOf<EntryRow & { eventId: string; ownerEmail: string }>(
      this.db,
      `SELECT x.event_id AS "eventId", x.list, x.expected_output_wan::text AS "expectedOutputWan",
              u.email AS "ownerEmail", ${LEAD_COLUMNS}
         FROM batch_event_entries x JOIN leads l ON l.id = x.lead_id JOIN users u ON u.id = l.owner_id
        WHERE x.event_id = ANY($1::uuid[]) AND u.active`,
      [events.map((e) => e.id)],
    );
    return events.map((e) => ({ ...toEvent(e), entries: entries.filter((x) => x.eventId === e.id) }));
  }

  /** The entries of `leadId` in events dated `date` (what a reminder row is about, re-read when it is sent). */
  async entriesOn(
    leadId: string,
    date: string,
  ): Promise<(EntryRow & { eventName: string; eventDate: string })[]> {
    return rowsOf(
      this.db,
      `SELECT e.name AS "eventName", to_char(e.date, 'YYYY-MM-DD') AS "eventDate", x.list,
              x.expected_output_wan::text AS "expectedOutputWan", ${LEAD_COLUMNS}
         FROM batch_event_entries x JOIN batch_events e ON e.id = x.event_id JOIN leads l ON l.id = x.lead_id
        WHERE x.lead_id = $1 AND e.date = $2`,
      [leadId, date],
    );
  }
}
