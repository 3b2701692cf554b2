import { Client } from 'pg';
import type { TestEnv } from './harness';

/**
 * For a test file using `useApi`: two plain connections to its database, for tests that interleave two
 * transactions by hand (one commits while the other holds a lock or a snapshot). Connected before the file's
 * tests (after useApi's setup, which is declared first) and closed after; read `c1` / `c2` inside hooks and tests.
 */
export function useTwoClients(t: { readonly env: TestEnv }): { readonly c1: Client; readonly c2: Client } {
  const clients: Client[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const c = new Client({ connectionString: t.env.config.databaseUrl });
      c.on('error', () => undefined); // the database is dropped at the end (useApi's afterAll may run first)
      await c.connect();
      clients.push(c);
    }
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
  });
  return {
    get c1() {
      return clients[0];
    },
    get c2() {
      return clients[1];
    },
  };
}
