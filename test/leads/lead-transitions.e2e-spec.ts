import { Client } from 'pg';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { leadsApi } from './lead-fixtures';

describe('leads: stage transitions, approvals, activities, investments', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let db: Client;
  let leads: ReturnType<typeof leadsApi>;
  let staff: { id: string; token: string };
  let other: { id: string; token: string };
  let supervisor: { id: string; token: string };
  const clock = new MutableClock(new Date('2024-03-01T02:00:00Z'));

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    leads = leadsApi(api);
    staff = await createUser(api, 'staff');
    other = await createUser(api, 'staff');
    supervisor = await createUser(api, 'supervisor');
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.dropDatabase();
  });
  beforeEach(() => clock.set('2024-03-01T02:00:00Z'));

  const allDone = async (id: string) => {
    for (const kind of ['project_approval', 'eia', 'land']) {
      const res = await leads.approve(staff.token, id, kind, {
        status: 'done',
        doneAt: '2024-03-20',
        documentNo: `并发改备〔2024〕${kind}`,
      });
      expect(res.status).toBe(200);
    }
    return (await leads.get(staff.token, id)).body.version as number;
  };
  const outboxYears = async () =>
    (
      await db.query(
        `SELECT payload->>'year' AS year FROM outbox WHERE topic = 'targets.recompute' ORDER BY id`,
      )
    ).rows.map((r: { year: string }) => r.year);

  it('walks a lead from 洽谈 to 投产, each step setting its date, deadline, pool and history', async () => {
    const lead = (await leads.create(staff.token, { pool: 'planning' })).body;
    expect(lead).toMatchObject({
      stage: 'lead',
      pool: 'planning',
      stageEnteredAt: '2024-03-01',
      stageDeadline: '2024-05-30',
    });
    const entry0 = (await db.query('SELECT stage_entry_id FROM leads WHERE id = $1', [lead.id])).rows[0]
      .stage_entry_id;

    clock.set('2024-04-10T02:00:00Z');
    const signed = await leads.move(staff.token, lead.id, {
      to: 'signed',
      signedAmountWan: '80000.5',
      date: '2024-04-08',
      version: 1,
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      stage: 'signed',
      pool: 'landing',
      signedAmountWan: '80000.5000',
      signedAt: '2024-04-08',
      stageEnteredAt: '2024-04-08',
      stageDeadline: '2024-07-07',
      version: 2,
    });
    const row = (
      await db.query('SELECT stage_entry_id, first_signed_at::text FROM leads WHERE id = $1', [lead.id])
    ).rows[0];
    expect(row.stage_entry_id).not.toBe(entry0);
    expect(row.first_signed_at).toBe('2024-04-08');
    const transitionId = (await db.query('SELECT id FROM lead_transitions WHERE lead_id = $1', [lead.id]))
      .rows[0].id;
    expect(row.stage_entry_id).toBe(transitionId);

    const version = await allDone(lead.id);
    const landed = await leads.move(staff.token, lead.id, { to: 'landed', version });
    expect(landed.body).toMatchObject({
      stage: 'landed',
      landedAt: '2024-04-10',
      stageDeadline: '2024-06-09',
      pool: 'landing',
    });
    const construction = await leads.move(staff.token, lead.id, {
      to: 'construction',
      version: landed.body.version,
    });
    expect(construction.body).toMatchObject({
      stage: 'construction',
      pool: 'construction',
      constructionStartedAt: '2024-04-10',
      stageDeadline: '2025-04-10',
    });
    clock.set('2024-09-01T02:00:00Z');
    const production = await leads.move(staff.token, lead.id, {
      to: 'production',
      version: construction.body.version,
    });
    expect(production.body).toMatchObject({
      stage: 'production',
      productionStartedAt: '2024-09-01',
      stageDeadline: null,
      overdue: false,
      warning: null,
    });

    const history = await leads.call('get', `/leads/${lead.id}/transitions`, other.token);
    expect(history.status).toBe(200);
    expect(
      history.body.map((t: { from: string; to: string; date: string }) => [t.from, t.to, t.date]),
    ).toEqual([
      ['lead', 'signed', '2024-04-08'],
      ['signed', 'landed', '2024-04-10'],
      ['landed', 'construction', '2024-04-10'],
      ['construction', 'production', '2024-09-01'],
    ]);
    expect(history.body[0]).toMatchObject({ byUserId: staff.id, reason: null, at: expect.any(String) });
    expect((await outboxYears()).filter((y) => y === '2024').length).toBeGreaterThanOrEqual(1);
    const audit = (await leads.call('get', `/leads/${lead.id}/audit`, staff.token)).body as {
      action: string;
      userId: string;
      changes: Record<string, unknown[]>;
    }[];
    const signing = audit.find((a) => a.action === 'transition' && a.changes.stage[1] === 'signed');
    expect(signing).toMatchObject({
      userId: staff.id,
      changes: {
        stage: ['lead', 'signed'],
        signedAt: [null, '2024-04-08'],
        signedAmountWan: [null, '80000.5000'],
        stageEnteredAt: ['2024-03-01', '2024-04-08'],
        stageDeadline: ['2024-05-30', '2024-07-07'],
      },
    });
    const ending = audit.find((a) => a.action === 'transition' && a.changes.stage[1] === 'production');
    expect(ending?.changes.stageDeadline).toEqual(['2025-04-10', null]);
  });

  it('uses the stage deadline days in force when the stage is entered', async () => {
    await api
      .http()
      .put('/api/v1/stages/lead')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ deadlineDays: 30 });
    const lead = (await leads.create(staff.token)).body;
    expect(lead.stageDeadline).toBe('2024-03-31');
    await api
      .http()
      .put('/api/v1/stages/lead')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ deadlineDays: 90 });
  });

  it('gates: signing needs an amount; landing lists each approval not done (422 STAGE_GATE_UNMET)', async () => {
    const lead = (await leads.create(staff.token)).body;
    const noAmount = await leads.move(staff.token, lead.id, { to: 'signed', version: 1 });
    expect(noAmount.status).toBe(422);
    expect(noAmount.body).toMatchObject({
      code: 'STAGE_GATE_UNMET',
      errors: [{ field: 'signedAmountWan', message: expect.any(String) }],
    });
    const signed = await leads.move(staff.token, lead.id, { to: 'signed', signedAmountWan: 100, version: 1 });
    expect(signed.status).toBe(200);
    await leads.approve(staff.token, lead.id, 'eia', { status: 'done' });
    const gate = await leads.move(staff.token, lead.id, { to: 'landed', version: 3 });
    expect(gate.status).toBe(422);
    expect(gate.body.code).toBe('STAGE_GATE_UNMET');
    expect(gate.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'approvals.project_approval',
      'approvals.land',
    ]);
    expect((await leads.get(staff.token, lead.id)).body.stage).toBe('signed');
  });

  it('one stage at a time: a skip is 422 STAGE_SKIP; moving to the same stage is 422 INVALID_TRANSITION', async () => {
    const lead = (await leads.create(staff.token)).body;
    const skip = await leads.move(staff.token, lead.id, { to: 'landed', version: 1 });
    expect(skip.status).toBe(422);
    expect(skip.body.code).toBe('STAGE_SKIP');
    const same = await leads.move(staff.token, lead.id, { to: 'lead', version: 1 });
    expect(same.status).toBe(422);
    expect(same.body.code).toBe('INVALID_TRANSITION');
  });

  it('dates: not in the future (400), not before the current stage began (422)', async () => {
    const lead = (await leads.create(staff.token)).body;
    const future = await leads.move(staff.token, lead.id, {
      to: 'signed',
      signedAmountWan: '1',
      date: '2024-03-02',
      version: 1,
    });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('date');
    const before = await leads.move(staff.token, lead.id, {
      to: 'signed',
      signedAmountWan: '1',
      date: '2024-02-29',
      version: 1,
    });
    expect(before.status).toBe(422);
    expect(before.body).toMatchObject({ code: 'INVALID_TRANSITION', errors: [{ field: 'date' }] });
    expect(
      (
        await leads.move(staff.token, lead.id, {
          to: 'signed',
          signedAmountWan: '1',
          date: '2024-02-30',
          version: 1,
        })
      ).status,
    ).toBe(400);
  });

  it('lost from any open stage needs a reason; lost from signed writes the outbox; reopening is for supervisors', async () => {
    const lead = (await leads.create(staff.token)).body;
    await leads.move(staff.token, lead.id, { to: 'signed', signedAmountWan: '500', version: 1 });
    const noReason = await leads.move(staff.token, lead.id, { to: 'lost', version: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const outboxBefore = (await outboxYears()).length;
    const lost = await leads.move(staff.token, lead.id, { to: 'lost', reason: '企业资金链断裂', version: 2 });
    expect(lost.status).toBe(200);
    expect(lost.body).toMatchObject({
      stage: 'lost',
      lostReason: '企业资金链断裂',
      warning: null,
      overdue: false,
      stageDeadline: null,
      pool: 'landing',
    });
    expect((await outboxYears()).length).toBe(outboxBefore + 1);
    expect(
      (await db.query('SELECT lost_from_stage FROM leads WHERE id = $1', [lead.id])).rows[0].lost_from_stage,
    ).toBe('signed');

    const staffReopen = await leads.move(staff.token, lead.id, { to: 'signed', reason: '恢复', version: 3 });
    expect(staffReopen.status).toBe(403);
    expect((await leads.move(supervisor.token, lead.id, { to: 'signed', version: 3 })).status).toBe(400);
    expect(
      (await leads.move(supervisor.token, lead.id, { to: 'landed', reason: 'x', version: 3 })).status,
    ).toBe(422);
    const reopened = await leads.move(supervisor.token, lead.id, {
      to: 'signed',
      reason: '企业重新启动',
      version: 3,
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ stage: 'signed', lostReason: null, signedAt: '2024-03-01' });
    expect((await outboxYears()).length).toBe(outboxBefore + 2);
  });

  it('backwards: supervisors only, with a reason; clears later stage dates, keeps first signing', async () => {
    const lead = (await leads.create(staff.token)).body;
    clock.set('2024-12-30T02:00:00Z');
    await leads.move(staff.token, lead.id, { to: 'signed', signedAmountWan: '700', version: 1 });
    expect(
      (await leads.move(staff.token, lead.id, { to: 'lead', reason: '合同作废', version: 2 })).status,
    ).toBe(403);
    expect((await leads.move(supervisor.token, lead.id, { to: 'lead', version: 2 })).status).toBe(400);
    clock.set('2025-01-05T02:00:00Z');
    const outboxBefore = (await outboxYears()).length;
    const back = await leads.move(supervisor.token, lead.id, { to: 'lead', reason: '合同作废', version: 2 });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({
      stage: 'lead',
      signedAt: null,
      pool: 'attraction',
      stageEnteredAt: '2025-01-05',
    });
    const resigned = await leads.move(staff.token, lead.id, { to: 'signed', version: 3 });
    expect(resigned.body).toMatchObject({
      stage: 'signed',
      signedAt: '2025-01-05',
      signedAmountWan: '700.0000',
    });
    const row = (await db.query('SELECT first_signed_at::text FROM leads WHERE id = $1', [lead.id])).rows[0];
    expect(row.first_signed_at).toBe('2024-12-30');
    // Both moves change what counts toward 2024 (the year of the first signing).
    expect((await outboxYears()).slice(outboxBefore)).toEqual(['2024', '2024']);
  });

  it('staff move only their own leads (403); stale version 409; unknown lead 404', async () => {
    const lead = (await leads.create(staff.token)).body;
    expect((await leads.move(other.token, lead.id, { to: 'lost', reason: 'x', version: 1 })).status).toBe(
      403,
    );
    const stale = await leads.move(staff.token, lead.id, { to: 'lost', reason: 'x', version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(
      (
        await leads.move(staff.token, '00000000-0000-4000-8000-000000000000', {
          to: 'lost',
          reason: 'x',
          version: 1,
        })
      ).status,
    ).toBe(404);
    expect((await leads.move(staff.token, lead.id, { to: 'moon', version: 1 })).status).toBe(400);
  });

  it('of N concurrent transitions of one lead exactly one wins; the rest are 409 and leave no trace', async () => {
    for (let round = 0; round < 3; round++) {
      const lead = (await leads.create(staff.token)).body;
      const bodies = [
        { to: 'signed', signedAmountWan: '10', version: 1 },
        { to: 'lost', reason: '并发一', version: 1 },
        { to: 'signed', signedAmountWan: '20', version: 1 },
        { to: 'lost', reason: '并发二', version: 1 },
        { to: 'signed', signedAmountWan: '30', version: 1 },
      ];
      const results = await Promise.all(bodies.map((b) => leads.move(supervisor.token, lead.id, b)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(4);
      const transitions = await db.query(
        'SELECT count(*)::int AS n FROM lead_transitions WHERE lead_id = $1',
        [lead.id],
      );
      expect(transitions.rows[0].n).toBe(1);
      const audit = await db.query(
        `SELECT count(*)::int AS n FROM lead_audit WHERE lead_id = $1 AND action = 'transition'`,
        [lead.id],
      );
      expect(audit.rows[0].n).toBe(1);
      expect((await leads.get(staff.token, lead.id)).body.version).toBe(2);
    }
  });

  it('approvals: validated, audited, bump the version, and a stale version is refused', async () => {
    const lead = (await leads.create(staff.token)).body;
    const res = await leads.approve(staff.token, lead.id, 'project_approval', {
      status: 'in_progress',
      documentNo: '晋发改〔2024〕12号',
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.approvals.projectApproval).toEqual({
      status: 'in_progress',
      doneAt: null,
      documentNo: '晋发改〔2024〕12号',
    });
    expect(res.body.version).toBe(2);
    expect((await leads.approve(staff.token, lead.id, 'eia', { status: 'done', version: 1 })).status).toBe(
      409,
    );
    const done = await leads.approve(staff.token, lead.id, 'eia', { status: 'done' });
    expect(done.body.approvals.eia).toEqual({ status: 'done', doneAt: '2024-03-01', documentNo: null });
    expect(
      (await leads.approve(staff.token, lead.id, 'land', { status: 'done', doneAt: '2024-03-02' })).status,
    ).toBe(400);
    expect(
      (await leads.approve(staff.token, lead.id, 'land', { status: 'pending', doneAt: '2024-03-01' })).status,
    ).toBe(400);
    expect((await leads.approve(staff.token, lead.id, 'water', { status: 'done' })).status).toBe(400);
    expect((await leads.approve(staff.token, lead.id, 'land', { status: 'finished' })).status).toBe(400);
    expect((await leads.approve(other.token, lead.id, 'land', { status: 'done' })).status).toBe(403);
    const audit = (await leads.call('get', `/leads/${lead.id}/audit`, staff.token)).body;
    expect(audit.filter((a: { action: string }) => a.action === 'approval')).toHaveLength(2);
    expect(audit[1].changes['approvals.projectApproval.status']).toEqual(['pending', 'in_progress']);
  });

  it('activities: newest first, set lastActivityAt and nextFollowUpAt (the latest), keep the warning fresh', async () => {
    const lead = (await leads.create(staff.token)).body;
    clock.set('2024-04-15T02:00:00Z'); // 45 days without a logged activity
    expect((await leads.get(staff.token, lead.id)).body.warning).toBe('yellow');
    const post = (body: Record<string, unknown>, token = staff.token) =>
      leads.call('post', `/leads/${lead.id}/activities`, token, body);
    const a1 = await post({
      kind: 'visit',
      occurredAt: '2024-04-10T02:00:00Z',
      summary: '实地考察',
      nextFollowUpAt: '2024-05-20T02:00:00Z',
    });
    expect(a1.status).toBe(201);
    expect(a1.body).toMatchObject({ kind: 'visit', summary: '实地考察', byUserId: staff.id });
    const a2 = await post({
      kind: 'negotiation',
      occurredAt: '2024-04-12T02:00:00.000Z',
      summary: '商谈条款',
      nextFollowUpAt: '2024-05-01T02:00:00Z',
    });
    expect(a2.status).toBe(201);
    const read = (await leads.get(staff.token, lead.id)).body;
    expect(read).toMatchObject({
      lastActivityAt: '2024-04-12T02:00:00.000Z',
      nextFollowUpAt: '2024-05-20T02:00:00.000Z',
      warning: 'green',
      version: 3,
    });
    const list = await leads.call('get', `/leads/${lead.id}/activities?limit=1`, other.token);
    expect(list.body.items.map((a: { summary: string }) => a.summary)).toEqual(['商谈条款']);
    const next = await leads.call(
      'get',
      `/leads/${lead.id}/activities?limit=1&cursor=${list.body.nextCursor}`,
      other.token,
    );
    expect(next.body).toMatchObject({ items: [{ summary: '实地考察' }], nextCursor: null });
    const audit = await leads.call('get', `/leads/${lead.id}/audit`, other.token);
    expect(audit.body.filter((e: { action: string }) => e.action === 'activity')).toEqual([
      expect.objectContaining({
        userId: staff.id,
        changes: {
          activity: [
            null,
            { id: a1.body.id, kind: 'visit', occurredAt: '2024-04-10T02:00:00.000Z', summary: '实地考察' },
          ],
        },
      }),
      expect.objectContaining({
        changes: {
          activity: [
            null,
            {
              id: a2.body.id,
              kind: 'negotiation',
              occurredAt: '2024-04-12T02:00:00.000Z',
              summary: '商谈条款',
            },
          ],
        },
      }),
    ]);

    const bad = await post({ kind: 'dance', occurredAt: '2024-04-16T02:00:00Z', summary: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'summary']);
    expect((await post({ kind: 'call', occurredAt: '2024-04-16T02:00:00Z', summary: '未来' })).status).toBe(
      400,
    );
    expect(
      (
        await post({
          kind: 'call',
          occurredAt: '2024-04-14T02:00:00Z',
          summary: 'x',
          nextFollowUpAt: '2024-04-13T00:00:00Z',
        })
      ).status,
    ).toBe(400);
    expect((await post({ kind: 'call', occurredAt: 'yesterday', summary: 'x' })).status).toBe(400);
    expect(
      (await post({ kind: 'call', occurredAt: '2024-04-14T02:00:00Z', summary: 'x' }, other.token)).status,
    ).toBe(403);
    expect((await leads.call('get', `/leads/${lead.id}/activities?cursor=garbage`, staff.token)).status).toBe(
      400,
    );
  });

  it('investments: only from landed on, per month, with running totals, exact', async () => {
    const lead = (await leads.create(staff.token)).body;
    const put = (month: string, body: Record<string, unknown>, token = staff.token) =>
      leads.call('put', `/leads/${lead.id}/investments/${month}`, token, body);
    const early = await put('2024-02', { paidInWan: '100', completedWan: '50' });
    expect(early.status).toBe(400);
    clock.set('2024-05-10T02:00:00Z');
    await leads.move(staff.token, lead.id, { to: 'signed', signedAmountWan: '1000', version: 1 });
    const version = await allDone(lead.id);
    await leads.move(staff.token, lead.id, { to: 'landed', version });
    expect((await put('2024-03', { paidInWan: '100.1', completedWan: 0 })).status).toBe(200);
    expect((await put('2024-04', { paidInWan: '0.2', completedWan: '50' })).status).toBe(200);
    const again = await put('2024-03', { paidInWan: '100.1', completedWan: '0.0001' });
    expect(again.body).toEqual([
      {
        month: '2024-03',
        paidInWan: '100.1000',
        completedWan: '0.0001',
        paidInTotalWan: '100.1000',
        completedTotalWan: '0.0001',
      },
      {
        month: '2024-04',
        paidInWan: '0.2000',
        completedWan: '50.0000',
        paidInTotalWan: '100.3000',
        completedTotalWan: '50.0001',
      },
    ]);
    expect((await leads.call('get', `/leads/${lead.id}/investments`, other.token)).body).toEqual(again.body);
    expect((await put('2024-06', { paidInWan: '1', completedWan: '1' })).status).toBe(400);
    expect((await put('2024-13', { paidInWan: '1', completedWan: '1' })).status).toBe(400);
    expect(
      (await put('2024-04', { paidInWan: '-1', completedWan: '1.00001' })).body.errors
        .map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['completedWan', 'paidInWan']);
    expect((await put('2024-04', { paidInWan: '1', completedWan: '1' }, other.token)).status).toBe(403);
    const audit = (await leads.call('get', `/leads/${lead.id}/audit`, staff.token)).body;
    expect(audit.filter((a: { action: string }) => a.action === 'investment')).toHaveLength(3);
  });
});
