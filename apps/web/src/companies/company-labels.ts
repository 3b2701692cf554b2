/**
 * 企业库与产业链: the Chinese names of the API's codes (as libs/companies/src/company.ts names them; the web app may
 * not import that lib, and apps/api/src/companies/company-labels.spec.ts checks the two agree).
 */
export const OWNERSHIP_NAMES: Record<string, string> = {
  central_soe: '央企',
  local_soe: '地方国企',
  private: '民营',
  foreign: '外资',
  hk_macao_taiwan: '港澳台',
  other: '其他',
};

export const COMPANY_TAG_NAMES: Record<string, string> = {
  fortune_global_500: '世界500强',
  china_500: '中国500强',
  listed: '上市',
  chain_leader: '链主',
  specialized: '专精特新',
  high_tech: '高新技术企业',
};

export const PROJECT_TYPE_NAMES: Record<string, string> = {
  new: '新引进',
  expansion: '增资扩产',
  upgrade: '技改',
};

export const CHAIN_ROLE_NAMES: Record<string, string> = { fill: '补链', strengthen: '强链', extend: '延链' };

export const CHAIN_POSITION_NAMES: Record<string, string> = {
  upstream: '上游',
  midstream: '中游',
  downstream: '下游',
};

/** A link's colour on the chain map, and what it means. */
export const LINK_STATES: Record<string, { name: string; color: string }> = {
  present: { name: '已有企业落地', color: '#2e7d32' },
  in_progress: { name: '有在谈项目', color: '#1565c0' },
  targets_only: { name: '有目标企业未接洽', color: '#ef6c00' },
  empty: { name: '空白环节', color: '#9e9e9e' },
};
