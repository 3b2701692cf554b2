import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { ApiHandle, createTestEnv, createUser, startApi, startWorker, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { dateInZone, daysBetween } from '@luodi/core';
import { formatAmount, formatPercent, formatYi } from '@luodi/format';
import { MAIL_SETTINGS } from '@luodi/notifications';
import {
  GeneratedLead,
  insertLeads,
  insertUsers,
  randomLeads,
  sumWan,
  ZONE,
} from '../reports/pipeline-generator';
import { expectedBatches, expectedFunnel } from '../reports/expected-reports';
import { ReceivedMail, SmtpTestServer } from './smtp-test-server';
import { waitFor } from './wait-for';
import { weekOfEvents } from './week-of-events';
import { deleteQueueKeys, FAST_MAIL, WorkerFixtures } from './worker-fixtures';

/**
 * A generated pipeline with a week of events (2025-06-02 – 06-08), digests sent by the real worker on Monday
 * 2025-06-09 (its catch-up of that morning's slot), and every figure checked against the reports' API and an
 * independent model of the same data.
 */
const TODAY = '2025-06-09';
const WEEK = '2025-W24';
const LAST_WEEK = { from: '2025-06-02', to: '2025-06-08' };
const UNTIL = '2025-06-15';
const FOLLOW_UPS_SINCE = '2025-05-10';

const LEAD_URL = /\/leads\/([0-9a-f-]{36})/g;
const idsIn = (text: string) => [...text.matchAll(LEAD_URL)].map((m) => m[1]);
const lines = (text: string) => text.replace(/\r\n/g, '\n').split('\n');

/** The lines of a text part from the one starting with `start` up to (not including) the first matching `end`. */
function block(text: string, start: RegExp, end: RegExp): string {
  const all = lines(text);
  const i = all.findIndex((l) => start.test(l));
  if (i < 0) throw new Error(`no line matching ${start}`);
  const j = all.findIndex((l, k) => k > i && end.test(l));
  return all.slice(i, j < 0 ? undefined : j).join('\n');
}

describe('weekly digests over a generated week of events (figures equal the reports)', () => {
  const smtp = new SmtpTestServer();
  const clock = new MutableClock(new Date(`${TODAY}T02:00:00Z`)); // Monday 10:00 in Shanghai
  let env: TestEnv;
  let api: ApiHandle;
  let worker: INestApplicationContext;
  let db: WorkerFixtures;
  let supervisor: { id: string; email: string; token: string };
  const owners = Array.from({ length: 10 }, (_, i) => ({
    id: randomUUID(),
    name: `招商专员${i + 1}`,
    role: 'staff',
  }));
  let leads: GeneratedLead[];
  const followUps = new Map<string, string>();

  const auth = () => ({ Authorization: `Bearer ${supervisor.token}` });
  const get = async <T>(path: string): Promise<T> => {
    const res = await api.http().get(`/api/v1${path}`).set(auth());
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };

  beforeAll(async () => {
    await smtp.start();
    env = await createTestEnv({ SMTP_URL: smtp.url, APP_BASE_URL: 'https://luodi.example.cn' });
    api = await startApi(env, { clock });
    db = new WorkerFixtures(env.config);
    supervisor = await createUser(api, 'supervisor', 'figures-supervisor');
    await insertUsers(db.pool, owners);
    const ids = owners.map((o) => o.id);
    leads = [
      ...randomLeads(20250609, 140, ids, '2025-06-08'),
      ...weekOfEvents(24, 70, ids, LAST_WEEK.from, LAST_WEEK.to),
    ];
    await insertLeads(db.pool, leads);
    // Follow-ups on some leads, from 45 days ago to 12 days ahead.
    leads.forEach((l, i) => {
      if (i % 3 === 0) {
        const on = new Date(Date.parse(`${TODAY}T02:00:00Z`) + ((i % 58) - 45) * 86_400_000);
        followUps.set(l.id, dateInZone(on, ZONE));
      }
    });
    for (const [id, on] of followUps) {
      await db.pool.query(
        `UPDATE leads SET next_follow_up_at = ($2::date + time '09:30') AT TIME ZONE $3 WHERE id = $1`,
        [id, on, ZONE],
      );
    }
    const target = await api
      .http()
      .put('/api/v1/targets/2025')
      .set(auth())
      .send({
        signedAmountWan: '6000000',
        byTrack: { equipment: '2000000', new_energy: '1500000' },
        byPark: { xiaohe: '1000000' },
      });
    expect(target.status).toBeLessThan(300);
    // The worker starts on Monday after the 08:00 slot: it sends this week's digests by itself.
    worker = await startWorker(env, WorkerModule, {
      clock,
      configure: (b) => b.overrideProvider(MAIL_SETTINGS).useValue(FAST_MAIL),
    });
    await waitFor(
      async () => {
        const { rows } = await db.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notifications WHERE kind = 'digest' AND week = $1 AND status = 'sent'`,
          [WEEK],
        );
        return rows[0].n === owners.length + 2; // staff, the supervisor and the admin
      },
      'every digest of the week',
      { timeoutMs: 60_000 },
    );
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.close();
    await smtp.stop();
    if (env) await deleteQueueKeys(env.config);
    await env?.dropDatabase();
  });

  const zoneMail = (): ReceivedMail => {
    // (Reminders and daily lists go out too: the worker's scan runs as it starts.)
    const mails = smtp.to(supervisor.email).filter((m) => m.subject.startsWith('【招商周报】'));
    expect(mails).toHaveLength(1);
    return mails[0];
  };

  it('names exactly the projects signed last week, and every other event of the week, as the reports count them', async () => {
    const text = zoneMail().text;
    const batches = await get<{
      signed: { count: number; amountWan: string; items: { id: string }[] };
      constructionStarted: { count: number; amountWan: string; items: { id: string }[] };
      productionStarted: { count: number; amountWan: string; items: { id: string }[] };
    }>(`/reports/batches?from=${LAST_WEEK.from}&to=${LAST_WEEK.to}`);
    const model = expectedBatches(leads, LAST_WEEK.from, LAST_WEEK.to);
    const landed = leads.filter(
      (l) =>
        l.landedAt !== null &&
        l.landedAt >= LAST_WEEK.from &&
        l.landedAt <= LAST_WEEK.to &&
        ['landed', 'construction', 'production'].includes(l.stage),
    );
    const created = leads.filter((l) => {
      const on = dateInZone(l.createdAt, ZONE);
      return on >= LAST_WEEK.from && on <= LAST_WEEK.to && l.stage !== 'lost';
    });
    const groups = [
      {
        label: '新增项目',
        amountLabel: '计划投资',
        ids: created.map((l) => l.id),
        amount: sumWan(created.map((l) => l.plannedWan)).toFixed(4),
      },
      {
        label: '签约',
        amountLabel: '签约额',
        ids: batches.signed.items.map((i) => i.id),
        amount: batches.signed.amountWan,
      },
      {
        label: '落地',
        amountLabel: '投资额',
        ids: landed.map((l) => l.id),
        amount: sumWan(landed.map((l) => l.signedAmountWan ?? l.plannedWan)).toFixed(4),
      },
      {
        label: '开工',
        amountLabel: '投资额',
        ids: batches.constructionStarted.items.map((i) => i.id),
        amount: batches.constructionStarted.amountWan,
      },
      {
        label: '投产',
        amountLabel: '投资额',
        ids: batches.productionStarted.items.map((i) => i.id),
        amount: batches.productionStarted.amountWan,
      },
    ];
    // The report and the independent model agree, and the week has events of every kind, none over one screen.
    expect(batches.signed.items.map((i) => i.id).sort()).toEqual(model.signed.ids);
    expect(batches.signed.amountWan).toBe(model.signed.amountWan);
    for (const g of groups) {
      expect(g.ids.length).toBeGreaterThan(0);
      expect(g.ids.length).toBeLessThanOrEqual(15);
    }
    // Signed then lost, or landed then moved back, in the week: not counted.
    const excluded = leads.filter((l) => l.stage === 'lost' || (l.stage === 'signed' && l.landedAt !== null));
    expect(excluded.length).toBeGreaterThan(0);

    const events = block(text, /^二、上周动态/, /^三、/);
    groups.forEach((g, i) => {
      const next = groups[i + 1];
      const part = block(events, new RegExp(`^${g.label}：`), next ? new RegExp(`^${next.label}：`) : /^$^/);
      expect(part.split('\n')[0]).toBe(
        `${g.label}：${g.ids.length}个，${g.amountLabel}合计${formatAmount(g.amount)}`,
      );
      expect(idsIn(part).sort()).toEqual([...g.ids].sort());
    });

    // 1亿元 and more first.
    const signedPart = block(events, /^签约：/, /^落地：/);
    const amounts = lines(signedPart)
      .filter((l) => /^\d+\. /.test(l))
      .map((l) => l.split(' | ')[1]);
    const firstSmall = amounts.findIndex((a) => a.endsWith('万元'));
    if (firstSmall >= 0) expect(amounts.slice(firstSmall).every((a) => a.endsWith('万元'))).toBe(true);
    expect(text).toContain(
      `上周新增签约：${batches.signed.count}个项目，${formatAmount(batches.signed.amountWan)}`,
    );
  });

  it('reports target progress, the even pace and tracks and parks as GET /targets/2025/progress does', async () => {
    const text = zoneMail().text;
    const p = await get<{
      targetWan: string;
      signedWan: string;
      ratio: string;
      expectedByTodayWan: string;
      count: number;
      byTrack: {
        track: string;
        signedWan: string;
        targetWan: string | null;
        ratio: string | null;
        count: number;
      }[];
      byPark: {
        park: string | null;
        signedWan: string;
        targetWan: string | null;
        ratio: string | null;
        count: number;
      }[];
    }>('/targets/2025/progress');
    expect(text).toContain(
      `已签约 / 全年目标：${formatYi(p.signedWan)} / ${formatYi(p.targetWan)}（${p.count}个项目）`,
    );
    expect(text).toContain(`完成率：${formatPercent(p.ratio)}`);
    expect(text).toContain(`应完成${formatYi(p.expectedByTodayWan)}）`);
    const tracks = await get<{ code: string; nameZh: string }[]>('/tracks');
    const parks = await get<{ code: string; nameZh: string }[]>('/parks');
    for (const t of p.byTrack) {
      const name = tracks.find((x) => x.code === t.track)!.nameZh;
      expect(text).toContain(
        `${name} | ${formatYi(t.signedWan)} | ${t.targetWan ? formatYi(t.targetWan) : '未设目标'} | ${formatPercent(t.ratio)} | ${t.count}个`,
      );
    }
    // The digest lists the parks (the progress's last line, 未落园区 with park null, is the cockpit's).
    for (const x of p.byPark.filter((y) => y.park !== null)) {
      const name = parks.find((y) => y.code === x.park)!.nameZh;
      expect(text).toContain(
        `${name} | ${formatYi(x.signedWan)} | ${x.targetWan ? formatYi(x.targetWan) : '未设目标'}`,
      );
    }
  });

  it('counts warnings as the lead list does, and names the ten most overdue as the overdue report orders them', async () => {
    const text = zoneMail().text;
    // Every open lead's colour as the API presents it (the TypeScript rule), counted page by page.
    const colours = { red: 0, yellow: 0, green: 0 } as Record<string, number>;
    let cursor: string | null = null;
    do {
      const page: { items: { warning: string | null }[]; nextCursor: string | null } = await get(
        `/leads?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      for (const l of page.items) if (l.warning) colours[l.warning] += 1;
      cursor = page.nextCursor;
    } while (cursor);
    expect(text).toContain(`红灯（已逾期）：${colours.red}个`);
    expect(text).toContain(`黄灯（临近期限、久无跟进或问题久拖未决）：${colours.yellow}个`);
    expect(text).toContain(`绿灯：${colours.green}个`);

    const overdue = await get<{ count: number; items: { id: string; daysOverdue: number }[] }>(
      '/reports/overdue?limit=10',
    );
    expect(overdue.count).toBe(colours.red);
    const top = overdue.items;
    expect([...top].sort((a, b) => b.daysOverdue - a.daysOverdue || a.id.localeCompare(b.id))).toEqual(top);
    const section = block(text, /^逾期最久的10个项目/, /^查看全部/);
    expect(idsIn(section)).toEqual(top.map((l) => l.id));
    const rows = lines(section).filter((l) => /^\d+\. /.test(l));
    expect(rows.map((r) => r.split(' | ')[4])).toEqual(top.map((l) => `${l.daysOverdue}天`));
  });

  it('shows this year’s funnel as GET /reports/funnel does for the same dates, and where leads stall', async () => {
    const text = zoneMail().text;
    const f = await get<{
      total: number;
      stages: {
        stage: string;
        reached: number;
        amountWan: string;
        conversionFromPrevious: string | null;
        medianDaysInStage: number | null;
      }[];
    }>(`/reports/funnel?from=2025-01-01&to=${TODAY}`);
    const model = expectedFunnel(leads, { from: '2025-01-01', to: TODAY });
    expect(f.total).toBe(model.total);
    expect(text).toContain(`五、本年项目漏斗（1月1日以来新建的${f.total}个项目）`);
    const names: Record<string, string> = {
      lead: '洽谈',
      signed: '签约',
      landed: '落地',
      construction: '开工建设',
      production: '投产',
    };
    for (const s of f.stages) {
      expect(text).toContain(
        `${names[s.stage]} | ${s.reached}个 | ${formatYi(s.amountWan)} | ${formatPercent(s.conversionFromPrevious)} | ${s.medianDaysInStage === null ? '—' : `${s.medianDaysInStage}天`}`,
      );
    }
    const steps = f.stages
      .slice(1)
      .map((s, i) => ({ from: names[f.stages[i].stage], to: names[s.stage], c: s.conversionFromPrevious }));
    const worst = steps.filter((s) => s.c !== null).sort((a, b) => Number(a.c) - Number(b.c))[0];
    expect(text).toContain(`转化最低的环节是${worst.from}→${worst.to}（${formatPercent(worst.c)}）`);
  });

  it('gives each staff member their open leads only, each once, in the right section', async () => {
    const closed = new Set(leads.filter((l) => ['production', 'lost'].includes(l.stage)).map((l) => l.id));
    let listedSomewhere = 0;
    for (const owner of owners) {
      const digests = smtp
        .to(`${owner.id}@gen.luodi.test`)
        .filter((m) => m.subject.startsWith('【我的本周项目】'));
      expect(digests).toHaveLength(1);
      const [mail] = digests;
      expect(mail.subject).toMatch(/^【我的本周项目】2025年第24周（6月9日—6月15日）/);
      const text = mail.text;
      const mine = leads.filter((l) => l.ownerId === owner.id && !closed.has(l.id));
      const overdue = mine.filter((l) => l.stageDeadline !== null && l.stageDeadline < TODAY);
      const dueSoon = mine.filter(
        (l) => l.stageDeadline !== null && l.stageDeadline >= TODAY && l.stageDeadline <= UNTIL,
      );
      const rest = mine.filter((l) => !overdue.includes(l) && !dueSoon.includes(l));
      const follow = rest.filter((l) => {
        const on = followUps.get(l.id);
        return on !== undefined && on >= FOLLOW_UPS_SINCE && on <= UNTIL;
      });
      const sections = {
        overdue: block(text, /^一、已逾期/, /^二、/),
        dueSoon: block(text, /^二、本周到期/, /^三、/),
        followUps: block(text, /^三、待跟进/, /^四、/),
      };
      expect(sections.overdue.split('\n')[0]).toBe(`一、已逾期（${overdue.length}个）`);
      expect(idsIn(sections.overdue)).toEqual(
        [...overdue]
          .sort((a, b) => daysBetween(b.stageDeadline!, a.stageDeadline!) || a.id.localeCompare(b.id))
          .map((l) => l.id),
      );
      expect(idsIn(sections.dueSoon).sort()).toEqual(dueSoon.map((l) => l.id).sort());
      expect(idsIn(sections.followUps).sort()).toEqual(follow.map((l) => l.id).sort());
      const listed = [...idsIn(sections.overdue), ...idsIn(sections.dueSoon), ...idsIn(sections.followUps)];
      expect(new Set(listed).size).toBe(listed.length);
      // No closed or produced lead anywhere in the email, activities included.
      expect(idsIn(text).filter((id) => closed.has(id))).toEqual([]);
      // Last week's records: what they logged on their open leads.
      const logged = leads
        .filter((l) => !closed.has(l.id))
        .flatMap((l) => l.activities)
        .filter((a) => {
          const on = dateInZone(a.occurredAt, ZONE);
          return a.byUserId === owner.id && on >= LAST_WEEK.from && on <= LAST_WEEK.to;
        });
      expect(text).toContain(`四、上周记录（6月2日—6月8日，${logged.length}条）`);
      listedSomewhere += listed.length;
    }
    expect(listedSomewhere).toBeGreaterThan(20);
  });
});
