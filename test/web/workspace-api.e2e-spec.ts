import { createTestEnv, createUser, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { leadsApi } from '../leads/lead-fixtures';
import { waitFor } from '../worker/wait-for';
import { EventHubService } from '../../apps/api/src/events/event-hub.service';
import { openEventStream, ServedApi, startServedApi } from './web-harness';

/** The API additions the web workspace reads: the user directory, the 工作台's filters, counts, names, feed, events. */
describe('web workspace API', () => {
  const clock = new MutableClock(new Date('2024-06-10T02:00:00Z')); // 10:00 in Shanghai
  let env: TestEnv;
  let api: ServedApi;
  let leads: ReturnType<typeof leadsApi>;
  let staff: { id: string; email: string; token: string };
  let other: { id: string; token: string };
  let supervisor: { id: string; token: string };
  const ids: Record<string, string> = {};

  const get = (path: string, token: string) =>
    api.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startServedApi(env, { clock, heartbeatMs: 200 });
    leads = leadsApi(api);
    staff = await createUser(api, 'staff', '王芳');
    other = await createUser(api, 'staff', '李强');
    supervisor = await createUser(api, 'supervisor', '赵敏');
    const make = async (key: string, token: string, body: Record<string, unknown> = {}) => {
      const res = await leads.create(token, body);
      expect(res.status).toBe(201);
      ids[key] = res.body.id;
      return res.body as { id: string; version: number };
    };
    const soon = await make('soon', staff.token, { companyName: '晶科能源', projectName: '光伏组件项目' });
    const late = await make('late', staff.token, { companyName: '泰山玻纤', projectName: '玻纤产线项目' });
    await make('calm', staff.token, { companyName: '烁科晶体', projectName: '碳化硅衬底项目' });
    await make('others', other.token, { companyName: '比亚迪', projectName: '电池项目' });
    const patch = async (id: string, version: number, body: Record<string, unknown>) => {
      const res = await leads.patch(supervisor.token, id, { ...body, version });
      expect(res.status).toBe(200);
    };
    await patch(soon.id, soon.version, { stageDeadline: '2024-06-13', leaderId: supervisor.id });
    await patch(late.id, late.version, { stageDeadline: '2024-06-09' });
    const activity = (id: string, nextFollowUpAt: string, summary: string) =>
      leads.call('post', `/leads/${id}/activities`, staff.token, {
        kind: 'visit',
        occurredAt: '2024-06-10T01:00:00Z',
        summary,
        nextFollowUpAt,
      });
    expect((await activity(ids.calm, '2024-06-10T08:00:00Z', '走访烁科，约定下午回电')).status).toBe(201);
    expect((await activity(ids.soon, '2024-06-11T08:00:00Z', '晶科来访，明日再谈')).status).toBe(201);
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  const companyNames = (body: { items: { companyName: string }[] }) =>
    body.items.map((i) => i.companyName).sort();

  describe('lead list filters for the 工作台', () => {
    it('finds the leads a supervisor leads with leaderId=me', async () => {
      const res = await get('/leads?leaderId=me', supervisor.token);
      expect(res.status).toBe(200);
      expect(companyNames(res.body)).toEqual(['晶科能源']);
    });

    it('finds deadlines within N days (overdue ones excluded) and follow-ups due today', async () => {
      const soon = await get('/leads?ownerId=me&deadlineWithinDays=7', staff.token);
      expect(companyNames(soon.body)).toEqual(['晶科能源']);
      const today = await get('/leads?ownerId=me&deadlineWithinDays=0', staff.token);
      expect(companyNames(today.body)).toEqual([]);
      const due = await get('/leads?ownerId=me&followUpDue=true', staff.token);
      expect(companyNames(due.body)).toEqual(['烁科晶体']);
    });

    it('refuses malformed filters with the field named', async () => {
      for (const query of [
        'deadlineWithinDays=-1',
        'deadlineWithinDays=366',
        'deadlineWithinDays=x',
        'followUpDue=yes',
        'leaderId=bob',
      ]) {
        const res = await get(`/leads?${query}`, staff.token);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.errors[0].field).toBe(query.split('=')[0]);
      }
    });
  });

  describe('counts', () => {
    it('counts a filter in all and by warning colour, equal to the lists', async () => {
      const mine = await get('/leads/counts?ownerId=me', staff.token);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual({ total: 3, red: 1, yellow: 1, green: 1 });
      for (const warning of ['red', 'yellow', 'green']) {
        const list = await get(`/leads?ownerId=me&warning=${warning}`, staff.token);
        expect(list.body.items).toHaveLength(mine.body[warning]);
      }
      const all = await get('/leads/counts', other.token);
      expect(all.body.total).toBe(4);
      const search = await get(`/leads/counts?q=${encodeURIComponent('晶科')}`, other.token);
      expect(search.body.total).toBe(1);
    });

    it('refuses a bad filter and an anonymous caller', async () => {
      expect((await get('/leads/counts?stage=nowhere', staff.token)).status).toBe(400);
      const anonymous = await api.http().get('/api/v1/leads/counts');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('lead names by id', () => {
    it('names the known ids and leaves unknown ones out', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const res = await get(`/leads/names?ids=${ids.soon},${ids.others},${unknown}`, staff.token);
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { companyName: string }) => i.companyName).sort()).toEqual([
        '晶科能源',
        '比亚迪',
      ]);
      expect(res.body.items[0]).toEqual(
        expect.objectContaining({ id: expect.any(String), projectName: expect.any(String), stage: 'lead' }),
      );
    });

    it('refuses no ids, malformed ids and too many ids', async () => {
      for (const query of [
        '',
        '?ids=',
        '?ids=nope',
        `?ids=${Array.from({ length: 201 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).join(',')}`,
      ]) {
        const res = await get(`/leads/names${query}`, staff.token);
        expect(res.status).toBe(400);
        expect(res.body.errors[0].field).toBe('ids');
      }
    });
  });

  describe('activity feed', () => {
    it('lists the latest activities on my leads, with the lead names, newest first, paged', async () => {
      const first = await get('/activities?ownerId=me&limit=1', staff.token);
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await get(`/activities?ownerId=me&limit=1&cursor=${first.body.nextCursor}`, staff.token);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      const all = [...first.body.items, ...second.body.items];
      expect(all.map((a: { companyName: string }) => a.companyName).sort()).toEqual(['晶科能源', '烁科晶体']);
      expect(all[0]).toEqual(
        expect.objectContaining({
          leadId: expect.any(String),
          kind: 'visit',
          projectName: expect.any(String),
        }),
      );
      const led = await get('/activities?leaderId=me', supervisor.token);
      expect(led.body.items.map((a: { companyName: string }) => a.companyName)).toEqual(['晶科能源']);
      expect((await get('/activities?byUserId=me', other.token)).body.items).toEqual([]);
    });

    it('refuses a bad user id and a bad cursor', async () => {
      expect((await get('/activities?ownerId=someone', staff.token)).body.errors[0].field).toBe('ownerId');
      const bad = await get('/activities?cursor=bm9wZQ', staff.token);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('cursor');
    });
  });

  describe('user directory', () => {
    it('gives any signed-in user names and roles, never emails, sorted by name and searchable', async () => {
      const res = await get('/users/directory?limit=200', staff.token);
      expect(res.status).toBe(200);
      const names = res.body.items.map((u: { name: string }) => u.name);
      expect(names).toEqual(expect.arrayContaining(['王芳', '李强', '赵敏', '系统管理员']));
      expect(res.body.items.every((u: Record<string, unknown>) => !('email' in u))).toBe(true);
      const supervisors = await get('/users/directory?role=supervisor', staff.token);
      expect(supervisors.body.items.map((u: { name: string }) => u.name)).toEqual(['赵敏']);
      const search = await get(`/users/directory?q=${encodeURIComponent('王')}`, staff.token);
      expect(search.body.items.map((u: { name: string }) => u.name)).toEqual(['王芳']);
    });

    it('pages with a cursor and resolves ids, inactive users included', async () => {
      const page1 = await get('/users/directory?limit=2', staff.token);
      const page2 = await get(`/users/directory?limit=2&cursor=${page1.body.nextCursor}`, staff.token);
      const seen = [...page1.body.items, ...page2.body.items].map((u: { id: string }) => u.id);
      expect(new Set(seen).size).toBe(4);
      const off = await api
        .http()
        .patch(`/api/v1/users/${other.id}`)
        .set('Authorization', `Bearer ${api.adminToken}`)
        .send({ active: false });
      expect(off.status).toBe(200);
      expect(
        (await get('/users/directory?limit=200', staff.token)).body.items.map((u: { id: string }) => u.id),
      ).not.toContain(other.id);
      const byId = await get(`/users/directory?ids=${other.id},${supervisor.id}`, staff.token);
      expect(byId.body.items.map((u: { name: string; active: boolean }) => [u.name, u.active])).toEqual([
        ['李强', false],
        ['赵敏', true],
      ]);
    });

    it('refuses bad parameters with the field named', async () => {
      for (const [query, field] of [
        ['role=boss', 'role'],
        ['ids=x', 'ids'],
        ['active=maybe', 'active'],
        ['cursor=!!', 'cursor'],
      ]) {
        const res = await get(`/users/directory?${query}`, staff.token);
        expect(res.status).toBe(400);
        expect(res.body.errors[0].field).toBe(field);
      }
      expect((await api.http().get('/api/v1/users/directory')).status).toBe(401);
    });
  });

  describe('live events', () => {
    it('streams lead and totals events to a signed-in client, with heartbeats, and cleans up on disconnect', async () => {
      const hub = api.app.get(EventHubService);
      await waitFor(async () => hub.listening, 'the events LISTEN connection');
      const stream = openEventStream(api.baseUrl, staff.token);
      const res = await stream.response;
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
      await waitFor(async () => stream.text().includes(': connected'), 'the stream to open');
      expect(hub.subscriberCount).toBe(1);

      const created = await leads.create(staff.token, {
        companyName: '太重集团',
        projectName: '智能矿山装备',
      });
      const lead = `event: lead\ndata: {"id":"${created.body.id}","version":${created.body.version}}`;
      await waitFor(async () => stream.text().includes(lead), 'the lead event');

      const put = await api
        .http()
        .put('/api/v1/targets/2024')
        .set('Authorization', `Bearer ${supervisor.token}`)
        .send({ signedAmountWan: '6000000' });
      expect(put.status).toBe(200);
      await waitFor(
        async () => stream.text().includes('event: totals\ndata: {"year":2024}'),
        'the totals event',
      );
      await waitFor(async () => stream.text().includes(': heartbeat'), 'a heartbeat');

      await stream.close();
      await waitFor(async () => hub.subscriberCount === 0, 'the subscription to end');
    });

    it('ends the stream at the next heartbeat once its session is logged out', async () => {
      const hub = api.app.get(EventHubService);
      const token = await api.login(staff.email, 'password-0123456789');
      const stream = openEventStream(api.baseUrl, token);
      expect((await stream.response).status).toBe(200);
      await waitFor(async () => stream.text().includes(': heartbeat'), 'a heartbeat');
      let ended = false;
      void stream.ended.then(() => (ended = true));
      expect(ended).toBe(false);
      await api.http().post('/api/v1/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
      await waitFor(async () => ended, 'the stream to end');
      await waitFor(async () => hub.subscriberCount === 0, 'the subscription to end');
      await stream.close();
    });

    it('refuses a client without a token, as a problem document', async () => {
      const stream = openEventStream(api.baseUrl);
      const res = await stream.response;
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      await stream.close();
    });
  });
});
