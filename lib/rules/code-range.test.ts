import { describe, expect, it } from 'vitest';
import { codeSet, compileSpec } from './code-range';

describe('code ranges', () => {
  it('matches category ranges across letters and their subdivisions', () => {
    const external = compileSpec('V01-Y98');
    expect(external('W19.9')).toBe(true);
    expect(external('X59.99')).toBe(true);
    expect(external('Y98')).toBe(true);
    expect(external('V00')).toBe(false);
    expect(external('Z38.0')).toBe(false);
  });

  it('matches a category or a subcategory as a prefix, not a longer category', () => {
    expect(compileSpec('R10')('R10.4')).toBe(true);
    expect(compileSpec('R10')('R10')).toBe(true);
    expect(compileSpec('R03.0')('R03.0')).toBe(true);
    expect(compileSpec('R03.0')('R03.1')).toBe(false);
    expect(compileSpec('M54.5')('M54.50')).toBe(true);
  });

  it('refuses malformed and backwards specs', () => {
    expect(() => compileSpec('C79-C77')).toThrow(/backwards/);
    expect(() => compileSpec('hypertension')).toThrow(/not a code range/);
  });

  it('combines specs', () => {
    const primaries = codeSet(['C00-C76', 'C80', 'Z85']);
    expect(primaries('C50.9')).toBe(true);
    expect(primaries('Z85.3')).toBe(true);
    expect(primaries('C78.7')).toBe(false);
  });
});
