/**
 * `npm run seed [-- --if-empty]`: a realistic demo pipeline straight into the database named by DATABASE_URL
 * (migrations are applied first). Users of each role, a few hundred leads over the four tracks, three parks and
 * every stage, dated from 2024 to today, with approvals, activities, monthly investments, transitions and audit
 * entries whose dates agree, and the year's 600亿元 target. `--if-empty` does nothing when leads exist.
 * Deterministic (seeded PRNG), so two runs on empty databases give the same pipeline.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  addDays,
  AppConfig,
  dateInZone,
  daysBetween,
  Decimal,
  ensureDatabase,
  loadConfig,
  OutboxTopic,
  Queryable,
  runMigrations,
  startOfDayInZone,
  writeOutbox,
} from '@luodi/core';
import { hashPassword } from '@luodi/users/password-hasher';
import { nameKey } from '@luodi/leads/fields/name-key';
import { STAGE_DATE_FIELD, StageDateField } from '@luodi/leads/rules/stage-rules';
import { insertLeadRecord } from '@luodi/leads/repository/leads.repository';
import { creditCodeCheckChar, CREDIT_CODE_ALPHABET } from '@luodi/leads/fields/credit-code';
import { seedChains } from './seed-chains';
import { mulberry32, pickWith } from './generated-names';

const DEMO_PASSWORD = 'luodi-demo-2024';
const LEAD_COUNT = 320;
const STAGES = ['lead', 'signed', 'landed', 'construction', 'production'] as const;
const SEED_START = '2024-01-02';

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

const random = mulberry32(20240401);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => pickWith(random, items);

/**
 * One 统一社会信用代码 per legal entity (derived from its exact name), so its leads share one company; 美锦能源 and
 * 美锦能源（山西）有限公司 are two entities, as a group and its subsidiary are.
 */
function creditCode(company: string): string {
  for (let i = 0; i < 13; i++) int(0, 30); // draws as before, so the rest of the demo pipeline is unchanged
  const digest = createHash('sha256').update(company).digest();
  const body = '9114' + Array.from({ length: 13 }, (_, i) => CREDIT_CODE_ALPHABET[digest[i] % 31]).join('');
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

type Db = Client;
interface SeedContext {
  db: Db;
  /** The same client as the repositories' Queryable (rows out of a query). */
  tx: Queryable;
  zone: string;
  today: string;
  deadlines: Map<string, number | null>;
  users: Record<'supervisor' | 'staff', string[]>;
  used: Set<string>;
}
interface Step {
  stage: string;
  date: string;
}

/** The admin and the demo people; returns the supervisors' and staff's ids. */
async function seedUsers(db: Db, config: AppConfig): Promise<Record<'supervisor' | 'staff', string[]>> {
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
  return users;
}

/**
 * Where a demo lead has got to: its creation date, its moves, its stage and the date it entered it. An open lead
 * is placed back from today: it entered its stage within about its deadline (so roughly one in eight is overdue,
 * as in a living pipeline), each earlier stage 15..90 days before the next. Lost leads (and open ones that would
 * predate 2024) walk forward from creation, never past today.
 */
function planPath(ctx: SeedContext, createdAround: string) {
  const final = targetStage();
  let created = createdAround;
  let path: Step[] = [];
  let stage = 'lead';
  let date = created;
  const goal = final === 'lost' ? STAGES[int(0, 3)] : final;
  const back = [addDays(ctx.today, -int(0, Math.floor((ctx.deadlines.get(goal) ?? 600) * 1.15)))];
  for (let j = STAGES.indexOf(goal); j > 0; j--) back.unshift(addDays(back[0], -int(15, 90)));
  if (final !== 'lost' && back[0] >= SEED_START) {
    created = back[0];
    path = back.slice(1).map((d, j) => ({ stage: STAGES[j + 1], date: d }));
    stage = goal;
    date = back[back.length - 1];
  } else {
    for (const next of STAGES.slice(1)) {
      if (STAGES.indexOf(next) > STAGES.indexOf(goal)) break;
      const on = addDays(date, int(15, 120));
      if (on > ctx.today) break;
      path.push({ stage: next, date: on });
      stage = next;
      date = on;
    }
  }
  let lostFrom: string | null = null;
  if (final === 'lost') {
    const on = addDays(date, int(10, 60));
    if (on <= ctx.today) {
      path.push({ stage: 'lost', date: on });
      lostFrom = stage;
      stage = 'lost';
      date = on;
    }
  }
  return { created, path, stage, date, lostFrom };
}

/** 洽谈记录: a few, between creation and the last move (or today). */
function planActivities(ctx: SeedContext, created: string, until: string) {
  const activityDays = Array.from({ length: int(0, 5) }, () =>
    int(0, Math.max(0, daysBetween(created, until))),
  ).sort((a, b) => a - b);
  const activities: { occurred: Date; next: Date }[] = [];
  for (const offset of activityDays) {
    const occurred = new Date(
      startOfDayInZone(addDays(created, offset), ctx.zone).getTime() + int(9, 17) * 3_600_000,
    );
    if (occurred.getTime() > Date.now()) continue;
    activities.push({ occurred, next: new Date(occurred.getTime() + int(7, 45) * 86_400_000) });
  }
  return activities;
}

/** One demo lead with everything recorded about it; returns its stage and the year it was signed in. */
async function seedLead(ctx: SeedContext): Promise<{ stage: string; signedYear: number | null }> {
  const { db, zone, today } = ctx;
  const track = pick(Object.keys(COMPANIES));
  let company = pick(COMPANIES[track]);
  if (random() < 0.3) company = `${company}（山西）有限公司`;
  let project = pick(PROJECTS[track]);
  for (let n = 2; ctx.used.has(nameKey(company) + '|' + nameKey(project)); n++) {
    project = `${pick(PROJECTS[track])}（${n}期）`;
  }
  ctx.used.add(nameKey(company) + '|' + nameKey(project));

  const owner = pick(ctx.users.staff);
  const span = Math.max(30, daysBetween(SEED_START, today) - 20);
  const createdAround = addDays(SEED_START, int(0, span));
  // 0.3亿–12亿 per project: a year of signings lands near the 600亿 target, as in the zone's report.
  const planned = new Decimal(int(3, 120)).mul(1000).toFixed(4);
  const { created, path, stage, date, lostFrom } = planPath(ctx, createdAround);
  const dates: Partial<Record<StageDateField, string>> = {};
  for (const step of path) {
    const field = (STAGE_DATE_FIELD as Record<string, StageDateField | undefined>)[step.stage];
    if (field) dates[field] = step.date;
  }
  const signedAmount = dates.signedAt ? new Decimal(planned).mul(int(60, 100)).div(100).toFixed(4) : null;
  const days = stage === 'lost' ? null : (ctx.deadlines.get(stage) ?? null);
  const createdAt = new Date(startOfDayInZone(created, zone).getTime() + int(9, 17) * 3_600_000);
  if (createdAt.getTime() > Date.now()) createdAt.setTime(Date.now());
  const leader = random() < 0.4 ? pick(ctx.users.supervisor) : null;
  const transitions = path.map((step) => ({
    ...step,
    id: randomUUID(),
    at: new Date(startOfDayInZone(step.date, zone).getTime() + 10 * 3_600_000),
  }));
  const activities = planActivities(ctx, created, stage === 'lost' ? date : today);
  const lastActivity = activities[activities.length - 1];

  // The lead's row through the leads repository, by the field table's names.
  const id = await insertLeadRecord(ctx.tx, {
    companyName: company,
    creditCode: random() < 0.6 ? creditCode(company) : null,
    projectName: project,
    track,
    park: pick(PARKS),
    source: pick(SOURCES),
    plannedInvestmentWan: planned,
    signedAmountWan: signedAmount,
    stage,
    inPlanningPool: stage === 'lead' && random() < 0.15,
    isProvincialKey: random() < 0.15,
    stageEnteredAt: date,
    stageDeadline: days === null ? null : addDays(date, days),
    lostFromStage: lostFrom,
    ownerId: owner,
    leaderId: leader,
    ...dates,
    firstSignedAt: dates.signedAt ?? null,
    contactName: pick(CONTACTS),
    contactPhone: `139${String(int(10000000, 99999999))}`,
    lostReason: stage === 'lost' ? pick(LOST_REASONS) : null,
    version: 1 + path.length,
    createdAt,
    updatedAt: createdAt,
    ...(transitions.length > 0 ? { stageEntryId: transitions[transitions.length - 1].id } : {}),
    ...(lastActivity ? { lastActivityAt: lastActivity.occurred, nextFollowUpAt: lastActivity.next } : {}),
  });
  const audit = (at: Date, action: string, changes: object) =>
    db.query(`INSERT INTO lead_audit (lead_id, at, user_id, action, changes) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      at,
      owner,
      action,
      JSON.stringify(changes),
    ]);
  await audit(createdAt, 'created', {
    companyName: [null, company],
    projectName: [null, project],
    plannedInvestmentWan: [null, planned],
  });

  let from = 'lead';
  for (const t of transitions) {
    await db.query(
      `INSERT INTO lead_transitions (id, lead_id, from_stage, to_stage, date, at, by_user_id, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [t.id, id, from, t.stage, t.date, t.at, owner, t.stage === 'lost' ? '企业决策变化' : null],
    );
    await audit(t.at, 'transition', { stage: [from, t.stage] });
    from = t.stage;
  }
  await seedApprovals(ctx, id, path, dates, created);
  for (const a of activities) {
    await db.query(
      `INSERT INTO lead_activities (lead_id, kind, occurred_at, summary, next_follow_up_at, by_user_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        id,
        pick(['visit', 'call', 'meeting', 'negotiation', 'site_survey']),
        a.occurred,
        pick(SUMMARIES),
        a.next,
        owner,
      ],
    );
  }
  if (dates.landedAt && stage !== 'lost')
    await seedInvestments(ctx, id, dates.landedAt, signedAmount ?? planned);
  return { stage, signedYear: dates.signedAt ? parseInt(dates.signedAt.slice(0, 4), 10) : null };
}

/** 立项/环评/土地: all done before landing; under way while signed. */
async function seedApprovals(
  ctx: SeedContext,
  id: string,
  path: Step[],
  dates: Partial<Record<StageDateField, string>>,
  created: string,
): Promise<void> {
  const reached = (s: string) => path.some((p) => p.stage === s);
  for (const kind of ['project_approval', 'eia', 'land']) {
    const done = reached('landed') || (reached('signed') && random() < 0.4);
    const status = done ? 'done' : reached('signed') ? pick(['pending', 'in_progress']) : 'pending';
    const doneAt = done ? (dates.landedAt ? addDays(dates.landedAt, -int(1, 10)) : dates.signedAt) : null;
    await ctx.db.query(
      `INSERT INTO lead_approvals (lead_id, kind, status, done_at, document_no) VALUES ($1, $2, $3, $4, $5)`,
      [
        id,
        kind,
        status,
        doneAt && doneAt < (dates.signedAt ?? created) ? dates.signedAt : doneAt,
        done ? `综改审批〔${(doneAt ?? ctx.today).slice(0, 4)}〕${int(1, 300)}号` : null,
      ],
    );
  }
}

/** 到位资金 / 投资完成额 by month since landing (at most 18 months). */
async function seedInvestments(ctx: SeedContext, id: string, landedAt: string, base: string): Promise<void> {
  let month = `${landedAt.slice(0, 7)}-01`;
  const lastMonth = `${ctx.today.slice(0, 7)}-01`;
  for (let m = 0; m < 18 && month <= lastMonth; m++) {
    const paid = new Decimal(base).mul(int(1, 6)).div(100).toFixed(4);
    const completed = new Decimal(paid).mul(int(50, 100)).div(100).toFixed(4);
    await ctx.db.query(
      `INSERT INTO lead_investments (lead_id, month, paid_in_wan, completed_wan) VALUES ($1, $2, $3, $4)`,
      [id, month, paid, completed],
    );
    month = addDays(month, 32).slice(0, 8) + '01';
  }
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
    const today = dateInZone(new Date(), config.timeZone);
    const deadlines = new Map(
      (
        await db.query<{ code: string; deadline_days: number | null }>(
          'SELECT code, deadline_days FROM stages',
        )
      ).rows.map((r) => [r.code, r.deadline_days]),
    );

    await db.query('BEGIN');
    const users = await seedUsers(db, config);
    console.log(
      `seed: admin ${config.adminEmail} / ADMIN_PASSWORD; every demo user signs in with ${DEMO_PASSWORD}`,
    );
    const tx: Queryable = { query: async (sql, params) => (await db.query(sql, params)).rows };
    const ctx: SeedContext = { db, tx, zone: config.timeZone, today, deadlines, users, used: new Set() };
    const signedYears = new Set<number>();
    const stageCounts: Record<string, number> = {};
    for (let i = 0; i < LEAD_COUNT; i++) {
      const { stage, signedYear } = await seedLead(ctx);
      if (signedYear) signedYears.add(signedYear);
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
    const chains = await seedChains(db); // 企业库与产业链 (issue 15)
    console.log(
      `seed: ${chains.chains} chains, ${chains.placed} leads on their links, ${chains.targets} target firms`,
    );
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
