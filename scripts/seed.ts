/**
 * `npm run seed [-- --if-empty]`: a realistic demo pipeline straight into the database named by DATABASE_URL
 * (migrations are applied first). Users of each role, a few hundred leads over the four tracks, three parks and
 * every stage, dated from 2024 to today, with approvals, activities, monthly investments, transitions and audit
 * entries whose dates agree, and the year's 600亿元 target. `--if-empty` does nothing when leads exist.
 * Deterministic (seeded PRNG), so two runs on empty databases give the same pipeline.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  addDays,
  dateInZone,
  daysBetween,
  Decimal,
  ensureDatabase,
  loadConfig,
  OutboxTopic,
  runMigrations,
  startOfDayInZone,
  writeOutbox,
} from '@luodi/core';
import { hashPassword } from '@luodi/users/password-hasher';
import { nameKey } from '@luodi/leads/fields/name-key';
import { creditCodeCheckChar, CREDIT_CODE_ALPHABET } from '@luodi/leads/fields/credit-code';

const DEMO_PASSWORD = 'luodi-demo-2024';
const LEAD_COUNT = 320;
const STAGES = ['lead', 'signed', 'landed', 'construction', 'production'] as const;
const DATE_COLUMN: Record<string, string> = {
  signed: 'signed_at',
  landed: 'landed_at',
  construction: 'construction_started_at',
  production: 'production_started_at',
};

/** Firms named in the zone's 2024 report, and others of the kind it courts, by track. */
const COMPANIES: Record<string, string[]> = {
  equipment: [
    '太重集团',
    '天地煤机',
    '太重轨道',
    '奇智铁路',
    '中车太原',
    '山西智能装备',
    '太原重型机械',
    '华翔集团',
    '晋西工业',
    '霍尼韦尔',
  ],
  new_energy: [
    '晶科能源',
    '比亚迪',
    '太重新能源',
    '厚生新能源',
    '潞安太阳能',
    '中来光电',
    '美锦能源',
    '国电投山西',
    '宁德时代',
    '隆基绿能',
  ],
  new_materials: [
    '泰山玻纤',
    '华阳新材',
    '锦波生物',
    '中国宝武',
    '太钢不锈',
    '合成生物产业园',
    '东岳集团',
    '金晶科技',
    '蓝晓科技',
    '中复神鹰',
  ],
  semiconductors: [
    '烁科晶体',
    '曙光信息',
    '百信信息',
    '中电科二所',
    '华为技术',
    '长鑫存储',
    '天岳先进',
    '北方华创',
    '三安光电',
    '紫光展锐',
  ],
};
const PROJECTS: Record<string, string[]> = {
  equipment: [
    '智能矿山装备基地',
    '轨道交通装备产业园',
    '高端液压件项目',
    '风电主轴生产线',
    '工业机器人项目',
    '煤机再制造中心',
  ],
  new_energy: [
    '高效光伏组件项目',
    '动力电池生产基地',
    '储能电站集成项目',
    '氢能装备产业园',
    '隔膜材料二期',
    '光伏配套产业园',
  ],
  new_materials: [
    '玻纤复合材料产线',
    '高性能碳纤维项目',
    '合成生物首批产业链项目',
    '不锈钢精深加工',
    '特种玻璃项目',
    '新型建材基地',
  ],
  semiconductors: [
    '碳化硅衬底二期',
    '算力中心项目',
    '信创服务器生产基地',
    '功率器件封测项目',
    '第三代半导体外延片',
    '集成电路设计园',
  ],
};
const PARKS = ['yangqu', 'tanghuai', 'xiaohe', null];
const SOURCES = ['industry_chain', 'business_referral', 'exhibition', 'agency', 'online', 'other'];
const CONTACTS = ['王经理', '李总', '张主任', '刘部长', '陈总监', '赵总', '杨经理', '周助理'];
const SUMMARIES = [
  '赴企业总部洽谈合作',
  '电话沟通项目进展',
  '召开项目推进会',
  '商谈投资协议条款',
  '陪同企业实地踏勘园区',
  '协调要素保障事项',
];
const LOST_REASONS = ['企业战略调整，暂缓投资', '落户外省', '融资未到位', '用地指标不满足'];
const PEOPLE = {
  supervisor: [
    ['分管领导', 'lingdao'],
    ['督查专员', 'ducha'],
  ],
  staff: [
    ['张伟', 'zhang.wei'],
    ['王芳', 'wang.fang'],
    ['李娜', 'li.na'],
    ['刘洋', 'liu.yang'],
    ['陈静', 'chen.jing'],
    ['赵磊', 'zhao.lei'],
  ],
} as const;

/** mulberry32: small, seeded, good enough for demo data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20240401);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];

function creditCode(): string {
  const body = '9114' + Array.from({ length: 13 }, () => CREDIT_CODE_ALPHABET[int(0, 30)]).join('');
  return body + creditCodeCheckChar(body);
}

/** Final stage of a demo lead: most negotiate, fewer reach each later stage, some are lost. */
function targetStage(): (typeof STAGES)[number] | 'lost' {
  const r = random();
  if (r < 0.32) return 'lead';
  if (r < 0.52) return 'signed';
  if (r < 0.64) return 'landed';
  if (r < 0.76) return 'construction';
  if (r < 0.86) return 'production';
  return 'lost';
}

async function main(): Promise<void> {
  const ifEmpty = process.argv.includes('--if-empty');
  const config = loadConfig();
  await ensureDatabase(config.databaseUrl);
  const applied = await runMigrations(config.databaseUrl);
  console.log(`seed: migrations up to date (${applied.length} applied)`);
  const db = new Client({ connectionString: config.databaseUrl });
  await db.connect();
  try {
    const existing = await db.query<{ n: string }>('SELECT count(*) AS n FROM leads');
    if (ifEmpty && existing.rows[0].n !== '0') {
      console.log(`seed: ${existing.rows[0].n} leads already present; nothing to do (--if-empty)`);
      return;
    }
    const zone = config.timeZone;
    const today = dateInZone(new Date(), zone);
    const deadlines = new Map(
      (
        await db.query<{ code: string; deadline_days: number | null }>(
          'SELECT code, deadline_days FROM stages',
        )
      ).rows.map((r) => [r.code, r.deadline_days]),
    );

    await db.query('BEGIN');
    const hash = await hashPassword(DEMO_PASSWORD);
    const users: Record<'supervisor' | 'staff', string[]> = { supervisor: [], staff: [] };
    await db.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, '系统管理员', 'admin', $2) ON CONFLICT DO NOTHING`,
      [config.adminEmail, await hashPassword(config.adminPassword)],
    );
    for (const role of ['supervisor', 'staff'] as const) {
      for (const [name, login] of PEOPLE[role]) {
        const email = `${login}@luodi.local`;
        await db.query(
          `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [email, name, role, hash],
        );
        const id = (
          await db.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = lower($1)', [email])
        ).rows[0].id;
        users[role].push(id);
        console.log(`seed: user ${email} (${role})`);
      }
    }
    console.log(
      `seed: admin ${config.adminEmail} / ADMIN_PASSWORD; every demo user signs in with ${DEMO_PASSWORD}`,
    );

    const used = new Set<string>();
    const signedYears = new Set<number>();
    const stageCounts: Record<string, number> = {};
    const start = '2024-01-02';
    const span = Math.max(30, daysBetween(start, today) - 20);
    for (let i = 0; i < LEAD_COUNT; i++) {
      const track = pick(Object.keys(COMPANIES));
      let company = pick(COMPANIES[track]);
      if (random() < 0.3) company = `${company}（山西）有限公司`;
      let project = pick(PROJECTS[track]);
      for (let n = 2; used.has(nameKey(company) + '|' + nameKey(project)); n++) {
        project = `${pick(PROJECTS[track])}（${n}期）`;
      }
      used.add(nameKey(company) + '|' + nameKey(project));

      const owner = pick(users.staff);
      let created = addDays(start, int(0, span));
      // 0.3亿–12亿 per project: a year of signings lands near the 600亿 target, as in the zone's report.
      const planned = new Decimal(int(3, 120)).mul(1000).toFixed(4);
      const final = targetStage();
      let path: { stage: string; date: string }[] = [];
      let stage = 'lead';
      let date = created;
      const goal = final === 'lost' ? STAGES[int(0, 3)] : final;
      // An open lead is placed back from today: it entered its stage within about its deadline (so roughly one
      // in eight is overdue, as in a living pipeline), each earlier stage 15..90 days before the next.
      const back = [addDays(today, -int(0, Math.floor((deadlines.get(goal) ?? 600) * 1.15)))];
      for (let j = STAGES.indexOf(goal); j > 0; j--) back.unshift(addDays(back[0], -int(15, 90)));
      if (final !== 'lost' && back[0] >= start) {
        created = back[0];
        path = back.slice(1).map((d, j) => ({ stage: STAGES[j + 1], date: d }));
        stage = goal;
        date = back[back.length - 1];
      } else {
        // Lost leads (and open ones that would predate 2024) walk forward from creation, never past today.
        for (const next of STAGES.slice(1)) {
          if (STAGES.indexOf(next) > STAGES.indexOf(goal)) break;
          const on = addDays(date, int(15, 120));
          if (on > today) break;
          path.push({ stage: next, date: on });
          stage = next;
          date = on;
        }
      }
      let lostFrom: string | null = null;
      if (final === 'lost') {
        const on = addDays(date, int(10, 60));
        if (on <= today) {
          path.push({ stage: 'lost', date: on });
          lostFrom = stage;
          stage = 'lost';
          date = on;
        }
      }
      const dates: Record<string, string | null> = {
        signed_at: null,
        landed_at: null,
        construction_started_at: null,
        production_started_at: null,
      };
      for (const step of path) if (DATE_COLUMN[step.stage]) dates[DATE_COLUMN[step.stage]] = step.date;
      const signedAmount = dates.signed_at
        ? new Decimal(planned).mul(int(60, 100)).div(100).toFixed(4)
        : null;
      if (dates.signed_at) signedYears.add(parseInt(dates.signed_at.slice(0, 4), 10));
      const days = stage === 'lost' ? null : (deadlines.get(stage) ?? null);
      const createdAt = new Date(startOfDayInZone(created, zone).getTime() + int(9, 17) * 3_600_000);
      if (createdAt.getTime() > Date.now()) createdAt.setTime(Date.now());
      const leader = random() < 0.4 ? pick(users.supervisor) : null;

      const lead = await db.query<{ id: string }>(
        `INSERT INTO leads (company_name, company_key, credit_code, project_name, project_key, track, park, source,
           planned_investment_wan, signed_amount_wan, stage, in_planning_pool, is_provincial_key, stage_entered_at,
           stage_deadline, lost_from_stage, owner_id, leader_id, signed_at, first_signed_at, landed_at,
           construction_started_at, production_started_at, contact_name, contact_phone, lost_reason, version,
           created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19, $20, $21,
           $22, $23, $24, $25, $26, $27, $27) RETURNING id`,
        [
          company,
          nameKey(company),
          random() < 0.6 ? creditCode() : null,
          project,
          nameKey(project),
          track,
          pick(PARKS),
          pick(SOURCES),
          planned,
          signedAmount,
          stage,
          stage === 'lead' && random() < 0.15,
          random() < 0.15,
          date,
          days === null ? null : addDays(date, days),
          lostFrom,
          owner,
          leader,
          dates.signed_at,
          dates.landed_at,
          dates.construction_started_at,
          dates.production_started_at,
          pick(CONTACTS),
          `139${String(int(10000000, 99999999))}`,
          stage === 'lost' ? pick(LOST_REASONS) : null,
          1 + path.length,
          createdAt,
        ],
      );
      const id = lead.rows[0].id;
      await db.query(
        `INSERT INTO lead_audit (lead_id, at, user_id, action, changes) VALUES ($1, $2, $3, 'created', $4)`,
        [
          id,
          createdAt,
          owner,
          JSON.stringify({
            companyName: [null, company],
            projectName: [null, project],
            plannedInvestmentWan: [null, planned],
          }),
        ],
      );

      let from = 'lead';
      let entryId: string | null = null;
      for (const step of path) {
        entryId = randomUUID();
        const at = new Date(startOfDayInZone(step.date, zone).getTime() + 10 * 3_600_000);
        await db.query(
          `INSERT INTO lead_transitions (id, lead_id, from_stage, to_stage, date, at, by_user_id, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            entryId,
            id,
            from,
            step.stage,
            step.date,
            at,
            owner,
            step.stage === 'lost' ? '企业决策变化' : null,
          ],
        );
        await db.query(
          `INSERT INTO lead_audit (lead_id, at, user_id, action, changes) VALUES ($1, $2, $3, 'transition', $4)`,
          [id, at, owner, JSON.stringify({ stage: [from, step.stage] })],
        );
        from = step.stage;
      }
      if (entryId) await db.query('UPDATE leads SET stage_entry_id = $2 WHERE id = $1', [id, entryId]);

      // 立项/环评/土地: all done before landing; under way while signed.
      const reached = (s: string) => path.some((p) => p.stage === s);
      for (const kind of ['project_approval', 'eia', 'land']) {
        const done = reached('landed') || (reached('signed') && random() < 0.4);
        const status = done ? 'done' : reached('signed') ? pick(['pending', 'in_progress']) : 'pending';
        const doneAt = done
          ? dates.landed_at
            ? addDays(dates.landed_at, -int(1, 10))
            : dates.signed_at
          : null;
        await db.query(
          `INSERT INTO lead_approvals (lead_id, kind, status, done_at, document_no) VALUES ($1, $2, $3, $4, $5)`,
          [
            id,
            kind,
            status,
            doneAt && doneAt < (dates.signed_at ?? created) ? dates.signed_at : doneAt,
            done ? `综改审批〔${(doneAt ?? today).slice(0, 4)}〕${int(1, 300)}号` : null,
          ],
        );
      }

      // 洽谈记录: a few, between creation and the last move (or today).
      const until = stage === 'lost' ? date : today;
      const activityDays = Array.from({ length: int(0, 5) }, () =>
        int(0, Math.max(0, daysBetween(created, until))),
      ).sort((a, b) => a - b);
      let last: Date | null = null;
      let nextFollowUp: Date | null = null;
      for (const offset of activityDays) {
        const occurred = new Date(
          startOfDayInZone(addDays(created, offset), zone).getTime() + int(9, 17) * 3_600_000,
        );
        if (occurred.getTime() > Date.now()) continue;
        const next = new Date(occurred.getTime() + int(7, 45) * 86_400_000);
        await db.query(
          `INSERT INTO lead_activities (lead_id, kind, occurred_at, summary, next_follow_up_at, by_user_id) VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            id,
            pick(['visit', 'call', 'meeting', 'negotiation', 'site_survey']),
            occurred,
            pick(SUMMARIES),
            next,
            owner,
          ],
        );
        last = occurred;
        nextFollowUp = next;
      }
      if (last)
        await db.query('UPDATE leads SET last_activity_at = $2, next_follow_up_at = $3 WHERE id = $1', [
          id,
          last,
          nextFollowUp,
        ]);

      // 到位资金 / 投资完成额 by month since landing.
      if (dates.landed_at && stage !== 'lost') {
        let month = `${dates.landed_at.slice(0, 7)}-01`;
        const lastMonth = `${today.slice(0, 7)}-01`;
        for (let m = 0; m < 18 && month <= lastMonth; m++) {
          const paid = new Decimal(signedAmount ?? planned).mul(int(1, 6)).div(100).toFixed(4);
          const completed = new Decimal(paid).mul(int(50, 100)).div(100).toFixed(4);
          await db.query(
            `INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan) VALUES ($1, $2, $3, $4)`,
            [id, month, paid, completed],
          );
          month = addDays(month, 32).slice(0, 8) + '01';
        }
      }
      stageCounts[stage] = (stageCounts[stage] ?? 0) + 1;
      if ((i + 1) % 40 === 0) console.log(`seed: leads ${i + 1}/${LEAD_COUNT}`);
    }

    const year = parseInt(today.slice(0, 4), 10);
    for (const y of new Set([2024, year])) {
      await db.query(
        `INSERT INTO targets (year, signed_amount_wan) VALUES ($1, '6000000') ON CONFLICT (year) DO NOTHING`,
        [y],
      );
    }
    // The worker recomputes each year's signed totals from these outbox rows.
    for (const y of signedYears) await writeOutbox(db, OutboxTopic.TargetsRecompute, { year: y });
    await db.query('COMMIT');
    const summary = Object.entries(stageCounts)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ');
    console.log(
      `seed: done: ${LEAD_COUNT} leads (${summary}), ${users.staff.length + users.supervisor.length} demo users, target 6000000 万元 for ${year}`,
    );
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await db.end();
  }
}

main().catch((err: unknown) => {
  console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
