import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import {
  APP_CONFIG,
  AppConfigModule,
  Clock,
  ClockModule,
  createAppLogger,
  DatabaseModule,
  DomainError,
  ValidationFailedError,
  VersionConflictError,
} from '@luodi/core';
import { Lead, LeadsModule, LeadsService, LeadTransitionService, ApprovalsService } from '@luodi/leads';
import { User, UsersService } from '@luodi/users';
import { createTestEnv, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';

/**
 * The service tier: the pipeline's rules through LeadsService / LeadTransitionService on a real database, without
 * HTTP (the contract's shapes are tested in lead-transitions.e2e-spec.ts). Each rule is checked in what it writes.
 */
describe('lead transitions (services on a real database)', () => {
  let env: TestEnv;
  let ctx: INestApplicationContext;
  let db: Client;
  let leads: LeadsService;
  let transitions: LeadTransitionService;
  let approvals: ApprovalsService;
  let staff: User;
  let supervisor: User;
  const clock = new MutableClock(new Date('2024-03-01T02:00:00Z'));

  beforeAll(async () => {
    env = await createTestEnv();
    const moduleRef = await Test.createTestingModule({
      imports: [AppConfigModule, ClockModule, DatabaseModule, LeadsModule],
    })
      .overrideProvider(APP_CONFIG)
      .useValue(env.config)
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    moduleRef.useLogger(createAppLogger('service-test'));
    ctx = await moduleRef.init();
    leads = ctx.get(LeadsService);
    transitions = ctx.get(LeadTransitionService);
    approvals = ctx.get(ApprovalsService);
    const users = ctx.get(UsersService);
    const password = 'password-0123456789';
    staff = await users.create({ email: 'staff@luodi.test', name: '招商专员', password, role: 'staff' });
    supervisor = await users.create({
      email: 'lead@luodi.test',
      name: '分管领导',
      password,
      role: 'supervisor',
    });
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await ctx?.close();
    await env?.dropDatabase();
  });
  beforeEach(() => clock.set('2024-03-01T02:00:00Z'));

  let n = 0;
  const newLead = (): Promise<Lead> =>
    leads.create(
      {
        companyName: `服务层测试企业${++n}`,
        projectName: `测试项目${n}`,
        track: 'new_energy',
        plannedInvestmentWan: '50000',
      },
      staff,
    );
  const outboxYears = async () =>
    (
      await db.query(`SELECT payload->>'year' AS year FROM outbox WHERE topic = 'targets.recompute'`)
    ).rows.map((r: { year: string }) => r.year);

  it('signing sets the stage, its date, the first signing, the deadline, the history and the audit entry', async () => {
    const lead = await newLead();
    const before = await outboxYears();
    clock.set('2024-03-10T02:00:00Z');
    const signed = await transitions.transition(
      lead.id,
      { to: 'signed', signedAmountWan: '80000', version: lead.version, date: '2024-03-08' },
      staff,
    );
    expect(signed).toMatchObject({
      stage: 'signed',
      signedAt: '2024-03-08',
      stageEnteredAt: '2024-03-08',
      signedAmountWan: '80000.0000',
      pool: 'landing',
      version: lead.version + 1,
    });
    const row = (
      await db.query(
        `SELECT to_char(first_signed_at, 'YYYY-MM-DD') AS first, stage_entry_id, in_planning_pool FROM leads WHERE id = $1`,
        [lead.id],
      )
    ).rows[0];
    expect(row.first).toBe('2024-03-08');
    const history = (
      await db.query(`SELECT id, from_stage, to_stage FROM lead_transitions WHERE lead_id = $1`, [lead.id])
    ).rows;
    expect(history).toEqual([{ id: row.stage_entry_id, from_stage: 'lead', to_stage: 'signed' }]);
    const audit = (
      await db.query(`SELECT changes FROM lead_audit WHERE lead_id = $1 AND action = 'transition'`, [lead.id])
    ).rows[0].changes;
    expect(audit).toMatchObject({
      stage: ['lead', 'signed'],
      signedAt: [null, '2024-03-08'],
      signedAmountWan: [null, '80000.0000'],
    });
    expect(await outboxYears()).toEqual([...before, '2024']);
  });

  it('refuses a skip, an unmet gate and a stale version, writing nothing', async () => {
    const lead = await newLead();
    await expect(
      transitions.transition(lead.id, { to: 'landed', version: lead.version }, staff),
    ).rejects.toMatchObject({ code: 'STAGE_SKIP' });
    await expect(
      transitions.transition(lead.id, { to: 'signed', version: lead.version }, staff),
    ).rejects.toMatchObject({ code: 'STAGE_GATE_UNMET' });
    await expect(
      transitions.transition(
        lead.id,
        { to: 'signed', signedAmountWan: '1', version: lead.version + 1 },
        staff,
      ),
    ).rejects.toBeInstanceOf(VersionConflictError);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM lead_transitions WHERE lead_id = $1`, [
      lead.id,
    ]);
    expect(rows[0].n).toBe(0);
    expect((await leads.get(lead.id)).version).toBe(lead.version);
  });

  it('of two concurrent moves of one lead exactly one wins', async () => {
    const lead = await newLead();
    const move = () =>
      transitions.transition(lead.id, { to: 'signed', signedAmountWan: '100', version: lead.version }, staff);
    const results = await Promise.allSettled([move(), move(), move()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect(r.reason).toBeInstanceOf(VersionConflictError);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM lead_transitions WHERE lead_id = $1`, [
      lead.id,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('moving back is for supervisors with a reason, and clears the dates of later stages', async () => {
    let lead = await newLead();
    lead = await transitions.transition(
      lead.id,
      { to: 'signed', signedAmountWan: '100', version: lead.version },
      staff,
    );
    for (const kind of ['project_approval', 'eia', 'land'] as const)
      lead = await approvals.set(lead.id, kind, { status: 'done' }, staff);
    lead = await transitions.transition(lead.id, { to: 'landed', version: lead.version }, staff);
    expect(lead.landedAt).toBe('2024-03-01');

    await expect(
      transitions.transition(lead.id, { to: 'lead', reason: '重新洽谈', version: lead.version }, staff),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      transitions.transition(lead.id, { to: 'lead', version: lead.version }, supervisor),
    ).rejects.toBeInstanceOf(ValidationFailedError);
    const back = await transitions.transition(
      lead.id,
      { to: 'lead', reason: '重新洽谈', version: lead.version },
      supervisor,
    );
    expect(back).toMatchObject({ stage: 'lead', signedAt: null, landedAt: null, pool: 'attraction' });
  });

  it('closing keeps the pool it was lost from; reopening goes no further than that stage', async () => {
    let lead = await newLead();
    lead = await transitions.transition(
      lead.id,
      { to: 'signed', signedAmountWan: '100', version: lead.version },
      staff,
    );
    const lost = await transitions.transition(
      lead.id,
      { to: 'lost', reason: '企业撤资', version: lead.version },
      staff,
    );
    expect(lost).toMatchObject({ stage: 'lost', pool: 'landing', lostReason: '企业撤资', warning: null });
    const err: unknown = await transitions
      .transition(lead.id, { to: 'landed', reason: '恢复', version: lost.version }, supervisor)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'STAGE_SKIP' });
    const reopened = await transitions.transition(
      lead.id,
      { to: 'signed', reason: '恢复洽谈', version: lost.version },
      supervisor,
    );
    expect(reopened).toMatchObject({ stage: 'signed', lostReason: null, pool: 'landing' });
  });
});
