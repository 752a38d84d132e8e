import { describe, expect, it } from 'vitest';
import type { CodeEntry } from '@/lib/classification/model';
import { decodeCodeColumns, encodeCodeColumns } from './serialize-codes';

const CODES: CodeEntry[] = [
  {
    system: 'icd10',
    code: 'X',
    kind: 'chapter',
    title: 'Diseases of the respiratory system',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'J18',
    kind: 'category',
    title: 'Pneumonia, organism unspecified',
    parent: 'J09-J18',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'J18.9',
    kind: 'code',
    title: 'Pneumonia, unspecified',
    parent: 'J18',
    validForCoding: true,
    usage: 0,
  },
  {
    system: 'icd10',
    code: 'A17.0',
    kind: 'code',
    title: 'Tuberculous meningitis',
    parent: 'A17',
    validForCoding: true,
    dagger: true,
    partners: ['G01'],
    usage: 120,
  },
  {
    system: 'icd10',
    code: 'O80',
    kind: 'category',
    title: 'Single spontaneous\ndelivery',
    validForCoding: true,
    sex: 'female',
    minAge: 10,
    limitSource: 'WHO',
  },
  {
    system: 'opcs4',
    code: 'Z94.2',
    kind: 'code',
    title: 'Right sided operations',
    parent: 'Z94',
    validForCoding: true,
    secondaryOnly: true,
    laterality: 'right',
  },
  {
    system: 'icd10',
    code: 'G01',
    kind: 'category',
    title: 'Meningitis in bacterial diseases classified elsewhere',
    validForCoding: true,
    asterisk: true,
    secondaryOnly: true,
    partners: ['A17.0', 'A39.0'],
  },
];

describe('code columns', () => {
  it('round-trips every field, including usage 0 and fields without a column', () => {
    const decoded = decodeCodeColumns(structuredClone(encodeCodeColumns(CODES)));
    expect(decoded).toEqual(CODES.map((c) => ({ ...c, title: c.title.replace('\n', ' ') })));
  });

  it('keeps absent usage absent', () => {
    const [chapter] = decodeCodeColumns(encodeCodeColumns(CODES.slice(0, 1)));
    expect(chapter).not.toHaveProperty('usage');
    expect(chapter).not.toHaveProperty('parent');
  });
});
