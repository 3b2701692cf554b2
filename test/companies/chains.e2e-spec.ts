import Decimal from 'decimal.js';
import { ApiHandle, createTestEnv, createUser, startApi, TestEnv } from '../support/harness';
import { MutableClock } from '../support/mutable-clock';
import { caller } from './company-fixtures';

interface ReportLink {
  id: string;
  name: string;
  position: string;
  companiesPresent: number;
  leadsInProgress: number;
  targetsNotApproached: number;
  signedAmountWan: string;
  signedAmountYi: string;
  gap: boolean;
  state: string;
}

describe('chains: links per track, targets, the chain report', () => {
  let env: TestEnv;
  let api: ApiHandle;
  let call: ReturnType<typeof caller>;
  let admin: string;
  let staff: { id: string; token: string };
  let supervisor: { id: string; token: string };
  const clock = new MutableClock(new Date('2024-06-03T02:00:00Z'));

  beforeAll(async () => {
    env = await createTestEnv();
    api = await startApi(env, { clock });
    call = caller(api);
    admin = api.adminToken;
    staff = await createUser(api, 'staff');
    supervisor = await createUser(api, 'supervisor');
  });
  afterAll(async () => {
    await api?.close();
    await env?.dropDatabase();
  });

  async function chainWithLinks(track: string, name: string, links: [string, string][]) {
    const chain = await call('post', '/chains', admin, { track, name });
    expect(chain.status).toBe(201);
    expect(chain.headers.location).toBe(`/api/v1/chains/${chain.body.id}`);
    let body = chain.body;
    for (const [linkName, position] of links) {
      const res = await call('post', `/chains/${chain.body.id}/links`, admin, { name: linkName, position });
      expect(res.status).toBe(201);
      body = res.body;
    }
    return body as { id: string; version: number; links: { id: string; name: string; position: string }[] };
  }

  async function lead(companyName: string, chainLinkId: string | null, over: Record<string, unknown> = {}) {
    const res = await call('post', '/leads', staff.token, {
      companyName,
      projectName: `${companyName}项目${Math.random().toString(36).slice(2, 6)}`,
      track: 'semiconductors',
      plannedInvestmentWan: '10000',
      chainLinkId,
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; companyId: string };
  }

  async function moveTo(id: string, stages: string[], signedAmountWan = '5000') {
    let version = (await call('get', `/leads/${id}`, staff.token)).body.version as number;
    for (const to of stages) {
      if (to === 'landed') {
        for (const kind of ['project_approval', 'eia', 'land']) {
          await call('put', `/leads/${id}/approvals/${kind}`, staff.token, {
            status: 'done',
            doneAt: '2024-06-03',
          });
        }
        version = (await call('get', `/leads/${id}`, staff.token)).body.version as number;
      }
      const body: Record<string, unknown> = { to, version };
      if (to === 'signed') body.signedAmountWan = signedAmountWan;
      if (to === 'lost') body.reason = '企业决定不再投资';
      const res = await call('post', `/leads/${id}/transitions`, staff.token, body);
      expect([to, res.status]).toEqual([to, 200]);
      version = res.body.version;
    }
  }

  it('admins edit chains and links; staff and supervisors may not (403); names are unique per track', async () => {
    const chain = await chainWithLinks('new_energy', '氢能', [
      ['制氢', 'upstream'],
      ['储运', 'midstream'],
      ['燃料电池', 'downstream'],
    ]);
    expect(chain.links.map((l) => [l.name, l.position])).toEqual([
      ['制氢', 'upstream'],
      ['储运', 'midstream'],
      ['燃料电池', 'downstream'],
    ]);
    expect((await call('post', '/chains', staff.token, { track: 'new_energy', name: '光伏' })).status).toBe(
      403,
    );
    expect(
      (await call('post', '/chains', supervisor.token, { track: 'new_energy', name: '光伏' })).status,
    ).toBe(403);
    expect(
      (
        await call('post', `/chains/${chain.id}/links`, staff.token, {
          name: '加氢站',
          position: 'downstream',
        })
      ).status,
    ).toBe(403);
    const dup = await call('post', '/chains', admin, { track: 'new_energy', name: '氢能' });
    expect(dup.status).toBe(400);
    expect(dup.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    const dupLink = await call('post', `/chains/${chain.id}/links`, admin, {
      name: '制氢',
      position: 'upstream',
    });
    expect(dupLink.status).toBe(400);
    const renamed = await call('patch', `/chains/${chain.id}`, admin, {
      version: chain.version,
      name: '氢能源',
    });
    expect(renamed.body).toMatchObject({ name: '氢能源', version: chain.version + 1 });
    const stale = await call('patch', `/chains/${chain.id}`, admin, { version: chain.version, name: '氢' });
    expect(stale.status).toBe(409);
    const listed = await call('get', '/chains?track=new_energy', staff.token);
    expect(listed.body.map((c: { name: string }) => c.name)).toEqual(['氢能源']);
    expect((await call('get', '/chains?track=semiconductors', staff.token)).body).toEqual([]);
  });

  it('the chain report equals an independent computation over the leads and targets', async () => {
    const sic = await chainWithLinks('semiconductors', '碳化硅', [
      ['衬底', 'upstream'],
      ['外延', 'midstream'],
      ['器件', 'midstream'],
      ['封测', 'downstream'],
    ]);
    const [substrate, epitaxy, devices, packaging] = sic.links.map((l) => l.id);
    const empty = await chainWithLinks('semiconductors', '第三代半导体装备', [['长晶炉', 'upstream']]);

    const a1 = await lead('山西烁科晶体有限公司', substrate, { chainRole: 'strengthen' });
    await moveTo(a1.id, ['signed', 'landed'], '120000.1234');
    const a2 = await lead('烁科晶体', substrate, { projectType: 'expansion', chainRole: 'strengthen' });
    expect(a2.companyId).toBe(a1.companyId); // the same firm, found by its normalised name
    const a3 = await lead('中电化合物半导体有限公司', substrate);
    await moveTo(a3.id, ['signed', 'landed', 'construction'], '30000');
    const b1 = await lead('瀚天天成电子科技（厦门）有限公司', epitaxy, { chainRole: 'fill' });
    await moveTo(b1.id, ['signed'], '45000.5');
    const c1 = await lead('派恩杰半导体（杭州）有限公司', devices, { chainRole: 'fill' });
    await moveTo(c1.id, ['signed', 'lost'], '9000');
    const offChain = await lead('山西转型综改示范区晋创半导体', null);

    const target = async (linkId: string, companyId: string, as = supervisor.token) =>
      call('post', `/chains/links/${linkId}/targets`, as, { companyId, note: '重点招引' });
    const firm = async (name: string) =>
      (await call('post', '/companies', supervisor.token, { name })).body.id;
    const notYet = await firm('长电科技（滁州）有限公司');
    const notYet2 = await firm('华润微电子（重庆）有限公司');
    expect((await target(packaging, notYet)).status).toBe(201);
    expect((await target(packaging, a1.companyId)).status).toBe(201); // approached: it has leads
    expect((await target(devices, notYet2)).status).toBe(201);
    expect((await target(devices, notYet2)).status).toBe(200); // already a target
    expect((await target(devices, notYet2, staff.token)).status).toBe(403);
    expect((await target(empty.links[0].id, offChain.companyId)).status).toBe(201);

    const report = await call('get', '/reports/chains?track=semiconductors', staff.token);
    expect(report.status).toBe(200);

    // Independently: every lead as GET /leads lists it, and each link's targets as GET /chain-links/:id lists them.
    const leads: {
      companyId: string;
      chainLinkId: string | null;
      stage: string;
      signedAmountWan: string | null;
    }[] = (await call('get', '/leads?limit=200', staff.token)).body.items;
    const withLeads = new Set(leads.map((l) => l.companyId));
    const expected = [];
    for (const chain of [sic, empty]) {
      const links = [];
      for (const link of chain.links) {
        const on = leads.filter((l) => l.chainLinkId === link.id);
        const present = new Set(
          on
            .filter((l) => ['landed', 'construction', 'production'].includes(l.stage))
            .map((l) => l.companyId),
        ).size;
        const inProgress = on.filter((l) => l.stage === 'lead' || l.stage === 'signed').length;
        const detail = (await call('get', `/chain-links/${link.id}`, staff.token)).body;
        const notApproached = detail.targets.filter(
          (t: { companyId: string }) => !withLeads.has(t.companyId),
        ).length;
        const signed = on
          .filter((l) => ['signed', 'landed', 'construction', 'production'].includes(l.stage))
          .reduce((s, l) => s.plus(l.signedAmountWan!), new Decimal(0));
        links.push({
          id: link.id,
          name: link.name,
          position: link.position,
          companiesPresent: present,
          leadsInProgress: inProgress,
          targetsNotApproached: notApproached,
          signedAmountWan: signed.toFixed(4),
          signedAmountYi: signed.div(10000).toFixed(4),
          gap: present === 0 && inProgress === 0,
          state:
            present > 0
              ? 'present'
              : inProgress > 0
                ? 'in_progress'
                : notApproached > 0
                  ? 'targets_only'
                  : 'empty',
        });
      }
      expected.push({
        id: chain.id,
        track: 'semiconductors',
        name: (chain as unknown as { name: string }).name,
        links,
      });
    }
    expect(report.body).toEqual({ chains: expected });

    // The figures this scenario was built for.
    const byName = new Map<string, ReportLink>(
      report.body.chains[0].links.map((l: ReportLink) => [l.name, l]),
    );
    expect(byName.get('衬底')).toMatchObject({
      companiesPresent: 2,
      leadsInProgress: 1,
      state: 'present',
      gap: false,
    });
    expect(byName.get('衬底')!.signedAmountWan).toBe('150000.1234');
    expect(byName.get('外延')).toMatchObject({
      companiesPresent: 0,
      leadsInProgress: 1,
      state: 'in_progress',
    });
    expect(byName.get('器件')).toMatchObject({ targetsNotApproached: 1, state: 'targets_only', gap: true });
    expect(byName.get('器件')!.signedAmountWan).toBe('0.0000');
    expect(byName.get('封测')).toMatchObject({ targetsNotApproached: 1, state: 'targets_only', gap: true });
    expect(report.body.chains[1].links[0]).toMatchObject({
      targetsNotApproached: 0,
      state: 'empty',
      gap: true,
    });

    const all = await call('get', '/reports/chains', staff.token);
    expect(all.body.chains.map((c: { track: string }) => c.track)).toEqual([
      'new_energy',
      'semiconductors',
      'semiconductors',
    ]);
  });

  it('a link lists its target companies and its leads; PATCH moves a lead off its link', async () => {
    const chain = await chainWithLinks('new_materials', '玻璃纤维', [['池窑拉丝', 'midstream']]);
    const link = chain.links[0].id;
    const l = await lead('泰山玻璃纤维有限公司', link, { track: 'new_materials', chainRole: 'extend' });
    const detail = await call('get', `/chain-links/${link}`, staff.token);
    expect(detail.body).toMatchObject({
      id: link,
      name: '池窑拉丝',
      position: 'midstream',
      chainId: chain.id,
      chainName: '玻璃纤维',
      track: 'new_materials',
      targets: [],
      leads: [
        expect.objectContaining({ id: l.id, chainRole: 'extend', stage: 'lead', companyId: l.companyId }),
      ],
    });
    const off = await call('patch', `/leads/${l.id}`, staff.token, {
      version: l.version,
      chainLinkId: null,
      chainRole: null,
    });
    expect(off.body).toMatchObject({ chainLinkId: null, chainRole: null });
    expect((await call('get', `/chain-links/${link}`, staff.token)).body.leads).toEqual([]);
    const bad = await call('patch', `/leads/${l.id}`, staff.token, {
      version: off.body.version,
      chainLinkId: '6b3f2a5e-8a8e-4c55-9d6e-0b8f5d3b9a11',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'chainLinkId' })]);
  });
});
