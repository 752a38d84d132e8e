import { describe, expect, it } from 'vitest';
import { pickActiveReleases, pickReleaseInForce, releaseSetKey } from './release-in-force';
import type { StoredRelease } from './schema';

const release = (id: string, effectiveFrom: string, extra: Partial<StoredRelease> = {}): StoredRelease => ({
  id,
  system: 'icd10',
  version: id,
  effectiveFrom,
  source: 'bundled',
  formatVersion: 1,
  builtAt: '2024-01-01',
  counts: { codes: 0, terms: 0 },
  status: 'ready',
  ...extra,
});

describe('pickReleaseInForce', () => {
  const older = release('icd10/2016', '2016-04-01', { effectiveTo: '2025-04-01' });
  const newer = release('icd10/2025', '2025-04-01');
  const both = [older, newer];

  it('picks the release whose dates cover the day, latest first', () => {
    expect(pickReleaseInForce(both, 'icd10', '2020-06-01')?.id).toBe('icd10/2016');
    expect(pickReleaseInForce(both, 'icd10', '2025-04-01')?.id).toBe('icd10/2025');
    expect(pickReleaseInForce(both, 'icd10', new Date('2026-01-01T12:00:00Z'))?.id).toBe('icd10/2025');
  });

  it('prefers the later start when two overlap', () => {
    const open = release('icd10/2016-open', '2016-04-01');
    expect(pickReleaseInForce([open, newer], 'icd10', '2025-05-01')?.id).toBe('icd10/2025');
    expect(pickReleaseInForce([open, newer], 'icd10', '2024-05-01')?.id).toBe('icd10/2016-open');
  });

  it('ignores releases that are not ready, other systems and dates before any release', () => {
    const seeding = release('icd10/2025-seeding', '2025-04-01', { status: 'seeding' });
    expect(pickReleaseInForce([older, seeding], 'icd10', '2025-06-01')).toBeUndefined();
    expect(pickReleaseInForce(both, 'opcs4', '2025-06-01')).toBeUndefined();
    expect(pickReleaseInForce(both, 'icd10', '2010-01-01')).toBeUndefined();
  });
});

describe('pickActiveReleases', () => {
  it('falls back to the latest ready release when the clock is before every start', () => {
    const future = release('icd10/2030', '2030-01-01');
    expect(pickActiveReleases([future], '2026-01-01').map((r) => r.id)).toEqual(['icd10/2030']);
  });

  it('gives one release per system', () => {
    const opcs = release('opcs4/4.10', '2023-04-01', { system: 'opcs4' });
    const ids = pickActiveReleases([release('icd10/a', '2016-04-01'), opcs], '2026-01-01').map((r) => r.id);
    expect(ids).toEqual(['icd10/a', 'opcs4/4.10']);
    expect(releaseSetKey(['opcs4/4.10', 'icd10/a'])).toBe('icd10/a|opcs4/4.10');
  });
});
