import fc from 'fast-check';
import { DomainError, runWithLanguage } from '@luodi/core';
import { OPEN_STAGES, STAGE_CODES, StageCode } from '@luodi/catalog';
import {
  countsAsSigned,
  datesClearedBy,
  derivePool,
  isOverdue,
  planTransition,
  TransitionState,
} from './stage-rules';

const state = (over: Partial<TransitionState> = {}): TransitionState => ({
  stage: 'lead',
  stageEnteredAt: '2024-03-01',
  lostFromStage: null,
  signedAmountWan: null,
  approvals: { project_approval: 'pending', eia: 'pending', land: 'pending' },
  ...over,
});
const staff = { isSupervisor: false, today: '2024-06-01' };
const boss = { isSupervisor: true, today: '2024-06-01' };

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'OK';
}

describe('stage rules', () => {
  it('moves forward one stage at a time; a skip is STAGE_SKIP', () => {
    expect(planTransition(state(), { to: 'signed', signedAmountWan: '1.0000' }, staff)).toEqual({
      kind: 'forward',
      date: '2024-06-01',
    });
    expect(codeOf(() => planTransition(state(), { to: 'landed' }, staff))).toBe('STAGE_SKIP');
    expect(codeOf(() => planTransition(state({ stage: 'signed' }), { to: 'production' }, boss))).toBe(
      'STAGE_SKIP',
    );
  });

  it('property: from any open stage, any target more than one step ahead is a skip', () => {
    fc.assert(
      fc.property(fc.nat(4), fc.nat(4), (a, b) => {
        fc.pre(b > a + 1);
        return (
          codeOf(() => planTransition(state({ stage: OPEN_STAGES[a] }), { to: OPEN_STAGES[b] }, boss)) ===
          'STAGE_SKIP'
        );
      }),
    );
  });

  it('signing needs a signed amount; landing needs 立项, 环评 and 土地 done, listing each missing one', () => {
    const e = (() => {
      try {
        planTransition(state(), { to: 'signed' }, staff);
      } catch (err) {
        return err as DomainError;
      }
    })();
    expect(e?.code).toBe('STAGE_GATE_UNMET');
    expect(e?.errors).toEqual([{ field: 'signedAmountWan', message: expect.any(String) }]);
    expect(planTransition(state({ signedAmountWan: '5.0000' }), { to: 'signed' }, staff).kind).toBe(
      'forward',
    );

    let gate: DomainError | undefined;
    try {
      planTransition(
        state({
          stage: 'signed',
          approvals: { project_approval: 'done', eia: 'in_progress', land: 'pending' },
        }),
        { to: 'landed' },
        staff,
      );
    } catch (err) {
      gate = err as DomainError;
    }
    expect(gate?.code).toBe('STAGE_GATE_UNMET');
    expect(gate?.errors).toEqual([
      { field: 'approvals.eia', message: '环评未完成' },
      { field: 'approvals.land', message: '土地未完成' },
    ]);
    expect(gate?.message).toBe('进入落地阶段的条件未满足：环评未完成；土地未完成。');
    const english = runWithLanguage('en', () => {
      try {
        planTransition(state({ stage: 'signed' }), { to: 'landed' }, staff);
      } catch (err) {
        return err as DomainError;
      }
    });
    expect(english?.errors[0]).toEqual({
      field: 'approvals.project_approval',
      message: 'is not done (立项)',
    });
    expect(english?.message).toMatch(
      /^The lead does not meet the requirements of landed: approvals.project_approval is not done \(立项\); /,
    );
    expect(
      planTransition(
        state({ stage: 'signed', approvals: { project_approval: 'done', eia: 'done', land: 'done' } }),
        { to: 'landed' },
        staff,
      ).kind,
    ).toBe('forward');
  });

  it('construction and production need only the date', () => {
    expect(
      planTransition(state({ stage: 'landed' }), { to: 'construction', date: '2024-05-01' }, staff),
    ).toEqual({ kind: 'forward', date: '2024-05-01' });
    expect(planTransition(state({ stage: 'construction' }), { to: 'production' }, staff).kind).toBe(
      'forward',
    );
  });

  it('dates: not in the future (400), not before the current stage was entered (422)', () => {
    expect(
      codeOf(() => planTransition(state(), { to: 'lost', reason: 'x', date: '2024-06-02' }, staff)),
    ).toBe('VALIDATION_FAILED');
    expect(
      codeOf(() => planTransition(state(), { to: 'lost', reason: 'x', date: '2024-02-29' }, staff)),
    ).toBe('INVALID_TRANSITION');
    expect(planTransition(state(), { to: 'lost', reason: 'x', date: '2024-03-01' }, staff).date).toBe(
      '2024-03-01',
    );
  });

  it('lost from any open stage needs a reason; backwards and reopening are for supervisors, with a reason', () => {
    for (const s of OPEN_STAGES) {
      expect(codeOf(() => planTransition(state({ stage: s }), { to: 'lost' }, staff))).toBe(
        'VALIDATION_FAILED',
      );
      expect(planTransition(state({ stage: s }), { to: 'lost', reason: '企业搬迁' }, staff).kind).toBe(
        'lost',
      );
    }
    expect(codeOf(() => planTransition(state({ stage: 'signed' }), { to: 'lead', reason: 'x' }, staff))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => planTransition(state({ stage: 'signed' }), { to: 'lead' }, boss))).toBe(
      'VALIDATION_FAILED',
    );
    expect(planTransition(state({ stage: 'landed' }), { to: 'lead', reason: '合同撤销' }, boss).kind).toBe(
      'backward',
    );
    const lost = state({ stage: 'lost', lostFromStage: 'signed' });
    expect(codeOf(() => planTransition(lost, { to: 'signed', reason: 'x' }, staff))).toBe('FORBIDDEN');
    expect(planTransition(lost, { to: 'signed', reason: '恢复' }, boss).kind).toBe('reopen');
    expect(codeOf(() => planTransition(lost, { to: 'landed', reason: 'x' }, boss))).toBe('STAGE_SKIP');
    expect(codeOf(() => planTransition(state(), { to: 'lead' }, boss))).toBe('INVALID_TRANSITION');
  });

  it('property: every (from, to) pair gives a known outcome, never an unexpected error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STAGE_CODES),
        fc.constantFrom(...STAGE_CODES),
        fc.boolean(),
        (from: StageCode, to: StageCode, sup) => {
          const code = codeOf(() =>
            planTransition(
              state({
                stage: from,
                lostFromStage: from === 'lost' ? 'construction' : null,
                signedAmountWan: '1.0000',
              }),
              { to, reason: 'r' },
              { ...staff, isSupervisor: sup },
            ),
          );
          return ['OK', 'STAGE_SKIP', 'STAGE_GATE_UNMET', 'INVALID_TRANSITION', 'FORBIDDEN'].includes(code);
        },
      ),
    );
  });

  it('backwards moves clear the dates of later stages', () => {
    expect(datesClearedBy('lead')).toEqual([
      'signedAt',
      'landedAt',
      'constructionStartedAt',
      'productionStartedAt',
    ]);
    expect(datesClearedBy('landed')).toEqual(['constructionStartedAt', 'productionStartedAt']);
    expect(datesClearedBy('lost')).toEqual([]);
  });

  it('signed-or-later counts toward the target', () => {
    expect(STAGE_CODES.filter(countsAsSigned)).toEqual(['signed', 'landed', 'construction', 'production']);
  });

  it('derives the pool (三库)', () => {
    expect(derivePool('lead', true, null)).toBe('planning');
    expect(derivePool('lead', false, null)).toBe('attraction');
    expect(derivePool('signed', false, null)).toBe('landing');
    expect(derivePool('landed', false, null)).toBe('landing');
    expect(derivePool('construction', false, null)).toBe('construction');
    expect(derivePool('production', false, null)).toBe('construction');
    expect(derivePool('lost', false, 'landed')).toBe('landing');
  });

  it('derives overdue (the warning: @luodi/problems warning-rules.spec.ts)', () => {
    expect(isOverdue('lead', '2024-05-31', '2024-06-01')).toBe(true);
    expect(isOverdue('lead', '2024-06-01', '2024-06-01')).toBe(false);
    expect(isOverdue('production', '2024-01-01', '2024-06-01')).toBe(false);
  });
});
