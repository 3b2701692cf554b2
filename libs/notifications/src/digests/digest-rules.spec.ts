import fc from 'fast-check';
import { orderEvents, staffSections, stallPoint } from './digest-rules';
import { DigestEvent, StaffLead } from './digest-data';

const lead = (id: string, stageDeadline: string | null, followUpOn: string | null = null): StaffLead => ({
  id,
  companyName: `公司${id}`,
  projectName: `项目${id}`,
  stageNameZh: '洽谈',
  stageDeadline,
  followUpOn,
});

describe('the staff digest sections', () => {
  const today = '2026-11-30';
  const until = '2026-12-06';
  const since = '2026-10-31';

  it('puts a lead in one section: overdue before due soon before follow-up', () => {
    const s = staffSections(
      [
        lead('a', '2026-11-20', '2026-12-01'), // overdue, with a follow-up: overdue only
        lead('b', '2026-11-30', '2026-11-25'), // due today: due soon
        lead('c', '2026-12-06'), // the last day of the week
        lead('d', '2026-12-07', '2026-12-02'), // due next week: a follow-up this week
        lead('e', '2027-03-01', '2026-11-10'), // a follow-up missed 20 days ago
        lead('f', '2027-03-01', '2026-10-01'), // missed 60 days ago: left out
        lead('g', null, '2026-12-07'), // after the week: left out
        lead('h', '2026-11-29'),
      ],
      today,
      until,
      since,
    );
    expect(s.overdue.map((l) => [l.id, l.daysOverdue])).toEqual([
      ['a', 10],
      ['h', 1],
    ]);
    expect(s.dueSoon.map((l) => [l.id, l.daysLeft])).toEqual([
      ['b', 0],
      ['c', 6],
    ]);
    expect(s.followUps.map((l) => l.id)).toEqual(['e', 'd']);
  });

  it('never lists a lead twice, whatever its dates', () => {
    const date = fc
      .integer({ min: -60, max: 60 })
      .map((d) => new Date(Date.UTC(2026, 10, 30 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(date), fc.option(date)), { maxLength: 40 }), (dates) => {
        const leads = dates.map(([d, f], i) => lead(String(i), d, f));
        const s = staffSections(leads, today, until, since);
        const ids = [...s.overdue, ...s.dueSoon, ...s.followUps].map((l) => l.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});

describe('last week’s events', () => {
  const ev = (id: string, amountWan: string, date: string): DigestEvent => ({
    id,
    amountWan,
    date,
    companyName: '公司',
    projectName: '项目',
    ownerName: '张伟',
  });

  it('lists projects of 1亿元 and more first, largest first; then the rest by date', () => {
    const ordered = orderEvents([
      ev('small-late', '500.0000', '2026-11-28'),
      ev('big', '10000.0000', '2026-11-27'),
      ev('small-early', '9999.9999', '2026-11-23'),
      ev('bigger', '250000.5000', '2026-11-29'),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['bigger', 'big', 'small-early', 'small-late']);
  });
});

describe('where leads stall', () => {
  it('is the step with the lowest conversion, the earlier one on a tie', () => {
    const stages = [
      { stageNameZh: '洽谈', conversion: null },
      { stageNameZh: '签约', conversion: '0.4000' },
      { stageNameZh: '落地', conversion: '0.2500' },
      { stageNameZh: '开工建设', conversion: '0.2500' },
      { stageNameZh: '投产', conversion: null },
    ];
    expect(stallPoint(stages)).toEqual({ fromNameZh: '签约', toNameZh: '落地', conversion: '0.2500' });
    expect(stallPoint([{ stageNameZh: '洽谈', conversion: null }])).toBeNull();
  });
});
