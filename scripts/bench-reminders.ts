/**
 * `npm run bench:reminders`: the stage-deadline reminder scan over a generated pipeline of 1M leads (the same
 * loader as bench:reports) in a scratch database: the first scan of a day (it records every reminder owed in
 * the look-back window), the same scan repeated (idempotent: nothing new), and the next day's scan. Then the
 * sending: the worker (its own process, NODE_ENV=production) runs a reminder scan through its queue and sends
 * every email owed (at most BENCH_SEND reminders, default 10000; 0 skips this) to a local SMTP server in this
 * process; timed from the scan's enqueue to the last email accepted (emails/s). Then the weekly digests of 1,000
 * active users (users are added up to 1,000), timed from the job's enqueue to the last digest accepted. Beside
 * them, the baseline of the same run, before and after the worker's sends: bare nodemailer (a pool of 8
 * connections) sending as many reminder-sized emails to the same SMTP server. And the worker's peak RSS.
 * The worker is compiled first (`nest build worker`; BENCH_BUILD=0 skips it) and runs as production does.
 * BENCH_LEADS (1000000), BENCH_RUNS (5), BENCH_KEEP=1 as for bench:reports; BENCH_REUSE=luodi_bench_<hex> runs on a
 * kept copy of a loaded database (its ledger and the users this bench adds are reset first).
 */
import { DataSource } from 'typeorm';
import { addDays, dataSourceOptions, rowsOf } from '@luodi/core';
import { NotificationLedgerRepository } from '@luodi/notifications/ledger/notification-ledger.repository';
import { ReminderLeadsRepository } from '@luodi/notifications/reminders/reminder-leads.repository';
import { ReminderScanService } from '@luodi/notifications/reminders/reminder-scan.service';
import { UsersService } from '@luodi/users/users.service';
import { UsersRepository } from '@luodi/users/users.repository';
import { loadPipeline } from './bench/pipeline-loader';
import { log, withKeptDatabase, withScratchDatabase } from './bench/scratch-database';
import {
  buildWorker,
  scanAndSend,
  sendDigests,
  settle,
  smtpBaseline,
  SmtpCatcher,
  startSmtpCatcher,
  startWorker,
  Worker,
} from './bench/mail-send';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEND = Number(process.env.BENCH_SEND ?? 10_000);
/** A day inside the generated pipeline's span (leads created 2022 – mid 2025), so many deadlines are near. */
const TODAY = '2024-06-01';
/** The digests' week (TODAY's ISO week) and how many active users get one. */
const DIGEST_WEEK = '2024-W22';
const DIGEST_USERS = 1000;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - t) / 1e6];
}

async function bench(url: string, mail: { worker: Worker; catcher: SmtpCatcher } | null): Promise<void> {
  const db = new DataSource(dataSourceOptions(url, { extra: { max: 4, statement_timeout: 300000 } }));
  await db.initialize();
  try {
    await db.query(`
      INSERT INTO users (email, name, role, password_hash)
      SELECT 'supervisor' || n || '@bench.luodi', '分管领导' || n, 'supervisor', 'x' FROM generate_series(1, 5) n
      ON CONFLICT DO NOTHING`);
    const scanner = new ReminderScanService(
      db,
      new ReminderLeadsRepository(db),
      new NotificationLedgerRepository(db),
      new UsersService(new UsersRepository(db)),
    );

    const [created, firstMs] = await timed(() => scanner.scan(TODAY));
    log(
      `${firstMs.toFixed(0).padStart(7)} ms  first scan of ${TODAY}: ${created} reminders recorded (catch-up)`,
    );

    const repeats: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [again, ms] = await timed(() => scanner.scan(TODAY));
      if (again !== 0) throw new Error(`a repeated scan recorded ${again} reminders; it must record none`);
      repeats.push(ms);
    }
    repeats.sort((a, b) => a - b);
    const repeatMs = repeats[Math.floor(repeats.length / 2)];
    log(`${repeatMs.toFixed(0).padStart(7)} ms  the same scan again (median of ${RUNS}): 0 new`);

    const [nextDay, nextMs] = await timed(() => scanner.scan(addDays(TODAY, 1)));
    log(`${nextMs.toFixed(0).padStart(7)} ms  next day's scan: ${nextDay} new reminders`);

    const ledger = await rowsOf<{ kind: string; status: string; n: string }>(
      db,
      `SELECT kind, status, count(*) AS n FROM notifications GROUP BY kind, status ORDER BY kind, status`,
    );
    log(`ledger: ${ledger.map((r) => `${r.kind}/${r.status} ${r.n}`).join(', ')}`);
    let sending = '';
    if (mail) {
      const rss0 = mail.worker.peakRssMb();
      const base1 = await smtpBaseline(mail.catcher, 2000);
      log(
        `${(base1.seconds * 1000).toFixed(0).padStart(7)} ms  baseline: bare nodemailer, 2000 emails (${base1.rate.toFixed(0)} emails/s)`,
      );
      const s = await scanAndSend(url, mail.worker, mail.catcher, addDays(TODAY, 1), SEND);
      const rate = s.emails / s.seconds;
      const rss1 = mail.worker.peakRssMb();
      log(
        `${(s.seconds * 1000).toFixed(0).padStart(7)} ms  worker: scan and send, ${s.emails} emails accepted by SMTP ` +
          `(${rate.toFixed(0)} emails/s; first after ${s.firstSeconds.toFixed(1)} s, then ${s.steadyRate.toFixed(0)}/s ` +
          `steady; ledger: ${s.sent} sent, ${s.skipped} skipped, ${s.failed} failed); ` +
          `worker peak RSS ${rss1?.toFixed(0) ?? '?'} MB`,
      );
      const base2 = await smtpBaseline(mail.catcher, 2000);
      log(
        `${(base2.seconds * 1000).toFixed(0).padStart(7)} ms  baseline: bare nodemailer, 2000 emails (${base2.rate.toFixed(0)} emails/s)`,
      );
      await db.query(
        `INSERT INTO users (email, name, role, password_hash)
         SELECT 'digest' || n || '@bench.luodi', '招商专员D' || n, 'staff', 'x'
           FROM generate_series(1, $1::int - (SELECT count(*) FROM users WHERE active)::int) n
         ON CONFLICT DO NOTHING`,
        [DIGEST_USERS],
      );
      const d = await sendDigests(url, mail.worker, mail.catcher, DIGEST_WEEK);
      const rss2 = mail.worker.peakRssMb();
      log(
        `${(d.seconds * 1000).toFixed(0).padStart(7)} ms  worker: weekly digests ${DIGEST_WEEK}, ${d.digests} recorded, ` +
          `${d.sent} sent, ${d.emails} emails accepted (${(d.emails / d.seconds).toFixed(0)} emails/s); ` +
          `worker peak RSS ${rss2?.toFixed(0) ?? '?'} MB`,
      );
      const baseRate = (base1.rate + base2.rate) / 2;
      log('');
      log(`| figure | value | baseline (bare nodemailer, same run) | ratio |`);
      log(`|---|---|---|---|`);
      log(
        `| reminders: scan → last of ${s.emails} emails accepted | ${s.seconds.toFixed(1)} s, **${rate.toFixed(0)} emails/s** (${s.steadyRate.toFixed(0)}/s steady) | ${base1.rate.toFixed(0)} / ${base2.rate.toFixed(0)} emails/s | ${(rate / baseRate).toFixed(2)} |`,
      );
      log(
        `| weekly digests, ${d.digests} users | **${d.seconds.toFixed(1)} s** (${(d.emails / d.seconds).toFixed(0)} emails/s) | | |`,
      );
      log(
        `| worker peak RSS (VmHWM) | after start ${rss0?.toFixed(0) ?? '?'} MB, after reminders ${rss1?.toFixed(0) ?? '?'} MB, after digests **${rss2?.toFixed(0) ?? '?'} MB** | | |`,
      );
      log('');
      sending = `; sending ${s.emails} emails ${s.seconds.toFixed(1)} s (${rate.toFixed(0)}/s; ${s.steadyRate.toFixed(0)}/s steady; baseline ${baseRate.toFixed(0)}/s); ${d.digests} digests ${d.seconds.toFixed(1)} s`;
    }
    log(
      `summary: ${LEADS.toLocaleString('en')} leads; first scan ${firstMs.toFixed(0)} ms, ` +
        `repeat ${repeatMs.toFixed(0)} ms, next day ${nextMs.toFixed(0)} ms${sending}`,
    );
  } finally {
    await db.destroy();
  }
}

/** A kept copy may hold an earlier run's ledger: emptied (the users an earlier run added stay, and are reused). */
async function reset(url: string): Promise<void> {
  const db = new DataSource(dataSourceOptions(url));
  await db.initialize();
  try {
    await db.query(`TRUNCATE notifications`); // only the ledger refers to itself (delivered_by)
  } finally {
    await db.destroy();
  }
}

async function run(url: string): Promise<void> {
  if (SEND === 0) return bench(url, null);
  if (process.env.BENCH_BUILD !== '0') {
    log('building the worker (nest build worker)');
    buildWorker();
  }
  const catcher = await startSmtpCatcher();
  const worker = await startWorker(url, catcher.port);
  try {
    log('worker started; waiting until its own start-up sends are done');
    const t = performance.now();
    await settle(url, catcher, worker);
    log(`worker settled after ${((performance.now() - t) / 1000).toFixed(1)} s (${catcher.accepted} emails)`);
    await bench(url, { worker, catcher });
  } finally {
    await worker.stop();
    await catcher.close();
  }
}

const reuse = process.env.BENCH_REUSE;
(reuse
  ? withKeptDatabase(reuse, async (url) => {
      await reset(url);
      await run(url);
    })
  : withScratchDatabase(async (url) => {
      await loadPipeline(url, LEADS);
      await run(url);
    })
).catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
