import { describe, expect, it } from 'vitest';
import type { CodeEntry } from '@/lib/classification/model';
import { buildOnsTerms, isLooseMapping, parseIcd11Map } from './ons';

const uk = (code: string, title: string): CodeEntry => ({
  system: 'icd10',
  code,
  kind: 'code',
  title,
  validForCoding: true,
});

const map = [
  'Linearization (release) URI\ticd11Code\ticd11Chapter\ticd11Title\ticd10Code\ticd10Chapter\ticd10Title',
  'x\t6C40.2\t06\tAlcohol dependence\tF10.2\tV\tMental and behavioural disorders due to use of alcohol: dependence syndrome',
  'x\tDB94.0\t13\tAlcoholic liver fibrosis\tK70.2\tXI\tAlcoholic fibrosis and sclerosis of liver',
  'x\tMB23.1\t21\tAgitation, behavioural\tR45.8\tXVIII\tOther symptoms and signs involving emotional state',
  'x\tCB41.0\t12\tHepatopulmonary syndrome\tK76.8\tXI\tOther specified diseases of liver',
].join('\n');

const dictionary = [
  'ID,Icd1,Icd2,DiagnosisText,Comments',
  '1,6C402,,Alcohol Dependence Syndrome,',
  '2,DB940,,Liver Fibrosis Alcohol Related,',
  // A loose mapping (residual ICD-10 title sharing no word with ICD-11's): the wording must name one.
  '3,MB231,,Restlessness,',
  '4,MB231,,Agitation On The Ward,',
  '5,CB410,,Hepatopulmonary Syndrome,',
].join('\n');

describe('ONS dictionary through the ICD-11 map', () => {
  const codes = [
    uk('F10.2', 'Alcohol dependence'),
    uk('K70.2', 'Alcoholic fibrosis and sclerosis of liver'),
    uk('R45.8', 'Other symptoms and signs involving emotional state'),
    uk('K76.8', 'Other specified diseases of liver'),
  ];

  it('marks a residual ICD-10 target that shares no title word with the ICD-11 code as loose', () => {
    expect(
      isLooseMapping('Agitation, behavioural', 'Other symptoms and signs involving emotional state'),
    ).toBe(true);
    expect(isLooseMapping('Alcoholic liver fibrosis', 'Alcoholic fibrosis and sclerosis of liver')).toBe(
      false,
    );
    const m = parseIcd11Map(map, 'map.txt');
    expect(m.get('MB231')?.loose).toBeDefined();
    expect(m.get('6C402')?.loose).toBeUndefined();
  });

  it('keeps a wording through a loose mapping only when it names a word of either title', () => {
    const terms = buildOnsTerms(dictionary, parseIcd11Map(map, 'map.txt'), codes);
    expect(terms.map((t) => [t.code, t.text])).toEqual([
      ['F10.2', 'Alcohol dependence syndrome'],
      ['K70.2', 'Liver fibrosis alcohol related'],
      ['R45.8', 'Agitation on the ward'],
      ['K76.8', 'Hepatopulmonary syndrome'],
    ]);
  });
});
