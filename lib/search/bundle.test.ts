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
    // Abbreviation plurals, organism short forms, Roman numerals and site words.
    ['icd10', 'recurrent UTIs', 'N39.0'],
    ['icd10', 'previous TIAs', 'G45.9'],
    ['icd10', 'H. pylori infection', 'B98.0'],
    ['icd10', 'C. difficile diarrhoea', 'A04.7'],
    ['icd10', 'stage IV pressure sore', 'L89.3'],
    ['icd10', 'womb cancer', 'C55'],
    ['icd10', 'cancer of gullet', 'C15.9'],
    ['icd10', 'melanoma chest wall', 'C43.5'],
  ] as const)('%s "%s" finds %s in the top 3', (system, text, code) => {
    const got = search(index, text, { system, limit: 3 }).map((r) => r.code);
    expect(got).toContain(code);
  });

  it('puts the sibling carrying the extra detail first ("… left lower lobe")', () => {
    expect(search(index, 'lung cancer left lower lobe', { system: 'icd10', limit: 1 })[0]?.code).toBe(
      'C34.3',
    );
  });

  it('keeps at most one code not valid for coding among word results', () => {
    for (const q of ['pleural effusion', 'family history of cancer', 'gout']) {
      const list = search(index, q, { system: 'icd10', limit: 10 });
      expect(list.filter((r) => !r.validForCoding).length).toBeLessThanOrEqual(1);
    }
  });

  it('answers code queries on the real hierarchy', () => {
    const got = search(index, 'J18', { system: 'icd10', limit: 3 }).map((r) => r.code);
    expect(got).toEqual(['J18', 'J18.0', 'J18.1']);
  });
});
