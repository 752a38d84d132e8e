/**
 * Search over the committed bundled release (public/release), on phrases that are not in the
 * dev evaluation set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { buildSearchIndex, search, type SearchIndex } from './index';

let index: SearchIndex;
beforeAll(async () => {
  index = buildSearchIndex(await loadBundledReleases());
}, 60_000);

describe('bundled release', () => {
  it.each([
    ['icd10', 'Paroxysmal atrial fibrillation', 'I48.0'],
    ['icd10', 'Iron deficiency anaemia', 'D50.9'],
    ['icd10', 'Hyperkalemia', 'E87.5'],
    ['icd10', 'pnuemonia', 'J18.9'],
    ['icd10', 'thrombocytopaenia', 'D69.6'],
    ['icd10', 'Transient ischaemic attack', 'G45.9'],
    ['icd10', 'Congestive cardiac failure', 'I50.0'],
    ['opcs4', 'lap chole', 'J18.3'],
    ['opcs4', 'Laparoscopic cholecystectomy', 'J18.3'],
    ['opcs4', 'Circumcision', 'N30.3'],
  ] as const)('%s "%s" finds %s in the top 3', (system, text, code) => {
    const got = search(index, text, { system, limit: 3 }).map((r) => r.code);
    expect(got).toContain(code);
  });

  it('answers code queries on the real hierarchy', () => {
    const got = search(index, 'J18', { system: 'icd10', limit: 3 }).map((r) => r.code);
    expect(got).toEqual(['J18', 'J18.0', 'J18.1']);
  });
});
