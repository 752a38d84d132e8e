/** Cases for the per-code rules (rules-codes.ts). Synthetic episodes. */
import { ep, fail, pass, type RuleCase } from './case';

const male = { sex: 'male' as const };

export const CODE_CASES: RuleCase[] = [
  pass('icd10.code-exists', 'dotted valid code', ep(['J18.9'])),
  pass('icd10.code-exists', 'undotted code', ep(['J189'])),
  pass('icd10.code-exists', 'NHS X-filler form', ep(['I10X'])),
  pass('icd10.code-exists', 'lower case with spaces', ep([' k35.8 '])),
  fail('icd10.code-exists', 'code not in ICD-10', ep(['J18.7']), ['J18.7']),
  fail('icd10.code-exists', 'not code-shaped', ep(['pneumonia']), ['pneumonia']),
  fail('icd10.code-exists', 'category that does not exist', ep(['U99']), ['U99']),
  pass('opcs4.code-exists', 'OPCS-4 code', ep(['K80.2'], ['J18.3'])),
  pass('opcs4.code-exists', 'undotted OPCS-4 code', ep(['K80.2'], ['j183'])),
  fail('opcs4.code-exists', 'unknown OPCS-4 code', ep(['K80.2'], ['J18.7']), ['J18.7']),
  fail('opcs4.code-exists', 'ICD-10 code in the procedure list', ep(['K80.2'], ['K80.20']), ['K80.20']),

  pass('icd10.needs-4th-character', 'category without subdivisions', ep(['I10'])),
  pass('icd10.needs-4th-character', 'four characters', ep(['J18.9'])),
  fail('icd10.needs-4th-character', 'J18 alone', ep(['J18']), ['J18']),
  fail('icd10.needs-4th-character', 'E11 alone', ep(['E11']), ['E11']),
  fail('icd10.needs-4th-character', 'secondary position too', ep(['I10', 'N39']), ['N39']),
  pass('opcs4.needs-4th-character', 'four-character procedure', ep(['M16.1'], ['W37.1'])),
  fail('opcs4.needs-4th-character', 'W37 alone', ep(['M16.1'], ['W37']), ['W37']),
  fail('opcs4.needs-4th-character', 'H01 alone', ep(['K35.8'], ['H01']), ['H01']),

  pass('icd10.needs-5th-character', 'fracture with closed 5th character', ep(['S72.00', 'W19.9'])),
  pass('icd10.needs-5th-character', 'chapter XIII code without 5th characters', ep(['M17.1'])),
  pass('icd10.needs-5th-character', 'chapter XIII with site', ep(['M54.56'])),
  fail('icd10.needs-5th-character', 'fracture of neck of femur without open/closed', ep(['S72.0', 'W19.9']), [
    'S72.0',
  ]),
  fail('icd10.needs-5th-character', 'lower end of radius without open/closed', ep(['S52.5', 'W01.0']), [
    'S52.5',
  ]),
  fail('icd10.needs-5th-character', 'low back pain without site', ep(['M54.5']), ['M54.5']),
  fail('icd10.needs-5th-character', 'rheumatoid arthritis without site', ep(['M06.9']), ['M06.9']),
  pass('icd10.fifth-character-listed', 'four-character code without 5th characters', ep(['K80.2'])),
  pass(
    'icd10.fifth-character-listed',
    'activity 5th character is optional for external causes',
    ep(['S82.00', 'W01.0']),
  ),
  fail('icd10.fifth-character-listed', 'respiratory failure type', ep(['J96.0']), ['J96.0']),

  pass('icd10.place-of-occurrence', 'fall with place', ep(['S72.00', 'W19.0'])),
  pass('icd10.place-of-occurrence', 'assault Y06 has no place character', ep(['S02.00', 'Y04.0'])),
  fail('icd10.place-of-occurrence', 'fall category without place', ep(['S72.00', 'W19']), ['W19']),
  fail('icd10.place-of-occurrence', 'exposure to unspecified factor without place', ep(['S06.00', 'X59']), [
    'X59',
  ]),
  fail('icd10.place-of-occurrence', 'intentional self-poisoning without place', ep(['T42.4', 'X61']), [
    'X61',
  ]),

  pass('icd10.sex-limit', 'prostate cancer in a man', ep(['C61'], [], male)),
  pass('icd10.sex-limit', 'unknown sex is not checked', ep(['C61'], [], { sex: null })),
  pass('icd10.sex-limit', 'not sex-specific', ep(['J18.9'], [], male)),
  fail('icd10.sex-limit', 'prostate cancer in a woman', ep(['C61']), ['C61']),
  fail('icd10.sex-limit', 'benign prostatic hyperplasia in a woman', ep(['N40']), ['N40']),
  fail('icd10.sex-limit', 'cervical cancer in a man', ep(['C53.9'], [], male), ['C53.9']),
  fail('icd10.sex-limit', 'endometriosis in a man, secondary position', ep(['R10.4', 'N80.9'], [], male), [
    'N80.9',
  ]),
  fail('icd10.sex-limit', 'delivery code in a man', ep(['O80.9'], [], male), ['O80.9']),
  pass('opcs4.sex-limit', 'caesarean in a woman', ep(['O82.9', 'Z37.0'], ['R18.2'])),
  pass('opcs4.sex-limit', 'TURP in a man', ep(['N40'], ['M65.3'], male)),
  fail('opcs4.sex-limit', 'caesarean in a man', ep(['O82.9'], ['R18.2'], male), ['R18.2']),
  fail('opcs4.sex-limit', 'abdominal hysterectomy in a man', ep(['D25.9'], ['Q07.4'], male), ['Q07.4']),
  fail('opcs4.sex-limit', 'TURP in a woman', ep(['N40'], ['M65.3']), ['M65.3']),
  fail('opcs4.sex-limit', 'vasectomy in a woman', ep(['Z30.2'], ['N17.1']), ['N17.1']),

  pass('icd10.age-limit', 'no age limit in the public release', ep(['P07.3'], [], { age: 70 })),
  pass('icd10.age-limit', 'within a TRUD age limit', ep(['P07.3'], [], { age: 0 }), {
    overrides: { icd10: { 'P07.3': { maxAge: 0 } } },
  }),
  pass('icd10.age-limit', 'unknown age is not checked', ep(['P07.3'], [], { age: null }), {
    overrides: { icd10: { 'P07.3': { maxAge: 0 } } },
  }),
  fail('icd10.age-limit', 'over a TRUD maximum age', ep(['P07.3'], [], { age: 40 }), ['P07.3'], {
    overrides: { icd10: { 'P07.3': { maxAge: 0 } } },
  }),
  fail(
    'icd10.age-limit',
    'under a TRUD minimum age (limit on the category)',
    ep(['N95.1'], [], { age: 8 }),
    ['N95.1'],
    {
      overrides: { icd10: { N95: { minAge: 12 } } },
    },
  ),
  pass('opcs4.age-limit', 'adult procedure in an adult', ep(['M16.1'], ['W37.1'], { age: 70 }), {
    overrides: { opcs4: { 'W37.1': { minAge: 16 } } },
  }),
  fail('opcs4.age-limit', 'adult procedure in a child', ep(['M16.1'], ['W37.1'], { age: 9 }), ['W37.1'], {
    overrides: { opcs4: { 'W37.1': { minAge: 16 } } },
  }),
];
