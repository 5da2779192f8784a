import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalisePostcode, postcodeDistrict, postcodeSector } from './postcode.js';

describe('normalisePostcode', () => {
  it.each([
    ['lu1 3jx', 'LU1 3JX'],
    ['LU13JX', 'LU1 3JX'],
    ['  ec1a   1bb ', 'EC1A 1BB'],
    ['m1 1aa', 'M1 1AA'],
    ['LU1', 'LU1'],
    ['lu1 3', 'LU1 3'],
  ])('normalises %s to %s', (text, normal) => expect(normalisePostcode(text)).toBe(normal));

  it.each(['', 'N/K', '12345', 'LU1 3J', 'LUTON'])('rejects %s', (text) =>
    expect(normalisePostcode(text)).toBeUndefined(),
  );

  it('normalising twice gives the same result', () => {
    const letter = fc.constantFrom(...'ABCDEFGHJKLMNPRSTUWXYZ');
    const digit = fc.constantFrom(...'0123456789');
    const code = fc
      .tuple(letter, fc.option(letter), digit, fc.option(digit), digit, letter, letter)
      .map(([a, b, c, d, e, f, g]) => `${a}${b ?? ''}${c}${d ?? ''} ${e}${f}${g}`);
    fc.assert(
      fc.property(code, (pc) => {
        const once = normalisePostcode(pc.toLowerCase());
        return once === pc && normalisePostcode(once) === once;
      }),
    );
  });
});

describe('district and sector', () => {
  it('derive the outward code and the sector', () => {
    expect(postcodeDistrict('lu13jx')).toBe('LU1');
    expect(postcodeSector('lu13jx')).toBe('LU1 3');
    expect(postcodeDistrict('EC1A 1BB')).toBe('EC1A');
    expect(postcodeSector('LU1')).toBeUndefined();
    expect(postcodeDistrict('LU1')).toBe('LU1');
    expect(postcodeDistrict('N/K')).toBeUndefined();
  });
});
