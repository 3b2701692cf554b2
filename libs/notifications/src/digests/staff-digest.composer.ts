import { Inject, Injectable } from '@nestjs/common';
import { addDays, APP_CONFIG, AppConfig, startOfDayInZone } from '@luodi/core';
import { CatalogService } from '@luodi/catalog';
import { ACTIVITY_KIND_NAMES_ZH, ActivityKind } from '@luodi/leads';
import { DigestPeriod, StaffDigestData } from './digest-data';
import { staffSections } from './digest-rules';
import { StaffDigestRepository } from './staff-digest.repository';

/** How far back a missed follow-up is still listed (days). */
export const MISSED_FOLLOW_UP_DAYS = 30;

/** The figures of a staff member's digest: their open leads in sections, and what they logged last week. */
@Injectable()
export class StaffDigestComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: StaffDigestRepository,
    private readonly catalog: CatalogService,
  ) {}

  async data(period: DigestPeriod, user: { id: string; name: string }): Promise<StaffDigestData> {
    const zone = this.config.timeZone;
    const today = period.asOf;
    // The coming week: to its Sunday, and at least seven days ahead (a digest read late in a week still looks ahead).
    const sevenDays = addDays(today, 6);
    const until = period.weekEnd > sevenDays ? period.weekEnd : sevenDays;
    const followUpsSince = addDays(today, -MISSED_FOLLOW_UP_DAYS);
    const [byStage, leads, logged, stages] = await Promise.all([
      this.repo.openByStage(user.id),
      this.repo.needingAttention(
        user.id,
        until,
        startOfDayInZone(followUpsSince, zone),
        startOfDayInZone(addDays(until, 1), zone),
        zone,
      ),
      this.repo.loggedBetween(
        user.id,
        startOfDayInZone(period.lastWeek.from, zone),
        startOfDayInZone(addDays(period.lastWeek.to, 1), zone),
        zone,
      ),
      this.catalog.stages(),
    ]);
    return {
      period,
      userName: user.name,
      until,
      followUpsSince,
      ...staffSections(leads, today, until, followUpsSince),
      pipeline: stages
        .filter((s) => byStage.has(s.code))
        .map((s) => ({ stageNameZh: s.nameZh, count: byStage.get(s.code) ?? 0 })),
      logged: logged.map((a) => ({
        leadId: a.leadId,
        companyName: a.companyName,
        projectName: a.projectName,
        date: a.date,
        kindZh: ACTIVITY_KIND_NAMES_ZH[a.kind as ActivityKind] ?? a.kind,
        summary: a.summary,
      })),
      loggedCount: logged[0]?.total ?? 0,
    };
  }
}
