import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFailure as parseError } from '@/tests/support/parse-failure';
import { parseUkbIcd10, parseUkbOpcs4 } from './ukb';

const fixture = (name: string) => readFileSync(`tests/fixtures/releases/${name}`, 'utf8');

describe('parseUkbIcd10', () => {
  const codes = parseUkbIcd10(fixture('ukb-coding19-good.tsv'), 'ukb-coding19-good.tsv');
  const get = (c: string) => codes.find((e) => e.code === c);

  it('reads chapters, blocks, categories, 4- and 5-character codes with parents', () => {
    expect(codes).toHaveLength(14);
    expect(get('IV')).toMatchObject({
      kind: 'chapter',
      title: 'Endocrine, nutritional and metabolic diseases',
    });
    expect(get('IV')?.parent).toBeUndefined();
    expect(get('E10-E14')).toMatchObject({ kind: 'block', parent: 'IV', title: 'Diabetes mellitus' });
    expect(get('E11')).toMatchObject({ kind: 'category', parent: 'E10-E14', validForCoding: false });
    expect(get('S72.00')).toMatchObject({
      kind: 'code',
      parent: 'S72.0',
      title: 'Fracture of neck of femur (closed)',
    });
  });

  it('marks leaves valid for coding, including a category with no subdivisions', () => {
    expect(get('I10')?.validForCoding).toBe(true);
    expect(get('E11.9')?.validForCoding).toBe(true);
    expect(get('S72.0')?.validForCoding).toBe(false);
    expect(get('E10-E14')?.validForCoding).toBe(false);
  });

  it('refuses an empty file, a wrong header, a wrong field count and an invalid code', () => {
    expect(parseError(() => parseUkbIcd10('', 'e.tsv')).problem).toMatch(/empty/);
    const header = parseError(() => parseUkbIcd10('code\tmeaning\nA00\tA00 Cholera\n', 'h.tsv'));
    expect(header).toMatchObject({ file: 'h.tsv', line: 1 });
    expect(header.problem).toMatch(/wrong header/);
    const fields = parseError(() => parseUkbIcd10(fixture('ukb-coding19-bad-fields.tsv'), 'f.tsv'));
    expect(fields).toMatchObject({ line: 3 });
    expect(fields.message).toBe('f.tsv, line 3: expected 5 tab-separated fields, found 4');
    const code = parseError(() => parseUkbIcd10(fixture('ukb-coding19-bad-code.tsv'), 'c.tsv'));
    expect(code).toMatchObject({ line: 4 });
    expect(code.problem).toMatch(/invalid ICD-10 code/);
  });

  it('refuses a meaning that does not match its code, and an unknown parent', () => {
    const text = 'coding\tmeaning\tnode_id\tparent_id\tselectable\nI10\tI11 Hypertension\t1\t0\tY\n';
    expect(parseError(() => parseUkbIcd10(text, 'm.tsv')).problem).toMatch(/does not start with its code/);
    const orphan = 'coding\tmeaning\tnode_id\tparent_id\tselectable\nI10\tI10 Hypertension\t1\t99\tY\n';
    expect(parseError(() => parseUkbIcd10(orphan, 'o.tsv')).problem).toMatch(/unknown parent_id 99/);
  });

  it('refuses invalid UTF-8 (replacement characters)', () => {
    const text = 'coding\tmeaning\tnode_id\tparent_id\tselectable\nI10\tI10 Hyper\ufffdtension\t1\t0\tY\n';
    expect(parseError(() => parseUkbIcd10(text, 'u.tsv'))).toMatchObject({ line: 2 });
  });
});

describe('parseUkbOpcs4', () => {
  const codes = parseUkbOpcs4(fixture('ukb-coding240-good.tsv'), 'ukb-coding240-good.tsv');
  const get = (c: string) => codes.find((e) => e.code === c);

  it('reads chapters by letter and derives the tree from the codes', () => {
    expect(get('J')).toMatchObject({
      kind: 'chapter',
      title: 'Other Abdominal Organs, Principally Digestive',
    });
    expect(get('J18')).toMatchObject({ kind: 'category', parent: 'J', validForCoding: false });
    expect(get('J18.3')).toMatchObject({
      kind: 'code',
      parent: 'J18',
      title: 'Total cholecystectomy NEC',
      validForCoding: true,
    });
    expect(get('Z94.2')?.title).toBe('Right sided operation');
  });

  it('hangs a code whose category row is missing (X99.7 in coding 240) on its chapter', () => {
    expect(get('X99.7')).toMatchObject({ parent: 'X', validForCoding: true });
  });

  it('refuses binary content, naming the line', () => {
    const e = parseError(() => parseUkbOpcs4(fixture('ukb-coding240-binary.tsv'), 'b.tsv'));
    expect(e).toMatchObject({ file: 'b.tsv', line: 3 });
    expect(e.problem).toMatch(/binary/);
  });

  it('refuses a whole file for one bad row and a header-only file', () => {
    const text = 'coding\tmeaning\nA01\tA01 Major excision\nA1\tA1 Bad\n';
    expect(parseError(() => parseUkbOpcs4(text, 'x.tsv'))).toMatchObject({ line: 3 });
    expect(parseError(() => parseUkbOpcs4('coding\tmeaning\n', 'y.tsv')).problem).toMatch(/no rows/);
  });
});
