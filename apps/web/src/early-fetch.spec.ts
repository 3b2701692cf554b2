import {
  COCKPIT_EARLY_WINDOW,
  fetchCockpitEarly,
  fetchLeadListEarly,
  inWindow,
  takeEarlyCockpit,
  takeEarlyLeadList,
} from './early-fetch';
import { cockpitKey, cockpitUrls, defaultCockpitView } from './cockpit/cockpit-urls';
import { zoneToday } from './domain/calendar-date';

/** A Storage holding one value under the session key. */
function storageWith(session: unknown): Storage {
  const value = session === undefined ? null : JSON.stringify(session);
  return { getItem: (key: string) => (key === 'luodi.session' ? value : null) } as Storage;
}

describe('the 项目库 data requested by the entry', () => {
  const realFetch = globalThis.fetch;
  let calls: { url: string; headers: Record<string, string> }[];
  const signedIn = storageWith({ token: 'tok', expiresAt: Date.now() + 60_000, user: {} });

  beforeEach(() => {
    calls = [];
    globalThis.fetch = ((url: string, init: { headers: Record<string, string> }) => {
      calls.push({ url, headers: init.headers });
      return Promise.resolve(new Response('{}'));
    }) as typeof fetch;
    takeEarlyLeadList(0); // forget what an earlier test started
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  it('asks for the first page, then the counts, of /leads without filters, with the stored token', async () => {
    fetchLeadListEarly('/leads', '', signedIn);
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/leads?limit=50']);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the page answered
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/leads?limit=50', '/api/v1/leads/counts']);
    expect(calls[0].headers).toEqual({ Authorization: 'Bearer tok', 'Accept-Language': 'zh-CN' });
    expect(takeEarlyLeadList(5000)).not.toBeNull();
    expect(takeEarlyLeadList(5000)).toBeNull(); // claimed once
  });

  it('asks nothing for another page, a filtered list, or without a live session', () => {
    fetchLeadListEarly('/leads/new', '', signedIn);
    fetchLeadListEarly('/', '', signedIn);
    fetchLeadListEarly('/leads', '?stage=signed', signedIn);
    fetchLeadListEarly('/leads', '', storageWith(undefined));
    fetchLeadListEarly('/leads', '', storageWith({ token: 'tok', expiresAt: Date.now() - 1, user: {} }));
    fetchLeadListEarly('/leads', '', { getItem: () => '{not json' } as unknown as Storage);
    expect(calls).toEqual([]);
    expect(takeEarlyLeadList(5000)).toBeNull();
  });

  it('offers no answers older than the caller accepts', () => {
    fetchLeadListEarly('/leads/', '', signedIn);
    expect(calls).toHaveLength(1);
    expect(takeEarlyLeadList(-1)).toBeNull();
  });
});

describe('the 领导驾驶舱 data requested by the entry', () => {
  const realFetch = globalThis.fetch;
  let calls: { url: string; headers: Record<string, string> }[];
  const user = (role: string) =>
    storageWith({ token: 'tok', expiresAt: Date.now() + 60_000, user: { id: 'u1', role } });
  const today = zoneToday();

  beforeEach(() => {
    calls = [];
    globalThis.fetch = ((url: string, init: { headers: Record<string, string> }) => {
      calls.push({ url, headers: init.headers });
      return Promise.resolve(new Response('{}'));
    }) as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("asks the page's eight figures for the URL's filters, three at a time, once, claimed by the same filters only", async () => {
    fetchCockpitEarly('/cockpit', '?year=2024&track=new_energy', user('supervisor'));
    const view = defaultCockpitView({ year: '2024', track: 'new_energy' }, 'supervisor', today);
    const urls = Object.values(cockpitUrls(view.filters, view.batches));
    expect(COCKPIT_EARLY_WINDOW).toBe(3);
    expect(calls.map((c) => c.url)).toEqual(urls.slice(0, 3)); // the target, the funnel, the signings first
    await settled();
    expect(calls.map((c) => c.url)).toEqual(urls);
    expect(calls[0].headers).toEqual({ Authorization: 'Bearer tok', 'Accept-Language': 'zh-CN' });
    const other = defaultCockpitView({ year: '2024' }, 'supervisor', today);
    expect(takeEarlyCockpit(cockpitKey(other.filters, other.batches), 5000)).toBeNull();
    const key = cockpitKey(view.filters, view.batches);
    expect(Object.keys(takeEarlyCockpit(key, 5000) ?? {})).toHaveLength(8);
    expect(takeEarlyCockpit(key, 5000)).toBeNull(); // claimed once
  });

  it("asks staff's for their own leads", async () => {
    fetchCockpitEarly('/cockpit/', '', user('staff'));
    await settled();
    expect(calls).toHaveLength(8);
    expect(calls.find((c) => c.url.startsWith('/api/v1/leads/counts'))?.url).toBe(
      '/api/v1/leads/counts?ownerId=me',
    );
    const view = defaultCockpitView({}, 'staff', today);
    expect(takeEarlyCockpit(cockpitKey(view.filters, view.batches), -1)).toBeNull(); // too old
  });

  it('asks nothing for the 大屏, the 通报, another page, or without a live session', () => {
    fetchCockpitEarly('/cockpit/screen', '', user('supervisor'));
    fetchCockpitEarly('/cockpit/report', '', user('supervisor'));
    fetchCockpitEarly('/leads', '', user('supervisor'));
    fetchCockpitEarly('/cockpit', '', storageWith(undefined));
    fetchCockpitEarly('/cockpit', '', storageWith({ token: 'tok', expiresAt: Date.now() - 1, user: {} }));
    expect(calls).toEqual([]);
  });
});

describe('inWindow: tasks started in order, at most so many at once', () => {
  /** A task that settles when told to. */
  function deferred() {
    let settle: (ok: boolean) => void = () => undefined;
    const promise = new Promise<string>((resolve, reject) => {
      settle = (ok) => (ok ? resolve('ok') : reject(new Error('failed')));
    });
    return { promise, settle };
  }

  it('starts the next task when one settles, failed or not, and gives each its own result', async () => {
    const tasks = [0, 1, 2, 3, 4].map(() => deferred());
    const started: number[] = [];
    const results = inWindow(
      tasks.map((t, i) => () => {
        started.push(i);
        return t.promise;
      }),
      2,
    );
    for (const r of results) r.catch(() => undefined);
    expect(started).toEqual([0, 1]);
    tasks[1].settle(false); // a failure frees its place too
    await expect(results[1]).rejects.toThrow('failed');
    expect(started).toEqual([0, 1, 2]);
    tasks[0].settle(true);
    await expect(results[0]).resolves.toBe('ok');
    expect(started).toEqual([0, 1, 2, 3]);
    tasks[2].settle(true);
    tasks[3].settle(true);
    await Promise.all([results[2], results[3]]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    tasks[4].settle(true);
    await expect(results[4]).resolves.toBe('ok');
  });

  it('starts everything at once when the window is wider than the list', async () => {
    let n = 0;
    const results = inWindow(
      [1, 2, 3].map(() => () => Promise.resolve(++n)),
      8,
    );
    expect(n).toBe(3);
    expect(await Promise.all(results)).toEqual([1, 2, 3]);
  });
});
