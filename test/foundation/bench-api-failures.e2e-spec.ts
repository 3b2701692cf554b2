import {
  createLeadRoute,
  getRoute,
  perLeadRoute,
  readLeadRoute,
  sortFailures,
} from '../../scripts/bench/api-load';
import { SizeResults, totals } from '../../scripts/bench/api-report';
import type { RunResult } from '../../scripts/bench/api-load';

/**
 * bench:api's smoke run (in .ci/run) fails on errors only: timeouts and 503s, what a starved machine causes, are
 * counted apart; a 2xx with a body the route does not answer is an error.
 */
describe('bench:api: errors apart from overload', () => {
  it('counts 503 answers and timeouts as overload, other non-2xx answers and failed connections as errors', () => {
    // 7 non-2xx answers (4 of them 503, 2 a 409, 1 a 500); 5 autocannon errors, 3 of them timeouts.
    const statusCodeStats = {
      '201': { count: 90 },
      '409': { count: 2 },
      '500': { count: 1 },
      '503': { count: 4 },
    };
    expect(sortFailures({ non2xx: 7, errors: 5, timeouts: 3, statusCodeStats }, 0)).toEqual({
      errors: 2 + 1 + 2,
      timeouts: 3,
      unavailable: 4,
    });
    expect(
      sortFailures({ non2xx: 0, errors: 0, timeouts: 0, statusCodeStats: { '200': { count: 5 } } }, 2),
    ).toEqual({ errors: 2, timeouts: 0, unavailable: 0 });
    expect(
      sortFailures({ non2xx: 4, errors: 6, timeouts: 6, statusCodeStats: { '503': { count: 4 } } }, 0),
    ).toEqual({ errors: 0, timeouts: 6, unavailable: 4 });
  });

  it('knows each route’s answer: a lead with its id, a JSON read, a written object', () => {
    const create = createLeadRoute('t');
    expect(create.answers({ id: 'a1', version: 1 })).toBe(true);
    for (const wrong of [undefined, null, {}, { id: 7 }, [{ id: 'a1' }], 'ok'])
      expect(create.answers(wrong)).toBe(false);
    expect(readLeadRoute(['a1']).answers({ id: 'a1' })).toBe(true);
    expect(readLeadRoute(['a1']).answers(undefined)).toBe(false);
    const read = getRoute('GET /reports/funnel', '/reports/funnel');
    expect(read.answers([])).toBe(true);
    expect(read.answers({ stages: [] })).toBe(true);
    expect(read.answers(undefined)).toBe(false);
    expect(read.answers(null)).toBe(false);
    const patch = perLeadRoute(
      'PATCH /leads/:id',
      'PATCH',
      '',
      [],
      () => ({}),
      async () => undefined,
    );
    expect(patch.answers({ id: 'a1', version: 2 })).toBe(true);
    expect(patch.answers([])).toBe(false);
  });

  it('adds up errors and overload over every run, and Luodi’s 2xx answers', () => {
    const run = (reqPerSec: number, errors: number, timeouts: number, unavailable: number): RunResult => ({
      reqPerSec,
      p50: 1,
      p99: 2,
      errors,
      timeouts,
      unavailable,
      requests: 0,
    });
    const size: SizeResults = {
      leads: 10_000,
      runs: new Map([
        ['POST /leads\u0000bare', [run(500, 0, 1, 0)]],
        ['POST /leads\u0000luodi', [run(100, 0, 2, 3)]],
        ['GET /reports/funnel\u0000luodi', [run(0, 1, 0, 0)]],
      ]),
      rss: new Map(),
    };
    expect(totals([size], { seconds: 2 })).toEqual({ errors: 1, overload: 6, answered: 200 });
    expect(totals([], { seconds: 2 })).toEqual({ errors: 0, overload: 0, answered: 0 });
  });
});
