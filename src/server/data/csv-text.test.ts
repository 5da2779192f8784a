import { describe, expect, it } from 'vitest';
import { csvField, csvText } from './csv-text.js';

describe('csvText', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
  });

  it('writes a header then one line per row', () => {
    expect(csvText([{ a: 1, b: null }, { a: 2, b: 'x' }])).toBe('a,b\r\n1,\r\n2,x\r\n');
  });
});
