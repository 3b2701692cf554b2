import { PARK_NAMES_ZH, STAGE_NAMES_ZH, TRACK_NAMES_ZH } from '@luodi/catalog';
import { APPROVAL_NAMES_ZH, SOURCE_NAMES_ZH } from '@luodi/leads';
import {
  APPROVAL_NAMES,
  PARK_NAMES,
  SOURCE_NAMES,
  STAGE_NAMES,
  TRACK_NAMES,
} from '../../../web/src/domain/labels';

/** The web app cannot import the libs; its Chinese names must still be the ones Excel and emails use. */
describe('the web app names codes as the API does', () => {
  it('stages, tracks, parks, sources and approvals', () => {
    expect(STAGE_NAMES).toEqual(STAGE_NAMES_ZH);
    expect(TRACK_NAMES).toEqual(TRACK_NAMES_ZH);
    expect(PARK_NAMES).toEqual(PARK_NAMES_ZH);
    expect(SOURCE_NAMES).toEqual(SOURCE_NAMES_ZH);
    expect(APPROVAL_NAMES).toEqual(APPROVAL_NAMES_ZH);
  });
});
