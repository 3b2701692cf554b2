import { Injectable, Logger } from '@nestjs/common';
import { CalendarDate } from '@luodi/core';
import { NotificationLedgerRepository } from '../ledger/notification-ledger.repository';
import { planOrderNotices, planProblemNotices } from './supervision-notice-plan';
import { SupervisionNoticesRepository } from './supervision-notices.repository';

/**
 * Records the 督办 and problem notices owed on `today` (issue 14). Idempotent like the reminder scan: the ledger's
 * unique dedupe keys make a re-run insert nothing; the daily 督办清单 delivers them.
 */
@Injectable()
export class SupervisionNoticeScanService {
  private readonly logger = new Logger(SupervisionNoticeScanService.name);

  constructor(
    private readonly subjects: SupervisionNoticesRepository,
    private readonly ledger: NotificationLedgerRepository,
  ) {}

  async scan(today: CalendarDate): Promise<number> {
    const rows = [
      ...(await this.subjects.ordersToScan(today)).flatMap((o) => planOrderNotices(o, today)),
      ...(await this.subjects.problemsToScan(today)).flatMap((p) => planProblemNotices(p, today)),
    ];
    const created = (await this.ledger.insertNew(rows)).length;
    if (created > 0) this.logger.log(`督办 notices for ${today}: ${created} new`);
    return created;
  }
}
