import fc from 'fast-check';
import { parseWan } from '@luodi/core';
import { codeFromLabel, parseNewLeadFields, textError, trimText } from './lead-fields';
import { TRACK_CODES, TRACK_NAMES_ZH } from '@luodi/catalog';

const good = {
  companyName: ' 比亚迪股份有限公司 ',
  projectName: '新能源汽车零部件',
  track: 'new_energy',
  plannedInvestmentWan: '500000',
};

describe('lead field rules', () => {
  it('normalises a valid lead', () => {
    const { value, errors } = parseNewLeadFields({
      ...good,
      creditCode: '91350100m000100y43',
      contactPhone: '13800138000',
    });
    expect(errors).toEqual([]);
    expect(value).toMatchObject({
      companyName: '比亚迪股份有限公司',
      plannedInvestmentWan: '500000.0000',
      creditCode: '91350100M000100Y43',
    });
  });

  it('names every bad field at once', () => {
    const { value, errors } = parseNewLeadFields({
      companyName: '',
      track: 'x',
      plannedInvestmentWan: '1.23456',
      creditCode: 'bad',
      contactPhone: '123',
      park: 'nope',
    });
    expect(value).toBeNull();
    expect(errors.map((e) => e.field).sort()).toEqual([
      'companyName',
      'contactPhone',
      'creditCode',
      'park',
      'plannedInvestmentWan',
      'projectName',
      'track',
    ]);
  });

  it('imports take Chinese names and 是/否', () => {
    const { value } = parseNewLeadFields(
      { ...good, track: '先进半导体', park: '潇河', source: '以商招商', isProvincialKey: '是' },
      true,
    );
    expect(value).toMatchObject({
      track: 'semiconductors',
      park: 'xiaohe',
      source: 'business_referral',
      isProvincialKey: true,
    });
    expect(parseNewLeadFields({ ...good, track: '先进半导体' }).errors[0].field).toBe('track');
    expect(
      TRACK_CODES.every((c) => codeFromLabel(TRACK_NAMES_ZH[c], TRACK_CODES, TRACK_NAMES_ZH) === c),
    ).toBe(true);
  });

  it('property: money accepts exactly (0, 1e8] with at most 4 fraction digits, returned with 4', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 1_000_000_000_000n }), (units) => {
        const text = `${units / 10000n}.${(units % 10000n).toString().padStart(4, '0')}`;
        const r = parseWan(text);
        return 'value' in r && r.value === text;
      }),
    );
    expect(parseWan('100000000.0001')).toHaveProperty('error');
    expect(parseWan('0')).toHaveProperty('error');
    expect(parseWan('-1')).toHaveProperty('error');
    expect(parseWan('1e3')).toHaveProperty('error');
    expect(parseWan(0.1)).toEqual({ value: '0.1000' });
  });
});

describe('trimText', () => {
  it('strips white space and zero-width or direction characters at both ends only', () => {
    expect(trimText('\u200b\u200b')).toBe('');
    expect(trimText('\ufeff\u3000晶科\u200d能源\u202e ')).toBe('晶科\u200d能源');
    expect(textError('\u200b\u2060', 200, true)).not.toBeNull();
  });
});
