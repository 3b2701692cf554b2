import { assemblePlanReport, percentText, PlanGroupRow, planStatement, yiText } from './plan-report';
import { checkPlan } from './plan-rules';

const group = (over: Partial<PlanGroupRow>): PlanGroupRow => ({
  category: 'industrial',
  buildType: 'new',
  projects: 0,
  plannedWan: '0',
  plannedToStart: 0,
  started: 0,
  completedWan: '0',
  ...over,
});

describe('plan report figures', () => {
  const groups = [
    group({ projects: 3, plannedWan: '100.5', plannedToStart: 2, started: 1, completedWan: '10.25' }),
    group({ buildType: 'continued', projects: 2, plannedWan: '99.5', completedWan: '40' }),
    group({ category: 'infrastructure', projects: 1, plannedWan: '0.0001', plannedToStart: 1, started: 1 }),
  ];
  const report = assemblePlanReport(
    true,
    {
      year: 2024,
      groups,
      months: [
        { kind: 'plannedToStart', month: 3, value: '2' },
        { kind: 'plannedToStart', month: 11, value: '1' },
        { kind: 'started', month: 5, value: '2' },
        { kind: 'completed', month: 1, value: '10.25' },
        { kind: 'completed', month: 12, value: '40' },
      ],
    },
    { year: 2023, groups: [], months: [] },
  );

  it('adds the groups up exactly and divides by the year’s denominators', () => {
    expect(report.projects).toBe(6);
    expect(report.plannedInvestmentWan).toBe('200.0001');
    expect(report.newBuildInvestmentWan).toBe('100.5001');
    expect(report.newBuildShare).toBe('0.5025');
    expect(report.startRate).toEqual({ numerator: '2', denominator: '3', ratio: '0.6667' });
    expect(report.investmentCompletionRate).toEqual({
      numerator: '50.2500',
      denominator: '200.0001',
      ratio: '0.2512',
    });
    expect(report.byCategory.map((c) => [c.category, c.projects, c.plannedInvestmentWan])).toEqual([
      ['industrial', 5, '200.0000'],
      ['infrastructure', 1, '0.0001'],
    ]);
    expect(report.byBuildType.map((c) => [c.buildType, c.projects, c.startRate.ratio])).toEqual([
      ['new', 4, '0.6667'],
      ['continued', 2, null],
    ]);
  });

  it('runs the months from January, December equal to the year', () => {
    expect(report.byMonth).toHaveLength(12);
    expect(report.byMonth[0]).toEqual({
      month: '2024-01',
      plannedToStart: 0,
      started: 0,
      completedWan: '10.2500',
      startRatio: '0.0000',
      completionRatio: '0.0512',
    });
    expect(report.byMonth[4]).toMatchObject({ month: '2024-05', plannedToStart: 2, started: 2 });
    expect(report.byMonth[11]).toMatchObject({
      plannedToStart: 3,
      started: 2,
      completedWan: '50.2500',
      startRatio: report.startRate.ratio,
      completionRatio: report.investmentCompletionRate.ratio,
    });
  });

  it('gives an empty last year zeros and nulls, never a division by zero', () => {
    expect(report.lastYear).toMatchObject({
      year: 2023,
      projects: 0,
      plannedInvestmentWan: '0.0000',
      newBuildShare: null,
      startRate: { numerator: '0', denominator: '0', ratio: null },
    });
    expect(report.lastYear.byMonth[11].completionRatio).toBeNull();
  });
});

describe('the statement as the zone writes it', () => {
  it('writes percentages with one decimal at most and 亿元 with one decimal', () => {
    expect(percentText('0.8990')).toBe('89.9%');
    expect(percentText('0.4100')).toBe('41%');
    expect(percentText('0.33195')).toBe('33.2%');
    expect(percentText(null)).toBe('—');
    expect(yiText('2322000.0000')).toBe('232.2亿元');
    expect(yiText('3000000.0000')).toBe('300亿元');
  });

  it('names the key projects or all projects', () => {
    const [f] = [
      assemblePlanReport(
        null,
        {
          year: 2024,
          groups: [group({ projects: 2, plannedWan: '15000', plannedToStart: 2, started: 1 })],
          months: [],
        },
        { year: 2023, groups: [], months: [] },
      ),
    ];
    expect(planStatement(f, true)).toBe(
      '2个省级重点工程项目，开工率50%，投资完成率0%，年度计划投资1.5亿元，其中新建占100%',
    );
    expect(f.statement).toBe('2个年度计划项目，开工率50%，投资完成率0%，年度计划投资1.5亿元，其中新建占100%');
  });
});

describe('plan checks', () => {
  const base = { buildType: 'new' as const, category: 'industrial' as const, provincialKey: true };
  it('names every bad field at once', () => {
    expect(
      checkPlan({
        ...base,
        plannedInvestmentWan: '0',
        plannedStartMonth: '2024-13',
        plannedProductionMonth: 'x',
      }),
    ).toEqual({
      errors: [
        { field: 'plannedInvestmentWan', message: expect.any(String) },
        { field: 'plannedStartMonth', message: expect.any(String) },
        { field: 'plannedProductionMonth', message: expect.any(String) },
      ],
    });
  });
  it('refuses production before the start and canonicalises the amount', () => {
    expect(
      checkPlan({
        ...base,
        plannedInvestmentWan: 12.5,
        plannedStartMonth: '2024-05',
        plannedProductionMonth: '2024-04',
      }),
    ).toEqual({ errors: [{ field: 'plannedProductionMonth', message: expect.any(String) }] });
    expect(checkPlan({ ...base, plannedInvestmentWan: 12.5, plannedStartMonth: '2024-05' })).toEqual({
      values: {
        ...base,
        plannedInvestmentWan: '12.5000',
        plannedStartMonth: '2024-05',
        plannedProductionMonth: null,
      },
    });
  });
});
