import { describe, expect, it } from 'vitest';
import { addToEpisode, resolveCode } from './edit';
import { createEpisode } from './model';
import { createTestLookup } from './test-lookup';

const lookup = createTestLookup();

describe('resolveCode', () => {
  it('canonicalises a typed code and takes its title from the release', () => {
    expect(resolveCode(' j189 ', 'diagnoses', lookup)).toEqual({
      ok: true,
      item: { code: 'J18.9', title: 'Pneumonia, unspecified', source: 'typed' },
    });
    expect(resolveCode('Y752', 'procedures', lookup, 'search')).toMatchObject({
      ok: true,
      item: { code: 'Y75.2', source: 'search' },
    });
  });

  it('refuses what is not a code, not in the release, or not valid for coding', () => {
    expect(resolveCode('pneumonia', 'diagnoses', lookup)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a code/),
    });
    expect(resolveCode('J99.9', 'diagnoses', lookup)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not in the ICD-10 release/),
    });
    expect(resolveCode('J18.9', 'procedures', lookup)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/OPCS-4/),
    });
    expect(resolveCode('J18', 'diagnoses', lookup)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/category/),
    });
  });
});

describe('addToEpisode', () => {
  it('adds in sequence and refuses a duplicate', () => {
    let e = createEpisode(new Date('2026-01-01T00:00:00Z'), '0b7b1a8e-7a39-4c43-9f0a-3c1d2f0e9a11');
    for (const code of ['A17.0', 'J18.9', 'G01']) {
      const r = addToEpisode(e, 'diagnoses', { code, source: 'typed' }, lookup);
      if (!r.ok) throw new Error(r.message);
      e = r.episode;
    }
    expect(e.diagnoses.map((c) => c.code)).toEqual(['A17.0', 'G01', 'J18.9']);
    expect(addToEpisode(e, 'diagnoses', { code: 'J18.9', source: 'page' }, lookup)).toEqual({
      ok: false,
      message: 'J18.9 is already in the diagnoses.',
    });
  });
});
