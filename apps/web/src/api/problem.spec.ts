import { ApiProblem, isProblem, messageOf, splitFieldErrors, toProblem } from './problem';

describe('problem documents', () => {
  it('keeps the API detail, code and field errors', () => {
    const p = toProblem(400, {
      type: 'about:blank',
      title: '请求无效',
      status: 400,
      detail: '请求中有不符合要求的字段。',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'creditCode', message: '统一社会信用代码校验位不正确' }, { bogus: 1 }],
    });
    expect(p.status).toBe(400);
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(p.detail).toBe('请求中有不符合要求的字段。');
    expect(p.errors).toEqual([{ field: 'creditCode', message: '统一社会信用代码校验位不正确' }]);
    expect(isProblem(p, 'VALIDATION_FAILED')).toBe(true);
    expect(isProblem(p, 'VERSION_CONFLICT')).toBe(false);
  });

  it('falls back to a Chinese sentence when the body is not a problem', () => {
    expect(toProblem(503, '<html>bad gateway</html>').detail).toBe('服务暂时不可用，请稍后再试。');
    expect(toProblem(0, undefined).code).toBe('NETWORK');
    expect(toProblem(0, undefined).detail).toContain('无法连接服务器');
    expect(toProblem(418, null).detail).toBe('请求失败（418）。');
    expect(messageOf(new Error('x'))).toBe('出现了意外错误，请刷新页面后重试。');
  });

  it('reads typed extension members', () => {
    const p = new ApiProblem(409, { code: 'DUPLICATE_LEAD', existingLeadId: 'abc', currentVersion: 3 });
    expect(p.extension('existingLeadId', 'string')).toBe('abc');
    expect(p.extension('currentVersion', 'number')).toBe(3);
    expect(p.extension('currentVersion', 'string')).toBeNull();
    expect(p.extension('missing', 'string')).toBeNull();
  });

  it('puts each field error next to its form field and lists the rest', () => {
    const p = new ApiProblem(422, {
      code: 'STAGE_GATE_UNMET',
      errors: [
        { field: 'approvals.project_approval', message: '立项未完成' },
        { field: 'approvals.eia', message: '环评未完成' },
        { field: 'signedAmountWan', message: '签约需要签约金额' },
        { field: 'signedAmountWan', message: '必须大于 0' },
        { field: 'byTrack.equipment', message: '金额格式不正确' },
      ],
    });
    const { byField, others } = splitFieldErrors(p, ['signedAmountWan', 'byTrack'], {
      'approvals.eia': 'eia',
    });
    expect(byField).toEqual({
      signedAmountWan: '签约需要签约金额；必须大于 0',
      byTrack: '金额格式不正确',
    });
    expect(others.map((o) => o.field)).toEqual(['approvals.project_approval', 'approvals.eia']);
  });
});
