import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, search, type SearchIndex } from './index';
import { syntheticReleases } from './testing/synthetic-release';
import type { SearchOptions } from './types';

let index: SearchIndex;
beforeAll(() => {
  index = buildSearchIndex(syntheticReleases());
});

const codes = (q: string, opts: SearchOptions = {}): string[] => search(index, q, opts).map((r) => r.code);
const first = (q: string, opts: SearchOptions = { system: 'icd10' }): string | undefined => codes(q, opts)[0];

describe('word queries', () => {
  it('folds UK and US spellings both ways', () => {
    expect(first('anemia')).toBe('D64.9');
    expect(first('anaemia')).toBe('D64.9');
    expect(first('hypokalemia')).toBe('E87.6');
    expect(first('thrombocytopaenia')).toBe('D69.6');
    const r = search(index, 'anemia', { system: 'icd10' })[0];
    expect(r?.matched.corrections).toContain('anemia → anaemia');
  });

  it('recovers misspelt words and says so', () => {
    const r = search(index, 'pnuemonia', { system: 'icd10' })[0];
    expect(r?.code).toBe('J18.9');
    expect(r?.matched.corrections?.[0]).toMatch(/^pnuemonia → pneumonia/);
    expect(first('hyperkalaemai')).toBe('E87.5');
  });

  it('expands abbreviations, alone or inside a phrase', () => {
    expect(first('AF')).toBe('I48.9');
    expect(first('paroxysmal AF')).toBe('I48.0');
    expect(first('#NOF')).toBe('S72.00');
    expect(first('# NOF')).toBe('S72.00');
    expect(first('T2DM')).toBe('E11.9');
    expect(first('CKD 3')).toBe('N18.3');
    expect(first('lap chole', { system: 'opcs4' })).toBe('J18.3');
    expect(search(index, 'AF')[0]?.matched.source).toBe('abbreviation');
  });

  it('ignores word order and plurals, and reads fractured/fracture alike', () => {
    expect(first('failure heart')).toBe('I50.9');
    expect(first('fractures neck of femur')).toBe('S72.00');
    expect(first('fractured neck of femur')).toBe('S72.00');
  });

  it('prefers a code valid for coding to its category ("pneumonia" -> J18.9 before J18)', () => {
    const list = codes('pneumonia', { system: 'icd10' });
    expect(list[0]).toBe('J18.9');
    expect(list.indexOf('J18')).toBeGreaterThan(0);
    expect(first('heart failure')).toBe('I50.9');
    // A non-leaf 4-character code hands over to its most used 5-character code.
    expect(first('fracture of neck of femur')).toBe('S72.00');
  });

  it('lets qualifiers help when they match and not hurt when they do not', () => {
    expect(first('acute severe asthma')).toBe('J46');
    expect(first('asthma')).toBe('J45.9');
    expect(first('severe pneumonia')).toBe('J18.9');
    expect(first('pneumonia right lower lobe')).toMatch(/^J18/);
    expect(first('left ventricular failure')).toBe('I50.1');
  });

  it('reads "without X" in a title as the opposite of X', () => {
    expect(first('ruptured abdominal aortic aneurysm')).toBe('I71.3');
    expect(first('abdominal aortic aneurysm')).toBe('I71.4');
  });

  it('reads lexicon equivalents (renal = kidney, CT = computed tomography)', () => {
    expect(first('chronic renal disease stage 3')).toBe('N18.3');
    const r = search(index, 'renal disease stage 5', { system: 'icd10' })[0];
    expect(r?.code).toBe('N18.5');
    expect(r?.matched.corrections).toContain('renal → kidney');
  });

  it('reads Roman numerals after stage/grade/type as numbers, and grade as stage', () => {
    expect(first('decubitus ulcer stage 3')).toBe('L89.2');
    expect(first('stage iii decubitus ulcer')).toBe('L89.2');
    expect(first('grade 2 decubitus ulcer')).toBe('L89.1');
    expect(first('chronic kidney disease stage V')).toBe('N18.5');
  });

  it('reads a capitalised abbreviation plural as the abbreviation ("PEs")', () => {
    expect(first('bilateral PEs')).toBe('I26.9');
    expect(first('PEs')).toBe('I26.9');
  });

  it('lets a complete abbreviation win over longer ones it starts ("TB" is not "TBI")', () => {
    expect(first('TB')).toBe('A16.9');
    expect(first('pulmonary TB')).toMatch(/^A16/);
    expect(codes('pulmonary TB', { system: 'icd10' })).not.toContain('S06.9');
  });

  it('reads organism short forms by genus initial ("E. coli", "staph aureus")', () => {
    expect(first('E. coli sepsis')).toBe('A41.5');
    expect(first('E.coli sepsis')).toBe('A41.5');
    expect(first('e coli pneumonia')).toBe('J15.5');
    expect(first('staph aureus sepsis')).toBe('A41.0');
    expect(first('S. aureus septicaemia')).toBe('A41.0');
    const r = search(index, 'E. coli sepsis', { system: 'icd10' })[0];
    expect(r?.matched.corrections).toContain('e coli → escherichia coli');
  });

  it('maps body-site words to the wording titles use (back -> trunk, toe -> foot)', () => {
    expect(first('malignant melanoma of back')).toBe('C43.5');
    expect(first('melanoma cheek')).toBe('C43.3');
    expect(first('gout big toe')).toBe('M10.97');
    expect(first('gout of toe')).toBe('M10.97');
  });

  it('prefers the sibling whose title carries the extra detail of the query', () => {
    expect(first('non-small cell lung cancer')).toBe('C34.9');
    expect(first('non-small cell lung cancer left upper lobe')).toBe('C34.1');
    expect(first('DKA type 2 diabetic')).toBe('E11.1');
    expect(first('type 2 diabetes')).toBe('E11.9');
  });

  it('prefers the primary act to a revision unless the query says revision', () => {
    expect(first('cemented total hip replacement', { system: 'opcs4' })).toBe('W37.1');
    expect(first('revision cemented total hip replacement', { system: 'opcs4' })).toBe('W37.3');
  });

  it('keeps at most one code not valid for coding among word results', () => {
    for (const q of ['fracture femur', 'pneumonia', 'gout', 'diabetes', 'anaemia']) {
      const list = search(index, q);
      expect(list.filter((r) => !r.validForCoding).length).toBeLessThanOrEqual(1);
    }
  });

  it('shows results while a word is being typed', () => {
    expect(codes('pneum', { system: 'icd10' })).toContain('J18.9');
    expect(codes('atrial fib', { system: 'icd10' }).slice(0, 2)).toContain('I48.9');
    expect(first('hypok')).toBe('E87.6');
  });

  it('filters by system', () => {
    const both = search(index, 'cholecystectomy');
    expect(both.every((r) => r.system === 'opcs4')).toBe(true);
    expect(search(index, 'cholecystectomy', { system: 'icd10' })).toEqual([]);
    expect(search(index, 'pneumonia', { system: 'opcs4' })).toEqual([]);
  });

  it('returns code, kind, title, path, match reason, flags, usage and score', () => {
    const r = search(index, 'pneumonia', { system: 'icd10' })[0]!;
    expect(r).toMatchObject({
      system: 'icd10',
      code: 'J18.9',
      kind: 'code',
      title: 'Pneumonia, unspecified',
    });
    expect(r.path.map((p) => p.code)).toEqual(['X', 'J09-J18', 'J18']);
    expect(r.validForCoding).toBe(true);
    expect(r.usage).toBe(200000);
    expect(r.score).toBeGreaterThan(0);
    expect(r.matched.text.toLowerCase()).toContain('pneumonia');
  });

  it('returns nothing for empty or meaningless queries', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'the of and')).toEqual([]);
    expect(search(index, 'zzzzqqq')).toEqual([]);
  });
});

describe('code queries', () => {
  it('finds a code however it is typed', () => {
    for (const q of ['J18.9', 'j189', ' J18.9 ']) expect(first(q)).toBe('J18.9');
    expect(first('I10X')).toBe('I10');
    expect(first('S72.00')).toBe('S72.00');
    expect(search(index, 'j189', { system: 'icd10' })[0]?.matched.source).toBe('code');
  });

  it('browses a category: the code first, then its children in order', () => {
    expect(codes('J18', { system: 'icd10' })).toEqual(['J18', 'J18.0', 'J18.1', 'J18.8', 'J18.9']);
    expect(codes('S72', { system: 'icd10' })).toEqual(['S72', 'S72.0', 'S72.00', 'S72.01']);
    expect(codes('J18', { system: 'opcs4' })).toEqual(['J18', 'J18.1', 'J18.3', 'J18.9']);
    expect(codes('J18').filter((c) => c === 'J18')).toHaveLength(2); // both systems
  });

  it('browses a partial code by its categories', () => {
    expect(codes('J1', { system: 'icd10' })).toEqual(['J15', 'J18']);
    expect(codes('I5', { system: 'icd10' })).toEqual(['I50']);
    expect(codes('W3', { system: 'opcs4' })).toEqual(['W37']);
  });
});
