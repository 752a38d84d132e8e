import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFailure as failure } from '@/tests/support/parse-failure';
import { parseTrudIcd10 } from './trud-icd10';

const DIR = 'tests/fixtures/releases/trud-icd10';
const NAME = 'ICD10_Edition5_CodesAndTitlesAndMetadata_GB_20160401.txt';
const read = (path: string) => readFileSync(`${DIR}/${path}`, 'utf8');

describe('parseTrudIcd10 on the public TRUD-format sample', () => {
  const parsed = parseTrudIcd10(read(NAME), NAME);
  const get = (code: string) => parsed.codes.find((c) => c.code === code);

  it('reads every row but the trailing WHO permission notice, with the version from the file name', () => {
    expect(parsed.codes).toHaveLength(197);
    expect(parsed).toMatchObject({
      system: 'icd10',
      format: 'trud-icd10-tsv',
      version: 'ICD-10 5th Edition 2016-04-01',
      effectiveFrom: '2016-04-01',
    });
  });

  it('composes subdivision titles with their category', () => {
    expect(get('E10.0')?.title).toBe('Type 1 diabetes mellitus: with coma');
    expect(get('E11.9')?.title).toBe('Type 2 diabetes mellitus: without complications');
    expect(get('M90.00')?.title).toBe('Tuberculosis of bone: multiple sites');
    expect(get('A00.0')?.title).toBe('Cholera due to Vibrio cholerae 01, biovar cholerae');
  });

  it('derives kind, parent and 5-character codes from ALT_CODE', () => {
    expect(get('E10')).toMatchObject({ kind: 'category', validForCoding: false });
    expect(get('E10')?.parent).toBeUndefined();
    expect(get('E10.0')).toMatchObject({ kind: 'code', parent: 'E10', validForCoding: true });
    expect(get('M90.0')).toMatchObject({ parent: 'M90', validForCoding: false });
    expect(get('M90.09')).toMatchObject({ parent: 'M90.0', validForCoding: true });
  });

  it('treats a category with no subdivisions in the file as valid for coding (I10X)', () => {
    expect(get('I10')).toMatchObject({ kind: 'category', validForCoding: true });
    expect(get('U83')?.validForCoding).toBe(false);
  });

  it('maps USAGE to dagger/asterisk and QUALIFIERS to partners on both sides', () => {
    expect(get('A17.0')).toMatchObject({ dagger: true, partners: ['G01'] });
    expect(get('A17.0')?.asterisk).toBeUndefined();
    expect(get('G01')).toMatchObject({ asterisk: true, secondaryOnly: true, partners: ['A17.0', 'A39.0'] });
    expect(get('A17.9')?.partners).toEqual(['G99.8']);
    expect(get('M90.05')?.asterisk).toBe(true);
  });

  it('maps GENDER_MASK 1/2 to female/male and reads age limits', () => {
    expect(get('D25.0')?.sex).toBe('female');
    expect(get('N50.8')?.sex).toBe('male');
    expect(get('O10.0')).toMatchObject({ sex: 'female', minAge: 15, maxAge: 45 });
    expect(get('P00.0')).toMatchObject({ maxAge: 1 });
    expect(get('P00.0')?.limitSource).toMatch(/TRUD/);
    expect(get('A00.0')?.sex).toBeUndefined();
  });

  it('has no version when the file name says nothing', () => {
    expect(parseTrudIcd10(read(NAME), 'codes.txt').version).toBeNull();
  });
});

describe('parseTrudIcd10 refuses malformed files whole', () => {
  const cases: [string, string | RegExp, number | undefined][] = [
    ['empty.txt', 'the file is empty', undefined],
    ['header-only.txt', 'the file has a header but no code rows', undefined],
    ['wrong-columns.txt', /^wrong columns: expected "CODE, ALT_CODE, USAGE, USAGE_UK/, 1],
    ['wrong-field-count.txt', 'expected 12 tab-separated fields, found 9', 7],
    ['invalid-code.txt', 'CODE: not a dotted ICD-10 code (found "A0O.9")', 5],
    ['duplicate-codes.txt', 'duplicate code A00.1 (first on line 4)', 8],
    ['truncated.txt', 'expected 12 tab-separated fields, found 5', 11],
  ];
  it.each(cases)('%s', (file, problem, line) => {
    const e = failure(() => parseTrudIcd10(read(`malformed/${file}`), file));
    expect(e.problem).toMatch(problem);
    expect(e.line).toBe(line);
    expect(e.file).toBe(file);
  });

  const header = read(NAME).split('\n')[0]!;
  const row = (cells: string[]) => `${header}\n${cells.join('\t')}\n`;
  const base = ['A00.0', 'A000', 'DEFAULT', '3', 'Cholera', '', '', '', '', '', '', ''];
  const withCell = (i: number, v: string) => row(base.map((c, j) => (j === i ? v : c)));

  it('refuses a header that is missing (data on line 1)', () => {
    expect(failure(() => parseTrudIcd10(base.join('\t'), 'f')).problem).toMatch(/^missing header line/);
  });

  it.each([
    [1, 'A001', 'ALT_CODE A001 does not match CODE A00.0'],
    [2, 'SOMETIMES', 'USAGE: USAGE must be DEFAULT, DAGGER or ASTERISK'],
    [4, '', 'DESCRIPTION: empty DESCRIPTION'],
    [7, 'G01 not-a-code', 'QUALIFIERS: QUALIFIERS must list ICD-10 codes'],
    [8, '3', 'GENDER_MASK: GENDER_MASK must be 1 (female), 2 (male) or empty'],
    [9, '15y', 'MIN_AGE: MIN_AGE must be a whole number of years'],
  ])('refuses a bad cell %i (%s)', (i, value, problem) => {
    const e = failure(() => parseTrudIcd10(withCell(i, value), 'f'));
    expect(e.problem.startsWith(problem)).toBe(true);
    expect(e.line).toBe(2);
  });

  it('refuses MIN_AGE above MAX_AGE', () => {
    const cells = [...base];
    cells[9] = '50';
    cells[10] = '45';
    expect(failure(() => parseTrudIcd10(row(cells), 'f')).problem).toBe('MIN_AGE 50 is above MAX_AGE 45');
  });

  it('accepts CRLF line endings and a header named CODE', () => {
    const text = row(base)
      .replace(/^ICD10_CODE/, 'CODE')
      .replace(/\n/g, '\r\n');
    expect(parseTrudIcd10(text, 'f').codes.map((c) => c.code)).toEqual(['A00.0']);
  });
});
