import { Client } from 'pg';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { leadsApi } from './lead-fixtures';

interface Item {
  id: string;
  companyName: string;
  projectName: string;
  stageDeadline: string | null;
  plannedInvestmentWan: string;
  createdAt: string;
}

describe('leads: list, filters, search, sorting, pagination', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let leads: ReturnType<typeof leadsApi>;
  let staff: { id: string; token: string };
  let other: { id: string; token: string };
  let supervisor: { id: string; token: string };
  const clock = new MutableClock(new Date('2024-01-10T02:00:00Z'));
  const ids: Record<string, string> = {};

  const names = (res: { body: { items: Item[] } }) => res.body.items.map((i) => i.companyName).sort();

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    leads = leadsApi(api);
    staff = await createUser(api, 'staff');
    other = await createUser(api, 'staff');
    supervisor = await createUser(api, 'supervisor');
    const make = async (key: string, token: string, body: Record<string, unknown>) => {
      const res = await leads.create(token, body);
      expect(res.status).toBe(201);
      ids[key] = res.body.id;
      clock.set(new Date(clock.now().getTime() + 60_000));
    };
    await make('jinko', staff.token, {
      companyName: '晶科能源',
      projectName: '光伏组件',
      track: 'new_energy',
      park: 'xiaohe',
      plannedInvestmentWan: '300000',
    });
    await make('taishan', staff.token, {
      companyName: '泰山玻纤',
      projectName: '玻纤产线',
      track: 'new_materials',
      park: 'yangqu',
      plannedInvestmentWan: '80000',
      isProvincialKey: true,
    });
    await make('percent', other.token, {
      companyName: '100%_科技',
      projectName: '半导体 封测',
      track: 'semiconductors',
      plannedInvestmentWan: '5000',
    });
    await make('backslash', other.token, {
      companyName: 'C:\\路径\\公司',
      projectName: "O'Brien 项目",
      track: 'equipment',
      plannedInvestmentWan: '5000.5',
    });
    await make('plain', other.token, {
      companyName: '1000科技',
      projectName: 'a_b',
      track: 'equipment',
      plannedInvestmentWan: '12',
      pool: 'planning',
    });
    await make('taizhong', supervisor.token, {
      companyName: '太重集团',
      projectName: '智能矿山装备',
      track: 'equipment',
      leaderId: supervisor.id,
      plannedInvestmentWan: '200000',
    });
    // 太重 signs; the deadline of 泰山 is moved into the past by a supervisor (overdue, red).
    await leads.move(supervisor.token, ids.taizhong, { to: 'signed', signedAmountWan: '150000', version: 1 });
    await leads.patch(supervisor.token, ids.taishan, { version: 1, stageDeadline: '2024-01-05' });
    await leads.patch(supervisor.token, ids.jinko, { version: 1, stageDeadline: '2024-01-15' });
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  it('lists every lead to every user, newest first by default', async () => {
    const res = await leads.list(other.token);
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items.map((i: Item) => i.id)).toEqual(
      ['taizhong', 'plain', 'backslash', 'percent', 'taishan', 'jinko'].map((k) => ids[k]),
    );
  });

  it('filters by stage, track, park, owner (me), leader, provincial key, pool', async () => {
    expect(names(await leads.list(staff.token, '?stage=signed'))).toEqual(['太重集团']);
    expect(names(await leads.list(staff.token, '?track=equipment'))).toEqual(
      ['1000科技', 'C:\\路径\\公司', '太重集团'].sort(),
    );
    expect(names(await leads.list(staff.token, '?park=xiaohe'))).toEqual(['晶科能源']);
    expect(names(await leads.list(staff.token, '?ownerId=me'))).toEqual(['晶科能源', '泰山玻纤'].sort());
    expect(names(await leads.list(staff.token, `?ownerId=${other.id}`))).toHaveLength(3);
    expect(names(await leads.list(staff.token, `?leaderId=${supervisor.id}`))).toEqual(['太重集团']);
    expect(names(await leads.list(staff.token, '?isProvincialKey=true'))).toEqual(['泰山玻纤']);
    expect(names(await leads.list(staff.token, '?isProvincialKey=false'))).toHaveLength(5);
    expect(names(await leads.list(staff.token, '?pool=planning'))).toEqual(['1000科技']);
    expect(names(await leads.list(staff.token, '?pool=landing'))).toEqual(['太重集团']);
    expect(names(await leads.list(staff.token, '?pool=attraction'))).toHaveLength(4);
  });

  it('overdue and warning filters agree with the representation, following the clock', async () => {
    const overdue = await leads.list(staff.token, '?overdue=true');
    expect(names(overdue)).toEqual(['泰山玻纤']);
    expect(overdue.body.items[0]).toMatchObject({ overdue: true, warning: 'red' });
    expect(names(await leads.list(staff.token, '?warning=red'))).toEqual(['泰山玻纤']);
    expect(names(await leads.list(staff.token, '?warning=yellow'))).toEqual(['晶科能源']);
    expect(names(await leads.list(staff.token, '?overdue=false'))).toHaveLength(5);
    const all = (await leads.list(staff.token)).body.items as (Item & { warning: string })[];
    for (const colour of ['red', 'yellow', 'green']) {
      const filtered = (await leads.list(staff.token, `?warning=${colour}`)).body.items
        .map((i: Item) => i.id)
        .sort();
      expect(filtered).toEqual(
        all
          .filter((i) => i.warning === colour)
          .map((i) => i.id)
          .sort(),
      );
    }
    // Forty days on, nothing logged: every open lead is at least yellow, the first two deadlines red.
    clock.set('2024-02-20T02:00:00Z');
    expect(names(await leads.list(staff.token, '?overdue=true'))).toEqual(['晶科能源', '泰山玻纤'].sort());
    expect(await leads.list(staff.token, '?warning=green').then((r) => r.body.items)).toEqual([]);
    clock.set('2024-01-10T10:00:00Z');
  });

  it('q: substring of company or project name, Chinese included; LIKE metacharacters match literally', async () => {
    const q = (text: string) => leads.list(staff.token, `?q=${encodeURIComponent(text)}`);
    expect(names(await q('晶科'))).toEqual(['晶科能源']);
    expect(names(await q('玻纤产'))).toEqual(['泰山玻纤']);
    expect(names(await q('矿'))).toEqual(['太重集团']);
    expect(names(await q('%'))).toEqual(['100%_科技']);
    expect(names(await q('_'))).toEqual(['100%_科技', '1000科技'].sort()); // 1000科技's project is a_b
    expect(names(await q('0%'))).toEqual(['100%_科技']);
    expect(names(await q('0_'))).toEqual([]);
    expect(names(await q('\\'))).toEqual(['C:\\路径\\公司']);
    expect(names(await q("O'Brien"))).toEqual(['C:\\路径\\公司']);
    expect(names(await q("'; DROP TABLE leads; --"))).toEqual([]);
    expect(names(await q('封测'))).toEqual(['100%_科技']);
    expect((await q('x'.repeat(201))).status).toBe(400);
    expect((await leads.list(staff.token)).body.items).toHaveLength(6);
  });

  it('sorts from an allowlist and pages with a cursor through every row exactly once', async () => {
    for (const sort of ['createdAt', '-createdAt', 'stageDeadline', '-plannedInvestmentWan']) {
      const seen: Item[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `?sort=${encodeURIComponent(sort)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await leads.list(staff.token, query);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...(res.body.items as Item[]));
        cursor = res.body.nextCursor as string | null;
        pages++;
      } while (cursor && pages < 10);
      expect(seen.map((i) => i.id).sort()).toEqual(Object.values(ids).sort());
      const full = (await leads.list(staff.token, `?sort=${encodeURIComponent(sort)}`)).body.items.map(
        (i: Item) => i.id,
      );
      expect(seen.map((i) => i.id)).toEqual(full);
    }
    const byAmount = (await leads.list(staff.token, '?sort=-plannedInvestmentWan')).body.items.map(
      (i: Item) => i.plannedInvestmentWan,
    );
    expect(byAmount).toEqual([
      '300000.0000',
      '200000.0000',
      '80000.0000',
      '5000.5000',
      '5000.0000',
      '12.0000',
    ]);
    const byDeadline = (await leads.list(staff.token, '?sort=stageDeadline')).body.items.map(
      (i: Item) => i.stageDeadline,
    );
    expect(byDeadline.slice(0, 2)).toEqual(['2024-01-05', '2024-01-15']);
  });

  it('refuses bad list parameters with 400', async () => {
    for (const query of [
      '?limit=0',
      '?limit=201',
      '?limit=abc',
      '?sort=companyName',
      '?stage=won',
      '?overdue=yes',
      '?warning=blue',
      '?ownerId=someone',
      '?cursor=not-a-cursor',
      '?pool=x',
      '?unknown=1',
      `?sort=stageDeadline&cursor=${Buffer.from(JSON.stringify(['not-a-date', 'x'])).toString('base64url')}`,
      `?cursor=${Buffer.from(JSON.stringify(['2024-01-01T00:00:00.000000Z', 'nope'])).toString('base64url')}`,
    ]) {
      const res = await leads.list(staff.token, query);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect((await leads.list(staff.token, '?limit=200')).status).toBe(200);
  });

  it('the q filter can use the pg_trgm GIN index on company and project name', async () => {
    const db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query('SET LOCAL enable_seqscan = off');
      const plan = await db.query(
        `EXPLAIN SELECT id FROM leads l WHERE (l.company_name || ' ' || l.project_name) ILIKE $1 ESCAPE '\\'`,
        ['%晶科%'],
      );
      expect(plan.rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n')).toContain(
        'leads_name_trgm_idx',
      );
      await db.query('ROLLBACK');
    } finally {
      await db.end();
    }
  });
});
