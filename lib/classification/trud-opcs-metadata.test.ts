import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFailure as failure } from '@/tests/support/parse-failure';
import { parseTrudOpcsMetadata } from './trud-opcs-metadata';

const DIR = 'tests/fixtures/releases/trud-opcs';
const NAME = 'OPCS411 Metadata Nov 2025 V1.0.txt';

/** A fixed-width line: flag 0–12, code 12–24, 3-char title 24–84, 4-char title 84–191, sex 191–193. */
const line = (code: string, title3: string, title4: string, sex: string) =>
  '000000000001' +
  code.padEnd(12) +
  title3.padEnd(60) +
  title4.padEnd(107) +
  sex.padEnd(2) +
  '1'.padEnd(25) +
  '1';

describe('parseTrudOpcsMetadata', () => {
  const p = parseTrudOpcsMetadata(readFileSync(`${DIR}/${NAME}`, 'utf8'), NAME);
  const get = (code: string) => p.codes.find((c) => c.code === code);

  it('reads categories from the 3-character title and codes from the 4-character title', () => {
    expect(p).toMatchObject({
      system: 'opcs4',
      format: 'trud-opcs-metadata',
      version: 'OPCS-4.11 Nov 2025 V1.0',
    });
    expect(p.codes).toHaveLength(49);
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

  it('maps sex scrutiny 1 (error if male) to female and 2 (error if female) to male', () => {
    expect(get('Q07.1')?.sex).toBe('female');
    expect(get('M61.1')?.sex).toBe('male');
    expect(get('Q07.1')?.limitSource).toMatch(/sex scrutiny/);
    expect(get('A01.1')?.sex).toBeUndefined();
  });

  it('treats 3 and 4 (query only) as no restriction', () => {
    const q = parseTrudOpcsMetadata(
      [line('Q071', 'X', 'Y', '3'), line('Q072', 'X', 'Z', '4')].join('\n'),
      'f',
    );
    expect(q.codes.map((c) => c.sex)).toEqual([undefined, undefined, undefined]);
  });

  it('accepts a 3-character row after its codes', () => {
    const q = parseTrudOpcsMetadata(
      [
        line('Q071', 'ABDOMINAL EXCISION OF UTERUS', 'Y', '1'),
        line('Q07', 'ABDOMINAL EXCISION OF UTERUS', '', '1'),
      ].join('\n'),
      'f',
    );
    expect(q.codes.map((c) => c.code)).toEqual(['Q07', 'Q07.1']);
  });

  it.each([
    [
      [line('A011', 'T', 'Hemi', '0'), line('A011', 'T', 'Hemi', '0')],
      'duplicate code A01.1 (first on line 1)',
      2,
    ],
    [
      [line('A011', 'T', 'Hemi', '0'), line('A0X1', 'T', 'Hemi', '0')],
      'code: not an OPCS-4 code (columns 13–24) (found "A0X1")',
      2,
    ],
    [[line('A011', 'T', 'Hemi', '7')], 'sex: sex scrutiny (columns 192–193) must be 0–4 (found "7")', 1],
    [[line('A011', 'T', '', '0')], 'empty 4-character title (columns 85–191) for A01.1', 1],
    [[line('A011', 'T', 'Hemi', '0'), 'A\tB'], 'tab character: not the fixed-width Metadata layout', 2],
  ])('refuses %#', (lines, problem, at) => {
    const e = failure(() => parseTrudOpcsMetadata(lines.join('\n'), 'f'));
    expect(e.problem).toBe(problem);
    expect(e.line).toBe(at);
  });

  it('refuses a truncated file (last line cut short)', () => {
    const e = failure(() =>
      parseTrudOpcsMetadata(readFileSync(`${DIR}/malformed/metadata-truncated.txt`, 'utf8'), 'm.txt'),
    );
    expect(e.line).toBe(43);
    expect(e.problem).toMatch(/^line is 103 characters; the fixed-width layout needs at least 192/);
  });
});
