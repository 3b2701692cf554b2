import { scanJson } from './json-body';

const scan = (text: string, max = 32) => scanJson(Buffer.from(text, 'utf8'), max);

describe('scanJson', () => {
  it('measures nesting outside strings only', () => {
    expect(scan('[[[1]]]', 3).tooDeep).toBe(false);
    expect(scan('[[[[1]]]]', 3).tooDeep).toBe(true);
    expect(scan('{"a":"[[[[[[\\"[[[["}', 2).tooDeep).toBe(false);
    expect(scan('['.repeat(50_000) + ']'.repeat(50_000)).tooDeep).toBe(true);
  });

  it('finds numbers with more significant digits than a double holds', () => {
    const text =
      '{"a":99999999.99999999999,"b":123456789012345,"c":0.000000000000000001,"d":"12345678901234567"}';
    const spans = scan(text).longNumbers.map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['99999999.99999999999']);
    expect(scan('[-1234567890123456e10, 1e400]').longNumbers).toHaveLength(1);
  });
});
