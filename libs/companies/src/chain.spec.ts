import { isGap, linkState } from './chain';

describe('chain link state', () => {
  it.each([
    [{ companiesPresent: 1, leadsInProgress: 3, targetsNotApproached: 2 }, 'present', false],
    [{ companiesPresent: 0, leadsInProgress: 1, targetsNotApproached: 2 }, 'in_progress', false],
    [{ companiesPresent: 0, leadsInProgress: 0, targetsNotApproached: 2 }, 'targets_only', true],
    [{ companiesPresent: 0, leadsInProgress: 0, targetsNotApproached: 0 }, 'empty', true],
  ] as const)('%j → %s (gap %s)', (counts, state, gap) => {
    expect(linkState(counts)).toBe(state);
    expect(isGap(counts)).toBe(gap);
  });
});
