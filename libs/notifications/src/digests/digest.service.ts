import { Inject, Injectable, Logger } from '@nestjs/common';
import { addDays, APP_CONFIG, AppConfig, Clock, isoWeekOf, mondayOfIsoWeek } from '@luodi/core';
import { isSupervisorOrAdmin, User, UsersService } from '@luodi/users';
import { EmailDocument, renderHtml } from '../email/email-document';
import { EmailLinks } from '../email/email-links';
import { NotificationLedgerRepository } from '../ledger/notification-ledger.repository';
import { digestDedupeKey } from '../notification';
import { DigestPeriod, ZoneDigestData } from './digest-data';
import { checkDigestWeek } from './digest-week';
import { staffDigestEmail } from './staff-digest.template';
import { StaffDigestComposer } from './staff-digest.composer';
import { zoneDigestEmail } from './zone-digest.template';
import { ZoneDigestComposer } from './zone-digest.composer';

/** The zone figures read for one batch of digests, by week and day (see `DigestService.compose`). */
export type ZoneFiguresShare = Map<string, Promise<ZoneDigestData>>;

/**
 * Weekly digests: one ledger row per active user per ISO week (`digest:{userId}:{week}`), so a second run of the
 * same week — a manual `POST /digests/run`, a duplicate scheduled job — records nothing new and sends nothing twice.
 * Content is composed when it is sent (or previewed): staff get their own open leads (我的本周项目), supervisors
 * and admins the zone (全区招商周报).
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);
  private readonly links: EmailLinks;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly users: UsersService,
    private readonly ledger: NotificationLedgerRepository,
    private readonly zone: ZoneDigestComposer,
    private readonly staff: StaffDigestComposer,
  ) {
    this.links = new EmailLinks(config.appBaseUrl);
  }

  /** The week checked against the allowed range (ValidationFailedError otherwise); default the current week. */
  checkWeek(week: string | undefined): string {
    const today = this.clock.today();
    return checkDigestWeek(week ?? isoWeekOf(today), today);
  }

  /** Records the week's digests; returns how many were new. */
  async planWeek(week: string): Promise<number> {
    this.checkWeek(week);
    const users = await this.users.activeUsers();
    const created = await this.ledger.insertNew(
      users.map((u) => ({
        dedupeKey: digestDedupeKey(u.id, week),
        kind: 'digest' as const,
        leadId: null,
        userId: u.id,
        recipient: u.email,
        offsetDays: null,
        week,
        stageEntryId: null,
        stageDeadline: null,
        status: 'pending' as const,
        lastError: null,
      })),
    );
    this.logger.log(`digests for ${week}: ${created.length} new of ${users.length} active user(s)`);
    return created.length;
  }

  /**
   * The digest `user` gets for `week`: the zone for supervisors and admins, their own leads for staff. Given
   * `shared` (one batch of sends), the zone's figures are read once per week and day for every digest of the
   * batch instead of once per supervisor: they are the same for all of them but the name.
   */
  async compose(
    user: Pick<User, 'id' | 'name' | 'role'>,
    week: string,
    shared?: ZoneFiguresShare,
  ): Promise<EmailDocument> {
    const period = this.periodOf(week);
    if (!isSupervisorOrAdmin(user.role))
      return staffDigestEmail(await this.staff.data(period, user), this.links);
    const key = `${period.week}@${period.asOf}`;
    let zone = shared?.get(key);
    if (!zone) {
      zone = this.zone.data(period, user.name);
      shared?.set(key, zone);
    }
    return zoneDigestEmail({ ...(await zone), userName: user.name }, this.links);
  }

  /** The HTML `userId` would get for `week` (default: this week), sending nothing. */
  async preview(userId: string, week?: string): Promise<string> {
    const checked = this.checkWeek(week);
    const user = await this.users.get(userId);
    return renderHtml(await this.compose(user, checked));
  }

  private periodOf(week: string): DigestPeriod {
    const weekStart = mondayOfIsoWeek(week);
    return {
      week,
      weekStart,
      weekEnd: addDays(weekStart, 6),
      lastWeek: { from: addDays(weekStart, -7), to: addDays(weekStart, -1) },
      asOf: this.clock.today(),
    };
  }
}
