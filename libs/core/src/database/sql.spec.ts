import { QueryFailedError, type EntityManager } from 'typeorm';
import {
  isTransientConflict,
  isUniqueViolation,
  MAX_NAMED_TEXTS,
  preparedFirstRow,
  preparedRows,
  sqlParams,
  statementFor,
  transactionWithRetry,
} from './sql';

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

describe('preparedRows', () => {
  const statement = { name: 'spec_by_id', text: 'SELECT $1::int AS n' };

  it('runs a DataSource’s statement on its pool by name, and a transaction’s on its own client', async () => {
    const seen: unknown[] = [];
    const pg = { query: async (config: unknown) => (seen.push(config), { rows: [{ n: 1 }] }) };
    const source = { isInitialized: true, driver: { master: pg }, query: async () => [] };
    await expect(preparedRows(source, statement, [1])).resolves.toEqual([{ n: 1 }]);
    const manager = {
      queryRunner: { isTransactionActive: true, connect: async () => pg },
      query: async () => [],
    };
    await expect(preparedFirstRow(manager, statement, [2])).resolves.toEqual({ n: 1 });
    expect(seen).toEqual([
      { name: 'spec_by_id', text: 'SELECT $1::int AS n', values: [1] },
      { name: 'spec_by_id', text: 'SELECT $1::int AS n', values: [2] },
    ]);
  });

  it('runs the text unnamed through query() on anything else', async () => {
    const calls: unknown[][] = [];
    const plain = { query: async (...args: unknown[]) => (calls.push(args), [{ n: 3 }]) };
    await expect(preparedFirstRow(plain, statement, [3])).resolves.toEqual({ n: 3 });
    expect(calls).toEqual([['SELECT $1::int AS n', [3]]]);
    const outside = { queryRunner: { isTransactionActive: false, connect: async () => null }, ...plain };
    await expect(preparedRows(outside, statement, [4])).resolves.toEqual([{ n: 3 }]);
  });

  it('fails as query() does: a QueryFailedError around pg’s error, its code kept', async () => {
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    const pg = {
      query: async () => {
        throw unique;
      },
    };
    const source = { isInitialized: true, driver: { master: pg }, query: async () => [] };
    const failure = await preparedRows(source, statement, [1]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(isUniqueViolation(failure)).toBe(true);
  });
});

describe('statementFor', () => {
  it('names each distinct text once, the same name every time, and stops naming past the limit', () => {
    const first = statementFor('SELECT 1 AS spec_a');
    expect(statementFor('SELECT 1 AS spec_a')).toBe(first);
    const second = statementFor('SELECT 1 AS spec_b');
    expect(second?.name).not.toBe(first?.name);
    for (let i = 0; i < MAX_NAMED_TEXTS; i++) statementFor(`SELECT ${i} AS spec_fill`);
    expect(statementFor('SELECT 1 AS spec_c')).toBeNull();
    expect(statementFor('SELECT 1 AS spec_a')).toBe(first);
  });
});
