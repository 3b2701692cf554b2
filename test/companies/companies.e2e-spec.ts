import Decimal from 'decimal.js';
import { Client } from 'pg';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { creditCode } from '../leads/lead-fixtures';
import { normaliseCompanyName } from '@luodi/companies/company-name';
import { caller, REGISTERED, SAME_FIRM, UNRELATED } from './company-fixtures';

describe('companies: register, company page, similarity, leads linked to companies', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let call: ReturnType<typeof caller>;
  let db: Client;
  let staff: { id: string; token: string };
  let supervisor: { id: string; token: string };
  const clock = new MutableClock(new Date('2024-06-03T02:00:00Z'));
  const count = async (table: string) =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    call = caller(api);
    db = new Client({ connectionString: env.config.databaseUrl });
    await db.connect();
    staff = await createUser(api, 'staff');
    supervisor = await createUser(api, 'supervisor');
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.dropDatabase();
  });

  describe('the register', () => {
    it('creates a company: 201, Location, normalised fields', async () => {
      const code = creditCode();
      const res = await call('post', '/companies', staff.token, {
        name: ' 山西天地煤机装备有限公司 ',
        creditCode: code.toLowerCase(),
        aliases: ['天地煤机', ' 天地煤机 ', '山西天地煤机装备有限公司'],
        ownership: 'central_soe',
        tags: ['chain_leader', 'listed', 'chain_leader'],
        hqRegion: '山西省太原市',
        website: 'https://www.tdmj.example',
      });
      expect(res.status).toBe(201);
      expect(res.headers.location).toBe(`/api/v1/companies/${res.body.id}`);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: '山西天地煤机装备有限公司',
        creditCode: code,
        aliases: ['天地煤机'],
        ownership: 'central_soe',
        tags: ['chain_leader', 'listed'],
        hqRegion: '山西省太原市',
        website: 'https://www.tdmj.example',
        notes: null,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('one company per credit code, and per normalised name without one: 409 DUPLICATE_COMPANY', async () => {
      const code = creditCode();
      const first = await call('post', '/companies', staff.token, {
        name: '山西华阳新材料有限公司',
        creditCode: code,
      });
      const byCode = await call('post', '/companies', staff.token, { name: '另一个名字', creditCode: code });
      expect(byCode.status).toBe(409);
      expect(byCode.body).toMatchObject({ code: 'DUPLICATE_COMPANY', existingCompanyId: first.body.id });
      expect(byCode.headers['content-type']).toMatch(/application\/problem\+json/);

      const noCode = await call('post', '/companies', staff.token, { name: '潇河新材料有限公司' });
      const sameName = await call('post', '/companies', staff.token, { name: '山西潇河新材料集团' });
      expect(sameName.status).toBe(409);
      expect(sameName.body).toMatchObject({ code: 'DUPLICATE_COMPANY', existingCompanyId: noCode.body.id });
      expect(sameName.body.detail).toMatch(/企业库中已有该企业/);
    });

    it.each([
      ['a wrong check character', { name: '甲公司', creditCode: '91350100M000100Y44' }, 'creditCode'],
      ['an empty name', { name: '   ' }, 'name'],
      ['no name', { ownership: 'private' }, 'name'],
      ['an unknown ownership', { name: '乙公司', ownership: 'state' }, 'ownership'],
      ['an unknown tag', { name: '丙公司', tags: ['unicorn'] }, 'tags'],
      ['aliases not a list', { name: '丁公司', aliases: '丁' }, 'aliases'],
      ['an unknown field', { name: '戊公司', founded: 1998 }, 'founded'],
    ])('refuses %s with 400 naming the field, writing nothing', async (_what, body, field) => {
      const before = await count('companies');
      const res = await call('post', '/companies', staff.token, body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await count('companies')).toBe(before);
    });

    it('needs a signed-in user (401) and answers problem+json for bad ids (400) and unknown ones (404)', async () => {
      expect((await api.http().get('/api/v1/companies')).status).toBe(401);
      expect((await api.http().post('/api/v1/companies').send({ name: '甲' })).status).toBe(401);
      const bad = await call('get', '/companies/not-a-uuid', staff.token);
      expect(bad.status).toBe(400);
      const unknown = await call('get', '/companies/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11', staff.token);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('NOT_FOUND');
    });

    it('lists by q (name, alias or credit code), ownership and tag, paged by cursor', async () => {
      const code = creditCode();
      const a = await call('post', '/companies', staff.token, {
        name: '中车太原机车车辆有限公司',
        aliases: ['中车太原'],
        ownership: 'central_soe',
        tags: ['fortune_global_500'],
        creditCode: code,
      });
      await call('post', '/companies', staff.token, {
        name: '美锦能源（山西）有限公司',
        ownership: 'private',
      });
      const byName = await call('get', `/companies?q=${encodeURIComponent('机车车辆')}`, staff.token);
      expect(byName.body.items.map((c: { id: string }) => c.id)).toEqual([a.body.id]);
      const byAlias = await call('get', `/companies?q=${encodeURIComponent('中车太原')}`, staff.token);
      expect(byAlias.body.items.map((c: { id: string }) => c.id)).toEqual([a.body.id]);
      const byCode = await call('get', `/companies?q=${code.toLowerCase()}`, staff.token);
      expect(byCode.body.items.map((c: { id: string }) => c.id)).toEqual([a.body.id]);
      const byTag = await call('get', '/companies?tag=fortune_global_500', staff.token);
      expect(byTag.body.items.map((c: { id: string }) => c.id)).toEqual([a.body.id]);
      const priv = await call('get', '/companies?ownership=private', staff.token);
      expect(priv.body.items.every((c: { ownership: string }) => c.ownership === 'private')).toBe(true);
      expect(priv.body.items.length).toBeGreaterThan(0);

      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await call('get', `/companies?limit=2${cursor ? `&cursor=${cursor}` : ''}`, staff.token);
        expect(page.status).toBe(200);
        all.push(...page.body.items.map((c: { id: string }) => c.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(all).size).toBe(all.length);
      expect(all.length).toBe(await count('companies'));
      expect((await call('get', '/companies?tag=unicorn', staff.token)).status).toBe(400);
      expect((await call('get', '/companies?cursor=%%%', staff.token)).status).toBe(400);
    });

    it('edits with the current version; a stale one is 409, a rename onto another firm is 409', async () => {
      const a = await call('post', '/companies', staff.token, { name: '太原钢铁（集团）有限公司' });
      const b = await call('post', '/companies', staff.token, { name: '山西建投集团' });
      const ok = await call('patch', `/companies/${a.body.id}`, staff.token, {
        version: 1,
        aliases: ['太钢'],
        tags: ['china_500'],
        notes: '链主企业',
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        version: 2,
        aliases: ['太钢'],
        tags: ['china_500'],
        notes: '链主企业',
      });
      const stale = await call('patch', `/companies/${a.body.id}`, staff.token, { version: 1, notes: 'x' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
      const clash = await call('patch', `/companies/${a.body.id}`, staff.token, {
        version: 2,
        name: '建投集团',
      });
      expect(clash.status).toBe(409);
      expect(clash.body).toMatchObject({ code: 'DUPLICATE_COMPANY', existingCompanyId: b.body.id });
      const cleared = await call('patch', `/companies/${a.body.id}`, staff.token, {
        version: 2,
        notes: null,
      });
      expect(cleared.body).toMatchObject({ version: 3, notes: null });
      // The alias is a name the similarity search now finds.
      const similar = await call('get', `/companies/similar?name=${encodeURIComponent('太钢')}`, staff.token);
      expect(similar.body[0]).toMatchObject({ id: a.body.id, similarity: 1 });
      const missing = await call('patch', `/companies/${a.body.id}`, staff.token, { notes: 'x' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('version');
    });

    it('adds contacts; a bad phone or email is 400, an unknown company 404', async () => {
      const a = await call('post', '/companies', staff.token, { name: '山西转型综改示范区晋创科技有限公司' });
      const res = await call('post', `/companies/${a.body.id}/contacts`, staff.token, {
        name: '王经理',
        title: '总经理',
        phone: '13800138000',
        email: 'wang@example.com',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: '王经理',
        title: '总经理',
        phone: '13800138000',
        email: 'wang@example.com',
        createdAt: expect.any(String),
      });
      const bad = await call('post', `/companies/${a.body.id}/contacts`, staff.token, {
        name: '李',
        phone: '12345',
        email: 'nope',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'phone']);
      const unknown = await call(
        'post',
        '/companies/6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11/contacts',
        staff.token,
        {
          name: '李',
        },
      );
      expect(unknown.status).toBe(404);
      const page = await call('get', `/companies/${a.body.id}`, staff.token);
      expect(page.body.contacts).toEqual([res.body]);
    });
  });

  describe('similarity', () => {
    const ids = new Map<string, string>();
    beforeAll(async () => {
      for (const c of REGISTERED) {
        const res = await call('post', '/companies', supervisor.token, c);
        expect(res.status).toBe(201);
        ids.set(c.name, res.body.id);
      }
    });

    it.each(SAME_FIRM)('finds %s as %s (%s)', async (typed, registered) => {
      const res = await call('get', `/companies/similar?name=${encodeURIComponent(typed)}`, staff.token);
      expect(res.status).toBe(200);
      expect(res.body[0]).toMatchObject({ id: ids.get(registered), name: registered });
      expect(res.body[0].similarity).toBeGreaterThanOrEqual(0.4);
    });

    it.each(UNRELATED)('does not offer any registered firm for %s', async (typed) => {
      const res = await call('get', `/companies/similar?name=${encodeURIComponent(typed)}`, staff.token);
      expect(res.status).toBe(200);
      const registered = new Set(ids.values());
      expect(res.body.filter((c: { id: string }) => registered.has(c.id))).toEqual([]);
    });

    it('refuses a missing or over-long name with 400', async () => {
      expect((await call('get', '/companies/similar', staff.token)).status).toBe(400);
      expect((await call('get', `/companies/similar?name=${'企'.repeat(201)}`, staff.token)).status).toBe(
        400,
      );
    });

    it('the SQL normalisation (company_name_norm) agrees with the TypeScript one on every name here', async () => {
      const names = [
        ...SAME_FIRM.flatMap(([a, b]) => [a, b]),
        ...UNRELATED,
        ...REGISTERED.map((c) => c.name),
      ];
      const { rows } = await db.query(`SELECT n, company_name_norm(n) AS norm FROM unnest($1::text[]) AS n`, [
        names,
      ]);
      for (const r of rows) expect([r.n, r.norm]).toEqual([r.n, normaliseCompanyName(r.n)]);
    });
  });

  describe('leads and companies', () => {
    it('a lead with a registered firm’s name or credit code is that firm’s; a look-alike name warns', async () => {
      const code = creditCode();
      const firm = await call('post', '/companies', staff.token, {
        name: '山西中科潞安紫外光电科技有限公司',
        creditCode: code,
      });
      const byName = await call('post', '/leads', staff.token, {
        companyName: '中科潞安紫外光电',
        projectName: '深紫外LED芯片项目',
        track: 'semiconductors',
        plannedInvestmentWan: '80000',
      });
      expect(byName.status).toBe(201);
      expect(byName.body).toMatchObject({
        companyId: firm.body.id,
        projectType: 'new',
        chainLinkId: null,
        chainRole: null,
      });
      const byCode = await call('post', '/leads', staff.token, {
        companyName: '完全不同的写法',
        creditCode: code,
        projectName: '二期',
        track: 'semiconductors',
        plannedInvestmentWan: '1000',
        projectType: 'expansion',
      });
      expect(byCode.body).toMatchObject({ companyId: firm.body.id, projectType: 'expansion' });

      const before = await count('companies');
      const lookAlike = await call('post', '/leads', staff.token, {
        companyName: '中科潞安紫外',
        projectName: '紫外消杀模组',
        track: 'semiconductors',
        plannedInvestmentWan: '3000',
      });
      expect(lookAlike.status).toBe(201);
      expect(lookAlike.body.companyId).not.toBe(firm.body.id);
      expect(await count('companies')).toBe(before + 1);
      expect(lookAlike.body.similarCompanies).toEqual([
        expect.objectContaining({ id: firm.body.id, name: '山西中科潞安紫外光电科技有限公司' }),
      ]);
      // Read back, the lead carries no warning (it is part of the 201 only).
      const read = await call('get', `/leads/${lookAlike.body.id}`, staff.token);
      expect(read.body.similarCompanies).toBeUndefined();
    });

    it('look-alikes are named only when the lead’s firm is new to the register, never for a registered one', async () => {
      const code = creditCode();
      const firm = await call('post', '/companies', staff.token, {
        name: '山西晶华新能源科技有限公司',
        creditCode: code,
        aliases: ['晶华能源'],
      });
      const lookAlike = await call('post', '/companies', staff.token, { name: '太原晶华新能源材料有限公司' });
      expect([firm.status, lookAlike.status]).toEqual([201, 201]);
      const lead = (companyName: string, projectName: string, extra: object = {}) =>
        call('post', '/leads', staff.token, {
          companyName,
          projectName,
          track: 'new_energy',
          plannedInvestmentWan: '5000',
          ...extra,
        });

      // Linked to the registered firm by normalised name, by alias or by credit code: no warning, although
      // 晶华新能源材料 looks like it (similarity 0.56).
      const companies = await count('companies');
      const byName = await lead('晶华新能源', '储能电站一期');
      const byAlias = await lead('晶华能源有限公司', '储能电站二期');
      const byCode = await lead('另一种写法', '储能电站三期', { creditCode: code });
      for (const res of [byName, byAlias, byCode]) {
        expect(res.status).toBe(201);
        expect(res.body.companyId).toBe(firm.body.id);
        expect(res.body.similarCompanies).toBeUndefined();
      }
      expect(await count('companies')).toBe(companies);

      // A new firm that looks like both: the warning names them (not the company the lead itself created).
      const newFirm = await lead('山西晶华新能源装备有限公司', '光伏组件');
      expect(newFirm.status).toBe(201);
      expect(await count('companies')).toBe(companies + 1);
      expect(newFirm.body.similarCompanies).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: firm.body.id }),
          expect.objectContaining({ id: lookAlike.body.id }),
        ]),
      );
      expect(newFirm.body.similarCompanies).toHaveLength(2);
      // The firm's next lead finds the company that one created: registered now, so no warning.
      const again = await lead('晶华新能源装备', '光伏组件二期');
      expect(again.body.companyId).toBe(newFirm.body.companyId);
      expect(again.body.similarCompanies).toBeUndefined();
    });

    it('with companyId the lead takes the company’s name and credit code; bad references are 400', async () => {
      const code = creditCode();
      const firm = await call('post', '/companies', staff.token, {
        name: '山西烁科新材料有限公司',
        creditCode: code,
      });
      const res = await call('post', '/leads', staff.token, {
        companyId: firm.body.id,
        projectName: '碳化硅衬底扩产',
        track: 'semiconductors',
        plannedInvestmentWan: '120000',
        projectType: 'expansion',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        companyId: firm.body.id,
        companyName: '山西烁科新材料有限公司',
        creditCode: code,
        projectType: 'expansion',
      });
      expect(res.body.similarCompanies).toBeUndefined();

      const leadsBefore = await count('leads');
      const cases: [Record<string, unknown>, string][] = [
        [{ companyId: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11' }, 'companyId'],
        [{ companyId: 'x' }, 'companyId'],
        [{ companyId: firm.body.id, creditCode: creditCode() }, 'creditCode'],
        [{ companyName: '甲', chainLinkId: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11' }, 'chainLinkId'],
        [{ companyName: '甲', projectType: 'merger' }, 'projectType'],
        [{ companyName: '甲', chainRole: 'lead' }, 'chainRole'],
        [{}, 'companyName'],
      ];
      for (const [over, field] of cases) {
        const bad = await call('post', '/leads', staff.token, {
          projectName: '测试项目',
          track: 'semiconductors',
          plannedInvestmentWan: '1',
          ...over,
        });
        expect([field, bad.status]).toEqual([field, 400]);
        expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect(await count('leads')).toBe(leadsBefore);
    });

    it('PATCH /leads moves a lead to another company and sets its project type; an unknown company is 400', async () => {
      const a = await call('post', '/leads', staff.token, {
        companyName: '晋能控股装备制造集团',
        projectName: '液压支架智能工厂',
        track: 'equipment',
        plannedInvestmentWan: '60000',
      });
      const other = await call('post', '/companies', staff.token, { name: '山西天地王坡煤业有限公司' });
      const moved = await call('patch', `/leads/${a.body.id}`, staff.token, {
        version: 1,
        companyId: other.body.id,
        projectType: 'upgrade',
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ companyId: other.body.id, projectType: 'upgrade', version: 2 });
      const bad = await call('patch', `/leads/${a.body.id}`, staff.token, {
        version: 2,
        companyId: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'companyId' })]);
      const audit = await call('get', `/leads/${a.body.id}/audit`, staff.token);
      expect(audit.body.at(-1).changes).toEqual({
        companyId: [a.body.companyId, other.body.id],
        projectType: ['new', 'upgrade'],
      });
    });

    it('a company page lists its projects, activities across them and totals equal to the sums over its leads', async () => {
      const firm = await call('post', '/companies', staff.token, {
        name: '太原理工天成科技股份有限公司',
        creditCode: creditCode(),
      });
      const amounts = ['12000.5', '8000.25', '30000', '450.0001'];
      const leadIds: string[] = [];
      for (const [i, wan] of amounts.entries()) {
        const res = await call('post', '/leads', staff.token, {
          companyId: firm.body.id,
          projectName: `天成项目${i}`,
          track: 'new_materials',
          plannedInvestmentWan: wan,
        });
        leadIds.push(res.body.id);
      }
      const signed = await call('post', `/leads/${leadIds[0]}/transitions`, staff.token, {
        to: 'signed',
        signedAmountWan: '11000.1234',
        version: 1,
      });
      expect(signed.status).toBe(200);
      const signed2 = await call('post', `/leads/${leadIds[1]}/transitions`, staff.token, {
        to: 'signed',
        signedAmountWan: '7000',
        version: 1,
      });
      await call('post', `/leads/${leadIds[1]}/transitions`, staff.token, {
        to: 'lost',
        reason: '企业转投他地',
        version: signed2.body.version,
      });
      for (const [i, id] of [leadIds[0], leadIds[2]].entries()) {
        const a = await call('post', `/leads/${id}/activities`, staff.token, {
          kind: 'visit',
          occurredAt: `2024-05-0${i + 1}T02:00:00Z`,
          summary: `走访${i}`,
        });
        expect(a.status).toBe(201);
      }

      const page = await call('get', `/companies/${firm.body.id}`, supervisor.token);
      expect(page.status).toBe(200);
      expect(page.body.leads.map((l: { id: string }) => l.id).sort()).toEqual([...leadIds].sort());
      expect(page.body.activities.map((a: { summary: string }) => a.summary)).toEqual(['走访1', '走访0']);

      // Independently: the leads as GET /leads/:id returns them.
      const leads = await Promise.all(
        leadIds.map(async (id) => (await call('get', `/leads/${id}`, staff.token)).body),
      );
      const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0)).toFixed(4);
      const notLost = leads.filter((l) => l.stage !== 'lost');
      const countedSigned = leads.filter((l) =>
        ['signed', 'landed', 'construction', 'production'].includes(l.stage),
      );
      expect(page.body.totals).toEqual({
        leads: leads.length,
        openLeads: notLost.length,
        lostLeads: leads.length - notLost.length,
        plannedInvestmentWan: sum(notLost.map((l) => l.plannedInvestmentWan)),
        signedAmountWan: sum(countedSigned.map((l) => l.signedAmountWan)),
        signedAmountYi: new Decimal(sum(countedSigned.map((l) => l.signedAmountWan))).div(10000).toFixed(4),
      });
      expect(page.body.totals.signedAmountWan).toBe('11000.1234');
    });
  });
});
