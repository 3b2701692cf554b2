import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { leadsApi } from '../leads/lead-fixtures';
import { derive, GeneratedLead, insertLeads, PARKS, TRACKS } from '../reports/pipeline-generator';

type Move = [from: string, to: string, date: string];

describe('三个一批 events: lists, checks at the event date (Asia/Shanghai), totals, export', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let supervisor: { id: string; token: string };
  let staff: { id: string; token: string };
  const clock = new MutableClock(new Date('2024-04-01T02:00:00Z'));
  const call = (method: 'get' | 'post', path: string, body?: object, token = supervisor.token) => {
    const req = api.http()[method](`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    return body ? req.send(body) : req;
  };

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    supervisor = await createUser(api, 'supervisor');
    staff = await createUser(api, 'staff');
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  it('only supervisors and admins create events and nominate; bad input is refused', async () => {
    const body = { name: '全市第四期“三个一批”活动', date: '2024-04-18', period: 4 };
    expect((await call('post', '/batch-events', body, staff.token)).status).toBe(403);
    const bad = await call('post', '/batch-events', { name: '', date: '2024-02-30', period: 0, x: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'date',
      'name',
      'period',
      'x',
    ]);
    const created = await call('post', '/batch-events', body, api.adminToken);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, id: expect.any(String) });
    const id = created.body.id as string;
    const lead = (await leadsApi(api).create(staff.token)).body;
    expect(
      (await call('post', `/batch-events/${id}/entries`, { leadId: lead.id, list: 'signing' }, staff.token))
        .status,
    ).toBe(403);
    const badEntry = await call('post', `/batch-events/${id}/entries`, {
      leadId: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11',
      list: 'landing',
      expectedOutputWan: '0',
    });
    expect(badEntry.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'expectedOutputWan',
      'list',
    ]);
    const unknownLead = await call('post', `/batch-events/${id}/entries`, {
      leadId: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11',
      list: 'signing',
    });
    expect(unknownLead.body.errors).toEqual([{ field: 'leadId', message: '项目不存在' }]);
    expect((await call('get', `/batch-events/${id}`)).body.totals.count).toBe(0);
    expect((await call('get', '/batch-events/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11')).status).toBe(404);
    expect((await call('get', '/batch-events/nope')).status).toBe(400);
    expect((await call('get', '/batch-events', undefined, staff.token)).body[0]).toMatchObject({
      id,
      entries: 0,
    });
  });

  it('checks each lead at the event’s date in Asia/Shanghai: a signing at 23:30 counts, one at 00:30 the next day does not', async () => {
    const event = (await call('post', '/batch-events', { name: '签约仪式', date: '2024-04-18' })).body;
    const leads = leadsApi(api);
    clock.set('2024-04-10T02:00:00Z');
    const before = (await leads.create(staff.token)).body;
    const after = (await leads.create(staff.token)).body;
    clock.set('2024-04-18T15:30:00Z'); // 23:30 on 18 April in Shanghai
    const m1 = await leads.move(staff.token, before.id, {
      to: 'signed',
      signedAmountWan: '1000',
      version: 1,
    });
    expect(`${m1.status} ${JSON.stringify(m1.body)}`).toMatch(/^200/);
    clock.set('2024-04-18T16:30:00Z'); // 00:30 on 19 April in Shanghai
    expect(
      (await leads.move(staff.token, after.id, { to: 'signed', signedAmountWan: '1000', version: 1 })).status,
    ).toBe(200);
    await call('post', `/batch-events/${event.id}/entries`, { leadId: before.id, list: 'signing' });
    const page = await call('post', `/batch-events/${event.id}/entries`, {
      leadId: after.id,
      list: 'signing',
    });
    expect(page.status).toBe(201);
    const entries = page.body.signing.entries as {
      leadId: string;
      reached: boolean;
      reachedAt: string | null;
    }[];
    expect(entries.find((e) => e.leadId === before.id)).toMatchObject({
      reached: true,
      reachedAt: '2024-04-18',
    });
    expect(entries.find((e) => e.leadId === after.id)).toMatchObject({ reached: false, reachedAt: null });
    expect(page.body.signing.notReached).toBe(1);
  });

  it('gives the three lists with counts, 总投资 and 预计年产值 by track and park, equal to an independent sum', async () => {
    const db = api.app.get(DataSource);
    const date = '2024-06-28';
    const spec = (i: number, moves: Move[]): GeneratedLead =>
      derive({
        ownerId: staff.id,
        track: TRACKS[i % 4],
        park: i % 5 === 0 ? null : PARKS[i % 3],
        plannedWan: `${1000 + i * 137}.${String(i * 7).padStart(4, '0')}`,
        signedWan: '500',
        createdAt: new Date(Date.UTC(2023, 0, 1 + i)),
        moves: moves.map(([from, to, d]) => ({ from: from as never, to: to as never, date: d })),
      });
    const up = (to: string, last: string): Move[] => {
      const path: Move[] = [
        ['lead', 'signed', '2023-06-01'],
        ['signed', 'landed', '2023-09-01'],
        ['landed', 'construction', '2024-01-15'],
        ['construction', 'production', '2024-05-20'],
      ];
      const n = path.findIndex((m) => m[1] === to) + 1;
      const moves = path.slice(0, n);
      moves[n - 1] = [moves[n - 1][0], moves[n - 1][1], last];
      return moves;
    };
    const plan: {
      lead: GeneratedLead;
      list: 'signing' | 'construction' | 'production';
      output?: string;
      reached: boolean;
    }[] = [];
    for (let i = 0; i < 36; i++) {
      const list = (['signing', 'construction', 'production'] as const)[i % 3];
      const stage = { signing: 'signed', construction: 'construction', production: 'production' }[list];
      const kind = i % 4; // 0: reached before, 1: on the day, 2: the day after, 3: reached then moved back / lost
      const day = kind === 0 ? '2024-03-01' : kind === 1 ? date : '2024-06-29';
      let moves = up(stage, list === 'signing' ? (kind === 0 ? '2023-06-01' : day) : day);
      if (list === 'signing' && kind !== 0) moves = [['lead', 'signed', day]];
      if (kind === 3) moves = [...up(stage, '2024-03-01'), [stage, 'lost', '2024-04-01']];
      const lead = spec(i, moves);
      plan.push({ lead, list, output: i % 6 === 0 ? undefined : `${100 + i}.5`, reached: kind <= 1 });
    }
    await insertLeads(
      db,
      plan.map((p) => p.lead),
    );
    const event = (await call('post', '/batch-events', { name: '第五期', date, period: 5 })).body;
    for (const p of plan) {
      const res = await call('post', `/batch-events/${event.id}/entries`, {
        leadId: p.lead.id,
        list: p.list,
        ...(p.output ? { expectedOutputWan: p.output } : {}),
      });
      expect(res.status).toBe(201);
    }
    const page = (await call('get', `/batch-events/${event.id}`, undefined, staff.token)).body;
    const sum = (ps: typeof plan) => ({
      count: ps.length,
      totalInvestmentWan: ps.reduce((a, p) => a.plus(p.lead.plannedWan), new Decimal(0)).toFixed(4),
      expectedOutputWan: ps.reduce((a, p) => a.plus(p.output ?? 0), new Decimal(0)).toFixed(4),
      notReached: ps.filter((p) => !p.reached).length,
    });
    for (const list of ['signing', 'construction', 'production'] as const) {
      const mine = plan.filter((p) => p.list === list);
      expect(page[list]).toMatchObject({ list, ...sum(mine) });
      for (const p of mine) {
        expect(page[list].entries.find((e: { leadId: string }) => e.leadId === p.lead.id).reached).toBe(
          p.reached,
        );
      }
      for (const track of TRACKS) {
        expect(page[list].byTrack.find((t: { track: string }) => t.track === track)).toMatchObject(
          sum(mine.filter((p) => p.lead.track === track)),
        );
      }
      for (const park of [...PARKS, null]) {
        expect(page[list].byPark.find((t: { park: string | null }) => t.park === park)).toMatchObject(
          sum(mine.filter((p) => p.lead.park === park)),
        );
      }
    }
    expect(page.totals).toMatchObject(sum(plan));
    expect(page.totals.notReached).toBe(18);

    // Nominating again moves the lead to another list.
    const moved = plan[0];
    const again = await call('post', `/batch-events/${event.id}/entries`, {
      leadId: moved.lead.id,
      list: 'production',
    });
    expect(again.body.signing.count).toBe(11);
    expect(again.body.production.count).toBe(13);

    // The province's list format.
    const xlsx = await call('get', `/batch-events/${event.id}/export.xlsx`, undefined, staff.token)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['签约一批', '开工一批', '投产一批']);
    const ws = wb.getWorksheet('开工一批')!;
    expect(ws.getRow(1).getCell(1).value).toBe('第5期“三个一批”活动 开工一批项目清单（第五期，2024-06-28）');
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      '序号',
      '项目名称',
      '建设单位',
      '所属赛道',
      '所在园区',
      '总投资（亿元）',
      '预计年产值（亿元）',
      '当前阶段',
      '是否达到',
      '达到日期',
    ]);
    expect(ws.rowCount).toBe(2 + 12 + 1);
    const total = ws.getRow(ws.rowCount);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(2).value).toBe('12个项目');
    expect(total.getCell(9).value).toBe(`未达到${again.body.construction.notReached}个`);
  });
});
