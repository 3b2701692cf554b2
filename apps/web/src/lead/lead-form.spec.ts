import { createBody, emptyLeadForm, mergeAfterConflict, patchBody } from './lead-form';

describe('lead form bodies', () => {
  const base = {
    ...emptyLeadForm(),
    companyName: '晶科能源',
    projectName: '组件项目',
    track: 'new_energy',
    plannedInvestmentWan: '500000',
  };

  it('creates with only what was filled, supervisor fields only for supervisors', () => {
    const body = createBody(
      { ...base, creditCode: ' 91140100MA0K123456 ', planning: true, ownerId: 'u1' },
      false,
    );
    expect(body).toEqual({
      companyName: '晶科能源',
      projectName: '组件项目',
      track: 'new_energy',
      plannedInvestmentWan: '500000',
      isProvincialKey: false,
      creditCode: '91140100MA0K123456',
      pool: 'planning',
      projectType: 'new',
    });
    expect(createBody({ ...base, ownerId: 'u1', leaderId: 'u2' }, true)).toEqual(
      expect.objectContaining({ ownerId: 'u1', leaderId: 'u2' }),
    );
  });

  it('patches only the changes, clearing emptied optional fields', () => {
    const before = { ...base, notes: '旧备注', park: 'xiaohe' };
    expect(
      patchBody(before, { ...before, notes: '', projectName: '组件二期', planning: true }, 'lead'),
    ).toEqual({
      notes: null,
      projectName: '组件二期',
      pool: 'planning',
    });
    expect(patchBody(before, { ...before, planning: true }, 'signed')).toEqual({});
  });

  it('keeps what the user typed and takes the rest from the latest version after a conflict', () => {
    const typed = { ...base, notes: '我的新备注' };
    const latest = { ...base, projectName: '他人改的名称', notes: '' };
    expect(mergeAfterConflict(base, typed, latest)).toEqual({
      ...base,
      projectName: '他人改的名称',
      notes: '我的新备注',
    });
  });

  it('sends the project type, and the chain role only with a chain link', () => {
    const withLink = { ...base, projectType: 'expansion', chainLinkId: 'link-1', chainRole: 'fill' };
    expect(createBody(withLink, false)).toEqual(
      expect.objectContaining({ projectType: 'expansion', chainLinkId: 'link-1', chainRole: 'fill' }),
    );
    const roleOnly = createBody({ ...base, chainRole: 'fill' }, false);
    expect(roleOnly).not.toHaveProperty('chainRole');
    expect(roleOnly).not.toHaveProperty('chainLinkId');
    expect(patchBody(withLink, { ...withLink, chainLinkId: null }, 'signed')).toEqual({
      chainLinkId: null,
      chainRole: null,
    });
    expect(
      patchBody(base, { ...base, projectType: 'upgrade', chainLinkId: 'l2', chainRole: 'extend' }, 'lead'),
    ).toEqual({
      projectType: 'upgrade',
      chainLinkId: 'l2',
      chainRole: 'extend',
    });
    expect(patchBody(withLink, { ...withLink }, 'lead')).toEqual({});
  });
});
