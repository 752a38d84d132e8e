/**
 * Lookups: the release in force by the episode's end date, the search-index adapter, overrides;
 * and the curated tables name codes that exist in the bundled release.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeEntry, Release } from '@/lib/classification/model';
import { buildSearchIndex } from '@/lib/search';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { lookupFromIndex, lookupFromReleases, withCuratedPairs, withOverrides } from './lookup';
import { pickRelease } from './release-in-force';
import { COMORBIDITIES } from './tables/comorbidities';
import { ASTERISK_PAIRS } from './tables/dagger-asterisk';

function release(id: string, from: string, to: string | undefined, codes: string[]): Release {
  const entries: CodeEntry[] = codes.map((code) => ({
    system: 'opcs4',
    code,
    kind: 'code',
    title: code,
    validForCoding: true,
  }));
  return {
    meta: {
      id,
      system: 'opcs4',
      version: id,
      effectiveFrom: from,
      effectiveTo: to,
      source: 'test',
      formatVersion: 1,
      builtAt: from,
      counts: { codes: codes.length, terms: 0 },
    },
    codes: entries,
    terms: [],
  };
}

const v410 = release('opcs4/4.10', '2023-04-01', '2026-04-01', ['A01.1']);
const v411 = release('opcs4/4.11', '2026-04-01', undefined, ['A01.1', 'A01.5']);

describe('release in force', () => {
  it('picks by end date, the end date of a release being exclusive', () => {
    expect(pickRelease([v410, v411], 'opcs4', '2026-03-31')?.meta.id).toBe('opcs4/4.10');
    expect(pickRelease([v410, v411], 'opcs4', '2026-04-01')?.meta.id).toBe('opcs4/4.11');
  });

  it('falls back to the latest release when none is in force, and to the latest without a date', () => {
    expect(pickRelease([v410, v411], 'opcs4', '2019-01-01')?.meta.id).toBe('opcs4/4.11');
    expect(pickRelease([v410, v411], 'opcs4')?.meta.id).toBe('opcs4/4.11');
    expect(pickRelease([v410], 'icd10', '2024-01-01')).toBeUndefined();
  });

  it('a code new in 4.11 exists only for episodes ending after 1 April 2026', () => {
    expect(lookupFromReleases([v410, v411], '2025-12-01').get('opcs4', 'A01.5')).toBeUndefined();
    expect(lookupFromReleases([v410, v411], '2026-06-01').get('opcs4', 'a015')?.code).toBe('A01.5');
  });

  it('overrides add metadata to the looked-up entry only', () => {
    const lookup = withOverrides(lookupFromReleases([v411]), { opcs4: { 'A01.1': { minAge: 18 } } });
    expect(lookup.get('opcs4', 'A01.1')?.minAge).toBe(18);
    expect(lookup.get('opcs4', 'A01.5')?.minAge).toBeUndefined();
  });
});

describe('bundled release', () => {
  let releases: Release[];
  beforeAll(async () => {
    releases = await loadBundledReleases();
  });

  it('the search-index lookup and the release lookup agree', () => {
    const fromIndex = lookupFromIndex(buildSearchIndex(releases));
    const fromReleases = lookupFromReleases(releases, '2024-06-01');
    for (const code of ['F00.9', 'I10X', 's7200', 'W37.1']) {
      const system = code === 'W37.1' ? 'opcs4' : 'icd10';
      expect(fromIndex.get(system, code)).toEqual(fromReleases.get(system, code));
      expect(fromIndex.get(system, code)).toBeDefined();
    }
  });

  it('every code the curated tables offer exists and is valid for coding', () => {
    const lookup = lookupFromReleases(releases, '2024-06-01');
    const offered = [
      ...COMORBIDITIES.flatMap((c) => (c.suggest ?? []).map((s) => s.code)),
      ...ASTERISK_PAIRS.flatMap((p) => Object.entries(p.pairs ?? {}).flat()),
    ];
    const bad = offered.filter((c) => !lookup.get('icd10', c)?.validForCoding);
    expect(offered.length).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });
});

describe('withCuratedPairs', () => {
  it('marks a curated dagger and links both partners; other codes are unchanged', async () => {
    const base = lookupFromReleases(await loadBundledReleases());
    const lookup = withCuratedPairs(base);
    const g309 = lookup.get('icd10', 'G30.9');
    expect(g309?.dagger).toBe(true);
    expect(g309?.partners).toContain('F00.9');
    expect(lookup.get('icd10', 'F00.9')?.partners).toContain('G30.9');
    expect(lookup.get('icd10', 'F00.9')?.dagger).toBeFalsy();
    expect(lookup.get('icd10', 'J18.9')).toBe(base.get('icd10', 'J18.9'));
  });
});
