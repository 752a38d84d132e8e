import { describe, expect, it } from 'vitest';
import { collapse, isBlank, isSpaceChar } from './safe-dom';

const regexCollapse = (s: string): string => s.replace(/\s+/g, ' ').replace(/^ | $/g, '');

// Every kind of whitespace at the ends, alone, doubled and mixed, between words.
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\ufeff', ' \u3000 ', '\u180e', '\u200b'];
const SAMPLES = [
  '',
  'a',
  'word',
  'two words',
  'Type 2 diabetes mellitus',
  ...SPACES.flatMap((sp) => [
    sp,
    `${sp}a`,
    `a${sp}`,
    `a${sp}b`,
    `${sp}a${sp}b${sp}`,
    `a ${sp} b`,
    `${sp}${sp}`,
  ]),
  '\n  On day 1 the patient\n  was reviewed  on the ward.\n',
];

describe('whitespace helpers match the regexes they replace', () => {
  it('isSpaceChar is \\s for every UTF-16 unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceChar(ch) !== /\s/.test(ch)) expect([c, isSpaceChar(ch)]).toEqual([c, /\s/.test(ch)]);
    }
  });

  it('collapse', () => {
    for (const s of SAMPLES) expect([s, collapse(s)]).toEqual([s, regexCollapse(s)]);
  });

  it('isBlank', () => {
    for (const s of SAMPLES) expect([s, isBlank(s)]).toEqual([s, regexCollapse(s) === '']);
  });
});
