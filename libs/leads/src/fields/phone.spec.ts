import { isMainlandPhone } from './phone';

describe('mainland phone numbers', () => {
  it.each([
    '13800138000',
    '+8613800138000',
    '86 138 0013 8000',
    '199-1234-5678',
    '0351-1234567',
    '010-12345678',
    '(0351)12345678',
    '0351-1234567转801',
  ])('accepts %s', (n) => expect(isMainlandPhone(n)).toBe(true));
  it.each([
    '12800138000',
    '1380013800',
    '138001380001',
    '+1 415 555 0100',
    '351-1234567',
    'abc',
    '',
    '0351-123',
  ])('rejects %s', (n) => expect(isMainlandPhone(n)).toBe(false));
});
