import { fetchLeadListEarly, takeEarlyLeadList } from './early-fetch';

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
