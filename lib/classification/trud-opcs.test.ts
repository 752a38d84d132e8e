import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFailure as failure } from '@/tests/support/parse-failure';
import { opcsCode, opcsVersionFromName, parseTrudOpcs, parseTrudOpcsXml } from './trud-opcs';

const DIR = 'tests/fixtures/releases/trud-opcs';
const read = (path: string) => readFileSync(`${DIR}/${path}`, 'utf8');
const UNDOTTED = 'OPCS410 CodesAndTitles Nov 2022 V1.0.txt';
const DOTTED = 'OPCS411 CodesAndTitles Nov 2025 V1.0.txt';

describe('parseTrudOpcs', () => {
  const undotted = parseTrudOpcs(read(UNDOTTED), UNDOTTED);
  const get = (code: string) => undotted.codes.find((c) => c.code === code);

  it('reads undotted codes into canonical dotted codes with categories', () => {
    expect(undotted).toMatchObject({
      system: 'opcs4',
      format: 'trud-opcs-tsv',
      version: 'OPCS-4.10 Nov 2022 V1.0',
    });
    expect(undotted.codes).toHaveLength(49);
    expect(get('A01')).toMatchObject({
      kind: 'category',
      title: 'Major excision of tissue of brain',
      validForCoding: false,
    });
    expect(get('A01.1')).toMatchObject({
      kind: 'code',
      parent: 'A01',
      title: 'Hemispherectomy',
      validForCoding: true,
    });
  });

  it('marks chapters Y and Z secondary only and Z94 laterality', () => {
    expect(get('Y53.1')?.secondaryOnly).toBe(true);
    expect(get('A01.1')?.secondaryOnly).toBeUndefined();
    expect(get('Z94.1')?.laterality).toBe('bilateral');
    expect(get('Z94.2')?.laterality).toBe('right');
    expect(get('Z94.3')?.laterality).toBe('left');
    expect(get('Z94.9')?.laterality).toBeUndefined();
  });

  it('reads a dotted copy (BOM, CRLF) to the same entries', () => {
    const dotted = parseTrudOpcs(read(DOTTED), DOTTED);
    expect(dotted.version).toBe('OPCS-4.11 Nov 2025 V1.0');
    expect(dotted.codes).toEqual(undotted.codes);
  });

  it('accepts single-letter chapter rows and hangs categories under them', () => {
    const p = parseTrudOpcs('A\tNervous system\nA01\tMajor excision\nA01.1\tHemispherectomy\n', 'f');
    expect(p.codes.map((c) => [c.code, c.kind, c.parent])).toEqual([
      ['A', 'chapter', undefined],
      ['A01', 'category', 'A'],
      ['A01.1', 'code', 'A01'],
    ]);
  });

  it.each([
    ['wrong-field-count.txt', 'expected 2 tab-separated fields, found 1', 4],
    ['invalid-code.txt', 'code: not an OPCS-4 code (found "A1X2")', 3],
    ['duplicate-codes.txt', 'duplicate code A01.1 (first on line 2)', 6],
    ['empty.txt', 'the file is empty', undefined],
  ])('refuses malformed/%s', (file, problem, line) => {
    const e = failure(() => parseTrudOpcs(read(`malformed/${file}`), file));
    expect(e.problem).toBe(problem);
    expect(e.line).toBe(line);
  });

  it('refuses an empty title', () => {
    expect(failure(() => parseTrudOpcs('A01\t \n', 'f')).problem).toBe('title: empty title (found "")');
  });
});

describe('parseTrudOpcsXml', () => {
  it('reads <code CODE TITLE/> records to the same entries as the text file', () => {
    const name = 'OPCS411 CodesAndTitles Nov 2025 V1.0.xml';
    const p = parseTrudOpcsXml(read(name), name);
    expect(p.format).toBe('trud-opcs-xml');
    expect(p.codes).toEqual(parseTrudOpcs(read(UNDOTTED), UNDOTTED).codes);
  });

  it('refuses a record without a TITLE, naming its line', () => {
    const e = failure(() =>
      parseTrudOpcsXml('<codes>\n<code CODE="A01.1" TITLE="x"/>\n<code CODE="A01.2"/>\n</codes>', 'f'),
    );
    expect(e.message).toBe('f, line 3: <code> has no TITLE');
  });
});

describe('helpers', () => {
  it('opcsCode', () => {
    expect(opcsCode('a011')).toBe('A01.1');
    expect(opcsCode('A01.1')).toBe('A01.1');
    expect(opcsCode('A01')).toBe('A01');
    expect(opcsCode('A0111')).toBeNull();
    expect(opcsCode('A01X')).toBeNull();
  });
  it('opcsVersionFromName', () => {
    expect(opcsVersionFromName('x/OPCS411 Metadata Nov 2025 V1.0.txt')).toBe('OPCS-4.11 Nov 2025 V1.0');
    expect(opcsVersionFromName('codes.txt')).toBeNull();
  });
});
