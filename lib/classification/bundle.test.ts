import { describe, expect, it } from 'vitest';
import { decodeBundledRelease, encodeBundledRelease } from './bundle';
import type { Release } from './model';
import { ReleaseParseError } from './parse-error';

const release: Release = {
  meta: {
    id: 'icd10/test.1',
    system: 'icd10',
    version: 'test',
    effectiveFrom: '2016-04-01',
    source: 'bundled',
    formatVersion: 1,
    builtAt: '2024-03-31T00:00:00Z',
    counts: { codes: 4, terms: 2 },
  },
  codes: [
    {
      system: 'icd10',
      code: 'VI',
      kind: 'chapter',
      title: 'Diseases of the nervous system',
      validForCoding: false,
    },
    {
      system: 'icd10',
      code: 'G01',
      kind: 'category',
      title: 'Meningitis in bacterial diseases classified elsewhere',
      parent: 'VI',
      validForCoding: true,
      asterisk: true,
      secondaryOnly: true,
      partners: ['A17.0'],
      usage: 1092,
    },
    {
      system: 'icd10',
      code: 'A17.0',
      kind: 'code',
      title: 'Tuberculous meningitis',
      parent: 'VI',
      validForCoding: true,
      dagger: true,
      partners: ['G01'],
    },
    {
      system: 'icd10',
      code: 'N40',
      kind: 'category',
      title: 'Hyperplasia of prostate',
      parent: 'VI',
      validForCoding: true,
      sex: 'male',
      minAge: 0,
      limitSource: 'WHO Vol.2',
    },
  ],
  terms: [
    { system: 'icd10', code: 'A17.0', text: 'TB meningitis', source: 'abbreviation' },
    { system: 'icd10', code: 'N40', text: 'BPH', source: 'abbreviation' },
  ],
};

const decode = (json: unknown) => decodeBundledRelease(json, 'icd10.json.gz');
const clone = () => JSON.parse(JSON.stringify(encodeBundledRelease(release))) as Record<string, unknown>;

describe('bundled release', () => {
  it('round-trips encode -> JSON -> decode exactly', () => {
    expect(decode(clone())).toEqual(release);
  });

  it('stores codes and terms as compact rows', () => {
    const enc = clone() as { codes: unknown[][]; terms: unknown[][] };
    expect(enc.codes[0]).toEqual(['VI', 0, 'Diseases of the nervous system', -1, 0, 0]);
    expect(enc.terms[0]).toEqual([2, 'TB meningitis', 0]);
  });

  it.each([
    ['a non-object', () => 42, /not a bundled release/],
    ['a wrong format version', () => ({ ...clone(), formatVersion: 2 }), /formatVersion/],
    [
      'a bad system',
      () => ({ ...clone(), meta: { ...(clone().meta as object), system: 'snomed' } }),
      /meta.system/,
    ],
    [
      'a short code row',
      () => {
        const j = clone() as { codes: unknown[][] };
        j.codes[1] = ['G01', 2];
        return j;
      },
      /codes\[1\]: expected 6 or 7 fields/,
    ],
    [
      'a parent out of range',
      () => {
        const j = clone() as { codes: unknown[][] };
        j.codes[1]![3] = 99;
        return j;
      },
      /codes\[1\]: parent index/,
    ],
    [
      'bad extra fields',
      () => {
        const j = clone() as { codes: unknown[][] };
        j.codes[3]![6] = { sex: 'x' };
        return j;
      },
      /codes\[3\]: bad extra fields: bad sex/,
    ],
    [
      'a term pointing nowhere',
      () => {
        const j = clone() as { terms: unknown[][] };
        j.terms[1]![0] = 17;
        return j;
      },
      /terms\[1\]: code index/,
    ],
    [
      'a missing term row',
      () => {
        const j = clone() as { terms: unknown[][] };
        j.terms.pop();
        return j;
      },
      /counts say/,
    ],
  ])('refuses %s', (_name, make, message) => {
    const run = () => decode(make());
    expect(run).toThrow(ReleaseParseError);
    expect(run).toThrow(message);
  });
});
