import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  Decimal,
  decodeCursor,
  DEFAULT_LIMIT,
  ForbiddenError,
  formatWan,
  ratio,
  toPage,
  tr,
} from '@luodi/core';
import { OPEN_STAGES, OpenStage, PARK_CODES, STAGE_CODES, StageCode, TRACK_CODES } from '@luodi/catalog';
import { isSupervisorOrAdmin, resolveMe, User } from '@luodi/users';
import {
  BatchGroup,
  BatchesParams,
  BatchTotal,
  BatchesReport,
  FunnelParams,
  FunnelReport,
  KpiSet,
  KpisParams,
  KpisReport,
  OverdueParams,
  OverdueReport,
  OwnersParams,
  OwnersReport,
  PeriodEventsReport,
  SigningsParams,
  SigningsReport,
} from './report';
import { SigningsRepository } from './signings.repository';
import { checkReportParams } from './report-params';
import { FunnelRepository } from './funnel.repository';
import { OverdueRepository } from './overdue.repository';
import { overdueLead, overdueSummary } from './overdue-report';
import { BATCH_KINDS, BatchesRepository, BatchKind, EventKind } from './batches.repository';

const EVENT_KINDS: readonly EventKind[] = [
  'created',
  'signed',
  'landed',
  'constructionStarted',
  'productionStarted',
];
import { OwnersRepository } from './owners.repository';
import { KpiName, KpiRow, KpisRepository } from './kpis.repository';

/** The supervisors' reports (also used by the weekly digest). All figures are computed in SQL, exact. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly funnelRepo: FunnelRepository,
    private readonly overdueRepo: OverdueRepository,
    private readonly batchesRepo: BatchesRepository,
    private readonly ownersRepo: OwnersRepository,
    private readonly kpisRepo: KpisRepository,
    private readonly signingsRepo: SigningsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Who sees what: supervisors and admins any scope; staff only their own (`ownerId` = themselves, which the
   * API spells `ownerId=me`). Returns the owner id to filter on.
   */
  ownerScopeFor(viewer: Pick<User, 'id' | 'role'>, ownerId: string | undefined): string | undefined {
    const resolved = resolveMe(ownerId, viewer);
    if (!isSupervisorOrAdmin(viewer.role) && resolved !== viewer.id) {
      throw new ForbiddenError(
        tr(
          '招商专员只能查看自己的报表（ownerId=me）。',
          'Staff may only see their own reports (ownerId=me).',
        ),
      );
    }
    return resolved;
  }

  async funnel(p: FunnelParams): Promise<FunnelReport> {
    checkReportParams({ scope: p, from: p.from, to: p.to });
    const row = await this.funnelRepo.run(p, this.config.timeZone);
    const stages = OPEN_STAGES.map((stage, i) => ({
      stage,
      reached: row.reached[i],
      amountWan: formatWan(row.amounts[i]),
      conversionFromPrevious: i === 0 ? null : ratio(String(row.reached[i]), String(row.reached[i - 1])),
      medianDaysInStage: row.medians[i],
      p75DaysInStage: row.p75s[i],
      converted: i + 1 < OPEN_STAGES.length ? row.reached[i + 1] : null,
      lost: row.lostAt[i],
      open: row.openAt[i],
      conversionByAmount: i === 0 ? null : ratio(row.amounts[i], row.amounts[i - 1]),
    }));
    const byStage = Object.fromEntries(OPEN_STAGES.map((s, i) => [s, row.lost[i]])) as Record<
      OpenStage,
      number
    >;
    const lostCount = row.lost.reduce((a, b) => a + b, 0);
    const total = row.total;
    return {
      from: p.from ?? null,
      to: p.to ?? null,
      total,
      stages,
      lost: { count: lostCount, byStage, reasons: row.lostReasons },
      mostStalledStage: largest(OPEN_STAGES.slice(0, -1), row.openAt),
      mostLostStage: largest(OPEN_STAGES, row.lostAt),
    };
  }

  /** Summaries by owner and 包联领导 over every overdue lead in scope, and one page of the leads themselves. */
  async overdue(p: OverdueParams = {}): Promise<OverdueReport> {
    checkReportParams({ scope: p, leaderId: p.leaderId });
    const today = this.clock.today();
    const limit = p.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(p.cursor, ['date', 'uuid']) as [string, string] | null;
    const [groups, rows] = await Promise.all([
      this.overdueRepo.summary(p, today),
      this.overdueRepo.page(p, today, limit + 1, after),
    ]);
    const page = toPage(rows, limit, overdueLead, (r) => [r.stage_deadline, r.id]);
    return { today, ...overdueSummary(groups), ...page };
  }

  async batches(p: BatchesParams): Promise<BatchesReport> {
    checkReportParams({ scope: p, from: p.from, to: p.to, periodRequired: true });
    const groups = await this.eventGroups(p, BATCH_KINDS);
    return {
      from: p.from,
      to: p.to,
      signed: groups.signed,
      constructionStarted: groups.constructionStarted,
      productionStarted: groups.productionStarted,
    };
  }

  /** 三个一批's figures alone (`summary=true`): each list's count and amount, summed in SQL, without the leads. */
  async batchesSummary(p: BatchesParams): Promise<BatchesReport<BatchTotal>> {
    checkReportParams({ scope: p, from: p.from, to: p.to, periodRequired: true });
    const totals = await this.batchesRepo.totals(p, BATCH_KINDS, this.config.timeZone);
    const total = (kind: BatchKind): BatchTotal => {
      const t = totals.find((x) => x.kind === kind);
      return { count: t?.n ?? 0, amountWan: formatWan(t?.amount_wan ?? '0') };
    };
    return {
      from: p.from,
      to: p.to,
      signed: total('signed'),
      constructionStarted: total('constructionStarted'),
      productionStarted: total('productionStarted'),
    };
  }

  /**
   * Every pipeline event of a period, by the 三个一批 rules (a lead counts while its stage is still at or after the
   * event), plus landings and new leads (not lost): the weekly digest's 上周动态.
   */
  async periodEvents(p: BatchesParams): Promise<PeriodEventsReport> {
    checkReportParams({ scope: p, from: p.from, to: p.to, periodRequired: true });
    const groups = await this.eventGroups(p, EVENT_KINDS);
    return { from: p.from, to: p.to, ...groups };
  }

  private async eventGroups<K extends EventKind>(
    p: BatchesParams,
    kinds: readonly K[],
  ): Promise<Record<K, BatchGroup>> {
    const zone = this.config.timeZone;
    const [items, totals] = await Promise.all([
      this.batchesRepo.items(p, kinds, zone),
      this.batchesRepo.totals(p, kinds, zone),
    ]);
    const group = (kind: K): BatchGroup => {
      const t = totals.find((x) => x.kind === kind);
      return {
        count: t?.n ?? 0,
        amountWan: formatWan(t?.amount_wan ?? '0'),
        items: items
          .filter((i) => i.kind === kind)
          .map((i) => ({
            id: i.id,
            companyName: i.company_name,
            projectName: i.project_name,
            track: i.track,
            park: i.park,
            stage: i.stage as StageCode,
            ownerId: i.owner_id,
            date: i.date,
            amountWan: i.amount_wan,
          })),
      };
    };
    return Object.fromEntries(kinds.map((k) => [k, group(k)])) as Record<K, BatchGroup>;
  }

  async owners(p: OwnersParams): Promise<OwnersReport> {
    checkReportParams({ scope: p, year: p.year });
    const rows = await this.ownersRepo.run(p, this.clock.today(), this.config.timeZone);
    return {
      year: p.year,
      owners: rows.map((r) => {
        const leadsByStage = Object.fromEntries(STAGE_CODES.map((s) => [s, r.stages?.[s] ?? 0])) as Record<
          StageCode,
          number
        >;
        const signedWan = formatWan(r.signed_wan);
        return {
          ownerId: r.owner_id,
          ownerName: r.owner_name,
          role: r.role,
          active: r.active,
          leadsByStage,
          leadCount: Object.values(leadsByStage).reduce((a, b) => a + b, 0),
          signedWan,
          signedCount: r.signed_count,
          targetWan: r.target_wan,
          ratio: r.target_wan ? ratio(signedWan, r.target_wan) : null,
          overdueCount: r.overdue_count,
          activitiesCount: r.activities_count,
        };
      }),
    };
  }

  /** The year's signings by month with running totals (the targets' counting rule), for the 同比 chart. */
  async signings(p: SigningsParams): Promise<SigningsReport> {
    checkReportParams({ scope: p, year: p.year });
    const rows = await this.signingsRepo.byMonth(p.year, p);
    let running = new Decimal(0);
    let count = 0;
    const months = Array.from({ length: 12 }, (_, i) => {
      const row = rows.find((r) => Number(r.month) === i + 1);
      running = running.plus(row?.signed_wan ?? 0);
      count += row?.n ?? 0;
      return {
        month: `${p.year}-${String(i + 1).padStart(2, '0')}`,
        signedWan: formatWan(row?.signed_wan ?? '0'),
        count: row?.n ?? 0,
        cumulativeWan: formatWan(running),
      };
    });
    return { year: p.year, signedWan: formatWan(running), count, months };
  }

  async kpis(p: KpisParams): Promise<KpisReport> {
    checkReportParams({ scope: p, year: p.year });
    const rows = await this.kpisRepo.run(p);
    const set = (level: KpiRow['level'], key: string | null): KpiSet => {
      const value = (name: KpiName) => {
        const row = rows[name].find((r) => r.level === level && r.key === key);
        const numerator = row?.num ?? '0';
        const denominator = row?.den ?? '0';
        return { numerator, denominator, ratio: ratio(numerator, denominator) };
      };
      return {
        landingRate: value('landingRate'),
        constructionRate: value('constructionRate'),
        productionRate: value('productionRate'),
        fundingRate: value('fundingRate'),
        completionRate: value('completionRate'),
      };
    };
    const money = (s: KpiSet): KpiSet => ({
      ...s,
      fundingRate: {
        ...s.fundingRate,
        numerator: formatWan(s.fundingRate.numerator),
        denominator: formatWan(s.fundingRate.denominator),
      },
      completionRate: {
        ...s.completionRate,
        numerator: formatWan(s.completionRate.numerator),
        denominator: formatWan(s.completionRate.denominator),
      },
    });
    return {
      year: p.year,
      zone: money(set('zone', null)),
      byTrack: TRACK_CODES.map((track) => ({ track, ...money(set('track', track)) })),
      byPark: PARK_CODES.map((park) => ({ park, ...money(set('park', park)) })),
    };
  }
}

/** The stage with the largest count (the earlier on a tie); null when every count is 0. */
function largest(stages: readonly OpenStage[], counts: number[]): OpenStage | null {
  let best: OpenStage | null = null;
  let most = 0;
  stages.forEach((stage, i) => {
    if (counts[i] > most) {
      best = stage;
      most = counts[i];
    }
  });
  return best;
}
