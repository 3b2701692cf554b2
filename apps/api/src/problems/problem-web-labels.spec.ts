import {
  PROBLEM_CATEGORY_NAMES,
  PROBLEM_STATUS_NAMES,
  SUPERVISION_STATUS_NAMES,
  WARNING_REASON_NAMES,
} from '@luodi/problems';
import * as web from '../../../web/src/problems/problem-labels';

/** The web app cannot import the libs; its names of problem and 督办 codes must still be the API's. */
describe('the web app names problem and 督办 codes as the API does', () => {
  it('categories and statuses', () => {
    expect(web.PROBLEM_CATEGORY_NAMES).toEqual(PROBLEM_CATEGORY_NAMES);
    expect(web.PROBLEM_STATUS_NAMES).toEqual(PROBLEM_STATUS_NAMES);
    expect(web.SUPERVISION_STATUS_NAMES).toEqual(SUPERVISION_STATUS_NAMES);
    expect(web.WARNING_REASON_NAMES).toEqual(WARNING_REASON_NAMES);
  });

  it('offers each order action to the right person', () => {
    const order = {
      status: 'issued',
      issuedBy: 'boss',
      assignees: [
        { userId: 'a', acknowledgedAt: null },
        { userId: 'b', acknowledgedAt: '2024-06-01T00:00:00.000Z' },
      ],
    } as unknown as web.Supervision;
    expect(web.orderActions(order, 'a', false)).toEqual({ acknowledge: true, report: false, review: false });
    expect(web.orderActions(order, 'b', false)).toEqual({ acknowledge: false, report: true, review: false });
    const reported = { ...order, status: 'reported' } as web.Supervision;
    expect(web.orderActions(reported, 'boss', false)).toEqual({
      acknowledge: false,
      report: false,
      review: true,
    });
    expect(web.orderActions(reported, 'root', true).review).toBe(true);
    expect(web.orderActions(reported, 'b', false).report).toBe(false);
  });
});
