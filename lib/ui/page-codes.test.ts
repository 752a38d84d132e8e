import { describe, expect, it } from 'vitest';
import { displaySuggested } from './page-codes';
import { createSyntheticSource } from './synthetic-source';

describe('suggested codes in the chosen format', () => {
  const source = createSyntheticSource();

  it('uses the entry from the loaded release (X filler, dagger/asterisk)', () => {
    expect(displaySuggested(source, { code: 'I10', system: 'icd10' }, 'nhs')).toBe('I10X');
    expect(displaySuggested(source, { code: 'J18.9', system: 'icd10' }, 'undotted')).toBe('J189');
    expect(displaySuggested(source, { code: 'A17.0', system: 'icd10' }, 'nhs')).toBe('A170-D');
  });

  it('formats codes the loaded release does not have', () => {
    expect(displaySuggested(null, { code: 'W37.1', system: 'opcs4' }, 'nhs')).toBe('W371');
    expect(displaySuggested(source, { code: 'K80.5', system: 'icd10' }, 'dotted')).toBe('K80.5');
  });
});
