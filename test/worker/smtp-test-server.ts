import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerSession } from 'smtp-server';
import { simpleParser } from './mail-parse';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** What the server does with the next messages. */
export type SmtpMode =
  | { kind: 'accept' }
  /** Hold the reply to DATA this long (a send in progress), then accept if the client is still there. */
  | { kind: 'delay'; ms: number }
  /** 451: a temporary failure. */
  | { kind: 'tempfail' }
  /** 550: a permanent rejection. */
  | { kind: 'reject' };

/**
 * An in-process SMTP server for tests: records accepted messages and can be told to delay, refuse (4xx) or
 * reject (5xx), or be stopped and started again on the same port (SMTP down, then back).
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  /** Every DATA the server saw, accepted or not (to count attempts). */
  dataAttempts = 0;
  mode: SmtpMode = { kind: 'accept' };
  port = 0;
  private server: SMTPServer | null = null;
  private readonly closedSessions = new Set<string>();

  async start(port = this.port): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onClose: (session: SMTPServerSession) => this.closedSessions.add(session.id),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.dataAttempts += 1;
          const mode = this.mode;
          const raw = Buffer.concat(chunks).toString('utf8');
          const to = session.envelope.rcptTo.map((r) => r.address);
          const accept = () => {
            if (this.closedSessions.has(session.id)) return; // the client went away: never accepted
            this.received.push({ to, ...simpleParser(raw) });
            callback();
          };
          if (mode.kind === 'tempfail') {
            callback(Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 }));
          } else if (mode.kind === 'reject') {
            callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
          } else if (mode.kind === 'delay') {
            setTimeout(accept, mode.ms).unref();
          } else {
            accept();
          }
        });
      },
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }
}
