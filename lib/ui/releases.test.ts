import { describe, expect, it } from 'vitest';
import { releaseRows } from './releases';

const bundled = [
  {
    id: 'opcs4/4.10',
    system: 'opcs4' as const,
    version: 'OPCS-4.10',
    effectiveFrom: '2023-04-01',
    codes: 11529,
    terms: 518,
  },
];

describe('releaseRows', () => {
  it('lists stored releases by system, newest first, with status and counts', () => {
    const rows = releaseRows(
      [
        {
          id: 'opcs4/4.10',
          system: 'opcs4',
          version: 'OPCS-4.10',
          effectiveFrom: '2023-04-01',
          effectiveTo: '2026-03-31',
          source: 'bundled',
          status: 'ready',
          counts: { codes: 11529, terms: 518 },
        },
        {
          id: 'opcs4/4.11',
          system: 'opcs4',
          version: 'OPCS-4.11',
          effectiveFrom: '2026-04-01',
          source: 'trud-import',
          status: 'seeding',
        },
        {
          id: 'icd10/5',
          system: 'icd10',
          version: 'ICD-10 5th Edition',
          effectiveFrom: '2016-04-01',
          source: 'bundled',
          status: 'ready',
          counts: { codes: 19156, terms: 67307 },
        },
      ],
      bundled,
    );
    expect(rows.map((r) => r.id)).toEqual(['icd10/5', 'opcs4/4.11', 'opcs4/4.10']);
    expect(rows[0]).toMatchObject({
      system: 'ICD-10',
      counts: '19,156 codes, 67,307 terms',
      status: 'ready (bundled)',
    });
    expect(rows[1]).toMatchObject({ inForce: 'from 2026-04-01', counts: '—', status: 'seeding' });
    expect(rows[2]!.inForce).toBe('2023-04-01 to 2026-03-31');
  });

  it('falls back to the bundled manifest before anything is stored', () => {
    expect(releaseRows([], bundled)).toEqual([
      {
        id: 'opcs4/4.10',
        system: 'OPCS-4',
        version: 'OPCS-4.10',
        inForce: 'from 2023-04-01',
        counts: '11,529 codes, 518 terms',
        status: 'bundled, not loaded yet',
      },
    ]);
  });
});
