import { ConfigError, loadConfig, parseDuration } from './app-config';

describe('configuration', () => {
  it('has working defaults for local use', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      timeZone: 'Asia/Shanghai',
      digestCron: '0 8 * * 1',
      queuePrefix: 'luodi',
    });
    expect(c.reminderScanEveryMs).toBe(300_000);
    expect(c.shutdownGraceMs).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '2500' }).shutdownGraceMs).toBe(2500);
  });

  it('names the variable when a value is bad', () => {
    const cases: Record<string, string>[] = [
      { PORT: 'eighty' },
      { DATABASE_URL: 'mysql://x' },
      { REDIS_URL: 'not a url' },
      { REMINDER_SCAN_EVERY: 'often' },
      { DIGEST_CRON: 'every monday' },
      { TZ_ZONE: 'Mars/Olympus' },
      { JWT_SECRET: 'short' },
      { NODE_ENV: 'staging' },
      { SHUTDOWN_GRACE_MS: '10s' },
      { SHUTDOWN_GRACE_MS: '50' },
      { LOGIN_ADDRESS_LIMIT: '5' },
    ];
    for (const env of cases) {
      const name = Object.keys(env)[0];
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(name);
    }
  });

  it('refuses to start in production without JWT_SECRET and ADMIN_PASSWORD', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ADMIN_PASSWORD: 'a-long-password' })).toThrow(
      'JWT_SECRET',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(
      'ADMIN_PASSWORD',
    );
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), ADMIN_PASSWORD: 'a-long-password' })
        .nodeEnv,
    ).toBe('production');
  });

  it('parses durations', () => {
    expect(parseDuration('10s')).toBe(10_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('0s')).toBeNull();
    expect(parseDuration('5 minutes')).toBeNull();
  });
});
