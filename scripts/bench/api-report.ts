/** bench:api's tables: per size, each route and server (mean of rounds) with ratios; then growth and a summary. */
import type { RunResult } from './api-load';
import { log } from './scratch-database';

export interface SizeResults {
  leads: number;
  routes?: { name: string; kind: 'write' | 'read' }[];
  /** `${route}\0${server}` → one result per round. */
  runs: Map<string, RunResult[]>;
  rss: Map<string, number | null>;
}

interface Opts {
  seconds: number;
  rounds: number;
  connections: number;
}

const BASELINE_OF = { write: 'POST /leads', read: 'GET /leads/:id' } as const;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function summary(s: SizeResults, route: string, server: string): RunResult | null {
  const runs = s.runs.get(`${route}\u0000${server}`);
  if (!runs?.length) return null;
  // A run where nothing completed has no latency (autocannon reports 0): leave it out of the latency means.
  const answered = runs.filter((r) => r.requests > 0);
  return {
    reqPerSec: mean(runs.map((r) => r.reqPerSec)),
    p50: answered.length ? mean(answered.map((r) => r.p50)) : NaN,
    p99: answered.length ? mean(answered.map((r) => r.p99)) : NaN,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    timeouts: runs.reduce((n, r) => n + r.timeouts, 0),
    unavailable: runs.reduce((n, r) => n + r.unavailable, 0),
    requests: runs.reduce((n, r) => n + r.requests, 0),
    cpuMsPerRequest: answered.every((r) => r.cpuMsPerRequest !== undefined)
      ? mean(answered.map((r) => r.cpuMsPerRequest!))
      : undefined,
  };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });
const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));

export function printResults(s: SizeResults, opts: Opts): void {
  log(
    `${fmt(s.leads)} leads, ${opts.connections} connections, ${opts.rounds} round(s) × ${opts.seconds} s ` +
      `(means of the rounds; ratios are Luodi's req/s over the baseline's insert for writes, its read for reads):`,
  );
  // With `--before`, a last column: Luodi's req/s over the other build's on the same route.
  const withBefore = s.rss.has('before');
  const lines = [
    '| route | server | req/s | p50 ms | p99 ms | errors | timeouts, 503 | CPU ms/req | Luodi / bare | Luodi / typical |' +
      (withBefore ? ' Luodi / before |' : ''),
    '|---|---|---|---|---|---|---|---|---|---|' + (withBefore ? '---|' : ''),
  ];
  for (const route of s.routes ?? []) {
    const base = BASELINE_OF[route.kind];
    const bare = summary(s, base, 'bare');
    const typical = summary(s, base, 'typical');
    for (const server of ['bare', 'typical', 'luodi', 'before']) {
      const r = summary(s, route.name, server);
      if (!r) continue;
      const ratios =
        (server === 'luodi' || server === 'before') && bare && typical
          ? `${(r.reqPerSec / bare.reqPerSec).toFixed(2)} | ${(r.reqPerSec / typical.reqPerSec).toFixed(2)}`
          : ' | ';
      const earlier = server === 'luodi' ? summary(s, route.name, 'before') : null;
      lines.push(
        `| \`${route.name}\` | ${server} | ${fmt(r.reqPerSec)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} | ${r.timeouts}, ${r.unavailable} | ${r.cpuMsPerRequest?.toFixed(2) ?? '?'} | ${ratios} |` +
          (earlier ? ` ${(r.reqPerSec / earlier.reqPerSec).toFixed(2)} |` : withBefore ? '  |' : ''),
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  log(
    `peak RSS: ${[...s.rss].map(([name, mb]) => `${name} ${mb === null ? '?' : mb.toFixed(0)} MB`).join(', ')}`,
  );
}

/** What every run of every size added up to: errors, overload (timeouts and 503s), and Luodi's 2xx answers. */
export interface Totals {
  errors: number;
  overload: number;
  answered: number;
}

/** Adds up every run: errors apart from overload, and the 2xx answers Luodi gave. */
export function totals(all: SizeResults[], opts: Pick<Opts, 'seconds'>): Totals {
  const t: Totals = { errors: 0, overload: 0, answered: 0 };
  for (const s of all)
    for (const [key, runs] of s.runs)
      for (const r of runs) {
        t.errors += r.errors;
        t.overload += r.timeouts + r.unavailable;
        if (key.endsWith('\u0000luodi')) t.answered += Math.round(r.reqPerSec * opts.seconds);
      }
  return t;
}

/** Prints the growth table (with several sizes) and the one-line summary; returns what the runs added up to. */
export function printGrowth(all: SizeResults[], opts: Opts): Totals {
  const routes = all[0]?.routes ?? [];
  if (all.length > 1) {
    log("growth: Luodi's p50 (ms) at each size, and the largest over the smallest");
    const head = all.map((s) => `${fmt(s.leads)} leads`);
    const lines = [`| route | ${head.join(' | ')} | ratio |`, `|---|${head.map(() => '---|').join('')}---|`];
    for (const route of routes) {
      const p50s = all.map((s) => summary(s, route.name, 'luodi')?.p50 ?? NaN);
      lines.push(
        `| \`${route.name}\` | ${p50s.map(ms).join(' | ')} | ${(p50s[p50s.length - 1] / p50s[0]).toFixed(2)} |`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  const t = totals(all, opts);
  const last = all[all.length - 1];
  const part = (route: string, kind: 'write' | 'read') => {
    const r = summary(last, route, 'luodi');
    const bare = summary(last, BASELINE_OF[kind], 'bare');
    const typical = summary(last, BASELINE_OF[kind], 'typical');
    if (!r || !bare || !typical) return `${route} ?`;
    return (
      `${route} ${fmt(r.reqPerSec)} req/s p99 ${ms(r.p99)} ms ` +
      `(${(r.reqPerSec / bare.reqPerSec).toFixed(2)}× bare, ${(r.reqPerSec / typical.reqPerSec).toFixed(2)}× typical)`
    );
  };
  const rss = last ? (last.rss.get('luodi') ?? null) : null;
  log(
    `summary: ${all.map((s) => fmt(s.leads)).join(', ')} leads, ${opts.connections} connections; ` +
      `${part('POST /leads', 'write')}; ${part('GET /leads/:id', 'read')}; ` +
      `API peak RSS ${rss === null ? '?' : rss.toFixed(0)} MB; ${t.errors} errors; ` +
      `${t.overload} timeouts or 503 (overload, apart)`,
  );
  return t;
}
