/**
 * The load bench:api puts on each route: autocannon in this process (the servers are other processes), one run
 * per route and server. Writes use fresh names (POST /leads) or a lead per connection whose version is tracked
 * from the answers (PATCH, transitions), so every request is one the API should accept: any non-2xx counts as
 * an error.
 */
import autocannon from 'autocannon';
import { mulberry32, realisticFirmName } from '../generated-names';

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

/** Every run asks for the same firm names in the same order. */
const firmNames = mulberry32(20241202);
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
