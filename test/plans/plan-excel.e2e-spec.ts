import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { createUser, useApi } from '../support/harness';
import { insertLeads, randomLeads } from '../reports/pipeline-generator';
import { insertPlans, randomPlans } from './plan-fixtures';

/** The 发改 office's sheet: plans out to .xlsx and back in, unchanged; edits and bad rows as an office makes them. */
describe('plans to and from Excel (round trip)', () => {
  const t = useApi();

  it('exports the year’s plans and imports the file back unchanged; an edited sheet updates exactly its rows', async () => {
    const supervisor = await createUser(t.api, 'supervisor');
    const staff = await createUser(t.api, 'staff');
    const db = t.api.app.get(DataSource);
    const leads = randomLeads(7, 120, [staff.id], '2025-06-15');
    await insertLeads(db, leads);
    await insertPlans(db, randomPlans(7, leads, [2025]));
    const auth = (r: ReturnType<ReturnType<typeof t.api.http>['get']>, token = supervisor.token) =>
      r.set('Authorization', `Bearer ${token}`);
    const allPlans = async () => {
      const res = await auth(t.api.http().get('/api/v1/plans/2025?limit=200'));
      return res.body.items.map((p: Record<string, unknown>) => ({
        ...p,
        updatedAt: undefined,
        updatedBy: undefined,
      }));
    };
    const before = await allPlans();
    expect(before.length).toBeGreaterThan(50);

    const download = async () =>
      (
        await auth(t.api.http().get('/api/v1/plans/2025/export.xlsx'))
          .buffer(true)
          .parse((res, cb) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => cb(null, Buffer.concat(chunks)));
          })
      ).body as Buffer;
    const file = await download();
    const upload = (buffer: Buffer, query = '', token = supervisor.token) =>
      t.api
        .http()
        .post(`/api/v1/plans/import${query}`)
        .set('Authorization', `Bearer ${token}`)
        .attach('file', buffer, '2025年度计划.xlsx');

    const dry = await upload(file, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ updated: before.length, errors: [] });
    const again = await upload(file);
    expect(again.body).toEqual({ updated: before.length, errors: [] });
    expect(await allPlans()).toEqual(before);

    // The office edits two rows and spoils a third.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '项目编号',
      '项目名称',
      '建设单位',
      '年度',
      '年度计划投资（万元）',
      '计划开工月份',
      '计划投产月份',
      '建设性质',
      '项目类别',
      '省级重点工程',
    ]);
    ws.getRow(2).getCell(5).value = '12345.6789';
    ws.getRow(2).getCell(10).value = '是';
    ws.getRow(3).getCell(8).value = '续建';
    ws.getRow(4).getCell(5).value = '-3';
    ws.getRow(4).getCell(9).value = '农业类';
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(edited);
    expect(res.body.updated).toBe(before.length - 1);
    expect(res.body.errors).toEqual([
      { row: 4, field: 'category', message: '须为产业类或基础设施类' },
      { row: 4, field: 'plannedInvestmentWan', message: '金额须大于0，最多4位小数' },
    ]);
    const after = await allPlans();
    const byId = (xs: { leadId: string }[], id: unknown) => xs.find((p) => p.leadId === id);
    const id2 = ws.getRow(2).getCell(1).value;
    const id3 = ws.getRow(3).getCell(1).value;
    expect(byId(after, id2)).toMatchObject({ plannedInvestmentWan: '12345.6789', provincialKey: true });
    expect(byId(after, id3)).toMatchObject({ buildType: 'continued' });
    const untouched = after.filter((p: { leadId: unknown }) => p.leadId !== id2 && p.leadId !== id3);
    expect(untouched).toEqual(
      before.filter((p: { leadId: unknown }) => p.leadId !== id2 && p.leadId !== id3),
    );

    // Staff may not import; a file without the required columns is refused whole.
    expect((await upload(file, '', staff.token)).status).toBe(403);
    const bare = new ExcelJS.Workbook();
    bare.addWorksheet('x').addRow(['项目名称']);
    const refused = await upload(Buffer.from(await bare.xlsx.writeBuffer()));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('file');
  }, 60_000);
});
