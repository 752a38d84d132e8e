import { describe, expect, it } from 'vitest';
import { canonicalCode, codeKey, formatCode, looksLikeCode } from './code-format';

describe('canonicalCode', () => {
  it.each([
    ['j189', 'J18.9'],
    ['J18.9', 'J18.9'],
    ['I10X', 'I10'],
    ['i10', 'I10'],
    ['S7200', 'S72.00'],
    ['s72.01', 'S72.01'],
    ['w371', 'W37.1'],
    [' J18 ', 'J18'],
    ['M45X0', 'M45.X0'],
    ['m45.x9', 'M45.X9'],
  ])('%s -> %s', (input, expected) => expect(canonicalCode(input)).toBe(expected));

  it.each(['pneumonia', 'J1', '18.9', 'J18.9.1', 'I10XX', ''])('rejects %s', (input) =>
    expect(canonicalCode(input)).toBeNull(),
  );
});

describe('codeKey and formats', () => {
  it('compares without dots, case-insensitive, with the X filler', () => {
    expect(codeKey('i10x')).toBe(codeKey('I10'));
    expect(codeKey('J18.9')).toBe(codeKey('j189'));
    expect(looksLikeCode('lap chole')).toBe(false);
  });

  it('formats for PAS screens', () => {
    expect(formatCode('J18.9', 'undotted')).toBe('J189');
    expect(formatCode('I10', 'nhs', { system: 'icd10' })).toBe('I10X');
    expect(formatCode('A17.0', 'nhs', { system: 'icd10', dagger: true })).toBe('A170-D');
    expect(formatCode('G01', 'nhs', { system: 'icd10', asterisk: true })).toBe('G01X-A');
    expect(formatCode('W37.1', 'nhs', { system: 'opcs4' })).toBe('W371');
  });
});
