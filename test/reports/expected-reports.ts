import Decimal from 'decimal.js';
import { addDays, dateInZone, daysBetween } from '@luodi/core';
import { GeneratedLead, OPEN, Open, StageCode, sumWan, ZONE } from './pipeline-generator';

/**
 * The reports computed independently, in plain TypeScript with decimal.js, straight from the generated histories.
 * Written from the definitions, not from the SQL, so the two can disagree when either is wrong.
 */
const ord = (s: StageCode | null) => (s ? OPEN.indexOf(s as Open) + 1 : 0); // 0 for lost / none
const fmt = (d: Decimal) => d.toFixed(4);
const ratioOf = (n: Decimal.Value, d: Decimal.Value) =>
  new Decimal(d).isZero() ? null : new Decimal(n).div(d).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
const SIGNED_OR_LATER = ['signed', 'landed', 'construction', 'production'];

export function countsInYear(l: GeneratedLead, year: number): boolean {
  return !!l.firstSignedAt && l.firstSignedAt.startsWith(`${year}-`) && SIGNED_OR_LATER.includes(l.stage);
}

interface Scope {
  track?: string;
  park?: string;
  ownerId?: string;
}
const inScope = (l: GeneratedLead, s: Scope) =>
  (!s.track || l.track === s.track) &&
  (!s.park || l.park === s.park) &&
  (!s.ownerId || l.ownerId === s.ownerId);

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function quantile(xs: number[], q: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const rank = q * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo] + (rank - lo) * (s[hi] - s[lo]);
}

function mostOf(stages: readonly string[], counts: number[]): string | null {
  let best: string | null = null;
  let most = 0;
  stages.forEach((s, i) => {
    if (counts[i] > most) [best, most] = [s, counts[i]];
  });
  return best;
}

export function expectedFunnel(
  leads: GeneratedLead[],
  p: Scope & { from?: string; to?: string },
  lostReasons: Map<string, string | null> = new Map(),
) {
  const cohort = leads.filter((l) => {
    const on = dateInZone(l.createdAt, ZONE);
    return (!p.from || on >= p.from) && (!p.to || on <= p.to) && inScope(l, p);
  });
  const maxReached = (l: GeneratedLead) =>
    Math.max(ord(l.stage), ord(l.lostFromStage), ...l.moves.flatMap((m) => [ord(m.from), ord(m.to)]));
  const stages = OPEN.map((stage, i) => {
    const reachedLeads = cohort.filter((l) => maxReached(l) >= i + 1);
    const amount = sumWan(
      reachedLeads.map((l) => (i === 0 ? l.plannedWan : (l.signedAmountWan ?? l.plannedWan))),
    );
    const days: number[] = [];
    for (const l of cohort) {
      let total = 0;
      let any = false;
      let entered = dateInZone(l.createdAt, ZONE);
      for (const m of l.moves) {
        if (m.from === stage) {
          total += daysBetween(entered, m.date);
          any = true;
        }
        entered = m.date;
      }
      if (any) days.push(total);
    }
    const furthestHere = cohort.filter((l) => maxReached(l) === i + 1);
    return {
      stage,
      reached: reachedLeads.length,
      amountWan: fmt(amount),
      medianDaysInStage: median(days),
      p75DaysInStage: quantile(days, 0.75),
      lost: furthestHere.filter((l) => l.stage === 'lost').length,
      open: furthestHere.filter((l) => l.stage !== 'lost').length,
    };
  });
  const lost = cohort.filter((l) => l.stage === 'lost');
  const reasons = new Map<string | null, number>();
  for (const l of lost) {
    const reason = lostReasons.get(l.id)?.trim() || null;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    total: cohort.length,
    stages: stages.map((s, i) => ({
      ...s,
      conversionFromPrevious: i === 0 ? null : ratioOf(s.reached, stages[i - 1].reached),
      converted: i + 1 < stages.length ? stages[i + 1].reached : null,
      conversionByAmount: i === 0 ? null : ratioOf(s.amountWan, stages[i - 1].amountWan),
    })),
    lost: {
      count: lost.length,
      byStage: Object.fromEntries(OPEN.map((s) => [s, lost.filter((l) => l.lostFromStage === s).length])),
    },
    /** All reasons with their counts (the API lists the ten most frequent). */
    reasons: [...reasons].map(([reason, count]) => ({ reason, count })),
    mostStalledStage: mostOf(
      OPEN.slice(0, -1),
      stages.map((s) => s.open),
    ),
    mostLostStage: mostOf(
      OPEN,
      stages.map((s) => s.lost),
    ),
  };
}

export function expectedProgressTotals(leads: GeneratedLead[], year: number) {
  const counted = leads.filter((l) => countsInYear(l, year));
  const total = (xs: GeneratedLead[]) => ({
    signedWan: fmt(sumWan(xs.map((l) => l.signedAmountWan))),
    count: xs.length,
  });
  return {
    zone: total(counted),
    byTrack: (t: string) => total(counted.filter((l) => l.track === t)),
    byPark: (p: string | null) => total(counted.filter((l) => l.park === p)),
    byOwner: (o: string) => total(counted.filter((l) => l.ownerId === o)),
  };
}

export function expectedBatches(leads: GeneratedLead[], from: string, to: string, scope: Scope = {}) {
  const group = (date: (l: GeneratedLead) => string | null, stages: string[]) => {
    const items = leads.filter((l) => {
      const d = date(l);
      return d !== null && d >= from && d <= to && stages.includes(l.stage) && inScope(l, scope);
    });
    return {
      count: items.length,
      amountWan: fmt(sumWan(items.map((l) => l.signedAmountWan ?? l.plannedWan))),
      ids: items.map((l) => l.id).sort(),
    };
  };
  return {
    signed: group((l) => l.signedAt, SIGNED_OR_LATER),
    constructionStarted: group((l) => l.constructionStartedAt, ['construction', 'production']),
    productionStarted: group((l) => l.productionStartedAt, ['production']),
  };
}

const isOverdue = (l: GeneratedLead, today: string) =>
  !['production', 'lost'].includes(l.stage) && l.stageDeadline !== null && l.stageDeadline < today;

export function expectedOverdue(
  leads: GeneratedLead[],
  today: string,
  scope: Scope & { leaderId?: string } = {},
  leaders: Map<string, string> = new Map(),
) {
  const overdue = leads.filter(
    (l) =>
      isOverdue(l, today) && inScope(l, scope) && (!scope.leaderId || leaders.get(l.id) === scope.leaderId),
  );
  const byLeader = new Map<string | null, number[]>();
  for (const l of overdue) {
    const leader = leaders.get(l.id) ?? null;
    byLeader.set(leader, [...(byLeader.get(leader) ?? []), daysBetween(l.stageDeadline!, today)]);
  }
  const byOwner = new Map<string, GeneratedLead[]>();
  for (const l of overdue) byOwner.set(l.ownerId, [...(byOwner.get(l.ownerId) ?? []), l]);
  return {
    count: overdue.length,
    owners: new Map(
      [...byOwner].map(([owner, ls]) => [
        owner,
        {
          count: ls.length,
          maxDaysOverdue: Math.max(...ls.map((l) => daysBetween(l.stageDeadline!, today))),
          days: new Map(ls.map((l) => [l.id, daysBetween(l.stageDeadline!, today)])),
        },
      ]),
    ),
    leaders: [...byLeader].map(([leaderId, days]) => ({
      leaderId,
      count: days.length,
      maxDaysOverdue: Math.max(...days),
    })),
  };
}

export function expectedOwner(
  leads: GeneratedLead[],
  ownerId: string,
  year: number,
  today: string,
  targetWan: string | null,
) {
  const own = leads.filter((l) => l.ownerId === ownerId);
  const signed = own.filter((l) => countsInYear(l, year));
  const signedWan = fmt(sumWan(signed.map((l) => l.signedAmountWan)));
  const start = new Date(`${year}-01-01T00:00:00+08:00`).getTime();
  const end = new Date(`${year + 1}-01-01T00:00:00+08:00`).getTime();
  const activities = leads
    .flatMap((l) => l.activities)
    .filter((a) => a.byUserId === ownerId && a.occurredAt.getTime() >= start && a.occurredAt.getTime() < end);
  return {
    leadsByStage: Object.fromEntries(
      [...OPEN, 'lost'].map((s) => [s, own.filter((l) => l.stage === s).length]),
    ) as Record<string, number>,
    signedWan,
    signedCount: signed.length,
    targetWan,
    ratio: targetWan ? ratioOf(signedWan, targetWan) : null,
    overdueCount: own.filter((l) => isOverdue(l, today)).length,
    activitiesCount: activities.length,
  };
}

export function expectedKpis(leads: GeneratedLead[], year: number, filter: (l: GeneratedLead) => boolean) {
  const yearEnd = `${year}-12-31`;
  const signed = leads.filter((l) => filter(l) && countsInYear(l, year));
  const landedStages = ['landed', 'construction', 'production'];
  const landed = leads.filter(
    (l) => filter(l) && !!l.landedAt && l.landedAt.startsWith(`${year}-`) && landedStages.includes(l.stage),
  );
  const started = leads.filter(
    (l) =>
      filter(l) &&
      !!l.constructionStartedAt &&
      l.constructionStartedAt.startsWith(`${year}-`) &&
      ['construction', 'production'].includes(l.stage),
  );
  const building = leads.filter(
    (l) =>
      filter(l) &&
      l.stage === 'construction' &&
      !!l.constructionStartedAt &&
      l.constructionStartedAt <= yearEnd,
  );
  const kpi = (n: Decimal.Value, d: Decimal.Value, money: boolean) => ({
    numerator: money ? fmt(new Decimal(n)) : String(n),
    denominator: money ? fmt(new Decimal(d)) : String(d),
    ratio: ratioOf(n, d),
  });
  return {
    landingRate: kpi(signed.filter((l) => landedStages.includes(l.stage)).length, signed.length, false),
    constructionRate: kpi(
      landed.filter((l) => ['construction', 'production'].includes(l.stage)).length,
      landed.length,
      false,
    ),
    productionRate: kpi(started.filter((l) => l.stage === 'production').length, started.length, false),
    fundingRate: kpi(
      sumWan(signed.flatMap((l) => l.investments.map((v) => v.paidInWan))),
      sumWan(signed.map((l) => l.signedAmountWan)),
      true,
    ),
    completionRate: kpi(
      sumWan(
        building.flatMap((l) =>
          l.investments.filter((v) => v.month <= `${year}-12-01`).map((v) => v.completedWan),
        ),
      ),
      sumWan(building.map((l) => l.plannedWan)),
      true,
    ),
  };
}

export function expectedByToday(targetWan: string, year: number, today: string): string {
  const days = daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
  const elapsed = Math.min(Math.max(daysBetween(`${year}-01-01`, addDays(today, 1)), 0), days);
  return new Decimal(targetWan).times(elapsed).div(days).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}
