import { describe, expect, it } from 'vitest';
import type { CodeEntry } from '@/lib/classification/model';
import { buildOpcsWordFormTerms, SITES, wordFormsForTitle } from './opcs-word-forms';

const code = (c: string, title: string): CodeEntry => ({
  system: 'opcs4',
  code: c,
  kind: 'code',
  title,
  validForCoding: true,
});

describe('wordFormsForTitle', () => {
  it('turns excision of an organ into -ectomy, keeping "total" as an optional qualifier', () => {
    expect(wordFormsForTitle('Total excision of gall bladder')).toEqual([
      'total cholecystectomy',
      'cholecystectomy',
    ]);
    expect(wordFormsForTitle('Excision of gall bladder')).toEqual(['cholecystectomy']);
  });

  it('never drops a qualifier that changes the meaning', () => {
    expect(wordFormsForTitle('Partial excision of kidney')).toEqual(['partial nephrectomy']);
    expect(wordFormsForTitle('Therapeutic endoscopic operations on uterus')).toEqual([
      'therapeutic hysteroscopy',
    ]);
  });

  it('turns endoscopic examination into -oscopy, with the scope type when the title names it', () => {
    expect(wordFormsForTitle('Diagnostic endoscopic examination of bladder')).toContain('cystoscopy');
    expect(
      wordFormsForTitle('Diagnostic endoscopic examination of bladder using rigid cystoscope'),
    ).toContain('rigid cystoscopy');
    expect(
      wordFormsForTitle('Diagnostic endoscopic examination of lower bowel using fibreoptic sigmoidoscope'),
    ).toContain('flexible sigmoidoscopy');
  });

  it('names hip prosthetic replacement as hip arthroplasty / replacement', () => {
    const w = wordFormsForTitle('Primary total prosthetic replacement of hip joint using cement');
    expect(w).toEqual(
      expect.arrayContaining([
        'hip arthroplasty',
        'hip replacement',
        'total hip replacement',
        'primary total hip replacement',
        'cemented total hip replacement',
      ]),
    );
    const rev = wordFormsForTitle('Revision of total prosthetic replacement of hip joint NEC');
    expect(rev).toContain('revision hip replacement');
    expect(rev).not.toContain('hip replacement');
  });

  it('treats unspecified codes like their category and gives opening/ostomy forms', () => {
    expect(wordFormsForTitle('Unspecified excision of uterus')).toEqual(['hysterectomy']);
    expect(wordFormsForTitle('Opening of abdomen')).toEqual(['laparotomy']);
    expect(wordFormsForTitle('Exteriorisation of trachea')).toEqual(['tracheostomy']);
    expect(wordFormsForTitle('Emergency excision of abnormal appendix NEC')).toContain('appendicectomy');
  });

  it('keeps a second procedure after "and" but not a second organ', () => {
    expect(
      wordFormsForTitle('Diagnostic endoscopic examination of bladder and biopsy of lesion of bladder NEC'),
    ).toContain('cystoscopy');
    expect(wordFormsForTitle('Total excision of colon and rectum')).toEqual([]);
  });

  it('gives nothing for unknown sites, lesions, residual and unrecognised heads', () => {
    expect(wordFormsForTitle('Excision of lesion of bladder')).toEqual([]);
    expect(wordFormsForTitle('Excision of skin')).toEqual([]);
    expect(wordFormsForTitle('Other specified excision of gall bladder')).toEqual([]);
    expect(wordFormsForTitle('Destruction of lesion of liver')).toEqual([]);
    expect(wordFormsForTitle('Diagnostic endoscopic examination of liver using laparoscope')).toEqual([]);
  });

  it('only composes suffixes listed for the site (no "hepatoscopy")', () => {
    expect(wordFormsForTitle('Diagnostic endoscopic examination of liver')).toEqual([]);
    expect(SITES.liver!.ops).not.toContain('oscopy');
  });

  it('returns short, lower-case, distinct terms', () => {
    for (const t of ['Total prosthetic replacement of knee joint using cement', 'Excision of appendix']) {
      const w = wordFormsForTitle(t);
      expect(new Set(w).size).toBe(w.length);
      for (const s of w) {
        expect(s).toBe(s.toLowerCase());
        expect(s.split(' ').length).toBeLessThanOrEqual(5);
      }
    }
  });
});

describe('buildOpcsWordFormTerms', () => {
  it('emits opcs-word-form terms only for codes whose title is recognised', () => {
    const terms = buildOpcsWordFormTerms([
      code('J18.9', 'Unspecified excision of gall bladder'),
      code('S06.9', 'Unspecified other excision of lesion of skin'),
    ]);
    expect(terms).toEqual([
      { system: 'opcs4', code: 'J18.9', text: 'cholecystectomy', source: 'opcs-word-form' },
    ]);
  });

  it('leaves a word form to the sibling whose own title already uses it', () => {
    const terms = buildOpcsWordFormTerms([
      { ...code('Q08', 'Vaginal excision of uterus'), kind: 'category', validForCoding: false },
      { ...code('Q08.2', 'Vaginal hysterectomy NEC'), parent: 'Q08' },
      { ...code('Q08.9', 'Unspecified vaginal excision of uterus'), parent: 'Q08' },
      { ...code('M45.9', 'Unspecified diagnostic endoscopic examination of bladder'), parent: 'M45' },
    ]);
    expect(terms.map((t) => `${t.code} ${t.text}`)).toEqual([
      'M45.9 diagnostic cystoscopy',
      'M45.9 cystoscopy',
    ]);
  });
});
