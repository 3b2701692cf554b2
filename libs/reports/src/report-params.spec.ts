import { ValidationFailedError } from '@luodi/core';
import { checkReportParams } from './report-params';

function fieldsOf(fn: () => void): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationFailedError) return e.errors.map((x) => x.field);
    throw e;
  }
  return [];
}

describe('report parameters', () => {
  it('accepts good periods, years and filters', () => {
    expect(fieldsOf(() => checkReportParams({ from: '2024-02-29', to: '2024-02-29', year: 2024 }))).toEqual(
      [],
    );
    expect(fieldsOf(() => checkReportParams({ scope: { track: 'new_energy', park: 'xiaohe' } }))).toEqual([]);
  });

  it('names every bad field at once', () => {
    expect(
      fieldsOf(() =>
        checkReportParams({
          from: '2023-02-29',
          to: '2024-13-01',
          year: 1999,
          scope: { track: 'steel', park: 'nowhere', ownerId: 'me' },
        }),
      ),
    ).toEqual(['from', 'to', 'year', 'track', 'park', 'ownerId']);
  });

  it('refuses a reversed period and a missing end when the period is required', () => {
    expect(fieldsOf(() => checkReportParams({ from: '2024-05-01', to: '2024-04-30' }))).toEqual(['to']);
    expect(fieldsOf(() => checkReportParams({ from: '2024-05-01', periodRequired: true }))).toEqual(['to']);
  });
});
