import { decodeCursor, encodeCursor, isStorableText } from './cursor';

const forged = (key: unknown) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
const id = '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11';

describe('decodeCursor', () => {
  it('returns the parts of a cursor the server made', () => {
    const key = ['2024-02-29T23:59:59.999999Z', id];
    expect(decodeCursor(encodeCursor(key), ['instant', 'uuid'])).toEqual(key);
    expect(decodeCursor(forged([null, id]), ['date?', 'uuid'])).toEqual([null, id]);
    expect(decodeCursor(forged(['张伟', id]), ['text', 'uuid'])).toEqual(['张伟', id]);
    expect(decodeCursor(forged(['12345.6789', id]), ['numeric', 'uuid'])).toEqual(['12345.6789', id]);
    expect(decodeCursor(undefined, ['instant', 'uuid'])).toBeNull();
  });

  it.each([
    ['an impossible date', ['2023-02-29T00:00:00.000000Z', id], ['instant', 'uuid']],
    ['month 13', ['2024-13-01T00:00:00Z', id], ['instant', 'uuid']],
    ['hour 24', ['2024-01-01T24:00:00Z', id], ['instant', 'uuid']],
    ['year 0', ['0000-01-01T00:00:00Z', id], ['instant', 'uuid']],
    ['a non-UUID id', ['2024-01-01T00:00:00Z', 'x'], ['instant', 'uuid']],
    ['SQL in the id', ['2024-01-01T00:00:00Z', "' OR 1=1 --"], ['instant', 'uuid']],
    ['a number for a string', [20240101, id], ['instant', 'uuid']],
    ['null where not allowed', [null, id], ['instant', 'uuid']],
    ['an impossible calendar date', ['2024-04-31', id], ['date?', 'uuid']],
    ['a float in exponent form', ['1e400', id], ['numeric', 'uuid']],
    ['a NUL in text', ['a\u0000b', id], ['text', 'uuid']],
    ['a lone surrogate in text', ['a\ud800', id], ['text', 'uuid']],
    ['too few parts', [id], ['text', 'uuid']],
    ['an object', { a: 1 }, ['text', 'uuid']],
  ] as const)('refuses %s with 400 on cursor', (_what, key, parts) => {
    expect(() => decodeCursor(forged(key), [...parts])).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'cursor' })],
      }),
    );
  });

  it('refuses what is not base64url JSON, invalid UTF-8 and oversized cursors', () => {
    for (const c of [
      '%%%',
      'bm90IGpzb24',
      Buffer.from([0x5b, 0xff, 0x5d]).toString('base64url'),
      'A'.repeat(5000),
    ]) {
      expect(() => decodeCursor(c, ['text'])).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
  });
});

describe('isStorableText', () => {
  it('accepts text with surrogate pairs, refuses NUL and lone surrogates', () => {
    expect(isStorableText('企业 😀')).toBe(true);
    expect(isStorableText('\ud83d')).toBe(false);
    expect(isStorableText('\ude00x')).toBe(false);
    expect(isStorableText('a\u0000')).toBe(false);
  });
});
