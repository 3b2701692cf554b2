import { STAGE_CODES } from './catalog';
import {
  countsAsSigned,
  countsAsSignedSql,
  isOpenLead,
  openLeadSql,
  poolOf,
  poolSql,
} from './stage-rules-sql';

describe('stage rules and their SQL', () => {
  it('an open lead is one not at production or lost, in TypeScript and in SQL', () => {
    expect(STAGE_CODES.filter(isOpenLead)).toEqual(['lead', 'signed', 'landed', 'construction']);
    expect(openLeadSql('l')).toBe(`l.stage NOT IN ('production', 'lost')`);
  });

  it('counts as signed from signing on, lost excluded', () => {
    expect(STAGE_CODES.filter(countsAsSigned)).toEqual(['signed', 'landed', 'construction', 'production']);
    expect(countsAsSignedSql('x')).toBe(`x.stage IN ('signed', 'landed', 'construction', 'production')`);
  });

  it('files a lead in a pool by its stage, a lost one where it was lost', () => {
    expect(poolOf('lead', false, null)).toBe('attraction');
    expect(poolOf('landed', false, null)).toBe('landing');
    expect(poolOf('production', false, null)).toBe('construction');
    expect(poolOf('lost', false, 'signed')).toBe('landing');
    expect(poolOf('lost', false, null)).toBe('attraction');
    expect(poolOf('construction', true, null)).toBe('planning');
  });

  it('writes the pool rule as the CASE the list filter runs', () => {
    const sql = poolSql('l').replace(/\s+/g, ' ');
    expect(sql).toContain(`WHEN l.in_planning_pool THEN 'planning'`);
    expect(sql).toContain(`IN ('signed', 'landed') THEN 'landing'`);
    expect(sql).toContain(`IN ('construction', 'production') THEN 'construction' ELSE 'attraction' END`);
  });
});
