import { DEFAULT_WARNING_SETTINGS, deriveLeadWarning, WarningInputs } from './warning-rules';

const now = new Date('2024-06-01T04:00:00Z');
const today = '2024-06-01';
const recent = new Date('2024-05-30T00:00:00Z');
const inputs = (over: Partial<WarningInputs> = {}): WarningInputs => ({
  open: true,
  stageDeadline: '2024-09-01',
  lastActivityOrCreation: recent,
  openProblemMinDue: null,
  oldestOpenProblemAt: null,
  openOrderMinDue: null,
  ...over,
});
const derive = (over: Partial<WarningInputs> = {}, settings = DEFAULT_WARNING_SETTINGS) =>
  deriveLeadWarning(inputs(over), settings, now, today);

describe('三色预警 with reasons', () => {
  it('keeps the stage rules (red overdue, yellow within 7 days or 30 quiet days)', () => {
    expect(derive()).toEqual({ warning: 'green', warningReasons: [] });
    expect(derive({ stageDeadline: '2024-05-31' })).toEqual({
      warning: 'red',
      warningReasons: ['stage_overdue'],
    });
    expect(derive({ stageDeadline: '2024-06-08' })).toEqual({
      warning: 'yellow',
      warningReasons: ['deadline_soon'],
    });
    expect(derive({ stageDeadline: '2024-06-09' }).warning).toBe('green');
    expect(derive({ lastActivityOrCreation: new Date('2024-05-01T00:00:00Z') })).toEqual({
      warning: 'yellow',
      warningReasons: ['no_activity'],
    });
    expect(derive({ open: false, stageDeadline: '2024-01-01' })).toEqual({
      warning: null,
      warningReasons: [],
    });
  });

  it('turns red for a problem or 督办 past due, yellow for a problem open too long', () => {
    expect(derive({ openProblemMinDue: '2024-06-01' }).warning).toBe('green');
    expect(derive({ openProblemMinDue: '2024-05-31' })).toEqual({
      warning: 'red',
      warningReasons: ['problem_overdue'],
    });
    expect(derive({ openOrderMinDue: '2024-05-31' })).toEqual({
      warning: 'red',
      warningReasons: ['supervision_overdue'],
    });
    expect(derive({ oldestOpenProblemAt: new Date('2024-05-18T03:59:59Z') })).toEqual({
      warning: 'yellow',
      warningReasons: ['problem_aging'],
    });
    expect(derive({ oldestOpenProblemAt: new Date('2024-05-18T04:00:00Z') }).warning).toBe('green');
    expect(
      derive({
        stageDeadline: '2024-06-03',
        openProblemMinDue: '2024-05-01',
        oldestOpenProblemAt: new Date('2024-04-01T00:00:00Z'),
        openOrderMinDue: '2024-05-20',
      }),
    ).toEqual({
      warning: 'red',
      warningReasons: ['deadline_soon', 'problem_overdue', 'problem_aging', 'supervision_overdue'],
    });
  });

  it('follows the configured thresholds', () => {
    const settings = { deadlineSoonDays: 3, noActivityDays: 60, problemAgingDays: 5 };
    expect(derive({ stageDeadline: '2024-06-08' }, settings).warning).toBe('green');
    expect(derive({ stageDeadline: '2024-06-04' }, settings).warning).toBe('yellow');
    expect(derive({ lastActivityOrCreation: new Date('2024-05-01T00:00:00Z') }, settings).warning).toBe(
      'green',
    );
    expect(
      derive({ oldestOpenProblemAt: new Date('2024-05-26T00:00:00Z') }, settings).warningReasons,
    ).toEqual(['problem_aging']);
  });
});
