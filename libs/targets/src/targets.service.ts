import { Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  Clock,
  daysBetween,
  Decimal,
  FieldError,
  formatWan,
  isUuid,
  NotFoundError,
  parseWan,
  ratio,
  tr,
  ValidationFailedError,
  wanToYi,
} from '@luodi/core';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR } from './counting-rule';
import { yardstickOf } from './yardstick';
import { ProgressLine, Target, TargetInput, TargetProgress, TotalRow } from './target';
import { UsersService } from '@luodi/users';
import { TargetsRepository } from './targets.repository';
import { TargetTotalsRepository } from './target-totals.repository';

/** Why a year is refused (in the current language). */
export function yearRangeMessage(): string {
  return tr(
    `须为${MIN_TARGET_YEAR}至${MAX_TARGET_YEAR}之间的年份`,
    `must be a year between ${MIN_TARGET_YEAR} and ${MAX_TARGET_YEAR}`,
  );
}

export function assertTargetYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < MIN_TARGET_YEAR || year > MAX_TARGET_YEAR) {
    throw new ValidationFailedError([{ field, message: yearRangeMessage() }]);
  }
}

@Injectable()
export class TargetsService {
  private readonly logger = new Logger(TargetsService.name);

  constructor(
    private readonly targets: TargetsRepository,
    private readonly totals: TargetTotalsRepository,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async get(year: number): Promise<Target> {
    assertTargetYear(year);
    const target = await this.targets.find(year);
    if (!target) throw new NotFoundError(`${year}年的目标`, `The target for ${year}`);
    return target;
  }

  /**
   * Sets the year's target and replaces its breakdowns (one transaction). Everything is validated first, every
   * bad field named, so a rejected request writes nothing. Breakdowns need not add up to the zone target (parks
   * do not cover every lead, and owners' targets are often set above the zone's share on purpose).
   */
  async set(
    year: number,
    input: TargetInput,
    byUserId: string | null,
  ): Promise<{ target: Target; created: boolean }> {
    assertTargetYear(year);
    const errors: FieldError[] = [];
    const total = parseWan(input.signedAmountWan);
    if ('error' in total) errors.push({ field: 'signedAmountWan', message: total.error });

    const parseMap = (
      field: 'byTrack' | 'byPark' | 'byOwner',
      validKey: (key: string) => string | null,
    ): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const [key, raw] of Object.entries(input[field] ?? {})) {
        const keyError = validKey(key);
        if (keyError) errors.push({ field: `${field}.${key}`, message: keyError });
        const amount = parseWan(raw);
        if ('error' in amount) errors.push({ field: `${field}.${key}`, message: amount.error });
        else if (!keyError) out[key] = amount.value;
      }
      return out;
    };
    const trackCodes: readonly string[] = TRACK_CODES;
    const parkCodes: readonly string[] = PARK_CODES;
    const byTrack = parseMap('byTrack', (k) =>
      trackCodes.includes(k) ? null : tr('不是赛道代码', 'is not a track code'),
    );
    const byPark = parseMap('byPark', (k) =>
      parkCodes.includes(k) ? null : tr('不是园区代码', 'is not a park code'),
    );
    const ownerKeys = Object.keys(input.byOwner ?? {});
    const known = await this.users.existingIds(
      ownerKeys.filter((k) => isUuid(k)).map((k) => k.toLowerCase()),
    );
    const byOwnerRaw = parseMap('byOwner', (k) => {
      if (!isUuid(k)) return tr('须为用户编号（UUID）', 'is not a user id (UUID)');
      return known.has(k.toLowerCase()) ? null : tr('用户不存在', 'is not a known user');
    });
    const byOwner = Object.fromEntries(Object.entries(byOwnerRaw).map(([k, v]) => [k.toLowerCase(), v]));
    if (Object.keys(byOwner).length !== Object.keys(byOwnerRaw).length) {
      errors.push({ field: 'byOwner', message: tr('同一用户出现了两次', 'names the same user twice') });
    }
    const optional = (field: 'investmentWan' | 'newOutputWan'): string | null => {
      if (input[field] === undefined || input[field] === null) return null;
      const parsed = parseWan(input[field]);
      if ('error' in parsed) errors.push({ field, message: parsed.error });
      return 'value' in parsed ? parsed.value : null;
    };
    const investmentWan = optional('investmentWan');
    const newOutputWan = optional('newOutputWan');
    if (errors.length > 0 || 'error' in total) throw new ValidationFailedError(errors);

    const created = await this.targets.save({
      year,
      signedAmountWan: total.value,
      byTrack,
      byPark,
      byOwner,
      investmentWan,
      newOutputWan,
      updatedBy: byUserId,
    });
    return { target: await this.get(year), created };
  }

  /** Recomputes the year's totals from the leads (one transaction, exact numeric sums). */
  async recompute(year: number): Promise<void> {
    assertTargetYear(year);
    await this.totals.recompute(year);
  }

  /** Recomputes every year that has a target, a signing, or totals from before. */
  async recomputeAll(): Promise<void> {
    const years = await this.totals.yearsToCompute();
    for (const year of years) {
      if (year >= MIN_TARGET_YEAR && year <= MAX_TARGET_YEAR) await this.totals.recompute(year);
      else this.logger.warn(`Skipping totals for out-of-range year ${year}`);
    }
  }

  /** Progress against the year's target, from the computed totals (computed inline the first time). */
  async progress(year: number): Promise<TargetProgress> {
    const target = await this.get(year);
    let asOf = await this.totals.asOf(year);
    if (!asOf) {
      await this.totals.recompute(year);
      asOf = (await this.totals.asOf(year)) ?? this.clock.now();
    }
    const rows = await this.totals.totals(year);
    const zone = rows.find((r) => r.dimension === 'zone') ?? { signedWan: '0', count: 0 };
    const line = (targetWan: string | undefined, total: TotalRow | undefined): ProgressLine => {
      const signedWan = formatWan(total?.signedWan ?? '0');
      return {
        targetWan: targetWan ?? null,
        signedWan,
        ratio: targetWan ? ratio(signedWan, targetWan) : null,
        count: total?.count ?? 0,
      };
    };
    const of = (dimension: TotalRow['dimension']) =>
      new Map(rows.filter((r) => r.dimension === dimension).map((r) => [r.key, r]));
    const tracks = of('track');
    const parks = of('park');
    const owners = of('owner');
    const ownerIds = [...new Set([...Object.keys(target.byOwner), ...owners.keys()])];
    const names = await this.users.namesOf(ownerIds);

    const actuals = await this.targets.yardstickActuals(year);
    const yardstick = (wan: string | null, actualWan: string) =>
      wan === null ? null : yardstickOf(wan, actualWan, this.expectedByToday(year, wan));
    const targetWan = target.signedAmountWan;
    const signedWan = formatWan(zone.signedWan);
    const remaining = Decimal.max(new Decimal(targetWan).minus(signedWan), 0);
    return {
      year,
      targetWan,
      targetYi: wanToYi(targetWan),
      signedWan,
      signedYi: wanToYi(signedWan),
      ratio: ratio(signedWan, targetWan),
      remainingWan: formatWan(remaining),
      expectedByTodayWan: this.expectedByToday(year, targetWan),
      count: zone.count,
      byTrack: TRACK_CODES.map((track) => ({ track, ...line(target.byTrack[track], tracks.get(track)) })),
      byPark: [
        ...PARK_CODES.map((park) => ({ park, ...line(target.byPark[park], parks.get(park)) })),
        { park: null, ...line(undefined, withoutPark(zone, [...parks.values()])) },
      ],
      byOwner: ownerIds
        .map((ownerId) => ({
          ownerId,
          ownerName: names.get(ownerId) ?? null,
          ...line(target.byOwner[ownerId], owners.get(ownerId)),
        }))
        .sort(
          (a, b) => new Decimal(b.signedWan).comparedTo(a.signedWan) || a.ownerId.localeCompare(b.ownerId),
        ),
      asOf: asOf.toISOString(),
      investment: yardstick(target.investmentWan, actuals.investmentWan),
      newOutput: yardstick(target.newOutputWan, actuals.newOutputWan),
    };
  }

  /**
   * The amount expected by today at an even pace: target × elapsed days / days in the year, where elapsed
   * days count today (Asia/Shanghai): 1 on 1 January, all of them on 31 December; 0 before the year, all after.
   */
  expectedByToday(year: number, targetWan: string): string {
    const first = `${year}-01-01`;
    const daysInYear = daysBetween(first, `${year + 1}-01-01`);
    const today = this.clock.today();
    const elapsed = Math.min(Math.max(daysBetween(first, addDays(today, 1)), 0), daysInYear);
    return new Decimal(targetWan)
      .times(elapsed)
      .div(daysInYear)
      .toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
      .toFixed(4);
  }
}

/**
 * The 未落园区 bucket: what the zone counts beyond the parks. Each lead has one park or none, so the zone's totals
 * less the parks' are exactly the leads without one (and the parts add up to the whole).
 */
export function withoutPark(zone: Pick<TotalRow, 'signedWan' | 'count'>, parks: TotalRow[]): TotalRow {
  const signed = parks.reduce((sum, p) => sum.minus(p.signedWan), new Decimal(zone.signedWan));
  const count = parks.reduce((n, p) => n - p.count, zone.count);
  return { dimension: 'park', key: '', signedWan: formatWan(signed), count };
}
