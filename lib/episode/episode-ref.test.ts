import { describe, expect, it } from 'vitest';
import { checkEpisodeRef, isValidNhsNumber } from './episode-ref';

const refused = (ref: string) => {
  const r = checkEpisodeRef(ref);
  return r.ok ? null : r.message;
};

describe('isValidNhsNumber', () => {
  it('accepts the NHS test number and refuses a wrong check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });
});

describe('checkEpisodeRef', () => {
  it.each(['EP-2026-00123', 'A123456/3', 'FCE 44512', 'ep0001', '2026/00123', 'RX1-000987-2', ''])(
    'allows the episode reference %j',
    (ref) => expect(checkEpisodeRef(ref)).toEqual({ ok: true }),
  );

  it.each(['9434765919', '943 476 5919', '943-476-5919', 'NHS 943 476 5919', 'ref9434765919x'])(
    'refuses the NHS number in %j',
    (ref) => expect(refused(ref)).toMatch(/NHS number/),
  );

  it('allows ten digits that fail the NHS check digit (not an NHS number)', () => {
    expect(checkEpisodeRef('EP 9434765918')).toEqual({ ok: true });
  });

  it.each([
    '12/03/1960',
    '1-3-60',
    '12.03.1960',
    '1960-03-12',
    'EP 12 Mar 1960',
    '3rd March 1960',
    'March 12, 1960',
  ])('refuses the date-of-birth-like %j', (ref) => expect(refused(ref)).toMatch(/date of birth/));

  it.each([
    'Mr John Smith',
    'mrs smith 12',
    'Dr. Patel',
    'SMITH, John',
    "O'Brien, Mary",
    'John Smith',
    'JOHN SMITH',
    'Smith',
  ])("refuses the person's name %j", (ref) => expect(refused(ref)).toMatch(/person's name/));

  it('refuses over-long and multi-line references', () => {
    expect(refused('A'.repeat(41) + '1')).toMatch(/at most 40/);
    expect(refused('EP1\nEP2')).toMatch(/one line/);
  });
});
