import { wholeMonths } from './whole-months';

describe('wholeMonths', () => {
  it('keeps months the period covers entirely', () => {
    expect(wholeMonths('2024-01-01', '2024-12-31')).toEqual({ start: '2024-01-01', end: '2025-01-01' });
    expect(wholeMonths('2024-01-02', '2024-12-30')).toEqual({ start: '2024-02-01', end: '2024-12-01' });
    expect(wholeMonths('2024-02-01', '2024-02-29')).toEqual({ start: '2024-02-01', end: '2024-03-01' });
    expect(wholeMonths('2023-12-15', '2024-01-31')).toEqual({ start: '2024-01-01', end: '2024-02-01' });
  });

  it('leaves open ends open', () => {
    expect(wholeMonths(undefined, undefined)).toEqual({ start: undefined, end: undefined });
    expect(wholeMonths('2024-03-05', undefined)).toEqual({ start: '2024-04-01', end: undefined });
    expect(wholeMonths(undefined, '2024-03-05')).toEqual({ start: undefined, end: '2024-03-01' });
  });

  it('is null when no month is whole', () => {
    expect(wholeMonths('2024-03-02', '2024-03-31')).toBeNull();
    expect(wholeMonths('2024-03-01', '2024-03-30')).toBeNull();
    expect(wholeMonths('2024-12-31', '2024-12-31')).toBeNull();
    expect(wholeMonths('2024-01-15', '2024-02-14')).toBeNull();
  });
});
