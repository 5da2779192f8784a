import { describe, expect, it } from 'vitest';
import { fitCodeToVictim, maxVictimAge } from './victim-fit.js';

describe('fitCodeToVictim', () => {
  it('picks the rape code of the victim sex and age band', () => {
    expect(fitCodeToVictim('19C', 'F', 12)).toBe('19E');
    expect(fitCodeToVictim('19C', 'F', 15)).toBe('19D');
    expect(fitCodeToVictim('19E', 'F', 30)).toBe('19C');
    expect(fitCodeToVictim('19C', 'M', 40)).toBe('19F');
  });

  it('moves a child-only code to assault without injury for an adult victim', () => {
    expect(maxVictimAge('22B')).toBe(15);
    expect(fitCodeToVictim('22B', 'F', 25)).toBe('105A');
    expect(fitCodeToVictim('8N', 'F', 25)).toBe('8N');
  });
});
