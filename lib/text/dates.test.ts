import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

// The regex findDates replaces (clean.ts used it), kept here as the oracle.
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = new RegExp(
  `(?:\\b(?:in|since|from|dx|diagnosed|diagnosed in|circa|c\\.|on|at|age|aged|at age)\\s+)?(?:\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b|\\b\\d{1,2}[/.-](?:19|20)\\d{2}\\b|\\b(?:\\d{1,2}\\s+)?${MONTH}\\s+(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}s?\\b|\\b'\\d{2}\\b)`,
  'gi',
);
const oracle = (text: string) =>
  [...text.matchAll(DATE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const TOKENS = [
  'in',
  'since',
  'from',
  'Diagnosed',
  'diagnosed in',
  'at age',
  'c.',
  'on',
  'AT',
  'dx',
  'circa',
  'aged',
  'Mar',
  'march',
  'Sept',
  'sep.',
  'Dec',
  'decompression',
  'May',
  'june',
  'Jul',
  'marching',
  '12',
  '3',
  '2019',
  '1990',
  '1990s',
  '2019st',
  '20',
  '19',
  '07',
  '123',
  '20190',
  '/',
  '.',
  '-',
  ':',
  "'",
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  'a',
  'x',
  '_',
  'é',
  ',',
  '(',
  ')',
  's',
];

// A small deterministic generator, so a failure names its sample.
function* samples(count: number): Generator<string> {
  let seed = 20261124;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < count; n++) {
    let s = '';
    const len = 1 + Math.floor(next() * 9);
    for (let k = 0; k < len; k++) s += TOKENS[Math.floor(next() * TOKENS.length)];
    yield s;
  }
}

describe('findDates matches what the date regex matched', () => {
  it('on written examples', () => {
    const examples = [
      'Appendicectomy in 2015',
      'dx 03/2019',
      'since Mar 2019',
      'diagnosed in March 2019 and again 12/01/2020 at 10:30',
      'Decompression 2015',
      "Jan'19",
      'in the 1990s',
      'at age 2019',
      '3 Sept. 2001',
      'c. 1999',
    ];
    for (const t of examples) expect([t, findDates(t)]).toEqual([t, oracle(t)]);
  });

  it('on 30,000 generated texts', () => {
    const wrong: string[] = [];
    for (const t of samples(30000)) {
      if (JSON.stringify(findDates(t)) !== JSON.stringify(oracle(t))) wrong.push(t);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
