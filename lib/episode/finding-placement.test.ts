import { describe, expect, it } from 'vitest';
import type { Finding } from './findings';
import { findingsUnder, placeFinding } from './finding-placement';

const e = {
  diagnoses: [{ code: 'J18.9', source: 'typed' as const }],
  procedures: [
    { code: 'J18.3', source: 'typed' as const },
    { code: 'Y75.2', source: 'typed' as const },
  ],
};
const finding = (patch: Partial<Finding>): Finding => ({
  rule: 'R',
  severity: 'error',
  codes: [],
  message: 'm',
  ...patch,
});

describe('finding placement', () => {
  it('places a finding by its fix system, then by its codes', () => {
    expect(placeFinding(finding({ codes: ['Y752'] }), e)).toBe('procedures');
    expect(placeFinding(finding({ codes: ['J18.9'] }), e)).toBe('diagnoses');
    // J18.3 and J18.9 differ; a code in both lists stays with diagnoses.
    expect(placeFinding(finding({ codes: ['J18.3', 'J18.9'] }), e)).toBe('diagnoses');
    expect(placeFinding(finding({ codes: [] }), e)).toBe('diagnoses');
    const fix = { kind: 'remove' as const, system: 'opcs4' as const, index: 1, label: 'Remove' };
    expect(placeFinding(finding({ codes: ['J18.9'], fix }), e)).toBe('procedures');
  });

  it('lists errors before warnings before info', () => {
    const list = [
      finding({ rule: 'a', severity: 'info' }),
      finding({ rule: 'b', severity: 'error' }),
      finding({ rule: 'c', severity: 'warning' }),
      finding({ rule: 'd', severity: 'error' }),
    ];
    expect(findingsUnder(list, 'diagnoses', e).map((f) => f.rule)).toEqual(['b', 'd', 'c', 'a']);
    expect(findingsUnder(list, 'procedures', e)).toEqual([]);
  });
});
