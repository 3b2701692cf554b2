import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** How deep JSON bodies may nest; the API's deepest body (a target's `byTrack`) is 2. */
export const MAX_JSON_DEPTH = 32;

/** A body Fastify refuses before routing: a 400 the problem filter words by `code`. */
export class BodyRejected extends Error {
  readonly statusCode = 400;
  constructor(readonly code: 'LUODI_INVALID_UTF8' | 'LUODI_JSON_TOO_DEEP') {
    super(code);
  }
}

/**
 * The JSON body parser: refuses bytes that are not UTF-8 (instead of turning them into U+FFFD) and nesting
 * deeper than MAX_JSON_DEPTH, both found by one linear pass over the bytes before anything is parsed. A number
 * with more significant digits than a double holds (`99999999.99999999999`) is passed on as its exact text, a
 * string, so no value is silently rounded: money reads it exactly (and refuses it), other fields refuse a
 * string. Then Fastify's own parser (prototype-poisoning checks included) reads the text.
 */
export function registerJsonParser(app: NestFastifyApplication, bodyLimit: number): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (req, body, done) => {
    const scan = scanJson(body, MAX_JSON_DEPTH);
    if (scan.tooDeep) return done(new BodyRejected('LUODI_JSON_TOO_DEEP'), undefined);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(quoteNumbers(body, scan.longNumbers));
    } catch {
      return done(new BodyRejected('LUODI_INVALID_UTF8'), undefined);
    }
    void parse(req as FastifyRequest, text, done);
  });
}

/** Significant digits a double always keeps. */
const DOUBLE_DIGITS = 15;

/**
 * One pass over JSON bytes: whether `[`/`{` nest deeper than `maxDepth` outside strings, and where the number
 * tokens with more than 15 significant digits are (`[start, end)`).
 */
export function scanJson(
  body: Uint8Array,
  maxDepth: number,
): { tooDeep: boolean; longNumbers: [number, number][] } {
  const longNumbers: [number, number][] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { tooDeep: true, longNumbers };
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      let digits = 0;
      let leading = true;
      let inExponent = false;
      for (; i < body.length; i++) {
        const d = body[i];
        if (d === 0x65 || d === 0x45) inExponent = true;
        else if (d >= 0x30 && d <= 0x39) {
          if (!inExponent && !(leading && d === 0x30)) {
            leading = false;
            digits++;
          }
        } else if (d !== 0x2e && d !== 0x2b && d !== 0x2d) break;
      }
      if (digits > DOUBLE_DIGITS) longNumbers.push([start, i]);
      i--;
    }
  }
  return { tooDeep: false, longNumbers };
}

function quoteNumbers(body: Buffer, spans: [number, number][]): Buffer {
  if (spans.length === 0) return body;
  const parts: Buffer[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    parts.push(body.subarray(at, start), QUOTE, body.subarray(start, end), QUOTE);
    at = end;
  }
  parts.push(body.subarray(at));
  return Buffer.concat(parts);
}

const QUOTE = Buffer.from('"');
