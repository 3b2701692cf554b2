import { randomBytes } from 'node:crypto';
import { OutgoingEmail } from '../email/email-document';

/** A message ready for SMTP: the envelope and the whole RFC 5322 message, one buffer. */
export interface MimeMessage {
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

const ASCII = /^[\x20-\x7e]*$/;
/** Bytes of UTF-8 per encoded word: `Subject: =?UTF-8?B?…?=` stays within 78 characters (RFC 2047, 5322). */
const WORD_BYTES = 39;

/**
 * The one shape every Luodi email has — From, To, Subject, a text and an HTML alternative — written straight
 * into one buffer: UTF-8 parts in base64 (76-character lines), non-ASCII header words RFC 2047-encoded. It does
 * what nodemailer's MailComposer did for these emails at a fraction of its cost (MailComposer builds a tree of
 * streams per message; see docs/benchmarks.md). `from` is an address or `Name <address>`.
 */
export function mimeMessage(
  email: OutgoingEmail,
  from: string,
  now: Date = new Date(),
  unique: string = randomBytes(12).toString('hex'),
): MimeMessage {
  const sender = parseMailbox(from);
  const to = parseMailbox(email.to);
  const boundary = `----luodi-${unique}`;
  const domain = sender.address.split('@')[1] ?? 'localhost';
  const head = [
    `From: ${formatMailbox(sender)}`,
    `To: ${formatMailbox(to)}`,
    `Subject: ${encodeHeader(email.subject)}`,
    `Date: ${now.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${unique}@${domain}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative;\r\n boundary="${boundary}"`,
  ];
  const body = [
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(email.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(email.html),
    `--${boundary}--`,
    '',
  ];
  return {
    envelope: { from: sender.address, to: [to.address] },
    raw: Buffer.from([...head, ...body].join('\r\n'), 'utf8'),
  };
}

interface Mailbox {
  name: string;
  address: string;
}

function parseMailbox(value: string): Mailbox {
  const m = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(value);
  return m ? { name: m[1], address: m[2] } : { name: '', address: value.trim() };
}

function formatMailbox({ name, address }: Mailbox): string {
  if (!name) return address;
  const shown = ASCII.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeHeader(name);
  return `${shown} <${address}>`;
}

/** ASCII as it is; anything else as base64 encoded words on whole characters, folded one per line. */
export function encodeHeader(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  if (ASCII.test(clean)) return clean;
  const words: string[] = [];
  let chunk = '';
  for (const ch of clean) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

function base64Lines(text: string): string {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\r\n');
}
