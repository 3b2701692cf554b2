import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { Response } from 'superagent';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { creditCode, leadsApi } from './lead-fixtures';

/** Collects the raw response body (the workbook) instead of parsing it as text. */
const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('leads: Excel export and Excel/CSV import', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let db: Client;
  let leads: ReturnType<typeof leadsApi>;
  let staff: { id: string; token: string };
  const staffName = 'excel-owner';
  const clock = new MutableClock(new Date('2024-06-01T02:00:00Z'));

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    leads = leadsApi(api);
    staff = await createUser(api, 'staff', staffName);
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.dropDatabase();
  });

  const exportXlsx = (query = '') =>
    api
      .http()
      .get(`/api/v1/leads/export.xlsx${query}`)
      .set('Authorization', `Bearer ${staff.token}`)
      .buffer(true)
      .parse(binary);
  const importFile = (file: Buffer, name: string, query = '') =>
    api
      .http()
      .post(`/api/v1/leads/import${query}`)
      .set('Authorization', `Bearer ${staff.token}`)
      .attach('file', file, name);
  const leadCount = async () => (await db.query('SELECT count(*)::int AS n FROM leads')).rows[0].n as number;

  it('exports with Chinese headers, amounts as 万元 numbers, dates as dates, and formulas neutralised', async () => {
    const evil = await leads.create(staff.token, {
      companyName: '=HYPERLINK("http://evil.example","点我")',
      projectName: '@SUM(1+1)',
      notes: '+86 备注',
      contactName: '-张三',
      track: 'semiconductors',
      plannedInvestmentWan: '123456.789',
    });
    expect(evil.status).toBe(201);
    const signed = await leads.create(staff.token, {
      companyName: '比亚迪股份有限公司',
      projectName: '新能源汽车',
      track: 'new_energy',
      park: 'xiaohe',
    });
    await leads.move(staff.token, signed.body.id, { to: 'signed', signedAmountWan: '200000', version: 1 });

    const res = await exportXlsx();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        '企业名称',
        '项目名称',
        '产业赛道',
        '计划投资额（万元）',
        '签约金额（万元）',
        '签约日期',
        '阶段',
      ]),
    );
    const col = (header: string) => headers.indexOf(header) + 1;
    const rowOf = (id: string) => {
      for (let r = 2; r <= ws.rowCount; r++)
        if (ws.getRow(r).getCell(col('项目编号')).value === id) return ws.getRow(r);
      throw new Error('row not found');
    };
    const e = rowOf(evil.body.id);
    expect(e.getCell(col('企业名称')).value).toBe('\'=HYPERLINK("http://evil.example","点我")');
    expect(e.getCell(col('项目名称')).value).toBe("'@SUM(1+1)");
    expect(e.getCell(col('备注')).value).toBe("'+86 备注");
    expect(e.getCell(col('联系人')).value).toBe("'-张三");
    expect(e.getCell(col('企业名称')).formula).toBeUndefined();
    expect(e.getCell(col('产业赛道')).value).toBe('先进半导体');
    const amount = e.getCell(col('计划投资额（万元）'));
    expect(amount.value).toBe(123456.789);
    expect(amount.numFmt).toContain('万元');
    const s = rowOf(signed.body.id);
    expect(s.getCell(col('签约金额（万元）')).value).toBe(200000);
    const signedAt = s.getCell(col('签约日期')).value as Date;
    expect(signedAt).toBeInstanceOf(Date);
    expect(signedAt.toISOString().slice(0, 10)).toBe('2024-06-01');
    expect(s.getCell(col('阶段')).value).toBe('签约');
    expect(e.getCell(col('负责人')).value).toBe(staffName);
  });

  it('export takes the list filters; the route is not mistaken for a lead id', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx('?stage=signed')).body);
    expect(wb.worksheets[0].rowCount).toBe(2);
    expect((await exportXlsx('?stage=nope')).status).toBe(400);
  });

  it('imports a CSV (BOM, Chinese headers and names): good rows created, bad rows and duplicates reported; dryRun writes nothing', async () => {
    const existing = await leads.create(staff.token, { companyName: '太重集团', projectName: '矿山装备' });
    expect(existing.status).toBe(201);
    const code = creditCode();
    const csv = [
      '企业名称,项目名称,产业赛道,园区,招商方式,计划投资额（万元）,统一社会信用代码,联系电话,省级重点工程',
      `晶科能源,光伏组件,新能源,潇河园区,产业链招商,300000,${code},13800138000,是`,
      '泰山玻纤,玻纤产线,new_materials,yangqu,business_referral,"80,000",,,否',
      ',缺企业,equipment,,,100,,,',
      '烁科晶体,碳化硅,先进半导体,,,-5,bad,123,',
      'ＴＡＩ重集团,矿山 装备,equipment,,,100,,,',
      '晶科能源,光伏组件,new_energy,,,100,,,',
      '"逗号,公司","引号""项目",equipment,,,0.0001,,,',
      ',,,,,,,,',
    ].join('\r\n');
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]);
    const before = await leadCount();
    const dry = await importFile(file, 'leads.csv', '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(await leadCount()).toBe(before);
    const real = await importFile(file, 'leads.csv');
    expect(real.status).toBe(200);
    expect(real.body).toEqual({ ...dry.body, dryRun: false });
    expect(real.body.created).toBe(3); // rows 2, 6 and 8; row 9 is empty
    expect(real.body.skipped).toBe(4);
    const byRow = (row: number) =>
      real.body.errors
        .filter((e: { row: number }) => e.row === row)
        .map((e: { field: string }) => e.field)
        .sort();
    expect(byRow(3)).toEqual(['plannedInvestmentWan']); // "80,000" is not a decimal amount
    expect(byRow(4)).toEqual(['companyName']);
    expect(byRow(5)).toEqual(['contactPhone', 'creditCode', 'plannedInvestmentWan']);
    expect(byRow(6)).toEqual([]); // ＴＡＩ重集团 ≠ 太重集团: a different company
    expect(byRow(7)).toEqual(['companyName']);
    expect(real.body.errors.find((e: { row: number }) => e.row === 7).message).toBe('与本文件第2行重复');
    expect(await leadCount()).toBe(before + 3);
    expect(
      (await leads.list(staff.token, `?q=${encodeURIComponent('逗号,公司')}`)).body.items[0].projectName,
    ).toBe('引号"项目');
    const jinko = (await leads.list(staff.token, `?q=${encodeURIComponent('晶科能源')}`)).body.items[0];
    expect(jinko).toMatchObject({
      track: 'new_energy',
      park: 'xiaohe',
      source: 'industry_chain',
      creditCode: code,
      isProvincialKey: true,
      plannedInvestmentWan: '300000.0000',
    });
    const audit = (await leads.call('get', `/leads/${jinko.id}/audit`, staff.token)).body;
    expect(audit[0]).toMatchObject({ action: 'imported', userId: staff.id });
  });

  it('imports an .xlsx with API field names; an existing open lead is reported as a duplicate', async () => {
    await leads.create(staff.token, { companyName: '中国宝武', projectName: '不锈钢精深加工' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('导入');
    ws.addRow(['companyName', 'projectName', 'track', 'plannedInvestmentWan', 'notes']);
    ws.addRow(['华为技术', '算力中心', 'semiconductors', 500000.5, "'=1+1"]);
    ws.addRow(['中国 宝武', '不锈钢精深加工', 'new_materials', 1000, null]);
    ws.addRow(['缺金额公司', '项目', 'equipment', null, null]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await importFile(file, 'leads.xlsx');
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(1);
    expect(res.body.errors).toEqual([
      { row: 3, field: 'companyName', message: '与一条未终止的线索重复（同一企业、同一项目）' },
      { row: 4, field: 'plannedInvestmentWan', message: '必填' },
    ]);
    const created = (await leads.list(staff.token, `?q=${encodeURIComponent('华为')}`)).body.items[0];
    expect(created).toMatchObject({ plannedInvestmentWan: '500000.5000', notes: '=1+1' });
  });

  it('an exported workbook imports back: every row is reported as a duplicate of its open lead', async () => {
    const exported = await exportXlsx('?stage=lead');
    const res = await importFile(exported.body as Buffer, 'export.xlsx');
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(0);
    expect(res.body.skipped).toBeGreaterThan(3);
    expect(new Set(res.body.errors.map((e: { message: string }) => e.message))).toEqual(
      new Set(['与一条未终止的线索重复（同一企业、同一项目）']),
    );
  });

  it('imports 5,000 rows in one request, batched', async () => {
    const lines = ['companyName,projectName,track,plannedInvestmentWan'];
    for (let i = 0; i < 5000; i++) lines.push(`批量企业${i},批量项目${i},equipment,${(i % 97) + 1}.5`);
    const before = await leadCount();
    const res = await importFile(Buffer.from(lines.join('\n')), 'bulk.csv');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ dryRun: false, created: 5000, skipped: 0, errors: [] });
    expect(await leadCount()).toBe(before + 5000);
    const approvals = await db.query(
      `SELECT count(*)::int AS n FROM lead_approvals a JOIN leads l ON l.id = a.lead_id WHERE l.company_name LIKE '批量企业%'`,
    );
    expect(approvals.rows[0].n).toBe(15000);
  });

  it('refuses a request without a file, a file without the needed headers, and a file over 20 MiB (413)', async () => {
    const none = await api
      .http()
      .post('/api/v1/leads/import')
      .set('Authorization', `Bearer ${staff.token}`)
      .send({});
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('VALIDATION_FAILED');
    const noHeaders = await importFile(Buffer.from('a,b\n1,2\n'), 'x.csv');
    expect(noHeaders.status).toBe(400);
    expect(noHeaders.body.errors[0].field).toBe('file');
    const brokenXlsx = await importFile(
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]),
      'x.xlsx',
    );
    expect(brokenXlsx.status).toBe(400);
    const badQuery = await importFile(Buffer.from('companyName,projectName\n'), 'x.csv', '?dryRun=maybe');
    expect(badQuery.status).toBe(400);
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x61);
    const before = await leadCount();
    const tooBig = await importFile(big, 'big.csv');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await leadCount()).toBe(before);
  });
});
