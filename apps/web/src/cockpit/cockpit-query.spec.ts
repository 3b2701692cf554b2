import {
  batchesPeriod,
  cockpitFiltersFromQuery,
  drillQuery,
  evenPaceByMonth,
  monthsThrough,
  period,
  queryFromCockpitFilters,
  subtractWan,
  weekSoFar,
} from './cockpit-query';
import { describeDrill, filtersFromQuery } from '../domain/lead-query';

const uuid = '0b6f4f8e-7a51-4c3e-9d7e-2d6a0f1b2c3d';
const TODAY = '2026-12-02';

describe('cockpit filters and the URL', () => {
  it('reads the year and filters, dropping bad values and reversed periods', () => {
    expect(
      cockpitFiltersFromQuery(
        {
          year: '2025',
          track: 'new_energy',
          park: 'mars',
          ownerId: 'me',
          leaderId: 'boss',
          from: '2025-02-30',
        },
        TODAY,
      ),
    ).toEqual({ year: 2025, track: 'new_energy', ownerId: 'me' });
    expect(cockpitFiltersFromQuery({ year: '1999' }, TODAY)).toEqual({ year: 2026 });
    expect(cockpitFiltersFromQuery({ from: '2026-05-01', to: '2026-04-01' }, TODAY)).toEqual({ year: 2026 });
  });

  it('writes back what it read, in a stable order', () => {
    const f = { year: 2026, park: 'xiaohe', leaderId: uuid, from: '2026-03-01' };
    expect(queryFromCockpitFilters(f)).toEqual({
      year: '2026',
      from: '2026-03-01',
      park: 'xiaohe',
      leaderId: uuid,
    });
    expect(cockpitFiltersFromQuery(queryFromCockpitFilters(f), TODAY)).toEqual(f);
    expect(period({ year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('drill-downs: the 项目库 query behind each figure', () => {
  const f = {
    year: 2026,
    track: 'equipment',
    park: 'yangqu',
    ownerId: uuid,
    leaderId: uuid,
    to: '2026-06-30',
  };

  it('a funnel stage: leads created in the period that reached it, in the report scope (no leader)', () => {
    expect(drillQuery(f, { kind: 'funnel', stage: 'signed' })).toEqual({
      reached: 'signed',
      createdFrom: '2026-01-01',
      createdTo: '2026-06-30',
      track: 'equipment',
      park: 'yangqu',
      ownerId: uuid,
    });
  });

  it('a target bar: the year’s signings, zone-wide like the progress; 未落园区 is park=none', () => {
    expect(drillQuery(f, { kind: 'signed', park: null })).toEqual({
      signedFrom: '2026-01-01',
      signedTo: '2026-12-31',
      park: 'none',
    });
    expect(drillQuery(f, { kind: 'signed', track: 'new_energy' })).toEqual({
      signedFrom: '2026-01-01',
      signedTo: '2026-12-31',
      track: 'new_energy',
    });
  });

  it('the KPIs’ signed cohort: the year’s signings in the report scope', () => {
    expect(drillQuery(f, { kind: 'signedCohort' })).toEqual({
      signedFrom: '2026-01-01',
      signedTo: '2026-12-31',
      track: 'equipment',
      park: 'yangqu',
      ownerId: uuid,
    });
  });

  it('a colour and an overdue row: the warning scope with the leader', () => {
    expect(drillQuery(f, { kind: 'warning', colour: 'red' })).toEqual({
      warning: 'red',
      track: 'equipment',
      park: 'yangqu',
      ownerId: uuid,
      leaderId: uuid,
    });
    expect(drillQuery({ year: 2026 }, { kind: 'overdue', leaderId: uuid })).toEqual({
      overdue: 'true',
      leaderId: uuid,
      sort: 'stageDeadline',
    });
  });

  it('a 三个一批 count: the batch in its period, in the report scope (no leader)', () => {
    const q = drillQuery(f, {
      kind: 'batch',
      batch: 'constructionStarted',
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(q).toEqual({
      batch: 'constructionStarted',
      batchFrom: '2026-04-01',
      batchTo: '2026-06-30',
      track: 'equipment',
      park: 'yangqu',
      ownerId: uuid,
    });
    expect(filtersFromQuery(q)).toEqual(q);
    expect(describeDrill(filtersFromQuery(q))).toBe('开工一批（2026年4月1日至2026年6月30日）');
  });

  it('a lost reason, a reason never written, and the lost count: lost leads of the funnel’s period', () => {
    const scope = {
      createdFrom: '2026-01-01',
      createdTo: '2026-06-30',
      track: 'equipment',
      park: 'yangqu',
      ownerId: uuid,
    };
    const reason = drillQuery(f, { kind: 'lost', reason: '用地指标未落实' });
    expect(reason).toEqual({ stage: 'lost', ...scope, lostReason: '用地指标未落实' });
    expect(filtersFromQuery(reason)).toEqual(reason);
    expect(describeDrill(filtersFromQuery(reason))).toBe(
      '录入于2026年1月1日至2026年6月30日 · 终止原因：用地指标未落实',
    );
    const none = drillQuery(f, { kind: 'lost', reason: null });
    expect(none).toEqual({ stage: 'lost', ...scope, lostReasonMissing: 'true' });
    expect(describeDrill(filtersFromQuery(none))).toContain('终止且未填写原因');
    expect(drillQuery(f, { kind: 'lost' })).toEqual({ stage: 'lost', ...scope });
    // What the API would refuse is dropped from a hand-edited URL.
    expect(filtersFromQuery({ batch: 'landed', lostReason: '  ', lostReasonMissing: 'yes' })).toEqual({});
  });

  it('the 项目库 keeps every drill filter from its URL and says what it is', () => {
    const q = drillQuery(f, { kind: 'funnel', stage: 'signed' });
    expect(filtersFromQuery(q)).toEqual(q);
    expect(filtersFromQuery({ park: 'none', reached: 'lost', signedFrom: '2026-13-01' })).toEqual({
      park: 'none',
    });
    expect(describeDrill(filtersFromQuery(q))).toBe('曾到达签约阶段 · 录入于2026年1月1日至2026年6月30日');
  });
});

describe('cockpit arithmetic', () => {
  it('subtracts 万元 exactly, with the sign', () => {
    expect(subtractWan('100.0001', '0.0002')).toBe('99.9999');
    expect(subtractWan('0.1', '2')).toBe('-1.9000');
    expect(subtractWan('6000000.0000', '6000000')).toBe('0.0000');
  });

  it('the even pace reaches the target on 31 December, leap years included', () => {
    const pace = evenPaceByMonth(2024, '366');
    expect([pace[0], pace[1], pace[11]]).toEqual(['31.0000', '60.0000', '366.0000']);
    // 10000 万元 × 31 ÷ 365 = 849.31506…, rounded half up at four decimals as the API's 序时进度 is.
    expect(evenPaceByMonth(2025, '10000')[0]).toBe('849.3151');
    expect(evenPaceByMonth(2025, '12345678.9100')[11]).toBe('12345678.9100');
  });

  it('months shown, the 三个一批 periods and the 通报 week', () => {
    expect([monthsThrough(2025, TODAY), monthsThrough(2026, TODAY), monthsThrough(2027, TODAY)]).toEqual([
      12, 12, 0,
    ]);
    expect(monthsThrough(2026, '2026-03-15')).toBe(3);
    expect(batchesPeriod('month', 2026, '2026-05-20')).toEqual({ from: '2026-05-01', to: '2026-05-20' });
    expect(batchesPeriod('quarter', 2026, '2026-05-20')).toEqual({ from: '2026-04-01', to: '2026-05-20' });
    expect(batchesPeriod('year', 2025, '2026-05-20')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(weekSoFar('2026-12-02')).toEqual({ from: '2026-11-30', to: '2026-12-02' });
    expect(weekSoFar('2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(weekSoFar('2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });
});
