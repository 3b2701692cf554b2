import { cockpitUrls, defaultCockpitView, viewerCockpitFilters } from './cockpit-urls';

const TODAY = '2026-12-02';
const leader = '0b6f4f8e-7a51-4c3e-9d7e-2d6a0f1b2c3d';

describe("the cockpit's requests as URLs", () => {
  it('asks each figure of a past year for the filters, 三个一批 for its December', () => {
    const { filters, batches } = defaultCockpitView(
      { year: '2024', track: 'new_energy' },
      'supervisor',
      TODAY,
    );
    expect(filters).toEqual({ year: 2024, track: 'new_energy' });
    expect(batches).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(cockpitUrls(filters, batches)).toEqual({
      progress: '/api/v1/targets/2024/progress',
      funnel: '/api/v1/reports/funnel?from=2024-01-01&to=2024-12-31&track=new_energy',
      signings: '/api/v1/reports/signings?year=2024&track=new_energy',
      lastYear: '/api/v1/reports/signings?year=2023&track=new_energy',
      counts: '/api/v1/leads/counts?track=new_energy',
      overdue: '/api/v1/reports/overdue?track=new_energy&limit=1',
      kpis: '/api/v1/reports/kpis?year=2024&track=new_energy',
      batches: '/api/v1/reports/batches?from=2024-12-01&to=2024-12-31&track=new_energy&summary=true',
    });
  });

  it('keeps the order the page sends them in: the top of the page first', () => {
    const { filters, batches } = defaultCockpitView({}, 'admin', TODAY);
    expect(Object.keys(cockpitUrls(filters, batches))).toEqual([
      'progress',
      'funnel',
      'signings',
      'lastYear',
      'counts',
      'overdue',
      'kpis',
      'batches',
    ]);
  });

  it("gives staff their own leads only, this year's month to today, the 包联领导 to the warning scope only", () => {
    const { filters, batches } = defaultCockpitView({ leaderId: leader, from: '2026-03-01' }, 'staff', TODAY);
    expect(filters).toEqual({ year: 2026, from: '2026-03-01', leaderId: leader, ownerId: 'me' });
    expect(batches).toEqual({ from: '2026-12-01', to: TODAY });
    const urls = cockpitUrls(filters, batches);
    expect(urls.funnel).toBe('/api/v1/reports/funnel?from=2026-03-01&to=2026-12-31&ownerId=me');
    expect(urls.counts).toBe(`/api/v1/leads/counts?ownerId=me&leaderId=${leader}`);
    expect(urls.overdue).toBe(`/api/v1/reports/overdue?ownerId=me&leaderId=${leader}&limit=1`);
    expect(urls.batches).toBe(
      '/api/v1/reports/batches?from=2026-12-01&to=2026-12-02&ownerId=me&summary=true',
    );
    // No session role (signed out, or an old stored session): treated as staff, as the page does.
    expect(viewerCockpitFilters({}, TODAY, null)).toEqual({ year: 2026, ownerId: 'me' });
    // A supervisor's own choice of owner stays.
    expect(viewerCockpitFilters({ ownerId: 'me' }, TODAY, 'supervisor')).toEqual({
      year: 2026,
      ownerId: 'me',
    });
  });
});
