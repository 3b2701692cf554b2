/**
 * Demo 产业链 for `npm run seed`: a credible chain (or two) per track with its links (上游/中游/下游), the seeded
 * firms placed on their links with a role (补链/强链/延链), a few firms' ownership and tags, 天地煤机's projects as
 * 增资扩产, and target companies (招商目标企业) on the links nobody is on yet, so the chain map shows every colour.
 */
import type { Client } from 'pg';

type Position = 'upstream' | 'midstream' | 'downstream';
interface DemoLink {
  name: string;
  position: Position;
  firms?: string[];
  targets?: [name: string, note: string][];
}

const CHAINS: { track: string; name: string; links: DemoLink[] }[] = [
  {
    track: 'equipment',
    name: '智能矿山装备',
    links: [
      { name: '液压与电控零部件', position: 'upstream', firms: ['华翔集团', '晋西工业'] },
      { name: '采掘与运输整机', position: 'midstream', firms: ['太重集团', '天地煤机', '太原重型机械'] },
      { name: '智能化系统集成', position: 'midstream', firms: ['山西智能装备', '霍尼韦尔'] },
      {
        name: '矿山运维与再制造',
        position: 'downstream',
        targets: [['郑州煤矿机械集团股份有限公司', '液压支架再制造，可与太重配套']],
      },
    ],
  },
  {
    track: 'equipment',
    name: '轨道交通装备',
    links: [
      { name: '转向架与关键部件', position: 'upstream', firms: ['奇智铁路'] },
      { name: '整车制造', position: 'midstream', firms: ['中车太原', '太重轨道'] },
      { name: '运维检修', position: 'downstream', targets: [['中车永济电机有限公司', '牵引电机检修基地']] },
    ],
  },
  {
    track: 'new_energy',
    name: '光伏',
    links: [
      { name: '硅料硅片', position: 'upstream', firms: ['隆基绿能'] },
      { name: '电池片', position: 'midstream', firms: ['中来光电', '潞安太阳能'] },
      { name: '组件', position: 'midstream', firms: ['晶科能源'] },
      { name: '电站开发运营', position: 'downstream', firms: ['国电投山西'] },
    ],
  },
  {
    track: 'new_energy',
    name: '新能源汽车与储能',
    links: [
      { name: '电池材料', position: 'upstream', firms: ['厚生新能源'] },
      { name: '动力与储能电池', position: 'midstream', firms: ['宁德时代', '比亚迪'] },
      { name: '氢能装备', position: 'midstream', firms: ['美锦能源', '太重新能源'] },
      {
        name: '整车与储能集成',
        position: 'downstream',
        targets: [
          ['远景能源有限公司', '储能系统集成，对接电池产能'],
          ['吉利汽车控股有限公司', '新能源整车，延链'],
        ],
      },
    ],
  },
  {
    track: 'new_materials',
    name: '玻璃纤维与复合材料',
    links: [
      { name: '叶蜡石等原料', position: 'upstream', targets: [['中材科技股份有限公司', '原料与浸润剂配套']] },
      { name: '池窑拉丝', position: 'midstream', firms: ['泰山玻纤', '金晶科技'] },
      { name: '复合材料制品', position: 'downstream', firms: ['中复神鹰', '东岳集团'] },
    ],
  },
  {
    track: 'semiconductors',
    name: '碳化硅',
    links: [
      { name: '衬底', position: 'upstream', firms: ['烁科晶体', '天岳先进'] },
      { name: '外延', position: 'midstream', firms: ['三安光电'] },
      { name: '器件', position: 'midstream', firms: ['中电科二所'] },
      {
        name: '封测',
        position: 'downstream',
        targets: [
          ['江苏长电科技股份有限公司', '功率器件封测，补链'],
          ['通富微电子股份有限公司', '车规级模块封装'],
        ],
      },
    ],
  },
  {
    track: 'semiconductors',
    name: '信创计算',
    links: [
      { name: '芯片设计', position: 'upstream', firms: ['紫光展锐'] },
      { name: '服务器整机', position: 'midstream', firms: ['曙光信息', '百信信息'] },
      { name: '算力中心', position: 'downstream', firms: ['华为技术'] },
    ],
  },
];

const ROLE: Record<Position, string> = { upstream: 'fill', midstream: 'strengthen', downstream: 'extend' };

/** Ownership and tags of firms the zone's report names. */
const PROFILES: [firm: string, ownership: string, tags: string[]][] = [
  ['太重集团', 'local_soe', ['chain_leader', 'china_500']],
  ['天地煤机', 'central_soe', ['listed', 'chain_leader']],
  ['中车太原', 'central_soe', ['fortune_global_500']],
  ['霍尼韦尔', 'foreign', ['fortune_global_500', 'listed']],
  ['比亚迪', 'private', ['fortune_global_500', 'listed', 'chain_leader']],
  ['宁德时代', 'private', ['listed', 'chain_leader', 'china_500']],
  ['晶科能源', 'private', ['listed', 'china_500']],
  ['隆基绿能', 'private', ['listed', 'china_500']],
  ['泰山玻纤', 'central_soe', ['chain_leader']],
  ['烁科晶体', 'local_soe', ['specialized', 'high_tech']],
  ['中电科二所', 'central_soe', ['high_tech']],
  ['华为技术', 'private', ['fortune_global_500', 'chain_leader']],
];

/** Seeds the chains, places the leads, profiles and targets; returns how many leads sit on a link. */
export async function seedChains(db: Client): Promise<{ chains: number; placed: number; targets: number }> {
  let placed = 0;
  let targets = 0;
  for (const chain of CHAINS) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO chains (track, name) VALUES ($1, $2) ON CONFLICT (track, name) DO UPDATE SET name = EXCLUDED.name
       RETURNING id`,
      [chain.track, chain.name],
    );
    for (const [i, link] of chain.links.entries()) {
      const linkRow = await db.query<{ id: string }>(
        `INSERT INTO chain_links (chain_id, name, position, sort_order) VALUES ($1, $2, $3, $4)
         ON CONFLICT (chain_id, name) DO UPDATE SET position = EXCLUDED.position RETURNING id`,
        [rows[0].id, link.name, link.position, i + 1],
      );
      const linkId = linkRow.rows[0].id;
      for (const firm of link.firms ?? []) {
        const r = await db.query(
          `UPDATE leads SET chain_link_id = $1, chain_role = $2
            WHERE track = $3 AND company_name_norm(company_name) = company_name_norm($4)`,
          [linkId, ROLE[link.position], chain.track, firm],
        );
        placed += r.rowCount ?? 0;
      }
      for (const [name, note] of link.targets ?? []) {
        const company = await db.query<{ id: string }>(`SELECT company_find_or_create($1, NULL) AS id`, [
          name,
        ]);
        await db.query(
          `UPDATE companies SET ownership = 'private', tags = ARRAY['listed'] WHERE id = $1 AND tags = '{}'`,
          [company.rows[0].id],
        );
        await db.query(
          `INSERT INTO chain_link_targets (link_id, company_id, note) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [linkId, company.rows[0].id, note],
        );
        targets++;
      }
    }
  }
  for (const [firm, ownership, tags] of PROFILES) {
    await db.query(
      `UPDATE companies SET ownership = $2, tags = $3::text[], aliases = ARRAY[$1::text]
        WHERE name_norm = company_name_norm($1) AND name <> $1`,
      [firm, ownership, tags],
    );
    await db.query(
      `UPDATE companies SET ownership = $2, tags = $3::text[] WHERE name_norm = company_name_norm($1)`,
      [firm, ownership, tags],
    );
  }
  // 天地煤机's projects are an 增资扩产 of a firm already in the zone; some others are 技改.
  await db.query(
    `UPDATE leads SET project_type = 'expansion' WHERE company_name_norm(company_name) = '天地煤机'`,
  );
  await db.query(
    `UPDATE leads SET project_type = 'upgrade' WHERE project_name LIKE '%二期%' OR project_name LIKE '%再制造%'`,
  );
  return { chains: CHAINS.length, placed, targets };
}
