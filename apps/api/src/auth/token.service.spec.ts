import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@luodi/core';
import type { User } from '@luodi/users';
import { TokenService } from './token.service';

const USER = { id: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11', role: 'staff' } as User;

describe('TokenService', () => {
  const tokens = (secret = 'x'.repeat(32)) =>
    new TokenService(new JwtService(), { jwtSecret: secret, jwtExpiresInSeconds: 60 } as AppConfig);

  afterEach(() => jest.useRealTimers());

  it('remembers a verified token only until it expires', async () => {
    // Only the clock is fake (jsonwebtoken signs through timers and ticks).
    jest.useFakeTimers({
      now: new Date('2024-03-01T02:00:00Z'),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'queueMicrotask',
      ],
    });
    const service = tokens();
    const token = await service.issue(USER, 3);
    const first = await service.verify(token);
    expect(first).toMatchObject({ userId: USER.id, version: 3 });
    expect(await service.verify(token)).toBe(first); // remembered
    jest.setSystemTime(new Date('2024-03-01T02:00:59.999Z'));
    expect(await service.verify(token)).toBe(first);
    jest.setSystemTime(new Date('2024-03-01T02:01:00Z')); // exp: refused, as the signature check refuses it
    expect(await service.verify(token)).toBeNull();
  });

  it('never remembers a token it refused, nor one signed with another secret', async () => {
    const service = tokens();
    const other = await tokens('y'.repeat(32)).issue(USER, 1);
    expect(await service.verify(other)).toBeNull();
    expect(await service.verify(other)).toBeNull();
    const good = await service.issue(USER, 1);
    const tampered = `${good.slice(0, -2)}${good.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await service.verify(tampered)).toBeNull();
    expect(await service.verify(good)).not.toBeNull();
  });
});
