import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { APP_CONFIG, AppConfig, CalendarDate, Clock } from '@luodi/core';
import { UsersService } from '@luodi/users';
import { EmailDocument } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { NotificationLedgerRepository } from '../ledger/notification-ledger.repository';
import { NotificationKind } from '../notification';
import { DailyListItemSource, DailyListSection, DailyListSource } from './daily-list-source';
import { dailyListEmail } from './daily-list.template';

/** A composed daily list: the email and the ledger rows of the items it carries. */
export interface ComposedDailyList {
  document: EmailDocument;
  itemIds: string[];
}

/**
 * The daily 督办清单 (kind `daily_duban`, dedupe key `duban:{userId}:{YYYY-MM-DD}`): one email per person per
 * day listing every item that needs them, from the registered item sources.
 *
 * - Planning (after each reminder scan): everyone owed items gets today's list, unless it exists (sent already:
 *   later items wait for tomorrow's) or an earlier list of theirs is still being sent.
 * - Sending: the list is claimed, composed from the items still owed at that moment, sent, and marked `sent`
 *   together with exactly the items it listed (one transaction). Items that no longer apply are skipped.
 * - The one duplicate window is every email's: a worker killed after the SMTP server accepted the list and
 *   before it was marked. Its lease then runs out and the list is sent again with the same items (and any that
 *   came due meanwhile). No item is ever in two lists otherwise: a person has at most one pending list.
 */
@Injectable()
export class DailyListService implements OnModuleInit {
  private readonly logger = new Logger(DailyListService.name);
  private sources: { order: number; source: DailyListItemSource }[] = [];
  private readonly links: EmailLinks;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly ledger: NotificationLedgerRepository,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {
    this.links = new EmailLinks(config.appBaseUrl);
  }

  onModuleInit(): void {
    this.sources = this.discovery
      .getProviders({ metadataKey: DailyListSource.KEY })
      .filter((w) => w.instance)
      .map((w) => ({
        order: this.discovery.getMetadataByDecorator(DailyListSource, w)?.order ?? 100,
        source: w.instance as DailyListItemSource,
      }))
      .sort((a, b) => a.order - b.order);
  }

  /** The kinds delivered only through daily lists (never claimed and sent on their own). */
  carriedKinds(): NotificationKind[] {
    return [...new Set(this.sources.flatMap((s) => s.source.kinds))];
  }

  /** Opens `today`'s list for everyone owed items; returns how many lists were opened. */
  async plan(today: CalendarDate): Promise<number> {
    const kinds = this.carriedKinds();
    if (kinds.length === 0) return 0;
    let opened = 0;
    for (const person of await this.ledger.peopleOwed(kinds)) {
      if (!(await this.users.findActive(person.userId))) {
        // Nobody to brief: the items are recorded as skipped rather than waiting forever.
        const rows = await this.ledger.carriedFor(person.userId, kinds);
        await this.ledger.skip(
          rows.map((r) => r.id),
          'recipient is inactive',
        );
        continue;
      }
      if (await this.ledger.openDailyList(person.userId, person.recipient, today)) opened += 1;
    }
    if (opened > 0) this.logger.log(`daily lists for ${today}: ${opened} opened`);
    return opened;
  }

  /**
   * The list for `userId` dated `date`, from the items owed now; null when nothing applies any more (every owed
   * item has gone stale, and is then recorded as skipped).
   */
  async compose(
    userId: string,
    recipientName: string,
    date: CalendarDate,
  ): Promise<ComposedDailyList | null> {
    const rows = await this.ledger.carriedFor(userId, this.carriedKinds());
    const context = { today: this.clock.today(), links: this.links };
    const sections: DailyListSection[] = [];
    for (const { source } of this.sources) {
      const mine = rows.filter((r) => (source.kinds as readonly string[]).includes(r.kind));
      if (mine.length === 0) continue;
      const { section, stale } = await source.contribute(mine, context);
      for (const s of stale) await this.ledger.skip(s.ids, s.reason);
      if (section && section.rows.length) {
        sections.push({ ...section, rows: [...section.rows].sort((a, b) => b.urgency - a.urgency) });
      }
    }
    if (sections.length === 0) return null;
    return {
      document: dailyListEmail({ recipientName, date, sections, links: this.links }),
      itemIds: sections.flatMap((s) => s.rows.flatMap((r) => r.ledgerIds)),
    };
  }
}
