import {
  activeFilterCount,
  apiQueryFromFilters,
  filtersFromQuery,
  queryFromFilters,
  sameFilters,
} from './lead-query';

const uuid = '0b6f4f8e-7a51-4c3e-9d7e-2d6a0f1b2c3d';

describe('lead list filters and the URL', () => {
  it('reads every filter of the contract from the query', () => {
    expect(
      filtersFromQuery({
        stage: 'signed',
        track: 'new_energy',
        park: 'xiaohe',
        pool: 'landing',
        ownerId: 'me',
        leaderId: uuid,
        warning: 'red',
        overdue: 'true',
        isProvincialKey: 'false',
        deadlineWithinDays: '7',
        followUpDue: 'true',
        q: '  晶科 ',
        sort: 'stageDeadline',
      }),
    ).toEqual({
      stage: 'signed',
      track: 'new_energy',
      park: 'xiaohe',
      pool: 'landing',
      ownerId: 'me',
      leaderId: uuid,
      warning: 'red',
      overdue: 'true',
      isProvincialKey: 'false',
      deadlineWithinDays: '7',
      followUpDue: 'true',
      q: '晶科',
      sort: 'stageDeadline',
    });
  });

  it('drops what the API would refuse', () => {
    expect(
      filtersFromQuery({
        stage: 'nowhere',
        ownerId: 'bob',
        overdue: 'false',
        deadlineWithinDays: '9999',
        q: '   ',
        sort: 'name',
        unrelated: 'x',
      }),
    ).toEqual({});
    expect(filtersFromQuery({ stage: ['landed', 'signed'], track: null })).toEqual({ stage: 'landed' });
  });

  it('writes only what is set, without the default sort', () => {
    expect(queryFromFilters({ sort: '-createdAt', q: '', stage: 'lead' })).toEqual({ stage: 'lead' });
    expect(queryFromFilters({ sort: '-plannedInvestmentWan', warning: 'yellow' })).toEqual({
      warning: 'yellow',
      sort: '-plannedInvestmentWan',
    });
  });

  it('round-trips through the URL', () => {
    const filters = { track: 'semiconductors', ownerId: 'me', q: '烁科', sort: 'createdAt' };
    expect(filtersFromQuery(queryFromFilters(filters))).toEqual(filters);
    expect(sameFilters(filters, { ...filters, sort: 'createdAt' })).toBe(true);
    expect(sameFilters(filters, { ...filters, q: '太重' })).toBe(false);
  });

  it('builds the API query with paging and counts the narrowing filters', () => {
    expect(apiQueryFromFilters({ stage: 'lead', q: '比亚迪' }, { limit: 50, cursor: 'abc' })).toEqual({
      stage: 'lead',
      q: '比亚迪',
      limit: 50,
      cursor: 'abc',
    });
    expect(apiQueryFromFilters({}, { limit: 20, cursor: null })).toEqual({ limit: 20 });
    expect(activeFilterCount({ stage: 'lead', q: 'x', sort: 'createdAt', overdue: 'true' })).toBe(2);
  });
});
