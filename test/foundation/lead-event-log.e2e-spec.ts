import { LeadEventLog } from '@luodi/core';
import { createUser, useApi } from '../support/harness';
import { useTwoClients } from '../support/database-clients';
import { leadsApi } from '../leads/lead-fixtures';

/**
 * The live lead events' log (migration LiveLeadEvents): lead writes append to it instead of notifying (which made
 * their commits queue on one lock), and a reader gets each event once, in log order, including one whose
 * transaction took its sequence number before another's but committed after it.
 */
describe('live lead events: the log and its reader', () => {
  const t = useApi();
  const db = useTwoClients(t);
  let token: string;
  const create = async () => {
    const res = await leadsApi(t.api).create(token);
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };

  beforeAll(async () => {
    token = (await createUser(t.api, 'staff')).token;
  });

  it('logs a created and a changed lead and does not notify; a reader skips what was logged before it started', async () => {
    const before = await create();
    const reader = new LeadEventLog();
    await reader.start(db.c1);
    expect(await reader.read(db.c1)).toEqual([]);
    const lead = await create();
    const patched = await leadsApi(t.api).patch(token, lead.id, { version: lead.version, notes: '事件日志' });
    expect(patched.status).toBe(200);
    expect(await reader.read(db.c1)).toEqual([
      { type: 'lead', id: lead.id, version: lead.version },
      { type: 'lead', id: lead.id, version: (patched.body as { version: number }).version },
    ]);
    expect(await reader.read(db.c1)).toEqual([]);
    expect(before.id).not.toBe(lead.id);
    const { rows } = await db.c1.query<{ src: string }>(
      `SELECT prosrc AS src FROM pg_proc WHERE proname = 'luodi_notify_leads'`,
    );
    expect(rows[0]?.src).not.toContain('pg_notify');
  });

  it('delivers an event whose transaction committed after a later-numbered one, once', async () => {
    const [a, b] = [await create(), await create()];
    const reader = new LeadEventLog();
    await reader.start(db.c1);
    await db.c1.query('BEGIN');
    await db.c1.query(`UPDATE leads SET version = version + 1 WHERE id = $1`, [a.id]); // takes the lower number
    await db.c2.query(`UPDATE leads SET version = version + 1 WHERE id = $1`, [b.id]); // commits first
    expect(await reader.read(db.c2)).toEqual([{ type: 'lead', id: b.id, version: b.version + 1 }]);
    await db.c1.query('COMMIT');
    expect(await reader.read(db.c2)).toEqual([{ type: 'lead', id: a.id, version: a.version + 1 }]);
    expect(await reader.read(db.c2)).toEqual([]);
  });
});
