import { describe, expect, it } from 'vitest';
import { forceName } from './force-name.js';

describe('forceName', () => {
  it('writes a force code as the force name', () => {
    expect(forceName('bedfordshire')).toBe('Bedfordshire');
    expect(forceName('west-mercia')).toBe('West Mercia');
    expect(forceName('devon-and-cornwall')).toBe('Devon and Cornwall');
    expect(forceName('city-of-london')).toBe('City of London');
  });
});
