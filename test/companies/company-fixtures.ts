import { ApiHandle } from '../support/harness';

/** Calls /api/v1 as a user. */
export function caller(api: ApiHandle) {
  return (method: 'get' | 'post' | 'patch' | 'put', path: string, token: string, body?: unknown) => {
    const req = api.http()[method](`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    return body === undefined ? req : req.send(body as object);
  };
}

/**
 * Real-looking pairs: a name a user types, and the registered firm it is (region prefix, legal-form suffix, full
 * width, short name by alias), and names of unrelated firms that must not be offered as the same.
 */
export const REGISTERED = [
  { name: '山西烁科晶体有限公司', aliases: [] as string[] },
  { name: '太原重工股份有限公司', aliases: ['太重', '太重集团'] },
  { name: '晶科能源股份有限公司', aliases: ['晶科'] },
  { name: '中国电子科技集团公司第二研究所', aliases: ['中电科二所'] },
  { name: '泰山玻璃纤维有限公司', aliases: ['泰山玻纤'] },
  { name: '比亚迪汽车工业有限公司', aliases: ['比亚迪'] },
  { name: 'TCL中环新能源科技股份有限公司', aliases: ['TCL中环'] },
  { name: '天地科技股份有限公司', aliases: ['天地煤机'] },
];
export const SAME_FIRM: [typed: string, registered: string, how: string][] = [
  ['烁科晶体', '山西烁科晶体有限公司', 'region prefix and suffix'],
  ['太原烁科晶体科技有限公司', '山西烁科晶体有限公司', 'another region and generic words'],
  ['烁科晶体材料', '山西烁科晶体有限公司', 'a longer trade name'],
  ['山西晶科能源有限责任公司', '晶科能源股份有限公司', 'region prefix and another legal form'],
  ['晶科能源集团', '晶科能源股份有限公司', '集团'],
  ['ＴＣＬ中环新能源', 'TCL中环新能源科技股份有限公司', 'full-width letters'],
  ['tcl中环', 'TCL中环新能源科技股份有限公司', 'case and short name'],
  ['太重', '太原重工股份有限公司', 'short name (alias)'],
  ['泰山玻纤（太原）有限公司', '泰山玻璃纤维有限公司', 'short name with a bracketed region'],
  ['中电科二所', '中国电子科技集团公司第二研究所', 'short name (alias)'],
  ['比亚迪（太原）汽车有限公司', '比亚迪汽车工业有限公司', 'bracketed region'],
];
export const UNRELATED = [
  '晶澳太阳能科技股份有限公司',
  '山西潞安化工集团',
  '阳光电源股份有限公司',
  '中来光电',
  '华为技术有限公司',
  '三一重工股份有限公司',
];
