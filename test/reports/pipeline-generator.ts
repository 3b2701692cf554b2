import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import { addDays, dateInZone } from '@luodi/core';
import { mulberry32 } from '../../scripts/generated-names';

/**
 * Builds pipelines with known histories for the report tests and inserts them with plain SQL (the leads API is
 * not needed). Every lead's columns are derived from its transition history the way the leads service keeps them.
 */
export const ZONE = 'Asia/Shanghai';
export const OPEN = ['lead', 'signed', 'landed', 'construction', 'production'] as const;
export type Open = (typeof OPEN)[number];
export type StageCode = Open | 'lost';
export const TRACKS = ['equipment', 'new_energy', 'new_materials', 'semiconductors'];
export const PARKS = ['yangqu', 'tanghuai', 'xiaohe'];
const DEADLINE_DAYS: Record<string, number | null> = {
  lead: 90,
  signed: 90,
  landed: 60,
  construction: 365,
  production: null,
  lost: null,
};

export interface Move {
  from: StageCode;
  to: StageCode;
  date: string;
}

export interface LeadSpec {
  id?: string;
  ownerId: string;
  track: string;
  park: string | null;
  plannedWan: string;
  /** Recorded at the first signing. */
  signedWan?: string;
  createdAt: Date;
  moves: Move[];
  /** Overrides the derived deadline (a supervisor's PATCH). */
  stageDeadline?: string | null;
  investments?: { month: string; paidInWan: string; completedWan: string }[];
  activities?: { byUserId: string | null; occurredAt: Date }[];
}

export interface GeneratedLead extends LeadSpec {
  id: string;
  stage: StageCode;
  stageEnteredAt: string;
  stageDeadline: string | null;
  lostFromStage: StageCode | null;
  signedAt: string | null;
  firstSignedAt: string | null;
  landedAt: string | null;
  constructionStartedAt: string | null;
  productionStartedAt: string | null;
  signedAmountWan: string | null;
  investments: { month: string; paidInWan: string; completedWan: string }[];
  activities: { byUserId: string | null; occurredAt: Date }[];
}

const order = (s: StageCode) => OPEN.indexOf(s as Open);

/** Derives the lead's columns from its history (forward entries set the stage dates; `first_signed_at` stays). */
export function derive(spec: LeadSpec): GeneratedLead {
  const createdOn = dateInZone(spec.createdAt, ZONE);
  let stage: StageCode = spec.moves[0]?.from ?? 'lead';
  let enteredAt = createdOn;
  let lostFrom: StageCode | null = null;
  const at: Record<string, string | null> = {
    signed: null,
    landed: null,
    construction: null,
    production: null,
  };
  let firstSigned: string | null = null;
  for (const m of spec.moves) {
    if (m.to === 'lost') lostFrom = m.from;
    else if (m.from === 'lost') lostFrom = null;
    if (m.to !== 'lost' && m.from !== 'lost' && order(m.to) === order(m.from) + 1) {
      at[m.to] = m.date;
      if (m.to === 'signed' && !firstSigned) firstSigned = m.date;
    }
    stage = m.to;
    enteredAt = m.date;
  }
  const days = DEADLINE_DAYS[stage];
  const derivedDeadline = days === null ? null : addDays(enteredAt, days);
  return {
    ...spec,
    id: spec.id ?? randomUUID(),
    stage,
    stageEnteredAt: enteredAt,
    stageDeadline: spec.stageDeadline !== undefined ? spec.stageDeadline : derivedDeadline,
    lostFromStage: stage === 'lost' ? lostFrom : null,
    signedAt: at.signed,
    firstSignedAt: firstSigned,
    landedAt: at.landed,
    constructionStartedAt: at.construction,
    productionStartedAt: at.production,
    signedAmountWan: firstSigned ? (spec.signedWan ?? null) : null,
    investments: spec.investments ?? [],
    activities: spec.activities ?? [],
  };
}

/** A small seeded PRNG (mulberry32) so a failing run can be replayed from its seed. */
export const rng = mulberry32;

/** Random amount in 万元 with 0..4 fraction digits, built as text (no float arithmetic on money). */
function amount(r: () => number, maxInt: number): string {
  const int = 1 + Math.floor(r() * maxInt);
  const frac = Math.floor(r() * 10000)
    .toString()
    .padStart(4, '0');
  return `${int}.${frac}`;
}

/**
 * Random histories: forward one stage at a time, sometimes backwards (then forwards again), sometimes lost and
 * occasionally reopened; dates never go backwards and stop before `today`.
 */
export function randomLeads(seed: number, count: number, ownerIds: string[], today: string): GeneratedLead[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const start = Date.UTC(2023, 5, 1);
  const span = Date.UTC(2025, 5, 1) - start;
  const leads: GeneratedLead[] = [];
  for (let i = 0; i < count; i++) {
    // Some creations fall on the minutes around midnight in Shanghai (16:00 UTC), to test zone dates.
    let createdMs = start + Math.floor(r() * span);
    if (r() < 0.05)
      createdMs = createdMs - (createdMs % 86_400_000) + 16 * 3600_000 + (r() < 0.5 ? -60_000 : 30_000);
    const createdAt = new Date(createdMs);
    let date = dateInZone(createdAt, ZONE);
    let stage: StageCode = 'lead';
    const moves: Move[] = [];
    for (let step = 0; step < 8; step++) {
      const next = addDays(date, Math.floor(r() * 120));
      if (next > today) break;
      const x = r();
      let to: StageCode | null = null;
      if (stage === 'lost') to = x < 0.3 ? 'lead' : null;
      else if (x < 0.6 && stage !== 'production') to = OPEN[order(stage) + 1];
      else if (x < 0.72 && order(stage) > 0) to = OPEN[order(stage) - 1];
      else if (x < 0.85) to = 'lost';
      if (!to) break;
      // A reopened lead returns to the stage it was lost from.
      if (stage === 'lost') to = [...moves].reverse().find((m) => m.to === 'lost')!.from;
      moves.push({ from: stage, to, date: next });
      stage = to;
      date = next;
    }
    const planned = amount(r, 200000);
    const landedEver = moves.some((m) => m.to === 'landed');
    const investments: GeneratedLead['investments'] = [];
    if (landedEver) {
      const months = 1 + Math.floor(r() * 4);
      for (let k = 0; k < months; k++) {
        investments.push({
          month: `${pick(['2024', '2025'])}-${String(1 + ((k * 3 + Math.floor(r() * 3)) % 12)).padStart(2, '0')}-01`,
          paidInWan: r() < 0.1 ? '0' : amount(r, 5000),
          completedWan: r() < 0.1 ? '0' : amount(r, 5000),
        });
      }
    }
    const dedupedInvestments = [...new Map(investments.map((v) => [v.month, v])).values()];
    const activities = Array.from({ length: Math.floor(r() * 3) }, () => ({
      byUserId: r() < 0.1 ? null : pick(ownerIds),
      occurredAt: new Date(Date.UTC(2023, 11, 25) + Math.floor(r() * 400 * 86_400_000)),
    }));
    leads.push(
      derive({
        ownerId: pick(ownerIds),
        track: pick(TRACKS),
        park: r() < 0.15 ? null : pick(PARKS),
        plannedWan: planned,
        signedWan: amount(r, 300000),
        createdAt,
        moves,
        stageDeadline: r() < 0.05 ? addDays(today, Math.floor(r() * 40) - 20) : undefined,
        investments: dedupedInvestments,
        activities,
      }),
    );
  }
  return leads;
}

interface Db {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Inserts users directly (owners who never sign in). */
export async function insertUsers(
  db: Db,
  users: { id: string; name: string; role: string }[],
): Promise<void> {
  await db.query(
    `INSERT INTO users (id, email, name, role, password_hash)
     SELECT id, id::text || '@gen.luodi.test', name, role, 'x' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, name, role)`,
    [users.map((u) => u.id), users.map((u) => u.name), users.map((u) => u.role)],
  );
}

/** Inserts leads with their transitions, investments and activities, set-based (unnest of arrays). */
export async function insertLeads(db: Db, leads: GeneratedLead[]): Promise<void> {
  for (let i = 0; i < leads.length; i += 1000) {
    const chunk = leads.slice(i, i + 1000);
    const col = <T>(f: (l: GeneratedLead) => T) => chunk.map(f);
    // Each lead's firm created set-based (as the bench loader does), and the lead carries its company_id: the
    // per-row find-or-create trigger (a similarity look-up per lead) made a chunk take over 30 s on a loaded machine.
    const companies = chunk.map(() => randomUUID());
    await db.query(
      `WITH c AS (
         INSERT INTO companies (id, name, name_norm)
         SELECT c, '公司' || l::text, company_name_norm('公司' || l::text) FROM unnest($1::uuid[], $2::uuid[]) AS u(c, l)
         RETURNING id, name_norm)
       INSERT INTO company_names (company_id, name_norm) SELECT id, name_norm FROM c`,
      [companies, col((l) => l.id)],
    );
    await db.query(
      `INSERT INTO leads (id, company_id, company_name, company_key, project_name, project_key, track, park,
         planned_investment_wan, signed_amount_wan, stage, stage_entered_at, stage_deadline, lost_from_stage,
         owner_id, signed_at, first_signed_at, landed_at, construction_started_at, production_started_at, created_at)
       SELECT id, company, '公司' || id::text, id::text, '项目', '项目', track, park, planned::numeric, signed::numeric, stage,
              entered, deadline, lost_from, owner, signed_at, first_signed_at, landed_at, construction_at, production_at,
              created_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[],
                     $9::text[], $10::uuid[], $11::date[], $12::date[], $13::date[], $14::date[], $15::date[],
                     $16::timestamptz[], $17::uuid[])
           AS u(id, track, park, planned, signed, stage, entered, deadline, lost_from, owner, signed_at,
                first_signed_at, landed_at, construction_at, production_at, created_at, company)`,
      [
        col((l) => l.id),
        col((l) => l.track),
        col((l) => l.park),
        col((l) => l.plannedWan),
        col((l) => l.signedAmountWan),
        col((l) => l.stage),
        col((l) => l.stageEnteredAt),
        col((l) => l.stageDeadline),
        col((l) => l.lostFromStage),
        col((l) => l.ownerId),
        col((l) => l.signedAt),
        col((l) => l.firstSignedAt),
        col((l) => l.landedAt),
        col((l) => l.constructionStartedAt),
        col((l) => l.productionStartedAt),
        col((l) => l.createdAt.toISOString()),
        companies,
      ],
    );
    const moves = chunk.flatMap((l) =>
      l.moves.map((m, k) => ({ lead: l.id, k, ...m, created: l.createdAt })),
    );
    if (moves.length) {
      await db.query(
        `INSERT INTO lead_transitions (lead_id, from_stage, to_stage, date, at)
         SELECT lead, f, t, d, c + make_interval(mins => k + 1)
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::timestamptz[], $6::int[]) AS u(lead, f, t, d, c, k)`,
        [
          moves.map((m) => m.lead),
          moves.map((m) => m.from),
          moves.map((m) => m.to),
          moves.map((m) => m.date),
          moves.map((m) => m.created.toISOString()),
          moves.map((m) => m.k),
        ],
      );
    }
    const inv = chunk.flatMap((l) => l.investments.map((v) => ({ lead: l.id, ...v })));
    if (inv.length) {
      await db.query(
        `INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan)
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::numeric[], $4::numeric[])`,
        [
          inv.map((v) => v.lead),
          inv.map((v) => v.month),
          inv.map((v) => v.paidInWan),
          inv.map((v) => v.completedWan),
        ],
      );
    }
    const acts = chunk.flatMap((l) => l.activities.map((a) => ({ lead: l.id, ...a })));
    if (acts.length) {
      await db.query(
        `INSERT INTO lead_activities (lead_id, kind, occurred_at, summary, by_user_id)
         SELECT lead, 'call', at, '电话沟通', by FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) AS u(lead, at, by)`,
        [acts.map((a) => a.lead), acts.map((a) => a.occurredAt.toISOString()), acts.map((a) => a.byUserId)],
      );
    }
  }
}

export const sumWan = (xs: (string | null | undefined)[]) =>
  xs.reduce<Decimal>((acc, x) => (x ? acc.plus(x) : acc), new Decimal(0));
