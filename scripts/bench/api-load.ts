/**
 * The load bench:api puts on each route: autocannon in this process (the servers are other processes), one run
 * per route and server. Writes use fresh names (POST /leads) or a lead per connection whose version is tracked
 * from the answers (PATCH, transitions), so every request is one the API should accept: any non-2xx counts as
 * an error.
 */
import autocannon from 'autocannon';

export interface RunResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** The server process's CPU time (user + system) per answered request, in ms: less moved by the machine's load
   * than req/s (set by the caller, which knows the process). */
  cpuMsPerRequest?: number;
}

/** A lead a connection works on: its id, version and stage as the API last answered. */
export interface WorkLead {
  id: string;
  version: number;
  stage: string;
}

type Context = { lead?: WorkLead };

export interface Route {
  name: string;
  kind: 'write' | 'read';
  /** Which baseline route this one is compared with (the insert for writes, the primary-key read for reads). */
  requests: (auth: Record<string, string>, prefix: string) => autocannon.Request[];
  /** Called before each run (e.g. refresh tracked versions). */
  beforeRun?: () => Promise<void>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const TRACKS = ['equipment', 'new_energy', 'new_materials', 'semiconductors'];
let serial = 0;

/** mulberry32: a small deterministic generator, so every run asks for the same firm names in the same order. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = [
  '山西',
  '太原',
  '大同',
  '长治',
  '晋中',
  '杭州',
  '苏州',
  '无锡',
  '深圳',
  '合肥',
  '西安',
  '成都',
  '武汉',
  '宁波',
  '青岛',
  '郑州',
  '长沙',
  '厦门',
  '常州',
  '佛山',
];
const NAME_CHARS = [
  ...'晶科华瑞泰鑫源恒达盛隆兴通宏远新博创德利中天海润安康信诚和昌明光辉丰嘉鸿凯鼎升宇航联合美弘正元亿禾森蓝沃睿芯驰锐峰坤赛迈拓',
];
const INDUSTRIES = [
  '新能源',
  '半导体',
  '光电',
  '新材料',
  '精密机械',
  '智能装备',
  '电子',
  '储能',
  '汽车零部件',
  '生物医药',
  '环保',
  '氢能',
  '碳材料',
  '光伏',
  '电气',
  '数控',
  '化工',
  '信息',
  '重工',
  '铝业',
  '特钢',
  '动力电池',
  '传感器',
  '材料',
];
const FORMS = ['有限公司', '股份有限公司', '科技有限公司', '有限责任公司', '集团有限公司'];

/**
 * A firm name as varied as a real register's: region + 字号 (two characters, sometimes three) + industry + legal
 * form, e.g. 苏州晶瑞新能源科技有限公司, from a fixed seed. Names sharing an industry word share a trigram or two,
 * as real ones do; a name may come up twice (a firm with two projects: same company, another lead).
 */
function realisticFirmName(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const brand = pick(NAME_CHARS) + pick(NAME_CHARS) + (next() < 0.25 ? pick(NAME_CHARS) : '');
  return `${pick(REGIONS)}${brand}${pick(INDUSTRIES)}${pick(FORMS)}`;
}

const firmNames = seeded(20241202);
/** Project names differ between runs, so a database kept and reused (BENCH_REUSE) takes every create again. */
const RUN = Date.now().toString(36);

/**
 * A new lead's body: a project name never used before, so dedup accepts it. The firm's name is realistic and
 * varied, or with `lookAlike` the old generated 压测企业<tag>-<n>, which shares most trigrams with every other
 * such name (the similar-companies check's worst case).
 */
export function newLeadBody(tag: string, lookAlike = false): string {
  serial += 1;
  return JSON.stringify({
    companyName: lookAlike ? `压测企业${tag}-${serial}` : realisticFirmName(firmNames),
    projectName: `压测项目${tag}-${RUN}-${serial}`,
    track: TRACKS[serial % 4],
    park: 'yangqu',
    plannedInvestmentWan: `${1000 + (serial % 5000)}.5`,
  });
}

export const CREATE_ROUTE = 'POST /leads';
export const CREATE_LOOK_ALIKE_ROUTE = 'POST /leads (generated look-alike names)';

export function createLeadRoute(tag: string, lookAlike = false): Route {
  return {
    name: lookAlike ? CREATE_LOOK_ALIKE_ROUTE : CREATE_ROUTE,
    kind: 'write',
    requests: (auth, prefix) => [
      {
        method: 'POST',
        path: `${prefix}/leads`,
        headers: { ...JSON_HEADERS, ...auth },
        setupRequest: (req) => ({ ...req, body: newLeadBody(tag, lookAlike) }),
      },
    ],
  };
}

export function readLeadRoute(ids: string[]): Route {
  let i = 0;
  return {
    name: 'GET /leads/:id',
    kind: 'read',
    requests: (auth, prefix) => [
      {
        method: 'GET',
        path: `${prefix}/leads`,
        headers: auth,
        setupRequest: (req) => ({ ...req, path: `${prefix}/leads/${ids[i++ % ids.length]}` }),
      },
    ],
  };
}

export function getRoute(name: string, path: string): Route {
  return {
    name,
    kind: 'read',
    requests: (auth, prefix) => [{ method: 'GET', path: `${prefix}${path}`, headers: auth }],
  };
}

/**
 * A route that works on `leads`: each request takes a lead nobody else holds (so one lead never sees two writes
 * at once), and gives it back when the answer comes, with the version and stage the answer carries. Before each
 * run every lead is free again and its version is read afresh (a run's last requests may have been cut off).
 */
export function perLeadRoute(
  name: string,
  method: 'PATCH' | 'POST',
  suffix: string,
  leads: WorkLead[],
  body: (lead: WorkLead) => Record<string, unknown>,
  refresh: (leads: WorkLead[]) => Promise<void>,
): Route {
  let free: WorkLead[] = [];
  return {
    name,
    kind: 'write',
    beforeRun: async () => {
      await refresh(leads);
      free = [...leads];
    },
    requests: (auth, prefix) => [
      {
        method,
        path: `${prefix}/leads`,
        headers: { ...JSON_HEADERS, ...auth },
        setupRequest: (req, context: Context) => {
          const lead = free.pop();
          if (!lead) throw new Error(`${name}: more connections than leads to work on`);
          context.lead = lead;
          return { ...req, path: `${prefix}/leads/${lead.id}${suffix}`, body: JSON.stringify(body(lead)) };
        },
        onResponse: (status, resBody, context: Context) => {
          const lead = context.lead;
          if (!lead) return;
          context.lead = undefined;
          if (status === 200 || status === 201) {
            try {
              const answer = JSON.parse(resBody) as { version?: number; stage?: string };
              if (typeof answer.version === 'number') lead.version = answer.version;
              if (typeof answer.stage === 'string') lead.stage = answer.stage;
            } catch {
              // not JSON: keep what we had; the next run reads the lead afresh
            }
          }
          free.push(lead);
        },
      },
    ],
  };
}

export async function drive(
  origin: string,
  requests: autocannon.Request[],
  connections: number,
  seconds: number,
): Promise<RunResult> {
  const r = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests,
    initialContext: {},
    timeout: 10,
  });
  const ok = r['2xx'];
  return {
    reqPerSec: ok / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.non2xx + r.errors + r.timeouts,
    requests: ok + r.non2xx,
  };
}
