import { describe, expect, it } from 'vitest';
import { emptyFilter, filterProblem, profileQuery } from './profile-query.js';

describe('profileQuery', () => {
  const filter = {
    ...emptyFilter,
    forces: ['kent', 'essex'],
    from: '01/11/2023',
    to: '30/04/2024',
    locations: { Street: 'exclude', Dwelling: 'any', Park: 'only' } as const,
    mafbLatestAddressOnly: true,
    purpose: '  TTCG preparation ',
  };

  it('sends forces, ISO dates, location lists, MAFB flags and the trimmed purpose', () => {
    expect(profileQuery(filter)).toEqual({
      forces: 'kent,essex',
      from: '2023-11-01',
      to: '2024-04-30',
      locationInclude: 'Park',
      locationExclude: 'Street',
      top: 10,
      mafbEscalationMonths: '',
      mafbMinVawg: '',
      mafbLatestAddressOnly: 'true',
      mafbPreviousVawgInForce: undefined,
      purpose: 'TTCG preparation',
    });
  });

  it('names what is missing before a request is sent', () => {
    expect(filterProblem(filter)).toBeNull();
    expect(filterProblem({ ...filter, forces: [] })).toMatch(/force/);
    expect(filterProblem({ ...filter, to: '31/02/2024' })).toMatch(/end date/);
    expect(filterProblem({ ...filter, purpose: 'why' })).toMatch(/purpose/);
  });
});
