import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { creditCode } from '../leads/lead-fixtures';
import { caller } from './company-fixtures';

const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('companies in Excel, and the lead import finding companies', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let db: Client;
  let call: ReturnType<typeof caller>;
  let staff: { id: string; token: string };
  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env);
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    call = caller(api);
    staff = await createUser(api, 'staff');
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.dropDatabase();
  });

  const upload = (path: string, file: Buffer, name: string) =>
    api
      .http()
      .post(`/api/v1${path}`)
      .set('Authorization', `Bearer ${staff.token}`)
      .attach('file', file, name);

  it('exports with Chinese headers and names, and the exported file imports back as nothing new', async () => {
    const code = creditCode();
    await call('post', '/companies', staff.token, {
      name: '山西烁科晶体有限公司',
      creditCode: code,
      aliases: ['烁科晶体', '烁科'],
      ownership: 'local_soe',
      tags: ['specialized', 'high_tech'],
      notes: '=1+1',
    });
    await call('post', '/companies', staff.token, { name: '泰山玻璃纤维有限公司', ownership: 'central_soe' });
    const res = await api
      .http()
      .get('/api/v1/companies/export.xlsx')
      .set('Authorization', `Bearer ${staff.token}`)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('企业库.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.getWorksheet('企业库')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '企业编号',
      '企业名称',
      '统一社会信用代码',
      '简称',
      '企业性质',
      '标签',
      '总部所在地',
      '网站',
      '备注',
    ]);
    expect((ws.getRow(2).values as unknown[]).slice(2)).toEqual([
      '山西烁科晶体有限公司',
      code,
      '烁科晶体、烁科',
      '地方国企',
      '专精特新、高新技术企业',
      undefined,
      undefined,
      "'=1+1",
    ]);
    expect(ws.rowCount).toBe(3);

    const before = await count('companies');
    const again = await upload('/companies/import', res.body as Buffer, '企业库.xlsx');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ dryRun: false, created: 0, skipped: 2 });
    expect(await count('companies')).toBe(before);
  });

  it('imports a CSV: valid rows created, each bad or duplicate row reported; dryRun writes nothing', async () => {
    const good = creditCode();
    const csv = Buffer.from(
      [
        '企业名称,统一社会信用代码,简称,企业性质,标签,总部所在地',
        `中电科二所,${good},二所、电科二所,央企,高新技术企业、专精特新,山西太原`,
        '晋能控股装备制造集团有限公司,,晋能装备,local_soe,chain_leader,',
        `太原中电科二所,${good},,,,`,
        '坏代码公司,91350100M000100Y44,,,,',
        '性质不对公司,,,国有,,',
        '标签不对公司,,,,独角兽,',
        '山西晋能控股装备制造集团,,,,,',
        ',,,,,',
      ].join('\n'),
    );
    const before = await count('companies');
    const dry = await upload('/companies/import?dryRun=true', csv, 'companies.csv');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 2, skipped: 5 }); // the empty row is no row
    expect(await count('companies')).toBe(before);

    const real = await upload('/companies/import', csv, 'companies.csv');
    expect(real.body.created).toBe(2);
    expect(real.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [4, 'creditCode'],
      [5, 'creditCode'],
      [6, 'ownership'],
      [7, 'tags'],
      [8, 'name'],
    ]);
    expect(real.body.errors[0].message).toBe('与文件中前面的行是同一企业');
    expect(await count('companies')).toBe(before + 2);
    const found = await call('get', `/companies?q=${good}`, staff.token);
    expect(found.body.items).toEqual([
      expect.objectContaining({
        name: '中电科二所',
        aliases: ['二所', '电科二所'],
        ownership: 'central_soe',
        tags: ['high_tech', 'specialized'],
        hqRegion: '山西太原',
      }),
    ]);
    // The aliases are names the similarity search knows.
    const similar = await call(
      'get',
      `/companies/similar?name=${encodeURIComponent('电科二所')}`,
      staff.token,
    );
    expect(similar.body[0]).toMatchObject({ name: '中电科二所', similarity: 1 });

    const noHeader = await upload('/companies/import', Buffer.from('名称\n甲\n'), 'x.csv');
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const noFile = await call('post', '/companies/import', staff.token, {});
    expect(noFile.status).toBe(400);
  });

  it('the lead import finds the company by credit code or by name, and registers a new firm once', async () => {
    const code = creditCode();
    const firm = await call('post', '/companies', staff.token, {
      name: '山西华阳新材料科技集团有限公司',
      creditCode: code,
    });
    const other = await call('post', '/companies', staff.token, { name: '锦波生物医药股份有限公司' });
    const csv = Buffer.from(
      [
        '企业名称,统一社会信用代码,项目名称,产业赛道,计划投资额（万元）',
        `华阳新材,${code},钠离子电池正极材料,新材料,50000`,
        '太原锦波生物医药有限公司,,重组胶原蛋白二期,新材料,30000',
        '全新企业甲,,项目一,新材料,100',
        '全新企业甲有限公司,,项目二,新材料,200',
      ].join('\n'),
    );
    const companiesBefore = await count('companies');
    const res = await upload('/leads/import', csv, 'leads.csv');
    expect(res.body).toMatchObject({ created: 4, skipped: 0 });
    const rows = (
      await db.query(
        `SELECT project_name, company_id FROM leads WHERE project_name = ANY($1) ORDER BY project_name`,
        [['钠离子电池正极材料', '重组胶原蛋白二期', '项目一', '项目二']],
      )
    ).rows as { project_name: string; company_id: string }[];
    const byProject = new Map(rows.map((r) => [r.project_name, r.company_id]));
    expect(byProject.get('钠离子电池正极材料')).toBe(firm.body.id);
    expect(byProject.get('重组胶原蛋白二期')).toBe(other.body.id);
    expect(byProject.get('项目一')).toBe(byProject.get('项目二'));
    expect(await count('companies')).toBe(companiesBefore + 1);
  });
});
