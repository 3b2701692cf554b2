import { scanCsv } from './import-table';
import { decodeCsvText } from './csv-encoding';
import { isDateFormat } from './xlsx-reader';

const b = (text: string) => Buffer.from(text, 'utf8');

describe('scanCsv', () => {
  it('counts records, not blank lines, and respects quotes', () => {
    const text = 'a,b\n\n"x\ny",2\r\n3,4\n5,6\n';
    expect(scanCsv(b(text), 10, 5)).toEqual({ end: text.length, tooWideLine: null });
    // two records: the header and the quoted one spanning two lines
    expect(scanCsv(b(text), 2, 5).end).toBe('a,b\n\n"x\ny",2\r\n'.length);
    // multi-byte characters count as content, never as delimiters
    expect(scanCsv(b('企业,项目\n张伟,晶科\n'), 1, 2).end).toBe(b('企业,项目\n').length);
  });

  it('names the line of the first record wider than the cap; commas inside quotes do not count', () => {
    expect(scanCsv(b('a,b\n"1,2,3,4",x\n1,2,3\n'), 10, 2)).toEqual({ end: 19, tooWideLine: 3 });
  });

  it('ends lines at a lone carriage return too', () => {
    expect(scanCsv(b('a,b\r1,2\r3,4\r'), 2, 5).end).toBe(8);
  });
});

describe('decodeCsvText', () => {
  it('reads UTF-8 with or without a BOM, and GBK', () => {
    expect(decodeCsvText(Buffer.from('\ufeff企业名称,项目名称\n', 'utf8'))).toBe('企业名称,项目名称\n');
    // 张伟,晶科 in GBK
    const gbk = Buffer.from([0xd5, 0xc5, 0xce, 0xb0, 0x2c, 0xbe, 0xa7, 0xbf, 0xc6]);
    expect(decodeCsvText(gbk)).toBe('张伟,晶科');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(() => decodeCsvText(Buffer.from([0x61, 0x81, 0x20]))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['yyyy"年"m"月"d"日"', true],
    ['yyyy-mm-dd hh:mm:ss', true],
    ['#,##0.0000"万元"', false],
    ['General', false],
    ['0.00%', false],
    ['[Red]#,##0', false],
  ])('%s → %s', (code, date) => expect(isDateFormat(code)).toBe(date));
});
