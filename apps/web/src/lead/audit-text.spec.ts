import { describeChange } from './audit-text';

describe('audit changes as sentences', () => {
  const names = (id: string) => ({ u1: '张伟', u2: '赵敏' })[id] ?? id;

  it('names fields and values in Chinese', () => {
    expect(describeChange('stage', ['lead', 'signed'], names)).toBe('阶段：洽谈 → 签约');
    expect(describeChange('signedAmountWan', [null, '123456.7800'], names)).toBe('签约金额：空 → 12.35亿元');
    expect(describeChange('ownerId', ['u1', 'u2'], names)).toBe('负责人：张伟 → 赵敏');
    expect(describeChange('isProvincialKey', [false, true], names)).toBe('省重点：否 → 是');
    expect(describeChange('approvals.projectApproval.status', ['pending', 'done'], names)).toBe(
      '立项状态：未开始 → 已完成',
    );
    expect(describeChange('investments.2024-05.paidInWan', [null, '100.0000'], names)).toBe(
      '2024年5月到位资金：空 → 100万元',
    );
    expect(describeChange('activity', [null, { kind: 'visit', summary: '走访' }], names)).toBe(
      '洽谈记录：走访 走访',
    );
    expect(describeChange('unknownField', ['a', 'b'], names)).toBe('unknownField：a → b');
  });
});
