import type { EntityManager } from 'typeorm';

/**
 * Thin helpers over TypeORM's raw `query()`. The postgres driver returns rows for SELECT/INSERT but
 * `[rows, rowCount]` for UPDATE/DELETE; these make each call site say which it expects.
 */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function rowsOf<T>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, parameters)) as T[];
}

export async function firstRow<T>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<T | null> {
  const rows = await rowsOf<T>(db, sql, parameters);
  return rows[0] ?? null;
}

/** For UPDATE/DELETE (optionally with RETURNING): the returned rows and the number of rows affected. */
export async function mutate<T = unknown>(
  db: Queryable,
  sql: string,
  parameters: unknown[] = [],
): Promise<{ rows: T[]; affected: number }> {
  const [rows, affected] = (await db.query(sql, parameters)) as [T[], number];
  return { rows, affected };
}

/**
 * Numbered parameters for SQL built piece by piece: `p(v)` keeps `v` in `params` and returns its placeholder
 * (`$1`, `$2`, …), so a value is never written into the text.
 */
export function sqlParams(): { params: unknown[]; p: (value: unknown) => string } {
  const params: unknown[] = [];
  return {
    params,
    p: (value) => {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

export const PG_UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === PG_UNIQUE_VIOLATION && (constraint === undefined || name === constraint);
}

/** Deadlock or serialization failure: PostgreSQL rolled the transaction back, and running it again is safe. */
export function isTransientConflict(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e?.code ?? e?.driverError?.code;
  return code === '40P01' || code === '40001';
}

interface Transactional {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

/**
 * Runs `work` in a transaction and runs it again (up to `attempts` times, with a short jittered pause) when
 * PostgreSQL aborts it as a deadlock victim. Trigger-maintained summaries make rare deadlocks possible between
 * unrelated writes; the work must be safe to repeat, i.e. keep its effects inside the transaction.
 */
export async function transactionWithRetry<T>(
  db: Transactional,
  work: (manager: EntityManager) => Promise<T>,
  attempts = 3,
): Promise<T> {
  return retryTransient(() => db.transaction(work), attempts);
}

/** Runs `work` again (up to `attempts` times, after a short jittered pause) while it fails as a deadlock victim. */
export async function retryTransient<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isTransientConflict(err) || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.floor(Math.random() * 30)));
    }
  }
}
