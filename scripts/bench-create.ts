/**
 * `npm run bench:create -- <label>=<database>[@<dist>][:unnamed] … [--clients=4]
 *   [--creates=300] [--rounds=2] [--look-alike] [--seed=N]`: PostgreSQL's CPU per `POST /leads`, without the API.
 *
 * Each variant (a database, e.g. two copies of one bench:api database with different migrations; `:unnamed` sends
 * the statement unprepared, as the API did before it was prepared) takes `--creates` creates per round from
 * `--clients` connections, the very statement `LeadsRepository.createOne` sends (the lead, its approvals and
 * audit row, the representation, the similar-companies check) with firm names as bench:api makes them. The
 * variants run interleaved (A B, A B …) and the CPU time (user + system, /proc) of the backends serving them is
 * divided by the creates: unlike req/s, the machine's other load moves it little. It also prints each database's
 * `pg_stat_user_functions` per create (total ms, self ms), reset before the first round.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { LeadsRepository } from '@luodi/leads/repository/leads.repository';
import { SIMILARITY_THRESHOLD } from '@luodi/companies/companies.service';
import { normaliseCompanyName } from '@luodi/companies/company-name';
import { mulberry32, realisticFirmName } from './generated-names';

interface Variant {
  label: string;
  database: string;
  /** Another build's `dist` (e.g. a copy of main's), whose LeadsRepository sends the statement. */
  dist?: string;
  unnamed: boolean;
}

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CLIENTS = flag('clients', 4);
const CREATES = flag('creates', 300);
const ROUNDS = flag('rounds', 2);
const LOOK_ALIKE = args.includes('--look-alike');
/** The firm names' seed, by default a new one per run (firms new to the register); a seed given again repeats
 * the names an earlier run created (registered firms). */
const SEED = flag('seed', Date.now() % 2 ** 31);
const variants: Variant[] = args
  .filter((a) => !a.startsWith('--'))
  .map((a) => {
    const [label, rest] = a.split('=');
    const [target, mode] = rest.split(':');
    const [database, dist] = target.split('@');
    return { label, database, dist, unnamed: mode === 'unnamed' };
  });
const url = (database: string) => `postgres://postgres@127.0.0.1:5432/${database}`;
/** Variants on different databases draw the same firm names in the same order (one generator per variant). */
const namesOf = new Map<string, () => number>();
const RUN = Date.now().toString(36);
let serial = 0;

/** CPU time (user + system) of a process so far, in ms (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Another build's LeadsRepository (its compiled file, loaded at run time). */
function repositoryOf(dist: string): typeof LeadsRepository {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const compiled = require(resolve(dist, 'apps/api/libs/leads/src/repository/leads.repository.js')) as {
    LeadsRepository: typeof LeadsRepository;
  };
  return compiled.LeadsRepository;
}

/** The repository on one pg client: prepared statements by name, or (`unnamed`) every text unnamed. */
function repositoryOn(client: Client, v: Variant): LeadsRepository {
  const db = {
    isInitialized: !v.unnamed,
    driver: { master: client },
    query: async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows,
  };
  const Repository = v.dist ? repositoryOf(v.dist) : LeadsRepository;
  return new Repository(db as never);
}

async function createMany(
  repository: LeadsRepository,
  v: Variant,
  ownerId: string,
  n: number,
): Promise<void> {
  if (!namesOf.has(v.label)) {
    // Variants on one database draw different names (else the first would register the others' firms).
    const sameDatabase = variants.filter((o) => o.database === v.database);
    namesOf.set(v.label, mulberry32(SEED + sameDatabase.indexOf(v)));
  }
  const names = namesOf.get(v.label)!;
  for (let i = 0; i < n; i++) {
    serial += 1;
    const companyName = LOOK_ALIKE ? `压测企业c-${serial}` : realisticFirmName(names);
    const lead = {
      companyName,
      creditCode: null,
      projectName: `压测项目create-${RUN}-${serial}`,
      track: ['equipment', 'new_energy', 'new_materials', 'semiconductors'][serial % 4],
      park: 'yangqu',
      source: null,
      plannedInvestmentWan: `${1000 + (serial % 5000)}.5000`,
      signedAmountWan: null,
      isProvincialKey: false,
      ownerId,
      contactName: null,
      contactPhone: null,
      notes: null,
      leaderId: null,
      inPlanningPool: false,
      companyId: null,
      projectType: null,
      chainLinkId: null,
      chainRole: null,
    };
    const nameNorm = normaliseCompanyName(companyName);
    await repository.createOne(
      lead,
      new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
      new Date(),
      { userId: ownerId, action: 'created', changes: { companyName: [null, companyName] } },
      nameNorm ? { nameNorm, threshold: SIMILARITY_THRESHOLD, limit: 5 } : undefined,
    );
  }
}

async function run(v: Variant): Promise<{ cpu: number; wall: number }> {
  const clients = await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const c = new Client({ connectionString: url(v.database) });
      await c.connect();
      return c;
    }),
  );
  const pids = await Promise.all(
    clients.map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number),
  );
  const owner = (
    await clients[0].query(`SELECT id FROM users WHERE role = 'supervisor' AND active ORDER BY email LIMIT 1`)
  ).rows[0].id as string;
  // Warm: each connection's first creates (catalogue caches, the prepared statement's first plans).
  await Promise.all(clients.map((c) => createMany(repositoryOn(c, v), v, owner, 6)));
  const before = pids.map(cpuMs);
  const start = Date.now();
  await Promise.all(
    clients.map((c) => createMany(repositoryOn(c, v), v, owner, Math.ceil(CREATES / CLIENTS))),
  );
  const wall = Date.now() - start;
  const cpu = pids.map(cpuMs).reduce((s, x, i) => s + x - before[i], 0);
  await Promise.all(clients.map((c) => c.end()));
  const creates = Math.ceil(CREATES / CLIENTS) * CLIENTS;
  return { cpu: cpu / creates, wall: (creates / wall) * 1000 };
}

async function functionStats(database: string, reset: boolean): Promise<string> {
  const c = new Client({ connectionString: url(database) });
  await c.connect();
  try {
    if (reset) {
      await c.query('SELECT pg_stat_reset()');
      return '';
    }
    const { rows } = await c.query(
      `SELECT funcname, calls, total_time, self_time FROM pg_stat_user_functions ORDER BY total_time DESC LIMIT 12`,
    );
    return rows
      .map(
        (r) =>
          `  ${r.funcname} calls ${r.calls} total ${(+r.total_time).toFixed(0)} ms self ${(+r.self_time).toFixed(0)} ms`,
      )
      .join('\n');
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const databases = [...new Set(variants.map((v) => v.database))];
  for (const d of databases) await functionStats(d, true);
  const results = new Map<string, { cpu: number[]; rate: number[] }>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const v of variants) {
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 1)[0];
      const r = await run(v);
      const entry = results.get(v.label) ?? { cpu: [], rate: [] };
      entry.cpu.push(r.cpu);
      entry.rate.push(r.wall);
      results.set(v.label, entry);
      console.log(
        `${new Date().toISOString().slice(11, 19)} round ${round} ${v.label.padEnd(10)} ${r.cpu.toFixed(2)} ms CPU/create  ${r.wall.toFixed(0)} creates/s  (load ${load})`,
      );
    }
  }
  for (const [label, r] of results) {
    const mean = r.cpu.reduce((s, x) => s + x, 0) / r.cpu.length;
    console.log(
      `${label}: ${r.cpu.map((x) => x.toFixed(2)).join(' / ')} ms, mean ${mean.toFixed(2)} ms CPU per create`,
    );
  }
  for (const d of databases) console.log(`${d} (pg_stat_user_functions):\n${await functionStats(d, false)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
