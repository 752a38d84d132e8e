import { describe, expect, it } from 'vitest';
import { copyOut } from './copy-out';
import type { EpisodeCode } from './model';
import { createTestLookup } from './test-lookup';

const lookup = createTestLookup();
const list = (...codes: string[]): EpisodeCode[] => codes.map((code) => ({ code, source: 'typed' }));
const episode = {
  diagnoses: list('A17.0', 'G01', 'I10', 'S72.00', 'J18.9'),
  procedures: list('J18.3', 'Y75.2'),
};

describe('copyOut', () => {
  it('copies dotted codes one per line, diagnoses then procedures', () => {
    expect(copyOut(episode, { format: 'dotted', delimiter: 'newline' }, lookup)).toBe(
      'A17.0\nG01\nI10\nS72.00\nJ18.9\nJ18.3\nY75.2',
    );
  });

  it('copies undotted codes with each delimiter', () => {
    const undotted = (delimiter: 'comma' | 'space' | 'tab' | 'semicolon') =>
      copyOut(episode, { format: 'undotted', delimiter }, lookup);
    expect(undotted('comma')).toBe('A170, G01, I10, S7200, J189, J183, Y752');
    expect(undotted('space')).toBe('A170 G01 I10 S7200 J189 J183 Y752');
    expect(undotted('tab')).toBe('A170\tG01\tI10\tS7200\tJ189\tJ183\tY752');
    expect(undotted('semicolon')).toBe('A170; G01; I10; S7200; J189; J183; Y752');
  });

  it('copies the NHS data dictionary form: X filler, dagger and asterisk in the 6th position', () => {
    expect(copyOut(episode, { format: 'nhs', delimiter: 'space' }, lookup)).toBe(
      'A170-D G01X-A I10X S7200 J189 J183 Y752',
    );
  });

  it('marks a dagger only when its asterisk follows it', () => {
    const alone = { diagnoses: list('A17.0', 'J18.9'), procedures: [] };
    expect(copyOut(alone, { format: 'nhs', delimiter: 'comma' }, lookup)).toBe('A170, J189');
  });

  it('gives an empty string for an episode without codes', () => {
    expect(copyOut({ diagnoses: [], procedures: [] }, { format: 'nhs', delimiter: 'newline' }, lookup)).toBe(
      '',
    );
  });
});
