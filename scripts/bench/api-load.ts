/**
 * The load bench:api puts on each route: autocannon in this process (the servers are other processes), one run
 * per route and server. Writes use fresh names (POST /leads) or a lead per connection whose version is tracked
 * from the answers (PATCH, transitions), so every request is one the API should accept: any non-2xx answer but a
 * 503 counts as an error. Timeouts and 503s are counted apart: a starved machine causes them, not a wrong answer.
 */
import autocannon from 'autocannon';
import { mulberry32, realisticFirmName } from '../generated-names';

export interface RunResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Real errors: answers other than 2xx and 503, failed connections (not timeouts), and, when bodies are
   * checked, 2xx answers whose body is not what the route answers. */
  errors: number;
  /** Requests with no answer within the timeout: an overloaded machine, counted apart from errors. */
  timeouts: number;
  /** 503 answers (the API's answer when its database or Redis does not answer in time): overload, apart. */
  unavailable: number;
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
  /** Whether a 2xx answer's parsed body is what the route answers (checked when `drive` is asked to). */
  answers: (body: unknown) => boolean;
}

type Body = Record<string, unknown> | null;
const isObject = (body: unknown): body is Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body);
/** A JSON object or array (a read's answer). */
const anyJson = (body: unknown) => typeof body === 'object' && body !== null;
/** A lead (or a baseline's row): an object with its id. */
const hasId = (body: unknown) => isObject(body) && typeof (body as Body)?.id === 'string';

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
    answers: hasId,
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
    answers: hasId,
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
    answers: anyJson,
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
    // The lead (PATCH, transition) or the activity written.
    answers: isObject,
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

/** Parses a body as JSON; undefined when it is not JSON. */
function parsed(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * One run of `requests` against `origin`. With `answers`, every 2xx answer's body is parsed and checked, and one
 * that fails counts as an error (the smoke run does this; a measuring run does not, so parsing costs it nothing).
 */
export async function drive(
  origin: string,
  requests: autocannon.Request[],
  connections: number,
  seconds: number,
  answers?: (body: unknown) => boolean,
): Promise<RunResult> {
  let wrongBodies = 0;
  const checked = answers
    ? requests.map((req): autocannon.Request => {
        const then = req.onResponse;
        return {
          ...req,
          onResponse: (status, body, context, headers) => {
            if (status >= 200 && status < 300 && !answers(parsed(body))) wrongBodies += 1;
            if (typeof then === 'function') then(status, body, context, headers);
          },
        };
      })
    : requests;
  const r = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: checked,
    initialContext: {},
    timeout: 10,
  });
  const ok = r['2xx'];
  return {
    reqPerSec: ok / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ...sortFailures(r, wrongBodies),
    requests: ok + r.non2xx,
  };
}

/**
 * A run's failures sorted: overload (timeouts; 503 answers) apart from errors (any other non-2xx answer, a failed
 * connection, a 2xx with a wrong body). autocannon counts a timeout among its `errors` as well.
 */
export function sortFailures(
  r: Pick<autocannon.Result, 'non2xx' | 'errors' | 'timeouts' | 'statusCodeStats'>,
  wrongBodies: number,
): Pick<RunResult, 'errors' | 'timeouts' | 'unavailable'> {
  const unavailable = r.statusCodeStats?.['503']?.count ?? 0;
  return {
    errors: r.non2xx - unavailable + (r.errors - r.timeouts) + wrongBodies,
    timeouts: r.timeouts,
    unavailable,
  };
}
