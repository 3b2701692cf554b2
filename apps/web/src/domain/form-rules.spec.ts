import {
  amountError,
  amountInput,
  creditCodeShapeError,
  daysBetween,
  formRule,
  phoneError,
  textError,
  zoneToday,
  isAfterDate,
} from './form-rules';

describe('form rules as the API checks them', () => {
  it.each([
    ['500', null],
    ['3500.5', null],
    ['0.0001', null],
    ['100000000', null],
    ['100000000.0000', null],
    ['100000000.0001', '金额不能超过 100000000 万元（1 万亿元）'],
    ['999999999', '金额不能超过 100000000 万元（1 万亿元）'],
    ['0', '金额必须大于 0'],
    ['0.00', '金额必须大于 0'],
    ['1.23456', '请填写金额（万元），最多 4 位小数'],
    ['1e5', '请填写金额（万元），最多 4 位小数'],
    ['-5', '请填写金额（万元），最多 4 位小数'],
    ['', '请填写金额'],
  ])('amountError(%p) = %p', (text, expected) => {
    expect(amountError(text)).toBe(expected);
  });

  it('allows zero where the API does (monthly investments)', () => {
    expect(amountError('0', { allowZero: true })).toBeNull();
    expect(amountError('0.0000', { allowZero: true })).toBeNull();
  });

  it('checks phones and credit-code shapes', () => {
    expect(phoneError('13912345678')).toBeNull();
    expect(phoneError('0351-1234567')).toBeNull();
    expect(phoneError('')).toBeNull();
    expect(phoneError('12345')).toBe('请填写手机号或固定电话（含区号）');
    expect(creditCodeShapeError('91140100MA0K123456')).toBeNull();
    expect(creditCodeShapeError('91140100ma0k123456')).toBeNull();
    expect(creditCodeShapeError('9114010')).toContain('18 位');
    expect(creditCodeShapeError('91140100MA0KI23456')).toContain('不含 I');
  });

  it('checks text lengths in Chinese', () => {
    expect(textError('', '企业名称', 200, true)).toBe('请填写企业名称');
    expect(textError('x'.repeat(201), '企业名称', 200, true)).toBe('企业名称最多 200 个字');
    expect(textError('', '备注', 5000, false)).toBeNull();
  });

  it('knows the zone calendar', () => {
    expect(zoneToday(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
    expect(zoneToday(new Date('2026-12-01T15:59:00Z'))).toBe('2026-12-01');
    // The fixed UTC+8 arithmetic agrees with the time-zone database every seven hours across twelve years.
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2031, 0, 1); t += 3600_000 * 7) {
      expect(zoneToday(new Date(t))).toBe(intl.format(new Date(t)));
    }
    // The date picker's cells are local midnights (TZ=UTC here): the last allowed day is the zone's today.
    expect(isAfterDate(new Date(2026, 11, 2), '2026-12-02')).toBe(false);
    expect(isAfterDate(new Date(2026, 11, 3), '2026-12-02')).toBe(true);
    expect(isAfterDate(new Date(2027, 0, 1), '2026-12-31')).toBe(true);
    expect(isAfterDate(new Date(2026, 8, 30), '2026-10-01')).toBe(false);
    expect(isAfterDate(new Date(2099, 0, 1), undefined)).toBe(false);
    expect(daysBetween('2026-12-01', '2026-12-08')).toBe(7);
    expect(daysBetween('2026-12-08', '2026-12-01')).toBe(-7);
  });
});

describe('amount inputs', () => {
  it('shows API amounts without trailing zeros, exactly', () => {
    expect(amountInput('1200.5000')).toBe('1200.5');
    expect(amountInput('1000.0000')).toBe('1000');
    expect(amountInput('10')).toBe('10');
    expect(amountInput('0.0001')).toBe('0.0001');
    expect(amountInput(null)).toBe('');
  });
});

describe('formRule (el-form)', () => {
  const run = (rule: ReturnType<typeof formRule>, value: string | null | undefined) => {
    const errors: (Error | undefined)[] = [];
    rule.validator(null, value, (e) => errors.push(e));
    return errors;
  };

  it('hands the message of the check to the form as an error, once', () => {
    const rule = formRule((v) => textError(v, '洽谈内容', 5000, true));
    expect(run(rule, '  ').map((e) => e?.message)).toEqual(['请填写洽谈内容']);
    expect(rule.trigger).toBe('blur');
  });

  it('passes a good value, and checks an empty field as ""', () => {
    const seen: string[] = [];
    const rule = formRule((v) => (seen.push(v), null), 'change');
    expect(run(rule, '2030-12-31')).toEqual([undefined]);
    expect(run(rule, null)).toEqual([undefined]);
    expect(seen).toEqual(['2030-12-31', '']);
    expect(rule.trigger).toBe('change');
  });
});
