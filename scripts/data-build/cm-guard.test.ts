import { describe, expect, it } from 'vitest';
import type { CodeEntry } from '@/lib/classification/model';
import { createCmMapper } from './cm-map';
import { createCmGuard, parseCmTitles } from './cm-guard';
import { contentWords, dice, distinctive, stemsMatch } from './cm-words';

const uk = (code: string, title: string): CodeEntry => ({
  system: 'icd10',
  code,
  kind: code.length === 3 ? 'category' : 'code',
  title,
  validForCoding: code.length > 3,
});
// WHO/UK titles (R65 and E11 as in the 5th Edition).
const codes = [
  uk('R65', 'Systemic Inflammatory Response Syndrome [SIRS]'),
  uk('R65.0', 'Systemic Inflammatory Response Syndrome of infectious origin without organ failure'),
  uk('R65.1', 'Systemic Inflammatory Response Syndrome of infectious origin with organ failure'),
  uk('R65.2', 'Systemic Inflammatory Response Syndrome of non-infectious origin without organ failure'),
  uk('R65.9', 'Systemic Inflammatory Response Syndrome, unspecified'),
  uk('E11', 'Non-insulin-dependent diabetes mellitus'),
  uk('E11.2', 'Non-insulin-dependent diabetes mellitus with renal complications'),
  uk('F10', 'Mental and behavioural disorders due to use of alcohol'),
  uk('F10.1', 'Mental and behavioural disorders due to use of alcohol: harmful use'),
  uk('F10.5', 'Mental and behavioural disorders due to use of alcohol: psychotic disorder'),
  uk(
    'F10.9',
    'Mental and behavioural disorders due to use of alcohol: unspecified mental and behavioural disorder',
  ),
];
// ICD-10-CM titles, in the tabular's own markup.
const xml = [
  ['R65', 'Symptoms and signs specifically associated with systemic inflammation and infection'],
  ['R65.2', 'Severe sepsis'],
  ['R65.20', 'Severe sepsis without septic shock'],
  ['E11', 'Type 2 diabetes mellitus'],
  ['E11.2', 'Type 2 diabetes mellitus with kidney complications'],
  ['E11.21', 'Type 2 diabetes mellitus with diabetic nephropathy'],
  ['F10', 'Alcohol related disorders'],
  ['F10.1', 'Alcohol abuse'],
  ['F10.9', 'Alcohol use, unspecified'],
  ['F10.950', 'Alcohol use, unspecified with alcohol-induced psychotic disorder with delusions'],
]
  .map(([c, t]) => `<diag>\n  <name>${c}</name>\n  <desc>${t}</desc>\n</diag>`)
  .join('\n');

describe('CM -> UK meaning guard', () => {
  const guard = () => createCmGuard(createCmMapper(codes), codes, parseCmTitles(xml));

  it('folds UK/US spelling, organ adjectives and suffixes, and ignores generic words', () => {
    expect(contentWords('Other anaemia, unspecified')).toEqual(contentWords('Anemia'));
    expect(stemsMatch(contentWords('kidney')[0]!, contentWords('renal')[0]!)).toBe(true);
    expect(contentWords('infections')).toEqual(contentWords('infection'));
    expect(
      distinctive(contentWords('Type 2 diabetes with kidney complications'), contentWords('Type 2 diabetes')),
    ).toEqual(contentWords('renal complications'));
    expect(dice([], [])).toBe(1);
  });

  it('keeps a truncation whose 4-character titles agree', () => {
    const g = guard();
    expect(g.map('E11.21')).toBe('E11.2');
    expect(g.map('F10.1')).toBe('F10.1');
    expect(g.counts['title-match']).toBe(1);
    expect(g.counts['same-code']).toBe(1);
  });

  it('drops a truncation that changes the meaning when no sibling clearly matches', () => {
    const g = guard();
    expect(g.map('R65.20')).toBeUndefined();
    expect(g.counts['dropped-code']).toBe(1);
  });

  it('moves a term to the one sibling whose title the CM title states', () => {
    expect(guard().map('F10.950')).toBe('F10.5');
  });
});
