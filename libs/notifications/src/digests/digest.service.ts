import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  APP_CONFIG,
  AppConfig,
  Clock,
  isIsoWeek,
  mondayOfIsoWeek,
  startOfDayInZone,
  ValidationFailedError,
} from '@luodi/core';
import type { OpenStage } from '@luodi/catalog';
import { ReportsService } from '@luodi/reports';
import { TargetProgress, TargetsService } from '@luodi/targets';
import { renderStaffDigest, renderZoneDigest } from './digest-email.template';
import { DigestRecipient, DigestRepository } from './digest.repository';
import { OutgoingEmail } from './mailer.service';
import { digestDedupeKey } from './notification';
import { NotificationLedgerRepository } from './notification-ledger.repository';

const STAGE_NAMES_ZH: Record<OpenStage, string> = {
  lead: '洽谈',
  signed: '签约',
  landed: '落地',
  construction: '开工建设',
  production: '投产',
};

/**
 * Weekly digests: one ledger row per active user per ISO week (`digest:{userId}:{week}`), so a second run of the
 * same week — a manual `POST /digests/run`, a duplicate scheduled job — records nothing new and sends nothing twice.
 * Content is composed at send time for that week: staff get their own leads, supervisors and admins the zone.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly repo: DigestRepository,
    private readonly ledger: NotificationLedgerRepository,
    private readonly targets: TargetsService,
    private readonly reports: ReportsService,
  ) {}

  /** Records the week's digests; returns how many were new. */
  async planWeek(week: string): Promise<number> {
    if (!isIsoWeek(week))
      throw new ValidationFailedError([{ field: 'week', message: 'must be an ISO week like 2024-W14' }]);
    const users = await this.repo.activeUsers();
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

  /** The user a notification goes to (checked at send time: an inactive user gets nothing). */
  recipientOf(userId: string): Promise<DigestRecipient | null> {
    return this.repo.findUser(userId);
  }

  /** The email for one user's digest of `week`, or null when the user is gone or inactive. */
  async compose(userId: string, week: string, to: string): Promise<OutgoingEmail | null> {
    const user = await this.repo.findUser(userId);
    if (!user?.active) return null;
    const weekStart = mondayOfIsoWeek(week);
    const weekEnd = addDays(weekStart, 6);
    return user.role === 'staff'
      ? this.composeStaff(user, week, weekStart, weekEnd, to)
      : this.composeZone(user, week, weekStart, weekEnd, to);
  }

  private async composeStaff(
    user: DigestRecipient,
    week: string,
    weekStart: string,
    weekEnd: string,
    to: string,
  ): Promise<OutgoingEmail> {
    const endOfWeek = startOfDayInZone(addDays(weekEnd, 1), this.config.timeZone);
    const [pipeline, deadlines, overdue, followUps] = await Promise.all([
      this.repo.pipeline(user.id),
      this.repo.deadlinesBetween(user.id, weekStart, weekEnd),
      this.repo.overdue(user.id, this.clock.today()), // as of today, like the zone's overdue report
      this.repo.followUpsDue(user.id, endOfWeek, this.config.timeZone),
    ]);
    return renderStaffDigest(
      { week, weekStart, weekEnd, userName: user.name, pipeline, deadlines, overdue, followUps },
      to,
      this.config.appBaseUrl,
    );
  }

  private async composeZone(
    user: DigestRecipient,
    week: string,
    weekStart: string,
    weekEnd: string,
    to: string,
  ): Promise<OutgoingEmail> {
    const lastWeek = { from: addDays(weekStart, -7), to: addDays(weekStart, -1) };
    const [progress, funnel, overdue, batches] = await Promise.all([
      this.progressOf(parseInt(weekStart.slice(0, 4), 10)),
      this.reports.funnel({}),
      this.reports.overdue({ limitPerOwner: 1 }),
      this.reports.batches(lastWeek),
    ]);
    const funnelLines = funnel.stages.map((s) => ({
      stageNameZh: STAGE_NAMES_ZH[s.stage],
      reached: s.reached,
      amountWan: s.amountWan,
      conversion: s.conversionFromPrevious,
    }));
    const overdueByOwner = overdue.owners.map((o) => ({
      ownerName: o.ownerName ?? '—',
      count: o.count,
      maxDaysOverdue: o.maxDaysOverdue,
    }));
    const batchLines = [
      { labelZh: '签约', ...batches.signed },
      { labelZh: '开工', ...batches.constructionStarted },
      { labelZh: '投产', ...batches.productionStarted },
    ].map(({ labelZh, count, amountWan }) => ({ labelZh, count, amountWan }));
    return renderZoneDigest(
      {
        week,
        weekStart,
        weekEnd,
        userName: user.name,
        progress,
        funnel: funnelLines,
        overdueByOwner,
        lastWeek,
        batches: batchLines,
      },
      to,
      this.config.appBaseUrl,
    );
  }

  /** Progress against the year's target; null when no target is set for the year. */
  private async progressOf(year: number): Promise<TargetProgress | null> {
    try {
      return await this.targets.progress(year);
    } catch (err) {
      if ((err as { code?: string }).code === 'NOT_FOUND') return null;
      throw err;
    }
  }
}
