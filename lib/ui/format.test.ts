import { describe, expect, it } from 'vitest';
import {
  ageLimit,
  describeMatch,
  displayCode,
  flagBadges,
  flagsOf,
  groupTerms,
  toDisplayable,
  usageText,
} from './format';
import { createSyntheticSource } from './synthetic-source';

const source = createSyntheticSource();
const entry = (system: 'icd10' | 'opcs4', code: string) => source.getEntry(system, code)!;

describe('displayCode', () => {
  it('shows dotted, undotted and NHS forms of a 4-character code', () => {
    const j189 = toDisplayable(entry('icd10', 'J18.9'));
    expect(displayCode(j189, 'dotted')).toBe('J18.9');
    expect(displayCode(j189, 'undotted')).toBe('J189');
    expect(displayCode(j189, 'nhs')).toBe('J189');
  });

  it('gives a codable 3-character category the X filler only in the NHS form', () => {
    const i10 = toDisplayable(entry('icd10', 'I10'));
    expect(displayCode(i10, 'dotted')).toBe('I10');
    expect(displayCode(i10, 'nhs')).toBe('I10X');
  });

  it('never gives a category with subdivisions, a block or a chapter a filler', () => {
    expect(displayCode(toDisplayable(entry('icd10', 'J18')), 'nhs')).toBe('J18');
    expect(displayCode(toDisplayable(entry('icd10', 'J09-J18')), 'nhs')).toBe('J09-J18');
    expect(displayCode(toDisplayable(entry('icd10', 'X')), 'undotted')).toBe('X');
  });

  it('puts dagger and asterisk in the 6th position of the NHS form; OPCS-4 stays undotted', () => {
    expect(displayCode(toDisplayable(entry('icd10', 'A17.0')), 'nhs')).toBe('A170-D');
    expect(displayCode(toDisplayable(entry('icd10', 'G01')), 'nhs')).toBe('G01X-A');
    expect(displayCode(toDisplayable(entry('opcs4', 'J18.3')), 'nhs')).toBe('J183');
  });

  it('reads flags from search results too', () => {
    const [r] = source.search('tuberculous meningitis');
    expect(displayCode(toDisplayable(r!), 'nhs')).toBe('A170-D');
  });
});

describe('flags', () => {
  it('lists dagger, asterisk, secondary, sex, age and category badges', () => {
    expect(flagBadges(flagsOf(entry('icd10', 'A17.0'))).map((b) => b.label)).toEqual(['†']);
    // An asterisk code is secondary by definition: one badge, not two.
    expect(flagBadges(flagsOf(entry('icd10', 'G01'))).map((b) => b.label)).toEqual(['*']);
    expect(flagBadges(flagsOf(entry('opcs4', 'Y75.2'))).map((b) => b.label)).toEqual(['Secondary only']);
    expect(flagBadges(flagsOf(entry('icd10', 'O80.0'))).map((b) => b.label)).toEqual([
      'Female only',
      'Age 12–55',
    ]);
    expect(flagBadges(flagsOf(entry('icd10', 'J18'))).map((b) => b.label)).toEqual(['Not valid for coding']);
    expect(flagBadges(flagsOf(entry('icd10', 'X')))).toEqual([]);
  });

  it('formats age limits in years, and fractions of a year in days', () => {
    expect(ageLimit(undefined, undefined)).toBeNull();
    expect(ageLimit(12)).toBe('Age ≥ 12');
    expect(ageLimit(undefined, 17)).toBe('Age ≤ 17');
    expect(ageLimit(0, 28 / 365)).toBe('Age 0–28 days');
  });
});

describe('text', () => {
  it('says why a result matched with the source label', () => {
    expect(describeMatch({ text: 'lap chole', source: 'abbreviation' })).toBe(
      'Matched “lap chole” (UK clinical abbreviation)',
    );
    expect(describeMatch({ text: 'J18.9', source: 'code' })).toBe('Matched “J18.9” (Code)');
  });

  it('formats usage with thousands separators', () => {
    expect(usageText(250123)).toBe('250,123 national episodes a year');
    expect(usageText()).toBe('No national usage figure');
  });

  it('groups synonyms by source in a stable order without duplicates', async () => {
    const groups = groupTerms(await source.getTerms('icd10', 'J18.9'));
    expect(groups.map((g) => g.source)).toEqual(['icd10cm-index', 'icd10cm-inclusion', 'abbreviation']);
    expect(groups[0]!.label).toBe('ICD-10-CM alphabetic index');
    const dup = groupTerms([
      { system: 'icd10', code: 'I10', text: 'HTN', source: 'abbreviation' },
      { system: 'icd10', code: 'I10', text: 'htn', source: 'abbreviation' },
    ]);
    expect(dup[0]!.texts).toEqual(['HTN']);
  });
});
