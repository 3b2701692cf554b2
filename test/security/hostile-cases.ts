import { Client } from 'pg';
import type { Response } from 'superagent';

/** Tables a rejected request must leave as they were. */
export const WRITTEN_TABLES = [
  'leads',
  'lead_activities',
  'lead_approvals',
  'lead_audit',
  'lead_investments',
  'lead_transitions',
  'notifications',
  'outbox',
  'targets',
  'target_breakdowns',
  'users',
];

export async function rowCounts(db: Client): Promise<Record<string, number>> {
  const sql = WRITTEN_TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`).join(
    ' UNION ALL ',
  );
  const { rows } = await db.query<{ t: string; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

/** An error answer in the RFC 9457 shape with Luodi's stable code, and never a 5xx. */
export function expectProblem(res: Response, status?: number, code?: string): void {
  if (res.status >= 500 || (status !== undefined && res.status !== status)) {
    throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  }
  if (res.status < 400) return;
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status: res.status,
    code: code ?? expect.stringMatching(/^[A-Z_]+$/),
  });
}

/** A cursor in the server's format holding whatever the test wants. */
export const forgedCursor = (key: unknown): string =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
