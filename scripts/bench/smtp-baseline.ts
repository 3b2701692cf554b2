/**
 * bench:reminders' baseline, its own process: how fast bare nodemailer gets reminder-sized emails accepted by the
 * bench's SMTP server on this machine, with no database and no queue — a pool of SMTP_MAX_CONNECTIONS (8)
 * connections, one message in flight on each, each message built whole first as the worker builds it. The
 * worker's emails/s is read against this ceiling of the same run.
 *
 * Usage (from mail-send.ts): node -r @swc-node/register scripts/bench/smtp-baseline.ts <port> <count>
 * Prints one JSON line: { emails, seconds }.
 */
import { createTransport } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { renderEmail } from '@luodi/notifications/email/email-document';
import { EmailLinks } from '@luodi/notifications/email/email-links';
import { reminderEmail } from '@luodi/notifications/reminders/reminder-email.template';

const [port, count] = process.argv.slice(2).map(Number);
const CONNECTIONS = 8;

async function main(): Promise<void> {
  const transport = createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: CONNECTIONS,
    maxMessages: 1000,
  });
  const links = new EmailLinks('http://localhost:3000');
  const email = (i: number) =>
    renderEmail(
      reminderEmail({
        recipientName: `招商专员${i % 200}`,
        lead: {
          id: '00000000-0000-4000-8000-000000000000',
          companyName: `太重轨道${i}`,
          projectName: '风电主轴生产线',
          stageNameZh: '签约',
          stageDeadline: '2024-06-08',
          ownerName: `招商专员${i % 200}`,
        },
        today: '2024-06-01',
        links,
      }),
      `owner${i % 200}@bench.luodi`,
    );
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < count) {
        const e = email(next++);
        const message = new MailComposer({ from: 'luodi@bench.luodi', ...e }).compile();
        const raw = await new Promise<Buffer>((resolve, reject) =>
          message.build((err, built) => (err ? reject(err) : resolve(built))),
        );
        await transport.sendMail({ envelope: message.getEnvelope(), raw });
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  transport.close();
  process.stdout.write(`${JSON.stringify({ emails: count, seconds })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`smtp baseline failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
