import { QueryFailedError, type EntityManager } from 'typeorm';

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

/**
 * A hot statement PostgreSQL parses and plans once per connection instead of on every call (a named prepared
 * statement; after five runs PostgreSQL keeps a generic plan when it costs no more than the custom ones). The
 * lead read's plan alone took 0.7–1 ms of PostgreSQL's CPU per call (26 indexes on `leads`, five subqueries)
 * against 0.14 ms to run it. The name must be unique to the text: one name, one text, for the process's life.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/** What `preparedRows` runs a named statement on: a pg Pool or a connected pg client. */
interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * The pg connection behind a TypeORM handle: the pool of a DataSource (no query runner made and released per
 * call), or the transaction's own client for an EntityManager inside `transaction()`. Null for anything else
 * (a test's fake), which then runs the text unnamed.
 */
async function pgOf(db: Queryable): Promise<PgQueryable | null> {
  const source = db as { driver?: { master?: unknown }; isInitialized?: boolean };
  if (source.isInitialized && typeof (source.driver?.master as PgQueryable)?.query === 'function')
    return source.driver!.master as PgQueryable;
  const runner = (db as { queryRunner?: { isTransactionActive?: boolean; connect(): Promise<unknown> } })
    .queryRunner;
  if (runner?.isTransactionActive) return (await runner.connect()) as PgQueryable;
  return null;
}

/**
 * `rowsOf` for a prepared statement. Errors are TypeORM's QueryFailedError around pg's, as from `query()`, so
 * the problem filter and `isUniqueViolation` see the same thing either way.
 */
export async function preparedRows<T>(
  db: Queryable,
  statement: PreparedStatement,
  parameters: unknown[],
): Promise<T[]> {
  const pg = await pgOf(db);
  if (!pg) return rowsOf<T>(db, statement.text, parameters);
  try {
    return (await pg.query({ name: statement.name, text: statement.text, values: parameters })).rows as T[];
  } catch (err) {
    throw new QueryFailedError(statement.text, parameters, err as Error);
  }
}

/** Names given to statement texts so far (see `statementFor`), and how many texts get one at most. */
const namedTexts = new Map<string, PreparedStatement>();
export const MAX_NAMED_TEXTS = 500;

/**
 * A prepared statement for a text built from the input that takes only a few shapes (a transition's or an
 * edit's SET list: which fields change): each distinct text gets its own name, for the process's life. Beyond
 * MAX_NAMED_TEXTS distinct texts the text runs unnamed (null), so PostgreSQL's memory per connection stays bounded.
 */
export function statementFor(text: string): PreparedStatement | null {
  let statement = namedTexts.get(text);
  if (!statement && namedTexts.size < MAX_NAMED_TEXTS) {
    statement = { name: `luodi_text_${namedTexts.size + 1}`, text };
    namedTexts.set(text, statement);
  }
  return statement ?? null;
}

/** `rowsOf` for a text built from the input, prepared under its own name (see `statementFor`). */
export function preparedRowsOfText<T>(db: Queryable, text: string, parameters: unknown[]): Promise<T[]> {
  const statement = statementFor(text);
  return statement ? preparedRows<T>(db, statement, parameters) : rowsOf<T>(db, text, parameters);
}

export async function preparedFirstRow<T>(
  db: Queryable,
  statement: PreparedStatement,
  parameters: unknown[],
): Promise<T | null> {
  return (await preparedRows<T>(db, statement, parameters))[0] ?? null;
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
