import type { EntityManager } from 'typeorm';
import { isTransientConflict, sqlParams, transactionWithRetry } from './sql';

const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });

function fakeDb(failures: Error[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    transaction: async <T>(work: (m: EntityManager) => Promise<T>): Promise<T> => {
      calls++;
      const failure = failures.shift();
      if (failure) throw failure;
      return work({} as EntityManager);
    },
  };
}

describe('transactionWithRetry', () => {
  it('runs the work again when PostgreSQL picked it as a deadlock victim', async () => {
    const db = fakeDb([deadlock, deadlock]);
    await expect(transactionWithRetry(db, async () => 'done')).resolves.toBe('done');
    expect(db.calls).toBe(3);
  });

  it('gives up after the last attempt, and never retries other errors', async () => {
    const stubborn = fakeDb([deadlock, deadlock, deadlock]);
    await expect(transactionWithRetry(stubborn, async () => 'x')).rejects.toBe(deadlock);
    expect(stubborn.calls).toBe(3);
    const unique = Object.assign(new Error('duplicate'), { code: '23505' });
    const other = fakeDb([unique]);
    await expect(transactionWithRetry(other, async () => 'x')).rejects.toBe(unique);
    expect(other.calls).toBe(1);
  });

  it('recognises deadlocks and serialization failures, also wrapped by TypeORM', () => {
    expect(isTransientConflict({ code: '40001' })).toBe(true);
    expect(isTransientConflict({ driverError: { code: '40P01' } })).toBe(true);
    expect(isTransientConflict({ code: '23505' })).toBe(false);
    expect(isTransientConflict(undefined)).toBe(false);
  });
});

describe('sqlParams', () => {
  it('numbers each value in the order it is placed, and keeps the values apart from the text', () => {
    const { params, p } = sqlParams();
    const where = [`a = ${p('x; DROP TABLE leads')}`, `b = ANY(${p([1, 2])}::int[])`, `c = ${p(null)}`];
    expect(where).toEqual(['a = $1', 'b = ANY($2::int[])', 'c = $3']);
    expect(params).toEqual(['x; DROP TABLE leads', [1, 2], null]);
    expect(sqlParams().params).toEqual([]);
  });
});
