import {
  CHAIN_POSITION_NAMES_ZH,
  CHAIN_ROLE_NAMES_ZH,
  COMPANY_TAG_NAMES_ZH,
  OWNERSHIP_NAMES_ZH,
  PROJECT_TYPE_NAMES_ZH,
} from '@luodi/companies';
import {
  CHAIN_POSITION_NAMES,
  CHAIN_ROLE_NAMES,
  COMPANY_TAG_NAMES,
  OWNERSHIP_NAMES,
  PROJECT_TYPE_NAMES,
} from '../../../web/src/companies/company-labels';

/** The web app cannot import the libs; its names of the 企业库 codes must be the ones Excel uses. */
describe('the web app names company and chain codes as the API does', () => {
  it('ownership, tags, project types, chain roles and positions', () => {
    expect(OWNERSHIP_NAMES).toEqual(OWNERSHIP_NAMES_ZH);
    expect(COMPANY_TAG_NAMES).toEqual(COMPANY_TAG_NAMES_ZH);
    expect(PROJECT_TYPE_NAMES).toEqual(PROJECT_TYPE_NAMES_ZH);
    expect(CHAIN_ROLE_NAMES).toEqual(CHAIN_ROLE_NAMES_ZH);
    expect(CHAIN_POSITION_NAMES).toEqual(CHAIN_POSITION_NAMES_ZH);
  });
});
