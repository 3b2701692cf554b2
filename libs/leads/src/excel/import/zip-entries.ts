import { createInflateRaw } from 'node:zlib';
import { DomainError, tr, ValidationFailedError } from '@luodi/core';

export interface ZipLimits {
  /** The most bytes all entries may inflate to, together. */
  maxUncompressed: number;
  /** The most entries the archive may hold. */
  maxEntries: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
const DESCRIPTOR_SIG = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const ZIP64 = 0xffffffff;

export interface ZipEntry {
  name: string;
  method: number;
  data: Buffer;
  /** The inflated size the archive declares. */
  declared: number;
}

/** What is left of the inflating budget, shared by the entries one file reads. */
export interface InflateBudget {
  left: number;
  limits: ZipLimits;
}

/**
 * The entries of an .xlsx (a zip), walked in file order from the local headers (data descriptors included),
 * without inflating anything: refuses more entries, or more declared bytes, than the limits allow.
 */
export function listZipEntries(file: Buffer, limits: ZipLimits): Map<string, ZipEntry> {
  const entries = walk(file, limits);
  const declared = entries.reduce((sum, e) => sum + e.declared, 0);
  if (declared > limits.maxUncompressed) throw tooLarge(limits);
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  return byName;
}

/**
 * Inflates one entry chunk by chunk into `onChunk`, on the thread pool (the event loop answers between
 * chunks). It stops at the entry's declared size (an archive that lies about itself is refused) and at the
 * file's remaining budget, so nothing inflates past the limit whatever the archive says.
 */
export function inflateEntry(
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Buffer) => void,
): Promise<void> {
  if (entry.declared > budget.left) return Promise.reject(tooLarge(budget.limits));
  if (entry.method === 0) {
    if (entry.data.length !== entry.declared) return Promise.reject(unreadable());
    budget.left -= entry.data.length;
    onChunk(entry.data);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      inflate.removeAllListeners('data');
      inflate.destroy();
      if (err) reject(err);
      else resolve();
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > entry.declared) return finish(unreadable());
      try {
        onChunk(chunk);
      } catch (err) {
        finish(err instanceof Error ? err : unreadable());
      }
    });
    inflate.on('end', () => finish(size === entry.declared ? undefined : unreadable()));
    inflate.on('error', () => finish(unreadable()));
    inflate.end(entry.data);
  });
}

function walk(file: Buffer, limits: ZipLimits): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let pos = 0;
  for (;;) {
    if (pos + 4 > file.length) throw unreadable();
    const sig = file.readUInt32LE(pos);
    if (sig === CENTRAL_HEADER || sig === END_OF_CENTRAL) break;
    if (sig !== LOCAL_HEADER || pos + 30 > file.length) throw unreadable();
    if (entries.length >= limits.maxEntries) throw tooManyEntries(limits);
    const flags = file.readUInt16LE(pos + 6);
    const method = file.readUInt16LE(pos + 8);
    const compressed = file.readUInt32LE(pos + 18);
    const uncompressed = file.readUInt32LE(pos + 22);
    const nameLength = file.readUInt16LE(pos + 26);
    const start = pos + 30 + nameLength + file.readUInt16LE(pos + 28);
    if (method !== 0 && method !== 8) throw unreadable();
    const name = file.toString('utf8', pos + 30, Math.min(file.length, pos + 30 + nameLength));
    if (compressed === ZIP64 || uncompressed === ZIP64 || start > file.length) throw unreadable();
    // The streaming reader's rule: sizes are known unless bit 3 is set and the compressed size is 0; then the
    // data runs to the first data-descriptor signature, and a 16-byte descriptor follows.
    const sizeKnown = (flags & 0x08) === 0 || compressed > 0;
    let end: number;
    if (sizeKnown) {
      end = start + compressed;
      pos = end;
    } else {
      end = file.indexOf(DESCRIPTOR_SIG, start);
      if (end < 0 || end + 16 > file.length || file.readUInt32LE(end) !== DATA_DESCRIPTOR) throw unreadable();
      pos = end + 16;
    }
    if (end > file.length) throw unreadable();
    const declared = sizeKnown ? uncompressed : file.readUInt32LE(end + 12);
    if (declared > limits.maxUncompressed) throw tooLarge(limits);
    entries.push({ name, method, data: file.subarray(start, end), declared });
  }
  if (entries.length === 0) throw unreadable();
  return entries;
}

const unreadable = () =>
  new ValidationFailedError([
    { field: 'file', message: tr('不是可读取的 .xlsx 工作簿', 'is not a readable .xlsx workbook') },
  ]);

const tooManyEntries = (limits: ZipLimits) =>
  new ValidationFailedError([
    {
      field: 'file',
      message: tr(
        `工作簿包含的部件超过${limits.maxEntries}个，不是可导入的表格`,
        `holds more than ${limits.maxEntries} parts; not an importable sheet`,
      ),
    },
  ]);

const tooLarge = (limits: ZipLimits) => {
  const mib = Math.round(limits.maxUncompressed / 1024 / 1024);
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    tr(`工作簿解压后超过 ${mib} MiB，无法导入。`, `The workbook expands to more than ${mib} MiB.`),
    [
      {
        field: 'file',
        message: tr(`解压后超过 ${mib} MiB`, `expands to more than ${mib} MiB`),
      },
    ],
  );
};
