import { isDatabaseUnavailable } from './problem-details.filter';

describe('which errors mean PostgreSQL is unavailable (503, not 500)', () => {
  it('recognises a lost, refused or restarting connection however pg and TypeORM report it', () => {
    const down = [
      { code: 'ECONNREFUSED' },
      { code: 'ECONNRESET', message: 'read ECONNRESET' },
      { code: 'EPIPE' },
      { code: '57P01', message: 'terminating connection due to immediate shutdown command' },
      { code: '57P02' },
      { code: '57P03', message: 'the database system is starting up' },
      { code: '08006' },
      { code: '53300' },
      { driverError: { code: '57P01' }, message: 'QueryFailedError' },
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('timeout exceeded when trying to connect'),
    ];
    for (const err of down) expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it('leaves real faults alone (they stay 500s, logged)', () => {
    const faults = [
      { code: '23505' },
      { code: '42P01', message: 'relation "x" does not exist' },
      new TypeError('undefined is not a function'),
      null,
      'a string',
    ];
    for (const err of faults) expect(isDatabaseUnavailable(err)).toBe(false);
  });
});
