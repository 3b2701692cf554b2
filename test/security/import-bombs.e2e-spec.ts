import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { createTestEnv, TestEnv } from '../support/harness';
import { buildZip, deflateRepeated } from '../support/zip-builder';
import { ApiProcess, startApiProcess, watch } from './api-process';

/**
 * The slowest /health answer allowed while an upload is handled. Generous because the test machine is shared
 * (load averages of 15+ on 2 cores were seen); before the fix these uploads stopped /health for 4.7 s to forever.
 */
const HEALTH_BOUND_MS = 3000;

/**
 * Hostile import files against the API as its own process: each is refused (4xx problem+json) or read cheaply,
 * the process's resident memory stays within a bound of where it started, and /health keeps answering.
 */
describe('security: hostile import files', () => {
  let env: TestEnv;
  let api: ApiProcess;
  let db: Client;
  const figures: string[] = [];

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApiProcess(env);
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    // Warm up: one good import loads the readers, so the baseline includes them.
    const warm = await upload(await sheet([['企业名称', '项目名称']]), 'warm.xlsx', '?dryRun=true');
    expect(warm.status).toBe(200);
  });
  afterAll(async () => {
    if (figures.length) console.log(figures.join('\n'));
    await db?.end();
    await api?.stop();
    await env?.dropDatabase();
  });

  async function upload(file: Buffer, name: string, query = '') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), name);
    const res = await fetch(`${api.base}/api/v1/leads/import${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token}` },
      body: form,
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as never };
  }

  async function sheet(rows: (string | null)[][], at?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目线索');
    rows.forEach((r) => ws.addRow(r));
    at?.(ws);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  let bombXml: Promise<Buffer> | undefined;
  /** 200 MB of sheet rows, deflated once for the bomb cases. */
  const bomb = () => (bombXml ??= deflateRepeated('<row><c><v>1</v></c></row>', 200 * 1024 * 1024));

  const leadCount = async () => Number((await db.query('SELECT count(*) FROM leads')).rows[0].count);

  async function refused(name: string, file: Buffer, status: number, code: string) {
    const before = await leadCount();
    const rss0 = api.rssMiB();
    const started = Date.now();
    const [res, seen] = await watch(api, () => upload(file, name));
    const ms = Date.now() - started;
    figures.push(
      `${name}: ${Math.round(file.length / 1024)} KB → ${res.status} in ${ms} ms; RSS ${rss0.toFixed(0)} → peak ` +
        `${seen.peakRssMiB.toFixed(0)} MiB; /health ${seen.healthChecks}× answered, slowest ${seen.slowestHealthMs} ms`,
    );
    expect(res.status).toBe(status);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'about:blank', status, code, title: expect.any(String) });
    expect(await leadCount()).toBe(before);
    expect(seen.peakRssMiB - rss0).toBeLessThan(100);
    expect(seen.healthFailures).toBe(0);
    expect(seen.healthChecks).toBeGreaterThan(0);
    expect(seen.slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
    return res.body as { errors?: { field: string; message: string }[] };
  }

  it('a header cell at column XFD (16384) over 2,000 short rows: 400 at the header, nothing built', async () => {
    const rows = [['企业名称', '项目名称'], ...Array.from({ length: 2000 }, (_, i) => [`甲${i}`, `乙${i}`])];
    const file = await sheet(rows, (ws) => (ws.getCell('XFD1').value = '备注'));
    const body = await refused('xfd-header.xlsx', file, 400, 'VALIDATION_FAILED');
    expect(body.errors?.[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/超过200列/) });
  });

  it('stray cells at XFD in 2,000 data rows are not read: the rows import (dry run) at flat memory', async () => {
    const rows = [
      ['企业名称', '项目名称', '产业赛道', '计划投资额（万元）'],
      ...Array.from({ length: 2000 }, (_, i) => [`甲公司${i}`, `乙项目${i}`, '高端装备制造', '100']),
    ];
    const file = await sheet(rows, (ws) => {
      for (let r = 2; r <= 2001; r++) ws.getCell(r, 16384).value = 'x';
    });
    const rss0 = api.rssMiB();
    const [res, seen] = await watch(api, () => upload(file, 'xfd-rows.xlsx', '?dryRun=true'));
    figures.push(
      `xfd-rows.xlsx: ${Math.round(file.length / 1024)} KB → ${res.status}; RSS ${rss0.toFixed(0)} → peak ` +
        `${seen.peakRssMiB.toFixed(0)} MiB; slowest /health ${seen.slowestHealthMs} ms`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, skipped: 0, errors: [] });
    expect(res.body).toMatchObject({ created: 2000 });
    expect(seen.peakRssMiB - rss0).toBeLessThan(100);
    expect(seen.slowestHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });

  it('a zip bomb declaring 200 MB of sheet XML: 413 before anything is inflated', async () => {
    const xml = await bomb();
    const file = buildZip(
      [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), declaredSize: 200 * 1024 * 1024 }],
      new Map([['xl/worksheets/sheet1.xml', xml]]),
    );
    await refused('bomb-honest.xlsx', file, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a zip bomb that lies (declares 4 KB, inflates to 200 MB): stopped at 4 KB with a 400', async () => {
    const xml = await bomb();
    const file = buildZip(
      [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), declaredSize: 4096 }],
      new Map([['xl/worksheets/sheet1.xml', xml]]),
    );
    await refused('bomb-lying.xlsx', file, 400, 'VALIDATION_FAILED');
  });

  it('a zip bomb spread over many small entries: stopped at 64 MiB in all (413)', async () => {
    const part = await deflateRepeated('<x/>', 1024 * 1024);
    const entries = Array.from({ length: 200 }, (_, i) => ({
      name: `xl/media/p${i}.xml`,
      data: Buffer.alloc(0),
      declaredSize: 1024 * 1024,
    }));
    const file = buildZip(entries, new Map(entries.map((e) => [e.name, part])));
    await refused('bomb-spread.xlsx', file, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a 19 MiB CSV of 5 million rows: 400 after row 20,001, not after building every row', async () => {
    const file = Buffer.from(
      `companyName,projectName\n${'a,b\n'.repeat(5_000_000)}`.slice(0, 19 * 1024 * 1024),
    );
    const body = await refused('rows.csv', file, 400, 'VALIDATION_FAILED');
    expect(body.errors?.[0].message).toMatch(/20000行/);
  });

  it('a CSV whose one row is 5 million commas: 400', async () => {
    const file = Buffer.from(`companyName,projectName${','.repeat(5_000_000)}\n`);
    await refused('wide.csv', file, 400, 'VALIDATION_FAILED');
  });
});
