import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  childrenOf,
  deserializeSearchIndex,
  getEntry,
  pathOf,
  search,
  serializeSearchIndex,
} from './index';
import { syntheticReleases } from './testing/synthetic-release';

const QUERIES = [
  'pneumonia',
  'pnuemonia',
  'AF',
  'paroxysmal AF',
  'J18',
  'j189',
  'hypok',
  'lap chole',
  '#NOF',
  'acute severe asthma',
];

describe('serialise / deserialise', () => {
  it('round-trips through structured clone with identical results', () => {
    const index = buildSearchIndex(syntheticReleases());
    const stored = structuredClone(serializeSearchIndex(index));
    const loaded = deserializeSearchIndex(stored);
    for (const q of QUERIES) expect(search(loaded, q)).toEqual(search(index, q));
    expect(childrenOf(loaded, 'icd10', 'J18')).toEqual(childrenOf(index, 'icd10', 'J18'));
  });

  it('is made of a few strings and typed arrays, not many objects', () => {
    const s = serializeSearchIndex(buildSearchIndex(syntheticReleases()));
    const flat = (v: unknown) => typeof v === 'string' || typeof v === 'number' || ArrayBuffer.isView(v);
    for (const v of Object.values(s)) {
      // The code list is one level deeper: a record of columns, each a string or typed array.
      expect(flat(v) || Object.values(v as object).every(flat)).toBe(true);
    }
  });

  it('refuses an index stored in another format', () => {
    const s = serializeSearchIndex(buildSearchIndex(syntheticReleases()));
    expect(() => deserializeSearchIndex({ ...s, format: 999 })).toThrow(/format/);
  });
});

describe('hierarchy', () => {
  const index = buildSearchIndex(syntheticReleases());

  it('looks up entries by any code form', () => {
    expect(getEntry(index, 'icd10', 'j189')?.code).toBe('J18.9');
    expect(getEntry(index, 'icd10', 'I10X')?.code).toBe('I10');
    expect(getEntry(index, 'opcs4', 'J18.3')?.title).toBe('Total cholecystectomy NEC');
    expect(getEntry(index, 'icd10', 'Z99.9')).toBeUndefined();
  });

  it('browses chapter -> block -> category -> code in classification order', () => {
    expect(childrenOf(index, 'icd10', null).map((c) => c.code)).toEqual([
      'III',
      'IV',
      'IX',
      'X',
      'XIX',
      'I',
      'II',
      'XII',
      'XIII',
      'XIV',
    ]);
    expect(childrenOf(index, 'icd10', 'X').map((c) => c.code)).toEqual(['J09-J18', 'J40-J47']);
    expect(childrenOf(index, 'icd10', 'J09-J18').map((c) => c.code)).toEqual(['J15', 'J18']);
    expect(childrenOf(index, 'opcs4', null).map((c) => c.code)).toEqual(['J', 'W']);
    expect(childrenOf(index, 'icd10', 'J18.9')).toEqual([]);
  });

  it('gives the path from chapter to parent', () => {
    expect(pathOf(index, 'icd10', 'S72.00').map((p) => p.code)).toEqual(['XIX', 'S70-S79', 'S72', 'S72.0']);
    expect(pathOf(index, 'opcs4', 'W37.1')).toEqual([
      { code: 'W', title: 'Other bones and joints', kind: 'chapter' },
      { code: 'W37', title: 'Total prosthetic replacement of hip joint using cement', kind: 'category' },
    ]);
    expect(pathOf(index, 'icd10', 'X')).toEqual([]);
  });
});
