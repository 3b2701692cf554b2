import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, CalendarDate } from '@luodi/core';
import { UsersService } from '@luodi/users';
import { NotificationLedgerRepository } from '../ledger/notification-ledger.repository';
import { planReminders, REMINDER_LOOKBACK_DAYS } from './reminder-plan';
import { ReminderLeadsRepository } from './reminder-leads.repository';

const PAGE_SIZE = 1000;

/**
 * Finds the stage-deadline reminders owed on `today` and records them in the ledger. Idempotent: a re-run
 * (or two scans at once) inserts nothing new thanks to the ledger's unique dedupe key. Sending is separate
 * (one job per pending row; escalations through the daily list), so the scan stays quick and a failed email
 * never blocks the others.
 */
@Injectable()
export class ReminderScanService {
  private readonly logger = new Logger(ReminderScanService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly leads: ReminderLeadsRepository,
    private readonly ledger: NotificationLedgerRepository,
    private readonly users: UsersService,
  ) {}

  /** Returns how many new pending reminders were recorded. */
  async scan(today: CalendarDate): Promise<number> {
    // Due on deadline+offset with offsets -7..+7: deadlines within [today-7-lookback, today+7].
    const window = { from: addDays(today, -7 - REMINDER_LOOKBACK_DAYS), to: addDays(today, 7) };
    const supervisors = await this.users.activeSupervisors();
    let after: { deadline: string; id: string } | null = null;
    let created = 0;
    do {
      const page = await this.leads.scanPage(window, today, after, PAGE_SIZE);
      const rows = page.leads.flatMap((lead) => planReminders(lead, supervisors, today));
      created += (await this.ledger.insertNew(rows, this.db)).length;
      after = page.next;
    } while (after);
    if (created > 0) this.logger.log(`reminder scan for ${today}: ${created} new reminder(s)`);
    return created;
  }
}
