import { dueOffsets, planReminders, ReminderLead, Recipient } from './reminder-plan';

const owner: Recipient = { id: '00000000-0000-4000-8000-000000000001', email: 'owner@x.cn', active: true };
const leader: Recipient = { id: '00000000-0000-4000-8000-000000000002', email: 'leader@x.cn', active: true };
const sup1: Recipient = { id: '00000000-0000-4000-8000-000000000003', email: 's1@x.cn', active: true };
const sup2: Recipient = { id: '00000000-0000-4000-8000-000000000004', email: 's2@x.cn', active: true };
const lead = (over: Partial<ReminderLead> = {}): ReminderLead => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  stageEntryId: '00000000-0000-4000-8000-0000000000bb',
  stageDeadline: '2024-04-15',
  owner,
  leader: null,
  ...over,
});

describe('reminder planning', () => {
  it('owes nothing before 7 days ahead', () => {
    expect(planReminders(lead(), [sup1], '2024-04-07')).toEqual([]);
  });

  it('owes due_soon at -7 and -1, overdue at +1, escalation at +7', () => {
    expect(dueOffsets('2024-04-15', '2024-04-08')).toEqual([-7]);
    expect(dueOffsets('2024-04-15', '2024-04-14')).toEqual([-7, -1]);
    expect(dueOffsets('2024-04-15', '2024-04-15')).toEqual([-7, -1]);
    expect(dueOffsets('2024-04-15', '2024-04-16')).toEqual([-7, -1, 1]);
    expect(dueOffsets('2024-04-15', '2024-04-22')).toEqual([-7, -1, 1, 7]);
  });

  it('keys reminders by lead, stage entry, deadline and offset', () => {
    const [row] = planReminders(lead(), [], '2024-04-08');
    expect(row).toMatchObject({
      dedupeKey:
        'reminder:00000000-0000-4000-8000-0000000000aa:00000000-0000-4000-8000-0000000000bb:2024-04-15:-7',
      kind: 'due_soon',
      recipient: 'owner@x.cn',
      status: 'pending',
    });
  });

  it('sends only the one nearest the deadline when several are due at once', () => {
    const rows = planReminders(lead(), [], '2024-04-14');
    expect(rows.map((r) => [r.offsetDays, r.status])).toEqual([
      [-7, 'skipped'],
      [-1, 'pending'],
    ]);
  });

  it('escalates to the leader when there is one', () => {
    const rows = planReminders(lead({ leader }), [sup1, sup2], '2024-04-22');
    const esc = rows.filter((r) => r.kind === 'escalation');
    expect(esc).toHaveLength(1);
    expect(esc[0]).toMatchObject({ recipient: 'leader@x.cn', status: 'pending' });
    expect(esc[0].dedupeKey.endsWith(':7')).toBe(true);
  });

  it('escalates to every active supervisor otherwise, one row each with the recipient in the key', () => {
    const rows = planReminders(lead(), [sup1, sup2, { ...sup2, id: 'x', active: false }], '2024-04-22');
    const esc = rows.filter((r) => r.kind === 'escalation');
    expect(esc.map((r) => r.recipient)).toEqual(['s1@x.cn', 's2@x.cn']);
    expect(esc[0].dedupeKey.endsWith(`:7:${sup1.id}`)).toBe(true);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(rows.length);
  });

  it('records reminders to an inactive owner as skipped', () => {
    const [row] = planReminders(lead({ owner: { ...owner, active: false } }), [], '2024-04-08');
    expect(row.status).toBe('skipped');
  });

  it('does not let an escalation with nobody to receive it supersede the overdue reminder', () => {
    const rows = planReminders(lead(), [], '2024-04-22');
    expect(rows.map((r) => [r.offsetDays, r.status])).toEqual([
      [-7, 'skipped'],
      [-1, 'skipped'],
      [1, 'pending'],
    ]);
  });
});
