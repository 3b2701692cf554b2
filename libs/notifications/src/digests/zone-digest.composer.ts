import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Decimal, NotFoundError, ratio } from '@luodi/core';
import { CatalogService } from '@luodi/catalog';
import { LeadsService } from '@luodi/leads';
import { BatchGroup, ReportsService } from '@luodi/reports';
import { TargetProgress, TargetsService } from '@luodi/targets';
import { UsersService } from '@luodi/users';
import { DigestPeriod, EventGroup, OverdueLine, ZoneDigestData } from './digest-data';
import { orderEvents, stallPoint } from './digest-rules';
import { SupervisionNoticesRepository } from '../supervision/supervision-notices.repository';

/** How many of the most overdue projects the digest names. */
export const MOST_OVERDUE = 10;

const EVENT_LABELS = [
  { key: 'created', labelZh: '新增项目', amountLabel: '计划投资' },
  { key: 'signed', labelZh: '签约', amountLabel: '签约额' },
  { key: 'landed', labelZh: '落地', amountLabel: '投资额' },
  { key: 'constructionStarted', labelZh: '开工', amountLabel: '投资额' },
  { key: 'productionStarted', labelZh: '投产', amountLabel: '投资额' },
] as const;

/**
 * The figures of the zone digest, all from the services behind the reports and targets (the same numbers
 * `GET /targets/:year/progress`, `/reports/batches`, `/reports/overdue`, `/reports/funnel` and the lead list's
 * `warning` filter give at the same moment); this class only picks, names and orders them.
 */
@Injectable()
export class ZoneDigestComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reports: ReportsService,
    private readonly targets: TargetsService,
    private readonly leads: LeadsService,
    private readonly catalog: CatalogService,
    private readonly users: UsersService,
    private readonly problemCounts: SupervisionNoticesRepository,
  ) {}

  async data(period: DigestPeriod, userName: string): Promise<ZoneDigestData> {
    const year = Number(period.weekStart.slice(0, 4));
    const funnelFrom = `${year}-01-01`;
    const yearEnd = `${year}-12-31`;
    const funnelTo = period.asOf < funnelFrom ? funnelFrom : period.asOf > yearEnd ? yearEnd : period.asOf;
    const [progress, events, overdue, warnings, funnel, stages, tracks, parks, problems] = await Promise.all([
      this.progressOf(year),
      this.reports.periodEvents(period.lastWeek),
      this.reports.overdue({ limit: MOST_OVERDUE }),
      this.leads.countByWarning(),
      this.reports.funnel({ from: funnelFrom, to: funnelTo }),
      this.catalog.stages(),
      this.catalog.tracks(),
      this.catalog.parks(),
      this.problemCounts.zoneCounts(period.asOf),
    ]);
    const stageName = new Map(stages.map((s) => [s.code as string, s.nameZh]));
    const trackName = new Map(tracks.map((t) => [t.code, t.nameZh]));
    const parkName = new Map(parks.map((p) => [p.code, p.nameZh]));

    // The report's first page is the most overdue first already.
    const mostOverdue = overdue.items.map((l) => ({ ...l, ownerName: l.ownerName ?? '—' }));
    const eventGroups = EVENT_LABELS.map((e) => ({ ...e, group: events[e.key] }));
    const names = await this.users.namesOf([
      ...eventGroups.flatMap((e) => e.group.items.map((i) => i.ownerId)),
      ...mostOverdue.flatMap((l) => (l.leaderId ? [l.leaderId] : [])),
    ]);

    const funnelLines = funnel.stages.map((s) => ({
      stageNameZh: stageName.get(s.stage) ?? s.stage,
      reached: s.reached,
      amountWan: s.amountWan,
      conversion: s.conversionFromPrevious,
      medianDays: s.medianDaysInStage,
    }));
    return {
      period,
      userName,
      year,
      progress: progress && {
        year,
        targetWan: progress.targetWan,
        signedWan: progress.signedWan,
        ratio: progress.ratio,
        expectedWan: progress.expectedByTodayWan,
        expectedRatio: ratio(progress.expectedByTodayWan, progress.targetWan),
        gapWan: new Decimal(progress.signedWan).minus(progress.expectedByTodayWan).toFixed(4),
        signedCount: progress.count,
        yardsticks: (
          [
            ['年度投资（投资强度）', progress.investment],
            ['新增产值', progress.newOutput],
          ] as const
        )
          .filter(([, y]) => y !== null)
          .map(([labelZh, y]) => ({
            labelZh,
            targetWan: y!.targetWan,
            actualWan: y!.actualWan,
            ratio: y!.ratio,
            expectedWan: y!.expectedByTodayWan,
          })),
      },
      newlySigned: { count: events.signed.count, amountWan: events.signed.amountWan },
      events: eventGroups.map((e) => this.eventGroup(e.labelZh, e.amountLabel, e.group, names)),
      byTrack: (progress?.byTrack ?? []).map((t) => ({
        code: t.track,
        nameZh: trackName.get(t.track) ?? t.track,
        signedWan: t.signedWan,
        targetWan: t.targetWan,
        ratio: t.ratio,
        count: t.count,
      })),
      byPark: (progress?.byPark ?? [])
        .flatMap((p) => (p.park === null ? [] : [{ ...p, park: p.park }]))
        .map((p) => ({
          code: p.park,
          nameZh: parkName.get(p.park) ?? p.park,
          signedWan: p.signedWan,
          targetWan: p.targetWan,
          ratio: p.ratio,
          count: p.count,
        })),
      warnings,
      ...(problems.openProblems > 0 || problems.overdueOrders > 0 ? { problems } : {}),
      mostOverdue: mostOverdue.map((l): OverdueLine => ({
        id: l.id,
        companyName: l.companyName,
        projectName: l.projectName,
        stageNameZh: stageName.get(l.stage) ?? l.stage,
        ownerName: l.ownerName,
        leaderName: l.leaderId ? (names.get(l.leaderId) ?? null) : null,
        stageDeadline: l.stageDeadline,
        daysOverdue: l.daysOverdue,
      })),
      funnel: {
        from: funnelFrom,
        to: funnelTo,
        total: funnel.total,
        lost: funnel.lost.count,
        stages: funnelLines,
        stall: stallPoint(funnelLines),
      },
    };
  }

  private eventGroup(
    labelZh: string,
    amountLabel: string,
    group: BatchGroup,
    names: Map<string, string>,
  ): EventGroup {
    return {
      labelZh,
      amountLabel,
      count: group.count,
      amountWan: group.amountWan,
      items: orderEvents(
        group.items.map((i) => ({
          id: i.id,
          companyName: i.companyName,
          projectName: i.projectName,
          amountWan: i.amountWan,
          ownerName: names.get(i.ownerId) ?? '—',
          date: i.date,
        })),
      ),
    };
  }

  /** Progress against the year's target; null when no target is set for the year. */
  private async progressOf(year: number): Promise<TargetProgress | null> {
    try {
      return await this.targets.progress(year);
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }
}
