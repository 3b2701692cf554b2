import Decimal from 'decimal.js';
import { GeneratedLead, rng } from '../reports/pipeline-generator';

/** Plans generated for the report tests, and the report computed from them independently of the API's code. */
export interface GenPlan {
  leadId: string;
  year: number;
  plannedInvestmentWan: string;
  plannedStartMonth: string | null;
  plannedProductionMonth: string | null;
  buildType: 'new' | 'continued';
  category: 'industrial' | 'infrastructure';
  provincialKey: boolean;
}

const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

export function randomPlans(seed: number, leads: GeneratedLead[], years: number[]): GenPlan[] {
  const r = rng(seed);
  const plans: GenPlan[] = [];
  for (const l of leads) {
    for (const year of years) {
      if (r() < 0.4) continue;
      const start = r() < 0.2 ? null : month(year - 1 + Math.floor(r() * 3), 1 + Math.floor(r() * 12));
      const production =
        start && r() < 0.6 ? month(Number(start.slice(0, 4)) + 1, 1 + Math.floor(r() * 12)) : null;
      plans.push({
        leadId: l.id,
        year,
        plannedInvestmentWan: `${1 + Math.floor(r() * 90000)}.${String(Math.floor(r() * 10000)).padStart(4, '0')}`,
        plannedStartMonth: start,
        plannedProductionMonth: production,
        buildType: r() < 0.45 ? 'new' : 'continued',
        category: r() < 0.5 ? 'industrial' : 'infrastructure',
        provincialKey: r() < 0.3,
      });
    }
  }
  return plans;
}

export async function insertPlans(
  db: { query(sql: string, p?: unknown[]): Promise<unknown> },
  plans: GenPlan[],
): Promise<void> {
  const col = <T>(f: (p: GenPlan) => T) => plans.map(f);
  await db.query(
    `INSERT INTO lead_plans (lead_id, year, planned_investment_wan, planned_start_month, planned_production_month,
                             build_type, category, provincial_key)
     SELECT l, y, a::numeric, to_date(s, 'YYYY-MM'), to_date(p, 'YYYY-MM'), b, c, k
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[])
         AS u(l, y, a, s, p, b, c, k)`,
    [
      col((p) => p.leadId),
      col((p) => p.year),
      col((p) => p.plannedInvestmentWan),
      col((p) => p.plannedStartMonth),
      col((p) => p.plannedProductionMonth),
      col((p) => p.buildType),
      col((p) => p.category),
      col((p) => p.provincialKey),
    ],
  );
}

const ratio = (n: Decimal.Value, d: Decimal.Value) =>
  new Decimal(d).isZero() ? null : new Decimal(n).div(d).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
const wan = (d: Decimal) => d.toFixed(4);

export interface PlanFilter {
  track?: string;
  park?: string;
  provincialKey?: boolean;
  ownerId?: string;
}

/** The report's figures for one year, from the generated leads and plans, by the rules written out plainly. */
export function expectedYear(leads: GeneratedLead[], plans: GenPlan[], year: number, f: PlanFilter) {
  const byId = new Map(leads.map((l) => [l.id, l]));
  const cohort = plans.filter((p) => {
    const l = byId.get(p.leadId)!;
    return (
      p.year === year &&
      (f.track === undefined || l.track === f.track) &&
      (f.park === undefined || l.park === f.park) &&
      (f.ownerId === undefined || l.ownerId === f.ownerId) &&
      (f.provincialKey === undefined || p.provincialKey === f.provincialKey)
    );
  });
  const y = String(year);
  const plannedIn = (p: GenPlan) => p.plannedStartMonth?.startsWith(y) ?? false;
  const startedIn = (p: GenPlan) => {
    const l = byId.get(p.leadId)!;
    return (
      plannedIn(p) &&
      (l.constructionStartedAt?.startsWith(y) ?? false) &&
      (l.stage === 'construction' || l.stage === 'production')
    );
  };
  const completedOf = (p: GenPlan, upToMonth = 12) =>
    byId
      .get(p.leadId)!
      .investments.filter((v) => v.month.startsWith(y) && Number(v.month.slice(5, 7)) <= upToMonth)
      .reduce((a, v) => a.plus(v.completedWan), new Decimal(0));
  const figuresOf = (ps: GenPlan[]) => {
    const planned = ps.reduce((a, p) => a.plus(p.plannedInvestmentWan), new Decimal(0));
    const newBuild = ps
      .filter((p) => p.buildType === 'new')
      .reduce((a, p) => a.plus(p.plannedInvestmentWan), new Decimal(0));
    const completed = ps.reduce((a, p) => a.plus(completedOf(p)), new Decimal(0));
    const toStart = ps.filter(plannedIn).length;
    const started = ps.filter(startedIn).length;
    return {
      projects: ps.length,
      plannedInvestmentWan: wan(planned),
      plannedInvestmentYi: wan(planned.div(10000)),
      newBuildInvestmentWan: wan(newBuild),
      newBuildShare: ratio(newBuild, planned),
      completedWan: wan(completed),
      completedYi: wan(completed.div(10000)),
      startRate: { numerator: String(started), denominator: String(toStart), ratio: ratio(started, toStart) },
      investmentCompletionRate: {
        numerator: wan(completed),
        denominator: wan(planned),
        ratio: ratio(completed, planned),
      },
    };
  };
  const whole = figuresOf(cohort);
  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const started = cohort.filter(
      (p) => startedIn(p) && byId.get(p.leadId)!.constructionStartedAt!.slice(0, 7) <= key,
    ).length;
    const completed = cohort.reduce((a, p) => a.plus(completedOf(p, m)), new Decimal(0));
    return {
      month: key,
      plannedToStart: cohort.filter((p) => plannedIn(p) && p.plannedStartMonth! <= key).length,
      started,
      completedWan: wan(completed),
      startRatio: ratio(started, whole.startRate.denominator),
      completionRatio: ratio(completed, whole.investmentCompletionRate.denominator),
    };
  });
  return {
    year,
    ...whole,
    byMonth,
    byCategory: (['industrial', 'infrastructure'] as const).map((category) => ({
      category,
      ...figuresOf(cohort.filter((p) => p.category === category)),
    })),
    byBuildType: (['new', 'continued'] as const).map((buildType) => ({
      buildType,
      ...figuresOf(cohort.filter((p) => p.buildType === buildType)),
    })),
    cohort,
  };
}
