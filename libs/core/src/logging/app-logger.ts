import { ConsoleLogger } from '@nestjs/common';

/** JSON lines in production (for log shippers), coloured readable lines in development. */
export function createAppLogger(appName: string): ConsoleLogger {
  const production = process.env.NODE_ENV === 'production';
  const test = process.env.NODE_ENV === 'test';
  return new ConsoleLogger(appName, {
    json: production,
    colors: !production && !test,
    logLevels: test ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
}
