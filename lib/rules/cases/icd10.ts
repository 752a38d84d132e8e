/** Cases for the ICD-10 sequencing and combination rules (rules-icd10.ts). Synthetic episodes. */
import { ep, fail, pass, type RuleCase } from './case';

const male = { sex: 'male' as const };

export const ICD10_CASES: RuleCase[] = [
  pass('icd10.duplicate', 'distinct codes', ep(['J18.9', 'I10'])),
  pass('icd10.duplicate', 'same category, different codes', ep(['N18.3', 'N18.9'])),
  fail('icd10.duplicate', 'same code twice', ep(['I48.9', 'I10', 'I48.9']), ['I48.9']),
  fail('icd10.duplicate', 'same code in dotted and undotted form', ep(['J18.9', 'J189']), ['J18.9']),
  fail('icd10.duplicate', 'X filler and plain category', ep(['I10', 'I10X']), ['I10']),

  pass('icd10.asterisk-not-primary', 'dagger first', ep(['G30.9', 'F00.9'])),
  pass('icd10.asterisk-not-primary', 'no asterisk at all', ep(['J18.9'])),
  pass('icd10.asterisk-not-primary', 'asterisk in secondary position', ep(['E11.3', 'H36.0'])),
  fail('icd10.asterisk-not-primary', 'dementia in Alzheimer first', ep(['F00.9', 'G30.9']), ['F00.9']),
  fail('icd10.asterisk-not-primary', 'diabetic retinopathy first', ep(['H36.0', 'E11.3']), ['H36.0']),
  fail('icd10.asterisk-not-primary', 'asterisk first without partner data', ep(['D63.8', 'N18.5']), [
    'D63.8',
  ]),
  fail('icd10.asterisk-not-primary', 'asterisk alone in primary position', ep(['G01']), ['G01']),

  pass('icd10.asterisk-alone', 'pair present', ep(['G30.1', 'F00.1'])),
  pass('icd10.asterisk-alone', 'diabetic renal pair', ep(['E10.2', 'N08.3'])),
  pass(
    'icd10.asterisk-alone',
    'multiple complications dagger with two asterisks',
    ep(['E11.7', 'H36.0', 'G63.2']),
  ),
  pass('icd10.asterisk-alone', 'anaemia in neoplastic disease after the neoplasm', ep(['C34.9', 'D63.0'])),
  pass('icd10.asterisk-alone', 'release partners (TB meningitis)', ep(['A17.0', 'G01'])),
  fail('icd10.asterisk-alone', 'dementia in Alzheimer alone', ep(['F00.9']), ['F00.9']),
  fail(
    'icd10.asterisk-alone',
    'diabetic retinopathy after hypertension only',
    ep(['N18.4', 'I10', 'H36.0'], [], male),
    ['H36.0'],
  ),
  fail('icd10.asterisk-alone', 'diabetic polyneuropathy without diabetes', ep(['I10', 'G63.2']), ['G63.2']),
  fail('icd10.asterisk-alone', 'anaemia in neoplastic disease without a neoplasm', ep(['J18.9', 'D63.0']), [
    'D63.0',
  ]),

  pass('icd10.asterisk-after-dagger', 'directly after', ep(['I10', 'G30.9', 'F00.9'])),
  pass('icd10.asterisk-after-dagger', 'second asterisk after the first', ep(['E11.7', 'N08.3', 'H36.0'])),
  fail('icd10.asterisk-after-dagger', 'code between dagger and asterisk', ep(['G30.9', 'I10', 'F00.9']), [
    'F00.9',
    'G30.9',
  ]),
  fail('icd10.asterisk-after-dagger', 'asterisk before its dagger', ep(['I10', 'H36.0', 'E11.3']), [
    'H36.0',
    'E11.3',
  ]),
  fail('icd10.asterisk-after-dagger', 'renal asterisk separated', ep(['E10.2', 'I10', 'J45.9', 'N08.3']), [
    'N08.3',
  ]),

  pass('icd10.dagger-needs-asterisk', 'Alzheimer with dementia', ep(['G30.9', 'F00.9'])),
  pass('icd10.dagger-needs-asterisk', 'diabetes without complications', ep(['E11.9'])),
  pass('icd10.dagger-needs-asterisk', 'ophthalmic complication with cataract', ep(['E10.3', 'H28.0'])),
  fail('icd10.dagger-needs-asterisk', 'Alzheimer without F00', ep(['G30.1']), ['G30.1']),
  fail('icd10.dagger-needs-asterisk', 'renal complication without N08.3', ep(['E11.2', 'N18.3']), ['E11.2']),
  fail('icd10.dagger-needs-asterisk', 'ophthalmic complication without its asterisk', ep(['E10.3']), [
    'E10.3',
  ]),
  fail(
    'icd10.dagger-needs-asterisk',
    'peripheral circulatory complication without I79.2',
    ep(['E11.5', 'I10']),
    ['E11.5'],
  ),

  pass('icd10.dagger-partner-prompt', 'TB meningitis with its asterisk', ep(['A17.0', 'G01'])),
  pass('icd10.dagger-partner-prompt', 'code that is not a dagger', ep(['J18.9'])),
  fail('icd10.dagger-partner-prompt', 'TB meningitis without its asterisk', ep(['A17.0']), ['A17.0']),
  fail('icd10.dagger-partner-prompt', 'ankylosing spondylitis partner', ep(['M45']), ['M45']),

  pass('icd10.external-cause-not-primary', 'injury first', ep(['S82.00', 'W01.0'])),
  pass('icd10.external-cause-not-primary', 'no external cause', ep(['J18.9'])),
  fail('icd10.external-cause-not-primary', 'fall first', ep(['W01.0', 'S82.00']), ['W01.0']),
  fail('icd10.external-cause-not-primary', 'adverse effect first', ep(['Y40.0', 'L27.0']), ['Y40.0']),
  fail('icd10.external-cause-not-primary', 'nosocomial first', ep(['Y95', 'J18.9']), ['Y95']),
  fail('icd10.external-cause-not-primary', 'road traffic first', ep(['V89.2', 'S06.00']), ['V89.2']),

  pass('icd10.injury-needs-external-cause', 'fracture with fall', ep(['S72.00', 'W19.0'])),
  pass('icd10.injury-needs-external-cause', 'no injury', ep(['I21.9'])),
  pass('icd10.injury-needs-external-cause', 'post-procedural infection with Y83', ep(['T81.4', 'Y83.9'])),
  fail('icd10.injury-needs-external-cause', 'fracture without cause', ep(['S72.00', 'I10']), ['S72.00']),
  fail('icd10.injury-needs-external-cause', 'poisoning without cause', ep(['T42.4']), ['T42.4']),
  fail('icd10.injury-needs-external-cause', 'complication of care without Y code', ep(['T81.4', 'K57.3']), [
    'T81.4',
  ]),

  pass(
    'icd10.secondary-neoplasm-needs-primary',
    'liver secondaries with breast primary',
    ep(['C78.7', 'C50.9']),
  ),
  pass('icd10.secondary-neoplasm-needs-primary', 'secondaries with unknown primary', ep(['C79.3', 'C80.9'])),
  pass(
    'icd10.secondary-neoplasm-needs-primary',
    'secondaries with history of primary',
    ep(['C78.0', 'Z85.3']),
  ),
  fail('icd10.secondary-neoplasm-needs-primary', 'liver secondaries alone', ep(['C78.7', 'K76.0']), [
    'C78.7',
  ]),
  fail('icd10.secondary-neoplasm-needs-primary', 'bone secondaries alone', ep(['C79.5']), ['C79.5']),
  fail('icd10.secondary-neoplasm-needs-primary', 'lymph node secondaries alone', ep(['I10', 'C77.0']), [
    'C77.0',
  ]),

  pass('icd10.c97-primary', 'C97 first', ep(['C97', 'C50.9', 'C18.7'])),
  pass('icd10.c97-primary', 'no C97', ep(['C50.9'])),
  fail('icd10.c97-primary', 'C97 after the primaries', ep(['C50.9', 'C18.7', 'C97']), ['C97']),

  pass('icd10.organism-not-primary', 'infection then organism', ep(['N39.0', 'B96.2'])),
  pass('icd10.organism-not-primary', 'organism as a later secondary', ep(['A41.9', 'N39.0', 'B96.2'])),
  fail('icd10.organism-not-primary', 'E. coli first', ep(['B96.2', 'N39.0']), ['B96.2']),
  fail('icd10.organism-not-primary', 'staphylococcus first', ep(['B95.6', 'L03.1']), ['B95.6']),
  fail('icd10.organism-not-primary', 'virus first', ep(['B97.4', 'J21.0']), ['B97.4']),

  pass('icd10.u07-exclusive', 'U07.1 alone', ep(['J12.8', 'U07.1'])),
  pass('icd10.u07-exclusive', 'U07.2 alone', ep(['J18.9', 'U07.2'])),
  fail('icd10.u07-exclusive', 'both', ep(['J12.8', 'U07.1', 'U07.2']), ['U07.1', 'U07.2']),
  fail('icd10.u07-exclusive', 'both, reversed', ep(['U07.2', 'U07.1']), ['U07.2']),

  pass('icd10.diabetes-exclusive', 'type 2 with two complications', ep(['E11.2', 'N08.3', 'E11.9'])),
  pass('icd10.diabetes-exclusive', 'type 1 only', ep(['E10.9'])),
  fail('icd10.diabetes-exclusive', 'type 1 and type 2', ep(['E10.9', 'E11.9']), ['E10.9', 'E11.9']),
  fail('icd10.diabetes-exclusive', 'type 2 and unspecified', ep(['E11.9', 'I10', 'E14.9']), ['E14.9']),
  fail('icd10.diabetes-exclusive', 'type 1 complication and unspecified', ep(['E10.3', 'H36.0', 'E14.9']), [
    'E10.3',
  ]),

  pass('icd10.symptom-with-definitive', 'appendicitis alone', ep(['K35.8'])),
  pass('icd10.symptom-with-definitive', 'abdominal pain without a diagnosis', ep(['R10.4'])),
  pass(
    'icd10.symptom-with-definitive',
    'chest pain with angina (not in the pair table)',
    ep(['R07.4', 'I20.9']),
  ),
  fail('icd10.symptom-with-definitive', 'abdominal pain with appendicitis', ep(['K35.8', 'R10.3']), [
    'R10.3',
  ]),
  fail('icd10.symptom-with-definitive', 'chest pain with NSTEMI', ep(['I21.4', 'R07.4']), ['R07.4']),
  fail('icd10.symptom-with-definitive', 'raised BP reading with hypertension', ep(['I10', 'R03.0']), [
    'R03.0',
  ]),
  fail(
    'icd10.symptom-with-definitive',
    'acute LRTI with infective exacerbation of COPD',
    ep(['J44.0', 'J22']),
    ['J22'],
  ),

  pass('icd10.z38-position', 'healthy baby', ep(['Z38.0'], [], { age: 0 })),
  pass('icd10.z38-position', 'baby with jaundice', ep(['P59.9', 'Z38.0'], [], { age: 0 })),
  fail('icd10.z38-position', 'Z38 third', ep(['P59.9', 'Q21.1', 'Z38.0'], [], { age: 0 }), ['Z38.0']),
  fail('icd10.z38-position', 'Z38 last of four', ep(['P07.3', 'P22.1', 'P59.0', 'Z38.3'], [], { age: 0 }), [
    'Z38.3',
  ]),
];
