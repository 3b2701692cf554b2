import { createUser, useApi } from '../support/harness';

describe('reference data', () => {
  const t = useApi();
  let staffToken: string;

  beforeAll(async () => {
    staffToken = (await createUser(t.api, 'staff')).token;
  });

  const get = (path: string) =>
    t.api.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${staffToken}`);

  it('lists the four tracks and three parks in Chinese and English', async () => {
    const tracks = await get('/tracks');
    expect(tracks.body).toEqual([
      { code: 'equipment', nameZh: '高端装备制造', nameEn: 'High-end equipment manufacturing' },
      { code: 'new_energy', nameZh: '新能源', nameEn: 'New energy' },
      { code: 'new_materials', nameZh: '新材料', nameEn: 'New materials' },
      { code: 'semiconductors', nameZh: '先进半导体', nameEn: 'Advanced semiconductors' },
    ]);
    const parks = await get('/parks');
    expect(parks.body.map((p: { code: string; nameZh: string }) => [p.code, p.nameZh])).toEqual([
      ['yangqu', '阳曲园区'],
      ['tanghuai', '唐槐园区'],
      ['xiaohe', '潇河园区'],
    ]);
  });

  it('lists the stages in order with default deadlines, then lost', async () => {
    const res = await get('/stages');
    expect(res.body).toEqual([
      { code: 'lead', nameZh: '洽谈', order: 1, deadlineDays: 90 },
      { code: 'signed', nameZh: '签约', order: 2, deadlineDays: 90 },
      { code: 'landed', nameZh: '落地', order: 3, deadlineDays: 60 },
      { code: 'construction', nameZh: '开工建设', order: 4, deadlineDays: 365 },
      { code: 'production', nameZh: '投产', order: 5, deadlineDays: null },
      { code: 'lost', nameZh: '终止', order: 6, deadlineDays: null },
    ]);
  });

  it('PUT /stages/:code: admin only, validated, 404 for unknown stage', async () => {
    const staff = await t.api
      .http()
      .put('/api/v1/stages/lead')
      .set('Authorization', `Bearer ${staffToken}`)
      .send({ deadlineDays: 30 });
    expect(staff.status).toBe(403);
    const admin = (path: string, body: unknown) =>
      t.api
        .http()
        .put(`/api/v1${path}`)
        .set('Authorization', `Bearer ${t.api.adminToken}`)
        .send(body as object);
    const bad = await admin('/stages/lead', { deadlineDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('deadlineDays');
    expect((await admin('/stages/lead', { deadlineDays: '30' })).status).toBe(400);
    expect((await admin('/stages/nope', { deadlineDays: 30 })).status).toBe(404);
    expect((await admin('/stages/lost', { deadlineDays: 30 })).status).toBe(400);
    const ok = await admin('/stages/lead', { deadlineDays: 45 });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ code: 'lead', nameZh: '洽谈', order: 1, deadlineDays: 45 });
    expect((await get('/stages')).body[0].deadlineDays).toBe(45);
  });
});
