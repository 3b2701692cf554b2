import { earlierStages, nextStage, stageTimeline } from './timeline';

describe('stage timeline', () => {
  it('gives each stage its dates, days spent, and the current deadline', () => {
    const steps = stageTimeline(
      { stage: 'landed', stageEnteredAt: '2024-05-01', stageDeadline: '2024-06-30', createdAt: '' },
      [
        { from: 'lead', to: 'signed', date: '2024-03-01' },
        { from: 'signed', to: 'landed', date: '2024-05-01' },
      ],
      '2024-07-05',
      '2024-01-01',
    );
    expect(steps.map((s) => [s.stage, s.status, s.enteredAt, s.leftAt, s.days])).toEqual([
      ['lead', 'done', '2024-01-01', '2024-03-01', 60],
      ['signed', 'done', '2024-03-01', '2024-05-01', 61],
      ['landed', 'current', '2024-05-01', null, 65],
      ['construction', 'pending', null, null, null],
      ['production', 'pending', null, null, null],
    ]);
    expect(steps[2]).toEqual(
      expect.objectContaining({ deadline: '2024-06-30', overdue: true, overdueDays: 5 }),
    );
  });

  it('re-enters a stage after a move back, and shows a lost lead without a current stage', () => {
    const moves = [
      { from: 'lead', to: 'signed', date: '2024-03-01' },
      { from: 'signed', to: 'lead', date: '2024-03-10' },
      { from: 'lead', to: 'signed', date: '2024-04-01' },
      { from: 'signed', to: 'lost', date: '2024-04-20' },
    ];
    const steps = stageTimeline(
      { stage: 'lost', stageEnteredAt: '2024-04-20', stageDeadline: null, createdAt: '' },
      moves,
      '2024-05-01',
      '2024-01-01',
    );
    expect(steps[1]).toEqual(
      expect.objectContaining({ status: 'done', enteredAt: '2024-04-01', leftAt: '2024-04-20', days: 19 }),
    );
    expect(steps.every((s) => s.status !== 'current')).toBe(true);
  });

  it('knows the next and earlier stages', () => {
    expect(nextStage('lead')).toBe('signed');
    expect(nextStage('production')).toBeNull();
    expect(nextStage('lost')).toBeNull();
    expect(earlierStages('landed')).toEqual(['lead', 'signed']);
    expect(earlierStages('lead')).toEqual([]);
    expect(earlierStages('lost', 'signed')).toEqual(['lead', 'signed']);
  });
});
